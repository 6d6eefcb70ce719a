//! Placeholders while content loads, and what a section shows when its file is unusable.

use leptos::either::Either;
use leptos::prelude::*;

use std::sync::Arc;

use crate::components::apart::apart;
use crate::domain::problem::ProblemKind;
use crate::domain::{Lang, Listing, Section, SectionError};
use crate::i18n::problems::reason;
use crate::site::{lang, t, to, use_site};

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

// The words for each problem in a file are for editors, and the largest table of words in the app.
apart!(problem_words: fn(kind: ProblemKind, lang: Lang) -> String { reason(&kind, lang) });

/// The section's file could not be used: which file, where and why, and a way to try again.
#[component]
pub fn SectionProblem(error: SectionError) -> impl IntoView {
    let site = use_site();
    let t = t();
    // A mistake in the file is worded in the page's language; a failed request as the network
    // layer said it, in English.
    let (title, detail, detail_lang) = match error {
        SectionError::Unreadable(problem) => {
            let lang = lang();
            let reason = async move {
                // Without it, the title still says which file, line and column.
                problem_words::call(*problem.kind, lang)
                    .await
                    .unwrap_or_default()
            };
            (
                (t.file_has_mistake)(&problem.file, problem.line, problem.column),
                Either::Left(Suspend::new(reason)),
                None,
            )
        }
        SectionError::Unavailable { file, reason } => (
            (t.file_unavailable)(file),
            Either::Right(reason),
            Some("en"),
        ),
    };
    view! {
        <div class="section-problem" role="alert">
            <p><strong>{title}</strong></p>
            <p lang=detail_lang>{detail}</p>
            <p>{t.other_sections_work}</p>
            <p><button type="button" on:click=move |_| site.reload()>{t.try_again}</button>" "<a href=to("/edit") rel="external">{t.see_report}</a></p>
        </div>
    }
}

/// `render` with the items of `section`, or the section's problem.
pub fn with_section<T>(
    section: &Section<T>,
    render: impl FnOnce(Arc<Listing<T>>) -> AnyView,
) -> AnyView {
    match section {
        Ok(listing) => render(listing.clone()),
        Err(error) => view! { <SectionProblem error=error.clone()/> }.into_any(),
    }
}

/// The page's code did not arrive (in the release build each page's code is a file of its own,
/// fetched when the reader first opens the page). Loading the address again fetches it anew.
#[component]
pub fn PageNotLoaded() -> impl IntoView {
    let t = t();
    view! {
        <div class="section-problem" role="alert">
            <p><strong>{t.page_not_loaded}</strong></p>
            <p><button type="button" on:click=|_| { let _ = window().location().reload(); }>{t.try_again}</button></p>
        </div>
    }
}
