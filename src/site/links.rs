//! Links to the portal's pages and files, in the page's language and under the base path the
//! portal is published at (the site's [`Address`](super::Address)).

use super::context::{lang, use_site};
use crate::domain::Lang;

/// A link to the portal's page at `path` (`/partners/kaznu`), in the page's language, under the
/// base path the portal is published at: `/partnership/kk/partners/kaznu`.
pub fn to(path: &str) -> String {
    format!("{}{path}", pages_base(lang()))
}

/// Where the pages in `lang` are: the router's base.
pub fn pages_base(lang: Lang) -> String {
    use_site().address.pages_base(lang)
}

/// The page at `pathname` (as the browser has it) in `lang`, or, for none, at the address that
/// sends each reader to their own: `/partnership/kk/news` in Russian is `/partnership/ru/news`,
/// in none `/partnership/news`.
pub fn page_address(pathname: &str, lang: Option<Lang>) -> String {
    use_site().address.page_address(pathname, lang)
}

/// A file published with the portal (`/data/news.json`, `/images/land.svg`): the same in every
/// language.
pub fn asset(path: &str) -> String {
    use_site().address.asset(path)
}
