//! Counting items per key: the options a list's filters offer, most common first, and how many
//! results each option would give with everything else the reader chose.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::search::{shown, Found, FEW};
use super::sorting::sort_by;

/// Counts per key, largest first, then by key.
pub type Counts<K> = Vec<(K, usize)>;

pub fn counted<K: Ord + Clone>(keys: impl IntoIterator<Item = K>) -> Counts<K> {
    let mut counts: BTreeMap<K, usize> = BTreeMap::new();
    for key in keys {
        *counts.entry(key).or_default() += 1;
    }
    let mut counts: Counts<K> = counts.into_iter().collect();
    sort_by(&mut counts, &|a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    counts
}

/// The bit of the filters whose options show no count (a list's `fails` sets it).
pub const UNCOUNTED: u32 = 1 << 31;

/// Results found for an option, with and without those found only with a typo.
#[derive(Default)]
struct Tally {
    exact: usize,
    all: usize,
}

impl Tally {
    fn add(&mut self, found: &Found) {
        self.all += 1;
        self.exact += usize::from(!found.score.typo());
    }

    /// As many as [`shown`] would show.
    fn shown(&self) -> usize {
        if self.exact >= FEW {
            self.exact
        } else {
            self.all
        }
    }
}

/// How many results each option of each counted filter would give, with every other filter and
/// the search text as they are. An option no result has is not in it: 0.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FacetCounts(Vec<BTreeMap<String, usize>>);

impl FacetCounts {
    /// `facet` is the filter's position among a list's counted filters.
    pub fn count(&self, facet: impl Into<usize>, value: &str) -> usize {
        let facet = self.0.get(facet.into());
        facet.and_then(|f| f.get(value)).copied().unwrap_or(0)
    }
}

/// What a filtered list shows: positions in its order; and what its filters' counts are made
/// of, counted only when asked for ([`Narrowed::counts`]): a keystroke's frame needs the cards,
/// and the counts can follow it.
#[derive(Clone, Debug, Default)]
pub struct Narrowed {
    pub shown: Vec<usize>,
    /// What the search text finds, each with the filters it fails.
    found: Vec<(Found, u32)>,
    table: Arc<FacetTable>,
}

impl PartialEq for Narrowed {
    fn eq(&self, other: &Self) -> bool {
        self.shown == other.shown
            && self.found == other.found
            && Arc::ptr_eq(&self.table, &other.table)
    }
}

impl Narrowed {
    /// For each counted filter, how many results each of its options would give with every
    /// other filter and the search text as they are.
    pub fn counts(&self) -> FacetCounts {
        let table = &self.table;
        let mut tallies: Vec<Vec<Tally>> = table
            .names
            .iter()
            .map(|names| names.iter().map(|_| Tally::default()).collect())
            .collect();
        for (found, fails) in &self.found {
            // An item counts for a filter's options when it passes every other filter.
            for (facet, tallies) in tallies.iter_mut().enumerate() {
                if fails & !(1 << facet) == 0 {
                    for &number in table.values(found.at, facet) {
                        tallies[number].add(found);
                    }
                }
            }
        }
        let counts = table
            .names
            .iter()
            .zip(&tallies)
            .map(|(names, tallies)| {
                names
                    .iter()
                    .zip(tallies)
                    .filter(|(_, tally)| tally.all > 0)
                    .map(|(name, tally)| (name.clone(), tally.shown()))
                    .collect()
            })
            .collect();
        FacetCounts(counts)
    }
}

/// The options each item answers to in each of a list's counted filters, as numbers: counting
/// them on a keystroke then allocates nothing and compares no text.
#[derive(Clone, Debug, Default)]
pub struct FacetTable {
    /// For each filter, its options' names by number.
    names: Vec<Vec<String>>,
    /// Where each item's numbers for each filter start in `numbers` (item by item, filter by
    /// filter), and where the last end.
    starts: Vec<usize>,
    numbers: Vec<usize>,
}

impl FacetTable {
    /// The table of `items` items and `facets` counted filters; `values` gives the options of
    /// counted filter `i` an item answers to.
    pub fn new(
        items: usize,
        facets: usize,
        // Not generic: one copy in the wasm serves every list.
        values: &dyn Fn(usize, usize) -> Vec<String>,
    ) -> Self {
        let mut numbered: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); facets];
        let mut names = vec![Vec::new(); facets];
        let mut table = FacetTable {
            names: Vec::new(),
            starts: vec![0],
            numbers: Vec::new(),
        };
        for item in 0..items {
            for (facet, numbered) in numbered.iter_mut().enumerate() {
                for value in values(facet, item) {
                    let next = numbered.len();
                    let number = *numbered.entry(value).or_insert_with_key(|value| {
                        names[facet].push(value.clone());
                        next
                    });
                    table.numbers.push(number);
                }
                table.starts.push(table.numbers.len());
            }
        }
        table.names = names;
        table
    }

    fn values(&self, item: usize, facet: usize) -> &[usize] {
        let at = item * self.names.len() + facet;
        &self.numbers[self.starts[at]..self.starts[at + 1]]
    }
}

/// The items of `found` (what the search text finds, in the list's order) that pass every
/// filter, best first when `ranked`; and what the counts of `table`'s filters are made of.
/// `fails` gives the filters an item fails, bit `i` for counted filter `i` and [`UNCOUNTED`]
/// for the others.
pub fn narrowed(
    found: &[Found],
    ranked: bool,
    table: Arc<FacetTable>,
    // Not generic: one copy in the wasm serves every list.
    fails: &dyn Fn(usize) -> u32,
) -> Narrowed {
    let found: Vec<(Found, u32)> = found.iter().map(|f| (*f, fails(f.at))).collect();
    let kept: Vec<Found> = found
        .iter()
        .filter(|(_, fails)| *fails == 0)
        .map(|(f, _)| *f)
        .collect();
    Narrowed {
        shown: shown(&kept, ranked),
        found,
        table,
    }
}
