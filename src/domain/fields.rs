//! The content model as data: every field of every file, its kind and whether it is required.
//! One definition for the reader (its lists of known names come from here), the stable writer's
//! key order, the editor's forms and the spreadsheet paste; `tests/field_definitions.rs` holds the
//! reader's required fields and the JSON Schema to it.

use super::content::ContentFile;
use super::internship::Mode;
use super::partner::{AgreementKind, PartnerKind};
use super::program::{Level, ProgramKind};

/// A field of an item (or of an object inside one).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
}

/// What a field holds, which decides how it is read, written and edited.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// A lower-case Latin slug, unique in its file: the item's address.
    Id,
    /// A text in every language: one string, or `{"kk", "ru", "en"}`.
    Text,
    /// Like `Text`, in Markdown.
    RichText,
    /// One string, the same in every language (a short name, a phone number).
    Plain,
    /// A web or `mailto:` address.
    Url,
    /// A path of a file published with the portal (`images/x.jpg`).
    Path,
    /// `YYYY-MM-DD`.
    Date,
    Bool,
    Whole {
        min: u32,
        max: u32,
    },
    /// One word of a fixed list.
    Choice(&'static [&'static str]),
    /// A two-letter country code (`KZ`).
    Country,
    /// A two-letter language code (`kk`).
    Language,
    /// The id of a partner in partners.json.
    Partner,
    /// A subject field's code from site.json.
    SubjectField,
    /// A network's code from site.json.
    Network,
    /// A lower-case subject tag.
    Tag,
    /// `{"lat", "lon"}` in degrees.
    Location,
    List {
        of: &'static Kind,
        at_least_one: bool,
    },
    /// An object with fields of its own (an agreement, the site's owner).
    Object(&'static [Field]),
}

impl Kind {
    /// Texts that have a translation per language.
    pub fn is_translated(self) -> bool {
        matches!(self, Kind::Text | Kind::RichText)
    }
}

const fn required(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        required: true,
    }
}

const fn optional(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        required: false,
    }
}

const fn list(of: &'static Kind, at_least_one: bool) -> Kind {
    Kind::List { of, at_least_one }
}

/// The names of `fields`, in order: the reader's known names and the stable writer's key order.
pub const fn names<const N: usize>(fields: &[Field; N]) -> [&'static str; N] {
    let mut names = [""; N];
    let mut i = 0;
    while i < N {
        names[i] = fields[i].name;
        i += 1;
    }
    names
}

pub const AGREEMENT: [Field; 5] = [
    required("kind", Kind::Choice(AgreementKind::WORDS)),
    optional("title", Kind::Text),
    required("signed", Kind::Date),
    optional("expires", Kind::Date),
    optional("with", Kind::Partner),
];

pub const PARTNER: [Field; 12] = [
    required("id", Kind::Id),
    required("name", Kind::Text),
    optional("short_name", Kind::Plain),
    required("kind", Kind::Choice(PartnerKind::WORDS)),
    required("country", Kind::Country),
    required("city", Kind::Text),
    optional("location", Kind::Location),
    optional("website", Kind::Url),
    optional("logo", Kind::Path),
    optional("description", Kind::RichText),
    optional("agreements", list(&Kind::Object(&AGREEMENT), false)),
    optional("networks", list(&Kind::Network, false)),
];

pub const INTERNSHIP: [Field; 18] = [
    required("id", Kind::Id),
    required("title", Kind::Text),
    required("host", Kind::Partner),
    required("city", Kind::Text),
    required("country", Kind::Country),
    required("mode", Kind::Choice(Mode::WORDS)),
    required("fields", list(&Kind::SubjectField, true)),
    required("description", Kind::RichText),
    required("posted", Kind::Date),
    required("deadline", Kind::Date),
    optional("starts", Kind::Date),
    optional("duration_weeks", Kind::Whole { min: 1, max: 104 }),
    required("paid", Kind::Bool),
    optional("stipend", Kind::Text),
    required("languages", list(&Kind::Language, true)),
    optional("eligibility", Kind::Text),
    optional(
        "spots",
        Kind::Whole {
            min: 1,
            max: u32::MAX,
        },
    ),
    required("apply", Kind::Url),
];

pub const PROGRAM: [Field; 11] = [
    required("id", Kind::Id),
    required("title", Kind::Text),
    required("kind", Kind::Choice(ProgramKind::WORDS)),
    required("level", Kind::Choice(Level::WORDS)),
    required("partners", list(&Kind::Partner, true)),
    required("field", Kind::SubjectField),
    required("languages", list(&Kind::Language, true)),
    optional("duration_months", Kind::Whole { min: 1, max: 96 }),
    required("description", Kind::RichText),
    optional("deadline", Kind::Date),
    optional("apply", Kind::Url),
];

pub const NEWS_ITEM: [Field; 9] = [
    required("id", Kind::Id),
    required("date", Kind::Date),
    required("title", Kind::Text),
    required("summary", Kind::Text),
    required("body", Kind::RichText),
    optional("partners", list(&Kind::Partner, false)),
    optional("tags", list(&Kind::Tag, false)),
    optional("image", Kind::Path),
    optional("source", Kind::Url),
];

pub const OWNER: [Field; 4] = [
    required("name", Kind::Text),
    required("member", Kind::Partner),
    required("contact", Kind::Url),
    optional("phone", Kind::Plain),
];

/// An entry of one of the site file's vocabularies (subject fields, networks).
pub const TERM: [Field; 2] = [required("id", Kind::Id), required("label", Kind::Text)];

/// The site file is one object rather than a list of items: its top level.
pub const SITE: [Field; 4] = [
    required("owner", Kind::Object(&OWNER)),
    required("members", list(&Kind::Partner, true)),
    optional("fields", list(&Kind::Object(&TERM), false)),
    optional("networks", list(&Kind::Object(&TERM), false)),
];

impl ContentFile {
    /// The fields of one of the file's items; for the site file, of its top level.
    pub fn fields(self) -> &'static [Field] {
        match self {
            ContentFile::Site => &SITE,
            ContentFile::Partners => &PARTNER,
            ContentFile::Internships => &INTERNSHIP,
            ContentFile::Programs => &PROGRAM,
            ContentFile::News => &NEWS_ITEM,
        }
    }

    /// Whether the file is a list of items (`{"items": [...]}`); the site file is not.
    pub fn has_items(self) -> bool {
        self != ContentFile::Site
    }
}
