use std::sync::Arc;

use super::*;
use crate::domain::fixture::fixture_content;

const INDEX: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<base href=\"/partnership/\">\n<script src=\"/partnership/language-0123456789abcdef.js\" data-language-redirect></script>\n<title>Social Partnership Portal</title>\n<meta name=\"description\" data-page-head content=\"The portal.\">\n<script type=\"module\" src=\"/partnership/boot-0123456789abcdef.js\"></script>\n</head>\n<body>\n</body>\n</html>\n";

fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

fn build(lang: Lang, path: &str) -> crate::site::Build {
    crate::site::Build {
        today: today(),
        lang,
        address: crate::site::Address::new("/partnership", "https://u.kz/partnership/"),
        path: path.into(),
    }
}

fn page_in(lang: Lang, path: &str) -> String {
    let template = Template::new(INDEX).unwrap();
    render_page(&template, Arc::new(fixture_content()), build(lang, path))
}

fn page(path: &str) -> String {
    page_in(Lang::En, path)
}

#[test]
fn a_partner_page_is_the_app_s_page_with_its_own_head() {
    let html = page("/partners/kaznu");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\""),
        "{}",
        &html[..200]
    );
    assert!(html.contains(
        "<title>Al-Farabi Kazakh National University · Social Partnership Portal</title>"
    ));
    assert_eq!(
        html.matches("<title>").count(),
        1,
        "the template's title is replaced"
    );
    assert_eq!(
        html.matches("name=\"description\"").count(),
        1,
        "the template's description is replaced"
    );
    assert!(html.contains("<meta name=\"description\" content=\"National university in Almaty."));
    // Each of the page's own tags carries the mark the takeover removes them by.
    assert!(html.contains(
        "<link rel=\"canonical\" href=\"https://u.kz/partnership/en/partners/kaznu\" data-page-head>"
    ));
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"kk\" href=\"https://u.kz/partnership/kk/partners/kaznu\" data-page-head>"), "{html}");
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://u.kz/partnership/partners/kaznu\" data-page-head>"));
    assert!(html.contains(
        "<meta property=\"og:title\" content=\"Al-Farabi Kazakh National University\" data-page-head>"
    ));
    assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\" data-page-head>"));
    // The site's address, for the app to name the pages it shows.
    assert!(
        html.contains("<base href=\"/partnership/\" data-site-url=\"https://u.kz/partnership/\">")
    );
    // The app does not hydrate: no markers for it, which are no valid HTML either.
    assert_eq!(html.matches("<!").count(), 1, "only the doctype: {html}");
    assert!(html.contains("<body data-prerendered=\"\">"));
    assert!(html.contains("<h1><span>Al-Farabi Kazakh National University</span></h1>"));
    // Links carry the base path and the language, so they work as plain links without the app.
    assert!(html.contains("href=\"/partnership/en/internships\""));
    assert!(
        html.contains("href=\"/partnership/ru/partners/kaznu\""),
        "the language links lead to the same page"
    );
    // The page names its language: it needs no script to find the reader's.
    assert!(!html.contains("data-language-redirect"));
    assert!(html.contains(
        "<script type=\"module\" src=\"/partnership/boot-0123456789abcdef.js\"></script>"
    ));
}

#[test]
fn a_prerendered_page_serves_as_the_template_again() {
    let once = page("/partners/kaznu");
    let template = Template::new(&once).unwrap();
    let twice = render_page(
        &template,
        Arc::new(fixture_content()),
        build(Lang::En, "/partners/kaznu"),
    );
    assert_eq!(once, twice);
    // The address without a language, written from the English page, keeps its script as a template.
    let unnamed = Template::new(INDEX).unwrap().with_language_redirect(&once);
    let again = Template::new(&unnamed)
        .unwrap()
        .with_language_redirect(&once);
    assert_eq!(unnamed, again);
}

