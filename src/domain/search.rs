//! Finding what readers type: in any script, any word form, with a typo, in any of the three
//! languages, ranked.
//!
//! Each list's items are read into a [`SearchIndex`] once per load: every distinct word of their
//! text is analysed once (its skeleton across scripts, `translit`; its word forms, `word`), and
//! each item keeps the words it has with the part of the item they are in (title, place, other).
//! Words the item shows but the content does not hold, the labels of its country, mode, kind or
//! field, are [`Label`]s, put into words by the site ([`LabelWords`]). A keystroke then matches
//! each typed word against the distinct words once and looks the items' words up.

mod stem_kk;
pub mod translit;
mod typo;
mod word;

#[cfg(test)]
mod relevance;

use rustc_hash::FxHashMap;

use word::{QueryWord, Tier, Word};

use super::internship::Mode;
use super::lower_case::{lower, lower_case};
use super::partner::{AgreementKind, PartnerKind};
use super::program::{Level, ProgramKind};
use super::sorting::positions_by;

/// Lower-cases and folds letters that readers often type as their plain neighbours: the key of
/// a city in a link and the order of titles.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        // ASCII and lower-case Cyrillic, most of the text, skip the Unicode tables.
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else if ('а'..='џ').contains(&c) {
            folded.push(plain_letter(c));
        } else {
            folded.push(plain_letter(lower(c)));
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

/// The lower-case words of a text: letters and digits, with the apostrophes of Kazakh's 2017
/// Latin alphabet kept inside a word (Qarag'andy).
fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_word(text, &mut String::new(), |word| words.push(word.to_owned()));
    words
}

/// Calls `each` with the lower-case words of a text, as [`words`] gives them, each written into
/// `word`: an index reads millions of words, and one it has seen costs no allocation.
fn for_each_word(text: &str, word: &mut String, mut each: impl FnMut(&str)) {
    for piece in text.split(|c: char| !in_word(c)) {
        let piece = trim_apostrophes(piece);
        if piece.is_empty() {
            continue;
        }
        word.clear();
        if piece.is_ascii() {
            word.push_str(piece);
            word.make_ascii_lowercase();
        } else {
            for c in piece.chars() {
                if c == 'Σ' {
                    // A final sigma lower-cases by its place in the word.
                    word.clear();
                    word.push_str(&lower_case(piece));
                    break;
                }
                push_lower_case(word, c);
            }
        }
        each(word);
    }
}

/// `piece` without apostrophes at either end. Most words have none, and a first and a last
/// byte that no apostrophe has rule them out without decoding a letter.
fn trim_apostrophes(piece: &str) -> &str {
    let (Some(first), Some(last)) = (piece.as_bytes().first(), piece.as_bytes().last()) else {
        return piece;
    };
    if APOSTROPHE_FIRST_BYTES.contains(first) || APOSTROPHE_LAST_BYTES.contains(last) {
        piece.trim_matches(APOSTROPHES)
    } else {
        piece
    }
}

const APOSTROPHES: [char; 3] = ['\'', '’', 'ʼ'];
/// The first and the last bytes of [`APOSTROPHES`] in UTF-8: ’ is E2 80 99, ʼ is CA BC.
const APOSTROPHE_FIRST_BYTES: [u8; 3] = [b'\'', 0xE2, 0xCA];
const APOSTROPHE_LAST_BYTES: [u8; 3] = [b'\'', 0x99, 0xBC];

// ASCII and the Russian letters, most of the text, skip the Unicode tables.
const RUSSIAN_UPPER: std::ops::RangeInclusive<char> = 'А'..='Я';
const RUSSIAN: std::ops::RangeInclusive<char> = 'А'..='я';

fn in_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '\''
    } else {
        RUSSIAN.contains(&c) || c.is_alphanumeric() || APOSTROPHES.contains(&c)
    }
}

fn push_lower_case(word: &mut String, c: char) {
    if RUSSIAN_UPPER.contains(&c) {
        // А to Я are followed by а to я, in order.
        word.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
    } else if RUSSIAN.contains(&c) {
        word.push(c);
    } else {
        word.push(lower(c));
    }
}

/// Where in an item a word is: a word in the title ranks above one in the host's name or the
/// place, which ranks above one in the description or a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    Title = 0,
    Place = 1,
    Other = 2,
}

