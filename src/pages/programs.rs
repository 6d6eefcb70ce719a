//! `/programs`: joint programs, those with a coming deadline first, with filters in the URL.

use std::sync::Arc;

use crate::components::page_head::PageHead;
use leptos::prelude::*;

use crate::components::cards::ProgramCard;
use crate::components::choice::{opts, Choice};
use crate::components::filter_panel::{Chip, FilterPanel};
use crate::components::local_text::plain;
use crate::components::search_box::SearchLabels;
use crate::components::searchable_list::searchable_list;
use crate::components::url_state::{change, use_url_state};
use crate::components::with_content::WithContent;
use crate::domain::keyword::Keyword;
use crate::domain::list_filter::{ProgramFilter, UrlState};
use crate::domain::network::counted;
use crate::domain::program::{Level, ProgramKind};
use crate::domain::site_file::SiteFile;
use crate::domain::{order, Content};
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
    let t = t();
    let today = use_site().today;
    let (filter, set) = use_url_state::<ProgramFilter>("/programs");
    let base_order = content
        .programs
        .as_ref()
        .map(|p| order::programs(&p.items, today, lang()))
        .unwrap_or_default();
    let order = {
        let content = content.clone();
        Memo::new(move |_| {
            let Ok(programs) = &content.programs else {
                return Vec::new();
            };
            let country = |id: &str| {
                content
                    .partners
                    .as_ref()
                    .ok()
                    .and_then(|p| p.get(id))
                    .map(|p| p.country.clone())
            };
            base_order
                .iter()
                .copied()
                .filter(|&i| filter.read().keeps(&programs.items[i], country))
                .collect()
        })
    };
    let programs = content
        .programs
        .as_ref()
        .map(|p| p.items.as_slice())
        .unwrap_or_default();
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
            .map(|(f, n)| {
                let label = plain(&content.site.field_text(&f));
                (f, format!("{label} ({n})"))
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
        path: "/programs",
        label: t.programs_search,
        placeholder: t.programs_placeholder,
        total: t.total_programs,
    };
    view! {
        <FilterPanel chips={
            let site = content.site.clone();
            Memo::new(move |_| chips(&filter.read(), &site))
        }>
            <Choice label=t.kind name="kind" options=kinds selected=Signal::derive(move || filter.read().kind.map(|k| k.as_str().to_string()))
                on_pick={move |v: Option<String>| set.run(change(move |f: &mut ProgramFilter| f.kind = v.as_deref().and_then(ProgramKind::parse)))}/>
            <Choice label=t.level name="level" options=levels selected=Signal::derive(move || filter.read().level.map(|l| l.as_str().to_string()))
                on_pick={move |v: Option<String>| set.run(change(move |f: &mut ProgramFilter| f.level = v.as_deref().and_then(Level::parse)))}/>
            <Choice label=t.field name="field" options=fields selected=Signal::derive(move || filter.read().field.clone())
                on_pick={move |v: Option<String>| set.run(change(move |f: &mut ProgramFilter| f.field = v.clone()))}/>
            <Choice label=t.language_of_instruction name="language" options=languages selected=Signal::derive(move || filter.read().language.clone())
                on_pick={move |v: Option<String>| set.run(change(move |f: &mut ProgramFilter| f.language = v.clone()))}/>
            <Choice label=t.partner_country name="country" options=countries selected=Signal::derive(move || filter.read().country.clone())
                on_pick={move |v: Option<String>| set.run(change(move |f: &mut ProgramFilter| f.country = v.clone()))}/>
            <button type="button" class="clear-filters" disabled=move || *filter.read() == ProgramFilter::default() on:click=move |_| set.run(change(|f: &mut ProgramFilter| *f = f.cleared()))>
                {t.clear_filters}
            </button>
        </FilterPanel>
        {searchable_list(content, |c: &Content| &c.programs, order.into(), labels, |content, program| view! { <ProgramCard content=content program=program heading_level=2/> }.into_any())}
    }
    .into_any()
}

/// The chosen filters, each with the list's address without it.
/// `site` names the fields.
fn chips(filter: &ProgramFilter, site: &SiteFile) -> Vec<Chip> {
    let t = t();
    let chip = |label: String, remove: fn(&mut ProgramFilter)| {
        Chip::of("/programs", filter, label, remove)
    };
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
