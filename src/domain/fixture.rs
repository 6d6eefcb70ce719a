//! Content written for the tests (`tests/fixtures/content`): small, and changed only with the
//! tests that count on it, unlike the bundled content, which editors change.

use super::content::{Content, ContentFile};

pub fn fixture_content() -> Content {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    let [site, partners, internships, programs, news] = ContentFile::read_folder(&folder);
    Content::read(site, partners, internships, programs, news)
}
