//! The checker's problems in the editor's words: the item by its title, the field by its label,
//! each linking to its control.

use leptos::prelude::*;

use super::state::{use_editor, Editor};
use crate::domain::content::ContentFile;
use crate::domain::editing::{self, Document};
use crate::domain::json::{path_steps, PathStep};
use crate::domain::Problem;
use crate::i18n::problems;

/// A field's path in words: `agreements[2].expires` is "Agreements 3 › Expires".
pub fn field_words(ed: Editor, path: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for step in path_steps(path) {
        match step {
            PathStep::Field(name) => match crate::domain::Lang::from_code(&name) {
                Some(lang) if !words.is_empty() => {
                    let last = words.pop().unwrap_or_default();
                    words.push((ed.words.in_language)(&last, lang));
                }
                _ => words.push(ed.words.label(&name).to_string()),
            },
            PathStep::Index(i) => {
                let last = words.pop().unwrap_or_default();
                words.push((ed.words.number)(&last, i + 1));
            }
        }
    }
    words.join(" › ")
}

/// The id of the control of the field at `path` (relative to its item): problems link to it.
pub fn control_id(path: &str) -> String {
    let id: String = path
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("field-{id}")
}

/// A problem as one sentence in the interface's language, without its place.
pub fn in_words(ed: Editor, problem: &Problem) -> String {
    let reason = problems::reason(&problem.kind, ed.lang);
    match &problem.field {
        Some(field) => format!("{}: {reason}", field_words(ed, field)),
        None => reason,
    }
}

/// The problems of one file, each naming its item and field and opening it on a click.
#[component]
pub fn FileProblems(file: ContentFile) -> impl IntoView {
    let ed = use_editor();
    let w = ed.words;
    let found = ed.file(file).problems;
    let title_of = move |index: usize| {
        ed.file(file).doc.with(|doc| match doc {
            Document::Tree(root) => editing::items(root)
                .get(index)
                .and_then(|item| editing::item_title(item, ed.lang)),
            Document::Broken { .. } => None,
        })
    };
    view! {
        <section class="editor-problems" aria-labelledby="file-problems">
            <h2 id="file-problems">{w.problems}</h2>
            {move || {
                let found = found.get();
                if found.is_empty() {
                    return view! { <p>{w.no_problems}</p> }.into_any();
                }
                view! {
                    <ul class="problems">
                        {found.iter().map(|(item, p)| {
                            let class = if p.is_error() { "problem problem-error" } else { "problem problem-warning" };
                            let words = in_words(ed, p);
                            let target = control_id(p.field.as_deref().unwrap_or("id"));
                            let item = *item;
                            let named = match item {
                                Some(i) => format!("{}: ", title_of(i).unwrap_or_else(|| format!("#{}", i + 1))),
                                None => String::new(),
                            };
                            let open = move |ev: leptos::ev::MouseEvent| {
                                if let Some(i) = item {
                                    ed.item.set(Some(i));
                                }
                                ev.prevent_default();
                                let target = target.clone();
                                // After the form of the item is drawn.
                                request_animation_frame(move || focus(&target));
                            };
                            view! { <li class=class><a href="#" on:click=open>{named}{words}</a></li> }
                        }).collect_view()}
                    </ul>
                    <details class="developer-lines">
                        <summary>{w.developer_lines}</summary>
                        <ul>{found.iter().map(|(_, p)| view! { <li><code>{problems::line(p, ed.lang)}</code></li> }).collect_view()}</ul>
                    </details>
                }
                .into_any()
            }}
        </section>
    }
}

/// Moves focus to the control with this id, when it is on the page.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
