//! The network as a reader sees it: its members, whom to write to, and agreements: what they
//! are, who signed them, and where they stand today.

use leptos::prelude::*;

use super::cards::{PartnerCard, PartnerLink};
use super::local_text::LocalText;
use crate::domain::partner::{Agreement, AgreementStatus};
use crate::domain::site_file::Owner;
use crate::domain::{Date, Partner, Text};
use crate::i18n::date;
use crate::site::{lang, t, use_site};

/// Where an agreement stands today, in words: "In force", "Expires in 38 days".
#[component]
pub fn AgreementBadge(status: AgreementStatus, expires: Option<Date>) -> impl IntoView {
    let words = t().network_words;
    let today = use_site().today;
    let (class, text) = match status {
        AgreementStatus::Expiring => {
            let days = expires.map_or(0, |d| today.days_until(d));
            let when = if days == 0 {
                words.expires_today.to_string()
            } else {
                (words.expires_in)(days)
            };
            ("badge badge-expiring", when)
        }
        AgreementStatus::Active => ("badge badge-active", words.in_force.to_string()),
        AgreementStatus::OpenEnded => ("badge badge-active", words.open_ended.to_string()),
        AgreementStatus::Expired => ("badge badge-closed", words.expired.to_string()),
    };
    view! { <span class=class>{text}</span> }
}

/// One agreement: its kind and title, the other party (`party`: a partner or the member that
/// signed it), its dates and its status.
#[component]
pub fn AgreementRow(
    agreement: Agreement,
    /// How to call the other party ("Signed by", "Partner"), its id and name.
    party: Option<(&'static str, String, Option<Text>)>,
) -> impl IntoView {
    let today = use_site().today;
    let status = agreement.status(today);
    let t = t();
    view! {
        <li class="agreement">
            <strong>{t.labels.agreement_kind(agreement.kind)}</strong>
            {agreement.title.map(|title| view! { ": "<LocalText text=title/> })}
            " "<AgreementBadge status=status expires=agreement.expires/>
            <span class="meta">
                {party.map(|(label, id, name)| view! { {label}": "<PartnerLink id=id name=name/>" · " })}
                {t.signed}" "<time datetime=agreement.signed.to_string()>{date(lang(), agreement.signed)}</time>
                {agreement.expires.map(|d| view! {
                    " · "{if status == AgreementStatus::Expired { t.expired_on } else { t.valid_until }}" "
                    <time datetime=d.to_string()>{date(lang(), d)}</time>
                })}
            </span>
        </li>
    }
}

/// Who runs the portal, and where partnership enquiries go.
#[component]
pub fn OwnerContact(owner: Owner) -> impl IntoView {
    let words = t().network_words;
    let contact = owner.contact.clone();
    let shown = contact
        .strip_prefix("mailto:")
        .map_or(contact.clone(), str::to_string);
    view! {
        <section class="owner-contact" aria-labelledby="enquiries">
            <h2 id="enquiries">{words.enquiries}</h2>
            <p><LocalText text=owner.name/></p>
            <p>{words.contact}": "<a href=contact rel="noopener">{shown}</a>
                {owner.phone.map(|phone| view! { " · "{words.phone}": "{phone} })}
            </p>
        </section>
    }
}

/// The network's members as cards.
#[component]
pub fn Members(members: Vec<Partner>) -> impl IntoView {
    let words = t().network_words;
    (!members.is_empty()).then(|| {
        view! {
            <section class="members" aria-labelledby="members">
                <h2 id="members">{words.members_title}</h2>
                <p>{words.members_lede}</p>
                <ul class="cards">
                    {members.into_iter().map(|partner| view! { <PartnerCard partner=partner member=true/> }).collect_view()}
                </ul>
            </section>
        }
    })
}
