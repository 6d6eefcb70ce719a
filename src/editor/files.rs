//! Where the editor's files come from and go: the published files, the drafts kept in this
//! browser as one types, files chosen or dropped, and downloads.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::state::{Editor, OpenFile};
use crate::browser::{download, forget, store, stored};
use crate::domain::content::{utf8_text, ContentFile};
use crate::domain::editing::{self, Document};
use crate::drafts;
use crate::site::loading::file_text;
use crate::site::Address;

/// What is kept beside a draft: when it was last written and which published text it began
/// from, so that a publication since is noticed.
fn meta_key(file: ContentFile) -> String {
    format!("portal.draft-meta.{}", file.name())
}

/// A short fingerprint of a text (FNV-1a): enough to notice that a published file changed.
pub(super) fn fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{}-{hash:016x}", text.len())
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A moment in the interface's language, as the browser writes it.
fn when(ed: Editor, ms: f64) -> String {
    let locale = match ed.lang {
        crate::domain::Lang::Kk => "kk-KZ",
        crate::domain::Lang::Ru => "ru-RU",
        crate::domain::Lang::En => "en-GB",
    };
    js_sys::Date::new(&ms.into())
        .to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// Opens every file: the draft where there is one (saying from when, and whether the published
/// file changed since it began), else the published file.
pub fn open_all(ed: Editor) {
    let address = Address::of_page();
    for open in ed.files {
        leptos::task::spawn_local(async move {
            let published = file_text(address, open.file, false).await.ok();
            open.published.set(published.clone());
            let published = published.unwrap_or_default();
            open.base.set(published.clone());
            match drafts::get(open.file) {
                Some(draft) => {
                    open.doc.set(Document::open(open.file, &draft));
                    let meta = stored(&meta_key(open.file)).unwrap_or_default();
                    let (saved_at, began_from) = meta.split_once(' ').unwrap_or(("0", ""));
                    let saved_at = saved_at.parse().unwrap_or(0.0);
                    ed.say(format!(
                        "{}: {}",
                        open.file.name(),
                        (ed.words.draft_back)(&when(ed, saved_at))
                    ));
                    if !began_from.is_empty() && began_from != fingerprint(&published) {
                        published_changed(ed, open, published);
                    }
                }
                None => open.doc.set(Document::open(open.file, &published)),
            }
            keep_drafts(ed, open);
        });
    }
}

fn published_changed(ed: Editor, open: OpenFile, published: String) {
    let start_over = move || {
        open.doc.set(Document::open(open.file, &published));
    };
    let keep = move || {
        // The draft now begins from this publication: it is not asked about again.
        let text = open.text.get_untracked();
        write_draft(ed, open, &text, true);
    };
    ed.ask(
        (ed.words.published_changed)(open.file.name()),
        vec![
            (ed.words.keep_draft, std::sync::Arc::new(keep)),
            (ed.words.start_over, std::sync::Arc::new(start_over)),
        ],
    );
}

/// Keeps the file's work in this browser as it changes: a draft while it differs from the
/// published file. The portal's preview reads the same drafts.
fn keep_drafts(ed: Editor, open: OpenFile) {
    Effect::watch(
        move || open.text.get(),
        move |text, _, _| write_draft(ed, open, text, false),
        false,
    );
}

fn write_draft(ed: Editor, open: OpenFile, text: &str, restart: bool) {
    let published = open.published.get_untracked().unwrap_or_default();
    if text == published {
        drafts::discard(open.file);
        forget(&meta_key(open.file));
        return;
    }
    let began_from = match stored(&meta_key(open.file)) {
        Some(meta) if !restart => meta
            .split_once(' ')
            .map(|(_, f)| f.to_string())
            .unwrap_or_default(),
        _ => fingerprint(&published),
    };
    let kept = drafts::put(open.file, text)
        && store(&meta_key(open.file), &format!("{} {began_from}", now_ms()));
    if !kept {
        ed.say(ed.words.storage_refused.to_string());
    }
}

/// Throws the work on a file away, back to the published file, after asking.
pub fn discard(ed: Editor, open: OpenFile) {
    let question = (ed.words.discard_confirm)(open.file.name());
    if window().confirm_with_message(&question).unwrap_or(false) {
        let published = open.published.get_untracked().unwrap_or_default();
        open.doc.set(Document::open(open.file, &published));
        open.base.set(published);
        open.on_disk.set(None);
    }
}

/// Opens files chosen or dropped: each becomes the file it is named after, as written (the
/// editor then shows what is wrong in it).
pub fn take_files(ed: Editor, files: Option<web_sys::FileList>) {
    let Some(files) = files else { return };
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    leptos::task::spawn_local(async move {
        for chosen in files {
            let name = chosen.name();
            let Some(file) = editing::content_file(&name) else {
                ed.say((ed.words.not_a_content_file)(&name));
                continue;
            };
            let Ok(buffer) = JsFuture::from(chosen.array_buffer()).await else {
                continue;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            let open = ed.file(file);
            match utf8_text(file, bytes) {
                Ok(text) => {
                    open.doc.set(Document::open(file, &text));
                    open.base.set(text);
                }
                Err(error) => {
                    // Not UTF-8: said where, in the interface's language; the work stays.
                    if let crate::domain::SectionError::Unreadable(problem) = error {
                        ed.say(super::problems::in_words(ed, &problem));
                    }
                }
            }
            open.on_disk.set(None);
            ed.shown.set(file);
            ed.item.set(None);
        }
    });
}

/// Downloads every file with unsaved work, under its own name.
pub fn download_changed(ed: Editor) {
    let changed: Vec<OpenFile> = ed.files.into_iter().filter(|f| f.unsaved()).collect();
    if changed.is_empty() {
        ed.say(ed.words.nothing_to_save.to_string());
        return;
    }
    for open in &changed {
        let text = open.text.get_untracked();
        download(open.file.name(), "application/json;charset=utf-8", &text);
        open.base.set(text);
    }
    let names: Vec<&str> = changed.iter().map(|f| f.file.name()).collect();
    ed.say((ed.words.saved)(&names.join(", ")));
}
