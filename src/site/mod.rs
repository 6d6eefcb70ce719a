//! What every page shares: the content (fetched once per visit, or the editor's drafts in
//! preview), today's date, the reader's language and the base path the portal is published under.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::{next_task, started};
use crate::domain::content::{utf8_text, ContentFile, ContentReader, FileText};
use crate::domain::{Content, Date, Lang, SectionError};
use crate::drafts;
use crate::i18n::{messages, Messages};

#[cfg(not(target_arch = "wasm32"))]
mod at_build;
#[cfg(target_arch = "wasm32")]
mod in_browser;
pub mod saved;
pub mod shell;

#[cfg(not(target_arch = "wasm32"))]
pub use at_build::{provide_site, Build};
#[cfg(target_arch = "wasm32")]
#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
pub use in_browser::previewing;
#[cfg(target_arch = "wasm32")]
pub use in_browser::provide_site;
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
pub use in_browser::start_previewing;
pub use shell::Address;

#[derive(Clone, Copy)]
pub struct Site {
    /// None until the first load has finished.
    pub content: RwSignal<Option<Arc<Content>>>,
    pub today: Date,
    /// The language the page's address names; a page in another language is another address.
    pub lang: Lang,
    /// Where the portal is published.
    pub address: Address,
    /// Larger text, high contrast, no motion; kept on the device.
    pub low_vision: RwSignal<bool>,
    /// This tab shows the editor's local drafts instead of the published files.
    pub preview: RwSignal<bool>,
    /// Counts loads, so that only the latest one started is shown.
    loads: StoredValue<u32>,
}

impl Site {
    /// Reads the content files again: after a failed request, or when the drafts change.
    pub fn reload(self) {
        let load = self.loads.get_value() + 1;
        self.loads.set_value(load);
        let preview = self.preview.get_untracked();
        leptos::task::spawn_local(async move {
            let content = load_content(self.address, preview).await;
            if self.loads.get_value() == load {
                self.content.set(Some(content));
            }
        });
    }
}

pub fn use_site() -> Site {
    expect_context()
}

/// The interface's words in the page's language.
pub fn t() -> &'static Messages {
    messages(lang())
}

/// The page's language.
pub fn lang() -> Lang {
    use_site().lang
}

/// Keeps the reader's language on this device, for the addresses of the portal at `site` that
/// name none: in localStorage, which `src/language.js` reads, and in the cookie `lang`, which
/// nginx reads (`deploy/nginx-site.conf`), for a year.
pub fn remember_lang(site: Address, lang: Lang) {
    crate::browser::store("portal.lang", lang.code());
    crate::browser::set_cookie(&format!(
        "lang={}; path={}/; max-age=31536000; samesite=lax",
        lang.code(),
        site.base_path
    ));
}

/// Fetches the files at once and reads each as it arrives; in preview, an editor's draft of
/// a file stands in for the published one.
pub async fn load_content(address: Address, preview: bool) -> Arc<Content> {
    // The requests go out at once, and each file is read as soon as it is in: site.json and
    // partners.json first, as the others refer to them, the largest last. Between files the page
    // answers input and paints: with ten thousand internships, reading them all at once held it
    // for a second.
    let [site, partners, internships, programs, news] =
        ContentFile::ALL.map(|file| started(file_text(address, file, preview)));
    let site = site.await;
    let mut reader = ContentReader::new(site, partners.await);
    next_task().await;
    let programs = reader.read(programs.await);
    next_task().await;
    let news = reader.read(news.await);
    next_task().await;
    let internships = reader.read(internships.await);
    Arc::new(reader.finish(internships, programs, news))
}

/// One file's text: the editor's draft when `drafts_first` and there is one, else the published file.
pub async fn file_text(address: Address, file: ContentFile, drafts_first: bool) -> FileText {
    match drafts_first.then(|| drafts::get(file)).flatten() {
        Some(draft) => Ok(draft),
        None => fetch_text(file, address.asset(&format!("/data/{}", file.name()))).await,
    }
}

async fn fetch_text(file: ContentFile, url: String) -> FileText {
    let unavailable = |reason| SectionError::unavailable(file, reason);
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| unavailable(format!("the network request failed ({e})")))?;
    if !response.ok() {
        return Err(unavailable(format!(
            "the server answered HTTP {}",
            response.status()
        )));
    }
    let bytes = response
        .binary()
        .await
        .map_err(|e| unavailable(format!("the answer could not be read ({e})")))?;
    let text = utf8_text(file, bytes)?;
    // A history-fallback server answers a missing file with the app's own page.
    if text.trim_start().starts_with('<') {
        return Err(unavailable("the server sent a web page instead of the data file: is the file published under data/?".into()));
    }
    Ok(text)
}

/// A link to the portal's page at `path` (`/partners/kaznu`), in the page's language, under the
/// base path the portal is published at: `/partnership/kk/partners/kaznu`.
pub fn to(path: &str) -> String {
    format!("{}{path}", pages_base(lang()))
}

/// Where the pages in `lang` are: the router's base.
pub fn pages_base(lang: Lang) -> String {
    use_site().address.pages_base(lang)
}

/// The page at `pathname` (as the browser has it) in `lang`, or, for none, at the address that
/// sends each reader to their own: `/partnership/kk/news` in Russian is `/partnership/ru/news`,
/// in none `/partnership/news`.
pub fn page_address(pathname: &str, lang: Option<Lang>) -> String {
    use_site().address.page_address(pathname, lang)
}

/// A file published with the portal (`/data/news.json`, `/images/land.svg`): the same in every
/// language.
pub fn asset(path: &str) -> String {
    use_site().address.asset(path)
}
