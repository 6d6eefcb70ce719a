//! `/partners`: every partner of the network.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::cards::PartnerCard;
use crate::components::searchable_list::{searchable_list, SearchLabels};
use crate::components::with_content::WithContent;
use crate::domain::{order, Content};
use crate::site::use_site;

#[component]
pub fn Partners() -> impl IntoView {
    let lang = use_site().lang;
    let labels = SearchLabels { path: "/partners", label: "Search partners", placeholder: "Name or city", noun: ("partner", "partners") };
    view! {
        <Title text="Partners"/>
        <h1>"Partners"</h1>
        <p class="lede">"Universities, enterprises, state bodies and NGOs that work with the universities of the network."</p>
        <WithContent render=move |content| {
            let order = content.partners.as_ref().map(|p| order::partners(&p.items, lang.get_untracked())).unwrap_or_default();
            searchable_list(content, |c: &Content| &c.partners, order, labels, |_, partner| view! { <PartnerCard partner=partner/> }.into_any())
        }/>
    }
}
