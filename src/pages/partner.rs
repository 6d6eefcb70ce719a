//! `/partners/<id>`: a partner, its agreements, and everything that points at it.

use std::sync::Arc;

use crate::components::page_head::{describe, PageHead};
use leptos::prelude::*;

use crate::components::cards::{InternshipCard, NewsCard, ProgramCard};
use crate::components::local_text::{plain, LocalText};
use crate::components::rich_text::RichText;
use crate::components::with_content::item_page;
use crate::domain::partner::Agreement;
use crate::domain::{order, Content, Partner};
use crate::i18n::date;
use crate::site::{asset, lang, t, use_site};

#[component]
pub fn PartnerPage() -> impl IntoView {
    item_page(
        |c: &Content| &c.partners,
        |content, partner| view! { <PartnerDetails content=content partner=partner/> }.into_any(),
    )
}

#[component]
fn PartnerDetails(content: Arc<Content>, partner: Partner) -> impl IntoView {
    let site = use_site();
    let t = t();
    let id = partner.id.clone();
    let hosted: Vec<_> = content
        .internships
        .as_ref()
        .map(|list| {
            order::internships(&list.items, site.today)
                .into_iter()
                .map(|i| &list.items[i])
                .filter(|i| i.host == id)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let programs: Vec<_> = content
        .programs
        .as_ref()
        .map(|list| {
            list.items
                .iter()
                .filter(|p| p.partners.contains(&id))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let news: Vec<_> = content
        .news
        .as_ref()
        .map(|list| {
            order::news(&list.items)
                .into_iter()
                .map(|i| &list.items[i])
                .filter(|n| n.partners.contains(&id))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    view! {
        <PageHead title=plain(&partner.name) description={partner.description.as_ref().map_or_else(|| t.partners_lede.to_string(), describe)}/>
        <p class="eyebrow">{t.partner_kind(partner.kind)}" · "{(t.sector_of)(t.sector(partner.sector()))}</p>
        <div class="title-with-image">
            // Beside the name it shows, the logo says nothing more: decorative.
            {partner.logo.map(|path| view! { <img class="logo" src=asset(&format!("/{path}")) alt="" loading="lazy"/> })}
            <h1><LocalText text=partner.name/></h1>
        </div>
        <dl class="facts">
            {partner.short_name.map(|s| view! { <dt>{t.short_name}</dt><dd>{s}</dd> })}
            <dt>{t.location}</dt><dd><LocalText text=partner.city/>", "{t.country(&partner.country).to_string()}</dd>
            {partner.website.map(|url| {
                let label = url.clone();
                view! { <dt>{t.website}</dt><dd><a href=url rel="noopener">{label}</a></dd> }
            })}
            {(!partner.networks.is_empty()).then(|| view! { <dt>{t.networks}</dt><dd>{partner.networks.join(", ")}</dd> })}
        </dl>
        {partner.description.map(|text| view! { <RichText text=text/> })}
        <section aria-labelledby="agreements">
            <h2 id="agreements">{t.agreements}</h2>
            {if partner.agreements.is_empty() {
                view! { <p>{t.no_agreements}</p> }.into_any()
            } else {
                view! { <ul class="agreements">{partner.agreements.into_iter().map(|a| view! { <AgreementRow agreement=a/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section aria-labelledby="hosted">
            <h2 id="hosted">{t.internships}</h2>
            {hosted.is_empty().then(|| view! { <p>{t.no_internships_here}</p> })}
            <ul class="cards">{hosted.into_iter().map(|i| view! { <InternshipCard content=content.clone() internship=i/> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="programs">
            <h2 id="programs">{t.joint_programs}</h2>
            {programs.is_empty().then(|| view! { <p>{t.no_programs_here}</p> })}
            <ul class="cards">{programs.into_iter().map(|p| view! { <ProgramCard content=content.clone() program=p/> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="news">
            <h2 id="news">{t.news}</h2>
            {news.is_empty().then(|| view! { <p>{t.no_news_here}</p> })}
            <ul class="cards">{news.into_iter().map(|n| view! { <NewsCard item=n/> }).collect_view()}</ul>
        </section>
    }
}

#[component]
fn AgreementRow(agreement: Agreement) -> impl IntoView {
    let expired = agreement.is_expired(use_site().today);
    let t = t();
    view! {
        <li class="agreement">
            <strong>{t.agreement_kind(agreement.kind)}</strong>
            {agreement.title.map(|title| view! { ": "<LocalText text=title/> })}
            <span class="meta">
                " · "{t.signed}" "<time datetime=agreement.signed.to_string()>{date(lang(), agreement.signed)}</time>
                {agreement.expires.map(|d| view! {
                    " · "{if expired { t.expired_on } else { t.valid_until }}" "
                    <time datetime=d.to_string()>{date(lang(), d)}</time>
                })}
            </span>
            {expired.then(|| view! { " "<span class="badge badge-closed">{t.expired}</span> })}
        </li>
    }
}
