//! `use_list`: the one owner of a list's state. The search text, the page, the filters and the
//! order live in the URL query ([`ListQuery`]), so a copied link, a reload, and back and forward
//! all show the same list; the controls read them from here and change them through here.
//!
//! ```ignore
//! let list = use_list::<()>("/news");
//! let matches = list.matches(listing.clone(), label_words(&listing.search, &site), order);
//! view! {
//!     <SearchBox list=list labels=labels matches=… total=…/>
//!     <ListPage list=list listing=listing matches=matches card=…/>
//! }
//! ```
//!
//! The search field and the page links take the list as [`ListParts`], the same type for every
//! list.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::browser::after_paint;
use crate::domain::content::Item;
use crate::domain::list_query::{ListQuery, UrlState};
use crate::domain::paging::page_of;
use crate::domain::search::{shown, LabelWords, Query, RecentSearches};
use crate::domain::Listing;

/// The state of the list at `path` and the ways to change it: `Copy`, so every control of the
/// list holds it.
pub struct UseList<F: UrlState> {
    pub path: &'static str,
    /// Everything, as the URL says it.
    pub state: Memo<ListQuery<F>>,
    /// The search text: a control that follows only it is not woken by a filter.
    pub text: Memo<String>,
    pub page: Memo<usize>,
    pub filter: Memo<F>,
    /// Goes to a state; `true` replaces the history entry.
    go: Callback<(ListQuery<F>, bool)>,
}

/// What the search field and the page links of a list use, whatever its filters: one copy of
/// those controls in the wasm serves every list.
#[derive(Clone, Copy)]
pub struct ListParts {
    pub path: &'static str,
    pub text: Memo<String>,
    pub page: Memo<usize>,
    /// Replaces the search text.
    pub set_text: Callback<String>,
    /// The link to a page of the list as it is.
    pub page_href: Callback<usize, String>,
}

impl<F: UrlState> From<UseList<F>> for ListParts {
    fn from(list: UseList<F>) -> ListParts {
        ListParts {
            path: list.path,
            text: list.text,
            page: list.page,
            set_text: Callback::new(move |text| list.set_text(text)),
            page_href: Callback::new(move |page| list.href(&list.state.read().with_page(page))),
        }
    }
}

impl<F: UrlState> Clone for UseList<F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F: UrlState> Copy for UseList<F> {}

/// The list at `path`, in the state the URL gives.
pub fn use_list<F: UrlState>(path: &'static str) -> UseList<F> {
    let query = use_query_map();
    let in_url = Memo::new(move |_| {
        ListQuery::from_query((&*query.read()).into_iter().map(|(k, v)| (k.as_ref(), v)))
    });
    // Typing shows its list at once and writes the URL after the frame that shows it: the history
    // entry (`replaceState`, several ms a key on a busy machine) stays out of the keystroke's way,
    // and the keys of one frame write it once. What was typed since is kept with the URL's state
    // it was typed over, so that a URL changed meanwhile (back, a link) wins.
    let typed = RwSignal::new(None::<(ListQuery<F>, ListQuery<F>)>);
    let state = Memo::new(move |_| {
        let in_url = in_url.read();
        match &*typed.read() {
            Some((over, next)) if *over == *in_url => next.clone(),
            _ => in_url.clone(),
        }
    });
    let navigate = use_navigate();
    let write = move |next: &ListQuery<F>, replace: bool| {
        navigate(
            &href(path, next),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let writing = StoredValue::new(false);
    let go = Callback::new(move |(next, replace): (ListQuery<F>, bool)| {
        if !replace {
            typed.set(None);
            write(&next, false);
            return;
        }
        typed.set(Some((in_url.get_untracked(), next)));
        if writing.get_value() {
            return;
        }
        writing.set_value(true);
        let write = write.clone();
        leptos::task::spawn_local(async move {
            after_paint().await;
            if writing.try_set_value(false).is_some() {
                return; // The list is gone (another page).
            }
            if let Some((over, next)) = typed.get_untracked() {
                if over == in_url.get_untracked() {
                    write(&next, true);
                }
                typed.set(None);
            }
        });
    });
    UseList {
        path,
        state,
        text: Memo::new(move |_| state.read().text.clone()),
        page: Memo::new(move |_| state.read().page),
        filter: Memo::new(move |_| state.read().filter.clone()),
        go,
    }
}

/// The link to the list at `path` in `state` (before `site::to`).
pub fn href<F: UrlState>(path: &str, state: &ListQuery<F>) -> String {
    let query: ParamsMap = state.to_query().into_iter().collect();
    format!("{path}{}", query.to_query_string())
}

impl<F: UrlState> UseList<F> {
    /// The link to this list in `state`.
    pub fn href(self, state: &ListQuery<F>) -> String {
        href(self.path, state)
    }

    /// Typing refines one view of the list: it replaces the history entry instead of adding one.
    pub fn set_text(self, text: String) {
        self.go
            .run((self.state.get_untracked().with_text(text), true));
    }

    /// Changes the filters, from the first page, with a new history entry.
    pub fn set_filter(self, change: impl FnOnce(&mut F)) {
        self.go
            .run((self.state.get_untracked().with_filter(change), false));
    }

    /// Removes the search text and every filter.
    pub fn clear(self) {
        self.go.run((self.state.get_untracked().cleared(), false));
    }

    /// The positions of `order` (already narrowed by the filters) that the search text finds in
    /// `listing`, best first when there is search text. `labels` names what the index's labels say.
    pub fn matches<T: Item + Send + Sync + 'static>(
        self,
        listing: Arc<Listing<T>>,
        labels: LabelWords,
        order: Signal<Vec<usize>>,
    ) -> Memo<Vec<usize>> {
        let recent = StoredValue::new(RecentSearches::new());
        Memo::new(move |_| {
            let order = order.get();
            let query = Query::new(&self.text.read());
            recent
                .try_update_value(|recent| {
                    let matcher = recent.matcher(&query, &listing.search, &labels);
                    shown(
                        &recent.matching(order.clone(), matcher, || order),
                        !query.is_empty(),
                    )
                })
                .unwrap_or_default()
        })
    }
}

impl ListParts {
    /// The positions of `matches` on the current page, and how many pages there are: a list's
    /// cards follow this, so a keystroke that leaves the page as it was draws nothing.
    pub fn paged(self, matches: Memo<Vec<usize>>) -> Memo<(Vec<usize>, usize)> {
        Memo::new(move |_| {
            let matches = matches.read();
            let (shown, pages) = page_of(&matches, self.page.get());
            (shown.to_vec(), pages)
        })
    }
}
