//! `/internships`: open internships first, soonest deadline first, with filters whose state
//! lives in the URL so that a copied link, a reload and back and forward keep the view.

use std::sync::Arc;

use crate::components::page_head::PageHead;
use leptos::prelude::*;

use crate::components::cards::InternshipCard;
use crate::components::choice::{chosen, opts, SelectFilter};
use crate::components::filter_panel::{Chip, FilterPanel};
use crate::components::first_frame::after_first_frame;
use crate::components::local_text::{plain, LocalText};
use crate::components::search_box::{label_words, SearchBox, SearchLabels};
use crate::components::searchable_list::ListPage;
use crate::components::section_state::with_section;
use crate::components::tab_link::tab_link;
use crate::components::use_list::{use_list, UseList};
use crate::components::with_content::WithContent;
use crate::domain::content::partner_name;
use crate::domain::counting::{FacetCounts, Narrowed};
use crate::domain::internship::Mode;
use crate::domain::internship_filter::{
    order, Facet, Facets, InternshipFilter, Sort, View, POSTED_WITHIN_DAYS,
};
use crate::domain::keyword::Keyword;
use crate::domain::list_query::ListQuery;
use crate::domain::search::RecentSearches;
use crate::domain::site_file::SiteFile;
use crate::domain::{Content, Internship, Listing, Partner, Section};
use crate::i18n::number;
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
    with_section(&content.internships, |listing| {
        view! { <InternshipFinder listing=listing partners=content.partners.clone() vocabulary=content.site.clone()/> }.into_any()
    })
}

const PATH: &str = "/internships";

#[component]
fn InternshipFinder(
    listing: Arc<Listing<Internship>>,
    /// Names the hosts.
    partners: Section<Partner>,
    /// Names the fields.
    vocabulary: SiteFile,
) -> impl IntoView {
    let t = t();
    let today = use_site().today;
    let list = use_list::<InternshipFilter>(PATH);
    let filter = list.filter;
    let open_count = listing.items.iter().filter(|i| i.is_open(today)).count();
    let past_count = listing.items.len() - open_count;
    // Sorted again only when the view or the sort changes; typing only filters this order.
    let ordered = {
        let listing = listing.clone();
        let view_and_sort = Memo::new(move |_| (filter.read().view, filter.read().sort));
        Memo::new(move |_| {
            let (view, sort) = view_and_sort.get();
            order(&listing.items, view, sort, lang())
        })
    };
    let results = {
        let listing = listing.clone();
        let recent = StoredValue::new(RecentSearches::new());
        let labels = label_words(&listing.search, &vocabulary);
        Memo::new(move |_| {
            let (state, ordered) = (list.state.read(), ordered.read());
            recent
                .try_update_value(|recent| {
                    state.results(&listing, &labels, &ordered, today, lang(), recent)
                })
                .unwrap_or_default()
        })
    };
    let matches = Memo::new(move |_| results.read().shown.clone());
    // The filters' counts are not what a typist looks at: they follow after the list's frame.
    let counts = after_first_frame(results, Narrowed::counts);
    let in_view = move || {
        if filter.read().view == View::Open {
            open_count
        } else {
            past_count
        }
    };
    let labels = SearchLabels {
        label: t.internships_search,
        placeholder: t.internships_placeholder,
        total: t.total_internships,
    };
    let card = move |internship: &Internship| {
        let host = partner_name(&partners, &internship.host);
        view! { <InternshipCard internship=internship.clone() host=host heading_level=2/> }
            .into_any()
    };
    let view_tab = move |view: View, label: &'static str, count: usize| {
        let target = move || {
            let state = list.state.read().with_filter(|f| {
                f.view = view;
                f.sort = Sort::Deadline;
            });
            to(&list.href(&state))
        };
        tab_link(
            target,
            move || filter.read().view == view,
            label,
            move || count,
        )
    };
    view! {
        <nav class="tabs" aria-label=t.show>
            {view_tab(View::Open, t.open_now, open_count)}
            {view_tab(View::Past, t.past, past_count)}
        </nav>
        <SearchBox list=list labels=labels matches=Signal::derive(move || matches.read().len()) total=Signal::derive(in_view)/>
        // On wide screens the filters stand beside the list, so the first internships are in view.
        <div class="finder">
            <div class="finder-filters">
                {
                    // The filters offer what the open (or past) internships have; rebuilt only when the view changes.
                    let view = Memo::new(move |_| filter.read().view);
                    let listing = listing.clone();
                    move || {
                        let shown = view.get();
                        let in_view = listing.items.iter().filter(|i| i.is_open(today) == (shown == View::Open));
                        view! { <FilterControls facets=Facets::of(in_view) counts=counts vocabulary=vocabulary.clone() list=list/> }
                    }
                }
            </div>
            <div class="finder-results">
                <ListPage list=list listing=listing matches=matches card=Arc::new(card)/>
            </div>
        </div>
    }
}

