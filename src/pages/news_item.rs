//! `/news/<id>`: a news item in full.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::cards::PartnerLink;
use crate::components::local_text::{plain, LocalText};
use crate::components::rich_text::RichText;
use crate::components::with_content::{find_item, use_item_id, WithContent};
use crate::domain::{Content, NewsItem};
use crate::format;

#[component]
pub fn NewsItemPage() -> impl IntoView {
    let id = use_item_id();
    move || {
        let id = id.get();
        view! {
            <WithContent render=move |content| match find_item(&content.news, &id) {
                Ok(item) => view! { <NewsDetails content=content item=item/> }.into_any(),
                Err(instead) => instead,
            }/>
        }
    }
}

#[component]
fn NewsDetails(content: Arc<Content>, item: NewsItem) -> impl IntoView {
    let NewsItem { date, title, summary, body, partners, tags, source, .. } = item;
    let partners = (!partners.is_empty()).then(|| {
        let links = partners.into_iter().map(|id| view! { <li><PartnerLink content=content.clone() id=id/></li> }).collect_view();
        view! { <section aria-labelledby="news-partners"><h2 id="news-partners">"Partners in this story"</h2><ul class="inline-list">{links}</ul></section> }
    });
    view! {
        <Title text=plain(&title)/>
        <article>
            <p class="eyebrow"><time datetime=date.to_string()>{format::date(date)}</time></p>
            <h1><LocalText text=title/></h1>
            <p class="lede"><LocalText text=summary/></p>
            <RichText text=body/>
            {(!tags.is_empty()).then(|| view! { <p class="meta">"Tags: "{tags.join(", ")}</p> })}
            {source.map(|url| view! { <p><a href=url rel="noopener">"Original publication"</a></p> })}
        </article>
        {partners}
    }
}
