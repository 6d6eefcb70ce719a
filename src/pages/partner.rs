//! `/partners/<id>`: a partner, its agreements, and everything that points at it. A member of
//! the network also lists the agreements it signed with partners.

use std::sync::Arc;

use crate::components::page_head::{describe, PageHead};
use leptos::prelude::*;

use crate::components::cards::{InternshipCard, NewsCard, ProgramCard};
use crate::components::drawing::{Staged, CARDS};
use crate::components::local_text::{plain, LocalText};
use crate::components::network::AgreementRow;
use crate::components::rich_text::RichText;
use crate::components::with_content::item_page;
use crate::domain::{network, order, Content, Partner};
use crate::site::{asset, t, use_site};

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
    let words = t.network_words;
    let member = content.site.is_member(&id);
    let partners = content
        .partners
        .as_ref()
        .map(|p| p.items.as_slice())
        .unwrap_or_default();
    // A member's side of its agreements: those partners list as signed with it.
    let signed_with_partners: Vec<_> = if member {
        network::signed_by(partners, &content.site, &id, site.today)
            .into_iter()
            .map(|at| {
                let (partner, agreement) = at.of(partners);
                (partner.id.clone(), agreement.clone())
            })
            .collect()
    } else {
        Vec::new()
    };
    // Who signed each of this partner's own agreements, where the network has members.
    let own: Vec<_> = partner
        .agreements
        .iter()
        .map(|a| {
            let signer = (!content.site.members.is_empty())
                .then(|| content.site.signer(a.with.as_deref()).map(str::to_string))
                .flatten()
                .filter(|signer| *signer != id);
            (signer, a.clone())
        })
        .collect();
    let no_agreements = own.is_empty() && signed_with_partners.is_empty();
    let hosted: Vec<_> = content
        .internships
        .as_ref()
        .map(|list| {
            order::internships(&list.items, site.today)
                .into_iter()
                .map(|i| &list.items[i])
                .filter(|i| i.host == id)
                .map(|i| (content.partner_name(&i.host), i.clone()))
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
                .map(|p| {
                    let field = content.site.field_text(&p.field);
                    (field, content.partner_names(&p.partners), p.clone())
                })
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
        <p class="eyebrow">
            {t.labels.partner_kind(partner.kind)}" · "{(t.sector_of)(t.labels.sector(partner.sector()))}
            {member.then(|| view! { " · "<span class="badge badge-member">{words.member}</span> })}
        </p>
        <div class="title-with-image">
            // Beside the name it shows, the logo says nothing more: decorative.
            {partner.logo.map(|path| view! { <img class="logo" src=asset(&format!("/{path}")) alt="" loading="lazy"/> })}
            <h1><LocalText text=partner.name/></h1>
        </div>
        <dl class="facts">
            {partner.short_name.map(|s| view! { <dt>{t.short_name}</dt><dd>{s}</dd> })}
            <dt>{t.location}</dt><dd><LocalText text=partner.city/>", "{t.labels.country(&partner.country).to_string()}</dd>
            {partner.website.map(|url| {
                let label = url.clone();
                view! { <dt>{t.website}</dt><dd><a href=url rel="noopener">{label}</a></dd> }
            })}
            {(!partner.networks.is_empty()).then(|| {
                let networks = partner
                    .networks
                    .iter()
                    .map(|code| view! { <li><LocalText text=content.site.network_text(code)/></li> })
                    .collect_view();
                view! { <dt>{t.networks}</dt><dd><ul class="inline-list">{networks}</ul></dd> }
            })}
        </dl>
        {partner.description.map(|text| view! { <RichText text=text/> })}
        <section aria-labelledby="agreements">
            <h2 id="agreements">{t.agreements}</h2>
            {no_agreements.then(|| view! { <p>{t.no_agreements}</p> })}
            {(!own.is_empty()).then(|| view! {
                <ul class="agreements">
                    {own.into_iter().map(|(signer, agreement)| {
                        let party = signer.map(|id| (words.signed_by, id.clone(), content.partner_name(&id)));
                        view! { <AgreementRow agreement=agreement party=party/> }
                    }).collect_view()}
                </ul>
            })}
            {(!signed_with_partners.is_empty()).then(|| view! {
                <ul class="agreements" aria-label=words.signed_with_partners>
                    {signed_with_partners.into_iter().map(|(id, agreement)| {
                        view! { <AgreementRow agreement=agreement party=Some((words.partner, id.clone(), content.partner_name(&id)))/> }
                    }).collect_view()}
                </ul>
            })}
        </section>
        <section aria-labelledby="hosted">
            <h2 id="hosted">{t.internships}</h2>
            {hosted.is_empty().then(|| view! { <p>{t.no_internships_here}</p> })}
            <ul class="cards"><Staged stage=CARDS>{hosted.into_iter().map(|(host, i)| view! { <InternshipCard host=host internship=i/> }).collect_view()}</Staged></ul>
        </section>
        <section aria-labelledby="programs">
            <h2 id="programs">{t.joint_programs}</h2>
            {programs.is_empty().then(|| view! { <p>{t.no_programs_here}</p> })}
            <ul class="cards"><Staged stage=CARDS>{programs.into_iter().map(|(field, partners, p)| view! { <ProgramCard field=field partners=partners program=p/> }).collect_view()}</Staged></ul>
        </section>
        <section aria-labelledby="news">
            <h2 id="news">{t.news}</h2>
            {news.is_empty().then(|| view! { <p>{t.no_news_here}</p> })}
            <ul class="cards"><Staged stage=CARDS>{news.into_iter().map(|n| view! { <NewsCard item=n/> }).collect_view()}</Staged></ul>
        </section>
    }
}
