//! A folder on the computer, where the browser can open one (`showDirectoryPicker`): the files
//! are read from it, and saving writes the changed ones back, never over a file that changed on
//! disk since it was read.

use js_sys::{Function, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::state::{Editor, OpenFile};
use crate::domain::content::ContentFile;
use crate::domain::editing::Document;

/// Whether this browser can open a folder (Chrome and Edge can; Firefox and Safari cannot).
pub fn supported() -> bool {
    Reflect::has(&window(), &"showDirectoryPicker".into()).unwrap_or(false)
}

/// Calls `method` of `target` and waits for the promise it returns.
async fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = Reflect::get(target, &method.into())?.dyn_into()?;
    let result = function.apply(target, &args.iter().collect::<js_sys::Array>())?;
    JsFuture::from(js_sys::Promise::resolve(&result)).await
}

async fn read(folder: &JsValue, name: &str) -> Option<String> {
    let handle = call(folder, "getFileHandle", &[name.into()]).await.ok()?;
    let file = call(&handle, "getFile", &[]).await.ok()?;
    call(&file, "text", &[]).await.ok()?.as_string()
}

async fn write(folder: &JsValue, name: &str, text: &str) -> Result<(), JsValue> {
    let options = Object::new();
    Reflect::set(&options, &"create".into(), &true.into())?;
    let handle = call(folder, "getFileHandle", &[name.into(), options.into()]).await?;
    let writable = call(&handle, "createWritable", &[]).await?;
    call(&writable, "write", &[text.into()]).await?;
    call(&writable, "close", &[]).await?;
    Ok(())
}

/// The folder opened in this tab: a browser object, so it stays on this thread; whether there
/// is one is a signal, as the save button's words follow it.
#[derive(Clone, Copy)]
pub struct Folder {
    handle: StoredValue<Option<JsValue>, LocalStorage>,
    open: RwSignal<bool>,
}

impl Folder {
    pub fn new() -> Folder {
        Folder {
            handle: StoredValue::new_local(None),
            open: RwSignal::new(false),
        }
    }

    pub fn is_open(self) -> bool {
        self.open.get()
    }

    /// Asks for a folder and opens the content files in it.
    pub fn open(self, ed: Editor) {
        leptos::task::spawn_local(async move {
            let options = Object::new();
            let _ = Reflect::set(&options, &"mode".into(), &"readwrite".into());
            let Ok(folder) = call(&window(), "showDirectoryPicker", &[options.into()]).await else {
                return; // The reader closed the picker.
            };
            for open in ed.files {
                if let Some(text) = read(&folder, open.file.name()).await {
                    take_or_keep(ed, open, text);
                }
            }
            let name = Reflect::get(&folder, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            self.handle.set_value(Some(folder));
            self.open.set(true);
            ed.say((ed.words.folder_opened)(&name));
        });
    }

    /// Writes each file with unsaved work into the folder, unless it changed on disk since it
    /// was read: then it says so and lets the editor choose.
    pub fn save(self, ed: Editor) {
        let Some(folder) = self.handle.get_value() else {
            return;
        };
        let changed: Vec<OpenFile> = ed.files.into_iter().filter(|f| f.unsaved()).collect();
        if changed.is_empty() {
            ed.say(ed.words.nothing_to_save.to_string());
            return;
        }
        leptos::task::spawn_local(async move {
            let mut saved = Vec::new();
            for open in changed {
                let name = open.file.name();
                let now = read(&folder, name).await;
                if now != open.on_disk.get_untracked() {
                    conflict(ed, self, open, now.unwrap_or_default());
                    continue;
                }
                if put(ed, &folder, open).await {
                    saved.push(name);
                }
            }
            if !saved.is_empty() {
                ed.say((ed.words.saved)(&saved.join(", ")));
            }
        });
    }
}

/// Writes the file's text and makes it the one on disk.
async fn put(ed: Editor, folder: &JsValue, open: OpenFile) -> bool {
    let text = open.text.get_untracked();
    match write(folder, open.file.name(), &text).await {
        Ok(()) => {
            open.base.set(text.clone());
            open.on_disk.set(Some(text));
            true
        }
        Err(error) => {
            ed.say(format!(
                "{}: {}",
                open.file.name(),
                error.as_string().unwrap_or_else(|| format!("{error:?}"))
            ));
            false
        }
    }
}

/// The folder's `text` of a file becomes the file's, unless she has unsaved work in it: that is
/// kept when it began from this very text, and she chooses when it began from another.
fn take_or_keep(ed: Editor, open: OpenFile, text: String) {
    open.on_disk.set(Some(text.clone()));
    if !open.unsaved() {
        take(open, &text);
    } else if open.base.get_untracked() != text {
        let keep = || {}; // Her work stays; saving writes it over the text just read.
        let take = move || take(open, &text);
        ed.ask(
            (ed.words.folder_differs)(open.file.name()),
            vec![
                (ed.words.keep_draft, std::sync::Arc::new(keep)),
                (ed.words.take_from_disk, std::sync::Arc::new(take)),
            ],
        );
    }
}

/// The file as `text` has it, with nothing unsaved.
fn take(open: OpenFile, text: &str) {
    open.doc.set(Document::open(open.file, text));
    open.base.set(text.to_string());
    open.on_disk.set(Some(text.to_string()));
}

fn conflict(ed: Editor, folder: Folder, open: OpenFile, on_disk: String) {
    let file: ContentFile = open.file;
    let overwrite = move || {
        let Some(handle) = folder.handle.get_value() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if put(ed, &handle, open).await {
                ed.say((ed.words.saved)(file.name()));
            }
        });
    };
    let take = move || take(open, &on_disk);
    ed.ask(
        (ed.words.conflict)(file.name()),
        vec![
            (ed.words.overwrite, std::sync::Arc::new(overwrite)),
            (ed.words.take_from_disk, std::sync::Arc::new(take)),
        ],
    );
}
