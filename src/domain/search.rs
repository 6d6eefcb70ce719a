//! Narrowing a list as the reader types: case-insensitive, in any of the three languages, and
//! forgiving of a keyboard without Kazakh letters (`қ` is found by `к`).

/// Lower-cases and folds letters that readers often type as their plain neighbours.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        // Every item's key is folded when the content loads: ASCII and lower-case Cyrillic, most
        // of the text, skip the Unicode tables.
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else if ('а'..='џ').contains(&c) {
            folded.push(plain_letter(c));
        } else {
            folded.extend(c.to_lowercase().map(plain_letter));
        }
    }
    folded
}

/// A lower-case letter that readers often type as its plain neighbour, as that neighbour.
fn plain_letter(c: char) -> char {
    match c {
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        'ё' => 'е',
        'й' => 'и',
        _ => c,
    }
}

/// What the reader typed, split into words that must all be found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(text: &str) -> Query {
        Query {
            words: fold(text).split_whitespace().map(str::to_string).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// `key` is an item's searchable text, already folded.
    pub fn matches(&self, key: &str) -> bool {
        self.words.iter().all(|word| key.contains(word.as_str()))
    }

    /// True when everything this query matches, `earlier` matches too: each of its words is
    /// part of one of ours. Typing on at the end of a word, or adding a word, refines.
    pub fn refines(&self, earlier: &Query) -> bool {
        earlier
            .words
            .iter()
            .all(|old| self.words.iter().any(|word| word.contains(old.as_str())))
    }
}

/// How many searches of one list are remembered.
const REMEMBERED: usize = 16;

/// The results of a list's recent searches. Typing on searches only the last result, not the
/// whole list again, and erasing back finds the result it had: a keystroke stays quick with ten
/// thousand items. The results hold for one `base` (whatever the candidates depend on: the
/// filters, the order); another base forgets them.
#[derive(Debug, Default)]
pub struct RecentSearches<B> {
    base: Option<B>,
    /// Oldest first.
    results: Vec<(Query, Vec<usize>)>,
}

impl<B: PartialEq> RecentSearches<B> {
    pub fn new() -> Self {
        RecentSearches {
            base: None,
            results: Vec::new(),
        }
    }

    /// The positions in `candidates` (every item of `base` that passes its filters, in order,
    /// asked for only when needed) whose key in `keys` matches `query`, in the same order.
    pub fn matching(
        &mut self,
        base: B,
        query: &Query,
        keys: &[String],
        candidates: impl FnOnce() -> Vec<usize>,
    ) -> Vec<usize> {
        if self.base.as_ref() != Some(&base) {
            self.base = Some(base);
            self.results.clear();
        }
        let result = if let Some(at) = self
            .results
            .iter()
            .position(|(earlier, _)| earlier == query)
        {
            self.results.remove(at).1
        } else {
            let narrowest = self
                .results
                .iter()
                .filter(|(earlier, _)| query.refines(earlier))
                .min_by_key(|(_, result)| result.len());
            let searched = match narrowest {
                Some((_, result)) => result.clone(),
                None => candidates(),
            };
            searched
                .into_iter()
                .filter(|&i| query.matches(&keys[i]))
                .collect()
        };
        if self.results.len() == REMEMBERED {
            self.results.remove(0);
        }
        self.results.push((query.clone(), result.clone()));
        result
    }
}

/// Joins an item's searchable strings into one folded key, built once per load.
pub fn key<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut key = String::new();
    for part in parts {
        key.push_str(&fold(part));
        key.push('\n');
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_case_in_every_script() {
        let k = key([
            "Al-Farabi Kazakh National University",
            "Әл-Фараби атындағы Қазақ ұлттық университеті",
            "Казахский национальный университет",
        ]);
        assert!(Query::new("FARABI").matches(&k));
        assert!(Query::new("ҚАЗАҚ").matches(&k));
        assert!(Query::new("казахский НАЦИОНАЛЬНЫЙ").matches(&k));
    }

    #[test]
    fn kazakh_letters_are_found_from_a_russian_keyboard() {
        let k = key(["Әл-Фараби атындағы Қазақ ұлттық университеті"]);
        assert!(Query::new("казак улттык").matches(&k));
        assert!(Query::new("қазақ").matches(&k));
        assert!(Query::new("әл-фараби").matches(&k));
    }

    #[test]
    fn a_longer_query_refines_a_shorter_one() {
        assert!(Query::new("engineer").refines(&Query::new("engin")));
        assert!(Query::new("law osh").refines(&Query::new("law")));
        assert!(Query::new("law osh").refines(&Query::new("os")));
        assert!(Query::new("law").refines(&Query::new("")));
        assert!(!Query::new("engin").refines(&Query::new("engineer")));
        assert!(!Query::new("law").refines(&Query::new("law osh")));
    }

    /// Every search through the remembered results gives what a search of the whole list gives.
    #[test]
    fn remembered_searches_give_the_same_results_as_searching_everything() {
        let texts = [
            "Law internship Almaty",
            "Engineering practice Osh",
            "Law clinic Osh",
            "Teacher training Karaganda",
            "Engineer Almaty",
        ];
        let keys: Vec<String> = texts.iter().map(|t| key([*t])).collect();
        let everything = |query: &Query| {
            (0..keys.len())
                .filter(|&i| query.matches(&keys[i]))
                .collect::<Vec<_>>()
        };
        let mut recent = RecentSearches::new();
        let typed = [
            "l", "la", "law", "law ", "law o", "law os", "law osh", "law os", "law", "", "e", "en",
            "engineer", "engin", "x", "",
        ];
        for text in typed {
            let query = Query::new(text);
            assert_eq!(
                recent.matching("all", &query, &keys, || (0..keys.len()).collect()),
                everything(&query),
                "{text:?}"
            );
        }
        // Another base: the earlier results are not used for it.
        let osh_only = |query: &Query| {
            [1, 2]
                .into_iter()
                .filter(|&i| query.matches(&keys[i]))
                .collect::<Vec<_>>()
        };
        for text in ["law", "la", "l", ""] {
            let query = Query::new(text);
            assert_eq!(
                recent.matching("osh", &query, &keys, || vec![1, 2]),
                osh_only(&query),
                "{text:?}"
            );
        }
    }

    #[test]
    fn every_word_must_be_found() {
        let k = key(["Law internship", "Almaty"]);
        assert!(Query::new("  law   almaty ").matches(&k));
        assert!(!Query::new("law astana").matches(&k));
        assert!(Query::new("").matches(&k) && Query::new("   ").is_empty());
    }
}
