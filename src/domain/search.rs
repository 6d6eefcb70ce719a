//! Narrowing a list as the reader types: case-insensitive, in any of the three languages, and
//! forgiving of a keyboard without Kazakh letters (`қ` is found by `к`).

/// Lower-cases and folds letters that readers often type as their plain neighbours.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        folded.push(match c {
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
        });
    }
    folded
}

/// What the reader typed, split into words that must all be found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(text: &str) -> Query {
        Query { words: fold(text).split_whitespace().map(str::to_string).collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// `key` is an item's searchable text, already folded.
    pub fn matches(&self, key: &str) -> bool {
        self.words.iter().all(|word| key.contains(word.as_str()))
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
        let k = key(["Al-Farabi Kazakh National University", "Әл-Фараби атындағы Қазақ ұлттық университеті", "Казахский национальный университет"]);
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
    fn every_word_must_be_found() {
        let k = key(["Law internship", "Almaty"]);
        assert!(Query::new("  law   almaty ").matches(&k));
        assert!(!Query::new("law astana").matches(&k));
        assert!(Query::new("").matches(&k) && Query::new("   ").is_empty());
    }
}
