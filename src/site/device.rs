//! What the portal keeps on the reader's device between visits.

use super::Address;
use crate::domain::Lang;

/// Keeps the reader's language on this device, for the addresses of the portal at `site` that
/// name none: in localStorage, which `src/language.js` reads, and in the cookie `lang`, which
/// nginx reads (`deploy/nginx-site.conf`), for a year.
pub fn remember_lang(site: Address, lang: Lang) {
    crate::browser::store("portal.lang", lang.code());
    crate::browser::set_cookie(&format!(
        "lang={}; path={}/; max-age=31536000; samesite=lax",
        lang.code(),
        site.base_path
    ));
}
