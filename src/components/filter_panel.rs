//! The filters of a list, in a panel that starts folded on narrow screens (unless a filter is on),
//! so that on a phone the list comes first.

use leptos::prelude::*;

use crate::site::t;

/// Below this width (CSS pixels) the panel starts folded.
const WIDE: f64 = 720.0;

#[component]
pub fn FilterPanel(
    /// Whether a filter is on now: the panel then starts open, to show it.
    active: bool,
    children: Children,
) -> impl IntoView {
    let wide = crate::browser::IN_BROWSER && window().inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w >= WIDE);
    let t = t();
    view! {
        <details class="filter-panel" open=wide || active>
            <summary>{t.filters}</summary>
            <div class="filters" role="group" aria-label=t.filters>{children()}</div>
        </details>
    }
}
