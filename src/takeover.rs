//! Starting the app in the browser. A page the build prerendered stays on screen, readable and
//! with working links, while the content files load; then the app replaces it in one go with
//! the same markup drawn from the fresh content, so nothing flashes or moves. Pages served by the
//! history fallback (new content, filtered lists) start the app at once, with placeholders.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::site::{load_content, previewing};
use crate::App;

/// Marks a prerendered `<body>`, and the `<head>` elements the build wrote for that page alone.
const PRERENDERED: &str = "data-prerendered";

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    let body = document().body().expect("a page has a body");
    if !body.has_attribute(PRERENDERED) {
        leptos::mount::mount_to_body(|| view! { <App content=None/> });
        return;
    }
    leptos::task::spawn_local(async move {
        let content = load_content(previewing()).await;
        let typing = TypedSearch::take();
        remove_prerendered(&body);
        leptos::mount::mount_to_body(move || view! { <App content=Some(content)/> });
        if let Some(typing) = typing {
            typing.restore();
        }
    });
}

fn remove_prerendered(body: &web_sys::HtmlElement) {
    let _ = body.remove_attribute(PRERENDERED);
    body.set_inner_html("");
    if let Ok(tags) = document().query_selector_all(&format!("head [{PRERENDERED}]")) {
        for i in 0..tags.length() {
            if let Some(tag) = tags.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                tag.remove();
            }
        }
    }
}

/// What a reader typed into a field of the prerendered page before the app arrived, so that it
/// is not lost: the field's id and text.
struct TypedSearch {
    id: String,
    value: String,
}

impl TypedSearch {
    fn take() -> Option<Self> {
        let field = document().active_element()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
        let value = field.value();
        (!field.id().is_empty() && !value.is_empty()).then(|| TypedSearch { id: field.id(), value })
    }

    /// Puts the text into the app's field of that id and tells the app, as typing would.
    fn restore(self) {
        let Some(field) = document().get_element_by_id(&self.id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        field.set_value(&self.value);
        let _ = field.focus();
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = field.dispatch_event(&event);
        }
    }
}
