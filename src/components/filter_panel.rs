//! The filters of a list. On phones and narrow windows they open over the page as a sheet, so
//! the list comes first, and the chosen ones show as chips above the results, each a link to the
//! list without it. Wider screens show the filters in place (style/main.css).

use leptos::prelude::*;

use super::drawing::{Staged, FILTERS};
use super::icon::{Glyph, Icon};
use super::overlay::Overlay;
use super::use_list::UseList;
use crate::domain::list_query::{ListQuery, UrlState};
use crate::site::{t, to};

/// A chosen filter: its words, and the list's address without it (as `site::to` takes it).
#[derive(Clone, PartialEq)]
pub struct Chip {
    pub label: String,
    pub without: String,
}

impl Chip {
    /// The chip `label` of `list` in `state`, which `remove` takes away.
    pub fn of<F: UrlState>(
        list: UseList<F>,
        state: &ListQuery<F>,
        label: String,
        remove: impl FnOnce(&mut F),
    ) -> Chip {
        Chip {
            label,
            without: list.href(&state.with_filter(remove)),
        }
    }
}

#[component]
pub fn FilterPanel(
    /// The filters chosen now.
    #[prop(into)]
    chips: Signal<Vec<Chip>>,
    /// Whether any filter or search text is set: the button that clears them is off otherwise.
    #[prop(into)]
    filtered: Signal<bool>,
    on_clear: Callback<()>,
    children: Children,
) -> impl IntoView {
    let t = t();
    let sheet = Overlay::new();
    let open = sheet.open;
    let close = move || sheet.close();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(panel) = sheet.panel.get_untracked() {
            sheet.on_key(&ev, &panel);
        }
    };
    let chosen = move || chips.read().len();
    view! {
        <div class="filter-panel" class:open=open>
            <div class="filter-bar">
                <button type="button" class="filter-open with-icon" node_ref=sheet.opener aria-controls="filter-sheet"
                    aria-expanded=move || open.get().to_string() on:click=move |_| open.set(true)>
                    <Icon glyph=Glyph::Filter/>{t.filters}
                    {move || (chosen() > 0).then(|| format!(" ({})", chosen()))}
                </button>
                <Show when=move || { chosen() > 0 }>
                    <ul class="chips" aria-label=t.phone.chosen_filters>
                        <For each=move || chips.get() key=|chip| chip.without.clone() children=move |chip| {
                            let name = (t.phone.remove_filter)(&chip.label);
                            view! {
                                <li>
                                    <a class="chip" href=to(&chip.without) aria-label=name>
                                        {chip.label}<Icon glyph=Glyph::Close/>
                                    </a>
                                </li>
                            }
                        }/>
                    </ul>
                </Show>
            </div>
            // A dialog over the page on phones; in place on wide screens, where it is never opened.
            <div id="filter-sheet" class="filter-sheet" node_ref=sheet.panel on:keydown=on_key
                role=move || open.get().then_some("dialog") aria-modal=move || open.get().then_some("true")
                aria-label=move || open.get().then_some(t.filters)>
                <div class="sheet-head">
                    <p class="sheet-title">{t.filters}</p>
                    <button type="button" class="sheet-close" on:click=move |_| close()>
                        <Icon glyph=Glyph::Close/><span class="visually-hidden">{t.phone.close}</span>
                    </button>
                </div>
                <div class="filters" role="group" aria-label=t.filters>
                    <Staged stage=FILTERS>{children()}</Staged>
                    <button type="button" class="clear-filters" disabled=move || !filtered.get() on:click=move |_| on_clear.run(())>
                        {t.clear_filters}
                    </button>
                </div>
                <div class="sheet-foot">
                    <button type="button" class="sheet-done" on:click=move |_| close()>{t.phone.show_results}</button>
                </div>
            </div>
            <Show when=move || open.get()>
                <div class="sheet-backdrop" on:click=move |_| close()></div>
            </Show>
        </div>
    }
    // Erased, or the lists' view types grow past the compiler's depth limit natively.
    .into_any()
}
