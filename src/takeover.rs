//! Starting the app in the browser. A page the build prerendered stays on screen, readable and
//! with working links, while the content files load; then the app replaces it in one go with
//! the same markup drawn from the fresh content, so nothing flashes or moves. A page that was not
//! prerendered (`trunk serve` in development) starts the app at once, with placeholders.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::next_task;
use crate::domain::list_query::{PAGE_KEY, SEARCH_KEY};
use crate::site::shell::{PAGE_HEAD, PRERENDERED};
use crate::site::{load_content, previewing, Address};
use crate::App;

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    let body = document().body().expect("a page has a body");
    if !body.has_attribute(PRERENDERED) {
        leptos::mount::mount_to_body(|| view! { <App content=None/> });
        return;
    }
    // Leptos sets up its executor when it mounts; until then, the browser's own.
    wasm_bindgen_futures::spawn_local(async move {
        let content = load_content(Address::of_page(), previewing()).await;
        // Reading the files and drawing the page are two long tasks: let the browser breathe
        // between them (input, painting) rather than block it for both at once.
        next_task().await;
        let typing = TypedSearch::take();
        if let Some(typing) = &typing {
            typing.put_in_address();
        }
        remove_prerendered(&body);
        leptos::mount::mount_to_body(move || view! { <App content=Some(content)/> });
        if let Some(typing) = typing {
            // After the app's first frame, when its own effects have run.
            request_animation_frame(move || typing.focus());
        }
    });
}

fn remove_prerendered(body: &web_sys::HtmlElement) {
    let _ = body.remove_attribute(PRERENDERED);
    body.set_inner_html("");
    // The page's own head, which the app writes again (`components/page_head.rs`).
    if let Ok(tags) = document().query_selector_all(&format!("head [{PAGE_HEAD}]")) {
        for i in 0..tags.length() {
            if let Some(tag) = tags
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                tag.remove();
            }
        }
    }
}

/// What a reader typed into a list's search field before the app arrived, so that it is not
/// lost: the field's id and text.
struct TypedSearch {
    id: String,
    text: String,
}

impl TypedSearch {
    fn take() -> Option<Self> {
        let field = document()
            .active_element()?
            .dyn_into::<web_sys::HtmlInputElement>()
            .ok()?;
        let text = field.value();
        (field.type_() == "search" && !field.id().is_empty() && !text.is_empty()).then(|| {
            TypedSearch {
                id: field.id(),
                text,
            }
        })
    }

    /// The search text belongs in the address (`?q=`), where the app reads it from.
    fn put_in_address(&self) {
        let Ok(url) = web_sys::Url::new(&window().location().href().unwrap_or_default()) else {
            return;
        };
        url.search_params().set(SEARCH_KEY, &self.text);
        url.search_params().delete(PAGE_KEY);
        let _ = window().history().and_then(|history| {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()))
        });
    }

    fn focus(self) {
        if let Some(field) = document()
            .get_element_by_id(&self.id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = field.focus();
        }
    }
}
