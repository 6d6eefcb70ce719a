//! What an unknown address shows.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text="Page not found"/>
        <h1>"Page not found"</h1>
        <p>"There is nothing at this address. It may have been mistyped, or the item may have been removed."</p>
        <p><A href="/">"Go to the home page"</A></p>
    }
}
