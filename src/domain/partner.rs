//! Partner organisations: `partners.json`.

use super::date::Date;
use super::fields::{self, names};
use super::keyword::keyword;
use super::problem::ProblemKind;
use super::reader::{Fields, ItemReader};
use super::text::Text;

keyword!(
    /// What a partner is; its sector follows from it.
    PartnerKind {
        University = "university",
        College = "college",
        School = "school",
        Enterprise = "enterprise",
        Government = "government",
        Ngo = "ngo",
        Research = "research",
    }
);

keyword!(
    /// The four sectors of a partnership network.
    Sector {
        State = "state",
        Education = "education",
        Business = "business",
        Public = "public",
    }
);

impl PartnerKind {
    pub fn sector(self) -> Sector {
        match self {
            PartnerKind::University
            | PartnerKind::College
            | PartnerKind::School
            | PartnerKind::Research => Sector::Education,
            PartnerKind::Enterprise => Sector::Business,
            PartnerKind::Government => Sector::State,
            PartnerKind::Ngo => Sector::Public,
        }
    }
}

keyword!(
    AgreementKind {
        Memorandum = "memorandum",
        DoubleDegree = "double-degree",
        AcademicMobility = "academic-mobility",
        Internships = "internships",
        Research = "research",
        TeacherTraining = "teacher-training",
        Employment = "employment",
    }
);

#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub kind: AgreementKind,
    pub title: Option<Text>,
    pub signed: Date,
    pub expires: Option<Date>,
    /// The member of the network that signed it; none: the portal's owner.
    pub with: Option<String>,
}

/// How many days before it ends an agreement counts as expiring.
pub const EXPIRING_DAYS: i64 = 90;

/// Where an agreement stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AgreementStatus {
    /// It ends within [`EXPIRING_DAYS`] (today included).
    Expiring,
    /// In force, ending later.
    Active,
    /// In force, with no end date.
    OpenEnded,
    /// Its last day has passed.
    Expired,
}

impl AgreementStatus {
    /// In force today: active, expiring or open-ended.
    pub fn in_force(self) -> bool {
        self != AgreementStatus::Expired
    }
}

impl Agreement {
    pub const FIELDS: &'static [&'static str] = &names(&fields::AGREEMENT);

    /// Expired once the day after `expires` has begun.
    pub fn status(&self, today: Date) -> AgreementStatus {
        match self.expires {
            None => AgreementStatus::OpenEnded,
            Some(expires) if expires < today => AgreementStatus::Expired,
            Some(expires) if today.days_until(expires) <= EXPIRING_DAYS => {
                AgreementStatus::Expiring
            }
            Some(_) => AgreementStatus::Active,
        }
    }

    pub fn in_force(&self, today: Date) -> bool {
        self.status(today).in_force()
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Partner {
    pub id: String,
    pub name: Text,
    pub short_name: Option<String>,
    pub kind: PartnerKind,
    pub country: String,
    pub city: Text,
    pub location: Option<Location>,
    pub website: Option<String>,
    pub logo: Option<String>,
    pub description: Option<Text>,
    pub agreements: Vec<Agreement>,
    pub networks: Vec<String>,
}

impl Partner {
    pub const FIELDS: &'static [&'static str] = &names(&fields::PARTNER);

    pub fn read<'r, 's>(r: &mut ItemReader<'r, 's>, f: &Fields<'_, 's>) -> Option<Partner> {
        let id = r.required(f, "id", ItemReader::id);
        let name = r.required(f, "name", ItemReader::text);
        let short_name = r.optional(f, "short_name", ItemReader::string);
        let kind = r.required(f, "kind", ItemReader::keyword::<PartnerKind>);
        let country = r.required(f, "country", ItemReader::country);
        let city = r.required(f, "city", ItemReader::text);
        let location = r.optional(f, "location", read_location);
        let website = r.optional(f, "website", ItemReader::url);
        let logo = r.optional(f, "logo", ItemReader::path);
        let description = r.optional(f, "description", ItemReader::rich_text);
        let agreements = r.optional(f, "agreements", |r, path, value| {
            r.list(path, value, false, read_agreement)
        });
        let networks = r.optional(f, "networks", |r, path, value| {
            r.list(path, value, false, ItemReader::network_code)
        });
        Some(Partner {
            id: id?,
            name: name?,
            short_name,
            kind: kind?,
            country: country?,
            city: city?,
            location,
            website,
            logo,
            description,
            agreements: agreements.unwrap_or_default(),
            networks: networks.unwrap_or_default(),
        })
    }

    pub fn sector(&self) -> Sector {
        self.kind.sector()
    }

    /// The partner's agreements in force today.
    pub fn in_force(&self, today: Date) -> impl Iterator<Item = &Agreement> {
        self.agreements.iter().filter(move |a| a.in_force(today))
    }

    /// The day the first of its agreements in force ends, if any has an end.
    pub fn next_expiry(&self, today: Date) -> Option<Date> {
        self.in_force(today).filter_map(|a| a.expires).min()
    }

    /// The status to show for the partner as a whole: its most pressing agreement's.
    pub fn agreement_status(&self, today: Date) -> Option<AgreementStatus> {
        self.agreements.iter().map(|a| a.status(today)).min()
    }
}

