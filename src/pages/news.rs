//! `/news`: news of the partnership, newest first.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::cards::NewsCard;
use crate::components::searchable_list::{searchable_list, SearchLabels};
use crate::components::with_content::WithContent;
use crate::domain::{order, Content};

#[component]
pub fn News() -> impl IntoView {
    let labels = SearchLabels { path: "/news", label: "Search news", placeholder: "Title or topic", noun: ("news item", "news items") };
    view! {
        <Title text="News"/>
        <h1>"News"</h1>
        <WithContent render=move |content| {
            let order = content.news.as_ref().map(|n| order::news(&n.items)).unwrap_or_default();
            searchable_list(content, |c: &Content| &c.news, order, labels, |_, item| view! { <NewsCard item=item/> }.into_any())
        }/>
    }
}
