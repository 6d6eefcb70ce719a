//! `/network`: the partnership network at a glance: its members and whom to write to, a map of
//! partners by city, the agreements that end soon, and who the partners are, where, and on what
//! agreements, in charts with text equivalents.

use std::sync::Arc;

use crate::components::page_head::PageHead;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::bar_chart::BarChart;
use crate::components::network::{AgreementRow, Members, OwnerContact};
use crate::components::partner_map::PartnerMap;
use crate::components::section_state::SectionProblem;
use crate::components::with_content::WithContent;
use crate::domain::{network, Content};
use crate::site::{asset, t, to, use_site};

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
    let words = t.network_words;
    let today = use_site().today;
    let partners = match &content.partners {
        Ok(listing) => &listing.items,
        Err(error) => return view! { <SectionProblem error=error.clone()/> }.into_any(),
    };
    let query = use_query_map();
    let world = Memo::new(move |_| query.read().get("map").as_deref() == Some("world"));
    let map = {
        let partners = partners.clone();
        move || {
            let world = world.get();
            let other_view = to(if world {
                "/network"
            } else {
                "/network?map=world"
            });
            view! { <PartnerMap partners=partners.clone() world=world other_view=other_view/> }
        }
    };
    let countries = network::by_country(partners)
        .into_iter()
        .map(|(code, n)| (t.labels.country(&code).to_string(), n))
        .collect();
    let sectors = network::by_sector(partners)
        .into_iter()
        .map(|(sector, n)| (t.labels.sector(sector).to_string(), n))
        .collect();
    let agreements = network::by_agreement_kind(partners, today)
        .into_iter()
        .map(|(kind, n)| (t.labels.agreement_kind(kind).to_string(), n))
        .collect();
    let years = network::signed_per_year(partners, today)
        .into_iter()
        .map(|(year, n)| (year.to_string(), n))
        .collect();
    let expired = network::expired_count(partners, today);
    let expiring: Vec<_> = network::expiring(partners, today)
        .into_iter()
        .map(|at| {
            let (partner, agreement) = at.of(partners);
            (partner.id.clone(), agreement.clone())
        })
        .collect();
    view! {
        <Members members=content.members()/>
        {content.site.owner.clone().map(|owner| view! { <OwnerContact owner=owner/> })}
        <section aria-labelledby="map-title">
            <h2 id="map-title">{t.map_title}</h2>
            {map}
        </section>
        <section aria-labelledby="expiring">
            <h2 id="expiring">{words.expiring_title}</h2>
            {expiring.is_empty().then(|| view! { <p>{words.none_expiring}</p> })}
            <ul class="agreements">
                {expiring.into_iter().map(|(id, agreement)| {
                    view! { <AgreementRow agreement=agreement party=Some((words.partner, id.clone(), content.partner_name(&id)))/> }
                }).collect_view()}
            </ul>
            <p><a href=asset("/feeds/agreements.ics") download="agreements.ics">{words.agreements_calendar}</a></p>
        </section>
        <div class="charts">
            <BarChart title=t.by_country id="by-country" rows=countries/>
            <BarChart title=t.by_sector id="by-sector" rows=sectors/>
            <BarChart title=t.by_agreement_kind id="by-agreement" rows=agreements/>
            <BarChart title=t.signed_per_year id="per-year" rows=years/>
        </div>
        {(expired > 0).then(|| view! { <p class="charts-note">{(words.expired_apart)(expired)}</p> })}
    }
    .into_any()
}
