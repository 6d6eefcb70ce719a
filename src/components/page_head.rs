//! A page's head, from what the page says of itself (`site::head`).

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::rich_text::tree;
use crate::domain::{markdown, Text};
use crate::site::head::{full_title, head_tags, show_head};
use crate::site::{lang, use_site};

/// A content text as a description: plain, in the reader's language, of search-result length.
pub fn describe(text: &Text) -> String {
    markdown::summary_of(&tree(text.get(lang())), 160)
}

/// The head of a page. Each page has one: `title` is its own (empty on the home page: the
/// site's name stands alone), `description` one or two plain sentences. `any_address` marks the
/// not-found page: it answers addresses that are no page, so it names no address of its own (no
/// canonical link, language links or card address).
#[component]
pub fn PageHead(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    #[prop(optional)] any_address: bool,
) -> impl IntoView {
    let site = use_site();
    let pathname = (!any_address).then(|| use_location().pathname.get_untracked());
    let tags = head_tags(
        &title,
        &description,
        site.lang,
        site.address,
        pathname.as_deref(),
    );
    show_head(&full_title(&title, site.lang), &tags);
}
