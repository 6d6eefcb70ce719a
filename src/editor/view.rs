//! The editor's page: the files, the chosen file's items and the open item's form, the
//! problems and missing translations, and where the work goes (folder, downloads, preview).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::files::{discard, download_changed, open_all, take_files};
use super::folder::{self, Folder};
use super::form::ItemForm;
use super::item_list::ItemList;
use super::paste::Paste;
use super::problems::{control_id, in_words, FileProblems};
use super::state::{use_editor, Editor, OpenFile};
use crate::domain::content::ContentFile;
use crate::domain::editing::{self, Document};
use crate::domain::lang::split_lang;
use crate::domain::Lang;
use crate::i18n::{endonym, messages};
use crate::site::{start_previewing, Address};

#[component]
pub fn EditorPage() -> impl IntoView {
    let address = Address::of_page();
    let pathname = window().location().pathname().unwrap_or_default();
    let lang = split_lang(address.without_base(&pathname))
        .0
        .unwrap_or(Lang::En);
    let ed = Editor::new(lang);
    provide_context(ed);
    read_address(ed);
    keep_in_address(ed);
    open_all(ed);
    ask_before_leaving(ed);
    let w = ed.words;
    document().set_title(w.title);
    let _ = document()
        .document_element()
        .map(|html| html.set_attribute("lang", lang.code()));
    let folder = Folder::new();
    let save = move |_| {
        if folder.is_open() {
            folder.save(ed);
        } else {
            download_changed(ed);
        }
    };
    let show_portal = move |_| {
        start_previewing();
        let _ = window()
            .location()
            .set_href(&format!("{}/", address.pages_base(lang)));
    };
    let languages = Lang::ALL
        .into_iter()
        .map(|other| {
            let href = move || {
                format!(
                    "{}/edit{}",
                    address.pages_base(other),
                    window().location().search().unwrap_or_default()
                )
            };
            view! {
                <a href=href hreflang=other.code() lang=other.code()
                    aria-current=(other == lang).then_some("page")>{endonym(other)}</a>
            }
        })
        .collect_view();
    view! {
        <header class="editor-header">
            <a class="editor-back" href=format!("{}/", address.pages_base(lang))>{w.back_to_portal}</a>
            <nav class="editor-languages" aria-label=messages(lang).language>{languages}</nav>
        </header>
        <main id="main" class="editor">
            <h1>{w.title}</h1>
            <p class="lede">{w.lede}</p>
            <div class="editor-toolbar"
                on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    take_files(ed, ev.data_transfer().and_then(|d| d.files()));
                }>
                {folder::supported().then(|| view! {
                    {move || folder.last_name.get().map(|name| view! {
                        <button type="button" on:click=move |_| folder.reopen(ed)>{(w.reopen_folder)(&name)}</button>
                    })}
                    <button type="button" on:click=move |_| folder.open(ed)>{w.open_folder}</button>
                })}
                <label class="button file-button">
                    {w.choose_files}
                    <input type="file" multiple accept=".json,application/json" class="visually-hidden"
                        on:change=move |ev| take_files(ed, event_target::<web_sys::HtmlInputElement>(&ev).files())/>
                </label>
                <span class="drop-hint">{w.drop_here}</span>
                <button type="button" class="primary" on:click=save>
                    {move || if folder.is_open() { w.save_to_folder } else { w.download_changed }}
                </button>
                <button type="button" on:click=show_portal>{w.show_portal}</button>
            </div>
            <Notices/>
            <FileTabs/>
            {move || {
                let open = ed.shown_file();
                view! { <FileView open=open/> }
            }}
        </main>
    }
}

