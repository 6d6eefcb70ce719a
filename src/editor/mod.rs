//! The content editor at `/{lang}/edit`: forms for every file of the content, checked as one
//! types by the same reader as the check command, with the work kept in this browser. It is a
//! bundle of its own (the `editor` feature, built from `edit.html`), so none of it is in the
//! students' download.

mod files;
mod folder;
mod form;
mod item_list;
mod paste;
mod problems;
mod state;
mod view;

use leptos::prelude::*;

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    // The prerendered page is a shell saying the editor needs script: the editor replaces it.
    if let Some(body) = document().body() {
        let _ = body.remove_attribute(crate::site::shell::PRERENDERED);
        body.set_inner_html("");
    }
    leptos::mount::mount_to_body(view::EditorPage);
}
