//! `/internships/<id>`: everything a student needs to decide and apply, and ways to keep it:
//! save, add the deadline to a calendar, share.

use std::sync::Arc;

use crate::components::page_head::{describe, PageHead};
use leptos::prelude::*;

use crate::components::cards::PartnerLink;
use crate::components::deadline_badge::DeadlineBadge;
use crate::components::local_text::{plain, LocalText};
use crate::components::rich_text::RichText;
use crate::components::saved_button::SaveButton;
use crate::components::share::{CalendarButton, ShareButtons};
use crate::components::with_content::item_page;
use crate::domain::{Content, Internship};
use crate::i18n::date;
use crate::site::{lang, t, use_site};

#[component]
pub fn InternshipPage() -> impl IntoView {
    item_page(
        |c: &Content| &c.internships,
        |content, internship| {
            view! { <InternshipDetails content=content internship=internship/> }.into_any()
        },
    )
}

#[component]
fn InternshipDetails(content: Arc<Content>, internship: Internship) -> impl IntoView {
    let t = t();
    let lang = lang();
    let open = internship.is_open(use_site().today);
    let calendar = open.then(|| CalendarButton::for_internship(&internship));
    let Internship {
        id,
        title,
        host,
        city,
        country,
        mode,
        fields,
        description,
        posted,
        deadline,
        starts,
        duration_weeks,
        paid,
        stipend,
        languages,
        eligibility,
        spots,
        apply,
    } = internship;
    let fields: Vec<_> = fields
        .iter()
        .map(|code| content.site.field_text(code))
        .collect();
    view! {
        <PageHead title=plain(&title) description=describe(&description)/>
        <p class="eyebrow">{t.internship}</p>
        <h1><LocalText text=title/></h1>
        <p class="deadline-line">
            {t.apply_by}" "<time datetime=deadline.to_string()>{date(lang, deadline)}</time>" "
            <DeadlineBadge deadline=deadline/>
        </p>
        <div class="actions">
            <SaveButton id=id/>
            {calendar}
            <ShareButtons/>
        </div>
        <dl class="facts">
            <dt>{t.host}</dt><dd><PartnerLink name=content.partner_name(&host) id=host/></dd>
            <dt>{t.location}</dt><dd><LocalText text=city/>", "{t.labels.country(&country).to_string()}</dd>
            <dt>{t.mode}</dt><dd>{t.labels.mode(mode)}</dd>
            <dt>{t.fields}</dt><dd><ul class="inline-list">{fields.into_iter().map(|label| view! { <li><LocalText text=label/></li> }).collect_view()}</ul></dd>
            <dt>{t.pay}</dt>
            <dd>{if paid { t.labels.paid } else { t.labels.unpaid }}{stipend.map(|s| view! { ": "<LocalText text=s/> })}</dd>
            <dt>{t.working_languages}</dt><dd>{t.language_list(&languages)}</dd>
            {eligibility.map(|e| view! { <dt>{t.who_may_apply}</dt><dd><LocalText text=e/></dd> })}
            {spots.map(|n| view! { <dt>{t.places}</dt><dd>{n}</dd> })}
            {starts.map(|d| view! { <dt>{t.starts}</dt><dd><time datetime=d.to_string()>{date(lang, d)}</time></dd> })}
            {duration_weeks.map(|w| view! { <dt>{t.duration}</dt><dd>{(t.weeks)(w)}</dd> })}
            <dt>{t.posted}</dt><dd><time datetime=posted.to_string()>{date(lang, posted)}</time></dd>
        </dl>
        <RichText text=description/>
        {if open {
            view! { <p><a class="button" href=apply rel="noopener">{t.apply}</a></p> }.into_any()
        } else {
            view! { <p class="closed-note">{t.applications_closed}</p> }.into_any()
        }}
    }
}
