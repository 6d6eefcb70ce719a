//! Atom feeds (RFC 4287) and the sitemap (sitemaps.org), written at build time so that feed
//! readers and search engines follow the portal without running it.

use super::date::Date;

/// One entry: a page of the portal, with the day it was published or last changed.
pub struct FeedEntry {
    pub url: String,
    pub title: String,
    pub updated: Date,
    pub summary: String,
}

/// An Atom feed named `title`, published at `self_url`, of the site at `site_url`. Its own date
/// is that of its newest entry, so an unchanged feed reads as unchanged.
pub fn atom(title: &str, self_url: &str, site_url: &str, entries: &[FeedEntry]) -> String {
    let updated = entries
        .iter()
        .map(|entry| entry.updated)
        .max()
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), timestamp);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>{}</title>\n  <id>{}</id>\n  <link rel=\"self\" href=\"{}\"/>\n  <link href=\"{}\"/>\n  <updated>{updated}</updated>\n  <author><name>{}</name></author>\n",
        escape(title),
        escape(self_url),
        escape(self_url),
        escape(site_url),
        escape(title),
    );
    for entry in entries {
        xml.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link href=\"{}\"/>\n    <updated>{}</updated>\n    <summary>{}</summary>\n  </entry>\n",
            escape(&entry.title),
            escape(&entry.url),
            escape(&entry.url),
            timestamp(entry.updated),
            escape(&entry.summary),
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

/// The most a sitemap may list (sitemaps.org); beyond it, an index of several.
pub const SITEMAP_LIMIT: usize = 50_000;

/// The sitemap files, as (name, text), for the pages at `urls`: `sitemap.xml`, or, for more
/// pages than one sitemap may list, `sitemap.xml` as the index of `sitemap-1.xml`, `sitemap-2.xml`…
/// `site_url` ends in `/`.
pub fn sitemaps(urls: &[String], site_url: &str) -> Vec<(String, String)> {
    if urls.len() <= SITEMAP_LIMIT {
        return vec![("sitemap.xml".into(), sitemap(urls))];
    }
    let parts: Vec<(String, String)> = urls
        .chunks(SITEMAP_LIMIT)
        .enumerate()
        .map(|(n, part)| (format!("sitemap-{}.xml", n + 1), sitemap(part)))
        .collect();
    let mut index = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (name, _) in &parts {
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            escape(&format!("{site_url}{name}"))
        ));
    }
    index.push_str("</sitemapindex>\n");
    std::iter::once(("sitemap.xml".into(), index))
        .chain(parts)
        .collect()
}

/// A sitemap of the pages at `urls`.
fn sitemap(urls: &[String]) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for url in urls {
        xml.push_str(&format!("  <url><loc>{}</loc></url>\n", escape(url)));
    }
    xml.push_str("</urlset>\n");
    xml
}

fn timestamp(date: Date) -> String {
    format!("{date}T00:00:00Z")
}

/// `text` as XML or HTML text or attribute value.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atom_feed_escapes_its_text_and_dates_itself_by_its_newest_entry() {
        let entry = |title: &str, day| FeedEntry {
            url: format!("https://u.kz/news/{day}"),
            title: title.into(),
            updated: Date::new(2026, 11, day).unwrap(),
            summary: "R&D <b>".into(),
        };
        let xml = atom(
            "News",
            "https://u.kz/feeds/news.xml",
            "https://u.kz/",
            &[entry("Old", 2), entry("Forum \"AI\"", 20)],
        );
        assert!(
            xml.contains("<updated>2026-11-20T00:00:00Z</updated>\n  <author>"),
            "{xml}"
        );
        assert!(xml.contains("<title>Forum &quot;AI&quot;</title>"));
        assert!(xml.contains("<summary>R&amp;D &lt;b&gt;</summary>"));
        assert!(xml.contains("<link rel=\"self\" href=\"https://u.kz/feeds/news.xml\"/>"));
        assert_eq!(xml.matches("<entry>").count(), 2);
    }

    #[test]
    fn a_sitemap_lists_every_page() {
        let xml = sitemap(&["https://u.kz/".into(), "https://u.kz/partners/a&b".into()]);
        assert!(xml.contains("<url><loc>https://u.kz/</loc></url>"));
        assert!(xml.contains("<loc>https://u.kz/partners/a&amp;b</loc>"));
    }

    #[test]
    fn more_pages_than_one_sitemap_may_list_get_an_index() {
        let urls: Vec<String> = (0..SITEMAP_LIMIT + 1)
            .map(|n| format!("https://u.kz/news/{n}"))
            .collect();
        let files = sitemaps(&urls, "https://u.kz/");
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"]);
        assert!(files[0]
            .1
            .contains("<sitemap><loc>https://u.kz/sitemap-2.xml</loc></sitemap>"));
        assert_eq!(files[1].1.matches("<url>").count(), SITEMAP_LIMIT);
        assert_eq!(files[2].1.matches("<url>").count(), 1);
        assert_eq!(sitemaps(&urls[..2], "https://u.kz/").len(), 1);
    }
}
