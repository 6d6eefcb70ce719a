//! The filters of the programs and partners lists, as they live in the URL query (the
//! internships list has its own, richer state in `internship_filter`). Unknown or malformed
//! values are ignored.

use super::content::Listing;
use super::counting::{narrowed, FacetTable, Narrowed};
use super::date::Date;
use super::keyword::{keyword, Keyword};
use super::lang::Lang;
use super::list_query::{ListQuery, UrlState};
use super::partner::{AgreementKind, AgreementStatus, Partner, PartnerKind, Sector};
use super::program::{Level, Program, ProgramKind};
use super::search::{fold, LabelWords, Query, RecentSearches};

pub fn is_country(value: &str) -> bool {
    value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase())
}

pub fn is_language(value: &str) -> bool {
    value.len() == 2 && value.bytes().all(|b| b.is_ascii_lowercase())
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgramFilter {
    pub kind: Option<ProgramKind>,
    pub level: Option<Level>,
    pub field: Option<String>,
    pub language: Option<String>,
    /// A country any of the program's partners is in.
    pub country: Option<String>,
}

impl UrlState for ProgramFilter {
    fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut filter = ProgramFilter::default();
        for (key, value) in pairs {
            let value = value.trim();
            match key {
                "kind" => filter.kind = ProgramKind::parse(value).or(filter.kind),
                "level" => filter.level = Level::parse(value).or(filter.level),
                "field" if !value.is_empty() => filter.field = Some(value.to_string()),
                "language" if is_language(value) => filter.language = Some(value.to_string()),
                "country" if is_country(value) => filter.country = Some(value.to_string()),
                _ => {}
            }
        }
        filter
    }

    fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> = Vec::new();
        pairs.extend(self.kind.map(|k| ("kind", k.as_str().to_string())));
        pairs.extend(self.level.map(|l| ("level", l.as_str().to_string())));
        pairs.extend(self.field.clone().map(|f| ("field", f)));
        pairs.extend(self.language.clone().map(|l| ("language", l)));
        pairs.extend(self.country.clone().map(|c| ("country", c)));
        pairs
    }

    fn cleared(&self) -> Self {
        ProgramFilter::default()
    }
}

/// The programs list's filters, each with counts, in the order of their bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgramFacet {
    Kind,
    Level,
    Field,
    Language,
    Country,
}

impl From<ProgramFacet> for usize {
    fn from(facet: ProgramFacet) -> usize {
        facet as usize
    }
}

impl ProgramFacet {
    const ALL: [ProgramFacet; 5] = [
        ProgramFacet::Kind,
        ProgramFacet::Level,
        ProgramFacet::Field,
        ProgramFacet::Language,
        ProgramFacet::Country,
    ];

    /// The options of this filter `program` answers to; `country` gives a partner id's
    /// country, when the partner is known.
    fn values(self, program: &Program, country: &impl Fn(&str) -> Option<String>) -> Vec<String> {
        match self {
            ProgramFacet::Kind => vec![program.kind.as_str().to_string()],
            ProgramFacet::Level => vec![program.level.as_str().to_string()],
            ProgramFacet::Field => vec![program.field.clone()],
            ProgramFacet::Language => program.languages.clone(),
            ProgramFacet::Country => {
                let mut countries: Vec<String> =
                    program.partners.iter().filter_map(|p| country(p)).collect();
                countries.sort();
                countries.dedup();
                countries
            }
        }
    }
}

impl ProgramFilter {
    /// Which filters `program` fails, one bit per [`ProgramFacet`]; `country` gives a partner
    /// id's country, when the partner is known.
    fn fails(&self, program: &Program, country: &impl Fn(&str) -> Option<String>) -> u32 {
        let chosen = |facet: ProgramFacet, value: Option<String>| {
            value.is_some_and(|v| !facet.values(program, country).contains(&v))
        };
        let failed = [
            chosen(
                ProgramFacet::Kind,
                self.kind.map(|k| k.as_str().to_string()),
            ),
            chosen(
                ProgramFacet::Level,
                self.level.map(|l| l.as_str().to_string()),
            ),
            chosen(ProgramFacet::Field, self.field.clone()),
            chosen(ProgramFacet::Language, self.language.clone()),
            chosen(ProgramFacet::Country, self.country.clone()),
        ];
        bits(failed)
    }
}

