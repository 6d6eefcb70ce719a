//! `/internships/<id>`: everything a student needs to decide and apply.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::cards::PartnerLink;
use crate::components::deadline_badge::DeadlineBadge;
use crate::components::local_text::{plain, LocalText};
use crate::components::rich_text::RichText;
use crate::components::with_content::{find_item, use_item_id, WithContent};
use crate::domain::{Content, Internship};
use crate::format;
use crate::site::use_site;

#[component]
pub fn InternshipPage() -> impl IntoView {
    let id = use_item_id();
    move || {
        let id = id.get();
        view! {
            <WithContent render=move |content| match find_item(&content.internships, &id) {
                Ok(internship) => view! { <InternshipDetails content=content internship=internship/> }.into_any(),
                Err(instead) => instead,
            }/>
        }
    }
}

#[component]
fn InternshipDetails(content: Arc<Content>, internship: Internship) -> impl IntoView {
    let open = internship.is_open(use_site().today);
    let Internship { title, host, city, country, mode, fields, description, posted, deadline, starts, duration_weeks, paid, stipend, languages, eligibility, spots, apply, .. } = internship;
    view! {
        <Title text=plain(&title)/>
        <p class="eyebrow">"Internship"</p>
        <h1><LocalText text=title/></h1>
        <p class="deadline-line">
            "Apply by "<time datetime=deadline.to_string()>{format::date(deadline)}</time>" "
            <DeadlineBadge deadline=deadline/>
        </p>
        <dl class="facts">
            <dt>"Host"</dt><dd><PartnerLink content=content id=host/></dd>
            <dt>"Location"</dt><dd><LocalText text=city/>", "{format::country(&country).to_string()}</dd>
            <dt>"Mode"</dt><dd>{format::mode(mode)}</dd>
            <dt>"Fields"</dt><dd>{fields.join(", ")}</dd>
            <dt>"Pay"</dt>
            <dd>{if paid { "Paid" } else { "Unpaid" }}{stipend.map(|s| view! { ": "<LocalText text=s/> })}</dd>
            <dt>"Working languages"</dt><dd>{format::languages(&languages)}</dd>
            {eligibility.map(|e| view! { <dt>"Who may apply"</dt><dd><LocalText text=e/></dd> })}
            {spots.map(|n| view! { <dt>"Places"</dt><dd>{n}</dd> })}
            {starts.map(|d| view! { <dt>"Starts"</dt><dd><time datetime=d.to_string()>{format::date(d)}</time></dd> })}
            {duration_weeks.map(|w| view! { <dt>"Duration"</dt><dd>{format::count(w as usize, "week", "weeks")}</dd> })}
            <dt>"Posted"</dt><dd><time datetime=posted.to_string()>{format::date(posted)}</time></dd>
        </dl>
        <RichText text=description/>
        {if open {
            view! { <p><a class="button" href=apply rel="noopener">"Apply"</a></p> }.into_any()
        } else {
            view! { <p class="closed-note">"Applications for this internship are closed."</p> }.into_any()
        }}
    }
}
