//! A page's head: its title, and what search engines and link previews read (its description,
//! canonical address, the same page in the other languages, its Open Graph and Twitter cards).
//!
//! One definition ([`head_tags`], [`full_title`]) for both targets; [`show_head`] puts it where
//! each target needs it: in a tab, into the document's head for as long as the page is shown;
//! at build, into the page the renderer writes (`at_build::BuiltHead`). Not leptos_meta: its
//! machinery was about 10 KB brotli of the app, for a few tags set once per page. Every tag but
//! the title carries the mark [`PAGE_HEAD`], by which whoever shows another page (the takeover,
//! the build reusing a page as its template) finds and removes them.

use super::shell::PAGE_HEAD;
use super::Address;
use crate::domain::Lang;
use crate::i18n::messages;

/// One tag of a page's own head.
#[derive(Debug, PartialEq, Eq)]
pub enum HeadTag {
    /// `<meta name content>`
    Name(&'static str, String),
    /// `<meta property content>`: Open Graph's.
    Property(&'static str, String),
    /// `<link rel hreflang href>`
    Link {
        rel: &'static str,
        hreflang: Option<&'static str>,
        href: String,
    },
}

impl HeadTag {
    /// The tag's element and attributes, as the build writes them and the app sets them.
    pub fn element(&self) -> (&'static str, Vec<(&'static str, &str)>) {
        match self {
            HeadTag::Name(name, content) => ("meta", vec![("name", name), ("content", content)]),
            HeadTag::Property(property, content) => {
                ("meta", vec![("property", property), ("content", content)])
            }
            HeadTag::Link {
                rel,
                hreflang,
                href,
            } => {
                let mut attributes = vec![("rel", *rel)];
                attributes.extend(hreflang.map(|hreflang| ("hreflang", hreflang)));
                attributes.push(("href", href));
                ("link", attributes)
            }
        }
    }
}

/// The document's title for a page titled `title`: the page's, then the site's name; the home
/// page's (an empty title) is the site's name alone.
pub fn full_title(title: &str, lang: Lang) -> String {
    let site_name = messages(lang).site_name;
    if title.is_empty() {
        site_name.to_string()
    } else {
        format!("{title} · {site_name}")
    }
}

/// The tags of a page's head but its title, in `lang`, for the page at `pathname` (as the
/// browser has it, base path and language included), or for a page with no address of its own.
pub fn head_tags(
    title: &str,
    description: &str,
    lang: Lang,
    site: Address,
    pathname: Option<&str>,
) -> Vec<HeadTag> {
    let site_name = messages(lang).site_name;
    let card_title = if title.is_empty() { site_name } else { title };
    let mut tags = vec![HeadTag::Name("description", description.to_string())];
    if let Some(pathname) = pathname {
        let url = site.page_url(pathname, Some(lang));
        tags.push(HeadTag::Link {
            rel: "canonical",
            hreflang: None,
            href: url.clone(),
        });
        tags.extend(Lang::ALL.map(|other| HeadTag::Link {
            rel: "alternate",
            hreflang: Some(other.code()),
            href: site.page_url(pathname, Some(other)),
        }));
        tags.push(HeadTag::Link {
            rel: "alternate",
            hreflang: Some("x-default"),
            href: site.page_url(pathname, None),
        });
        tags.push(HeadTag::Property("og:url", url));
    }
    let locale = match lang {
        Lang::Kk => "kk_KZ",
        Lang::Ru => "ru_RU",
        Lang::En => "en_US",
    };
    tags.extend([
        HeadTag::Property("og:type", "website".into()),
        HeadTag::Property("og:site_name", site_name.into()),
        HeadTag::Property("og:locale", locale.into()),
        HeadTag::Property("og:title", card_title.into()),
        HeadTag::Property("og:description", description.into()),
        // Twitter, Mastodon and the like read the Open Graph card; this says which of theirs.
        HeadTag::Name("twitter:card", "summary".into()),
    ]);
    tags
}

/// Shows `title` and `tags` as the head of the page being drawn, until it goes.
#[cfg(target_arch = "wasm32")]
pub fn show_head(title: &str, tags: &[HeadTag]) {
    use std::sync::atomic::{AtomicU32, Ordering};

    use leptos::prelude::{document, on_cleanup};

    // Each page's tags carry a number of their own, by which that page removes them when it
    // goes: the next page's may already be in the head by then.
    static PAGES: AtomicU32 = AtomicU32::new(0);
    let page = PAGES.fetch_add(1, Ordering::Relaxed).to_string();
    let document = document();
    document.set_title(title);
    let Ok(Some(head)) = document.query_selector("head") else {
        return;
    };
    for tag in tags {
        let (name, attributes) = tag.element();
        let Ok(element) = document.create_element(name) else {
            continue;
        };
        for (attribute, value) in attributes.into_iter().chain([(PAGE_HEAD, page.as_str())]) {
            let _ = element.set_attribute(attribute, value);
        }
        let _ = head.append_child(&element);
    }
    on_cleanup(move || {
        for tag in page_head_tags(Some(&page)) {
            tag.remove();
        }
    });
}

/// The tags in the head marked as a page's own: every page's (`None`), or one page's.
#[cfg(target_arch = "wasm32")]
pub fn page_head_tags(page: Option<&str>) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;

