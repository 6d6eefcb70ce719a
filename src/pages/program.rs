//! `/programs/<id>`: a joint program and its partners.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::cards::PartnerLink;
use crate::components::deadline_badge::DeadlineBadge;
use crate::components::local_text::{plain, LocalText};
use crate::components::rich_text::RichText;
use crate::components::with_content::{find_item, use_item_id, WithContent};
use crate::domain::{Content, Program};
use crate::format;

#[component]
pub fn ProgramPage() -> impl IntoView {
    let id = use_item_id();
    move || {
        let id = id.get();
        view! {
            <WithContent render=move |content| match find_item(&content.programs, &id) {
                Ok(program) => view! { <ProgramDetails content=content program=program/> }.into_any(),
                Err(instead) => instead,
            }/>
        }
    }
}

#[component]
fn ProgramDetails(content: Arc<Content>, program: Program) -> impl IntoView {
    let Program { title, kind, level, partners, field, languages, duration_months, description, deadline, apply, .. } = program;
    let partners = partners.into_iter().map(|id| view! { <li><PartnerLink content=content.clone() id=id/></li> }).collect_view();
    view! {
        <Title text=plain(&title)/>
        <p class="eyebrow">{format::keyword(kind)}</p>
        <h1><LocalText text=title/></h1>
        <dl class="facts">
            <dt>"Level"</dt><dd>{format::level(level)}</dd>
            <dt>"Partners"</dt><dd><ul class="inline-list">{partners}</ul></dd>
            <dt>"Field"</dt><dd>{field}</dd>
            <dt>"Languages of instruction"</dt><dd>{format::languages(&languages)}</dd>
            {duration_months.map(|m| view! { <dt>"Duration"</dt><dd>{format::count(m as usize, "month", "months")}</dd> })}
            {deadline.map(|d| view! {
                <dt>"Next deadline"</dt>
                <dd><time datetime=d.to_string()>{format::date(d)}</time>" "<DeadlineBadge deadline=d/></dd>
            })}
        </dl>
        <RichText text=description/>
        {apply.map(|url| view! { <p><a class="button" href=url rel="noopener">"How to apply"</a></p> })}
    }
}
