//! The search field of a list: it narrows the list as the reader types, keeps the text in the
//! URL (`?q=`) so a link or a reload shows the same list, and says how many items match.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::domain::search::{LabelWords, SearchIndex};
use crate::i18n::search_words::label_names;
use crate::site::t;

/// The words a list's labels (country, mode, kind, field...) are found by, in every language:
/// built once per list.
pub fn label_words(index: &SearchIndex) -> LabelWords {
    LabelWords::new(index, label_names)
}

/// The search text of the current list, from the URL.
pub fn use_search_text() -> Memo<String> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get("q").unwrap_or_default())
}

/// What the search field of a list says.
#[derive(Clone, Copy)]
pub struct SearchLabels {
    /// The list's own path, e.g. `/internships`.
    pub path: &'static str,
    pub label: &'static str,
    pub placeholder: &'static str,
    /// The whole list: `17 partners`.
    pub total: fn(usize) -> String,
}

#[component]
pub fn SearchBox(
    labels: SearchLabels,
    #[prop(into)] matches: Signal<usize>,
    #[prop(into)] total: Signal<usize>,
) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let text = use_search_text();
    let path = labels.path;
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        let mut params = query.get_untracked();
        if typed.is_empty() {
            params.remove("q");
        } else {
            params.replace("q", typed);
        }
        params.remove("page");
        // Typing refines one view of the list: replace the history entry instead of adding one.
        navigate(
            &format!("{path}{}", params.to_query_string()),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let id = format!("search-{}", path.trim_start_matches('/'));
    let t = t();
    let summary = move || {
        let (n, total) = (matches.get(), total.get());
        if n == total {
            (labels.total)(total)
        } else {
            (t.matching)(n, total)
        }
    };
    view! {
        <div class="search-box" role="search" aria-label=labels.label>
            <label for=id.clone()>{labels.label}</label>
            <input id=id type="search" placeholder=labels.placeholder autocomplete="off" prop:value=move || text.get() on:input=on_input/>
            <p class="match-count" aria-live="polite">{summary}</p>
        </div>
    }
}
