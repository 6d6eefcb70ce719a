//! A folder on the computer, where the browser can open one (`showDirectoryPicker`): the files
//! are read from it, and saving writes the changed ones back, never over a file that changed on
//! disk since it was read.

use js_sys::{Function, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::files::fingerprint;
use super::state::{Editor, OpenFile};
use crate::browser::{store, stored};
use crate::domain::content::ContentFile;
use crate::domain::editing::Document;

/// Whether this browser can open a folder (Chrome and Edge can; Firefox and Safari cannot).
pub fn supported() -> bool {
    Reflect::has(&window(), &"showDirectoryPicker".into()).unwrap_or(false)
}

/// Calls `method` of `target`.
fn invoke(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = Reflect::get(target, &method.into())?.dyn_into()?;
    function.apply(target, &args.iter().collect::<js_sys::Array>())
}

/// Calls `method` of `target` and waits for the promise it returns.
async fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let result = invoke(target, method, args)?;
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
    /// The folder opened last time in this browser, and its name: reopened with one click.
    last: StoredValue<Option<JsValue>, LocalStorage>,
    pub last_name: RwSignal<Option<String>>,
}

impl Folder {
    pub fn new() -> Folder {
        let folder = Folder {
            handle: StoredValue::new_local(None),
            open: RwSignal::new(false),
            last: StoredValue::new_local(None),
            last_name: RwSignal::new(None),
        };
        leptos::task::spawn_local(async move {
            if let Some(last) = remembered::get().await {
                folder.last_name.set(Some(name_of(&last)));
                folder.last.set_value(Some(last));
            }
        });
        folder
    }

    pub fn is_open(self) -> bool {
        self.open.get()
    }

    /// Asks for a folder and opens the content files in it.
    pub fn open(self, ed: Editor) {
        leptos::task::spawn_local(async move {
            let Ok(folder) = call(&window(), "showDirectoryPicker", &[read_write()]).await else {
                return; // The reader closed the picker.
            };
            remembered::put(&folder).await;
            self.take(ed, folder).await;
        });
    }

    /// Opens the folder opened last time, once the browser lets the page write to it again
    /// (it asks the reader the first time after a reload).
    pub fn reopen(self, ed: Editor) {
        let Some(folder) = self.last.get_value() else {
            return;
        };
        leptos::task::spawn_local(async move {
            // Where the browser has no permissions to ask for, reading the files tells.
            let granted = call(&folder, "requestPermission", &[read_write()])
                .await
                .map_or(true, |answer| {
                    answer.as_string().as_deref() == Some("granted")
                });
            if granted {
                self.take(ed, folder).await;
            } else {
                ed.say((ed.words.folder_not_allowed)(&name_of(&folder)));
            }
        });
    }

    /// Opens the content files in `folder`, keeping unsaved work.
    async fn take(self, ed: Editor, folder: JsValue) {
        for open in ed.files {
            if let Some(text) = read(&folder, open.file.name()).await {
                take_or_keep(ed, open, text);
            }
        }
        self.last_name.set(None);
        ed.say((ed.words.folder_opened)(&name_of(&folder)));
        self.handle.set_value(Some(folder));
        self.open.set(true);
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

fn name_of(folder: &JsValue) -> String {
    let name = Reflect::get(folder, &"name".into()).ok();
    name.and_then(|n| n.as_string()).unwrap_or_default()
}

/// `{mode: "readwrite"}`, as the picker and the permission request take it.
fn read_write() -> JsValue {
    let options = Object::new();
    let _ = Reflect::set(&options, &"mode".into(), &"readwrite".into());
    options.into()
}

/// The last folder opened, kept in this browser's IndexedDB, the one store that can keep a
/// folder: after a reload she reopens it with one click instead of finding it again.
mod remembered {
    use js_sys::{Function, Promise, Reflect};

    use super::invoke;
    use leptos::prelude::window;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    use wasm_bindgen_futures::JsFuture;

    const DATABASE: &str = "portal-editor";
    const STORE: &str = "folders";
    const KEY: &str = "data";

    /// What an IndexedDB request gives when it succeeds.
    async fn result(request: JsValue) -> Result<JsValue, JsValue> {
        let done = Promise::new(&mut |resolve: Function, reject: Function| {
            let answered = request.clone();
            let succeeded = Closure::once_into_js(move || {
                let result = Reflect::get(&answered, &"result".into()).unwrap_or_default();
                let _ = resolve.call1(&JsValue::NULL, &result);
            });
            let failed = Closure::once_into_js(move || {
                let _ = reject.call0(&JsValue::NULL);
            });
            let _ = Reflect::set(&request, &"onsuccess".into(), &succeeded);
            let _ = Reflect::set(&request, &"onerror".into(), &failed);
        });
        JsFuture::from(done).await
    }

    /// The store of folders, made on first use.
    async fn store(mode: &str) -> Result<JsValue, JsValue> {
        let databases = Reflect::get(&window(), &"indexedDB".into())?;
        let request = invoke(&databases, "open", &[DATABASE.into(), 1.into()])?;
        let upgrade = Closure::once_into_js({
            let request = request.clone();
            move || {
                if let Ok(database) = Reflect::get(&request, &"result".into()) {
                    let _ = invoke(&database, "createObjectStore", &[STORE.into()]);
                }
            }
        });
        Reflect::set(&request, &"onupgradeneeded".into(), &upgrade)?;
        let database = result(request).await?;
        let transaction = invoke(&database, "transaction", &[STORE.into(), mode.into()])?;
        invoke(&transaction, "objectStore", &[STORE.into()])
    }

    /// Keeps `folder`; a browser that refuses only loses the shortcut.
    pub async fn put(folder: &JsValue) {
        if let Ok(store) = store("readwrite").await {
            if let Ok(request) = invoke(&store, "put", &[folder.clone(), KEY.into()]) {
                let _ = result(request).await;
            }
        }
    }

    pub async fn get() -> Option<JsValue> {
        let store = store("readonly").await.ok()?;
        let folder = result(invoke(&store, "get", &[KEY.into()]).ok()?)
            .await
            .ok()?;
        (!folder.is_undefined()).then_some(folder)
    }
}

/// Writes the file's text and makes it the one on disk.
async fn put(ed: Editor, folder: &JsValue, open: OpenFile) -> bool {
    let text = open.text.get_untracked();
    match write(folder, open.file.name(), &text).await {
        Ok(()) => {
            store(&written_key(open.file), &fingerprint(&text));
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

/// Where this browser notes what it last wrote to a file in the folder.
fn written_key(file: ContentFile) -> String {
    format!("portal.written-to-folder.{}", file.name())
}

/// The folder's `text` of a file becomes the file's, unless she has unsaved work in it: that is
/// kept when it began from this very text (the file she opened, or what she saved into the
/// folder), and she chooses when it began from another.
fn take_or_keep(ed: Editor, open: OpenFile, text: String) {
    open.on_disk.set(Some(text.clone()));
    let began_here = open.base.get_untracked() == text
        || stored(&written_key(open.file)) == Some(fingerprint(&text));
    if !open.unsaved() {
        take(open, &text);
    } else if began_here {
        // Her work goes on from the folder's text: what differs from it is what is unsaved.
        open.base.set(text);
    } else {
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
