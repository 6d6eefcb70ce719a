//! After a navigation inside the app, focus moves to the new page's main heading and a live
//! region says which page loaded, as a full page load would tell a screen-reader user.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::site::t;

#[component]
pub fn PageAnnouncer() -> impl IntoView {
    let location = use_location();
    let message = RwSignal::new(String::new());
    let page_loaded = t().page_loaded;
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        // The first page is announced by the browser itself, and filters change only the query.
        if previous.as_ref().is_some_and(|p| *p != path) {
            focus_heading(path.clone(), move |title| message.set(page_loaded(&title)));
        }
        path
    });
    view! { <p class="visually-hidden" role="status" aria-live="polite">{message}</p> }
}

/// Waits for the new page's heading, then focuses it. The router changes the address when the page
/// at `path` is drawn: until then the old page is on screen while the new one's parts arrive, and
/// its content may still be loading (ten seconds at most, for a slow connection).
fn focus_heading(path: String, announce: impl Fn(String) + 'static) {
    fn attempt(path: String, tries_left: u32, announce: std::rc::Rc<dyn Fn(String)>) {
        let drawn = window().location().pathname().is_ok_and(|at| at == path);
        let heading = drawn
            .then(|| document().query_selector("main h1").ok().flatten())
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        match heading {
            Some(heading) => {
                heading.set_attribute("tabindex", "-1").ok();
                heading.focus().ok();
                announce(heading.text_content().unwrap_or_default());
            }
            None if tries_left > 0 => {
                request_animation_frame(move || attempt(path, tries_left - 1, announce));
            }
            None => {}
        }
    }
    let announce: std::rc::Rc<dyn Fn(String)> = std::rc::Rc::new(announce);
    request_animation_frame(move || attempt(path, 600, announce));
}
