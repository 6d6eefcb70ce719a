//! A labelled select whose first option, "Any", leaves the filter off.

use leptos::prelude::*;

use crate::site::t;

/// An option's value and label, or a group of them under a heading.
pub enum Opt {
    One(String, String),
    Group(&'static str, Vec<(String, String)>),
}

#[component]
pub fn Choice(
    label: &'static str,
    name: &'static str,
    options: Vec<Opt>,
    #[prop(into)] selected: Signal<Option<String>>,
    /// How many items each option would give now: shown beside it, and an option that would give
    /// none cannot be chosen (unless it is chosen already).
    #[prop(optional)]
    counts: Option<Callback<String, usize>>,
    /// `None` when "Any" is picked.
    on_pick: impl Fn(Option<String>) + 'static,
) -> impl IntoView {
    // Each option compares itself with the choice; only a new choice should wake them all.
    let selected = Memo::new(move |_| selected.get());
    let option = move |(value, text): (String, String)| {
        let current = value.clone();
        let is_selected = move || selected.read().as_deref() == Some(current.as_str());
        match counts {
            None => view! { <option value=value selected=is_selected>{text}</option> }.into_any(),
            Some(counts) => {
                let counted = value.clone();
                let count = Memo::new(move |_| counts.run(counted.clone()));
                let label = move || format!("{text} ({})", count.get());
                view! { <option value=value selected=is_selected.clone() disabled=move || count.get() == 0 && !is_selected()>{label}</option> }.into_any()
            }
        }
    };
    let options = options
        .into_iter()
        .map(|opt| match opt {
            Opt::One(value, text) => option((value, text)).into_any(),
            Opt::Group(heading, items) => view! { <optgroup label=heading>{items.into_iter().map(option).collect_view()}</optgroup> }.into_any(),
        })
        .collect_view();
    view! {
        <label class="choice">
            <span>{label}</span>
            <select name=name on:change=move |ev| {
                let value = event_target_value(&ev);
                on_pick((!value.is_empty()).then_some(value))
            }>
                <option value="" selected=move || selected.read().is_none()>{t().any}</option>
                {options}
            </select>
        </label>
    }
}

/// Plain options from value and label pairs.
pub fn opts(pairs: impl IntoIterator<Item = (String, String)>) -> Vec<Opt> {
    pairs
        .into_iter()
        .map(|(value, text)| Opt::One(value, text))
        .collect()
}
