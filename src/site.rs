//! What every page shares: the content (fetched once per visit, or the editor's drafts in
//! preview), today's date, the reader's language and the base path the portal is published under.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::content::{ContentFile, FileText};
use crate::drafts;
use crate::domain::{Content, Date, Lang};
use crate::browser::{set_tab_flag, store, stored, tab_flag};
use crate::i18n::{messages, Messages};

#[derive(Clone, Copy)]
pub struct Site {
    pub content: LocalResource<Arc<Content>>,
    pub today: Date,
    pub lang: RwSignal<Lang>,
    /// Larger text, high contrast, no motion; kept on the device.
    pub low_vision: RwSignal<bool>,
    /// This tab shows the editor's local drafts instead of the published files.
    pub preview: RwSignal<bool>,
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
    let preview = RwSignal::new(tab_flag(PREVIEW_KEY));
    Effect::new(move |_| set_tab_flag(PREVIEW_KEY, preview.get()));
    let content = LocalResource::new(move || load_content(preview.get()));
    let lang = RwSignal::new(initial_lang());
    Effect::new(move |_| {
        store(LANG_KEY, lang.get().code());
    });
    let low_vision = RwSignal::new(stored(LOW_VISION_KEY).as_deref() == Some("on"));
    Effect::new(move |_| {
        store(LOW_VISION_KEY, if low_vision.get() { "on" } else { "off" });
    });
    provide_context(Site { content, today: today(), lang, low_vision, preview });
}

const LANG_KEY: &str = "portal.lang";
const LOW_VISION_KEY: &str = "portal.low-vision";
const PREVIEW_KEY: &str = "portal.preview";

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

/// Fetches the four files at once and reads them together; in preview, an editor's draft of a
/// file stands in for the published one.
pub async fn load_content(preview: bool) -> Arc<Content> {
    let text = |file| file_text(file, preview);
    let (partners, internships, programs, news) =
        futures::join!(text(ContentFile::Partners), text(ContentFile::Internships), text(ContentFile::Programs), text(ContentFile::News));
    Arc::new(Content::read(partners, internships, programs, news))
}

/// One file's text: the editor's draft when `drafts_first` and there is one, else the published file.
pub async fn file_text(file: ContentFile, drafts_first: bool) -> FileText {
    match drafts_first.then(|| drafts::get(file)).flatten() {
        Some(draft) => Ok(draft),
        None => fetch_text(to(&format!("/data/{}", file.name()))).await,
    }
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

thread_local! {
    static BASE: String = base_path();
}

/// A link to the portal's `path` (`/partners/kaznu`), under the base path it is published at.
/// The router matches routes under its base, but leaves absolute link targets as they are.
pub fn to(path: &str) -> String {
    BASE.with(|base| format!("{base}{path}"))
}

/// Today in the reader's time zone: deadlines are days where the reader is.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8).expect("the browser's clock gives a real date")
}
