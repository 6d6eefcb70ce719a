//! The page-shell contract between the pages the build writes (`src/prerender/`) and the app
//! that takes them over (`src/takeover.rs`): the marks both sides select by, and where the
//! portal is published, read from the page by the one and written into it by the other.

use crate::domain::lang::{path_in, split_lang};
use crate::domain::Lang;

/// Marks the `<body>` of a page the build wrote: the app takes it over instead of starting empty.
pub const PRERENDERED: &str = "data-prerendered";

/// Marks each tag of a page's own head but its title (`site/head.rs`): whoever shows
/// another page removes them, as they would describe the wrong one.
pub const PAGE_HEAD: &str = "data-page-head";

/// On `<html>`: the wasm parts the page is drawn with besides the app, by name, which the
/// app's loader (`scripts/postbuild.py`) fetches together with the app. The app does not read it.
#[cfg(not(target_arch = "wasm32"))]
pub const PAGE_PARTS: &str = "data-parts";

/// On `<base>`: the address the portal is published at, which its canonical links name.
pub const SITE_URL: &str = "data-site-url";

/// Where the portal lives. One value for a whole page, in the site's context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Address {
    /// The path the portal is published under, without a trailing slash: `/partnership`, or
    /// empty at the site root.
    pub base_path: &'static str,
    /// The address it is published at, ending in `/`: `https://host/partnership/`.
    pub site_url: &'static str,
}

impl Address {
    /// The address of a portal published at `site_url` under `base_path`. Both are fixed for the
    /// life of the program (a browser tab, a build), so they are kept as such.
    pub fn new(base_path: &str, site_url: &str) -> Address {
        Address {
            base_path: Box::leak(base_path.trim_end_matches('/').into()),
            site_url: Box::leak(format!("{}/", site_url.trim_end_matches('/')).into()),
        }
    }

    /// A file published with the portal (`/data/news.json`): the same in every language.
    pub fn asset(self, path: &str) -> String {
        format!("{}{path}", self.base_path)
    }

    /// Where the pages in `lang` are: `/partnership/kk`.
    pub fn pages_base(self, lang: Lang) -> String {
        format!("{}/{}", self.base_path, lang.code())
    }

    /// See [`super::page_address`].
    pub fn page_address(self, pathname: &str, lang: Option<Lang>) -> String {
        let path = self.without_base(pathname);
        match lang {
            Some(lang) => format!("{}{}", self.base_path, path_in(path, lang)),
            None => format!("{}{}", self.base_path, split_lang(path).1),
        }
    }

    /// The full address of the page at `pathname` in `lang`, or in none: what canonical and
    /// language links name.
    pub fn page_url(self, pathname: &str, lang: Option<Lang>) -> String {
        let path = self.page_address(pathname, lang);
        self.absolute(&path[self.base_path.len()..])
    }

    /// The full address of the portal's page or file at `path` (`/internships/law`), as it is
    /// published: `https://host/partnership/internships/law`.
    pub fn absolute(self, path: &str) -> String {
        format!("{}{}", self.site_url, path.trim_start_matches('/'))
    }

    /// A pathname of this site without the base path: `/partnership/kk/news` is `/kk/news`.
    pub fn without_base(self, pathname: &str) -> &str {
        pathname
            .strip_prefix(self.base_path)
            .filter(|rest| rest.is_empty() || rest.starts_with('/'))
            .unwrap_or(pathname)
    }
}
