//! `/preview`, where drafts were previewed before the content editor existed: old links and
//! bookmarks land here, and are sent on to the editor (`/edit`), which shows the portal with
//! the drafts.

use leptos::prelude::*;

use crate::components::page_head::PageHead;
use crate::site::{t, to};

#[component]
pub fn PreviewPage() -> impl IntoView {
    let t = t();
    let editor = to("/edit");
    #[cfg(target_arch = "wasm32")]
    {
        // The editor is a page of its own, not a route of this app.
        let _ = window().location().replace(&editor);
    }
    view! {
        <PageHead title=t.preview_title description=t.preview_lede/>
        <h1>{t.preview_title}</h1>
        <p class="lede">{t.preview_lede}</p>
        <p><a href=editor rel="external">{t.open_preview}</a></p>
    }
}