/// What the editor said, with the actions it offers, and undo after a deletion.
#[component]
fn Notices() -> impl IntoView {
    let ed = use_editor();
    let w = ed.words;
    let undo = move |_| {
        if let Some((file, index, item)) = ed.deleted.get_untracked() {
            ed.file(file).change(move |root| {
                let items = editing::items_mut(root);
                items.insert(index.min(items.len()), item);
            });
            ed.deleted.set(None);
            ed.item.set(Some(index));
        }
    };
    view! {
        <div class="editor-notices" role="status">
            <ul>
                {move || ed.notices.get().into_iter().enumerate().map(|(i, notice)| {
                    let actions = notice.actions.into_iter().map(|(label, action)| view! {
                        <button type="button" on:click=move |_| {
                            action();
                            ed.notices.update(|n| { if i < n.len() { n.remove(i); } });
                        }>{label}</button>
                    }).collect_view();
                    view! {
                        <li>
                            {notice.text}" "{actions}
                            <button type="button" class="dismiss" aria-label=messages(ed.lang).phone.close
                                on:click=move |_| ed.notices.update(|n| { if i < n.len() { n.remove(i); } })>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || ed.deleted.get().is_some()>
                <button type="button" id="undo-delete" on:click=undo>{w.undo}</button>
            </Show>
        </div>
    }
}

/// The five files, each with its marks: unsaved work, errors.
#[component]
fn FileTabs() -> impl IntoView {
    let ed = use_editor();
    let w = ed.words;
    let m = messages(ed.lang);
    let tabs = ed
        .files
        .into_iter()
        .map(|open| {
            let file = open.file;
            let name = match file {
                ContentFile::Site => w.site_file,
                ContentFile::Partners => m.nav_partners,
                ContentFile::Internships => m.nav_internships,
                ContentFile::Programs => m.nav_programs,
                ContentFile::News => m.nav_news,
            };
            let errors = Memo::new(move |_| open.problems.with(|found| found.iter().filter(|(_, p)| p.is_error()).count()));
            view! {
                <li>
                    <button type="button" aria-current=move || (ed.shown.get() == file).then_some("page")
                        on:click=move |_| { ed.shown.set(file); ed.item.set(None); }>
                        {name}" "<code>{file.name()}</code>
                        <Show when=move || open.unsaved()>
                            <span class="mark mark-unsaved">{w.unsaved}</span>
                        </Show>
                        {move || (errors.get() > 0).then(|| view! { <span class="mark mark-error">{(w.errors_mark)(errors.get())}</span> })}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="file-tabs" aria-label=w.files>
            <ul>{tabs}</ul>
        </nav>
    }
}

/// One file: as text at its error when it is not valid JSON, else its items and the open
/// item's form (the site file is one form).
#[component]
fn FileView(open: OpenFile) -> impl IntoView {
    let ed = use_editor();
    let w = ed.words;
    let broken = Memo::new(move |_| open.doc.with(|d| matches!(d, Document::Broken { .. })));
    let body = move || {
        if broken.get() {
            return view! { <BrokenFile open=open/> }.into_any();
        }
        if !open.file.has_items() {
            return view! {
                <section class="item-editor" aria-labelledby="item-heading">
                    <h2 id="item-heading">{w.site_file}</h2>
                    <ItemForm open=open index=None/>
                </section>
            }
            .into_any();
        }
        view! {
            <div class="editor-columns">
                <ItemList open=open/>
                {move || ed.item.get().map(|index| view! { <ItemEditor open=open index=index/> })}
            </div>
            <Translations open=open/>
            <Paste open=open/>
        }
        .into_any()
    };
    view! {
        <div class="file-view">
            {body}
            <FileProblems file=open.file/>
            <button type="button" class="danger" on:click=move |_| discard(ed, open)>{w.discard}</button>
        </div>
    }
}

/// The open item: its problems, linked to their fields, and its form.
#[component]
fn ItemEditor(open: OpenFile, index: usize) -> impl IntoView {
    let ed = use_editor();
    let w = ed.words;
    let exists = Memo::new(move |_| {
        open.doc.with(|d| match d {
            Document::Tree(root) => index < editing::items(root).len(),
            Document::Broken { .. } => false,
        })
    });
    let title = move || {
        open.doc
            .with(|d| match d {
                Document::Tree(root) => editing::items(root)
                    .get(index)
                    .and_then(|item| editing::item_title(item, ed.lang)),
                Document::Broken { .. } => None,
            })
            .unwrap_or_else(|| w.untitled.to_string())
    };
    let problems = move || {
        open.problems
            .get()
            .into_iter()
            .filter(|(item, _)| *item == Some(index))
            .map(|(_, p)| {
                let class = if p.is_error() {
                    "problem problem-error"
                } else {
                    "problem problem-warning"
                };
                let target = control_id(p.field.as_deref().unwrap_or("id"));
                let href = format!("#{target}");
                // A link to a field moves focus to it (the browser only scrolls to it).
                let open = move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    super::problems::focus(&target);
                };
                view! { <li class=class><a href=href on:click=open>{in_words(ed, &p)}</a></li> }
            })
            .collect_view()
    };
    view! {
        <Show when=move || exists.get()>
            <section class="item-editor" aria-labelledby="item-heading">
                <h2 id="item-heading">{move || (w.edit_item)(&title())}</h2>
                <ul class="problems item-problems" aria-live="polite">{problems}</ul>
                <ItemForm open=open index=Some(index)/>
            </section>
        </Show>
    }
}

/// Which texts lack a language, file-wide: the item list filters by it.
#[component]
fn Translations(open: OpenFile) -> impl IntoView {
    let ed = use_editor();
    let w = ed.words;
    let counts = Memo::new(move |_| {
        open.doc.with(|d| {
            let mut counts = [0usize; 3];
            if let Document::Tree(root) = d {
                for item in editing::items(root) {
                    for (_, langs) in editing::missing_translations(item, open.file.fields()) {
                        for lang in langs {
                            counts[Lang::ALL
                                .iter()
                                .position(|l| *l == lang)
                                .unwrap_or_default()] += 1;
                        }
                    }
                }
            }
            counts
        })
    });
    view! {
        <section class="translations-summary" aria-labelledby="translations-heading">
            <h2 id="translations-heading">{w.translations}</h2>
            {move || {
                let counts = counts.get();
                if counts.iter().all(|n| *n == 0) {
                    return view! { <p>{w.translations_done}</p> }.into_any();
                }
                view! {
                    <ul>
                        {Lang::ALL.into_iter().zip(counts).filter(|(_, n)| *n > 0)
                            .map(|(lang, n)| view! { <li>{(w.texts_missing)(n, lang)}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// A file that is not valid JSON, as text, with the mistake said in the interface's language
/// and the caret at it. As soon as the text reads, the form opens.
#[component]
fn BrokenFile(open: OpenFile) -> impl IntoView {
    let ed = use_editor();
    let w = ed.words;
    let Document::Broken { text, problem } = open.doc.get_untracked() else {
        return ().into_any();
    };
    let offset = offset_of(&text, problem.line, problem.column);
    let area = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(area) = area.get() {
            // After the text is in the area: setting it puts the caret at its end.
            request_animation_frame(move || {
                let at = offset as u32;
                let _ = area.focus();
                let _ = area.set_selection_range(at, at);
            });
        }
    });
    view! {
        <section class="broken-file" aria-labelledby="broken-heading">
            <h2 id="broken-heading">{(w.broken)(open.file.name())}</h2>
            <p class="problem problem-error" id="broken-reason">
                <strong>{(w.at_line)(problem.line, problem.column)}</strong>": "{in_words(ed, &problem)}
            </p>
            <p>{w.broken_help}</p>
            <label for="broken-text" class="visually-hidden">{open.file.name()}</label>
            <textarea id="broken-text" class="input-box" node_ref=area rows="24" spellcheck="false" aria-describedby="broken-reason"
                prop:value=text
                on:input=move |ev| open.doc.set(Document::open(open.file, &event_target_value(&ev)))></textarea>
        </section>
    }
    .into_any()
}

/// The offset in UTF-16 units (what a text area counts) of a line and column (from 1).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.chars()
                    .take(column.saturating_sub(1))
                    .map(char::len_utf16)
                    .sum::<usize>();
        }
        offset += l.encode_utf16().count() + 1;
    }
    offset
}

/// `?file=internships&item=3`: the file and item open are in the address, so a reload or a
/// shared link opens them again.
fn read_address(ed: Editor) {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    if let Some(file) = params
        .get("file")
        .and_then(|f| ContentFile::from_name(&format!("{f}.json")))
    {
        ed.shown.set(file);
    }
    ed.item.set(
        params
            .get("item")
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| i.checked_sub(1)),
    );
}

fn keep_in_address(ed: Editor) {
    Effect::new(move |_| {
        let file = ed.shown.get();
        let item = ed.item.get();
        // The whole path: a relative address would resolve against the page's <base>.
        let pathname = window().location().pathname().unwrap_or_default();
        let mut search = format!("{pathname}?file={}", file.name().trim_end_matches(".json"));
        if let Some(item) = item {
            search.push_str(&format!("&item={}", item + 1));
        }
        let _ = window()
            .history()
            .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&search)));
    });
}

/// Leaving with unsaved work asks first (the drafts keep it, but a folder's files would not
/// have it).
fn ask_before_leaving(ed: Editor) {
    let ask = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if ed.files.iter().any(|f| f.unsaved()) {
            ev.prevent_default();
            let _ =
                js_sys::Reflect::set(&ev, &"returnValue".into(), &ed.words.leave_confirm.into());
        }
    });
    let _ = window().add_event_listener_with_callback("beforeunload", ask.as_ref().unchecked_ref());
    ask.forget();
}