#[test]
fn a_page_in_kazakh_is_kazakh_from_the_first_byte() {
    let html = page_in(Lang::Kk, "/internships");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"kk\""),
        "{}",
        &html[..200]
    );
    assert!(html.contains("<h1>Тағылымдамалар</h1>"), "{html}");
    assert!(html.contains("href=\"/partnership/kk/partners\""));
}

#[test]
fn the_address_without_a_language_sends_readers_to_theirs_first() {
    let template = Template::new(INDEX).unwrap();
    let html = template.with_language_redirect(&page("/news"));
    let script = html.find("data-language-redirect").unwrap();
    assert!(
        html.find("<base href=\"/partnership/\"").unwrap() < script,
        "it reads the base"
    );
    assert!(
        script < html.find("<title>").unwrap(),
        "it comes before anything else of the head"
    );
}

#[test]
fn an_unknown_path_renders_the_not_found_page() {
    let html = page("/partners/no-such-partner");
    assert!(html.contains("<h1>Page not found</h1>"));
}

#[test]
fn the_not_found_page_is_in_its_language_and_names_no_address_of_its_own() {
    let html = page_in(Lang::Kk, "/404");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"kk\""),
        "{}",
        &html[..200]
    );
    assert!(
        html.contains("href=\"/partnership/kk/internships\""),
        "its header leads to the Kazakh pages"
    );
    assert!(html.contains("<meta name=\"description\""));
    // It answers any address that is no page: /kk/404 is not one to index or link to.
    for tag in ["rel=\"canonical\"", "rel=\"alternate\"", "og:url"] {
        assert!(!html.contains(tag), "{tag} in {html}");
    }
}

#[test]
fn every_item_has_a_page_and_the_feeds_list_what_is_open() {
    let content = fixture_content();
    let pages = public_pages(&content);
    assert!(pages.contains(&"/partners/kaznu".to_string()));
    assert!(pages.contains(&"/news/round-table".to_string()));
    let items = [
        content.partners.as_ref().unwrap().items.len(),
        content.internships.as_ref().unwrap().items.len(),
        content.programs.as_ref().unwrap().items.len(),
        content.news.as_ref().unwrap().items.len(),
    ];
    assert_eq!(pages.len(), 6 + items.iter().sum::<usize>());
    let files: std::collections::HashMap<String, String> =
        site_files(&content, "https://u.kz/partnership/", today())
            .into_iter()
            .collect();
    let open = content
        .internships
        .as_ref()
        .unwrap()
        .items
        .iter()
        .filter(|i| i.is_open(today()))
        .count();
    assert_eq!(
        files["feeds/deadlines.ics"].matches("BEGIN:VEVENT").count(),
        open
    );
    assert_eq!(
        files["feeds/internships.xml"].matches("<entry>").count(),
        open
    );
    assert_eq!(
        files["sitemap.xml"].matches("<url>").count(),
        pages.len() * 3
    );
    assert!(files["sitemap.xml"].contains("<loc>https://u.kz/partnership/kk/partners/kaznu</loc>"));
    assert!(files["sitemap.xml"].contains("<loc>https://u.kz/partnership/en/</loc>"));
    assert!(files["robots.txt"].contains("Sitemap: https://u.kz/partnership/sitemap.xml"));
}

#[test]
fn a_page_names_the_parts_it_is_drawn_with_for_the_loader() {
    let opening = |path: &str| {
        let html = page(path);
        let start = html.find("<html").unwrap();
        html[start..start + html[start..].find('>').unwrap()].to_string()
    };
    // An internship draws rich text: its page's part and the Markdown reader's.
    assert_eq!(
        opening("/internships/law-almaty"),
        "<html lang=\"en\" data-parts=\"page_internship markdown_tree\""
    );
    assert!(opening("/partners").ends_with("data-parts=\"more_pages\""));
    // The internships are in the app itself.
    assert_eq!(opening("/internships"), "<html lang=\"en\"");
}
