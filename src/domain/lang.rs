//! The portal's three interface languages.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Kk,
    Ru,
    En,
}

impl Lang {
    /// Kazakh, Russian, English: the order translations are written in the files.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// Where a reader of this language looks when a text is missing in it: a Kazakh reader
    /// reads Russian far more often than English; a Russian reader English before Kazakh; an
    /// English reader Russian before Kazakh.
    pub fn fallback(self) -> [Lang; 2] {
        match self {
            Lang::Kk => [Lang::Ru, Lang::En],
            Lang::Ru => [Lang::En, Lang::Kk],
            Lang::En => [Lang::Ru, Lang::Kk],
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }
}

/// Every page's address names its language first (`/kk/internships`), so that a link, a
/// bookmark and the prerendered page all show the language the reader chose. These work on the
/// path after the base path.
///
/// The language a path names, and the rest of the path (`/` at least).
pub fn split_lang(path: &str) -> (Option<Lang>, &str) {
    let after_slash = path.strip_prefix('/').unwrap_or(path);
    let first = after_slash.split('/').next().unwrap_or_default();
    match Lang::from_code(first) {
        Some(lang) => {
            let rest = &after_slash[first.len()..];
            (Some(lang), if rest.is_empty() { "/" } else { rest })
        }
        None => (None, path),
    }
}

/// The same page in `lang`: its language replaced, or put first where the path names none.
pub fn path_in(path: &str, lang: Lang) -> String {
    format!("/{}{}", lang.code(), split_lang(path).1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_names_its_language_first() {
        assert_eq!(
            split_lang("/kk/internships/law"),
            (Some(Lang::Kk), "/internships/law")
        );
        assert_eq!(split_lang("/ru"), (Some(Lang::Ru), "/"));
        assert_eq!(split_lang("/en/"), (Some(Lang::En), "/"));
        assert_eq!(split_lang("/internships"), (None, "/internships"));
        // Only a whole segment is a language.
        assert_eq!(split_lang("/english/x"), (None, "/english/x"));
    }

    #[test]
    fn the_same_page_in_another_language() {
        assert_eq!(
            path_in("/kk/internships/law", Lang::Ru),
            "/ru/internships/law"
        );
        assert_eq!(path_in("/news", Lang::Kk), "/kk/news");
        assert_eq!(path_in("/", Lang::En), "/en/");
        assert_eq!(path_in("/en", Lang::Kk), "/kk/");
    }
}
