//! The social-partnership portal. The domain is plain Rust shared with the editors' check; the
//! browser app (router, pages, components) is built for wasm by Trunk.

pub mod domain;

#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod format;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod site;

#[cfg(target_arch = "wasm32")]
pub use app::App;

#[cfg(target_arch = "wasm32")]
mod app {
    use leptos::prelude::*;
    use leptos_meta::{provide_meta_context, Title};
    use leptos_router::components::{Route, Router, Routes};
    use leptos_router::path;

    use crate::components::layout::{Footer, Header};
    use crate::pages;
    use crate::site::{base_path, provide_site};

    /// The portal: header, the routed page, footer.
    #[component]
    pub fn App() -> impl IntoView {
        provide_meta_context();
        provide_site();
        view! {
            <Title formatter=|page: String| if page.is_empty() { "Social Partnership Portal".to_string() } else { format!("{page} · Social Partnership Portal") } />
            <Router base=base_path()>
                <a class="skip-link" href="#main">"Skip to content"</a>
                <Header/>
                <main id="main" tabindex="-1">
                    <Routes fallback=pages::not_found::NotFound>
                        <Route path=path!("/") view=pages::home::Home/>
                        <Route path=path!("/partners") view=pages::partners::Partners/>
                        <Route path=path!("/partners/:id") view=pages::partner::PartnerPage/>
                        <Route path=path!("/internships") view=pages::internships::Internships/>
                        <Route path=path!("/internships/:id") view=pages::internship::InternshipPage/>
                        <Route path=path!("/programs") view=pages::programs::Programs/>
                        <Route path=path!("/programs/:id") view=pages::program::ProgramPage/>
                        <Route path=path!("/news") view=pages::news::News/>
                        <Route path=path!("/news/:id") view=pages::news_item::NewsItemPage/>
                    </Routes>
                </main>
                <Footer/>
            </Router>
        }
    }

    #[wasm_bindgen::prelude::wasm_bindgen(start)]
    pub fn start() {
        console_error_panic_hook::set_once();
        leptos::mount::mount_to_body(App);
    }
}
