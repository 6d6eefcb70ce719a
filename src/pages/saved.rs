//! `/saved`: the internships saved on this device, those that have closed or been removed too.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::IN_BROWSER;
use crate::components::cards::InternshipCard;
use crate::components::page_head::PageHead;
use crate::components::saved_button::use_saved;
use crate::components::section_state::{Loading, SectionProblem};
use crate::components::with_content::WithContent;
use crate::domain::{saved, Content};
use crate::site::t;

#[component]
pub fn SavedPage() -> impl IntoView {
    let t = t();
    view! {
        <PageHead title=t.saved_title description=t.saved_lede/>
        <h1>{t.saved_title}</h1>
        <p class="lede">{t.saved_lede}</p>
        // What is saved is on the reader's device: the page the build writes shows a placeholder.
        {if IN_BROWSER { view! { <WithContent render=saved_list/> }.into_any() } else { view! { <Loading/> }.into_any() }}
    }
}

fn saved_list(content: Arc<Content>) -> AnyView {
    let t = t();
    let crate::components::saved_button::Saved(ids) = use_saved();
    if let Err(error) = &content.internships {
        return view! { <SectionProblem error=error.clone()/> }.into_any();
    }
    let rows = move || {
        let list = content.internships.as_ref().expect("checked above");
        ids.get()
            .into_iter()
            .map(|id| match list.get(&id) {
                Some(internship) => view! { <InternshipCard content=content.clone() internship=internship.clone() heading_level=2/> }.into_any(),
                None => {
                    let gone = id.clone();
                    view! {
                        <li class="card card-removed">
                            <p>{(t.removed_internship)(&id)}</p>
                            <button type="button" on:click=move |_| ids.update(|list| *list = saved::toggle(list, &gone))>{t.remove}</button>
                        </li>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    view! {
        <p class="match-count" aria-live="polite">{move || (t.saved_count)(ids.read().len())}</p>
        <Show when=move || ids.read().is_empty()>
            <p class="empty">{t.nothing_saved}</p>
        </Show>
        <ul class="cards">{rows}</ul>
    }
    .into_any()
}
