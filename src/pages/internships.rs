//! `/internships`: open internships first, soonest deadline first.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::cards::InternshipCard;
use crate::components::searchable_list::{searchable_list, SearchLabels};
use crate::components::with_content::WithContent;
use crate::domain::{order, Content};
use crate::site::use_site;

#[component]
pub fn Internships() -> impl IntoView {
    let today = use_site().today;
    let labels = SearchLabels { path: "/internships", label: "Search internships", placeholder: "Title, field, city or host", noun: ("internship", "internships") };
    view! {
        <Title text="Internships"/>
        <h1>"Internships"</h1>
        <p class="lede">"Internships that partners open to students. Open ones come first, the soonest deadline at the top."</p>
        <WithContent render=move |content| {
            let order = content.internships.as_ref().map(|i| order::internships(&i.items, today)).unwrap_or_default();
            searchable_list(content, |c: &Content| &c.internships, order, labels, |content, internship| view! { <InternshipCard content=content internship=internship/> }.into_any())
        }/>
    }
}
