//! The site as the build renders it: the bundled content, the build's date, the page's
//! language, and no reader's settings.

use std::sync::{Arc, Mutex, PoisonError};

use leptos::prelude::*;

use super::{Address, Site};
use crate::domain::{Content, Date, Lang};

/// Provided by the renderer before the app; the site of one page.
pub fn provide_site(content: Option<Arc<Content>>) {
    let build: Build = expect_context();
    provide_context(Site {
        content: RwSignal::new(content),
        today: build.today,
        lang: build.lang,
        address: build.address,
        low_vision: RwSignal::new(false),
        preview: RwSignal::new(false),
        loads: StoredValue::new(0),
    });
}

/// What the build-time renderer knows in place of a browser.
#[derive(Clone)]
pub struct Build {
    pub today: Date,
    pub lang: Lang,
    /// Where the portal is published.
    pub address: Address,
    /// The page's path after the language (`/internships/law`).
    pub path: String,
}

/// The head of the page being rendered, as HTML (its `<title>` and its own tags), set by the
/// page (`head::show_head`) for the renderer to write into the page it builds.
#[derive(Clone, Default)]
pub struct BuiltHead(Arc<Mutex<String>>);

impl BuiltHead {
    pub fn set(&self, html: String) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = html;
    }

    pub fn take(&self) -> String {
        std::mem::take(&mut self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

/// The wasm parts the page being rendered is drawn with (`components::apart`), named by the
/// page's route for the renderer to write into the page (`shell::PAGE_PARTS`).
#[derive(Clone, Default)]
pub struct BuiltParts(Arc<Mutex<Vec<&'static str>>>);

impl BuiltParts {
    pub fn take(&self) -> Vec<&'static str> {
        std::mem::take(&mut self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

/// Says that the page being rendered is drawn with the wasm parts `names`.
pub fn uses_parts(names: &[&'static str]) {
    if let Some(parts) = use_context::<BuiltParts>() {
        parts
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(names);
    }
}
