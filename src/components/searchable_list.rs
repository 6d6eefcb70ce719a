//! A section's list with its search field: the shared body of the four list pages.

use std::sync::Arc;

use leptos::prelude::*;

use super::pagination::{use_page, use_page_of, Pagination};
use super::search_box::{label_words, use_search_text, SearchBox, SearchLabels};
use super::section_state::SectionProblem;
use crate::domain::content::Item;
use crate::domain::search::{shown, Matcher, Query, RecentSearches};
use crate::domain::{Content, Section};

/// Renders `section` of `content` in `order` (positions into its items, already narrowed by any
/// filter), narrowed further by the search text in the URL, best match first; `card` draws one
/// item.
pub fn searchable_list<T>(
    content: Arc<Content>,
    section: fn(&Content) -> &Section<T>,
    order: Signal<Vec<usize>>,
    labels: SearchLabels,
    card: fn(Arc<Content>, T) -> AnyView,
) -> AnyView
where
    T: Item + Clone + Send + Sync + 'static,
{
    let listing = match section(&content) {
        Ok(listing) => listing,
        Err(error) => return view! { <SectionProblem error=error.clone()/> }.into_any(),
    };
    let total = listing.items.len();
    let text = use_search_text();
    let matches = {
        let content = content.clone();
        let recent = StoredValue::new(RecentSearches::new());
        let labels = label_words(&listing.search);
        Memo::new(move |_| {
            let listing = section(&content)
                .as_ref()
                .expect("the section was readable");
            let order = order.get();
            let query = Query::new(&text.read());
            let matcher = Matcher::new(&query, &listing.search, &labels);
            recent
                .try_update_value(|recent| {
                    shown(
                        &recent.matching(order.clone(), matcher, || order),
                        !query.is_empty(),
                    )
                })
                .unwrap_or_default()
        })
    };
    let page = use_page();
    let shown = use_page_of(matches, page.into());
    let rows = {
        let content = content.clone();
        move || {
            let listing = section(&content)
                .as_ref()
                .expect("the section was readable");
            shown
                .read()
                .0
                .iter()
                .map(|&i| (listing.items[i].id().to_string(), listing.items[i].clone()))
                .collect::<Vec<_>>()
        }
    };
    view! {
        <SearchBox labels=labels matches=Signal::derive(move || matches.read().len()) total=total/>
        <Show when=move || matches.read().is_empty()>
            <p class="empty">{crate::site::t().nothing_matches}</p>
        </Show>
        <ul class="cards">
            <For each=rows key=|(id, _)| id.clone() children=move |(_, item)| card(content.clone(), item)/>
        </ul>
        <Pagination path=labels.path page=page pages=Signal::derive(move || shown.read().1)/>
    }
    .into_any()
}
