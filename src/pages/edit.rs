//! The editor's page as the build writes it (`/{lang}/edit`): its head, and what it says until
//! the editors' bundle (`src/editor/`, built from `edit.html`) replaces it, or without script.

use leptos::prelude::*;
use leptos_router::components::Router;

use crate::components::page_head::PageHead;
use crate::i18n::editor_words::editor_words;
use crate::site::{pages_base, provide_site, use_site};

#[component]
pub fn EditShell() -> impl IntoView {
    provide_site(None);
    let site = use_site();
    let w = editor_words(site.lang);
    view! {
        <Router base=pages_base(site.lang)>
            <PageHead title=w.title description=w.lede/>
            <main id="main" class="editor">
                <h1>{w.title}</h1>
                <p class="lede">{w.lede}</p>
                <noscript><p>{w.noscript}</p></noscript>
            </main>
        </Router>
    }
}
