//! `/news`: news of the partnership, newest first.

use crate::components::page_head::PageHead;
use leptos::prelude::*;

use crate::components::cards::NewsCard;
use crate::components::search_box::{label_words, SearchLabels};
use crate::components::searchable_list::searchable_list;
use crate::components::section_state::with_section;
use crate::components::use_list::use_list;
use crate::components::with_content::WithContent;
use crate::domain::order;
use crate::site::t;

#[component]
pub fn News() -> impl IntoView {
    let t = t();
    let labels = SearchLabels {
        label: t.news_search,
        placeholder: t.news_placeholder,
        total: t.total_news,
    };
    view! {
        <PageHead title=t.news_title description=t.news_lede/>
        <h1>{t.news_title}</h1>
        <p class="lede">{t.news_lede}</p>
        <WithContent render=move |content| with_section(&content.news, |listing| {
            let list = use_list::<()>("/news");
            let order = Signal::stored(order::news(&listing.items));
            let matches = list.matches(listing.clone(), label_words(&listing.search, &content.site), order);
            searchable_list(list, listing, matches, labels, |item| view! { <NewsCard item=item.clone() heading_level=2/> }.into_any())
        })/>
    }
}
