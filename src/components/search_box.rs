//! The search field of a list: it narrows the list as the reader types, keeps the text in the
//! URL (`?q=`) so a link or a reload shows the same list, and says how many items match.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// The search text of the current list, from the URL.
pub fn use_search_text() -> Memo<String> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get("q").unwrap_or_default())
}

#[component]
pub fn SearchBox(
    /// The list's own path, e.g. `/internships`.
    path: &'static str,
    label: &'static str,
    placeholder: &'static str,
    #[prop(into)] matches: Signal<usize>,
    total: usize,
    /// What the list holds, singular and plural: `("internship", "internships")`.
    noun: (&'static str, &'static str),
) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let text = use_search_text();
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        let mut params = query.get_untracked();
        if typed.is_empty() {
            params.remove("q");
        } else {
            params.replace("q", typed);
        }
        // Typing refines one view of the list: replace the history entry instead of adding one.
        navigate(&format!("{path}{}", params.to_query_string()), NavigateOptions { replace: true, scroll: false, ..Default::default() });
    };
    let id = format!("search-{}", path.trim_start_matches('/'));
    let summary = move || {
        let n = matches.get();
        let (one, many) = noun;
        if text.read().trim().is_empty() {
            crate::format::count(total, one, many)
        } else if n == 0 {
            format!("No {many} match “{}”", text.get())
        } else {
            format!("{} of {total} match", crate::format::count(n, one, many))
        }
    };
    view! {
        <div class="search-box" role="search">
            <label for=id.clone()>{label}</label>
            <input id=id type="search" placeholder=placeholder autocomplete="off" prop:value=move || text.get() on:input=on_input/>
            <p class="match-count" aria-live="polite">{summary}</p>
        </div>
    }
}
