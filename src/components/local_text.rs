//! A content text in the reader's language, marked with its own language when it falls back.

use leptos::prelude::*;

use crate::domain::Text;
use crate::site::use_site;

#[component]
pub fn LocalText(text: Text) -> impl IntoView {
    let lang = use_site().lang;
    move || {
        let reader = lang.get();
        let shown = text.show(reader);
        let own = shown.foreign_lang(reader).map(|l| l.code());
        view! { <span lang=own>{shown.text.to_string()}</span> }
    }
}

/// The text as a plain string in the reader's language (titles, attributes).
pub fn plain(text: &Text) -> String {
    text.get(use_site().lang.get_untracked()).to_string()
}
