//! An editor's drafts of the content files, kept in this browser (localStorage) so that a closed
//! tab or a crash loses nothing, until the editor discards them.

use crate::browser::{forget, store, stored};
use crate::domain::content::ContentFile;

fn key(file: ContentFile) -> String {
    format!("portal.draft.{}", file.name())
}

pub fn get(file: ContentFile) -> Option<String> {
    stored(&key(file))
}

/// False when the browser refused to keep it (storage full or disabled).
pub fn put(file: ContentFile, text: &str) -> bool {
    store(&key(file), text)
}

pub fn discard(file: ContentFile) {
    forget(&key(file));
}