fn read_agreement<'r, 's>(
    r: &mut ItemReader<'r, 's>,
    path: &str,
    value: &jsonc_parser::ast::Value<'s>,
) -> Option<Agreement> {
    let f = r.object(path, value, Agreement::FIELDS)?;
    let kind = r.required(&f, "kind", ItemReader::keyword::<AgreementKind>);
    let title = r.optional(&f, "title", ItemReader::text);
    let signed = r.required(&f, "signed", ItemReader::date);
    let expires = r.optional(&f, "expires", ItemReader::date);
    let with = r.optional(&f, "with", ItemReader::member_ref);
    if let (Some(signed), Some(expires)) = (signed, expires) {
        if expires < signed {
            r.error(
                super::reader::start(value),
                &format!("{path}.expires"),
                ProblemKind::ExpiresBeforeSigned { expires, signed },
            );
        }
    }
    Some(Agreement {
        kind: kind?,
        title,
        signed: signed?,
        expires,
        with,
    })
}

fn read_location<'r, 's>(
    r: &mut ItemReader<'r, 's>,
    path: &str,
    value: &jsonc_parser::ast::Value<'s>,
) -> Option<Location> {
    let f = r.object(path, value, &["lat", "lon"])?;
    let lat = r.required(&f, "lat", latitude);
    let lon = r.required(&f, "lon", longitude);
    Some(Location {
        lat: lat?,
        lon: lon?,
    })
}

fn latitude<'r, 's>(
    r: &mut ItemReader<'r, 's>,
    path: &str,
    value: &jsonc_parser::ast::Value<'s>,
) -> Option<f64> {
    degrees_within(r, path, value, 90)
}

fn longitude<'r, 's>(
    r: &mut ItemReader<'r, 's>,
    path: &str,
    value: &jsonc_parser::ast::Value<'s>,
) -> Option<f64> {
    degrees_within(r, path, value, 180)
}

fn degrees_within<'r, 's>(
    r: &mut ItemReader<'r, 's>,
    path: &str,
    value: &jsonc_parser::ast::Value<'s>,
    limit: u8,
) -> Option<f64> {
    let degrees = r.number(path, value)?;
    if degrees.abs() <= f64::from(limit) {
        return Some(degrees);
    }
    r.error(
        super::reader::start(value),
        path,
        ProblemKind::Degrees { limit },
    );
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ending(expires: Option<&str>) -> Agreement {
        Agreement {
            kind: AgreementKind::Memorandum,
            title: None,
            signed: Date::parse("2020-01-01").unwrap(),
            expires: expires.map(|d| Date::parse(d).unwrap()),
            with: None,
        }
    }

    #[test]
    fn an_agreements_status_at_its_edges() {
        let today = Date::parse("2026-11-23").unwrap();
        let status = |expires| ending(expires).status(today);
        assert_eq!(status(Some("2026-11-22")), AgreementStatus::Expired);
        // Its last day is still a day in force.
        assert_eq!(status(Some("2026-11-23")), AgreementStatus::Expiring);
        // 90 days ahead is expiring, 91 days ahead is not yet.
        assert_eq!(status(Some("2027-02-21")), AgreementStatus::Expiring);
        assert_eq!(status(Some("2027-02-22")), AgreementStatus::Active);
        assert_eq!(status(None), AgreementStatus::OpenEnded);
        assert!(!AgreementStatus::Expired.in_force());
        assert!(
            AgreementStatus::Expiring.in_force()
                && AgreementStatus::Active.in_force()
                && AgreementStatus::OpenEnded.in_force()
        );
    }

    #[test]
    fn a_partners_next_expiry_and_status_come_from_its_agreements_in_force() {
        let today = Date::parse("2026-11-23").unwrap();
        let mut partner = Partner {
            id: "plant".into(),
            name: Text::Same("Plant".into()),
            short_name: None,
            kind: PartnerKind::Enterprise,
            country: "KZ".into(),
            city: Text::Same("Astana".into()),
            location: None,
            website: None,
            logo: None,
            description: None,
            agreements: vec![ending(Some("2025-01-01")), ending(None)],
            networks: Vec::new(),
        };
        assert_eq!(partner.next_expiry(today), None);
        assert_eq!(
            partner.agreement_status(today),
            Some(AgreementStatus::OpenEnded)
        );
        partner.agreements.push(ending(Some("2028-01-01")));
        partner.agreements.push(ending(Some("2027-01-01")));
        assert_eq!(partner.next_expiry(today), Date::parse("2027-01-01"));
        assert_eq!(
            partner.agreement_status(today),
            Some(AgreementStatus::Expiring)
        );
    }
}
