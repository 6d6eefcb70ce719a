//! Kazakh endings stripped from a word's skeleton (see `translit`), so that университетінде,
//! университеттің and университет meet. Kazakh adds its endings in a fixed order, stem +
//! plural + possessive + case; they are taken off from the outside in, each layer at most once,
//! and never below three letters of stem. Working on the skeleton covers the Cyrillic and the
//! Latin spellings with one rule set; vowel harmony's pairs (-да/-де) are one ending there.

/// Case endings, and -дағы (the locative made an adjective), longest first within a length.
const CASES: &[&str] = &[
    "ndagi", "ndegi", "dagi", "degi", "tagi", "tegi", // Алматыдағы
    "nan", "nen", "dan", "den", "tan", "ten", // ablative
    "nda", "nde", "da", "de", "ta", "te", // locative
    "nin", "din", "tin", // genitive
    "men", "ben", "pen", // instrumental
    "ga", "ge", "ka", "ke", "na", "ne", // dative
    "ni", "di", "ti", // accusative
];
const POSSESSIVES: &[&str] = &["imiz", "iniz", "miz", "niz", "si", "im", "i"];
const PLURALS: &[&str] = &["lar", "ler", "dar", "der", "tar", "ter"];

/// The shortest stem left.
const STEM: usize = 3;

/// `spelled` (a skeleton with doubled letters kept) without its Kazakh endings.
pub fn strip(spelled: &str) -> &str {
    let mut stem = spelled;
    for layer in [CASES, POSSESSIVES, PLURALS] {
        if let Some(shorter) = layer
            .iter()
            .find_map(|ending| stem.strip_suffix(ending).filter(|rest| rest.len() >= STEM))
        {
            stem = shorter;
        }
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::super::translit::spell;
    use super::*;

    #[track_caller]
    fn stems_to(words: &[&str], stem: &str) {
        for word in words {
            assert_eq!(strip(&spell(word)), stem, "{word}");
        }
    }

    /// Real words, as they are written in the bundled news and in Kazakh university pages.
    #[test]
    fn strips_case_possessive_and_plural_endings() {
        stems_to(
            &[
                "университет",
                "университетінде",
                "университеттің",
                "университетке",
                "университеттен",
                "университеттер",
                "университеттерінде",
                "университетімен",
                "universitetinde",
            ],
            "universitet",
        );
        stems_to(&["заң", "заңы", "заңда", "заңның", "заңдар", "zañy"], "zan");
        stems_to(&["қала", "қаласы", "қаладағы", "қалада"], "kala");
        stems_to(
            &["студент", "студенттер", "студенттерге", "студенттердің"],
            "student",
        );
        stems_to(
            &[
                "бағдарлама",
                "бағдарламасы",
                "бағдарламалар",
                "бағдарламаға",
            ],
            "bagdarlama",
        );
        stems_to(
            &["тағылымдама", "тағылымдамаға", "тағылымдамалары"],
            "tagilimdama",
        );
    }

    #[test]
    fn keeps_three_letters_of_stem() {
        assert_eq!(strip(&spell("ана")), "ana");
        assert_eq!(strip(&spell("ұлы")), "uli");
    }
}