#[component]
fn FilterControls(
    facets: Facets,
    /// How many internships each choice would give now.
    counts: ReadSignal<FacetCounts>,
    /// Names the fields in the reader's language.
    vocabulary: SiteFile,
    list: UseList<InternshipFilter>,
) -> impl IntoView {
    let t = t();
    let lang = lang();
    let filter = list.filter;
    // Typing changes the filter's text on every key: the controls follow only their own parts.
    let chosen_fields = Memo::new(move |_| filter.read().fields.clone());
    let paid_only = Memo::new(move |_| filter.read().paid_only);
    let sort = Memo::new(move |_| filter.read().sort);
    let filtered = Memo::new(move |_| list.state.read().is_filtered());
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
                    list.set_filter(move |f: &mut InternshipFilter| match f.fields.iter().position(|x| *x == field) {
                        Some(at) => { f.fields.remove(at); }
                        None => f.fields.push(field),
                    })
                }/>
                <LocalText text=vocabulary.field_text(&field)/>" "<span class="facet-count">"("{move || number(lang, count.get() as u64)}")"</span>
            </label>
        }
    }).collect_view();
    let countries = opts(
        facets
            .countries
            .iter()
            .map(|(code, _)| (code.clone(), t.labels.country(code).to_string())),
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
            .map(|m| (m.as_str().to_string(), t.labels.mode(*m).to_string())),
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
    let sorts = [
        (Sort::Deadline, t.sort_deadline),
        (Sort::Newest, t.sort_newest),
        (Sort::Title, t.sort_title),
    ];
    let selects = vec![
        SelectFilter::keyed(
            list,
            t.country,
            "country",
            countries,
            Some(count_of(Facet::Country)),
        ),
        SelectFilter::keyed(list, t.city, "city", cities, Some(count_of(Facet::City))),
        SelectFilter::keyed(list, t.mode, "mode", modes, Some(count_of(Facet::Mode))),
        SelectFilter::keyed(
            list,
            t.working_language,
            "language",
            languages,
            Some(count_of(Facet::Language)),
        ),
        SelectFilter::keyed(list, t.posted_within, "posted", posted, None),
    ];
    let chips = {
        let selects = selects.clone();
        Memo::new(move |_| {
            let mut chips = checkbox_chips(list, &list.state.read(), &vocabulary);
            chips.extend(chosen(&selects));
            chips
        })
    };
    view! {
        <FilterPanel chips=chips filtered=filtered on_clear=Callback::new(move |()| list.clear())>
            <fieldset class="filter-fields">
                <legend>{t.fields}</legend>
                {fields}
            </fieldset>
            {selects.into_iter().map(SelectFilter::into_view).collect_view()}
            <label class="check paid-only">
                <input type="checkbox" prop:checked=paid_only on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    list.set_filter(move |f: &mut InternshipFilter| f.paid_only = on)
                }/>
                {t.paid_only}
            </label>
            <label class="choice">
                <span>{t.sort_by}</span>
                <select name="sort" on:change=move |ev| {
                    let sort = Sort::parse(&event_target_value(&ev)).unwrap_or_default();
                    list.set_filter(move |f: &mut InternshipFilter| f.sort = sort)
                }>
                    {sorts.map(|(value, label)| {
                        view! { <option value=value.as_str() selected=move || sort.get() == value>{label}</option> }
                    }).collect_view()}
                </select>
            </label>
        </FilterPanel>
    }
}

/// The chosen fields and "paid only", each with the list's address without it; `vocabulary`
/// names the fields. (The selects give their own chips.)
fn checkbox_chips(
    list: UseList<InternshipFilter>,
    state: &ListQuery<InternshipFilter>,
    vocabulary: &SiteFile,
) -> Vec<Chip> {
    let t = t();
    let filter = &state.filter;
    let mut chips: Vec<Chip> = filter
        .fields
        .iter()
        .map(|field| {
            let label = plain(&vocabulary.field_text(field));
            Chip::of(list, state, label, |f| f.fields.retain(|x| x != field))
        })
        .collect();
    if filter.paid_only {
        chips.push(Chip::of(list, state, t.paid_only.to_string(), |f| {
            f.paid_only = false
        }));
    }
    chips
}
