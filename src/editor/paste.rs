//! Adding items in bulk from spreadsheet rows: read, shown with what the checker says of each
//! row, and added only when the editor confirms.

use leptos::prelude::*;

use super::state::{use_editor, Editor, OpenFile};
use crate::domain::content::Content;
use crate::domain::editing::{self, Document};
use crate::domain::fields::Field;
use crate::domain::json::Json;
use crate::domain::lower_case::lower_case;
use crate::domain::paste::{self, Column};
use crate::domain::Lang;
use crate::i18n::editor_words::editor_words;

/// A header's column: field names and labels in any of the three languages, and a language
/// named by code or by name in any of them.
fn column(header: &str, fields: &'static [Field]) -> Option<Column> {
    let names_of = |field: &'static Field| {
        Lang::ALL
            .iter()
            .filter_map(|lang| (editor_words(*lang).field_label)(field.name))
            .map(str::to_string)
            .collect()
    };
    let lang_of = |word: &str| {
        Lang::from_code(word).or_else(|| {
            Lang::ALL.into_iter().find(|lang| {
                Lang::ALL
                    .iter()
                    .any(|ui| lower_case((editor_words(*ui).language_name)(*lang)) == word)
            })
        })
    };
    paste::column(header, fields, names_of, lang_of)
}

/// The rows read, waiting for the editor's confirmation.
#[derive(Clone, PartialEq)]
struct Read {
    items: Vec<Json>,
    unknown: Vec<String>,
}

#[component]
pub fn Paste(open: OpenFile) -> impl IntoView {
    let ed = use_editor();
    let w = ed.words;
    let text = RwSignal::new(String::new());
    let read = RwSignal::new(None::<Read>);
    let read_rows = move |_| {
        let rows = paste::cells(&text.get_untracked());
        let Some((header, rows)) = rows.split_first() else {
            read.set(Some(Read {
                items: Vec::new(),
                unknown: Vec::new(),
            }));
            return;
        };
        let columns: Vec<Option<Column>> = header
            .iter()
            .map(|h| column(h, open.file.fields()))
            .collect();
        let unknown = header
            .iter()
            .zip(&columns)
            .filter(|(h, c)| c.is_none() && !h.trim().is_empty())
            .map(|(h, _)| h.clone())
            .collect();
        read.set(Some(Read {
            items: paste::items(rows, &columns),
            unknown,
        }));
    };
    let add = move |_| {
        let Some(Read { items, .. }) = read.get_untracked() else {
            return;
        };
        let n = items.len();
        open.change(|root| editing::items_mut(root).extend(items));
        read.set(None);
        text.set(String::new());
        ed.say((w.paste_added)(n));
    };
    view! {
        <details class="paste">
            <summary>{w.paste}</summary>
            <p class="field-note" id="paste-help">{w.paste_help}</p>
            <label for="paste-rows" class="visually-hidden">{w.paste}</label>
            <textarea id="paste-rows" class="input-box" rows="5" aria-describedby="paste-help"
                prop:value=move || text.get() on:input=move |ev| { text.set(event_target_value(&ev)); read.set(None); }></textarea>
            <button type="button" on:click=read_rows>{w.paste_read}</button>
            {move || read.get().map(|read| rows_view(ed, open, read, add))}
        </details>
    }
}

fn rows_view(
    ed: Editor,
    open: OpenFile,
    read: Read,
    add: impl Fn(leptos::ev::MouseEvent) + Clone + 'static + Send + Sync,
) -> AnyView {
    let w = ed.words;
    if read.items.is_empty() {
        return view! { <p role="status">{w.paste_nothing}</p> }.into_any();
    }
    // What the checker says of each row, as if it were added.
    let reasons = row_problems(ed, open, &read.items);
    let n = read.items.len();
    let unknown = (!read.unknown.is_empty())
        .then(|| view! { <p>{(w.paste_unknown_columns)(&read.unknown.join(", "))}</p> });
    view! {
        <div class="paste-rows" role="status">
            {unknown}
            <ol>
                {read.items.iter().zip(reasons).map(|(item, reasons)| {
                    let title = editing::item_title(item, ed.lang).unwrap_or_else(|| w.untitled.to_string());
                    view! {
                        <li>
                            <strong>{title}</strong>
                            <ul>{reasons.into_iter().map(|r| view! { <li class="problem">{r}</li> }).collect_view()}</ul>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <button type="button" class="primary" on:click=add>{(w.paste_add)(n)}</button>
        </div>
    }
    .into_any()
}

/// The problems of each new item, in words, read with the rest of the content.
fn row_problems(ed: Editor, open: OpenFile, items: &[Json]) -> Vec<Vec<String>> {
    let mut with_rows = open.doc.get_untracked();
    let first = match &mut with_rows {
        Document::Tree(root) => {
            let list = editing::items_mut(root);
            let first = list.len();
            list.extend(items.iter().cloned());
            first
        }
        Document::Broken { .. } => return vec![Vec::new(); items.len()],
    };
    let text = with_rows.text(open.file);
    let texts = ed.files.map(|f| {
        Ok(if f.file == open.file {
            text.clone()
        } else {
            f.text.get_untracked()
        })
    });
    let [site, partners, internships, programs, news] = texts;
    let problems = Content::read(site, partners, internships, programs, news).problems;
    let lines = editing::item_lines(open.file, &text);
    let mut found = vec![Vec::new(); items.len()];
    for problem in problems.iter().filter(|p| p.file == open.file.name()) {
        if let Some(i) = editing::item_at(&lines, problem.line).and_then(|i| i.checked_sub(first)) {
            found[i].push(super::problems::in_words(ed, problem));
        }
    }
    found
}
