//! Saving an internship on this device: the button on every card and internship page.

use leptos::prelude::*;

use crate::domain::saved;
use crate::site::saved::{use_saved, Saved};
use crate::site::t;

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
