//! `/search?q=`: partners, internships, programs and news items found together, best first,
//! each marked with its kind; the counts per kind filter the results (`&kind=internship`).
//! Without script the page says that search needs it and links to the lists
//! (`style/noscript.css` shows that note).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::first_frame::in_view_first;
use crate::components::local_text::LocalText;
use crate::components::page_head::PageHead;
use crate::components::pagination::Pagination;
use crate::components::search_box::{label_words, SearchBox, SearchLabels};
use crate::components::tab_link::tab_link;
use crate::components::use_list::{use_list, ListParts};
use crate::components::with_content::WithContent;
use crate::domain::search::Query;
use crate::domain::search_all::{
    counts, search_all, AllLabels, Found, Hit, Kind, KindFilter, RecentAll,
};
use crate::domain::site_file::SiteFile;
use crate::domain::{Content, Section};
use crate::i18n::date;
use crate::site::{lang, t, to};

const PATH: &str = "/search";

#[component]
pub fn SearchPage() -> impl IntoView {
    let t = t();
    let words = t.search;
    view! {
        <PageHead title=words.title description=words.description/>
        <h1>{words.title}</h1>
        <div class="search-needs-script">
            <p>{words.needs_script}</p>
            <ul>
                <li><a href=to("/partners")>{t.nav_partners}</a></li>
                <li><a href=to("/internships")>{t.nav_internships}</a></li>
                <li><a href=to("/programs")>{t.nav_programs}</a></li>
                <li><a href=to("/news")>{t.nav_news}</a></li>
            </ul>
        </div>
        <WithContent render=results/>
    }
}

fn labels_of<T>(section: &Section<T>, site: &SiteFile) -> crate::domain::search::LabelWords {
    section
        .as_ref()
        .map(|listing| label_words(&listing.search, site))
        .unwrap_or_default()
}

fn results(content: Arc<Content>) -> AnyView {
    let t = t();
    let words = t.search;
    let labels = AllLabels {
        partners: labels_of(&content.partners, &content.site),
        internships: labels_of(&content.internships, &content.site),
        programs: labels_of(&content.programs, &content.site),
        news: labels_of(&content.news, &content.site),
    };
    let list = use_list::<KindFilter>(PATH);
    let (text, kind) = (list.text, Memo::new(move |_| list.filter.read().0));
    let hits = {
        let content = content.clone();
        let recent = StoredValue::new(RecentAll::default());
        Memo::new(move |_| {
            let query = Query::new(&text.read());
            recent
                .try_update_value(|recent| search_all(&content, &labels, &query, recent))
                .unwrap_or_default()
        })
    };
    let per_kind = Memo::new(move |_| counts(&hits.read()));
    // Positions into `hits` of the kind chosen.
    let chosen = Memo::new(move |_| {
        let kind = kind.get();
        hits.read()
            .iter()
            .enumerate()
            .filter(|(_, hit)| kind.is_none_or(|k| hit.kind == k))
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    });
    let parts = ListParts::from(list);
    let shown = parts.paged(chosen);
    let link = move |kind: Option<Kind>| {
        let state = list.state.read().with_filter(|f| f.0 = kind);
        to(&list.href(&state))
    };
    let filter = move |choice: Option<Kind>, label: &'static str| {
        let count = move || match choice {
            Some(k) => per_kind.read()[Kind::ALL.iter().position(|x| *x == k).unwrap_or(0)],
            None => hits.read().len(),
        };
        tab_link(
            move || link(choice),
            move || kind.get() == choice,
            label,
            count,
        )
    };
    let labels = SearchLabels {
        label: words.query_label,
        placeholder: words.placeholder,
        total: words.results,
    };
    // Keyed by the items found, so that a keystroke draws only the results that come onto the
    // page.
    let cards = in_view_first(Signal::derive(move || {
        let hits = hits.read();
        shown.read().0.iter().map(|&i| hits[i].number()).collect()
    }));
    // A view of the lists' type, `AnyView`, for the same reason.
    let card = move |number: usize| {
        let found = Hit::numbered(number).item(&content);
        found
            .map(|found| hit_card(found, &|id| partner_name(&content, id)))
            .into_any()
    };
    view! {
        <div class="search-found">
        <SearchBox list=parts labels=labels matches=Signal::derive(move || hits.read().len()) total=Signal::derive(move || hits.read().len())/>
        <Show when=move || !text.read().trim().is_empty() fallback=move || view! { <p class="empty">{words.type_something}</p> }>
            <nav class="tabs search-kinds" aria-label=words.kinds_label>
                {filter(None, words.all)}
                {filter(Some(Kind::Partner), t.nav_partners)}
                {filter(Some(Kind::Internship), t.nav_internships)}
                {filter(Some(Kind::Program), t.nav_programs)}
                {filter(Some(Kind::News), t.nav_news)}
            </nav>
            <Show when=move || chosen.read().is_empty()>
                <p class="empty">{words.no_results}</p>
            </Show>
        </Show>
        <ul class="cards search-results"><For each=move || cards.get() key=|number| *number children=card/></ul>
        <Pagination list=parts pages=Signal::derive(move || shown.read().1)/>
        </div>
    }
    .into_any()
}

/// A partner's name in the page's language, or the id partners.json lacks.
fn partner_name(content: &Content, id: &str) -> String {
    let name = content.partner_name(id);
    name.map_or_else(|| id.to_string(), |name| name.get(lang()).to_string())
}

/// One result: its kind, its title linking to its page, and a line of what it is;
/// `partner_name` names the partners it refers to.
fn hit_card(found: Found, partner_name: &dyn Fn(&str) -> String) -> AnyView {
    let t = t();
    let (kind, href, title, meta) = match found {
        Found::Partner(p) => {
            let meta = format!(
                "{} · {}, {}",
                t.labels.partner_kind(p.kind),
                p.city.get(lang()),
                t.labels.country(&p.country)
            );
            (
                Kind::Partner,
                format!("/partners/{}", p.id),
                p.name.clone(),
                meta,
            )
        }
        Found::Internship(i) => {
            let meta = format!(
                "{} · {}, {} · {} {}",
                partner_name(&i.host),
                i.city.get(lang()),
                t.labels.country(&i.country),
                t.apply_by,
                date(lang(), i.deadline)
            );
            (
                Kind::Internship,
                format!("/internships/{}", i.id),
                i.title.clone(),
                meta,
            )
        }
        Found::Program(p) => {
            let partners: Vec<String> = p.partners.iter().map(|id| partner_name(id)).collect();
            let meta = format!(
                "{} · {}",
                t.labels.program_kind(p.kind),
                partners.join(", ")
            );
            (
                Kind::Program,
                format!("/programs/{}", p.id),
                p.title.clone(),
                meta,
            )
        }
        Found::News(n) => (
            Kind::News,
            format!("/news/{}", n.id),
            n.title.clone(),
            date(lang(), n.date),
        ),
    };
    view! {
        <li class="card search-hit" data-kind=kind.as_str()>
            <p class="hit-kind">{(t.search.kind)(kind)}</p>
            <h2 class="card-title"><a href=to(&href)><LocalText text=title/></a></h2>
            <p class="meta">{meta}</p>
        </li>
    }
    .into_any()
}
