//! Reading the content files in the browser: fetched at once, read one file per task.

use std::sync::Arc;

use crate::browser::{next_task, started};
use crate::domain::content::{utf8_text, ContentFile, ContentReader, FileText, Indexing, Item};
use crate::domain::{Content, Section, SectionError};
use crate::drafts;

use super::Address;

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
    let programs = in_parts(reader.read_in_parts(programs.await)).await;
    next_task().await;
    let news = in_parts(reader.read_in_parts(news.await)).await;
    next_task().await;
    let internships = in_parts(reader.read_in_parts(internships.await)).await;
    Arc::new(reader.finish(internships, programs, news))
}

/// How many items are indexed in one task. The bundled content is indexed in the task that
/// reads its file, as before.
const INDEXED_PER_TASK: usize = 500;

/// The section of `indexing`, its search index built a part per task: with ten thousand
/// internships, indexing them at once held the page for about half a second, and now it
/// answers input and paints in between.
async fn in_parts<T: Item>(mut indexing: Indexing<T>) -> Section<T> {
    while !indexing.index(INDEXED_PER_TASK) {
        next_task().await;
    }
    indexing.finish()
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
