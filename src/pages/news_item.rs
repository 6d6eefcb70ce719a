//! `/news/<id>`: a news item in full.

use std::sync::Arc;

use crate::components::page_head::{describe, PageHead};
use leptos::prelude::*;

use crate::components::cards::PartnerLink;
use crate::components::local_text::{plain, LocalText};
use crate::components::rich_text::RichText;
use crate::components::with_content::item_page;
use crate::domain::{Content, NewsItem};
use crate::i18n::date;
use crate::site::{asset, lang, t};

#[component]
pub fn NewsItemPage() -> impl IntoView {
    item_page(
        |c: &Content| &c.news,
        |content, item| view! { <NewsDetails content=content item=item/> }.into_any(),
    )
}

#[component]
fn NewsDetails(content: Arc<Content>, item: NewsItem) -> impl IntoView {
    let t = t();
    let NewsItem {
        date: published,
        title,
        summary,
        body,
        partners,
        tags,
        image,
        source,
        ..
    } = item;
    let partners = (!partners.is_empty()).then(|| {
        let links = partners.into_iter().map(|id| view! { <li><PartnerLink name=content.partner_name(&id) id=id/></li> }).collect_view();
        view! { <section aria-labelledby="news-partners"><h2 id="news-partners">{t.partners_in_story}</h2><ul class="inline-list">{links}</ul></section> }
    });
    view! {
        <PageHead title=plain(&title) description=describe(&summary)/>
        <article>
            <p class="eyebrow"><time datetime=published.to_string()>{date(lang(), published)}</time></p>
            <h1><LocalText text=title/></h1>
            <p class="lede"><LocalText text=summary/></p>
            // The contract gives no description of the picture; the title beside it says what it is about.
            {image.map(|path| view! { <img class="news-image" src=asset(&format!("/{path}")) alt="" loading="lazy"/> })}
            <RichText text=body/>
            {(!tags.is_empty()).then(|| view! { <p class="meta">{t.tags}": "{tags.join(", ")}</p> })}
            {source.map(|url| view! { <p><a href=url rel="noopener">{t.original_publication}</a></p> })}
        </article>
        {partners}
    }
}
