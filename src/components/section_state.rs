//! Placeholders while content loads, and what a section shows when its file is unusable.

use leptos::prelude::*;

use crate::domain::SectionError;
use crate::site::use_site;

#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="visually-hidden">"Loading…"</span>
            <div class="placeholder-line"></div>
            <div class="placeholder-line short"></div>
            <div class="placeholder-line"></div>
        </div>
    }
}

/// The section's file could not be used: which file, where and why, and a way to try again.
#[component]
pub fn SectionProblem(error: SectionError) -> impl IntoView {
    let content = use_site().content;
    let (title, detail) = match error {
        SectionError::Unreadable(problem) => (
            format!("This section could not be shown: {} has a mistake at line {}, column {}.", problem.file, problem.line, problem.column),
            problem.message,
        ),
        SectionError::Unavailable { file, reason } => (format!("This section could not be loaded: {file} is unavailable."), reason),
    };
    view! {
        <div class="section-problem" role="alert">
            <p><strong>{title}</strong></p>
            <p>{detail}</p>
            <p>"The other sections of the portal still work."</p>
            <button type="button" on:click=move |_| content.refetch()>"Try again"</button>
        </div>
    }
}
