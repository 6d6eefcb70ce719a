//! One item as a form, drawn from the field definitions (`domain/fields.rs`): every field a
//! labelled control of its kind, so no form is kept by hand per kind of item.

use leptos::prelude::*;

use super::problems::control_id;
use super::state::{use_editor, Editor, OpenFile};
use crate::components::rich_text::Markdown;
use crate::domain::editing::{self, Document};
use crate::domain::fields::{Field, Kind};
use crate::domain::json::{path_text, Json, PathStep};
use crate::domain::Lang;
use crate::i18n::{labels, messages, LANGUAGES};
use crate::site::Address;

/// Where a control's value is: its file, the path from the file's top, and the path from its
/// item (what problems name, and what the control's id is made of).
#[derive(Clone)]
struct Place {
    open: OpenFile,
    /// From the file's top level.
    path: Vec<PathStep>,
    /// Steps of `path` that are the item's own (after `items[i]`).
    own: usize,
}

impl Place {
    fn child(&self, step: PathStep) -> Place {
        let mut path = self.path.clone();
        path.push(step);
        Place {
            open: self.open,
            path,
            own: self.own,
        }
    }

    fn id(&self) -> String {
        control_id(&path_text(&self.path[self.path.len() - self.own..]))
    }

    fn get(&self) -> Option<Json> {
        self.open.doc.with(|doc| match doc {
            Document::Tree(root) => root.at(&self.path).cloned(),
            Document::Broken { .. } => None,
        })
    }

    fn text(&self) -> String {
        match self.get() {
            Some(Json::String(s)) | Some(Json::Number(s)) => s,
            _ => String::new(),
        }
    }

    fn set(&self, value: Option<Json>) {
        let path = self.path.clone();
        self.open.change(move |root| root.set_at(&path, value));
    }

    /// Sets a text value; an optional field left empty is taken out of the file.
    fn set_text(&self, text: String, required: bool) {
        if text.is_empty() && !required {
            self.set(None);
        } else {
            self.set(Some(Json::String(text)));
        }
    }

    fn len(&self) -> usize {
        match self.get() {
            Some(Json::Array(items)) => items.len(),
            _ => 0,
        }
    }
}

/// The form of the item at `index` of `open`'s file, or of the site file's top level.
#[component]
pub fn ItemForm(open: OpenFile, index: Option<usize>) -> impl IntoView {
    let (path, fields) = match index {
        Some(i) => (
            vec![PathStep::Field("items".into()), PathStep::Index(i)],
            open.file.fields(),
        ),
        None => (Vec::new(), open.file.fields()),
    };
    let place = Place { open, path, own: 0 };
    let controls = fields
        .iter()
        .map(|field| {
            let mut inner = place.child(PathStep::Field(field.name.into()));
            inner.own = 1;
            field_control(field, inner)
        })
        .collect_view();
    view! { <div class="item-form">{controls}</div> }
}

fn field_control(field: &'static Field, place: Place) -> AnyView {
    let ed = use_editor();
    let label = ed.words.label(field.name).to_string();
    match field.kind {
        Kind::Id => id_control(ed, place, label),
        _ => control(ed, field.kind, field.required, place, label),
    }
}