impl ListQuery<ProgramFilter> {
    /// The programs of `listing` in `ordered` that the search text finds and the filters keep,
    /// and how many each filter's options would give. `labels` names what the index's labels
    /// say; `country` gives a partner id's country; `recent` holds this list's earlier searches.
    pub fn results(
        &self,
        listing: &Listing<Program>,
        labels: &LabelWords,
        ordered: &[usize],
        country: impl Fn(&str) -> Option<String>,
        recent: &mut RecentSearches<()>,
    ) -> Narrowed {
        let query = Query::new(&self.text);
        let matcher = recent.matcher(&query, &listing.search, labels);
        let found = recent.matching((), matcher, || ordered.to_vec());
        let items = &listing.items;
        narrowed(
            &found,
            !query.is_empty(),
            // The countries are those of the partners read with the programs.
            listing.facet_table((), |items| {
                FacetTable::new(items.len(), ProgramFacet::ALL.len(), &|facet, at| {
                    ProgramFacet::ALL[facet].values(&items[at], &country)
                })
            }),
            &|at| self.filter.fails(&items[at], &country),
        )
    }
}

/// One bit for each filter that failed, in order.
fn bits<const N: usize>(failed: [bool; N]) -> u32 {
    failed
        .iter()
        .enumerate()
        .filter(|(_, failed)| **failed)
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// A partner's kind, or a whole sector of kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindChoice {
    Sector(Sector),
    Kind(PartnerKind),
}

impl KindChoice {
    /// Which of the two it is, as the URL names it: `sector` or `kind`.
    pub fn key(self) -> &'static str {
        match self {
            KindChoice::Sector(_) => "sector",
            KindChoice::Kind(_) => "kind",
        }
    }

    /// The sector's or the kind's word: `education`, `university`.
    pub fn as_str(self) -> &'static str {
        match self {
            KindChoice::Sector(s) => s.as_str(),
            KindChoice::Kind(k) => k.as_str(),
        }
    }

    /// The choice that [`key`](Self::key) and [`as_str`](Self::as_str) name.
    pub fn parse(key: &str, word: &str) -> Option<KindChoice> {
        match key {
            "sector" => Sector::parse(word).map(KindChoice::Sector),
            "kind" => PartnerKind::parse(word).map(KindChoice::Kind),
            _ => None,
        }
    }
}

keyword!(
    /// Partners by where their agreements stand today: with an agreement in force (expiring and
    /// open-ended ones too), with one that ends within 90 days, with one that has ended.
    StatusChoice {
        Active = "active",
        Expiring = "expiring",
        Expired = "expired",
    }
);

impl StatusChoice {
    pub fn keeps(self, partner: &Partner, today: Date) -> bool {
        partner.agreements.iter().any(|a| {
            let status = a.status(today);
            match self {
                StatusChoice::Active => status.in_force(),
                StatusChoice::Expiring => status == AgreementStatus::Expiring,
                StatusChoice::Expired => status == AgreementStatus::Expired,
            }
        })
    }
}

keyword!(
    /// By name, or the agreement in force that ends soonest first.
    PartnerSort {
        Name = "name",
        Expiry = "expiry",
    }
);

