//! A content text in the reader's language, marked with its own language when it falls back.

use leptos::prelude::*;

use crate::domain::Text;
use crate::site::lang;

/// Drawn once: a page's language never changes (another language is another address), so a
/// text need not follow it. Lists draw many of them as one types.
#[component]
pub fn LocalText(text: Text) -> impl IntoView {
    let reader = lang();
    let shown = text.show(reader);
    let own = shown.foreign_lang(reader).map(|l| l.code());
    view! { <span lang=own>{shown.text.to_string()}</span> }
}

/// The text as a plain string in the reader's language (titles, attributes).
pub fn plain(text: &Text) -> String {
    text.get(lang()).to_string()
}
