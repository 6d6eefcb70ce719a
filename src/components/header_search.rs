//! The search field in every page's header: a plain GET form to `/{lang}/search`, so it works
//! before the app and without script. On phones it is folded behind an icon; with the app the
//! icon opens it in place, without script the icon is a link to the search page.

use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::use_list::href;
use crate::domain::list_query::{ListQuery, SEARCH_KEY};
use crate::domain::search_all::KindFilter;
use crate::site::{t, to};

#[component]
pub fn HeaderSearch() -> impl IntoView {
    let words = t().search;
    let open = RwSignal::new(false);
    let input = NodeRef::<Input>::new();
    let navigate = use_navigate();
    let toggle = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        open.update(|open| *open = !*open);
        if open.get_untracked() {
            // Once the field is shown: a hidden field takes no focus.
            request_animation_frame(move || {
                if let Some(input) = input.get_untracked() {
                    let _ = input.focus();
                }
            });
        }
    };
    // With the app, the results page opens without loading the page again.
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = input.get_untracked().map(|i| i.value()).unwrap_or_default();
        let results = ListQuery::<KindFilter>::default().with_text(typed);
        navigate(&href("/search", &results), NavigateOptions::default());
        open.set(false);
    };
    view! {
        <div class="header-search" class:open=move || open.get()>
            <a class="header-search-toggle" href=to("/search") role="button" aria-label=words.open aria-expanded=move || open.get().to_string() on:click=toggle>
                <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                    <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.4"/>
                    <path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>
                </svg>
            </a>
            <form class="header-search-form" role="search" aria-label=words.label method="get" action=to("/search") on:submit=submit>
                <label for="header-search-q" class="visually-hidden">{words.label}</label>
                <input id="header-search-q" node_ref=input type="search" name=SEARCH_KEY placeholder=words.placeholder autocomplete="off" enterkeyhint="search"/>
                <button type="submit">{words.submit}</button>
            </form>
        </div>
    }
}
