//! `/internships`: open internships first, soonest deadline first, with filters whose state
//! lives in the URL so that a copied link, a reload and back and forward keep the view.

use std::sync::Arc;

use crate::components::page_head::PageHead;
use crate::components::pagination::{use_page_of, Pagination};
use leptos::prelude::*;

use crate::components::cards::InternshipCard;
use crate::components::choice::{opts, Choice};
use crate::components::filter_panel::{Chip, FilterPanel};
use crate::components::local_text::{plain, LocalText};
use crate::components::search_box::{label_words, SearchBox, SearchLabels};
use crate::components::section_state::SectionProblem;
use crate::components::url_state::{change, href, use_url_state, Change};
use crate::components::with_content::WithContent;
use crate::domain::internship::Mode;
use crate::domain::internship_filter::{
    order, Facet, FacetCounts, Facets, InternshipFilter, Sort, View, POSTED_WITHIN_DAYS,
};
use crate::domain::keyword::Keyword;
use crate::domain::list_filter::UrlState;
use crate::domain::search::RecentSearches;
use crate::domain::site_file::SiteFile;
use crate::domain::{Content, Text};
use crate::site::{lang, t, to, use_site};

#[component]
pub fn Internships() -> impl IntoView {
    let t = t();
    view! {
        <PageHead title=t.internships_title description=t.internships_lede/>
        <h1>{t.internships_title}</h1>
        <p class="lede">{t.internships_lede}</p>
        <WithContent render=finder/>
    }
}

fn finder(content: Arc<Content>) -> AnyView {
    match &content.internships {
        Err(error) => view! { <SectionProblem error=error.clone()/> }.into_any(),
        Ok(_) => view! { <InternshipFinder content=content.clone()/> }.into_any(),
    }
}

const PATH: &str = "/internships";

#[component]
fn InternshipFinder(content: Arc<Content>) -> impl IntoView {
    let t = t();
    let today = use_site().today;
    let (filter, set) = use_url_state::<InternshipFilter>(PATH);
    // Any change of filter starts again from the first page.
    let set_filter = Callback::new(move |Change(f): Change<InternshipFilter>| {
        set.run(change(move |state: &mut InternshipFilter| {
            f(state);
            state.page = 1;
        }))
    });
    let list = content
        .internships
        .as_ref()
        .expect("the finder is shown for a readable file");
    let open_count = list.items.iter().filter(|i| i.is_open(today)).count();
    let past_count = list.items.len() - open_count;
    // Sorted again only when the view or the sort changes; typing only filters this order.
    let ordered = {
        let content = content.clone();
        let view_and_sort = Memo::new(move |_| (filter.read().view, filter.read().sort));
        Memo::new(move |_| {
            let (view, sort) = view_and_sort.get();
            order(
                &content.internships.as_ref().expect("readable").items,
                view,
                sort,
                lang(),
            )
        })
    };
    let results = {
        let content = content.clone();
        let recent = StoredValue::new(RecentSearches::new());
        let labels = label_words(&list.search);
        Memo::new(move |_| {
            let list = content.internships.as_ref().expect("readable");
            let (filter, ordered) = (filter.read(), ordered.read());
            recent
                .try_update_value(|recent| {
                    filter.results(list, &labels, &ordered, today, lang(), recent)
                })
                .unwrap_or_default()
        })
    };
    let matches = Memo::new(move |_| results.read().shown.clone());
    let counts = Memo::new(move |_| results.read().facets.clone());
    let in_view = move || {
        if filter.read().view == View::Open {
            open_count
        } else {
            past_count
        }
    };
    let labels = SearchLabels {
        path: PATH,
        label: t.internships_search,
        placeholder: t.internships_placeholder,
        total: t.total_internships,
    };
    // The internships of the current page; a card stays in place while it is still on the page,
    // so typing that narrows the list only removes cards.
    let page_number = Signal::derive(move || filter.read().page);
    let shown = use_page_of(matches, page_number);
    let page = {
        let content = content.clone();
        view! {
            <ul class="cards">
                <For each=move || shown.read().0.clone() key=|i| *i children=move |i| {
                    let internship = content.internships.as_ref().expect("readable").items[i].clone();
                    view! { <InternshipCard content=content.clone() internship=internship heading_level=2/> }
                }/>
            </ul>
            <Pagination path=PATH page=page_number pages=Signal::derive(move || shown.read().1)/>
        }
        // Erased, or the page's view type grows past the compiler's depth limit natively.
        .into_any()
    };
    let view_tab = move |view: View, label: &'static str, count: usize| {
        let target = move || {
            to(&href(
                PATH,
                &InternshipFilter {
                    view,
                    sort: Sort::Deadline,
                    page: 1,
                    ..filter.get()
                },
            ))
        };
        view! {
            // A plain link: <A> would mark both tabs current, as it compares paths without the query.
            <a href=target class="tab" aria-current=move || (filter.read().view == view).then_some("page")>
                {label}" "<span class="tab-count">"("{count}")"</span>
            </a>
        }
    };
    view! {
        <nav class="tabs" aria-label=t.show>
            {view_tab(View::Open, t.open_now, open_count)}
            {view_tab(View::Past, t.past, past_count)}
        </nav>
        <SearchBox labels=labels matches=Signal::derive(move || matches.read().len()) total=Signal::derive(in_view)/>
        // On wide screens the filters stand beside the list, so the first internships are in view.
        <div class="finder">
            <div class="finder-filters">
                {
                    // The filters offer what the open (or past) internships have; rebuilt only when the view changes.
                    let content = content.clone();
                    let view = Memo::new(move |_| filter.read().view);
                    move || {
                        let list = content.internships.as_ref().expect("readable");
                        let shown = view.get();
                        let in_view: Vec<_> = list.items.iter().filter(|i| i.is_open(today) == (shown == View::Open)).cloned().collect();
                        view! { <FilterControls facets=Facets::of(&in_view) counts=counts vocabulary=content.site.clone() filter=filter set_filter=set_filter/> }
                    }
                }
            </div>
            <div class="finder-results">
                <Show when=move || matches.read().is_empty()>
                    <p class="empty">{t.nothing_matches}</p>
                </Show>
                {page}
            </div>
        </div>
    }
}