// `keyword!` writes the enum and its derives; the default is ours.
#[allow(clippy::derivable_impls)]
impl Default for PartnerSort {
    fn default() -> Self {
        PartnerSort::Name
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PartnerFilter {
    pub kind: Option<KindChoice>,
    pub country: Option<String>,
    /// A city's key: its folded English (or first) name, as the map links to it.
    pub city: Option<String>,
    /// A kind of agreement in force.
    pub agreement: Option<AgreementKind>,
    pub status: Option<StatusChoice>,
    pub network: Option<String>,
    pub sort: PartnerSort,
}

/// How a partner's city is named in a link: its folded English name, else the one it has.
pub fn partner_city_key(partner: &Partner) -> String {
    fold(partner.city.get(Lang::En))
}

impl UrlState for PartnerFilter {
    fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut filter = PartnerFilter::default();
        for (key, value) in pairs {
            let value = value.trim();
            match key {
                "sector" | "kind" => filter.kind = KindChoice::parse(key, value).or(filter.kind),
                "country" if is_country(value) => filter.country = Some(value.to_string()),
                "city" if !value.is_empty() => filter.city = Some(fold(value)),
                "agreement" => filter.agreement = AgreementKind::parse(value).or(filter.agreement),
                "status" => filter.status = StatusChoice::parse(value).or(filter.status),
                "network" if !value.is_empty() => filter.network = Some(value.to_string()),
                "sort" => filter.sort = PartnerSort::parse(value).unwrap_or(filter.sort),
                _ => {}
            }
        }
        filter
    }

    fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> = Vec::new();
        pairs.extend(self.kind.map(|k| (k.key(), k.as_str().to_string())));
        pairs.extend(self.country.clone().map(|c| ("country", c)));
        pairs.extend(self.city.clone().map(|c| ("city", c)));
        pairs.extend(
            self.agreement
                .map(|a| ("agreement", a.as_str().to_string())),
        );
        pairs.extend(self.status.map(|s| ("status", s.as_str().to_string())));
        pairs.extend(self.network.clone().map(|n| ("network", n)));
        if self.sort != PartnerSort::default() {
            pairs.push(("sort", self.sort.as_str().to_string()));
        }
        pairs
    }

    /// The order is not a filter: it stays.
    fn cleared(&self) -> Self {
        PartnerFilter {
            sort: self.sort,
            ..PartnerFilter::default()
        }
    }
}

/// The partners list's filters, each with counts, in the order of their bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartnerFacet {
    /// Its options are the sectors' and the kinds' words, which differ.
    Kind,
    Country,
    City,
    Agreement,
    Status,
    Network,
}

impl From<PartnerFacet> for usize {
    fn from(facet: PartnerFacet) -> usize {
        facet as usize
    }
}

impl PartnerFacet {
    const ALL: [PartnerFacet; 6] = [
        PartnerFacet::Kind,
        PartnerFacet::Country,
        PartnerFacet::City,
        PartnerFacet::Agreement,
        PartnerFacet::Status,
        PartnerFacet::Network,
    ];

    /// The options of this filter `partner` answers to on `today`.
    fn values(self, partner: &Partner, today: Date) -> Vec<String> {
        let words = |words: &mut dyn Iterator<Item = &'static str>| {
            words.map(str::to_string).collect::<Vec<_>>()
        };
        match self {
            PartnerFacet::Kind => {
                words(&mut [partner.sector().as_str(), partner.kind.as_str()].into_iter())
            }
            PartnerFacet::Country => vec![partner.country.clone()],
            PartnerFacet::City => vec![partner_city_key(partner)],
            PartnerFacet::Agreement => {
                let mut kinds: Vec<&str> =
                    partner.in_force(today).map(|a| a.kind.as_str()).collect();
                kinds.sort();
                kinds.dedup();
                words(&mut kinds.into_iter())
            }
            PartnerFacet::Status => words(
                &mut StatusChoice::ALL
                    .iter()
                    .filter(|s| s.keeps(partner, today))
                    .map(|s| s.as_str()),
            ),
            PartnerFacet::Network => partner.networks.clone(),
        }
    }
}

impl PartnerFilter {
    /// Which filters `partner` fails on `today`, one bit per [`PartnerFacet`].
    fn fails(&self, partner: &Partner, today: Date) -> u32 {
        let chosen = |facet: PartnerFacet, value: Option<String>| {
            value.is_some_and(|v| !facet.values(partner, today).contains(&v))
        };
        bits([
            chosen(
                PartnerFacet::Kind,
                self.kind.map(|k| k.as_str().to_string()),
            ),
            chosen(PartnerFacet::Country, self.country.clone()),
            chosen(PartnerFacet::City, self.city.clone()),
            chosen(
                PartnerFacet::Agreement,
                self.agreement.map(|a| a.as_str().to_string()),
            ),
            chosen(
                PartnerFacet::Status,
                self.status.map(|s| s.as_str().to_string()),
            ),
            chosen(PartnerFacet::Network, self.network.clone()),
        ])
    }
}

