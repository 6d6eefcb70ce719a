//! The routes' pages, and which of them students do not download with the app.
//!
//! The pages `in` a part are a wasm part of their own in the release build
//! (`components::apart`), fetched only when someone opens one of them. The internships, where
//! students arrive from a search engine or a link, are in the app. The home page is a part, and
//! so is an internship's page. The other lists and their pages, the results page and the saved
//! page are one part; the network page (for partners) and the editors' preview are one each.
//! Pages marked `with` also need a part the app shares with others (the Markdown reader).
//! A page the build wrote names its parts for the app's loader, which fetches them with the app
//! (`site::uses_parts`). In a tab, the app starts a page's parts on their way when the reader
//! points at a link to it (`app::pointing`), and the router fetches them before it
//! leaves the page on screen (`LazyRoute::preload`), so a navigation shows the old page until
//! the new one can be drawn.
//!
//! The pages share most of their code, which stays in the app. Measured on the release build
//! (brotli): the app is 302 KiB with the pages of the part apart, against 343 KiB; the part is
//! 56 KiB. With every page a part of its own, the internships page needed 401 of the whole
//! app's 420 KiB, in 70 files; one part for the pages that go together keeps it to one file.
//! The home page and an internship's page as parts took 15.5 KiB off the app (268.1 to
//! 252.6 KiB); an internship's part and the chunks it shares with the other pages are 19.8 KiB,
//! fetched beside the Markdown reader (57.8 KiB) that its page needed already.

use leptos::prelude::*;
use leptos_router::ChooseView;

use crate::components::apart::{apart, NotLoaded};
use crate::components::drawing::{own_task, page_arrived};
use crate::components::rich_text::markdown_tree;
use crate::components::section_state::PageNotLoaded;

macro_rules! page_routes {
    (
        in the app { $($page:ident => $draw:path $(, with $needs:ident)?;)* }
        $(in $part:ident as $pages:ident {
            $($part_page:ident => $part_draw:path $(, with $part_needs:ident)?;)*
        })*
    ) => {
        /// A page of the portal, as a route draws it. Every route's view is a `Page`: with a type
        /// per route, the router's matching and drawing were compiled again for each of them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Page { $($page,)* $($($part_page,)*)* }

        $(
            // A variant per page of the part.
            enum $pages { $($part_page),* }

            apart!($part: fn(page: $pages) -> AnyView {
                match page { $($pages::$part_page => $part_draw().into_any()),* }
            });
        )*

        impl Page {
            /// The page, its code fetched first when it is in a part.
            async fn draw(self) -> Result<AnyView, NotLoaded> {
                match self {
                    $(Page::$page => {
                        $($needs::preload().await?;)?
                        Ok($draw().into_any())
                    })*
                    $($(Page::$part_page => {
                        $($part_needs::preload().await?;)?
                        $part::call($pages::$part_page).await
                    })*)*
                }
            }

            /// Fetches the page's parts. One that does not arrive is asked for again when the
            /// page is drawn, which says so if it fails again.
            async fn fetch_parts(self) {
                match self {
                    $(Page::$page => { $(let _ = $needs::preload().await;)? })*
                    $($(Page::$part_page => {
                        let _ = $part::preload().await;
                        $(let _ = $part_needs::preload().await;)?
                    })*)*
                }
            }

            /// The names of the page's parts, as the build writes them for the app's loader.
            #[cfg(not(target_arch = "wasm32"))]
            fn parts(self) -> &'static [&'static str] {
                match self {
                    $(Page::$page => &[$(stringify!($needs))?],)*
                    $($(Page::$part_page => &[stringify!($part), $(stringify!($part_needs))?],)*)*
                }
            }
        }
    };
}

impl ChooseView for Page {
    async fn choose(self) -> AnyView {
        // The page the build writes names them, so that the app's loader fetches them with the
        // app.
        #[cfg(not(target_arch = "wasm32"))]
        crate::site::uses_parts(self.parts());
        // The takeover draws the app's frame and the page in tasks of their own.
        own_task().await;
        let page = self.draw().await;
        page_arrived(page.is_ok());
        page.unwrap_or_else(|NotLoaded| PageNotLoaded().into_any())
    }

    async fn preload(&self) {
        self.fetch_parts().await;
    }
}

// `with markdown_tree`: the page draws rich text (`components::rich_text`).
page_routes! {
    in the app {
        Internships => crate::pages::internships::Internships;
    }
    in page_home as HomePart {
        Home => crate::pages::home::Home;
    }
    in page_internship as InternshipPart {
        Internship => crate::pages::internship::InternshipPage, with markdown_tree;
    }
    in more_pages as MorePage {
        Partners => crate::pages::partners::Partners;
        Partner => crate::pages::partner::PartnerPage, with markdown_tree;
        Programs => crate::pages::programs::Programs;
        Program => crate::pages::program::ProgramPage, with markdown_tree;
        News => crate::pages::news::News;
        NewsItem => crate::pages::news_item::NewsItemPage, with markdown_tree;
        Saved => crate::pages::saved::SavedPage;
        Search => crate::pages::search::SearchPage;
    }
    in page_network as NetworkPart {
        Network => crate::pages::network::NetworkPage;
    }
    in page_preview as PreviewPart {
        Preview => crate::pages::preview::PreviewPage;
    }
}
