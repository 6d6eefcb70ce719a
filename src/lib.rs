//! The social-partnership portal. The domain is plain Rust shared with the editors' check; the
//! app (router, pages, components) is built for wasm by Trunk, and also natively, to render every
//! page to HTML at build time (`src/bin/prerender.rs`).
// The prerender names the whole App view in one type: deeper than the default limit.
#![recursion_limit = "256"]

pub mod domain;
pub mod i18n;

mod browser;
mod components;
/// The editor's drafts: the editors' bundle writes them, the portal's preview reads them.
pub mod drafts;
mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod site;

pub use app::App;
// One crate, two bundles: the portal, and with the `editor` feature the editors' bundle
// (`edit.html`), whose start replaces the portal's, so neither carries the other.
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
mod editor;
#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
mod takeover;

mod app {
    use std::sync::Arc;

    use leptos::prelude::*;
    use leptos_router::components::{Route, Router, Routes};
    use leptos_router::{path, Lazy};

    use crate::components::announcer::PageAnnouncer;
    use crate::components::drawing::{page_arrived, Staged, LAYOUT};
    use crate::components::layout::{Footer, Header, PreviewBanner, SkipLink};
    use crate::domain::Content;
    use crate::pages;
    use crate::pages::routes::*;
    use crate::site::saved::provide_saved;
    use crate::site::{pages_base, provide_site, use_site};

    /// The portal: header, the routed page, footer, in the language the address names.
    /// `content` is given when it has been read already.
    #[component]
    pub fn App(content: Option<Arc<Content>>) -> impl IntoView {
        provide_site(content);
        provide_saved();
        let site = use_site();
        view! {
            // A page in another language is under another base: the browser loads it, prerendered.
            <Router base=pages_base(site.lang)>
                <SkipLink/>
                <Staged stage=LAYOUT><Header/></Staged>
                <PreviewBanner/>
                <main
                    id="main"
                    tabindex="-1"
                    on:pointerover=move |event| preload_pointed_internship(&event, site.address)
                    on:focusin=move |event| preload_pointed_internship(&event, site.address)
                >
                    <Routes fallback=|| { page_arrived(true); pages::not_found::NotFound() }>
                        <Route path=path!("/") view={Lazy::<HomeRoute>::new()}/>
                        <Route path=path!("/partners") view={Lazy::<PartnersRoute>::new()}/>
                        <Route path=path!("/partners/:id") view={Lazy::<PartnerRoute>::new()}/>
                        <Route path=path!("/internships") view={Lazy::<InternshipsRoute>::new()}/>
                        <Route path=path!("/internships/:id") view={Lazy::<InternshipRoute>::new()}/>
                        <Route path=path!("/programs") view={Lazy::<ProgramsRoute>::new()}/>
                        <Route path=path!("/programs/:id") view={Lazy::<ProgramRoute>::new()}/>
                        <Route path=path!("/news") view={Lazy::<NewsRoute>::new()}/>
                        <Route path=path!("/news/:id") view={Lazy::<NewsItemRoute>::new()}/>
                        <Route path=path!("/saved") view={Lazy::<SavedRoute>::new()}/>
                        <Route path=path!("/network") view={Lazy::<NetworkRoute>::new()}/>
                        <Route path=path!("/search") view={Lazy::<SearchRoute>::new()}/>
                        <Route path=path!("/preview") view={Lazy::<PreviewRoute>::new()}/>
                    </Routes>
                </main>
                <Staged stage=LAYOUT><Footer/></Staged>
                <PageAnnouncer/>
            </Router>
        }
    }
}
