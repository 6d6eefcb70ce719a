//! `/programs`: joint programs, those with a coming deadline first.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::cards::ProgramCard;
use crate::components::searchable_list::{searchable_list, SearchLabels};
use crate::components::with_content::WithContent;
use crate::domain::{order, Content};
use crate::site::use_site;

#[component]
pub fn Programs() -> impl IntoView {
    let site = use_site();
    let labels = SearchLabels { path: "/programs", label: "Search programs", placeholder: "Title, field or partner", noun: ("program", "programs") };
    view! {
        <Title text="Programs"/>
        <h1>"Joint programs"</h1>
        <p class="lede">"Double degrees, exchanges, dual vocational training and teacher training run with partners."</p>
        <WithContent render=move |content| {
            let order = content.programs.as_ref().map(|p| order::programs(&p.items, site.today, site.lang.get_untracked())).unwrap_or_default();
            searchable_list(content, |c: &Content| &c.programs, order, labels, |content, program| view! { <ProgramCard content=content program=program/> }.into_any())
        }/>
    }
}
