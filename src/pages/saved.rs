//! `/saved`: the internships saved on this device, by deadline, the closed and removed ones
//! last. Removing one (its Save button, or Remove) can be undone for a few seconds.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::IN_BROWSER;
use crate::components::cards::InternshipCard;
use crate::components::page_head::PageHead;
use crate::components::section_state::{with_section, Loading};
use crate::components::share::SavedDeadlinesButton;
use crate::components::with_content::WithContent;
use crate::domain::content::partner_name;
use crate::domain::{saved, Content, Internship, Listing, Partner, Section};
use crate::site::saved::{use_saved, Saved};
use crate::site::{t, use_site};

/// How long the undo stays offered.
const UNDO_FOR: std::time::Duration = std::time::Duration::from_secs(6);

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
    with_section(&content.internships, |list| {
        saved_cards(list, content.partners.clone())
    })
}

/// The saved internships of `list`; `partners` name their hosts.
fn saved_cards(list: Arc<Listing<Internship>>, partners: Section<Partner>) -> AnyView {
    let t = t();
    let today = use_site().today;
    let Saved(ids) = use_saved();
    let ordered = {
        let list = list.clone();
        Memo::new(move |_| {
            saved::by_deadline(&ids.read(), |id| list.get(id).map(|i| i.deadline), today)
        })
    };
    let open_ones = {
        let list = list.clone();
        Signal::derive(move || {
            let ordered = ordered.read();
            let saved = ordered.iter().filter_map(|id| list.get(id));
            saved
                .filter(|i| i.is_open(today))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let undo = undo_of_removals();
    let rows = move || {
        ordered
            .get()
            .into_iter()
            .map(|id| match list.get(&id) {
                Some(internship) => view! { <InternshipCard host=partner_name(&partners, &internship.host) internship=internship.clone() heading_level=2/> }.into_any(),
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
        <Show when=move || !open_ones.read().is_empty()>
            <p><SavedDeadlinesButton internships=open_ones/></p>
        </Show>
        <ul class="cards">{rows}</ul>
        {undo}
    }
    .into_any()
}

/// Watches the saved list: when one internship leaves it, offers to put it back, for a few
/// seconds. Whatever removed it (its Save button, Remove), the header's count follows the list.
fn undo_of_removals() -> impl IntoView {
    let t = t();
    let Saved(ids) = use_saved();
    let last_removed = RwSignal::new(None::<(usize, String)>);
    let undo_button = NodeRef::<leptos::html::Button>::new();
    // Each removal starts its own wait; only the latest one's ends the offer.
    let removals = StoredValue::new(0u32);
    Effect::new(move |before: Option<Vec<String>>| {
        let now = ids.get();
        if let Some((at, id)) = before.and_then(|before| saved::removed(&before, &now)) {
            let removal = removals.get_value() + 1;
            removals.set_value(removal);
            last_removed.set(Some((at, id)));
            // The removed card took the focus with it: keyboard and screen-reader users land on
            // the offer to undo, once it is drawn.
            request_animation_frame(move || {
                if let Some(button) = undo_button.get_untracked() {
                    let _ = button.focus();
                }
            });
            set_timeout(
                move || {
                    if removals.get_value() == removal {
                        hide(last_removed);
                    }
                },
                UNDO_FOR,
            );
        }
        now
    });
    let undo = move |_| {
        let restored = last_removed.get_untracked();
        if let Some((at, id)) = &restored {
            ids.update(|list| *list = saved::restore(list, *at, id));
        }
        hide(last_removed);
        // Back to where the reader was: the restored card's Save button, once it is drawn again.
        if let Some((_, id)) = restored {
            request_animation_frame(move || focus_save_button(&id));
        }
    };
    view! {
        <div class="undo-bar" role="status">
            <Show when=move || last_removed.read().is_some()>
                <p>
                    <span>{t.phone.removed_from_saved}</span>" "
                    <button type="button" class="undo" node_ref=undo_button on:click=undo>{t.phone.undo}</button>
                </p>
            </Show>
        </div>
    }
}

/// Ends the offer; focus that was on it goes to the page, not to nowhere.
fn hide(last_removed: RwSignal<Option<(usize, String)>>) {
    let focused_in_bar = document()
        .active_element()
        .is_some_and(|element| element.closest(".undo-bar").ok().flatten().is_some());
    last_removed.set(None);
    if focused_in_bar {
        if let Some(main) = document().get_element_by_id("main") {
            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(main).focus();
        }
    }
}

/// Focuses the Save button on the card of internship `id` in the list, if it is there.
fn focus_save_button(id: &str) {
    let Ok(links) = document().query_selector_all("ul.cards > li .card-title a") else {
        return;
    };
    let path = format!("/internships/{id}");
    let button = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .find(|link| {
            link.get_attribute("href")
                .is_some_and(|href| href.ends_with(&path))
        })
        .and_then(|link| link.closest("li").ok().flatten())
        .and_then(|card| card.query_selector(".save-button").ok().flatten());
    if let Some(button) = button {
        let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(button).focus();
    }
}
