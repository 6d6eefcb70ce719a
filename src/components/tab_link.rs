//! [`tab_link`]: one of a list's tabs (the internships' open and past ones, the results page's
//! kinds), a link with how many it holds.

use leptos::prelude::*;

use crate::i18n::number;
use crate::site::lang;

/// A tab: `label` and its count, grouped as the page's language groups numbers, marked as the
/// page's own while `current`. A function of closures: as a component of signals it made the
/// app 0.45 KiB (brotli) larger than the two copies it replaces.
pub fn tab_link(
    href: impl Fn() -> String + Send + Sync + 'static,
    current: impl Fn() -> bool + Send + Sync + 'static,
    label: &'static str,
    count: impl Fn() -> usize + Send + Sync + 'static,
) -> impl IntoView {
    let lang = lang();
    view! {
        // A plain link: <A> would mark every tab current, as it compares paths without the query.
        <a href=href class="tab" aria-current=move || current().then_some("page")>
            {label}" "<span class="tab-count">"("{move || number(lang, count() as u64)}")"</span>
        </a>
    }
}
