//! Counting items per key: the options a list's filters offer, most common first.

use std::collections::BTreeMap;

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
