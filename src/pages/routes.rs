//! The routes' pages, and which of them students do not download with the app.
//!
//! Pages marked `apart` are wasm modules of their own in the release build (feature `split`,
//! `scripts/postbuild.py split`): a page for partners (the network) and the editors' preview
//! are fetched only when someone opens them. The router fetches a page's module before it leaves
//! the page on screen (`LazyRoute::preload`), so a navigation shows the old page until the new
//! one can be drawn. Without the feature (the prerender, `trunk serve`) every page is in the app.
//!
//! Only these two are apart: with every page apart, the internships page still needed 401 of
//! the whole app's 420 KiB (brotli) in 70 files, as the pages share nearly all their code.

use leptos::prelude::*;
use leptos_router::LazyRoute;

use crate::components::drawing::page_arrived;
use crate::components::section_state::PageNotLoaded;

/// A page's module did not arrive.
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

macro_rules! page_routes {
    ($($route:ident => $page:path $(, apart as $module:ident)?;)*) => {$(
        pub struct $route;

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_: Self) -> AnyView {
                let page = page_routes!(@view $page $(, $module)?);
                page_arrived(page.is_ok());
                page.unwrap_or_else(|NotLoaded| PageNotLoaded().into_any())
            }

            async fn preload() {
                // A module that does not arrive is asked for again when the page is drawn, which
                // says so if it fails again.
                $(let _ = $module::preload().await;)?
            }
        }

        $(mod $module {
            use super::*;

            #[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(
                $module, wasm_split_path = ::leptos::wasm_split, preload(preload), fallible
            ))]
            pub fn view() -> Result<AnyView, NotLoaded> {
                Ok($page().into_any())
            }

            #[cfg(not(feature = "split"))]
            pub async fn preload() -> Result<(), NotLoaded> {
                Ok(())
            }
        })?
    )*};
    (@view $page:path) => {
        Ok::<_, NotLoaded>($page().into_any())
    };
    (@view $page:path, $module:ident) => {{
        #[cfg(feature = "split")]
        let page = $module::view().await;
        #[cfg(not(feature = "split"))]
        let page = $module::view();
        page
    }};
}

page_routes! {
    HomeRoute => crate::pages::home::Home;
    PartnersRoute => crate::pages::partners::Partners;
    PartnerRoute => crate::pages::partner::PartnerPage;
    InternshipsRoute => crate::pages::internships::Internships;
    InternshipRoute => crate::pages::internship::InternshipPage;
    ProgramsRoute => crate::pages::programs::Programs;
    ProgramRoute => crate::pages::program::ProgramPage;
    NewsRoute => crate::pages::news::News;
    NewsItemRoute => crate::pages::news_item::NewsItemPage;
    SavedRoute => crate::pages::saved::SavedPage;
    NetworkRoute => crate::pages::network::NetworkPage, apart as page_network;
    SearchRoute => crate::pages::search::SearchPage;
    PreviewRoute => crate::pages::preview::PreviewPage, apart as page_preview;
}
