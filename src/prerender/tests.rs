use std::sync::Arc;

use super::*;
use crate::domain::bundled::bundled_content;

const INDEX: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<base href=\"/partnership/\">\n<title>Social Partnership Portal</title>\n<meta name=\"description\" content=\"The portal.\">\n<script type=\"module\" src=\"/partnership/boot-0123456789abcdef.js\"></script>\n</head>\n<body>\n</body>\n</html>\n";

fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

fn page(path: &str) -> String {
    let template = Template::new(INDEX).unwrap();
    crate::site::publish_under(template.base_path());
    render_page(&template, Arc::new(bundled_content()), &format!("/partnership{path}"), &format!("https://u.kz/partnership{path}"), today())
}

#[test]
fn a_partner_page_is_the_app_s_page_with_its_own_head() {
    let html = page("/partners/kaznu");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\""), "{}", &html[..200]);
    assert!(html.contains("<title>Al-Farabi Kazakh National University · Social Partnership Portal</title>"));
    assert_eq!(html.matches("<title>").count(), 1, "the template's title is replaced");
    assert_eq!(html.matches("name=\"description\"").count(), 1, "the template's description is replaced");
    assert!(html.contains("<meta name=\"description\" content=\"National university in Almaty."));
    assert!(html.contains("<link href=\"https://u.kz/partnership/partners/kaznu\" rel=\"canonical\">"));
    assert!(html.contains("<meta property=\"og:title\" content=\"Al-Farabi Kazakh National University\">"));
    assert!(html.contains("<body data-prerendered>"));
    assert!(html.contains("<h1><span>Al-Farabi Kazakh National University</span></h1>"));
    // Links carry the base path, so they work as plain links without the app.
    assert!(html.contains("href=\"/partnership/internships\""));
    assert!(html.contains("<script type=\"module\" src=\"/partnership/boot-0123456789abcdef.js\"></script>"));
}

#[test]
fn a_prerendered_page_serves_as_the_template_again() {
    let once = page("/partners/kaznu");
    let template = Template::new(&once).unwrap();
    let twice = render_page(&template, Arc::new(bundled_content()), "/partnership/partners/kaznu", "https://u.kz/partnership/partners/kaznu", today());
    assert_eq!(once, twice);
}

#[test]
fn an_unknown_path_renders_the_not_found_page() {
    let html = page("/partners/no-such-partner");
    assert!(html.contains("<h1>Page not found</h1>"));
}

#[test]
fn every_item_has_a_page_and_the_feeds_list_what_is_open() {
    let content = bundled_content();
    let pages = public_pages(&content);
    assert!(pages.contains(&"/partners/kaznu".to_string()));
    assert!(pages.contains(&"/news/kaznu-round-table-social-partnership-education".to_string()));
    let items = [content.partners.as_ref().unwrap().items.len(), content.internships.as_ref().unwrap().items.len(), content.programs.as_ref().unwrap().items.len(), content.news.as_ref().unwrap().items.len()];
    assert_eq!(pages.len(), 6 + items.iter().sum::<usize>());
    let files: std::collections::HashMap<String, String> = site_files(&content, "https://u.kz/partnership/", today()).into_iter().collect();
    let open = content.internships.as_ref().unwrap().items.iter().filter(|i| i.is_open(today())).count();
    assert_eq!(files["feeds/deadlines.ics"].matches("BEGIN:VEVENT").count(), open);
    assert_eq!(files["feeds/internships.xml"].matches("<entry>").count(), open);
    assert_eq!(files["sitemap.xml"].matches("<url>").count(), pages.len());
    assert!(files["sitemap.xml"].contains("<loc>https://u.kz/partnership/partners/kaznu</loc>"));
    assert!(files["robots.txt"].contains("Sitemap: https://u.kz/partnership/sitemap.xml"));
}
