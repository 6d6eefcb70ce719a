//! What every page shares: the content (fetched once per visit), today's date, the reader's
//! language and the base path the portal is published under.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::content::FileText;
use crate::domain::{Content, Date, Lang};
use crate::i18n::{messages, Messages};

#[derive(Clone, Copy)]
pub struct Site {
    pub content: LocalResource<Arc<Content>>,
    pub today: Date,
    pub lang: RwSignal<Lang>,
    /// Larger text, high contrast, no motion; kept on the device.
    pub low_vision: RwSignal<bool>,
}

pub fn use_site() -> Site {
    expect_context()
}

/// The interface's words in the reader's language. Pages are rebuilt when the language changes,
/// so reading it untracked is enough.
pub fn t() -> &'static Messages {
    messages(lang())
}

/// The reader's language, read the same way as [`t`].
pub fn lang() -> Lang {
    use_site().lang.get_untracked()
}

pub fn provide_site() {
    let content = LocalResource::new(load_content);
    let lang = RwSignal::new(initial_lang());
    Effect::new(move |_| store(LANG_KEY, lang.get().code()));
    let low_vision = RwSignal::new(stored(LOW_VISION_KEY).as_deref() == Some("on"));
    Effect::new(move |_| store(LOW_VISION_KEY, if low_vision.get() { "on" } else { "off" }));
    provide_context(Site { content, today: today(), lang, low_vision });
}

const LANG_KEY: &str = "portal.lang";
const LOW_VISION_KEY: &str = "portal.low-vision";

/// The language chosen before on this device, else the first of the browser's preferred
/// languages that the portal speaks, else English.
fn initial_lang() -> Lang {
    let chosen = stored(LANG_KEY).and_then(|code| Lang::from_code(&code));
    chosen.unwrap_or_else(|| {
        let preferred = window().navigator().languages();
        preferred
            .iter()
            .filter_map(|tag| tag.as_string())
            .find_map(|tag| Lang::from_code(&tag.to_ascii_lowercase()[..tag.len().min(2)]))
            .unwrap_or(Lang::En)
    })
}

/// A value kept in the browser; none when storage is unavailable (private mode, disabled).
pub fn stored(key: &str) -> Option<String> {
    window().local_storage().ok().flatten()?.get_item(key).ok().flatten()
}

pub fn store(key: &str, value: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        // A full or refused storage only means the choice is not remembered.
        let _ = storage.set_item(key, value);
    }
}

/// Fetches the four files at once and reads them together.
async fn load_content() -> Arc<Content> {
    let base = base_path();
    let url = |file: &str| format!("{base}/data/{file}");
    let (partners, internships, programs, news) = futures::join!(
        fetch_text(url("partners.json")),
        fetch_text(url("internships.json")),
        fetch_text(url("programs.json")),
        fetch_text(url("news.json")),
    );
    Arc::new(Content::read(partners, internships, programs, news))
}

async fn fetch_text(url: String) -> FileText {
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|e| format!("the network request failed ({e})"))?;
    if !response.ok() {
        return Err(format!("the server answered HTTP {}", response.status()));
    }
    let text = response.text().await.map_err(|e| format!("the answer could not be read ({e})"))?;
    // A history-fallback server answers a missing file with the app's own page.
    if text.trim_start().starts_with('<') {
        return Err("the server sent a web page instead of the data file: is the file published under data/?".into());
    }
    Ok(text)
}

/// The path the portal is published under, from `<base href>`, without a trailing slash
/// (empty at the site root).
pub fn base_path() -> String {
    let base = document().base_uri().ok().flatten().and_then(|uri| web_sys::Url::new(&uri).ok()).map(|url| url.pathname());
    base.unwrap_or_default().trim_end_matches('/').to_string()
}

/// Today in the reader's time zone: deadlines are days where the reader is.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8).expect("the browser's clock gives a real date")
}
