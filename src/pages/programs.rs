//! `/programs`: joint programs, those with a coming deadline first.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::cards::ProgramCard;
use crate::components::search_box::SearchLabels;
use crate::components::searchable_list::searchable_list;
use crate::components::with_content::WithContent;
use crate::domain::{order, Content};
use crate::site::{lang, t, use_site};

#[component]
pub fn Programs() -> impl IntoView {
    let today = use_site().today;
    let t = t();
    let labels = SearchLabels { path: "/programs", label: t.programs_search, placeholder: t.programs_placeholder, total: t.total_programs };
    view! {
        <Title text=t.nav_programs/>
        <h1>{t.programs_title}</h1>
        <p class="lede">{t.programs_lede}</p>
        <WithContent render=move |content| {
            let order = content.programs.as_ref().map(|p| order::programs(&p.items, today, lang())).unwrap_or_default();
            searchable_list(content, |c: &Content| &c.programs, order, labels, |content, program| view! { <ProgramCard content=content program=program/> }.into_any())
        }/>
    }
}
