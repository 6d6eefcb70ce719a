//! A page's title; and, in the pages the build writes, what search engines and link previews
//! read: its description, canonical address, the same page in the other languages and its Open
//! Graph card. The browser app only needs the
//! title, so the rest is not built into the wasm.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::domain::{markdown, Text};
use crate::site::lang;

/// A content text as a description: plain, in the reader's language, of search-result length.
pub fn describe(text: &Text) -> String {
    markdown::summary(text.get(lang()), 160)
}

/// `title` is the page's own (empty on the home page); `description` one or two plain sentences.
/// `any_address` marks the not-found page: it answers addresses that are no page, so it names
/// no address of its own (no canonical link, language links or card address).
#[component]
pub fn PageHead(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    #[prop(optional)] any_address: bool,
) -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (description, any_address);
        view! { <Title text=title/> }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        use leptos_meta::{Link, Meta};
        let build: crate::site::Build = expect_context();
        let site_name = crate::site::t().site_name;
        let card_title = if title.is_empty() {
            site_name.to_string()
        } else {
            title.clone()
        };
        let lang = crate::site::lang();
        let page_url = build.page_url(Some(lang));
        let addresses = (!any_address).then(|| {
            let alternates = crate::domain::Lang::ALL.map(|other| view! { <Link rel="alternate" hreflang=other.code() href=build.page_url(Some(other))/> });
            view! {
                <Link rel="canonical" href=page_url.clone()/>
                {alternates.into_iter().collect_view()}
                <Link rel="alternate" hreflang="x-default" href=build.page_url(None)/>
                <Meta property="og:url" content=page_url/>
            }
        });
        let locale = match lang {
            crate::domain::Lang::Kk => "kk_KZ",
            crate::domain::Lang::Ru => "ru_RU",
            crate::domain::Lang::En => "en_US",
        };
        view! {
            <Title text=title/>
            <Meta name="description" content=description.clone()/>
            {addresses}
            <Meta property="og:type" content="website"/>
            <Meta property="og:site_name" content=site_name/>
            <Meta property="og:locale" content=locale/>
            <Meta property="og:title" content=card_title/>
            <Meta property="og:description" content=description/>
        }
    }
}
