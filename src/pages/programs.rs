//! `/programs`: joint programs, those with a coming deadline first, with filters in the URL.

use std::sync::Arc;

use crate::components::page_head::PageHead;
use leptos::prelude::*;

use crate::components::cards::ProgramCard;
use crate::components::choice::{opts, Choice};
use crate::components::filter_panel::{Chip, FilterPanel};
use crate::components::local_text::plain;
use crate::components::search_box::{label_words, SearchLabels};
use crate::components::searchable_list::searchable_list;
use crate::components::section_state::with_section;
use crate::components::use_list::{use_list, UseList};
use crate::components::with_content::WithContent;
use crate::domain::counting::counted;
use crate::domain::keyword::Keyword;
use crate::domain::list_filter::{ProgramFacet, ProgramFilter};
use crate::domain::list_query::ListQuery;
use crate::domain::program::Program;
use crate::domain::program::{Level, ProgramKind};
use crate::domain::search::RecentSearches;
use crate::domain::site_file::SiteFile;
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
    let filter = list.filter;
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
    // Each option shows how many programs it would give with the other filters and the search.
    let count_of = move |facet: ProgramFacet| {
        Callback::new(move |value: String| results.read().counts.count(facet, &value))
    };
    let programs = listing.items.as_slice();
    // Only the kinds and levels some program has.
    let kinds = opts(
        ProgramKind::ALL
            .iter()
            .filter(|&&k| programs.iter().any(|p| p.kind == k))
            .map(|k| (k.as_str().to_string(), t.program_kind(*k).to_string())),
    );
    let levels = opts(
        Level::ALL
            .iter()
            .filter(|&&l| programs.iter().any(|p| p.level == l))
            .map(|l| (l.as_str().to_string(), t.level(*l).to_string())),
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
            .map(|(c, _)| (c.clone(), t.country(&c).to_string())),
    );
    let labels = SearchLabels {
        label: t.programs_search,
        placeholder: t.programs_placeholder,
        total: t.total_programs,
    };
    view! {
        <FilterPanel chips={
            let site = content.site.clone();
            Memo::new(move |_| chips(list, &list.state.read(), &site))
        }>
            <Choice label=t.kind name="kind" counts=count_of(ProgramFacet::Kind) options=kinds selected=Signal::derive(move || filter.read().kind.map(|k| k.as_str().to_string()))
                on_pick={move |v: Option<String>| list.set_filter(move |f: &mut ProgramFilter| f.kind = v.as_deref().and_then(ProgramKind::parse))}/>
            <Choice label=t.level name="level" counts=count_of(ProgramFacet::Level) options=levels selected=Signal::derive(move || filter.read().level.map(|l| l.as_str().to_string()))
                on_pick={move |v: Option<String>| list.set_filter(move |f: &mut ProgramFilter| f.level = v.as_deref().and_then(Level::parse))}/>
            <Choice label=t.field name="field" counts=count_of(ProgramFacet::Field) options=fields selected=Signal::derive(move || filter.read().field.clone())
                on_pick={move |v: Option<String>| list.set_filter(move |f: &mut ProgramFilter| f.field = v.clone())}/>
            <Choice label=t.language_of_instruction name="language" counts=count_of(ProgramFacet::Language) options=languages selected=Signal::derive(move || filter.read().language.clone())
                on_pick={move |v: Option<String>| list.set_filter(move |f: &mut ProgramFilter| f.language = v.clone())}/>
            <Choice label=t.partner_country name="country" counts=count_of(ProgramFacet::Country) options=countries selected=Signal::derive(move || filter.read().country.clone())
                on_pick={move |v: Option<String>| list.set_filter(move |f: &mut ProgramFilter| f.country = v.clone())}/>
            <button type="button" class="clear-filters" disabled=move || !list.state.read().is_filtered() on:click=move |_| list.clear()>
                {t.clear_filters}
            </button>
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

/// The chosen filters, each with the list's address without it.
/// `site` names the fields.
fn chips(
    list: UseList<ProgramFilter>,
    state: &ListQuery<ProgramFilter>,
    site: &SiteFile,
) -> Vec<Chip> {
    let t = t();
    let filter = &state.filter;
    let chip = |label: String, remove: fn(&mut ProgramFilter)| Chip::of(list, state, label, remove);
    [
        filter
            .kind
            .map(|k| chip(t.program_kind(k).to_string(), |f| f.kind = None)),
        filter
            .level
            .map(|l| chip(t.level(l).to_string(), |f| f.level = None)),
        filter
            .field
            .clone()
            .map(|field| chip(plain(&site.field_text(&field)), |f| f.field = None)),
        filter
            .language
            .as_deref()
            .map(|l| chip(t.language_name(l).to_string(), |f| f.language = None)),
        filter
            .country
            .as_deref()
            .map(|c| chip(t.country(c).to_string(), |f| f.country = None)),
    ]
    .into_iter()
    .flatten()
    .collect()
}
