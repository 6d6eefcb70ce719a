//! The portal-wide search: partners, internships, programs and news items together, best first.

use super::content::{Content, Item, Section};
use super::list_query::UrlState;
use super::search::{LabelWords, Query, RecentSearches, Score, FEW};
use super::sorting::positions_by;
use super::{Internship, NewsItem, Partner, Program};

/// The four kinds of result, in the order their counts are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Partner,
    Internship,
    Program,
    News,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Partner, Kind::Internship, Kind::Program, Kind::News];

    /// The word for the kind in the address (`?kind=internship`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Partner => "partner",
            Kind::Internship => "internship",
            Kind::Program => "program",
            Kind::News => "news",
        }
    }

    pub fn parse(word: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == word)
    }
}

/// The results page's filter: the kind of result shown, every kind when none.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct KindFilter(pub Option<Kind>);

impl UrlState for KindFilter {
    fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        KindFilter(
            pairs
                .into_iter()
                .filter(|(key, _)| *key == "kind")
                .find_map(|(_, value)| Kind::parse(value)),
        )
    }

    fn to_query(&self) -> Vec<(&'static str, String)> {
        self.0
            .map(|k| ("kind", k.as_str().to_string()))
            .into_iter()
            .collect()
    }

    fn cleared(&self) -> Self {
        KindFilter(None)
    }
}

/// One result: its kind and its position in that section's items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub at: usize,
}

/// Where a [`Hit`]'s kind is in its [`Hit::number`]: the top two bits.
const KIND_SHIFT: u32 = usize::BITS - 2;

impl Hit {
    /// A number for the item this hit found, the same whatever was searched: the results page
    /// keys its cards by it, as the lists key theirs by position, so one keyed list in the wasm
    /// serves both (a list keyed by `Hit` was 6 KiB brotli more). A section has fewer than 2^30
    /// items.
    pub fn number(self) -> usize {
        (self.kind as usize) << KIND_SHIFT | self.at
    }

    /// The hit whose [`Hit::number`] is `number`.
    pub fn numbered(number: usize) -> Hit {
        Hit {
            kind: Kind::ALL[number >> KIND_SHIFT],
            at: number & ((1 << KIND_SHIFT) - 1),
        }
    }

    /// The item this hit found in `content`, the content it was found in.
    pub fn item(self, content: &Content) -> Option<Found<'_>> {
        fn at<T>(section: &Section<T>, at: usize) -> Option<&T> {
            section.as_ref().ok()?.items.get(at)
        }
        Some(match self.kind {
            Kind::Partner => Found::Partner(at(&content.partners, self.at)?),
            Kind::Internship => Found::Internship(at(&content.internships, self.at)?),
            Kind::Program => Found::Program(at(&content.programs, self.at)?),
            Kind::News => Found::News(at(&content.news, self.at)?),
        })
    }
}

/// The item a hit found.
#[derive(Clone, Copy, Debug)]
pub enum Found<'a> {
    Partner(&'a Partner),
    Internship(&'a Internship),
    Program(&'a Program),
    News(&'a NewsItem),
}

/// The words of each section's labels, built once per content.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AllLabels {
    pub partners: LabelWords,
    pub internships: LabelWords,
    pub programs: LabelWords,
    pub news: LabelWords,
}

/// The recent searches of each section, in [`Kind::ALL`]'s order: typing on searches what the
/// search before found, and erasing finds it again, as in a list.
pub type RecentAll = [RecentSearches<()>; 4];

/// Every item of every readable section that has each word of `query`, best first (equal
/// scores by kind, then in file order); those found only with a typo only when few are found
/// without. Nothing for an empty query. `recent` holds this content's earlier searches.
pub fn search_all(
    content: &Content,
    labels: &AllLabels,
    query: &Query,
    recent: &mut RecentAll,
) -> Vec<Hit> {
    if query.is_empty() {
        return Vec::new();
    }
    let [partners, internships, programs, news] = recent;
    let mut found: Vec<(Hit, Score)> = Vec::new();
    collect(
        &content.partners,
        &labels.partners,
        query,
        Kind::Partner,
        partners,
        &mut found,
    );
    collect(
        &content.internships,
        &labels.internships,
        query,
        Kind::Internship,
        internships,
        &mut found,
    );
    collect(
        &content.programs,
        &labels.programs,
        query,
        Kind::Program,
        programs,
        &mut found,
    );
    collect(
        &content.news,
        &labels.news,
        query,
        Kind::News,
        news,
        &mut found,
    );
    let exact = found.iter().filter(|(_, s)| !s.typo()).count();
    found.retain(|(_, s)| exact < FEW || !s.typo());
    positions_by(found.len(), &|a, b| found[a].1.cmp(&found[b].1))
        .into_iter()
        .map(|i| found[i].0)
        .collect()
}

fn collect<T: Item>(
    section: &Section<T>,
    labels: &LabelWords,
    query: &Query,
    kind: Kind,
    recent: &mut RecentSearches<()>,
    found: &mut Vec<(Hit, Score)>,
) {
    if let Ok(listing) = section {
        let matcher = recent.matcher(query, &listing.search, labels);
        let all = || (0..listing.items.len()).collect();
        found.extend(
            recent
                .matching((), matcher, all)
                .into_iter()
                .map(|f| (Hit { kind, at: f.at }, f.score)),
        );
    }
}

/// How many results of each kind, in [`Kind::ALL`]'s order.
pub fn counts(hits: &[Hit]) -> [usize; 4] {
    Kind::ALL.map(|kind| hits.iter().filter(|h| h.kind == kind).count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hit_is_known_again_by_its_number() {
        for kind in Kind::ALL {
            for at in [0, 1, 9_999, (1 << 30) - 1] {
                let hit = Hit { kind, at };
                assert_eq!(Hit::numbered(hit.number()), hit);
            }
        }
        let numbers = Kind::ALL.map(|kind| Hit { kind, at: 7 }.number());
        assert!(numbers
            .iter()
            .enumerate()
            .all(|(i, n)| !numbers[..i].contains(n)));
    }

    #[test]
    fn typing_on_and_erasing_finds_what_a_search_afresh_finds() {
        let content = crate::domain::fixture::fixture_content();
        let labels = AllLabels::default();
        let recent = &mut RecentAll::default();
        let typed = [
            "l",
            "la",
            "law",
            "law c",
            "law cl",
            "law",
            "la",
            "al",
            "almaty",
            "almaty law",
            "almaty",
            "enginer",
            "engineering",
            "",
        ];
        let mut found_any = false;
        for text in typed {
            let query = Query::new(text);
            let typing = search_all(&content, &labels, &query, recent);
            let afresh = search_all(&content, &labels, &query, &mut RecentAll::default());
            assert_eq!(typing, afresh, "{text}");
            found_any |= !typing.is_empty();
        }
        assert!(found_any);
    }
}
