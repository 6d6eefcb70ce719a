//! What an unknown address shows.

use leptos::prelude::*;
use crate::components::page_head::PageHead;

use crate::site::{t, to};

#[component]
pub fn NotFound() -> impl IntoView {
    let t = t();
    view! {
        <PageHead title=t.not_found_title description=t.not_found_text/>
        <h1>{t.not_found_title}</h1>
        <p>{t.not_found_text}</p>
        <p><a href=to("/")>{t.go_home}</a></p>
    }
}
