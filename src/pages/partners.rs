//! `/partners`: every partner of the network, with filters in the URL: kind grouped by sector,
//! country, city, agreement kind and status, and network; by name or by next expiry.

use std::sync::Arc;

use crate::components::page_head::PageHead;
use leptos::prelude::*;

use crate::components::cards::PartnerCard;
use crate::components::choice::{chosen, opts, Opt, SelectFilter};
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
use crate::domain::list_filter::{
    partner_city_key, KindChoice, PartnerFacet, PartnerFilter, PartnerSort, StatusChoice,
};
use crate::domain::network::{by_agreement_kind, by_country};
use crate::domain::partner::{PartnerKind, Sector};
use crate::domain::search::RecentSearches;
use crate::domain::{order, Content, Listing, Partner};
use crate::site::{lang, t, to, use_site};

#[component]
pub fn Partners() -> impl IntoView {
    let t = t();
    view! {
        <PageHead title=t.partners_title description=t.partners_lede/>
        <h1>{t.partners_title}</h1>
        <p class="lede">{t.partners_lede}" "<a href=to("/network")>{t.map_title}</a></p>
        <WithContent render=partner_list/>
    }
}

/// `sector:education` or `kind:university`: the kind select's value, its URL pair joined.
fn kind_value(choice: KindChoice) -> String {
    format!("{}:{}", choice.key(), choice.as_str())
}

fn parse_kind_value(value: &str) -> Option<KindChoice> {
    let (key, word) = value.split_once(':')?;
    KindChoice::parse(key, word)
}

fn partner_list(content: Arc<Content>) -> AnyView {
    let render = |listing| filtered_list(&content, listing);
    with_section(&content.partners, render)
}

fn filtered_list(content: &Content, listing: Arc<Listing<Partner>>) -> AnyView {
    let t = t();
    let words = t.network_words;
    let today = use_site().today;
    let list = use_list::<PartnerFilter>("/partners");
    let filter = list.filter;
    let partners = listing.items.as_slice();
    let by_name = order::partners(partners, lang());
    let by_expiry = order::partners_by_expiry(partners, today, lang());
    let results = {
        let listing = listing.clone();
        let recent = StoredValue::new(RecentSearches::new());
        let labels = label_words(&listing.search, &content.site);
        Memo::new(move |_| {
            let state = list.state.read();
            let ordered = match state.filter.sort {
                PartnerSort::Name => &by_name,
                PartnerSort::Expiry => &by_expiry,
            };
            recent
                .try_update_value(|recent| {
                    state.results(&listing, &labels, ordered, today, lang(), recent)
                })
                .unwrap_or_default()
        })
    };
    let matches = Memo::new(move |_| results.read().shown.clone());
    // Each option shows how many partners it would give with the other filters and the search,
    // after the frame that shows the list (see `first_frame`).
    let counts = after_first_frame(results, Narrowed::counts);
    let count_of = move |facet: PartnerFacet| {
        Callback::new(move |value: String| counts.read().count(facet, &value))
    };
    let count_kind = Callback::new(move |value: String| {
        let choice = parse_kind_value(&value);
        choice.map_or(0, |c| counts.read().count(PartnerFacet::Kind, c.as_str()))
    });
    // Only kinds and sectors that have partners are offered.
    let kinds = Sector::ALL
        .iter()
        .filter(|&&sector| partners.iter().any(|p| p.sector() == sector))
        .map(|&sector| {
            let mut items = vec![(
                kind_value(KindChoice::Sector(sector)),
                format!("{} — {}", t.labels.sector(sector), t.any),
            )];
            items.extend(
                PartnerKind::ALL
                    .iter()
                    .filter(|k| k.sector() == sector && partners.iter().any(|p| p.kind == **k))
                    .map(|&k| {
                        (
                            kind_value(KindChoice::Kind(k)),
                            t.labels.partner_kind(k).to_string(),
                        )
                    }),
            );
            Opt::Group(t.labels.sector(sector), items)
        })
        .collect();
    let countries = opts(
        by_country(partners)
            .into_iter()
            .map(|(c, _)| (c.clone(), t.labels.country(&c).to_string())),
    );
    // Cities by their key, named as the first partner there names them.
    let cities = opts(
        counted(partners.iter().map(partner_city_key))
            .into_iter()
            .filter_map(|(key, _)| {
                let partner = partners.iter().find(|p| partner_city_key(p) == key)?;
                Some((key, plain(&partner.city)))
            }),
    );
    let statuses = opts(
        [
            (StatusChoice::Active, words.in_force),
            (StatusChoice::Expiring, words.expiring_within),
            (StatusChoice::Expired, words.expired),
        ]
        .into_iter()
        .map(|(status, label)| (status.as_str().to_string(), label.to_string())),
    );
    let agreements = opts(
        by_agreement_kind(partners, today)
            .into_iter()
            .map(|(a, _)| {
                (
                    a.as_str().to_string(),
                    t.labels.agreement_kind(a).to_string(),
                )
            }),
    );
    let networks = opts(
        counted(partners.iter().flat_map(|p| p.networks.iter().cloned()))
            .into_iter()
            .map(|(n, _)| {
                let label = plain(&content.site.network_text(&n));
                (n, label)
            }),
    );
    let labels = SearchLabels {
        label: t.partners_search,
        placeholder: t.partners_placeholder,
        total: t.total_partners,
    };
    let selects = vec![
        // A sector or a kind: two keys of the address in one select.
        SelectFilter::of(
            list,
            t.kind,
            "kind",
            kinds,
            Some(count_kind),
            |f| f.kind.map(kind_value),
            |f, v| f.kind = v.and_then(parse_kind_value),
        ),
        SelectFilter::keyed(
            list,
            t.country,
            "country",
            countries,
            Some(count_of(PartnerFacet::Country)),
        ),
        SelectFilter::keyed(
            list,
            t.city,
            "city",
            cities,
            Some(count_of(PartnerFacet::City)),
        ),
        SelectFilter::keyed(
            list,
            t.agreement,
            "agreement",
            agreements,
            Some(count_of(PartnerFacet::Agreement)),
        ),
        SelectFilter::keyed(
            list,
            words.agreement_status,
            "status",
            statuses,
            Some(count_of(PartnerFacet::Status)),
        ),
        SelectFilter::keyed(
            list,
            t.network,
            "network",
            networks,
            Some(count_of(PartnerFacet::Network)),
        ),
    ];
    view! {
        <FilterPanel chips={
            let selects = selects.clone();
            Memo::new(move |_| chosen(&selects))
        } filtered=Signal::derive(move || list.state.read().is_filtered()) on_clear=Callback::new(move |()| list.clear())>
            {selects.into_iter().map(SelectFilter::into_view).collect_view()}
            <label class="choice">
                <span>{t.sort_by}</span>
                <select name="sort" on:change=move |ev| {
                    let sort = PartnerSort::parse(&event_target_value(&ev)).unwrap_or_default();
                    list.set_filter(move |f: &mut PartnerFilter| f.sort = sort)
                }>
                    {[(PartnerSort::Name, words.sort_name), (PartnerSort::Expiry, words.sort_expiry)].map(|(sort, label)| {
                        view! { <option value=sort.as_str() selected=move || filter.read().sort == sort>{label}</option> }
                    }).collect_view()}
                </select>
            </label>
        </FilterPanel>
        {
            let site = content.site.clone();
            searchable_list(list, listing, matches, labels, move |partner| {
                let member = site.is_member(&partner.id);
                view! { <PartnerCard partner=partner.clone() heading_level=2 member=member/> }.into_any()
            })
        }
    }
    .into_any()
}
