//! The site as the build renders it: the bundled content, the build's date, the page's
//! language, and no reader's settings.

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;

use super::Site;
use crate::domain::lang::path_in;
use crate::domain::{Content, Date, Lang};

/// Provided by the renderer before the app; the site of one page.
pub fn provide_site(content: Option<Arc<Content>>) {
    let build: Build = expect_context();
    provide_context(Site {
        content: RwSignal::new(content),
        today: build.today,
        lang: build.lang,
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
    /// Where the portal is published, ending in `/` (`https://host/partnership/`).
    pub site_url: String,
    /// The page's path after the language (`/internships/law`).
    pub path: String,
}

impl Build {
    /// The page's address in `lang`; in none, the address that sends readers to their own.
    pub fn page_url(&self, lang: Option<Lang>) -> String {
        let path = match lang {
            Some(lang) => path_in(&self.path, lang),
            None => self.path.clone(),
        };
        format!("{}{}", self.site_url, path.trim_start_matches('/'))
    }
}

// At build time the base path is the build's public URL.
thread_local! {
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

pub fn base_path() -> String {
    BASE.with(|base| base.borrow().clone())
}

/// Sets the path the build is published under (`/partnership`, or empty at the root).
pub fn publish_under(path: &str) {
    BASE.with(|base| *base.borrow_mut() = path.trim_end_matches('/').to_string());
}