/// What a card shows in the interface's words rather than the content's: the site puts each
/// into words in every language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    Country(String),
    /// A subject field's code.
    Field(String),
    Mode(Mode),
    Paid(bool),
    PartnerKind(PartnerKind),
    AgreementKind(AgreementKind),
    ProgramKind(ProgramKind),
    Level(Level),
}

/// An item's word: which one (a distinct word, or a label when `LABEL` is set) and its part.
type Term = u32;
const LABEL: u32 = 1 << 31;

fn term(id: u32, part: Part) -> Term {
    id << 2 | part as u32
}

/// The words of one list's items, analysed once per load.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    words: Vec<Word>,
    labels: Vec<Label>,
    /// Per item, its distinct terms, each in its best part.
    items: Vec<Box<[Term]>>,
}

/// Builds a [`SearchIndex`] item by item.
#[derive(Default)]
pub struct IndexBuilder {
    index: SearchIndex,
    word_ids: FxHashMap<String, u32>,
    label_ids: FxHashMap<Label, u32>,
    item: Vec<Term>,
    /// The word being read (see [`for_each_word`]).
    word: String,
}

impl IndexBuilder {
    pub fn new() -> IndexBuilder {
        IndexBuilder::default()
    }

    /// Adds the words of `text` to the current item.
    pub fn text(&mut self, part: Part, text: &str) {
        let mut word = std::mem::take(&mut self.word);
        for_each_word(text, &mut word, |word| {
            let id = match self.word_ids.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.index.words.len() as u32;
                    self.index.words.push(Word::new(word));
                    self.word_ids.insert(word.to_owned(), id);
                    id
                }
            };
            self.item.push(term(id, part));
        });
        self.word = word;
    }

    /// Adds a label to the current item.
    pub fn label(&mut self, part: Part, label: Label) {
        let id = match self.label_ids.get(&label) {
            Some(&id) => id,
            None => {
                let id = self.index.labels.len() as u32;
                self.index.labels.push(label.clone());
                self.label_ids.insert(label, id);
                id
            }
        };
        self.item.push(LABEL | term(id, part));
    }

    /// Ends the current item: the next words are the next item's.
    pub fn end_item(&mut self) {
        // Each term once, in its best part (the lowest, sorted first).
        self.item.sort_unstable();
        self.item
            .dedup_by(|later, first| *later >> 2 == *first >> 2);
        self.index.items.push(std::mem::take(&mut self.item).into());
    }

    pub fn finish(self) -> SearchIndex {
        self.index
    }
}

/// The words of each label of an index, in every language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabelWords(Vec<Vec<Word>>);

impl LabelWords {
    /// `name` gives a label's names (one per language).
    pub fn new<S: AsRef<str>>(index: &SearchIndex, name: impl Fn(&Label) -> Vec<S>) -> LabelWords {
        LabelWords(
            index
                .labels
                .iter()
                .map(|label| {
                    name(label)
                        .iter()
                        .flat_map(|text| words(text.as_ref()))
                        .map(|w| Word::new(&w))
                        .collect()
                })
                .collect(),
        )
    }
}

/// What the reader typed, split into words that must all be found.
#[derive(Clone, Debug, Default)]
pub struct Query {
    typed: Vec<String>,
    words: Vec<QueryWord>,
}

impl PartialEq for Query {
    fn eq(&self, other: &Query) -> bool {
        self.typed == other.typed
    }
}

impl Query {
    pub fn new(text: &str) -> Query {
        let typed = words(text);
        Query {
            words: typed.iter().map(|w| QueryWord::new(w)).collect(),
            typed,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.typed.is_empty()
    }
}

/// No match, in a [`Matches`] table.
const NONE: u8 = u8::MAX;

/// For one typed word, how well each distinct word and each label of an index answers it.
#[derive(Clone, Debug, PartialEq)]
struct Matches(Vec<u8>);

impl Matches {
    fn new(typed: &QueryWord, index: &SearchIndex, labels: &LabelWords) -> Matches {
        let tier = |word: &Word| typed.tier(word).map_or(NONE, |t| t as u8);
        let mut table: Vec<u8> = index.words.iter().map(tier).collect();
        // Labels the site gave no words for are found by nothing.
        table.extend((0..index.labels.len()).map(|at| {
            labels
                .0
                .get(at)
                .and_then(|words| words.iter().map(tier).min())
                .unwrap_or(NONE)
        }));
        Matches(table)
    }

