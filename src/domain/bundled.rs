//! The bundled content of `public/data`, for tests that check behaviour on real data.

use super::content::{Content, ContentFile};

pub fn bundled_content() -> Content {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let [site, partners, internships, programs, news] = ContentFile::read_folder(&folder);
    Content::read(site, partners, internships, programs, news)
}
