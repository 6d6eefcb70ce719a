//! The site in a browser tab: the reader's settings kept on this device, today where the reader
//! is, and the base path from the page's `<base href>`.

use std::sync::Arc;

use leptos::prelude::*;

use super::shell::SITE_URL;
use super::{Address, Site};
use crate::browser::{store, stored};
use crate::domain::lang::split_lang;
use crate::domain::{Content, Date, Lang};

/// The site of this browser tab: the reader's settings from this device, and the content if it
/// has already been loaded (a prerendered page waits for it before the app takes over).
pub fn provide_site(content: Option<Arc<Content>>) {
    let preview = RwSignal::new(tab_flag(PREVIEW_KEY));
    Effect::new(move |_| set_tab_flag(PREVIEW_KEY, preview.get()));
    let address = Address::of_page();
    let lang = lang_in_address(address);
    let low_vision = RwSignal::new(stored(LOW_VISION_KEY).as_deref() == Some("on"));
    // `<html>` is outside the app's view: its language (the build writes it too, but a page
    // served as Trunk built it has none) and the low-vision class are set here.
    let root = document().document_element();
    if let Some(root) = &root {
        let _ = root.set_attribute("lang", lang.code());
    }
    Effect::new(move |_| {
        let on = low_vision.get();
        store(LOW_VISION_KEY, if on { "on" } else { "off" });
        if let Some(root) = &root {
            let _ = root.class_list().toggle_with_force("low-vision", on);
        }
    });
    let loaded = content.is_some();
    let site = Site {
        content: RwSignal::new(content),
        today: today(),
        lang,
        address,
        low_vision,
        preview,
        loads: StoredValue::new(0),
    };
    if !loaded {
        site.reload();
    }
    Effect::watch(move || preview.get(), move |_, _, _| site.reload(), false);
    provide_context(site);
}

/// Puts this tab in preview: the portal's pages then show the editor's drafts.
#[cfg(feature = "editor")]
pub fn start_previewing() {
    set_tab_flag(PREVIEW_KEY, true);
}

/// The tab is in preview: the content comes from the editor's drafts.
#[cfg(not(feature = "editor"))]
pub fn previewing() -> bool {
    tab_flag(PREVIEW_KEY)
}

const LOW_VISION_KEY: &str = "portal.low-vision";
const PREVIEW_KEY: &str = "portal.preview";

/// The language the page's address names. An address without one is sent to the reader's
/// language by `src/language.js` before the app starts; should it not have run, the page is
/// English, and the address says so from now on.
pub fn lang_in_address(site: Address) -> Lang {
    let location = window().location();
    let pathname = location.pathname().unwrap_or_default();
    if let (Some(lang), _) = split_lang(site.without_base(&pathname)) {
        // The language of the last page read is the one for addresses that name none.
        super::remember_lang(site, lang);
        return lang;
    }
    let address = format!(
        "{}{}{}",
        site.page_address(&pathname, Some(Lang::En)),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    let _ = window().history().and_then(|history| {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address))
    });
    Lang::En
}

impl Address {
    /// Where the page in this tab says the portal is published: its `<base>`, whose `href` is
    /// the base path and whose mark the site's address (a page the build did not write has
    /// none: then it is where the page is).
    pub fn of_page() -> Address {
        let base = document().query_selector("base").ok().flatten();
        let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
        let base_path =
            web_sys::Url::new(&base_uri).map_or_else(|_| String::new(), |url| url.pathname());
        let site_url = base
            .and_then(|base| base.get_attribute(SITE_URL))
            .unwrap_or(base_uri);
        Address::new(&base_path, &site_url)
    }
}

/// Today in the reader's time zone: deadlines are days where the reader is.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .expect("the browser's clock gives a real date")
}

/// A flag of this tab only (sessionStorage): it ends when the tab is closed.
fn tab_flag(key: &str) -> bool {
    window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(key).ok().flatten())
        .is_some()
}

fn set_tab_flag(key: &str, on: bool) {
    if let Some(storage) = window().session_storage().ok().flatten() {
        let _ = if on {
            storage.set_item(key, "on")
        } else {
            storage.remove_item(key)
        };
    }
}
