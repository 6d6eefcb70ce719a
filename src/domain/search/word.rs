//! One word of the text or of a query, analysed once: its skeleton (`translit`) and its word
//! forms, the stems under which its other endings meet.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::translit::{alternatives, is_cyrillic, merge_doubles, skeleton, spell};
use super::{stem_kk, typo};

/// A word of an item's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    pub skeleton: Box<str>,
    /// Stems, each a skeleton: the Russian Snowball stem of a Cyrillic word; the word without an
    /// English plural and final vowels (Karaganda, Қарағанды); and that without Kazakh endings.
    pub forms: Vec<Box<str>>,
    /// Which letters the skeleton has (see [`typo::letters`]).
    pub letters: u32,
}

impl Word {
    /// `word` is lower case.
    pub fn new(word: &str) -> Word {
        let skeleton = skeleton(word);
        let mut forms: Vec<Box<str>> = Vec::with_capacity(3);
        let russian = is_cyrillic(word).then(|| skeleton_of_russian_stem(word));
        let spelled = spell(word);
        let singular = if is_cyrillic(word) {
            spelled.as_str()
        } else {
            english_singular(&spelled)
        };
        let [plain, stripped] = [singular, stem_kk::strip(singular)].map(without_final_vowels);
        for form in russian.into_iter().chain([plain, stripped]) {
            if !forms.iter().any(|f| **f == *form) {
                forms.push(form.into());
            }
        }
        Word {
            letters: typo::letters(&skeleton),
            skeleton: skeleton.into(),
            forms,
        }
    }
}

fn russian() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::Russian))
}

fn skeleton_of_russian_stem(word: &str) -> String {
    let word = word.replace('ё', "е");
    skeleton(&russian().stem(&word))
}

/// A spelled stem without its final vowels (as long as three letters stay), doubles merged.
fn without_final_vowels(stem: &str) -> String {
    let trimmed = stem.trim_end_matches(['a', 'e', 'i', 'o', 'u']);
    merge_doubles(if trimmed.len() >= 3 { trimmed } else { stem })
}

/// An English plural's singular, in the skeleton's spelling (y is i there): universities,
/// branches, internships.
fn english_singular(spelled: &str) -> &str {
    if spelled.len() <= 3 {
        return spelled;
    }
    for ending in ["sses", "shes", "ches", "kses", "zes"] {
        if spelled.ends_with(ending) {
            return &spelled[..spelled.len() - 2];
        }
    }
    if let Some(stem) = spelled.strip_suffix("ies") {
        return &spelled[..stem.len() + 1];
    }
    match spelled.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') && !stem.ends_with('u') => stem,
        _ => spelled,
    }
}

/// What one typed word finds.
#[derive(Clone, Debug)]
pub struct QueryWord {
    /// The skeleton, and another spelling of it where the text may differ (`alternatives`).
    skeletons: Vec<String>,
    word: Word,
    /// How many edits a typo may take.
    edits: usize,
}

/// How well a word of the text answers a typed word, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    Exact = 0,
    Prefix = 1,
    Form = 2,
    Typo = 3,
}

impl QueryWord {
    /// `typed` is one lower-case word.
    pub fn new(typed: &str) -> QueryWord {
        let word = Word::new(typed);
        let mut skeletons = vec![word.skeleton.to_string()];
        skeletons.extend(alternatives(&word.skeleton));
        QueryWord {
            skeletons,
            edits: typo::edits(typed.chars().filter(|c| c.is_alphabetic()).count()),
            word,
        }
    }

    pub fn tier(&self, text: &Word) -> Option<Tier> {
        if self.skeletons.iter().any(|s| **s == *text.skeleton) {
            Some(Tier::Exact)
        } else if self
            .skeletons
            .iter()
            .any(|s| text.skeleton.starts_with(s.as_str()))
        {
            Some(Tier::Prefix)
        } else if self.word.forms.iter().any(|f| text.forms.contains(f)) {
            Some(Tier::Form)
        } else if self.edits > 0
            && typo::within(&self.word.skeleton, self.word.letters, text, self.edits)
        {
            Some(Tier::Typo)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(typed: &str, text: &str) -> Option<Tier> {
        QueryWord::new(typed).tier(&Word::new(text))
    }

    #[test]
    fn russian_endings_meet_through_the_stemmer() {
        for typed in ["стажировки", "стажировку", "стажировкой", "stazhirovki"]
        {
            assert_eq!(tier(typed, "стажировка"), Some(Tier::Form), "{typed}");
        }
        assert_eq!(tier("юристов", "юрист"), Some(Tier::Form));
        assert_eq!(tier("юридический", "юридическая"), Some(Tier::Form));
    }

    #[test]
    fn english_plurals_meet_their_singular() {
        assert_eq!(tier("internships", "internship"), Some(Tier::Form));
        assert_eq!(tier("universities", "university"), Some(Tier::Form));
        assert_eq!(tier("branches", "branch"), Some(Tier::Form));
        assert_eq!(tier("internship", "internships"), Some(Tier::Prefix));
    }

    #[test]
    fn kazakh_endings_meet_their_stem() {
        assert_eq!(tier("университетінде", "университет"), Some(Tier::Form));
        assert_eq!(tier("университеттің", "университеті"), Some(Tier::Form));
        assert_eq!(tier("zan", "заң"), Some(Tier::Exact));
        assert_eq!(tier("zan", "заңгер"), Some(Tier::Prefix));
        assert_eq!(tier("qaragandy", "қарағанды"), Some(Tier::Exact));
        assert_eq!(tier("karaganda", "қарағанды"), Some(Tier::Form));
        assert_eq!(tier("kazakhstan", "қазақстан"), Some(Tier::Exact));
    }

    #[test]
    fn typos_by_length() {
        assert_eq!(tier("internhip", "internship"), Some(Tier::Typo));
        assert_eq!(tier("стажирвка", "стажировка"), Some(Tier::Typo));
        assert_eq!(tier("engneering", "engineering"), Some(Tier::Typo));
        assert_eq!(tier("teahcer", "teacher"), Some(Tier::Typo));
        // Four letters or fewer: none.
        assert_eq!(tier("law", "low"), None);
        assert_eq!(tier("lwa", "law"), None);
        assert_eq!(tier("ohs", "osh"), None);
        // Two edits are too many below nine letters.
        assert_eq!(tier("mdicne", "medicine"), None);
        // A longer word that holds the typed one is another word, not a typo.
        assert_eq!(tier("оплачиваемая", "неоплачиваемая"), None);
    }

    #[test]
    fn prefixes_find_words_being_typed() {
        assert_eq!(tier("инж", "инженерия"), Some(Tier::Prefix));
        assert_eq!(
            tier("инж", "Инженерия".to_lowercase().as_str()),
            Some(Tier::Prefix)
        );
        assert_eq!(tier("inzh", "инженерия"), Some(Tier::Prefix));
    }
}
