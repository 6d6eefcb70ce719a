//! `/programs`: joint programs, those with a coming deadline first, with filters in the URL.

use std::sync::Arc;

use crate::components::page_head::PageHead;
use leptos::prelude::*;

use crate::components::cards::ProgramCard;
use crate::components::choice::{chosen, opts, SelectFilter};
use crate::components::filter_panel::FilterPanel;
use crate::components::first_frame::after_first_frame;
use crate::components::local_text::plain;
use crate::components::search_box::{label_words, SearchLabels};
use crate::components::searchable_list::searchable_list;
use crate::components::section_state::with_section;
use crate::components::use_list::use_list;
use crate::components::with_content::WithContent;
use crate::domain::counting::{counted, Narrowed};
use crate::domain::keyword::Keyword;
use crate::domain::list_filter::{ProgramFacet, ProgramFilter};
use crate::domain::program::Program;
use crate::domain::program::{Level, ProgramKind};
use crate::domain::search::RecentSearches;
use crate::domain::{order, Content, Listing};
use crate::site::{lang, t, use_site};

#[component]
pub fn Programs() -> impl IntoView {
    let t = t();
    view! {
        <PageHead title=t.nav_programs description=t.programs_lede/>
        <h1>{t.programs_title}</h1>
        <p class="lede">{t.programs_lede}</p>
        <WithContent render=program_list/>
    }
}

fn program_list(content: Arc<Content>) -> AnyView {
    let render = |listing| filtered_list(content.clone(), listing);
    with_section(&content.programs, render)
}

fn filtered_list(content: Arc<Content>, listing: Arc<Listing<Program>>) -> AnyView {
    let t = t();
    let today = use_site().today;
    let list = use_list::<ProgramFilter>("/programs");
    let base_order = order::programs(&listing.items, today, lang());
    let results = {
        let (listing, partners) = (listing.clone(), content.partners.clone());
        let recent = StoredValue::new(RecentSearches::new());
        let labels = label_words(&listing.search, &content.site);
        Memo::new(move |_| {
            let country = |id: &str| {
                let partners = partners.as_ref().ok()?;
                partners.get(id).map(|p| p.country.clone())
            };
            let state = list.state.read();
            recent
                .try_update_value(|recent| {
                    state.results(&listing, &labels, &base_order, country, recent)
                })
                .unwrap_or_default()
        })
    };
    let matches = Memo::new(move |_| results.read().shown.clone());
    // Each option shows how many programs it would give with the other filters and the search,
    // after the frame that shows the list (see `first_frame`).
    let counts = after_first_frame(results, Narrowed::counts);
    let count_of = move |facet: ProgramFacet| {
        Callback::new(move |value: String| counts.read().count(facet, &value))
    };
    let programs = listing.items.as_slice();
    // Only the kinds and levels some program has.
    let kinds = opts(
        ProgramKind::ALL
            .iter()
            .filter(|&&k| programs.iter().any(|p| p.kind == k))
            .map(|k| {
                (
                    k.as_str().to_string(),
                    t.labels.program_kind(*k).to_string(),
                )
            }),
    );
    let levels = opts(
        Level::ALL
            .iter()
            .filter(|&&l| programs.iter().any(|p| p.level == l))
            .map(|l| (l.as_str().to_string(), t.labels.level(*l).to_string())),
    );
    let fields = opts(
        counted(programs.iter().map(|p| p.field.clone()))
            .into_iter()
            .map(|(f, _)| {
                let label = plain(&content.site.field_text(&f));
                (f, label)
            }),
    );
    let languages = opts(
        counted(programs.iter().flat_map(|p| p.languages.iter().cloned()))
            .into_iter()
            .map(|(l, _)| (l.clone(), t.language_name(&l).to_string())),
    );
    let partner_countries = content.partners.as_ref().map(|partners| {
        counted(programs.iter().flat_map(|p| {
            p.partners
                .iter()
                .filter_map(|id| partners.get(id))
                .map(|p| p.country.clone())
        }))
    });
    let countries = opts(
        partner_countries
            .unwrap_or_default()
            .into_iter()
            .map(|(c, _)| (c.clone(), t.labels.country(&c).to_string())),
    );
    let labels = SearchLabels {
        label: t.programs_search,
        placeholder: t.programs_placeholder,
        total: t.total_programs,
    };
    let selects = vec![
        SelectFilter::keyed(
            list,
            t.kind,
            "kind",
            kinds,
            Some(count_of(ProgramFacet::Kind)),
        ),
        SelectFilter::keyed(
            list,
            t.level,
            "level",
            levels,
            Some(count_of(ProgramFacet::Level)),
        ),
        SelectFilter::keyed(
            list,
            t.field,
            "field",
            fields,
            Some(count_of(ProgramFacet::Field)),
        ),
        SelectFilter::keyed(
            list,
            t.language_of_instruction,
            "language",
            languages,
            Some(count_of(ProgramFacet::Language)),
        ),
        SelectFilter::keyed(
            list,
            t.partner_country,
            "country",
            countries,
            Some(count_of(ProgramFacet::Country)),
        ),
    ];
    view! {
        <FilterPanel chips={
            let selects = selects.clone();
            Memo::new(move |_| chosen(&selects))
        } filtered=Signal::derive(move || list.state.read().is_filtered()) on_clear=Callback::new(move |()| list.clear())>
            {selects.into_iter().map(SelectFilter::into_view).collect_view()}
        </FilterPanel>
        {
            searchable_list(list, listing, matches, labels, move |program| {
                let (field, partners) = (content.site.field_text(&program.field), content.partner_names(&program.partners));
                view! { <ProgramCard program=program.clone() field=field partners=partners heading_level=2/> }.into_any()
            })
        }
    }
    .into_any()
}