    /// Does everything this word finds, `wider` find too?
    fn within(&self, wider: &Matches) -> bool {
        self.0
            .iter()
            .zip(&wider.0)
            .all(|(&mine, &theirs)| mine == NONE || theirs != NONE)
    }
}

/// How well an item answers a query: lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Score {
    /// Summed over the typed words: the tier (exact, prefix, word form, typo), then the part.
    rank: u16,
    /// Some word is found only with a typo.
    typo: bool,
}

impl Score {
    /// Is some word found only with a typo?
    pub fn typo(&self) -> bool {
        self.typo
    }
}

/// An item that answers a query: its position in the list and its score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Found {
    pub at: usize,
    pub score: Score,
}

/// Typos are shown only when fewer items than this are found without one.
pub const FEW: usize = 5;

/// A query matched against one index.
pub struct Matcher<'a> {
    index: &'a SearchIndex,
    query: Query,
    tables: Vec<Matches>,
}

impl<'a> Matcher<'a> {
    pub fn new(query: &Query, index: &'a SearchIndex, labels: &LabelWords) -> Matcher<'a> {
        Matcher::knowing(query, index, labels, |_| None)
    }

    /// `known` gives the table of a typed word already matched against this index, if any.
    fn knowing(
        query: &Query,
        index: &'a SearchIndex,
        labels: &LabelWords,
        known: impl Fn(&str) -> Option<Matches>,
    ) -> Matcher<'a> {
        Matcher {
            index,
            query: query.clone(),
            tables: query
                .typed
                .iter()
                .zip(&query.words)
                .map(|(typed, w)| known(typed).unwrap_or_else(|| Matches::new(w, index, labels)))
                .collect(),
        }
    }

    /// The score of the item at `at`, when it has every typed word.
    pub fn score(&self, at: usize) -> Option<Score> {
        let labels_from = self.index.words.len();
        let terms = &self.index.items[at];
        let mut score = Score {
            rank: 0,
            typo: false,
        };
        for table in &self.tables {
            // The best tier, then part, as one number (a part is under 3): the loop runs for
            // every term of thousands of items on a keystroke.
            let mut best = NONE;
            for &t in terms.iter() {
                let id = ((t & !LABEL) >> 2) as usize;
                let id = if t & LABEL != 0 { labels_from + id } else { id };
                let tier = table.0[id];
                if tier != NONE {
                    best = best.min(tier * 3 + (t & 3) as u8);
                }
            }
            if best == NONE {
                return None;
            }
            score.rank += u16::from(best);
            score.typo |= best / 3 == Tier::Typo as u8;
        }
        Some(score)
    }

    /// The items of `candidates` that have every typed word, in the same order.
    pub fn found(&self, candidates: impl IntoIterator<Item = usize>) -> Vec<Found> {
        candidates
            .into_iter()
            .filter_map(|at| self.score(at).map(|score| Found { at, score }))
            .collect()
    }
}

/// The positions of `found`: those found only with a typo dropped when enough are found
/// without, and best first when `ranked` (equal scores keep their order).
pub fn shown(found: &[Found], ranked: bool) -> Vec<usize> {
    let exact = found.iter().filter(|f| !f.score.typo).count();
    let kept: Vec<&Found> = found
        .iter()
        .filter(|f| exact < FEW || !f.score.typo)
        .collect();
    if ranked {
        positions_by(kept.len(), &|a, b| kept[a].score.cmp(&kept[b].score))
            .into_iter()
            .map(|i| kept[i].at)
            .collect()
    } else {
        kept.into_iter().map(|f| f.at).collect()
    }
}

/// How many searches of one list are remembered.
const REMEMBERED: usize = 16;

/// The results of a list's recent searches. Typing on searches only an earlier result that
/// holds everything the new query finds, and erasing back finds the result it had: a keystroke
/// stays quick with ten thousand items. The results hold for one `base` (whatever the
/// candidates depend on: the filters, the order); another base forgets them.
#[derive(Debug, Default)]
pub struct RecentSearches<B> {
    base: Option<B>,
    /// Oldest first: the query, what each of its words finds, and the items found.
    results: Vec<Remembered>,
}

#[derive(Debug)]
struct Remembered {
    query: Query,
    tables: Vec<Matches>,
    found: Vec<Found>,
}

impl<B: PartialEq> RecentSearches<B> {
    pub fn new() -> Self {
        RecentSearches {
            base: None,
            results: Vec::new(),
        }
    }