    let selector = match page {
        Some(page) => format!("head [{PAGE_HEAD}=\"{page}\"]"),
        None => format!("head [{PAGE_HEAD}]"),
    };
    let Ok(tags) = leptos::prelude::document().query_selector_all(&selector) else {
        return Vec::new();
    };
    (0..tags.length())
        .filter_map(|i| tags.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Gives `title` and `tags` to the renderer, which writes them into the page's head.
#[cfg(not(target_arch = "wasm32"))]
pub fn show_head(title: &str, tags: &[HeadTag]) {
    use crate::domain::feed::escape;

    let Some(head) = leptos::prelude::use_context::<super::at_build::BuiltHead>() else {
        return;
    };
    let mut html = format!("<title>{}</title>", escape(title));
    for tag in tags {
        let (name, attributes) = tag.element();
        html.push('<');
        html.push_str(name);
        for (attribute, value) in attributes {
            html.push_str(&format!(" {attribute}=\"{}\"", escape(value)));
        }
        html.push_str(&format!(" {PAGE_HEAD}>"));
    }
    head.set(html);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Address {
        Address::new("/partnership", "https://u.kz/partnership")
    }

    #[test]
    fn a_page_names_itself_in_its_language_the_others_and_none() {
        let tags = head_tags(
            "Law",
            "An internship.",
            Lang::Kk,
            site(),
            Some("/partnership/kk/internships/law"),
        );
        let link = |rel, hreflang, href: &str| HeadTag::Link {
            rel,
            hreflang,
            href: href.into(),
        };
        assert_eq!(
            tags[..7],
            [
                HeadTag::Name("description", "An internship.".into()),
                link(
                    "canonical",
                    None,
                    "https://u.kz/partnership/kk/internships/law"
                ),
                link(
                    "alternate",
                    Some("kk"),
                    "https://u.kz/partnership/kk/internships/law"
                ),
                link(
                    "alternate",
                    Some("ru"),
                    "https://u.kz/partnership/ru/internships/law"
                ),
                link(
                    "alternate",
                    Some("en"),
                    "https://u.kz/partnership/en/internships/law"
                ),
                link(
                    "alternate",
                    Some("x-default"),
                    "https://u.kz/partnership/internships/law"
                ),
                HeadTag::Property(
                    "og:url",
                    "https://u.kz/partnership/kk/internships/law".into()
                ),
            ]
        );
        assert!(tags.contains(&HeadTag::Property("og:title", "Law".into())));
        assert!(tags.contains(&HeadTag::Property("og:locale", "kk_KZ".into())));
    }

    #[test]
    fn the_home_page_s_card_is_the_site_s_name_and_at_the_root_the_addresses_are_the_site_s() {
        let root = Address::new("", "https://portal.kz");
        let tags = head_tags("", "The portal.", Lang::En, root, Some("/en/"));
        let site_name = messages(Lang::En).site_name;
        assert_eq!(full_title("", Lang::En), site_name);
        assert!(tags.contains(&HeadTag::Property("og:title", site_name.into())));
        assert!(tags.contains(&HeadTag::Property("og:url", "https://portal.kz/en/".into())));
        assert!(tags.contains(&HeadTag::Link {
            rel: "alternate",
            hreflang: Some("x-default"),
            href: "https://portal.kz/".into()
        }));
    }

    #[test]
    fn a_page_s_title_comes_before_the_site_s_name() {
        let site_name = messages(Lang::Ru).site_name;
        assert_eq!(
            full_title("Право", Lang::Ru),
            format!("Право · {site_name}")
        );
    }

    #[test]
    fn a_page_without_an_address_names_none() {
        let tags = head_tags("Not found", "No such page.", Lang::Ru, site(), None);
        assert!(!tags.iter().any(|tag| matches!(tag, HeadTag::Link { .. })));
        assert!(!tags
            .iter()
            .any(|tag| matches!(tag, HeadTag::Property("og:url", _))));
        assert!(tags.contains(&HeadTag::Name("description", "No such page.".into())));
    }

    #[test]
    fn a_link_s_attributes_are_those_it_has() {
        let language = HeadTag::Link {
            rel: "alternate",
            hreflang: Some("kk"),
            href: "https://u.kz/kk/".into(),
        };
        let (name, attributes) = language.element();
        assert_eq!(name, "link");
        assert_eq!(
            attributes,
            [
                ("rel", "alternate"),
                ("hreflang", "kk"),
                ("href", "https://u.kz/kk/")
            ]
        );
        let canonical = HeadTag::Link {
            rel: "canonical",
            hreflang: None,
            href: "https://u.kz/".into(),
        };
        assert_eq!(
            canonical.element().1,
            [("rel", "canonical"), ("href", "https://u.kz/")]
        );
    }
}
