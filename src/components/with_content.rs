//! Shows a placeholder until the content has loaded, then renders with it (at build time it
//! is there from the start); finds the item a detail page is about.

use std::sync::Arc;

use leptos::prelude::*;

use leptos_router::hooks::use_params_map;

use super::drawing::{drawn, CONTENT};
use super::not_found::NotFound;
use super::section_state::{Loading, SectionProblem};
use crate::domain::content::Item;
use crate::domain::{Content, Section};
use crate::site::use_site;

#[component]
pub fn WithContent<F, V>(render: F) -> impl IntoView
where
    F: Fn(Arc<Content>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let content = use_site().content;
    let drawn = drawn(CONTENT);
    move || match content.get().filter(|_| drawn.get()) {
        Some(content) => render(content).into_any(),
        None => view! { <Loading/> }.into_any(),
    }
}

/// The item of `section` with `id`, or the view to show instead: the section's problem, or
/// "not found".
pub fn find_item<T: Item + Clone>(section: &Section<T>, id: &str) -> Result<T, AnyView> {
    match section {
        Err(error) => Err(view! { <SectionProblem error=error.clone()/> }.into_any()),
        Ok(listing) => listing
            .get(id)
            .cloned()
            .ok_or_else(|| view! { <NotFound/> }.into_any()),
    }
}

/// The `:id` of the current route.
pub fn use_item_id() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("id").unwrap_or_default())
}

/// A detail page: the item of `section` that the route's `:id` names, drawn by `details`; or the
/// section's problem, or "not found". Drawn again when the id changes, as the router keeps the
/// page when only the id does.
pub fn item_page<T>(
    section: fn(&Content) -> &Section<T>,
    details: fn(Arc<Content>, T) -> AnyView,
) -> impl IntoView
where
    T: Item + Clone + Send + Sync + 'static,
{
    let id = use_item_id();
    move || {
        let id = id.get();
        let render = move |content: Arc<Content>| match find_item(section(&content), &id) {
            Ok(item) => details(content, item),
            Err(instead) => instead,
        };
        view! { <WithContent render=render/> }
    }
}
