//! The partnership network in numbers: who the partners are, where, and on what agreements.

use std::collections::BTreeMap;

use super::keyword::Keyword;
use super::partner::{AgreementKind, Partner, Sector};
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

pub fn by_country(partners: &[Partner]) -> Counts<String> {
    counted(partners.iter().map(|p| p.country.clone()))
}

/// Every sector, those without partners too, in the contract's order.
pub fn by_sector(partners: &[Partner]) -> Counts<Sector> {
    Sector::ALL
        .iter()
        .map(|&sector| {
            (
                sector,
                partners.iter().filter(|p| p.sector() == sector).count(),
            )
        })
        .collect()
}

pub fn by_agreement_kind(partners: &[Partner]) -> Counts<AgreementKind> {
    counted(
        partners
            .iter()
            .flat_map(|p| p.agreements.iter().map(|a| a.kind)),
    )
}

/// Agreements signed each year, oldest year first, years without any included.
pub fn signed_per_year(partners: &[Partner]) -> Vec<(i32, usize)> {
    let years: Vec<i32> = partners
        .iter()
        .flat_map(|p| p.agreements.iter().map(|a| a.signed.year()))
        .collect();
    let (Some(&first), Some(&last)) = (years.iter().min(), years.iter().max()) else {
        return Vec::new();
    };
    (first..=last)
        .map(|year| (year, years.iter().filter(|&&y| y == year).count()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_bundled_network() {
        let content = crate::domain::bundled::bundled_content();
        let partners = &content.partners.as_ref().unwrap().items;
        let countries = by_country(partners);
        assert_eq!(countries[0].0, "KZ");
        assert_eq!(countries.iter().map(|c| c.1).sum::<usize>(), partners.len());
        let sectors = by_sector(partners);
        assert_eq!(sectors.len(), 4);
        assert!(sectors.iter().all(|(_, n)| *n > 0));
        let agreements: usize = partners.iter().map(|p| p.agreements.len()).sum();
        assert_eq!(
            by_agreement_kind(partners)
                .iter()
                .map(|c| c.1)
                .sum::<usize>(),
            agreements
        );
        let years = signed_per_year(partners);
        assert_eq!(years.iter().map(|y| y.1).sum::<usize>(), agreements);
        assert!(years.windows(2).all(|w| w[1].0 == w[0].0 + 1));
    }
}