    /// The matcher of `query` in `index`, the index (and `labels`) of the searches remembered
    /// here: a typed word they matched is not matched against every word of the index again
    /// (erasing repeats earlier queries, and a second word keeps the first).
    pub fn matcher<'a>(
        &self,
        query: &Query,
        index: &'a SearchIndex,
        labels: &LabelWords,
    ) -> Matcher<'a> {
        Matcher::knowing(query, index, labels, |typed| {
            self.results.iter().rev().find_map(|earlier| {
                let at = earlier.query.typed.iter().position(|w| w == typed)?;
                Some(earlier.tables[at].clone())
            })
        })
    }

    /// The items of `candidates` (every item of `base` that passes its filters, in order, asked
    /// for only when needed) that `matcher` finds, in the same order, with their scores. Pass
    /// them to [`shown`].
    pub fn matching(
        &mut self,
        base: B,
        matcher: Matcher<'_>,
        candidates: impl FnOnce() -> Vec<usize>,
    ) -> Vec<Found> {
        if self.base.as_ref() != Some(&base) {
            self.base = Some(base);
            self.results.clear();
        }
        let found = if let Some(at) = self
            .results
            .iter()
            .position(|earlier| earlier.query == matcher.query)
        {
            self.results.remove(at).found
        } else {
            // An earlier result holds every item this query finds when each of its words finds
            // all that one of the new words finds.
            let narrowest = self
                .results
                .iter()
                .filter(|earlier| {
                    earlier
                        .tables
                        .iter()
                        .all(|old| matcher.tables.iter().any(|new| new.within(old)))
                })
                .min_by_key(|earlier| earlier.found.len());
            match narrowest {
                Some(earlier) => matcher.found(earlier.found.iter().map(|f| f.at)),
                None => matcher.found(candidates()),
            }
        };
        if self.results.len() == REMEMBERED {
            self.results.remove(0);
        }
        self.results.push(Remembered {
            query: matcher.query,
            tables: matcher.tables,
            found: found.clone(),
        });
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(items: &[&[(Part, &str)]]) -> SearchIndex {
        let mut builder = IndexBuilder::new();
        for item in items {
            for (part, text) in *item {
                builder.text(*part, text);
            }
            builder.end_item();
        }
        builder.finish()
    }

    fn search(index: &SearchIndex, text: &str) -> Vec<usize> {
        let matcher = Matcher::new(&Query::new(text), index, &LabelWords::default());
        shown(&matcher.found(0..index.items.len()), true)
    }

    #[test]
    fn words_are_letters_and_digits_in_lower_case_with_latin_kazakh_apostrophes() {
        assert_eq!(
            words("QARAG'ANDY, ҚАРАҒАНДЫ–Almaty 2026 'quoted' Ёлка ΟΔΟΣ d’Or ’Tur’ ʼBilimʼ"),
            [
                "qarag'andy",
                "қарағанды",
                "almaty",
                "2026",
                "quoted",
                "ёлка",
                // The final sigma, as `str::to_lowercase` writes it.
                "οδος",
                "d’or",
                "tur",
                "bilim"
            ]
        );
    }

    #[test]
    fn the_apostrophes_bytes_are_those_that_rule_them_out() {
        for (at, apostrophe) in APOSTROPHES.iter().enumerate() {
            let bytes = apostrophe.to_string().into_bytes();
            assert_eq!(bytes.first(), Some(&APOSTROPHE_FIRST_BYTES[at]));
            assert_eq!(bytes.last(), Some(&APOSTROPHE_LAST_BYTES[at]));
        }
    }

    #[test]
    fn ignores_case_in_every_script() {
        let i = index(&[&[
            (Part::Title, "Al-Farabi Kazakh National University"),
            (Part::Title, "Әл-Фараби атындағы Қазақ ұлттық университеті"),
            (Part::Title, "Казахский национальный университет"),
        ]]);
        assert_eq!(search(&i, "FARABI"), vec![0]);
        assert_eq!(search(&i, "ҚАЗАҚ"), vec![0]);
        assert_eq!(search(&i, "казахский НАЦИОНАЛЬНЫЙ"), vec![0]);
    }

    #[test]
    fn kazakh_letters_are_found_from_a_russian_keyboard() {
        let i = index(&[&[(Part::Title, "Әл-Фараби атындағы Қазақ ұлттық университеті")]]);
        assert_eq!(search(&i, "казак улттык"), vec![0]);
        assert_eq!(search(&i, "қазақ"), vec![0]);
        assert_eq!(search(&i, "әл-фараби"), vec![0]);
    }

    #[test]
    fn every_word_must_be_found() {
        let i = index(&[&[(Part::Title, "Law internship"), (Part::Place, "Almaty")]]);
        assert_eq!(search(&i, "  law   almaty "), vec![0]);
        assert_eq!(search(&i, "law astana"), Vec::<usize>::new());
        assert!(Query::new("   ").is_empty());
    }

    #[test]
    fn exact_before_prefix_before_form_before_typo_and_title_before_place() {
        let i = index(&[
            &[(Part::Title, "Practice"), (Part::Other, "engineers wanted")],
            &[(Part::Title, "Engineering practice")],
            &[(Part::Title, "Practice"), (Part::Place, "Engineer Street")],
            &[(Part::Title, "Engineer")],
            &[(Part::Title, "Enginear")],
        ]);
        assert_eq!(search(&i, "engineer"), vec![3, 2, 1, 0, 4]);
    }

    #[test]
    fn typos_only_when_few_are_found_without() {
        let many: Vec<[(Part, &str); 1]> = (0..FEW).map(|_| [(Part::Title, "teacher")]).collect();
        let mut items: Vec<&[(Part, &str)]> = many.iter().map(|i| &i[..]).collect();
        items.push(&[(Part::Title, "teahcer")]);
        let i = index(&items);
        assert_eq!(search(&i, "teacher"), (0..FEW).collect::<Vec<_>>());
        assert_eq!(search(&i, "teahcer"), vec![FEW, 0, 1, 2, 3, 4]);
    }

    #[test]
    fn labels_are_found_in_the_words_the_site_gives() {
        let mut builder = IndexBuilder::new();
        builder.text(Part::Title, "Практика");
        builder.label(Part::Other, Label::Mode(Mode::Remote));
        builder.end_item();
        builder.text(Part::Title, "Практика");
        builder.label(Part::Other, Label::Mode(Mode::Onsite));
        builder.end_item();
        let index = builder.finish();
        let labels = LabelWords::new(&index, |label| match label {
            Label::Mode(Mode::Remote) => vec!["Қашықтан", "Удалённо", "Remote"],
            _ => vec!["Орнында", "Очно", "On site"],
        });
        let found = |text: &str| {
            let matcher = Matcher::new(&Query::new(text), &index, &labels);
            shown(&matcher.found([0, 1]), true)
        };
        assert_eq!(found("удаленно"), vec![0]);
        assert_eq!(found("remote"), vec![0]);
        assert_eq!(found("qashyqtan"), vec![0]);
        assert_eq!(found("практика очно"), vec![1]);
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
            "Шымкент заңгер",
            "Инженерия Қарағанды",
            "Enginear Shymkent",
        ];
        let items: Vec<[(Part, &str); 1]> = texts.iter().map(|t| [(Part::Title, *t)]).collect();
        let items: Vec<&[(Part, &str)]> = items.iter().map(|i| &i[..]).collect();
        let index = index(&items);
        let labels = LabelWords::default();
        let everything =
            |query: &Query| Matcher::new(query, &index, &labels).found(0..index.items.len());
        let mut recent = RecentSearches::new();
        let typed = [
            "l",
            "la",
            "law",
            "law ",
            "law o",
            "law os",
            "law osh",
            "law os",
            "law",
            "",
            "e",
            "en",
            "engineer",
            "engin",
            "enginee",
            "engineer",
            "x",
            "",
            "s",
            "sh",
            "shy",
            "shym",
            "шым",
            "c",
            "ch",
            "k",
            "ka",
            "kar",
            "karaganda",
            "karagand",
            "қарағанды",
        ];
        for text in typed {
            let query = Query::new(text);
            // Through the remembered tables of the words typed before.
            let matcher = recent.matcher(&query, &index, &labels);
            assert_eq!(
                recent.matching("all", matcher, || (0..index.items.len()).collect()),
                everything(&query),
                "{text:?}"
            );
        }
        // Another base: the earlier results are not used for it.
        for text in ["law", "la", "l", ""] {
            let query = Query::new(text);
            let matcher = Matcher::new(&query, &index, &labels);
            let osh_only: Vec<Found> = Matcher::new(&query, &index, &labels).found([1, 2]);
            assert_eq!(
                recent.matching("osh", matcher, || vec![1, 2]),
                osh_only,
                "{text:?}"
            );
        }
    }
}
