//! `/partners/<id>`: a partner, its agreements, and everything that points at it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::cards::{InternshipCard, NewsCard, ProgramCard};
use crate::components::local_text::{plain, LocalText};
use crate::components::rich_text::RichText;
use crate::components::with_content::{find_item, use_item_id, WithContent};
use crate::domain::partner::Agreement;
use crate::domain::{order, Content, Partner};
use crate::format;
use crate::site::use_site;

#[component]
pub fn PartnerPage() -> impl IntoView {
    let id = use_item_id();
    move || {
        let id = id.get();
        view! {
            <WithContent render=move |content| match find_item(&content.partners, &id) {
                Ok(partner) => view! { <PartnerDetails content=content partner=partner/> }.into_any(),
                Err(instead) => instead,
            }/>
        }
    }
}

#[component]
fn PartnerDetails(content: Arc<Content>, partner: Partner) -> impl IntoView {
    let site = use_site();
    let id = partner.id.clone();
    let hosted: Vec<_> = content.internships.as_ref().map(|list| {
        order::internships(&list.items, site.today).into_iter().map(|i| &list.items[i]).filter(|i| i.host == id).cloned().collect()
    }).unwrap_or_default();
    let programs: Vec<_> = content.programs.as_ref().map(|list| list.items.iter().filter(|p| p.partners.contains(&id)).cloned().collect()).unwrap_or_default();
    let news: Vec<_> = content.news.as_ref().map(|list| {
        order::news(&list.items).into_iter().map(|i| &list.items[i]).filter(|n| n.partners.contains(&id)).cloned().collect()
    }).unwrap_or_default();
    view! {
        <Title text=plain(&partner.name)/>
        <p class="eyebrow">{format::partner_kind(partner.kind)}" · "{format::keyword(partner.sector())}" sector"</p>
        <h1><LocalText text=partner.name/></h1>
        <dl class="facts">
            {partner.short_name.map(|s| view! { <dt>"Short name"</dt><dd>{s}</dd> })}
            <dt>"Location"</dt><dd><LocalText text=partner.city/>", "{format::country(&partner.country).to_string()}</dd>
            {partner.website.map(|url| {
                let label = url.clone();
                view! { <dt>"Website"</dt><dd><a href=url rel="noopener">{label}</a></dd> }
            })}
            {(!partner.networks.is_empty()).then(|| view! { <dt>"Networks"</dt><dd>{partner.networks.join(", ")}</dd> })}
        </dl>
        {partner.description.map(|text| view! { <RichText text=text/> })}
        <section aria-labelledby="agreements">
            <h2 id="agreements">"Agreements"</h2>
            {if partner.agreements.is_empty() {
                view! { <p>"No agreement is listed."</p> }.into_any()
            } else {
                view! { <ul class="agreements">{partner.agreements.into_iter().map(|a| view! { <AgreementRow agreement=a/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section aria-labelledby="hosted">
            <h2 id="hosted">"Internships"</h2>
            {if hosted.is_empty() { Some(view! { <p>"No internship is listed for this partner."</p> }) } else { None }}
            <ul class="cards">{hosted.into_iter().map(|i| view! { <InternshipCard content=content.clone() internship=i/> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="programs">
            <h2 id="programs">"Joint programs"</h2>
            {if programs.is_empty() { Some(view! { <p>"No joint program is listed with this partner."</p> }) } else { None }}
            <ul class="cards">{programs.into_iter().map(|p| view! { <ProgramCard content=content.clone() program=p/> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="news">
            <h2 id="news">"News"</h2>
            {if news.is_empty() { Some(view! { <p>"No news item mentions this partner yet."</p> }) } else { None }}
            <ul class="cards">{news.into_iter().map(|n| view! { <NewsCard item=n/> }).collect_view()}</ul>
        </section>
    }
}

#[component]
fn AgreementRow(agreement: Agreement) -> impl IntoView {
    let expired = agreement.is_expired(use_site().today);
    view! {
        <li class="agreement">
            <strong>{format::keyword(agreement.kind)}</strong>
            {agreement.title.map(|t| view! { ": "<LocalText text=t/> })}
            <span class="meta">
                " · signed "<time datetime=agreement.signed.to_string()>{format::date(agreement.signed)}</time>
                {agreement.expires.map(|d| view! {
                    {if expired { " · expired " } else { " · valid until " }}
                    <time datetime=d.to_string()>{format::date(d)}</time>
                })}
            </span>
            {expired.then(|| view! { " "<span class="badge badge-closed">"Expired"</span> })}
        </li>
    }
}
