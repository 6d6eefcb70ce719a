//! One line of a list: a partner, an internship, a program or a news item, linking to its page.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use super::deadline_badge::DeadlineBadge;
use super::local_text::LocalText;
use crate::domain::{Content, Internship, NewsItem, Partner, Program};
use crate::format;

#[component]
pub fn PartnerCard(partner: Partner) -> impl IntoView {
    let href = format!("/partners/{}", partner.id);
    view! {
        <li class="card">
            <h3><A href=href><LocalText text=partner.name/></A></h3>
            <p class="meta">
                <span>{format::partner_kind(partner.kind)}</span>
                " · "
                <LocalText text=partner.city/>", "{format::country(&partner.country).to_string()}
                {partner.short_name.map(|s| view! { " · " <span>{s}</span> })}
            </p>
        </li>
    }
}

/// The host's name as a link to its page, or the bare id when partners could not be read.
#[component]
pub fn PartnerLink(content: Arc<Content>, id: String) -> impl IntoView {
    let partner = content.partners.as_ref().ok().and_then(|p| p.get(&id)).cloned();
    match partner {
        Some(partner) => view! { <A href=format!("/partners/{id}")><LocalText text=partner.name/></A> }.into_any(),
        None => view! { <span>{id}</span> }.into_any(),
    }
}

#[component]
pub fn InternshipCard(content: Arc<Content>, internship: Internship) -> impl IntoView {
    let href = format!("/internships/{}", internship.id);
    view! {
        <li class="card">
            <h3><A href=href><LocalText text=internship.title/></A></h3>
            <p class="meta">
                <PartnerLink content=content id=internship.host/>
                " · "<LocalText text=internship.city/>", "{format::country(&internship.country).to_string()}
                " · "{format::mode(internship.mode)}
                {internship.paid.then_some(" · Paid")}
            </p>
            <p class="deadline">
                "Apply by "{format::date(internship.deadline)}" "
                <DeadlineBadge deadline=internship.deadline/>
            </p>
        </li>
    }
}

#[component]
pub fn ProgramCard(content: Arc<Content>, program: Program) -> impl IntoView {
    let href = format!("/programs/{}", program.id);
    let partners = program.partners.into_iter().map(|id| view! { <li><PartnerLink content=content.clone() id=id/></li> }).collect_view();
    view! {
        <li class="card">
            <h3><A href=href><LocalText text=program.title/></A></h3>
            <p class="meta">{format::keyword(program.kind)}" · "{format::level(program.level)}" · "{program.field}</p>
            <ul class="inline-list" aria-label="Partners">{partners}</ul>
        </li>
    }
}

#[component]
pub fn NewsCard(item: NewsItem) -> impl IntoView {
    let href = format!("/news/{}", item.id);
    view! {
        <li class="card">
            <p class="meta"><time datetime=item.date.to_string()>{format::date(item.date)}</time></p>
            <h3><A href=href><LocalText text=item.title/></A></h3>
            <p><LocalText text=item.summary/></p>
        </li>
    }
}
