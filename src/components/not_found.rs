//! What an unknown address shows. The build writes it in each language (`kk/404.html`), and in
//! English as `404.html`; hosts also send it for items published since the build: until the app
//! has read the content and knows, the message is not shown (`style/main.css`), except to
//! readers without script (`style/noscript.css`).

use super::page_head::PageHead;
use leptos::prelude::*;

use crate::site::{t, to};

#[component]
pub fn NotFound() -> impl IntoView {
    let t = t();
    view! {
        <PageHead title=t.not_found_title description=t.not_found_text any_address=true/>
        <div class="not-found">
            <h1>{t.not_found_title}</h1>
            <p>{t.not_found_text}</p>
            <p><a href=to("/")>{t.go_home}</a></p>
        </div>
    }
}
