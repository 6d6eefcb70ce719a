//! What the build writes beside the app: every page of the bundled content as HTML, rendered by
//! the same components as the browser app (so readers and search engines see the page before
//! the wasm arrives), and the sitemap, feeds and deadline calendar made from the same content.

pub mod cli;
mod page;

pub use page::{render_editor_page, render_page, Template};

use crate::domain::calendar::{calendar, internship_deadline, DeadlineEvent, EventWords};
use crate::domain::content::Item;
use crate::domain::feed::{atom, sitemaps, FeedEntry};
use crate::domain::internship_filter::{self, Sort, View};
use crate::domain::lang::path_in;
use crate::domain::{markdown, order, Content, Date, Internship, Lang, Section};
use crate::i18n::messages;

/// The pages search engines should know: home, the sections, every item, the network.
pub fn public_pages(content: &Content) -> Vec<String> {
    let mut paths: Vec<String> = [
        "/",
        "/partners",
        "/internships",
        "/programs",
        "/news",
        "/network",
    ]
    .map(String::from)
    .to_vec();
    paths.extend(item_pages("partners", &content.partners));
    paths.extend(item_pages("internships", &content.internships));
    paths.extend(item_pages("programs", &content.programs));
    paths.extend(item_pages("news", &content.news));
    paths
}

fn item_pages<T: Item>(section_path: &str, section: &Section<T>) -> Vec<String> {
    section.as_ref().map_or_else(
        |_| Vec::new(),
        |list| {
            list.items
                .iter()
                .map(|item| format!("/{section_path}/{}", item.id()))
                .collect()
        },
    )
}

/// Pages worth prerendering that search engines need not list: they show what is on the
/// reader's device, or what the reader searched for.
pub const DEVICE_PAGES: [&str; 3] = ["/saved", "/preview", "/search"];

/// How many entries a feed keeps: readers poll it, so it stays small.
const FEED_LENGTH: usize = 50;

/// The files for search engines, feed readers and calendars, as (path in the site, text).
/// `site_url` is where the portal is published, ending in `/`. The feeds are in English; their
/// links name no language, so each reader gets the page in their own.
pub fn site_files(content: &Content, site_url: &str, today: Date) -> Vec<(String, String)> {
    let lang = Lang::En;
    let t = messages(lang);
    let page = |path: &str| format!("{site_url}{}", path.trim_start_matches('/'));
    // Every page in every language; the address without one only sends readers to theirs.
    let urls: Vec<String> = public_pages(content)
        .iter()
        .flat_map(|path| Lang::ALL.map(|lang| page(&path_in(path, lang))))
        .collect();
    let site = t.site_name;
    let news: Vec<FeedEntry> = content.news.as_ref().map_or_else(
        |_| Vec::new(),
        |list| {
            order::news(&list.items)
                .into_iter()
                .take(FEED_LENGTH)
                .map(|i| &list.items[i])
                .map(|item| FeedEntry {
                    url: page(&format!("/news/{}", item.id)),
                    title: item.title.get(lang).to_string(),
                    updated: item.date,
                    summary: markdown::summary(item.summary.get(lang), 300),
                })
                .collect()
        },
    );
    // Open internships in the list's own "newest" order.
    let open_internships: Vec<&Internship> = content.internships.as_ref().map_or_else(
        |_| Vec::new(),
        |list| {
            internship_filter::order(&list.items, View::Open, Sort::Newest, lang)
                .into_iter()
                .map(|i| &list.items[i])
                .filter(|i| i.is_open(today))
                .collect()
        },
    );
    let internships: Vec<FeedEntry> = open_internships
        .iter()
        .take(FEED_LENGTH)
        .map(|internship| FeedEntry {
            url: page(&format!("/internships/{}", internship.id)),
            title: internship.title.get(lang).to_string(),
            updated: internship.posted,
            summary: format!(
                "{} {}",
                (t.calendar_deadline)(&internship.deadline.to_string()),
                markdown::summary(internship.description.get(lang), 300)
            ),
        })
        .collect();
    let host = site_url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or("portal");
    let deadlines: Vec<_> = open_internships
        .iter()
        .map(|internship| {
            internship_deadline(
                internship,
                lang,
                page(&format!("/internships/{}", internship.id)),
                host,
                EventWords {
                    summary: t.calendar_deadline,
                    description: t.calendar_description,
                },
            )
        })
        .collect();
    let agreements = agreement_ends(content, lang, &page, host, today);
    let stamp = format!(
        "{:04}{:02}{:02}T000000Z",
        today.year(),
        today.month(),
        today.day()
    );
    let mut files = sitemaps(&urls, site_url);
    files.extend([
        (
            "robots.txt".into(),
            format!(
                "User-agent: *\nAllow: /\nSitemap: {}\n",
                page("/sitemap.xml")
            ),
        ),
        (
            "feeds/news.xml".into(),
            atom(
                &format!("{} · {site}", t.news_title),
                &page("/feeds/news.xml"),
                site_url,
                &news,
            ),
        ),
        (
            "feeds/internships.xml".into(),
            atom(
                &format!("{} · {site}", t.internships_title),
                &page("/feeds/internships.xml"),
                site_url,
                &internships,
            ),
        ),
        ("feeds/deadlines.ics".into(), calendar(&deadlines, &stamp)),
        ("feeds/agreements.ics".into(), calendar(&agreements, &stamp)),
    ]);
    files
}

/// For the partnership office: the last day of every agreement in force that has one, on the
/// partner's page.
fn agreement_ends(
    content: &Content,
    lang: Lang,
    page: &dyn Fn(&str) -> String,
    host: &str,
    today: Date,
) -> Vec<DeadlineEvent> {
    let t = messages(lang);
    let words = t.network_words;
    let Ok(partners) = &content.partners else {
        return Vec::new();
    };
    partners
        .items
        .iter()
        .flat_map(|partner| {
            partner
                .agreements
                .iter()
                .enumerate()
                .filter(move |(_, a)| a.in_force(today))
                .filter_map(move |(i, agreement)| {
                    let expires = agreement.expires?;
                    let name = partner.name.get(lang);
                    let kind = t.labels.agreement_kind(agreement.kind);
                    let url = page(&format!("/partners/{}", partner.id));
                    let title = agreement
                        .title
                        .as_ref()
                        .map_or(kind, |title| title.get(lang));
                    Some(DeadlineEvent {
                        uid: format!("agreement-{}-{}-{expires}@{host}", partner.id, i + 1),
                        date: expires,
                        summary: (words.calendar_summary)(kind, name),
                        description: (words.calendar_description)(title, &url),
                        url,
                    })
                })
        })
        .collect()
}

#[cfg(test)]
mod tests;
