//! What every page shares: the content (fetched once per visit), today's date, the reader's
//! language and the base path the portal is published under.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::content::FileText;
use crate::domain::{Content, Date, Lang};

#[derive(Clone, Copy)]
pub struct Site {
    pub content: LocalResource<Arc<Content>>,
    pub today: Date,
    pub lang: RwSignal<Lang>,
}

pub fn use_site() -> Site {
    expect_context()
}

pub fn provide_site() {
    let content = LocalResource::new(load_content);
    provide_context(Site { content, today: today(), lang: RwSignal::new(Lang::En) });
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
