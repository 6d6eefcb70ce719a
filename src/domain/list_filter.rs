//! The filters of the programs and partners lists, as they live in the URL query (the
//! internships list has its own, richer state in `internship_filter`). Unknown or malformed
//! values are ignored.

use super::keyword::Keyword;
use super::partner::{AgreementKind, Partner, PartnerKind, Sector};
use super::program::{Level, Program, ProgramKind};

/// A list state that round-trips through the URL query.
pub trait UrlState: Clone + PartialEq + Default + Send + Sync + 'static {
    fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self;
    /// Pairs in a fixed order, defaults left out, the search text (`q`) included.
    fn to_query(&self) -> Vec<(&'static str, String)>;
    /// The same state with every filter and the search text removed.
    fn cleared(&self) -> Self;
}

pub fn is_country(value: &str) -> bool {
    value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase())
}

pub fn is_language(value: &str) -> bool {
    value.len() == 2 && value.bytes().all(|b| b.is_ascii_lowercase())
}

fn text_pair(text: &str) -> Option<(&'static str, String)> {
    (!text.trim().is_empty()).then(|| ("q", text.to_string()))
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgramFilter {
    pub text: String,
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
                "q" => filter.text = value.to_string(),
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
        let mut pairs: Vec<(&'static str, String)> = text_pair(&self.text).into_iter().collect();
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

impl ProgramFilter {
    /// `partner_country` gives a partner id's country, when the partner is known.
    pub fn keeps(
        &self,
        program: &Program,
        partner_country: impl Fn(&str) -> Option<String>,
    ) -> bool {
        self.kind.is_none_or(|k| k == program.kind)
            && self.level.is_none_or(|l| l == program.level)
            && self.field.as_ref().is_none_or(|f| *f == program.field)
            && self
                .language
                .as_ref()
                .is_none_or(|l| program.languages.contains(l))
            && self.country.as_ref().is_none_or(|c| {
                program
                    .partners
                    .iter()
                    .any(|p| partner_country(p).as_ref() == Some(c))
            })
    }
}

/// A partner's kind, or a whole sector of kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindChoice {
    Sector(Sector),
    Kind(PartnerKind),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PartnerFilter {
    pub text: String,
    pub kind: Option<KindChoice>,
    pub country: Option<String>,
    pub agreement: Option<AgreementKind>,
    pub network: Option<String>,
}

impl UrlState for PartnerFilter {
    fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut filter = PartnerFilter::default();
        for (key, value) in pairs {
            let value = value.trim();
            match key {
                "q" => filter.text = value.to_string(),
                "sector" => {
                    filter.kind = Sector::parse(value).map(KindChoice::Sector).or(filter.kind)
                }
                "kind" => {
                    filter.kind = PartnerKind::parse(value)
                        .map(KindChoice::Kind)
                        .or(filter.kind)
                }
                "country" if is_country(value) => filter.country = Some(value.to_string()),
                "agreement" => filter.agreement = AgreementKind::parse(value).or(filter.agreement),
                "network" if !value.is_empty() => filter.network = Some(value.to_string()),
                _ => {}
            }
        }
        filter
    }

    fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> = text_pair(&self.text).into_iter().collect();
        match self.kind {
            Some(KindChoice::Sector(s)) => pairs.push(("sector", s.as_str().to_string())),
            Some(KindChoice::Kind(k)) => pairs.push(("kind", k.as_str().to_string())),
            None => {}
        }
        pairs.extend(self.country.clone().map(|c| ("country", c)));
        pairs.extend(
            self.agreement
                .map(|a| ("agreement", a.as_str().to_string())),
        );
        pairs.extend(self.network.clone().map(|n| ("network", n)));
        pairs
    }

    fn cleared(&self) -> Self {
        PartnerFilter::default()
    }
}

impl PartnerFilter {
    pub fn keeps(&self, partner: &Partner) -> bool {
        let kind = match self.kind {
            None => true,
            Some(KindChoice::Sector(sector)) => partner.sector() == sector,
            Some(KindChoice::Kind(kind)) => partner.kind == kind,
        };
        kind && self.country.as_ref().is_none_or(|c| *c == partner.country)
            && self
                .agreement
                .is_none_or(|a| partner.agreements.iter().any(|x| x.kind == a))
            && self
                .network
                .as_ref()
                .is_none_or(|n| partner.networks.contains(n))
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
        let content = crate::domain::bundled::bundled_content();
        let partners = content.partners.as_ref().unwrap();
        let country = |id: &str| partners.get(id).map(|p| p.country.clone());
        let programs = &content.programs.as_ref().unwrap().items;
        let kept: Vec<&str> = programs
            .iter()
            .filter(|p| ProgramFilter::from_query(pairs("country=US")).keeps(p, country))
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(kept, vec!["kaznu-upenn-law-double-degree"]);
        let double = programs
            .iter()
            .filter(|p| ProgramFilter::from_query(pairs("kind=double-degree")).keeps(p, country))
            .count();
        assert_eq!(double, 3);
    }

    #[test]
    fn partner_filters_group_kinds_by_sector() {
        let content = crate::domain::bundled::bundled_content();
        let partners = &content.partners.as_ref().unwrap().items;
        let count = |q: &str| {
            partners
                .iter()
                .filter(|p| PartnerFilter::from_query(pairs(q)).keeps(p))
                .count()
        };
        assert_eq!(
            count("sector=education"),
            partners
                .iter()
                .filter(|p| p.sector() == Sector::Education)
                .count()
        );
        assert!(count("kind=university") < count("sector=education"));
        assert_eq!(
            count("sector=business")
                + count("sector=public")
                + count("sector=state")
                + count("sector=education"),
            partners.len()
        );
        assert!(count("agreement=double-degree") >= 3);
        assert!(count("network=Alliance of New Silk Road Universities") >= 1);
        assert_eq!(count("country=KG&sector=education"), 1);
    }

    #[test]
    fn nonsense_is_ignored() {
        assert_eq!(
            PartnerFilter::from_query(pairs("sector=space&kind=alien&country=kz&agreement=x")),
            PartnerFilter::default()
        );
        assert_eq!(
            ProgramFilter::from_query(pairs("kind=x&level=y&language=EN&country=usa")),
            ProgramFilter::default()
        );
    }
}
