//! Saving an internship on this device: the button on every card and internship page, and the
//! list it keeps (in localStorage), shared by the header's count and the saved page.

use leptos::prelude::*;

use crate::browser::{store, stored};
use crate::domain::saved;
use crate::site::t;

const SAVED_KEY: &str = "portal.saved";

/// The saved internship ids, newest first.
#[derive(Clone, Copy)]
pub struct Saved(pub RwSignal<Vec<String>>);

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

#[component]
pub fn SaveButton(id: String) -> impl IntoView {
    let Saved(ids) = use_saved();
    let is_saved = {
        let id = id.clone();
        Memo::new(move |_| ids.read().contains(&id))
    };
    let t = t();
    view! {
        <button type="button" class="save-button" aria-pressed=move || is_saved.get().to_string() on:click=move |_| ids.update(|list| *list = saved::toggle(list, &id))>
            <span aria-hidden="true">{move || if is_saved.get() { "★ " } else { "☆ " }}</span>
            {move || if is_saved.get() { t.saved } else { t.save }}
        </button>
    }
}