fn control(ed: Editor, kind: Kind, required: bool, place: Place, label: String) -> AnyView {
    match kind {
        Kind::Text | Kind::RichText => translated(ed, kind, required, place, label),
        Kind::Bool => {
            let id = place.id();
            let checked = place.clone();
            view! {
                <div class="control control-check">
                    <input type="checkbox" id=id.clone()
                        prop:checked=move || checked.get() == Some(Json::Bool(true))
                        on:change=move |ev| place.set(Some(Json::Bool(event_target_checked(&ev))))/>
                    <label for=id>{label}</label>
                </div>
            }
            .into_any()
        }
        Kind::Whole { .. } => {
            let id = place.id();
            let value = place.clone();
            view! {
                <div class="control">
                    <label for=id.clone()>{label}</label>
                    <input type="number" id=id class="input-box" inputmode="numeric" min="1"
                        prop:value=move || value.text()
                        on:input=move |ev| {
                            let typed = event_target_value(&ev);
                            let number = typed.trim().parse::<u64>().ok().map(|n| Json::Number(n.to_string()));
                            match number {
                                Some(n) => place.set(Some(n)),
                                None => place.set_text(typed, required),
                            }
                        }/>
                </div>
            }
            .into_any()
        }
        Kind::Choice(words) => {
            let labels: Vec<(String, String)> = words
                .iter()
                .map(|w| (w.to_string(), choice_label(ed.lang, words, w)))
                .collect();
            select(ed, place, label, required, move || labels.clone())
        }
        Kind::Country => {
            let names = labels(ed.lang).country_names;
            select(ed, place, label, required, move || {
                names
                    .iter()
                    .map(|(c, n)| (c.to_string(), format!("{n} ({c})")))
                    .collect()
            })
        }
        Kind::Language => {
            let names = messages(ed.lang).language_names;
            select(ed, place, label, required, move || {
                LANGUAGES
                    .iter()
                    .zip(names)
                    .map(|(c, n)| (c.to_string(), n.to_string()))
                    .collect()
            })
        }
        Kind::SubjectField => select(ed, place, label, required, move || ed.vocabulary("fields")),
        Kind::Network => select(ed, place, label, required, move || {
            ed.vocabulary("networks")
        }),
        Kind::Partner => partner_picker(ed, place, label, required),
        Kind::Location => location(ed, place, label),
        Kind::List { of, .. } => list(ed, of, place, label),
        Kind::Object(fields) => {
            let id = place.id();
            let controls = fields
                .iter()
                .map(|field| field_control(field, child(&place, field.name)))
                .collect_view();
            view! {
                <fieldset class="control-group" id=id tabindex="-1">
                    <legend>{label}</legend>
                    {controls}
                </fieldset>
            }
            .into_any()
        }
        Kind::Date | Kind::Plain | Kind::Url | Kind::Path | Kind::Tag | Kind::Id => {
            let input_type = match kind {
                Kind::Date => "date",
                _ => "text",
            };
            let input_mode = match kind {
                Kind::Url => "url",
                _ => "text",
            };
            let id = place.id();
            let value = place.clone();
            view! {
                <div class="control">
                    <label for=id.clone()>{label}</label>
                    <input type=input_type id=id class="input-box" inputmode=input_mode
                        prop:value=move || value.text()
                        on:input=move |ev| place.set_text(event_target_value(&ev), required)/>
                </div>
            }
            .into_any()
        }
    }
}

/// A field of an object inside an item: its path grows by the field's name.
fn child(place: &Place, name: &str) -> Place {
    let mut inner = place.child(PathStep::Field(name.into()));
    inner.own += 1;
    inner
}

