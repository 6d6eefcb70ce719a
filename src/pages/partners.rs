//! `/partners`: every partner of the network.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::cards::PartnerCard;
use crate::components::search_box::SearchLabels;
use crate::components::searchable_list::searchable_list;
use crate::components::with_content::WithContent;
use crate::domain::{order, Content};
use crate::site::{lang, t};

#[component]
pub fn Partners() -> impl IntoView {
    let t = t();
    let labels = SearchLabels { path: "/partners", label: t.partners_search, placeholder: t.partners_placeholder, total: t.total_partners };
    view! {
        <Title text=t.partners_title/>
        <h1>{t.partners_title}</h1>
        <p class="lede">{t.partners_lede}</p>
        <WithContent render=move |content| {
            let order = content.partners.as_ref().map(|p| order::partners(&p.items, lang())).unwrap_or_default();
            searchable_list(content, |c: &Content| &c.partners, order, labels, |_, partner| view! { <PartnerCard partner=partner/> }.into_any())
        }/>
    }
}
