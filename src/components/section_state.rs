//! Placeholders while content loads, and what a section shows when its file is unusable.

use leptos::prelude::*;

use crate::domain::SectionError;
use crate::site::{t, to, use_site};

#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="visually-hidden">{t().loading}</span>
            <div class="placeholder-line"></div>
            <div class="placeholder-line short"></div>
            <div class="placeholder-line"></div>
        </div>
    }
}

/// The section's file could not be used: which file, where and why, and a way to try again.
#[component]
pub fn SectionProblem(error: SectionError) -> impl IntoView {
    let site = use_site();
    let t = t();
    let (title, detail) = match error {
        SectionError::Unreadable(problem) => (
            (t.file_has_mistake)(&problem.file, problem.line, problem.column),
            problem.message,
        ),
        SectionError::Unavailable { file, reason } => ((t.file_unavailable)(file), reason),
    };
    view! {
        <div class="section-problem" role="alert">
            <p><strong>{title}</strong></p>
            <p lang="en">{detail}</p>
            <p>{t.other_sections_work}</p>
            <p><button type="button" on:click=move |_| site.reload()>{t.try_again}</button>" "<a href=to("/preview")>{t.see_report}</a></p>
        </div>
    }
}