/// A translated text: one input per language side by side, each labelled with its language,
/// the empty ones flagged. A text written once for every language becomes one per language when
/// one of them is changed, so no language loses it.
fn translated(ed: Editor, kind: Kind, required: bool, place: Place, label: String) -> AnyView {
    let group_id = place.id();
    let inputs = Lang::ALL
        .into_iter()
        .map(|lang| {
            let place = place.clone();
            let mut at = place.child(PathStep::Field(lang.code().into()));
            at.own += 1;
            let id = at.id();
            let shown = place.clone();
            let value = move || match shown.get() {
                Some(Json::String(same)) => same,
                Some(text) => text
                    .get(lang.code())
                    .and_then(Json::as_str)
                    .unwrap_or_default()
                    .to_string(),
                None => String::new(),
            };
            // An optional text left out is not asked for; one begun lacks what is empty.
            let missing = {
                let value = value.clone();
                let written = place.clone();
                move || value().trim().is_empty() && (required || written.get().is_some())
            };
            let set = move |typed: String| {
                let mut text = match place.get() {
                    Some(Json::String(same)) => Json::Object(
                        Lang::ALL
                            .iter()
                            .map(|l| (l.code().to_string(), Json::String(same.clone())))
                            .collect(),
                    ),
                    Some(text @ Json::Object(_)) => text,
                    _ => Json::Object(Vec::new()),
                };
                text.set(
                    lang.code(),
                    (!typed.is_empty()).then_some(Json::String(typed)),
                );
                let empty = matches!(&text, Json::Object(fields) if fields.is_empty());
                place.set(if empty && !required { None } else { Some(text) });
            };
            let input_label = (ed.words.in_language)(&label, lang);
            let missing_class = missing.clone();
            let control = if kind == Kind::RichText {
                let preview = value.clone();
                view! {
                    <textarea id=id.clone() class="input-box" rows="6" lang=lang.code()
                        prop:value=value.clone()
                        on:input=move |ev| set(event_target_value(&ev))></textarea>
                    <div class="markdown-preview" lang=lang.code()>
                        <span class="preview-label">{ed.words.markdown_preview}</span>
                        {move || view! { <Markdown markdown=preview()/> }}
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <input type="text" id=id.clone() class="input-box" lang=lang.code()
                        prop:value=value
                        on:input=move |ev| set(event_target_value(&ev))/>
                }
                .into_any()
            };
            view! {
                <div class="translation" class:missing=missing_class>
                    <label for=id>{input_label}</label>
                    {control}
                    <Show when=missing>
                        <span class="missing-mark">{ed.words.missing}</span>
                    </Show>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="control-group translated" id=group_id tabindex="-1">
            <legend>{label}</legend>
            <div class="translations">{inputs}</div>
        </fieldset>
    }
    .into_any()
}

/// A choice from a list, with the words in the interface's language; a value the list does not
/// have stays shown as written until it is changed.
fn select(
    ed: Editor,
    place: Place,
    label: String,
    required: bool,
    options: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
) -> AnyView {
    let id = place.id();
    let current = place.clone();
    let listed = place.clone();
    view! {
        <div class="control">
            <label for=id.clone()>{label}</label>
            <select id=id class="input-box"
                prop:value=move || current.text()
                on:change=move |ev| place.set_text(event_target_value(&ev), required)>
                <option value="">{ed.words.choose}</option>
                {move || {
                    let now = listed.text();
                    let options = options();
                    let unknown = (!now.is_empty() && !options.iter().any(|(v, _)| *v == now))
                        .then(|| view! { <option value=now.clone()>{now.clone()}</option> });
                    view! {
                        {unknown}
                        {options.into_iter().map(|(value, text)| view! { <option value=value>{text}</option> }).collect_view()}
                    }
                }}
            </select>
        </div>
    }
    .into_any()
}

/// A partner chosen by name, never by id: a text field that suggests the partners' names.
fn partner_picker(ed: Editor, place: Place, label: String, required: bool) -> AnyView {
    let id = place.id();
    let list_id = format!("{id}-partners");
    let shown = place.clone();
    let name_of = move |id: &str| {
        ed.partners.with(|partners| {
            partners
                .iter()
                .find(|(p, _)| p == id)
                .map(|(_, name)| name.clone())
        })
    };
    let value = move || {
        let id = shown.text();
        name_of(&id).unwrap_or(id)
    };
    let unknown = RwSignal::new(None::<String>);
    view! {
        <div class="control">
            <label for=id.clone()>{label}</label>
            <input type="text" id=id class="input-box" list=list_id.clone() autocomplete="off" placeholder=ed.words.search_partner
                prop:value=value
                on:change=move |ev| {
                    let typed = event_target_value(&ev).trim().to_string();
                    let found = ed.partners.with(|partners| {
                        partners.iter().find(|(id, name)| *name == typed || *id == typed).cloned()
                    });
                    unknown.set((found.is_none() && !typed.is_empty()).then(|| typed.clone()));
                    match found {
                        Some((id, _)) => place.set(Some(Json::String(id))),
                        None => place.set_text(typed, required),
                    }
                }/>
            <datalist id=list_id>
                {move || ed.partners.get().into_iter().map(|(_, name)| view! { <option value=name/> }).collect_view()}
            </datalist>
            {move || unknown.get().map(|typed| view! { <p class="field-note">{(ed.words.unknown_partner)(&typed)}</p> })}
        </div>
    }
    .into_any()
}

/// Latitude and longitude, with a marker on a small map around the place.
fn location(ed: Editor, place: Place, label: String) -> AnyView {
    let id = place.id();
    let coordinate = |name: &'static str| {
        let at = child(&place, name);
        let id = at.id();
        let value = at.clone();
        let label = ed.words.label(name);
        view! {
            <div class="control">
                <label for=id.clone()>{label}</label>
                <input type="number" step="any" id=id class="input-box" prop:value=move || value.text()
                    on:input=move |ev| {
                        let typed = event_target_value(&ev);
                        match typed.trim().parse::<f64>() {
                            Ok(_) => at.set(Some(Json::Number(typed.trim().to_string()))),
                            Err(_) => at.set_text(typed, true),
                        }
                    }/>
            </div>
        }
    };
    let (lat, lon) = (coordinate("lat"), coordinate("lon"));
    let shown = place.clone();
    let degrees = move |name: &str| -> Option<f64> {
        match shown.get()?.get(name)? {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    };
    let land = Address::of_page().asset("/images/land.svg#land");
    let marker = move || {
        let (lat, lon) = (degrees("lat")?, degrees("lon")?);
        let (x, y) = ((lon + 180.0) * 10.0, (90.0 - lat) * 10.0);
        // Forty degrees around the place, in the projection of the portal's map.
        let view_box = format!("{} {} 400 200", (x - 200.0) as i32, (y - 100.0) as i32);
        Some(view! {
            <svg class="location-map" viewBox=view_box role="img" aria-label=ed.words.on_map>
                <use class="land" href=land.clone()/>
                <circle cx=x cy=y r="6" class="location-marker"/>
            </svg>
        })
    };
    view! {
        <fieldset class="control-group location" id=id tabindex="-1">
            <legend>{label}</legend>
            <div class="coordinates">{lat}{lon}</div>
            {marker}
        </fieldset>
    }
    .into_any()
}

/// A list: each element a control with its place in the list, and buttons to move, remove and
/// add. The elements are drawn again only when their number changes, so typing keeps focus.
fn list(ed: Editor, of: &'static Kind, place: Place, label: String) -> AnyView {
    let id = place.id();
    let counted = place.clone();
    let count = Memo::new(move |_| counted.len());
    let drawn = place.clone();
    let element_label = label.clone();
    let elements = move || {
        let n = count.get();
        (0..n)
            .map(|i| {
                let mut at = drawn.child(PathStep::Index(i));
                at.own += 1;
                let whole = drawn.clone();
                let name = (ed.words.number)(&element_label, i + 1);
                let moved = move |to: usize| {
                    whole.open.change(|root| {
                        if let Some(Json::Array(items)) = root_at_mut(root, &whole.path) {
                            editing::move_item(items, i, to);
                        }
                    })
                };
                let moved_down = moved.clone();
                let removed = at.clone();
                view! {
                    <li class="list-element">
                        {control(ed, *of, true, at, name.clone())}
                        <div class="element-actions">
                            <button type="button" disabled=i == 0 aria-label=format!("{}: {name}", ed.words.move_up)
                                on:click=move |_| moved(i.saturating_sub(1))>"↑"</button>
                            <button type="button" disabled=i + 1 == n aria-label=format!("{}: {name}", ed.words.move_down)
                                on:click=move |_| moved_down(i + 1)>"↓"</button>
                            <button type="button" on:click=move |_| removed.set(None)>{format!("{} ({name})", ed.words.remove)}</button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        let value = match of {
            Kind::Object(fields) => editing::new_item(fields, ""),
            _ => Json::String(String::new()),
        };
        let n = place.len();
        let mut at = place.child(PathStep::Index(n));
        at.own += 1;
        if place.get().is_none() {
            place.set(Some(Json::Array(Vec::new())));
        }
        at.set(Some(value));
        let focus_id = at.id();
        request_animation_frame(move || super::problems::focus(&focus_id));
    };
    view! {
        <fieldset class="control-group list" id=id tabindex="-1">
            <legend>{label.clone()}</legend>
            <ol class="list-elements">{elements}</ol>
            <button type="button" class="add" on:click=add>{(ed.words.add_to)(&label)}</button>
        </fieldset>
    }
    .into_any()
}

fn root_at_mut<'j>(root: &'j mut Json, path: &[PathStep]) -> Option<&'j mut Json> {
    path.iter().try_fold(root, |here, step| match (step, here) {
        (PathStep::Field(name), Json::Object(fields)) => {
            fields.iter_mut().find(|(n, _)| n == name).map(|(_, v)| v)
        }
        (PathStep::Index(i), Json::Array(items)) => items.get_mut(*i),
        _ => None,
    })
}

/// The id: a suggestion from the title for a new item, a check that no other item has it, and
/// a warning when a published item's id changes.
fn id_control(ed: Editor, place: Place, label: String) -> AnyView {
    let id = place.id();
    let value = place.clone();
    let first = place.text();
    let published = place.open.published_ids();
    let was_published = published.contains(&first);
    let item_path = place.path[..place.path.len() - 1].to_vec();
    let others = place.clone();
    let taken = move || {
        let now = others.text();
        let index = match item_path.last() {
            Some(PathStep::Index(i)) => *i,
            _ => usize::MAX,
        };
        !now.is_empty()
            && others.open.doc.with(|doc| match doc {
                Document::Tree(root) => editing::items(root).iter().enumerate().any(|(i, item)| {
                    i != index && item.get("id").and_then(Json::as_str) == Some(now.as_str())
                }),
                Document::Broken { .. } => false,
            })
    };
    let changed = {
        let place = place.clone();
        move || was_published && place.text() != first
    };
    let suggest = {
        let place = place.clone();
        move |_| {
            let mut title_path = place.path.clone();
            title_path.pop();
            let items_of = place.open.doc.with(|doc| match doc {
                Document::Tree(root) => editing::items(root)
                    .iter()
                    .filter_map(|item| item.get("id").and_then(Json::as_str).map(str::to_string))
                    .collect::<Vec<_>>(),
                Document::Broken { .. } => Vec::new(),
            });
            let item = place.open.doc.with(|doc| match doc {
                Document::Tree(root) => root.at(&title_path).cloned(),
                Document::Broken { .. } => None,
            });
            let Some(item) = item else { return };
            let title = ["title", "name", "label"]
                .iter()
                .find_map(|n| item.get(n))
                .cloned()
                .unwrap_or(Json::Null);
            let own = place.text();
            let taken: Vec<&str> = items_of
                .iter()
                .map(String::as_str)
                .filter(|id| *id != own)
                .collect();
            place.set(Some(Json::String(editing::suggest_id(&title, &taken))));
        }
    };
    let help_id = format!("{id}-help");
    view! {
        <div class="control control-id">
            <label for=id.clone()>{label}</label>
            <div class="id-row">
                <input type="text" id=id class="input-box" aria-describedby=help_id.clone() autocomplete="off" spellcheck="false"
                    prop:value=move || value.text()
                    on:input=move |ev| place.set_text(event_target_value(&ev), true)/>
                <button type="button" on:click=suggest>{ed.words.suggest_id}</button>
            </div>
            <p class="field-note" id=help_id>{ed.words.id_help}</p>
            <Show when=taken><p class="field-note field-error" role="alert">{ed.words.id_taken}</p></Show>
            <Show when=changed><p class="field-note field-warning" role="alert">{ed.words.id_change_warning}</p></Show>
        </div>
    }
    .into_any()
}

/// A fixed word's label in the interface's language.
fn choice_label(lang: Lang, words: &'static [&'static str], word: &str) -> String {
    use crate::domain::internship::Mode;
    use crate::domain::keyword::Keyword;
    use crate::domain::partner::{AgreementKind, PartnerKind};
    use crate::domain::program::{Level, ProgramKind};
    let m = messages(lang);
    let label = if words == PartnerKind::WORDS {
        PartnerKind::parse(word).map(|k| m.labels.partner_kind(k))
    } else if words == AgreementKind::WORDS {
        AgreementKind::parse(word).map(|k| m.labels.agreement_kind(k))
    } else if words == Mode::WORDS {
        Mode::parse(word).map(|k| m.labels.mode(k))
    } else if words == ProgramKind::WORDS {
        ProgramKind::parse(word).map(|k| m.labels.program_kind(k))
    } else if words == Level::WORDS {
        Level::parse(word).map(|k| m.labels.level(k))
    } else {
        None
    };
    label.unwrap_or(word).to_string()
}
