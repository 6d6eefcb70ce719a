//! `/`: what the partnership is, how large it is, what is new and what closes soon.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::components::cards::{InternshipCard, NewsCard};
use crate::components::with_content::WithContent;
use crate::domain::{order, Content};
use crate::site::use_site;

/// How many news items and closing internships the home page shows.
const HOME_LIST_LEN: usize = 3;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <Title text=""/>
        <section class="intro">
            <h1>"Social partnership in education"</h1>
            <p class="lede">
                "Universities in Kazakhstan and Kyrgyzstan train their students together with partners: other universities, "
                "enterprises, state bodies and NGOs. Partners open internships, run double-degree and exchange programs, and "
                "help train teachers, so that graduates are ready for the work that awaits them."
            </p>
            <p>"This portal shows that network: who works with whom and on what agreements, the internships open to students, the joint programs, and the news of the partnership."</p>
        </section>
        <WithContent render=|content| view! { <Overview content=content/> }/>
    }
}

#[component]
fn Overview(content: Arc<Content>) -> impl IntoView {
    let today = use_site().today;
    let count = |n: Option<usize>| n.map_or_else(|| "–".to_string(), |n| n.to_string());
    let partners = content.partners.as_ref().ok().map(|p| p.items.len());
    let open = content.internships.as_ref().ok().map(|i| i.items.iter().filter(|i| i.is_open(today)).count());
    let programs = content.programs.as_ref().ok().map(|p| p.items.len());
    let closing: Vec<_> = content.internships.as_ref().map(|list| {
        order::internships(&list.items, today).into_iter().map(|i| list.items[i].clone()).filter(|i| i.is_open(today)).take(HOME_LIST_LEN).collect()
    }).unwrap_or_default();
    let latest: Vec<_> = content.news.as_ref().map(|list| order::news(&list.items).into_iter().take(HOME_LIST_LEN).map(|i| list.items[i].clone()).collect()).unwrap_or_default();
    view! {
        <ul class="stats" aria-label="The network in numbers">
            <li><A href="/partners"><strong>{count(partners)}</strong>" partners"</A></li>
            <li><A href="/internships"><strong>{count(open)}</strong>" open internships"</A></li>
            <li><A href="/programs"><strong>{count(programs)}</strong>" joint programs"</A></li>
        </ul>
        <div class="home-columns">
            <section aria-labelledby="closing-soon">
                <h2 id="closing-soon">"Internships closing soonest"</h2>
                {closing.is_empty().then(|| view! { <p>"No internship is open right now."</p> })}
                <ul class="cards">{closing.into_iter().map(|i| view! { <InternshipCard content=content.clone() internship=i/> }).collect_view()}</ul>
                <p><A href="/internships">"All internships"</A></p>
            </section>
            <section aria-labelledby="latest-news">
                <h2 id="latest-news">"Latest news"</h2>
                <ul class="cards">{latest.into_iter().map(|n| view! { <NewsCard item=n/> }).collect_view()}</ul>
                <p><A href="/news">"All news"</A></p>
            </section>
        </div>
    }
}
