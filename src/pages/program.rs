//! `/programs/<id>`: a joint program and its partners.

use std::sync::Arc;

use crate::components::page_head::{describe, PageHead};
use leptos::prelude::*;

use crate::components::cards::PartnerLink;
use crate::components::deadline_badge::DeadlineBadge;
use crate::components::local_text::{plain, LocalText};
use crate::components::rich_text::RichText;
use crate::components::with_content::item_page;
use crate::domain::{Content, Program};
use crate::i18n::date;
use crate::site::{lang, t};

#[component]
pub fn ProgramPage() -> impl IntoView {
    item_page(
        |c: &Content| &c.programs,
        |content, program| view! { <ProgramDetails content=content program=program/> }.into_any(),
    )
}

#[component]
fn ProgramDetails(content: Arc<Content>, program: Program) -> impl IntoView {
    let t = t();
    let Program {
        title,
        kind,
        level,
        partners,
        field,
        languages,
        duration_months,
        description,
        deadline,
        apply,
        ..
    } = program;
    let field = content.site.field_text(&field);
    let partners = partners
        .into_iter()
        .map(|id| view! { <li><PartnerLink name=content.partner_name(&id) id=id/></li> })
        .collect_view();
    view! {
        <PageHead title=plain(&title) description=describe(&description)/>
        <p class="eyebrow">{t.labels.program_kind(kind)}</p>
        <h1><LocalText text=title/></h1>
        <dl class="facts">
            <dt>{t.level}</dt><dd>{t.labels.level(level)}</dd>
            <dt>{t.partners}</dt><dd><ul class="inline-list">{partners}</ul></dd>
            <dt>{t.field}</dt><dd><LocalText text=field/></dd>
            <dt>{t.languages_of_instruction}</dt><dd>{t.language_list(&languages)}</dd>
            {duration_months.map(|m| view! { <dt>{t.duration}</dt><dd>{(t.months)(m)}</dd> })}
            {deadline.map(|d| view! {
                <dt>{t.next_deadline}</dt>
                <dd><time datetime=d.to_string()>{date(lang(), d)}</time>" "<DeadlineBadge deadline=d/></dd>
            })}
        </dl>
        <RichText text=description/>
        {apply.map(|url| view! { <p><a class="button" href=url rel="noopener">{t.how_to_apply}</a></p> })}
    }
}
