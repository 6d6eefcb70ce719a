//! The partnership network in numbers: who the partners are, where, and on what agreements; the
//! agreements that end soon, and those each member of the network signed.

use super::counting::{counted, Counts};
use super::date::Date;
use super::keyword::Keyword;
use super::partner::{Agreement, AgreementKind, AgreementStatus, Partner, Sector};
use super::site_file::SiteFile;
use super::sorting::sort_by;

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

/// Agreements in force today, by kind: an expired agreement is history, not the network.
pub fn by_agreement_kind(partners: &[Partner], today: Date) -> Counts<AgreementKind> {
    counted(
        partners
            .iter()
            .flat_map(|p| p.in_force(today).map(|a| a.kind)),
    )
}

/// Agreements in force today by the year they were signed, oldest year first, years without
/// any included.
pub fn signed_per_year(partners: &[Partner], today: Date) -> Vec<(i32, usize)> {
    let years: Vec<i32> = partners
        .iter()
        .flat_map(|p| p.in_force(today).map(|a| a.signed.year()))
        .collect();
    let (Some(&first), Some(&last)) = (years.iter().min(), years.iter().max()) else {
        return Vec::new();
    };
    (first..=last)
        .map(|year| (year, years.iter().filter(|&&y| y == year).count()))
        .collect()
}

/// How many agreements have expired: the charts leave them out and say so.
pub fn expired_count(partners: &[Partner], today: Date) -> usize {
    partners
        .iter()
        .flat_map(|p| &p.agreements)
        .filter(|a| a.status(today) == AgreementStatus::Expired)
        .count()
}

/// An agreement and the partner it is with, by their positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgreementAt {
    pub partner: usize,
    pub agreement: usize,
}

impl AgreementAt {
    pub fn of<'a>(&self, partners: &'a [Partner]) -> (&'a Partner, &'a Agreement) {
        let partner = &partners[self.partner];
        (partner, &partner.agreements[self.agreement])
    }
}

fn every_agreement(partners: &[Partner]) -> impl Iterator<Item = AgreementAt> + '_ {
    partners.iter().enumerate().flat_map(|(p, partner)| {
        (0..partner.agreements.len()).map(move |a| AgreementAt {
            partner: p,
            agreement: a,
        })
    })
}

/// Agreements that end within the coming days ([`super::partner::EXPIRING_DAYS`]), soonest first.
pub fn expiring(partners: &[Partner], today: Date) -> Vec<AgreementAt> {
    let mut soon: Vec<AgreementAt> = every_agreement(partners)
        .filter(|at| at.of(partners).1.status(today) == AgreementStatus::Expiring)
        .collect();
    sort_by(&mut soon, &|a, b| {
        a.of(partners).1.expires.cmp(&b.of(partners).1.expires)
    });
    soon
}