#[component]
fn FilterControls(
    facets: Facets,
    /// How many internships each choice would give now.
    counts: Memo<FacetCounts>,
    /// Names the fields in the reader's language.
    vocabulary: SiteFile,
    filter: Memo<InternshipFilter>,
    set_filter: Callback<Change<InternshipFilter>>,
) -> impl IntoView {
    let t = t();
    let lang = lang();
    // Typing changes the filter's text on every key: the controls follow only their own parts.
    let chosen_fields = Memo::new(move |_| filter.read().fields.clone());
    let paid_only = Memo::new(move |_| filter.read().paid_only);
    let sort = Memo::new(move |_| filter.read().sort);
    let filtered = Memo::new(move |_| filter.read().is_filtered());
    let chips = {
        let (cities, vocabulary) = (facets.cities.clone(), vocabulary.clone());
        Memo::new(move |_| chips(&filter.read(), &cities, &vocabulary))
    };
    let fields = facets.fields.into_iter().map(|(field, _)| {
        let checked = {
            let field = field.clone();
            move || chosen_fields.read().contains(&field)
        };
        let count = {
            let field = field.clone();
            Memo::new(move |_| counts.read().count(Facet::Field, &field))
        };
        let toggled = field.clone();
        view! {
            // A field that would give nothing is shown with 0 and cannot be chosen (unless it is).
            <label class="check" class:facet-empty=move || count.get() == 0>
                <input type="checkbox" prop:checked=checked.clone() disabled=move || count.get() == 0 && !checked() on:change=move |_| {
                    let field = toggled.clone();
                    set_filter.run(change(move |f: &mut InternshipFilter| match f.fields.iter().position(|x| *x == field) {
                        Some(at) => { f.fields.remove(at); }
                        None => f.fields.push(field.clone()),
                    }))
                }/>
                <LocalText text=vocabulary.field_text(&field)/>" "<span class="facet-count">"("{count}")"</span>
            </label>
        }
    }).collect_view();
    let countries = opts(
        facets
            .countries
            .iter()
            .map(|(code, _)| (code.clone(), t.country(code).to_string())),
    );
    let cities = opts(
        facets
            .cities
            .iter()
            .map(|(key, name, _)| (key.clone(), name.get(lang).to_string())),
    );
    let modes = opts(
        Mode::ALL
            .iter()
            .map(|m| (m.as_str().to_string(), t.mode(*m).to_string())),
    );
    let languages = opts(
        facets
            .languages
            .iter()
            .map(|(code, _)| (code.clone(), t.language_name(code).to_string())),
    );
    let count_of =
        move |facet: Facet| Callback::new(move |value: String| counts.read().count(facet, &value));
    let posted = opts(
        POSTED_WITHIN_DAYS
            .iter()
            .map(|d| (d.to_string(), (t.last_days)(*d))),
    );
    let sorts = vec![
        ("deadline".to_string(), t.sort_deadline.to_string()),
        ("newest".to_string(), t.sort_newest.to_string()),
        ("title".to_string(), t.sort_title.to_string()),
    ];
    view! {
        <FilterPanel chips=chips>
            <fieldset class="filter-fields">
                <legend>{t.fields}</legend>
                {fields}
            </fieldset>
            <Choice label=t.country name="country" counts=count_of(Facet::Country) options=countries selected=Signal::derive(move || filter.read().country.clone()) on_pick={move |v: Option<String>| set_filter.run(change(move |f: &mut InternshipFilter| f.country = v.clone()))}/>
            <Choice label=t.city name="city" counts=count_of(Facet::City) options=cities selected=Signal::derive(move || filter.read().city.clone()) on_pick={move |v: Option<String>| set_filter.run(change(move |f: &mut InternshipFilter| f.city = v.clone()))}/>
            <Choice label=t.mode name="mode" counts=count_of(Facet::Mode) options=modes selected=Signal::derive(move || filter.read().mode.map(|m| m.as_str().to_string())) on_pick={move |v: Option<String>| set_filter.run(change(move |f: &mut InternshipFilter| f.mode = v.as_deref().and_then(Mode::parse)))}/>
            <Choice label=t.working_language name="language" counts=count_of(Facet::Language) options=languages selected=Signal::derive(move || filter.read().language.clone()) on_pick={move |v: Option<String>| set_filter.run(change(move |f: &mut InternshipFilter| f.language = v.clone()))}/>
            <Choice label=t.posted_within name="posted" options=posted selected=Signal::derive(move || filter.read().posted_within.map(|d| d.to_string())) on_pick={move |v: Option<String>| set_filter.run(change(move |f: &mut InternshipFilter| f.posted_within = v.as_deref().and_then(|d| d.parse().ok())))}/>
            <label class="check paid-only">
                <input type="checkbox" prop:checked=paid_only on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    set_filter.run(change(move |f: &mut InternshipFilter| f.paid_only = on))
                }/>
                {t.paid_only}
            </label>
            <label class="choice">
                <span>{t.sort_by}</span>
                <select name="sort" on:change=move |ev| {
                    let sort = match event_target_value(&ev).as_str() { "newest" => Sort::Newest, "title" => Sort::Title, _ => Sort::Deadline };
                    set_filter.run(change(move |f: &mut InternshipFilter| f.sort = sort))
                }>
                    {sorts.into_iter().map(|(value, label)| {
                        let current = value.clone();
                        let selected = move || matches!((sort.get(), current.as_str()), (Sort::Deadline, "deadline") | (Sort::Newest, "newest") | (Sort::Title, "title"));
                        view! { <option value=value selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </label>
            <button type="button" class="clear-filters" disabled=move || !filtered.get() on:click=move |_| set_filter.run(change(|f: &mut InternshipFilter| *f = f.cleared()))>
                {t.clear_filters}
            </button>
        </FilterPanel>
    }
}

/// The chosen filters, each with the list's address without it; `cities` names the city keys and
/// `vocabulary` the fields.
fn chips(
    filter: &InternshipFilter,
    cities: &[(String, Text, usize)],
    vocabulary: &SiteFile,
) -> Vec<Chip> {
    let (t, lang) = (t(), lang());
    let mut chips = Vec::new();
    let mut chip = |label: String, remove: &dyn Fn(&mut InternshipFilter)| {
        chips.push(Chip::of(PATH, filter, label, |f: &mut InternshipFilter| {
            remove(f);
            f.page = 1;
        }))
    };
    for field in &filter.fields {
        chip(plain(&vocabulary.field_text(field)), &|f| {
            f.fields.retain(|x| x != field)
        });
    }
    if let Some(country) = &filter.country {
        chip(t.country(country).to_string(), &|f| f.country = None);
    }
    if let Some(city) = &filter.city {
        let name = cities
            .iter()
            .find(|(key, ..)| key == city)
            .map_or(city.clone(), |(_, name, _)| name.get(lang).to_string());
        chip(name, &|f| f.city = None);
    }
    if let Some(mode) = filter.mode {
        chip(t.mode(mode).to_string(), &|f| f.mode = None);
    }
    if filter.paid_only {
        chip(t.paid_only.to_string(), &|f| f.paid_only = false);
    }
    if let Some(language) = &filter.language {
        chip(t.language_name(language).to_string(), &|f| {
            f.language = None
        });
    }
    if let Some(days) = filter.posted_within {
        chip((t.last_days)(days), &|f| f.posted_within = None);
    }
    chips
}
