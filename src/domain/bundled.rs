//! The bundled content of `public/data`, for tests that check behaviour on real data.

use super::content::{Content, ContentFile, FileText};

pub fn bundled_content() -> Content {
    let file = |file: ContentFile| -> FileText {
        std::fs::read_to_string(format!("{}/public/data/{}", env!("CARGO_MANIFEST_DIR"), file.name())).map_err(|e| e.to_string())
    };
    let [partners, internships, programs, news] = ContentFile::ALL.map(file);
    Content::read(partners, internships, programs, news)
}
