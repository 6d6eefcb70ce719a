//! Partner organisations: `partners.json`.

use super::date::Date;
use super::keyword::keyword;
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
}

impl Agreement {
    /// Expired once the day after `expires` has begun.
    pub fn is_expired(&self, today: Date) -> bool {
        self.expires.is_some_and(|expires| expires < today)
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
    pub const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "short_name",
        "kind",
        "country",
        "city",
        "location",
        "website",
        "logo",
        "description",
        "agreements",
        "networks",
    ];

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
        let description = r.optional(f, "description", ItemReader::text);
        let agreements = r.optional(f, "agreements", |r, path, value| {
            r.list(path, value, false, read_agreement)
        });
        let networks = r.optional(f, "networks", ItemReader::strings);
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
}

fn read_agreement<'r, 's>(
    r: &mut ItemReader<'r, 's>,
    path: &str,
    value: &jsonc_parser::ast::Value<'s>,
) -> Option<Agreement> {
    let f = r.object(path, value, &["kind", "title", "signed", "expires"])?;
    let kind = r.required(&f, "kind", ItemReader::keyword::<AgreementKind>);
    let title = r.optional(&f, "title", ItemReader::text);
    let signed = r.required(&f, "signed", ItemReader::date);
    let expires = r.optional(&f, "expires", ItemReader::date);
    if let (Some(signed), Some(expires)) = (signed, expires) {
        if expires < signed {
            r.error(
                super::reader::start(value),
                &format!("{path}.expires"),
                format!("expires ({expires}) before it was signed ({signed})"),
            );
        }
    }
    Some(Agreement {
        kind: kind?,
        title,
        signed: signed?,
        expires,
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
        format!("must be from -{limit} to {limit} degrees"),
    );
    None
}
