//! The items of a file as a list to search and filter (problems, missing translations), with
//! buttons to add, duplicate, delete (with undo) and reorder them.

use leptos::prelude::*;

use super::state::{use_editor, OpenFile};
use crate::domain::editing::{self, Document};
use crate::domain::json::Json;
use crate::domain::lower_case::lower_case;
use crate::domain::Lang;

/// Which items the list shows (`?show=` is not kept: it is a view of the moment).
#[derive(Clone, Copy, PartialEq)]
enum Show {
    All,
    Problems,
    Missing(Lang),
}

/// One row of the list: what it shows of an item.
#[derive(Clone, PartialEq)]
struct Row {
    index: usize,
    title: String,
    errors: usize,
    missing: Vec<Lang>,
}

#[component]
pub fn ItemList(open: OpenFile) -> impl IntoView {
    let ed = use_editor();
    let w = ed.words;
    let query = RwSignal::new(String::new());
    let show = RwSignal::new(Show::All);
    let rows = Memo::new(move |_| {
        open.problems.with(|problems| {
            open.doc.with(|doc| match doc {
                Document::Tree(root) => editing::items(root)
                    .iter()
                    .enumerate()
                    .map(|(index, item)| {
                        let mut missing: Vec<Lang> =
                            editing::missing_translations(item, open.file.fields())
                                .into_iter()
                                .flat_map(|(_, langs)| langs)
                                .collect();
                        missing.sort_by_key(|l| Lang::ALL.iter().position(|a| a == l));
                        missing.dedup();
                        Row {
                            index,
                            title: editing::item_title(item, ed.lang)
                                .unwrap_or_else(|| w.untitled.to_string()),
                            errors: problems
                                .iter()
                                .filter(|(i, p)| *i == Some(index) && p.is_error())
                                .count(),
                            missing,
                        }
                    })
                    .collect::<Vec<_>>(),
                Document::Broken { .. } => Vec::new(),
            })
        })
    });
    let searchable = move |index: usize| {
        open.doc.with(|doc| match doc {
            Document::Tree(root) => editing::items(root).get(index).map(|item| {
                let mut words = String::new();
                item.write(&mut words);
                lower_case(&words)
            }),
            Document::Broken { .. } => None,
        })
    };
    let shown_rows = move || {
        let q = lower_case(query.get().trim());
        rows.get()
            .into_iter()
            .filter(|row| match show.get() {
                Show::All => true,
                Show::Problems => row.errors > 0,
                Show::Missing(lang) => row.missing.contains(&lang),
            })
            .filter(|row| {
                q.is_empty() || searchable(row.index).is_some_and(|text| text.contains(&q))
            })
            .collect::<Vec<_>>()
    };
    let add = move |_| {
        let mut new_index = 0;
        open.change(|root| {
            let items = editing::items_mut(root);
            items.push(editing::new_item(open.file.fields(), ""));
            new_index = items.len() - 1;
        });
        ed.item.set(Some(new_index));
        // The first text of the new item, in the first language: where writing it begins.
        if let Some(text) = open.file.fields().iter().find(|f| f.kind.is_translated()) {
            let id = super::problems::control_id(&format!("{}.{}", text.name, Lang::ALL[0].code()));
            request_animation_frame(move || super::problems::focus(&id));
        }
    };
    let duplicate = move |index: usize| {
        open.change(|root| {
            let items = editing::items_mut(root);
            if let Some(item) = items.get(index).cloned() {
                let mut copy = item;
                copy.set("id", Some(Json::String(String::new())));
                items.insert(index + 1, copy);
            }
        });
        ed.item.set(Some(index + 1));
    };
    let delete = move |index: usize| {
        let mut removed = None;
        open.change(|root| {
            let items = editing::items_mut(root);
            if index < items.len() {
                removed = Some(items.remove(index));
            }
        });
        if let Some(item) = removed {
            let title =
                editing::item_title(&item, ed.lang).unwrap_or_else(|| w.untitled.to_string());
            ed.deleted.set(Some((open.file, index, item)));
            ed.item.set(None);
            ed.say((w.deleted)(&title));
            request_animation_frame(|| super::problems::focus("undo-delete"));
        }
    };
    let moved = move |from: usize, to: usize| {
        open.change(|root| editing::move_item(editing::items_mut(root), from, to));
        ed.item.set(Some(to));
    };
    let show_options = std::iter::once((String::from("all"), w.all_items.to_string()))
        .chain(std::iter::once((
            String::from("problems"),
            w.with_problems.to_string(),
        )))
        .chain(
            Lang::ALL
                .into_iter()
                .map(|l| (format!("missing-{}", l.code()), (w.missing_in)(l))),
        )
        .map(|(value, label)| view! { <option value=value>{label}</option> })
        .collect_view();
    view! {
        <section class="item-list" aria-labelledby="items-heading">
            <h2 id="items-heading">{w.items}</h2>
            <div class="item-list-tools">
                <label for="item-search" class="visually-hidden">{w.search_items}</label>
                <input type="search" id="item-search" class="input-box" placeholder=w.search_items
                    prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
                // The select beside its name, on a phone as on a wide screen.
                <span class="item-show">
                    <label for="item-show">{w.show_items}</label>
                    <select id="item-show" class="input-box" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        show.set(match value.as_str() {
                            "problems" => Show::Problems,
                            other => other.strip_prefix("missing-").and_then(Lang::from_code).map_or(Show::All, Show::Missing),
                        });
                    }>{show_options}</select>
                </span>
                <button type="button" class="add" on:click=add>{w.add_item}</button>
            </div>
            <ul class="items">
                {move || {
                    let shown = shown_rows();
                    let count = rows.with(Vec::len);
                    if shown.is_empty() {
                        return view! { <li class="no-items">{w.no_items}</li> }.into_any();
                    }
                    shown.into_iter().map(|row| {
                        let index = row.index;
                        let selected = move || ed.item.get() == Some(index);
                        let missing = (!row.missing.is_empty()).then(|| {
                            let names: Vec<&str> = row.missing.iter().map(|l| (w.language_name)(*l)).collect();
                            view! { <span class="mark mark-missing">{(w.missing_mark)(&names.join(", "))}</span> }
                        });
                        let errors = (row.errors > 0).then(|| view! { <span class="mark mark-error">{(w.errors_mark)(row.errors)}</span> });
                        view! {
                            <li class="item-row" class:selected=selected>
                                <button type="button" class="item-open" aria-current=move || selected().then_some("true")
                                    on:click=move |_| ed.item.set(Some(index))>
                                    <span class="item-title">{row.title.clone()}</span>
                                    {errors}{missing}
                                </button>
                                <Show when=selected>
                                    <div class="item-actions">
                                        <button type="button" disabled=index == 0 on:click=move |_| moved(index, index - 1)>{w.move_up}</button>
                                        <button type="button" disabled=index + 1 == count on:click=move |_| moved(index, index + 1)>{w.move_down}</button>
                                        <button type="button" on:click=move |_| duplicate(index)>{w.duplicate}</button>
                                        <button type="button" class="danger" on:click=move |_| delete(index)>{w.delete}</button>
                                    </div>
                                </Show>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
        </section>
    }
}
