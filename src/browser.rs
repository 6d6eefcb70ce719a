//! Thin wrappers over browser APIs the app uses in several places: storage, file downloads and
//! tasks.
//! The views also render at build time, where there is no device: nothing is stored there.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// False while the views render at build time.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// A value kept in the browser; none when storage is unavailable (private mode, disabled).
pub fn stored(key: &str) -> Option<String> {
    if !IN_BROWSER {
        return None;
    }
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

/// Keeps a value; false when the browser refuses (storage full or disabled).
pub fn store(key: &str, value: &str) -> bool {
    window()
        .local_storage()
        .ok()
        .flatten()
        .is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Sets a cookie, `cookie` as `document.cookie` takes it; a browser that refuses is no error.
pub fn set_cookie(cookie: &str) {
    if let Ok(document) = document().dyn_into::<web_sys::HtmlDocument>() {
        let _ = document.set_cookie(cookie);
    }
}

pub fn forget(key: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.remove_item(key);
    }
}

/// Saves `text` as a file through a temporary link: nothing leaves the browser.
pub fn download(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document()
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Waits for a task of its own: the browser handles input and paints before it goes on.
pub async fn next_task() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}

/// Waits until the browser has painted the next frame: a task queued from the frame's animation
/// callbacks runs after its paint.
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    next_task().await;
}

/// Starts `work` now rather than when it is first awaited, so that several can run at once and
/// be awaited one after another.
pub fn started<T: 'static>(
    work: impl std::future::Future<Output = T> + 'static,
) -> impl std::future::Future<Output = T> {
    let (done, result) = futures::channel::oneshot::channel();
    wasm_bindgen_futures::spawn_local(async move {
        let _ = done.send(work.await);
    });
    async move { result.await.expect("a started task runs to its end") }
}