/// The agreements a member of the network signed, from the partners' side: those naming it, and
/// for the owner those naming no member. In force first, then by signing date, newest first.
pub fn signed_by(
    partners: &[Partner],
    site: &SiteFile,
    member: &str,
    today: Date,
) -> Vec<AgreementAt> {
    let mut signed: Vec<AgreementAt> = every_agreement(partners)
        .filter(|at| {
            let (partner, agreement) = at.of(partners);
            partner.id != member && site.signer(agreement.with.as_deref()) == Some(member)
        })
        .collect();
    sort_by(&mut signed, &|a, b| {
        let key = |at: &AgreementAt| {
            let agreement = at.of(partners).1;
            (
                !agreement.in_force(today),
                std::cmp::Reverse(agreement.signed),
            )
        };
        key(a).cmp(&key(b))
    });
    signed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partner::{Agreement, PartnerKind};
    use crate::domain::text::Text;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn agreement(
        kind: AgreementKind,
        signed: &str,
        expires: Option<&str>,
        with: Option<&str>,
    ) -> Agreement {
        Agreement {
            kind,
            title: None,
            signed: day(signed),
            expires: expires.map(day),
            with: with.map(str::to_string),
        }
    }

    fn partner(id: &str, country: &str, kind: PartnerKind, agreements: Vec<Agreement>) -> Partner {
        Partner {
            id: id.into(),
            name: Text::Same(id.into()),
            short_name: None,
            kind,
            country: country.into(),
            city: Text::Same("City".into()),
            location: None,
            website: None,
            logo: None,
            description: None,
            agreements,
            networks: Vec::new(),
        }
    }

    const TODAY: &str = "2026-11-23";

    fn network() -> Vec<Partner> {
        use AgreementKind::*;
        vec![
            partner("north-uni", "KZ", PartnerKind::University, vec![]),
            partner(
                "plant",
                "KZ",
                PartnerKind::Enterprise,
                vec![
                    agreement(Internships, "2020-01-01", Some("2024-12-31"), None),
                    agreement(Internships, "2025-01-01", Some("2027-02-21"), None),
                    agreement(Employment, "2025-01-01", None, Some("south-uni")),
                ],
            ),
            partner(
                "ministry",
                "KG",
                PartnerKind::Government,
                vec![agreement(
                    Memorandum,
                    "2022-05-05",
                    Some("2026-11-23"),
                    Some("south-uni"),
                )],
            ),
        ]
    }

    #[test]
    fn the_charts_count_agreements_in_force_and_the_expired_apart() {
        let partners = network();
        let today = day(TODAY);
        assert_eq!(
            by_agreement_kind(&partners, today),
            vec![
                (AgreementKind::Memorandum, 1),
                (AgreementKind::Internships, 1),
                (AgreementKind::Employment, 1)
            ]
        );
        assert_eq!(
            signed_per_year(&partners, today),
            vec![(2022, 1), (2023, 0), (2024, 0), (2025, 2)]
        );
        assert_eq!(expired_count(&partners, today), 1);
        assert_eq!(
            by_country(&partners),
            vec![("KZ".to_string(), 2), ("KG".to_string(), 1)]
        );
        assert_eq!(by_sector(&partners).iter().map(|c| c.1).sum::<usize>(), 3);
    }

    #[test]
    fn agreements_expiring_soon_are_listed_soonest_first() {
        let partners = network();
        let soon: Vec<(&str, Option<Date>)> = expiring(&partners, day(TODAY))
            .iter()
            .map(|at| {
                let (p, a) = at.of(&partners);
                (p.id.as_str(), a.expires)
            })
            .collect();
        // Ends today, and in exactly 90 days.
        assert_eq!(
            soon,
            vec![
                ("ministry", Some(day("2026-11-23"))),
                ("plant", Some(day("2027-02-21")))
            ]
        );
    }

    #[test]
    fn a_member_signed_what_names_it_and_the_owner_what_names_no_one() {
        let partners = network();
        let site = SiteFile {
            owner: Some(crate::domain::site_file::Owner {
                name: Text::Same("Office".into()),
                member: "north-uni".into(),
                contact: "https://north.example".into(),
                phone: None,
            }),
            members: vec!["north-uni".into(), "south-uni".into()],
            ..SiteFile::default()
        };
        let signed = |member: &str| -> Vec<(String, Date)> {
            signed_by(&partners, &site, member, day(TODAY))
                .iter()
                .map(|at| {
                    let (p, a) = at.of(&partners);
                    (p.id.clone(), a.signed)
                })
                .collect()
        };
        // In force first, the expired one last.
        assert_eq!(
            signed("north-uni"),
            vec![
                ("plant".into(), day("2025-01-01")),
                ("plant".into(), day("2020-01-01"))
            ]
        );
        assert_eq!(
            signed("south-uni"),
            vec![
                ("plant".into(), day("2025-01-01")),
                ("ministry".into(), day("2022-05-05"))
            ]
        );
    }
}
