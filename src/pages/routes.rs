//! The routes' pages, and which of them students do not download with the app.
//!
//! Pages marked `apart` are wasm parts of their own in the release build (`components::apart`):
//! a page for partners (the network) and the editors' preview are fetched only when someone
//! opens them; pages marked `with` need a part besides the app (the Markdown reader). The router
//! fetches a page's parts before it leaves the page on screen (`LazyRoute::preload`), so a
//! navigation shows the old page until the new one can be drawn.
//!
//! Only these are apart: with every page apart, the internships page still needed 401 of the
//! whole app's 420 KiB (brotli) in 70 files, as the pages share nearly all their code.

use leptos::prelude::*;
use leptos_router::LazyRoute;

use crate::components::apart::{apart, NotLoaded};
use crate::components::drawing::{own_task, page_arrived};
use crate::components::rich_text::markdown_tree;
use crate::components::section_state::PageNotLoaded;

macro_rules! page_routes {
    ($($route:ident => $page:path $(, apart as $module:ident)? $(, with $needs:ident)?;)*) => {$(
        pub struct $route;

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_: Self) -> AnyView {
                // The takeover draws the app's frame and the page in tasks of their own.
                own_task().await;
                let page = async {
                    $($needs::preload().await?;)?
                    page_routes!(@view $page $(, $module)?)
                }
                .await;
                page_arrived(page.is_ok());
                page.unwrap_or_else(|NotLoaded| PageNotLoaded().into_any())
            }

            async fn preload() {
                // A part that does not arrive is asked for again when the page is drawn, which
                // says so if it fails again.
                $(let _ = $module::preload().await;)?
                $(let _ = $needs::preload().await;)?
            }
        }

        $(apart!($module: fn() -> AnyView { $page().into_any() });)?
    )*};
    (@view $page:path) => {
        Ok::<_, NotLoaded>($page().into_any())
    };
    (@view $page:path, $module:ident) => {
        $module::call().await
    };
}

// `with markdown_tree`: the page draws rich text (`components::rich_text`).
page_routes! {
    HomeRoute => crate::pages::home::Home;
    PartnersRoute => crate::pages::partners::Partners;
    PartnerRoute => crate::pages::partner::PartnerPage, with markdown_tree;
    InternshipsRoute => crate::pages::internships::Internships;
    InternshipRoute => crate::pages::internship::InternshipPage, with markdown_tree;
    ProgramsRoute => crate::pages::programs::Programs;
    ProgramRoute => crate::pages::program::ProgramPage, with markdown_tree;
    NewsRoute => crate::pages::news::News;
    NewsItemRoute => crate::pages::news_item::NewsItemPage, with markdown_tree;
    SavedRoute => crate::pages::saved::SavedPage;
    NetworkRoute => crate::pages::network::NetworkPage, apart as page_network;
    SearchRoute => crate::pages::search::SearchPage;
    PreviewRoute => crate::pages::preview::PreviewPage, apart as page_preview;
}
