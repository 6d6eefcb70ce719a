//! `/`: what the partnership is, how large it is, who makes up the network, what is new and what
//! closes soon.

use std::sync::Arc;

use crate::components::page_head::PageHead;
use leptos::prelude::*;

use crate::components::cards::{InternshipCard, NewsCard};
use crate::components::drawing::{Staged, CARDS};
use crate::components::network::Members;
use crate::components::with_content::WithContent;
use crate::domain::{order, Content};
use crate::site::{t, to, use_site};

/// How many news items and closing internships the home page shows.
const HOME_LIST_LEN: usize = 3;

#[component]
pub fn Home() -> impl IntoView {
    let t = t();
    view! {
        <PageHead title="" description=t.home_lede/>
        <section class="intro">
            <h1>{t.home_title}</h1>
            <p class="lede">{t.home_lede}</p>
            <p>{t.home_about}</p>
        </section>
        <WithContent render=|content| view! { <Overview content=content/> }/>
    }
}

#[component]
fn Overview(content: Arc<Content>) -> impl IntoView {
    let today = use_site().today;
    let t = t();
    // A section whose file is unusable shows no number rather than a wrong one.
    let stat = |n: Option<usize>, words: fn(usize) -> String| {
        n.map(words).unwrap_or_else(|| words(0).replace('0', "–"))
    };
    let partners = stat(
        content.partners.as_ref().ok().map(|p| p.items.len()),
        t.total_partners,
    );
    let open = stat(
        content
            .internships
            .as_ref()
            .ok()
            .map(|i| i.items.iter().filter(|i| i.is_open(today)).count()),
        t.open_internships_count,
    );
    let programs = stat(
        content.programs.as_ref().ok().map(|p| p.items.len()),
        t.programs_count,
    );
    let closing: Vec<_> = content
        .internships
        .as_ref()
        .map(|list| {
            order::internships(&list.items, today)
                .into_iter()
                .map(|i| list.items[i].clone())
                .filter(|i| i.is_open(today))
                .take(HOME_LIST_LEN)
                .collect()
        })
        .unwrap_or_default();
    let latest: Vec<_> = content
        .news
        .as_ref()
        .map(|list| {
            order::news(&list.items)
                .into_iter()
                .take(HOME_LIST_LEN)
                .map(|i| list.items[i].clone())
                .collect()
        })
        .unwrap_or_default();
    view! {
        <ul class="stats" aria-label=t.in_numbers>
            <li><a href=to("/partners")>{stat_text(partners)}</a></li>
            <li><a href=to("/internships")>{stat_text(open)}</a></li>
            <li><a href=to("/programs")>{stat_text(programs)}</a></li>
        </ul>
        <Members members=content.members()/>
        <div class="home-columns">
            <section aria-labelledby="closing-soon">
                <h2 id="closing-soon">{t.closing_soonest}</h2>
                {closing.is_empty().then(|| view! { <p>{t.none_open}</p> })}
                <ul class="cards"><Staged stage=CARDS>{closing.into_iter().map(|i| view! { <InternshipCard host=content.partner_name(&i.host) internship=i/> }).collect_view()}</Staged></ul>
                <p><a href=to("/internships")>{t.all_internships}</a></p>
            </section>
            <section aria-labelledby="latest-news">
                <h2 id="latest-news">{t.latest_news}</h2>
                <ul class="cards"><Staged stage=CARDS>{latest.into_iter().map(|n| view! { <NewsCard item=n/> }).collect_view()}</Staged></ul>
                <p><a href=to("/news")>{t.all_news}</a></p>
            </section>
        </div>
    }
}

/// `17 partners` with the number set large: the number is the text up to the first space.
fn stat_text(text: String) -> impl IntoView {
    let (number, words) = text
        .split_once(' ')
        .map_or((text.clone(), String::new()), |(n, w)| {
            (n.to_string(), w.to_string())
        });
    view! { <strong>{number}</strong>" "{words} }
}
