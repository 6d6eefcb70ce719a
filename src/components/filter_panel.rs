//! The filters of a list, in a panel that starts folded on narrow screens (unless a filter is on),
//! so that on a phone the list comes first. Wider screens always show it (style/main.css).

use leptos::prelude::*;

use crate::site::t;

#[component]
pub fn FilterPanel(
    /// Whether a filter is on now: the panel then starts open, to show it.
    active: bool,
    children: Children,
) -> impl IntoView {
    let t = t();
    view! {
        <details class="filter-panel" open=active>
            <summary>{t.filters}</summary>
            <div class="filters" role="group" aria-label=t.filters>{children()}</div>
        </details>
    }
}
