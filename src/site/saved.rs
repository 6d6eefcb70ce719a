//! The internships saved on this device (in localStorage): one list, shared by the Save buttons,
//! the header's count and the saved page.

use leptos::prelude::*;

use crate::browser::{store, stored};
use crate::domain::saved;

const SAVED_KEY: &str = "portal.saved";

/// The saved internship ids, newest first.
#[derive(Clone, Copy)]
pub struct Saved(pub RwSignal<Vec<String>>);

/// Reads the saved list and keeps it stored as it changes.
pub fn provide_saved() {
    let ids = RwSignal::new(saved::parse(stored(SAVED_KEY).as_deref()));
    Effect::new(move |_| {
        store(SAVED_KEY, &saved::write(&ids.read()));
    });
    provide_context(Saved(ids));
}

pub fn use_saved() -> Saved {
    expect_context()
}
