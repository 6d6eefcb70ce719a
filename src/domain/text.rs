//! Text fields: one string for every language, or one string per language.

use super::lang::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    /// The same string in every language (names, codes).
    Same(String),
    /// Translations, in `Lang::ALL` order; at least one.
    PerLang(Vec<(Lang, String)>),
}

/// A text chosen for a reader: the string and the language it is written in, when known.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: Option<Lang>,
}

impl Shown<'_> {
    /// The language to mark the text with: only when it is not the reader's own.
    pub fn foreign_lang(&self, reader: Lang) -> Option<Lang> {
        self.lang.filter(|lang| *lang != reader)
    }
}

impl Text {
    /// The reader's language, else the first that exists in the reader's fallback order
    /// (`Lang::fallback`).
    pub fn show(&self, lang: Lang) -> Shown<'_> {
        match self {
            Text::Same(text) => Shown { text, lang: None },
            Text::PerLang(translations) => {
                let find = |wanted: Lang| translations.iter().find(|(l, _)| *l == wanted);
                let (lang, text) = find(lang)
                    .or_else(|| lang.fallback().into_iter().find_map(find))
                    .expect("a per-language text has at least one translation");
                Shown {
                    text,
                    lang: Some(*lang),
                }
            }
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        self.show(lang).text
    }

    /// Every string of the text, for search.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        let (same, translations) = match self {
            Text::Same(text) => (Some(text.as_str()), &[][..]),
            Text::PerLang(translations) => (None, translations.as_slice()),
        };
        same.into_iter()
            .chain(translations.iter().map(|(_, t)| t.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn per_lang(pairs: &[(Lang, &str)]) -> Text {
        Text::PerLang(pairs.iter().map(|(l, t)| (*l, t.to_string())).collect())
    }

    #[test]
    fn shows_the_readers_language() {
        let text = per_lang(&[
            (Lang::Kk, "Серіктестер"),
            (Lang::Ru, "Партнёры"),
            (Lang::En, "Partners"),
        ]);
        assert_eq!(
            text.show(Lang::Kk),
            Shown {
                text: "Серіктестер",
                lang: Some(Lang::Kk)
            }
        );
        assert_eq!(text.get(Lang::Ru), "Партнёры");
    }

    #[test]
    fn each_reader_falls_back_in_their_own_order() {
        let kk = (Lang::Kk, "Серіктестер");
        let ru = (Lang::Ru, "Партнёры");
        let en = (Lang::En, "Partners");
        let shown = |pairs: &[(Lang, &str)], reader: Lang| per_lang(pairs).show(reader).lang;
        // Kazakh: Russian, then English.
        assert_eq!(shown(&[ru, en], Lang::Kk), Some(Lang::Ru));
        assert_eq!(shown(&[en], Lang::Kk), Some(Lang::En));
        // Russian: English, then Kazakh.
        assert_eq!(shown(&[kk, en], Lang::Ru), Some(Lang::En));
        assert_eq!(shown(&[kk], Lang::Ru), Some(Lang::Kk));
        // English: Russian, then Kazakh.
        assert_eq!(shown(&[kk, ru], Lang::En), Some(Lang::Ru));
        assert_eq!(shown(&[kk], Lang::En), Some(Lang::Kk));
        // The text is still marked with the language it is written in.
        let text = per_lang(&[ru, en]);
        let shown = text.show(Lang::Kk);
        assert_eq!(
            (shown.text, shown.foreign_lang(Lang::Kk)),
            ("Партнёры", Some(Lang::Ru))
        );
    }

    #[test]
    fn a_single_string_has_no_language() {
        assert_eq!(
            Text::Same("KazNU".into()).show(Lang::Ru),
            Shown {
                text: "KazNU",
                lang: None
            }
        );
    }
}
