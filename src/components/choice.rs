//! [`SelectFilter`]: one of a list's filters as a select whose first option, "Any", leaves it
//! off, with its chip when chosen.

use std::sync::Arc;

use leptos::prelude::*;

use super::filter_panel::Chip;
use super::use_list::UseList;
use crate::domain::list_query::UrlState;
use crate::i18n::number;
use crate::site::{lang, t};

/// An option's value and label, or a group of them under a heading.
pub enum Opt {
    One(String, String),
    Group(&'static str, Vec<(String, String)>),
}

/// Plain options from value and label pairs.
pub fn opts(pairs: impl IntoIterator<Item = (String, String)>) -> Vec<Opt> {
    pairs
        .into_iter()
        .map(|(value, text)| Opt::One(value, text))
        .collect()
}

/// The label of the option with `value`.
fn label_of<'a>(options: &'a [Opt], value: &str) -> Option<&'a str> {
    options.iter().find_map(|opt| match opt {
        Opt::One(v, label) => (v == value).then_some(label.as_str()),
        Opt::Group(_, items) => items
            .iter()
            .find(|(v, _)| v == value)
            .map(|(_, label)| label.as_str()),
    })
}

/// One of a list's filters as a select: the same for every list, so each filter is declared once
/// and its chip says what its option says.
#[derive(Clone)]
pub struct SelectFilter {
    label: &'static str,
    name: &'static str,
    options: Arc<[Opt]>,
    counts: Option<Callback<String, usize>>,
    selected: Memo<Option<String>>,
    pick: Callback<Option<String>>,
    /// The list's address without this filter.
    without: Memo<String>,
}

impl SelectFilter {
    /// The filter of `list` named `name` (its key in the address), which `get` reads as the
    /// options' values write it and `set` changes (`None` for "Any"); `counts` says how many
    /// items each option would give now.
    pub fn of<F: UrlState>(
        list: UseList<F>,
        label: &'static str,
        name: &'static str,
        options: Vec<Opt>,
        counts: Option<Callback<String, usize>>,
        get: impl Fn(&F) -> Option<String> + Copy + Send + Sync + 'static,
        set: impl Fn(&mut F, Option<&str>) + Copy + Send + Sync + 'static,
    ) -> SelectFilter {
        SelectFilter {
            label,
            name,
            options: options.into(),
            counts,
            selected: Memo::new(move |_| get(&list.filter.read())),
            pick: Callback::new(move |value: Option<String>| {
                list.set_filter(|f| set(f, value.as_deref()))
            }),
            without: Memo::new(move |_| {
                list.href(&list.state.read().with_filter(|f| set(f, None)))
            }),
        }
    }

    /// The filter of `list` whose value is the one the address gives its key `name`
    /// (`country=kz`), as most are.
    pub fn keyed<F: UrlState>(
        list: UseList<F>,
        label: &'static str,
        name: &'static str,
        options: Vec<Opt>,
        counts: Option<Callback<String, usize>>,
    ) -> SelectFilter {
        let read = move |f: &F| {
            let mut pairs = f.to_query().into_iter();
            pairs.find(|(key, _)| *key == name).map(|(_, value)| value)
        };
        let write = move |f: &mut F, value: Option<&str>| {
            let mut pairs = f.to_query();
            pairs.retain(|(key, _)| *key != name);
            pairs.extend(value.map(|value| (name, value.to_string())));
            *f = F::from_query(pairs.iter().map(|(key, value)| (*key, value.as_str())));
        };
        SelectFilter::of(list, label, name, options, counts, read, write)
    }

    /// The chosen option as a chip that removes it; none when "Any" is chosen.
    pub fn chip(&self) -> Option<Chip> {
        let value = self.selected.get()?;
        Some(Chip {
            label: label_of(&self.options, &value)
                .unwrap_or(&value)
                .to_string(),
            without: self.without.get(),
        })
    }

    /// A labelled select whose first option, "Any", leaves the filter off. Each option shows
    /// how many items it would give now, and one that would give none cannot be chosen (unless
    /// it is chosen already).
    pub fn into_view(self) -> impl IntoView {
        let SelectFilter {
            label,
            name,
            options,
            counts,
            selected,
            pick,
            ..
        } = self;
        let lang = lang();
        let option = move |value: &String, text: &String| {
            let (value, text) = (value.clone(), text.clone());
            let current = value.clone();
            let is_selected = move || selected.read().as_deref() == Some(current.as_str());
            match counts {
                None => {
                    view! { <option value=value selected=is_selected>{text}</option> }.into_any()
                }
                Some(counts) => {
                    let counted = value.clone();
                    let count = Memo::new(move |_| counts.run(counted.clone()));
                    // Grouped as the language groups numbers: "Kazakhstan (9,412)".
                    let label = move || format!("{text} ({})", number(lang, count.get() as u64));
                    view! { <option value=value selected=is_selected.clone() disabled=move || count.get() == 0 && !is_selected()>{label}</option> }.into_any()
                }
            }
        };
        let options = options
            .iter()
            .map(|opt| match opt {
                Opt::One(value, text) => option(value, text),
                Opt::Group(heading, items) => view! { <optgroup label=*heading>{items.iter().map(|(v, t)| option(v, t)).collect_view()}</optgroup> }.into_any(),
            })
            .collect_view();
        view! {
            <label class="choice">
                <span>{label}</span>
                <select name=name on:change=move |ev| {
                    let value = event_target_value(&ev);
                    pick.run((!value.is_empty()).then_some(value))
                }>
                    <option value="" selected=move || selected.read().is_none()>{t().any}</option>
                    {options}
                </select>
            </label>
        }
    }
}

/// The chips of the chosen ones of `selects`.
pub fn chosen(selects: &[SelectFilter]) -> Vec<Chip> {
    selects.iter().filter_map(SelectFilter::chip).collect()
}
