//! One line of a list: a partner, an internship, a program or a news item, linking to its page.

use leptos::prelude::*;

use super::deadline_badge::DeadlineBadge;
use super::icon::{Glyph, Icon};
use super::local_text::LocalText;
use super::network::AgreementBadge;
use super::saved_button::SaveButton;
use crate::domain::{Internship, NewsItem, Partner, Program, Text};
use crate::i18n::date;
use crate::site::{lang, t, to};

/// A card's title, a heading one level under its list's: `2` for the cards of a page's own list
/// (under its h1), `3` for those of a section (under its h2).
fn card_title(level: u8, title: impl IntoView + 'static) -> AnyView {
    match level {
        2 => view! { <h2 class="card-title">{title}</h2> }.into_any(),
        _ => view! { <h3 class="card-title">{title}</h3> }.into_any(),
    }
}

/// A partner, marked when it is a member of the network, with where its agreements stand: the
/// most pressing one's status (an agreement expiring soon before one in force).
#[component]
pub fn PartnerCard(
    partner: Partner,
    #[prop(default = 3)] heading_level: u8,
    #[prop(optional)] member: bool,
) -> impl IntoView {
    let t = t();
    let href = format!("/partners/{}", partner.id);
    let today = crate::site::use_site().today;
    let status = partner.agreement_status(today).map(|status| {
        let expires = partner.next_expiry(today);
        view! { <AgreementBadge status=status expires=expires/> }
    });
    view! {
        <li class="card">
            {card_title(heading_level, view! { <a href=to(&href)><LocalText text=partner.name/></a> })}
            <p class="meta">
                <span>{t.labels.partner_kind(partner.kind)}</span>
                " · "
                <LocalText text=partner.city/>", "{t.labels.country(&partner.country).to_string()}
                {partner.short_name.map(|s| view! { " · " <span>{s}</span> })}
            </p>
            {(member || status.is_some()).then(|| view! {
                <p class="badges">
                    {member.then(|| view! { <span class="badge badge-member">{t.network_words.member}</span>" " })}
                    {status}
                </p>
            })}
        </li>
    }
}

/// The partner `id`'s name as a link to its page, or the bare id when partners could not be
/// read (`name` is then `None`).
#[component]
pub fn PartnerLink(id: String, name: Option<Text>) -> impl IntoView {
    match name {
        Some(name) => {
            view! { <a href=to(&format!("/partners/{id}"))><LocalText text=name/></a> }.into_any()
        }
        None => view! { <span>{id}</span> }.into_any(),
    }
}

/// An internship, with its host's name (`None` when partners could not be read).
#[component]
pub fn InternshipCard(
    internship: Internship,
    host: Option<Text>,
    #[prop(default = 3)] heading_level: u8,
) -> impl IntoView {
    let t = t();
    let href = format!("/internships/{}", internship.id);
    let status = crate::domain::deadline::DeadlineStatus::of(
        internship.deadline,
        crate::site::use_site().today,
    );
    view! {
        <li class="card" class:closing-soon=status.is_closing_soon()>
            <div class="card-head">
                {card_title(heading_level, view! { <a href=to(&href)><LocalText text=internship.title/></a> })}
                <SaveButton id=internship.id.clone()/>
            </div>
            <p class="meta">
                <PartnerLink id=internship.host name=host/>
                " · "<LocalText text=internship.city/>", "{t.labels.country(&internship.country).to_string()}
            </p>
            // What decides a click, at a glance: the deadline, then how and whether it is paid.
            <p class="card-facts">
                <span class="deadline">
                    <Icon glyph=Glyph::Calendar/>
                    {t.apply_by}" "<time datetime=internship.deadline.to_string()>{date(lang(), internship.deadline)}</time>
                </span>
                " "<DeadlineBadge deadline=internship.deadline/>
                " "<span class="tag">{t.labels.mode(internship.mode)}</span>
                {internship.paid.then(|| view! { " "<span class="tag tag-paid">{t.labels.paid}</span> })}
            </p>
        </li>
    }
}

/// A program, with its field's label and its partners' ids and names.
#[component]
pub fn ProgramCard(
    program: Program,
    field: Text,
    partners: Vec<(String, Option<Text>)>,
    #[prop(default = 3)] heading_level: u8,
) -> impl IntoView {
    let t = t();
    let href = format!("/programs/{}", program.id);
    let partners = partners
        .into_iter()
        .map(|(id, name)| view! { <li><PartnerLink id=id name=name/></li> })
        .collect_view();
    view! {
        <li class="card">
            {card_title(heading_level, view! { <a href=to(&href)><LocalText text=program.title/></a> })}
            <p class="meta">{t.labels.program_kind(program.kind)}" · "{t.labels.level(program.level)}" · "<LocalText text=field/></p>
            <ul class="inline-list" aria-label=t.partners>{partners}</ul>
        </li>
    }
}

#[component]
pub fn NewsCard(item: NewsItem, #[prop(default = 3)] heading_level: u8) -> impl IntoView {
    let href = format!("/news/{}", item.id);
    view! {
        <li class="card">
            <p class="meta"><time datetime=item.date.to_string()>{date(lang(), item.date)}</time></p>
            {card_title(heading_level, view! { <a href=to(&href)><LocalText text=item.title/></a> })}
            <p><LocalText text=item.summary/></p>
        </li>
    }
}
