//! A page's head: its title, and what search engines and link previews read (its description,
//! canonical address, the same page in the other languages, its Open Graph and Twitter cards).
//! One definition ([`head_tags`]) for both targets: the build writes it into each page
//! (leptos_meta on the server) and the app puts it in the head of each page it shows. Every tag
//! but the title carries the mark [`PAGE_HEAD`], by which whoever shows another page (the
//! takeover, the build reusing a page as its template) finds and removes them.

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

use super::rich_text::tree;
use crate::domain::{markdown, Lang, Text};
use crate::i18n::messages;
use crate::site::shell::PAGE_HEAD;
use crate::site::{lang, use_site, Address};

/// A content text as a description: plain, in the reader's language, of search-result length.
pub fn describe(text: &Text) -> String {
    markdown::summary_of(&tree(text.get(lang())), 160)
}

/// The head of a page. Each page has one: `title` is its own (empty on the home page: the
/// site's name stands alone), `description` one or two plain sentences. `any_address` marks the
/// not-found page: it answers addresses that are no page, so it names no address of its own (no
/// canonical link, language links or card address).
#[component]
pub fn PageHead(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    #[prop(optional)] any_address: bool,
) -> impl IntoView {
    let site = use_site();
    let pathname = (!any_address).then(|| use_location().pathname.get_untracked());
    let tags = head_tags(
        &title,
        &description,
        site.lang,
        site.address,
        pathname.as_deref(),
    )
    .into_iter()
    .map(|tag| {
        let mark = custom_attribute(PAGE_HEAD, true);
        match tag {
            HeadTag::Name(name, content) => view! { <Meta name=name content=content/> }
                .add_any_attr(mark)
                .into_any(),
            HeadTag::Property(property, content) => {
                view! { <Meta property=property content=content/> }
                    .add_any_attr(mark)
                    .into_any()
            }
            HeadTag::Link {
                rel,
                hreflang: Some(hreflang),
                href,
            } => view! { <Link rel=rel hreflang=hreflang href=href/> }
                .add_any_attr(mark)
                .into_any(),
            HeadTag::Link {
                rel,
                hreflang: None,
                href,
            } => view! { <Link rel=rel href=href/> }
                .add_any_attr(mark)
                .into_any(),
        }
    })
    .collect_view();
    view! {
        <Title text=title/>
        {tags}
    }
}

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
        assert!(tags.contains(&HeadTag::Property("og:title", site_name.into())));
        assert!(tags.contains(&HeadTag::Property("og:url", "https://portal.kz/en/".into())));
        assert!(tags.contains(&HeadTag::Link {
            rel: "alternate",
            hreflang: Some("x-default"),
            href: "https://portal.kz/".into()
        }));
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
}
