//! The site's context: one value per page, provided before the app (`at_build`, `in_browser`),
//! that every component reads instead of being handed it.

use std::sync::Arc;

use leptos::prelude::*;

use super::loading::load_content;
use super::Address;
use crate::domain::{Content, Date, Lang};
use crate::i18n::{messages, Messages};

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
    pub(super) loads: StoredValue<u32>,
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