impl ListQuery<PartnerFilter> {
    /// The partners of `listing` in `ordered` (the order of this sort in `lang`) that the search
    /// text finds and the filters keep on `today`, and how many each filter's options would
    /// give. `labels` names what the index's labels say; `recent` holds this list's earlier
    /// searches.
    pub fn results(
        &self,
        listing: &Listing<Partner>,
        labels: &LabelWords,
        ordered: &[usize],
        today: Date,
        lang: Lang,
        recent: &mut RecentSearches<(PartnerSort, Lang)>,
    ) -> Narrowed {
        let query = Query::new(&self.text);
        let matcher = recent.matcher(&query, &listing.search, labels);
        let found = recent.matching((self.filter.sort, lang), matcher, || ordered.to_vec());
        let items = &listing.items;
        narrowed(
            &found,
            !query.is_empty() && self.filter.sort == PartnerSort::default(),
            // The options depend on the day (agreements in force).
            listing.facet_table(today, |items| {
                FacetTable::new(items.len(), PartnerFacet::ALL.len(), &|facet, at| {
                    PartnerFacet::ALL[facet].values(&items[at], today)
                })
            }),
            &|at| self.filter.fails(&items[at], today),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
        query.split('&').filter_map(|p| p.split_once('='))
    }

    #[test]
    fn program_filters_round_trip_and_narrow() {
        let filter = ProgramFilter::from_query(pairs(
            "kind=double-degree&level=master&language=en&country=US&q=law",
        ));
        assert_eq!(
            ProgramFilter::from_query(filter.to_query().iter().map(|(k, v)| (*k, v.as_str()))),
            filter
        );
        let content = crate::domain::fixture::fixture_content();
        let partners = content.partners.as_ref().unwrap();
        let country = |id: &str| partners.get(id).map(|p| p.country.clone());
        let programs = &content.programs.as_ref().unwrap().items;
        let kept: Vec<&str> = programs
            .iter()
            .filter(|p| ProgramFilter::from_query(pairs("country=US")).fails(p, &country) == 0)
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(kept, vec!["law-double-degree"]);
        let exchanges: Vec<&str> = programs
            .iter()
            .filter(|p| {
                ProgramFilter::from_query(pairs("kind=exchange&level=bachelor")).fails(p, &country)
                    == 0
            })
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(exchanges, ["pedagogy-exchange"]);
    }

    fn partner(
        id: &str,
        kind: PartnerKind,
        city: &str,
        agreements: &[(AgreementKind, Option<&str>)],
    ) -> Partner {
        use crate::domain::partner::Agreement;
        use crate::domain::text::Text;
        Partner {
            id: id.into(),
            name: Text::Same(id.into()),
            short_name: None,
            kind,
            country: "KZ".into(),
            city: Text::PerLang(vec![(Lang::Ru, city.into())]),
            location: None,
            website: None,
            logo: None,
            description: None,
            agreements: agreements
                .iter()
                .map(|(kind, expires)| Agreement {
                    kind: *kind,
                    title: None,
                    signed: Date::parse("2020-01-01").unwrap(),
                    expires: expires.map(|d| Date::parse(d).unwrap()),
                    with: None,
                })
                .collect(),
            networks: vec!["steppe-alliance".into()],
        }
    }

    #[test]
    fn partner_filters_narrow_by_kind_city_agreement_and_status() {
        use AgreementKind::*;
        let partners = [
            partner("uni", PartnerKind::University, "Алматы", &[]),
            partner(
                "college",
                PartnerKind::College,
                "Астана",
                &[(Memorandum, None)],
            ),
            partner(
                "plant",
                PartnerKind::Enterprise,
                "Алматы",
                &[
                    (Internships, Some("2026-12-31")),
                    (Memorandum, Some("2025-01-01")),
                ],
            ),
            partner(
                "ngo",
                PartnerKind::Ngo,
                "Ош",
                &[(Internships, Some("2025-06-30"))],
            ),
        ];
        let today = Date::parse("2026-11-23").unwrap();
        let kept = |q: &str| -> Vec<&str> {
            let filter = PartnerFilter::from_query(pairs(q));
            partners
                .iter()
                .filter(|p| filter.fails(p, today) == 0)
                .map(|p| p.id.as_str())
                .collect()
        };
        assert_eq!(kept("sector=education"), ["uni", "college"]);
        assert_eq!(kept("kind=college"), ["college"]);
        // A city is named by its folded name, whatever the case written.
        assert_eq!(kept("city=АЛМАТЫ"), ["uni", "plant"]);
        // Only agreements in force count: the NGO's internships ended.
        assert_eq!(kept("agreement=internships"), ["plant"]);
        assert_eq!(kept("agreement=memorandum"), ["college"]);
        assert_eq!(kept("status=active"), ["college", "plant"]);
        assert_eq!(kept("status=expiring"), ["plant"]);
        assert_eq!(kept("status=expired"), ["plant", "ngo"]);
        assert_eq!(kept("network=steppe-alliance").len(), 4);
        let filter =
            PartnerFilter::from_query(pairs("status=expiring&city=Almaty&sort=expiry&q=x"));
        assert_eq!(
            PartnerFilter::from_query(filter.to_query().iter().map(|(k, v)| (*k, v.as_str()))),
            filter
        );
        assert_ne!(filter.cleared(), filter);
        assert_eq!(filter.cleared().sort, PartnerSort::Expiry);
    }

    #[test]
    fn each_option_counts_the_results_it_would_give_with_the_other_filters() {
        let content = crate::domain::fixture::fixture_content();
        let today = Date::parse("2026-11-23").unwrap();
        let partners = content.partners.as_ref().unwrap();
        let ordered: Vec<usize> = (0..partners.items.len()).collect();
        let partner_results_on = |query: &str, today: Date| {
            let state = ListQuery::<PartnerFilter>::from_query(pairs(query));
            let recent = &mut RecentSearches::new();
            let labels = LabelWords::default();
            state.results(partners, &labels, &ordered, today, Lang::En, recent)
        };
        let partner_results = |query: &str| partner_results_on(query, today);
        let us = partner_results("country=US");
        assert_eq!(us.shown.len(), 1);
        // The country's own options count as if it were not chosen; the others follow it.
        assert_eq!(us.counts().count(PartnerFacet::Country, "KZ"), 3);
        assert_eq!(us.counts().count(PartnerFacet::Kind, "university"), 1);
        assert_eq!(us.counts().count(PartnerFacet::Kind, "education"), 1);
        assert_eq!(us.counts().count(PartnerFacet::Kind, "enterprise"), 0);
        assert_eq!(us.counts().count(PartnerFacet::Status, "expired"), 0);
        let all = partner_results("");
        assert_eq!(all.counts().count(PartnerFacet::Status, "expiring"), 1);
        assert_eq!(
            all.counts().count(PartnerFacet::Agreement, "internships"),
            1
        );
        assert_eq!(all.counts().count(PartnerFacet::City, "almaty"), 1);
        // On another day the agreements in force are others, and so are the options' counts.
        let later = partner_results_on("", Date::parse("2100-01-01").unwrap());
        assert_eq!(later.counts().count(PartnerFacet::Status, "expiring"), 0);
        assert_eq!(partner_results("").counts(), all.counts());

        let programs = content.programs.as_ref().unwrap();
        let country = |id: &str| partners.get(id).map(|p| p.country.clone());
        let ordered: Vec<usize> = (0..programs.items.len()).collect();
        let exchanges = ListQuery::<ProgramFilter>::from_query(pairs("kind=exchange")).results(
            programs,
            &LabelWords::default(),
            &ordered,
            country,
            &mut RecentSearches::new(),
        );
        assert_eq!(exchanges.shown.len(), 1);
        assert_eq!(exchanges.counts().count(ProgramFacet::Country, "KZ"), 1);
        assert_eq!(exchanges.counts().count(ProgramFacet::Country, "US"), 0);
        assert_eq!(
            exchanges
                .counts()
                .count(ProgramFacet::Kind, "double-degree"),
            1
        );
        assert_eq!(exchanges.counts().count(ProgramFacet::Field, "law"), 0);
    }

    #[test]
    fn nonsense_is_ignored() {
        assert_eq!(
            PartnerFilter::from_query(pairs(
                "sector=space&kind=alien&country=kz&agreement=x&status=soon&sort=size"
            )),
            PartnerFilter::default()
        );
        assert_eq!(
            ProgramFilter::from_query(pairs("kind=x&level=y&language=EN&country=usa")),
            ProgramFilter::default()
        );
    }
}
