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

    use leptos::children::ToChildren;
    use leptos::prelude::*;
    use leptos_router::components::{Route, Router, Routes, RoutesProps};
    use leptos_router::{path, MatchNestedRoutes};

    use crate::components::announcer::PageAnnouncer;
    use crate::components::drawing::{page_arrived, Staged, LAYOUT};
    use crate::components::layout::{Footer, Header, PreviewBanner, SkipLink};
    use crate::domain::Content;
    use crate::pages;
    use crate::pages::routes::Page;
    use crate::site::saved::provide_saved;
    use crate::site::{pages_base, provide_site, use_site};

    /// The portal: header, the routed page, footer, in the language the address names.
    /// `content` is given when it has been read already.
    #[component]
    pub fn App(content: Option<Arc<Content>>) -> impl IntoView {
        provide_site(content);
        provide_saved();
        let site = use_site();
        #[cfg(target_arch = "wasm32")]
        pointing::preload_pointed_pages(leptos_router::RouteDefs::new_with_base(
            routes(),
            pages_base(site.lang),
        ));
        view! {
            // A page in another language is under another base: the browser loads it, prerendered.
            <Router base=pages_base(site.lang)>
                <SkipLink/>
                <Staged stage=LAYOUT><Header/></Staged>
                <PreviewBanner/>
                <main id="main" tabindex="-1">
                    // Called as a function: `pointing` matches links by the same `routes`.
                    {Routes(
                        RoutesProps::builder()
                            .fallback(|| { page_arrived(true); pages::not_found::NotFound() })
                            .children(ToChildren::to_children(routes))
                            .build(),
                    )}
                </main>
                <Staged stage=LAYOUT><Footer/></Staged>
                <PageAnnouncer/>
            </Router>
        }
    }

    /// The portal's pages, by path under the language.
    fn routes() -> impl MatchNestedRoutes + Clone + Send + 'static {
        // Without the view's wrapper: the router reads the routes themselves.
        view! {
            <Route path=path!("/") view=Page::Home/>
            <Route path=path!("/partners") view=Page::Partners/>
            <Route path=path!("/partners/:id") view=Page::Partner/>
            <Route path=path!("/internships") view=Page::Internships/>
            <Route path=path!("/internships/:id") view=Page::Internship/>
            <Route path=path!("/programs") view=Page::Programs/>
            <Route path=path!("/programs/:id") view=Page::Program/>
            <Route path=path!("/news") view=Page::News/>
            <Route path=path!("/news/:id") view=Page::NewsItem/>
            <Route path=path!("/saved") view=Page::Saved/>
            <Route path=path!("/network") view=Page::Network/>
            <Route path=path!("/search") view=Page::Search/>
            <Route path=path!("/preview") view=Page::Preview/>
        }
        .into_inner()
    }

    #[cfg(target_arch = "wasm32")]
    mod pointing {
        use std::cell::RefCell;
        use std::rc::Rc;

        use leptos::prelude::window_event_listener;
        use leptos_router::{
            ChooseView, MatchInterface, MatchNestedRoutes, RouteDefs, RouteMatchId,
        };
        use wasm_bindgen::JsCast;

        /// Starts a page's parts on their way when the reader points at a link to it, or focuses
        /// one: pointing costs the first load nothing, and on a phone the touch comes before the
        /// click. The links are matched as the router matches them (`routes`), each route's parts
        /// asked for once.
        pub fn preload_pointed_pages<R: MatchNestedRoutes + 'static>(routes: RouteDefs<R>) {
            let asked: RefCell<Vec<RouteMatchId>> = RefCell::default();
            let preload = Rc::new(move |event: &web_sys::Event| {
                let Some(page) = pointed_link(event).and_then(|path| routes.match_route(&path))
                else {
                    return;
                };
                if asked.borrow().contains(&page.as_id()) {
                    return;
                }
                asked.borrow_mut().push(page.as_id());
                let (view, _) = page.into_view_and_child();
                leptos::task::spawn_local(async move { view.preload().await });
            });
            let on_focus = Rc::clone(&preload);
            window_event_listener(leptos::ev::pointerover, move |event| preload(&event));
            window_event_listener(leptos::ev::focusin, move |event| on_focus(&event));
        }

        /// The path of the link the event happened in, if any.
        fn pointed_link(event: &web_sys::Event) -> Option<String> {
            let link = event
                .target()?
                .dyn_into::<web_sys::Element>()
                .ok()?
                .closest("a[href]")
                .ok()??
                .dyn_into::<web_sys::HtmlAnchorElement>()
                .ok()?;
            Some(link.pathname())
        }
    }
}
