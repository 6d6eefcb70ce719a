//! The search field of a list: it narrows the list as the reader types, keeps the text in the
//! URL (`?q=`) so a link or a reload shows the same list, and says how many items match.

use leptos::prelude::*;

use super::use_list::ListParts;
use crate::domain::search::{LabelWords, SearchIndex};
use crate::domain::site_file::SiteFile;
use crate::i18n::search_words::label_names;
use crate::site::t;

/// The words a list's labels (country, mode, kind, field...) are found by, in every language,
/// the fields as `site` names them: built once per list.
pub fn label_words(index: &SearchIndex, site: &SiteFile) -> LabelWords {
    LabelWords::new(index, |label| label_names(label, site))
}

/// What the search field of a list says.
#[derive(Clone, Copy)]
pub struct SearchLabels {
    pub label: &'static str,
    pub placeholder: &'static str,
    /// The whole list: `17 partners`.
    pub total: fn(usize) -> String,
}

/// The search field of `list`: `matches` of `total` items are found.
#[component]
pub fn SearchBox(
    #[prop(into)] list: ListParts,
    labels: SearchLabels,
    #[prop(into)] matches: Signal<usize>,
    #[prop(into)] total: Signal<usize>,
) -> impl IntoView {
    let on_input = move |ev| list.set_text.run(event_target_value(&ev));
    let id = format!("search-{}", list.path.trim_start_matches('/'));
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
            <input id=id type="search" placeholder=labels.placeholder autocomplete="off" prop:value=move || list.text.get() on:input=on_input/>
            <p class="match-count" aria-live="polite">{summary}</p>
        </div>
    }
}
