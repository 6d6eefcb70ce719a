//! A list's cards a page at a time, and the search field above them: the body every list page
//! shares (the internships page places the two apart, with its filters between).

use std::sync::Arc;

use leptos::prelude::*;

use super::drawing::{Staged, CARDS};
use super::first_frame::in_view_first;
use super::pagination::Pagination;
use super::search_box::{SearchBox, SearchLabels};
use super::use_list::{ListParts, UseList};
use crate::domain::content::Item;
use crate::domain::list_query::UrlState;
use crate::domain::Listing;

/// The items of `listing` at the positions `matches` gives, on `list`'s page, each drawn by
/// `card`; a note when nothing matches, and the links to the other pages.
#[component]
pub fn ListPage<T>(
    #[prop(into)] list: ListParts,
    listing: Arc<Listing<T>>,
    matches: Memo<Vec<usize>>,
    card: Arc<dyn Fn(&T) -> AnyView + Send + Sync>,
) -> impl IntoView
where
    T: Item + Send + Sync + 'static,
{
    let shown = list.paged(matches);
    // A memo, so that the page links are drawn again only when the number of pages changes.
    let pages = Memo::new(move |_| shown.read().1);
    let cards = in_view_first(Signal::derive(move || shown.read().0.clone()));
    view! {
        <Show when=move || matches.read().is_empty()>
            <p class="empty">{crate::site::t().nothing_matches}</p>
        </Show>
        // A card stays in place while it is still on the page, so typing that narrows the list
        // only removes cards; new cards beyond the screen come after the frame.
        <ul class="cards">
            <Staged stage=CARDS>
                <For each=move || cards.get() key=|i| *i children=move |i| card(&listing.items[i])/>
            </Staged>
        </ul>
        <Pagination list=list pages=pages/>
    }
    // Erased, or the pages' view types grow past the compiler's depth limit natively.
    .into_any()
}

/// The items of `listing` that `matches` gives (what `list`'s search text and filters find),
/// with the search field; `card` draws one item.
pub fn searchable_list<F, T>(
    list: UseList<F>,
    listing: Arc<Listing<T>>,
    matches: Memo<Vec<usize>>,
    labels: SearchLabels,
    card: impl Fn(&T) -> AnyView + Send + Sync + 'static,
) -> AnyView
where
    F: UrlState,
    T: Item + Send + Sync + 'static,
{
    let total = listing.items.len();
    // Made once, for the field and the page links both.
    let list = ListParts::from(list);
    view! {
        <SearchBox list=list labels=labels matches=Signal::derive(move || matches.read().len()) total=total/>
        <ListPage list=list listing=listing matches=matches card=Arc::new(card)/>
    }
    .into_any()
}
