//! `/network`: the partnership network at a glance: a map of partners, and who they are, where,
//! and on what agreements, in charts with text equivalents.

use std::sync::Arc;

use crate::components::page_head::PageHead;
use leptos::prelude::*;

use crate::components::bar_chart::BarChart;
use crate::components::partner_map::PartnerMap;
use crate::components::section_state::SectionProblem;
use crate::components::with_content::WithContent;
use crate::domain::{network, Content};
use crate::site::t;

#[component]
pub fn NetworkPage() -> impl IntoView {
    let t = t();
    view! {
        <PageHead title=t.network_title description=t.partners_lede/>
        <h1>{t.network_title}</h1>
        <p class="lede">{t.partners_lede}</p>
        <WithContent render=overview/>
    }
}

fn overview(content: Arc<Content>) -> AnyView {
    let t = t();
    let partners = match &content.partners {
        Ok(listing) => &listing.items,
        Err(error) => return view! { <SectionProblem error=error.clone()/> }.into_any(),
    };
    let countries = network::by_country(partners)
        .into_iter()
        .map(|(code, n)| (t.country(&code).to_string(), n))
        .collect();
    let sectors = network::by_sector(partners)
        .into_iter()
        .map(|(sector, n)| (t.sector(sector).to_string(), n))
        .collect();
    let agreements = network::by_agreement_kind(partners)
        .into_iter()
        .map(|(kind, n)| (t.agreement_kind(kind).to_string(), n))
        .collect();
    let years = network::signed_per_year(partners)
        .into_iter()
        .map(|(year, n)| (year.to_string(), n))
        .collect();
    view! {
        <section aria-labelledby="map-title">
            <h2 id="map-title">{t.map_title}</h2>
            <PartnerMap partners=partners.clone()/>
        </section>
        <div class="charts">
            <BarChart title=t.by_country id="by-country" rows=countries/>
            <BarChart title=t.by_sector id="by-sector" rows=sectors/>
            <BarChart title=t.by_agreement_kind id="by-agreement" rows=agreements/>
            <BarChart title=t.signed_per_year id="per-year" rows=years/>
        </div>
    }
    .into_any()
}
