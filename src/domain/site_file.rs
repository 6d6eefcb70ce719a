//! The site file, `site.json`: who runs the portal and whom to write to about a partnership, the
//! network's own member institutions, and the vocabularies the other files use by code (subject
//! fields, networks) with their labels in each language.

use jsonc_parser::ast::{Object, Value};

use super::content::{check_updated, ContentFile};
use super::fields::{self, names};
use super::problem::{Problem, ProblemKind, Severity};
use super::reader::{repeated, start, warn_unknown_top_level, with_repeats, ItemReader};
use super::source::Source;
use super::text::Text;

/// A code of a vocabulary and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub id: String,
    pub label: Text,
}

/// The portal's owner: a member of the network, and where partnership enquiries go.
#[derive(Clone, Debug, PartialEq)]
pub struct Owner {
    pub name: Text,
    /// The member the owner is (a partner id): agreements that name no member are its.
    pub member: String,
    /// A `mailto:` or web address for enquiries.
    pub contact: String,
    pub phone: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteFile {
    pub owner: Option<Owner>,
    /// Partner ids of the network's own institutions.
    pub members: Vec<String>,
    pub fields: Vec<Term>,
    pub networks: Vec<Term>,
}

impl SiteFile {
    pub const FIELDS: &'static [&'static str] = &[
        "$schema", "updated", "owner", "members", "fields", "networks",
    ];
    pub const OWNER_FIELDS: &'static [&'static str] = &names(&fields::OWNER);
    pub const TERM_FIELDS: &'static [&'static str] = &names(&fields::TERM);

    /// A site file with nothing in it: what the pages use when site.json cannot be read.
    pub const EMPTY: SiteFile = SiteFile {
        owner: None,
        members: Vec::new(),
        fields: Vec::new(),
        networks: Vec::new(),
    };

    pub fn field(&self, code: &str) -> Option<&Text> {
        label_of(&self.fields, code)
    }

    pub fn network(&self, code: &str) -> Option<&Text> {
        label_of(&self.networks, code)
    }

    /// A field's label, or its code as written when site.json does not list it.
    pub fn field_text(&self, code: &str) -> Text {
        self.field(code)
            .cloned()
            .unwrap_or_else(|| Text::Same(code.to_string()))
    }

    /// A network's name, or its code as written when site.json does not list it.
    pub fn network_text(&self, code: &str) -> Text {
        self.network(code)
            .cloned()
            .unwrap_or_else(|| Text::Same(code.to_string()))
    }

    pub fn is_member(&self, id: &str) -> bool {
        self.members.iter().any(|m| m == id)
    }

    /// The member that signed an agreement naming `with`, or none: the owner.
    pub fn signer<'a>(&'a self, with: Option<&'a str>) -> Option<&'a str> {
        with.or(self.owner.as_ref().map(|o| o.member.as_str()))
    }
}

fn label_of<'a>(terms: &'a [Term], code: &str) -> Option<&'a Text> {
    terms.iter().find(|t| t.id == code).map(|t| &t.label)
}

/// What reading site.json gave: the file (empty where parts were wrong), its problems, and the
/// members with where each is written, to be checked against partners.json once it is read.
pub struct SiteSection {
    pub site: Result<SiteFile, Problem>,
    pub problems: Vec<Problem>,
    pub member_places: Vec<(String, usize, usize)>,
}

pub fn read_site(text: &str) -> SiteSection {
    let mut source = Source::new(ContentFile::Site.name(), text);
    let mut member_places = Vec::new();
    let site = match source.parse() {
        Err(problem) => Err(problem),
        Ok(Value::Object(root)) => Ok(read_root(&mut source, &root, &mut member_places)),
        Ok(other) => Err(source.problem(
            Severity::Error,
            start(&other),
            None,
            None,
            ProblemKind::SiteNotAnObject,
        )),
    };
    let mut problems = source.problems;
    if let Err(problem) = &site {
        problems.insert(0, problem.clone());
    }
    SiteSection {
        site,
        problems,
        member_places,
    }
}

fn read_root<'s>(
    source: &mut Source<'s>,
    root: &Object<'s>,
    member_places: &mut Vec<(String, usize, usize)>,
) -> SiteFile {
    let mut site = SiteFile::default();
    for (property, first) in with_repeats(root) {
        let name = property.name.as_str();
        let value = &property.value;
        if let Some(first) = first {
            let kind = repeated(source, first);
            source.report(
                Severity::Error,
                property.range.start,
                None,
                Some(name),
                kind,
            );
            continue;
        }
        match name {
            "$schema" => {}
            "updated" => check_updated(source, property),
            "owner" => {
                let mut r = ItemReader::part(source, name);
                site.owner = r.object(name, value, SiteFile::OWNER_FIELDS).and_then(|f| {
                    let name = r.required(&f, "name", ItemReader::text);
                    let member = r.required(&f, "member", ItemReader::id);
                    let contact = r.required(&f, "contact", ItemReader::url);
                    let phone = r.optional(&f, "phone", ItemReader::string);
                    Some(Owner {
                        name: name?,
                        member: member?,
                        contact: contact?,
                        phone,
                    })
                });
            }
            "members" => {
                let mut r = ItemReader::part(source, name);
                let Value::Array(array) = value else {
                    r.list::<String>(name, value, true, ItemReader::id);
                    continue;
                };
                if r.list(name, value, true, ItemReader::id).is_some() {
                    for element in &array.elements {
                        if let Value::StringLit(id) = element {
                            let (line, column) = r.source.position(id.range.start);
                            let id = id.value.trim().to_string();
                            member_places.push((id.clone(), line, column));
                            site.members.push(id);
                        }
                    }
                }
            }
            "fields" | "networks" => {
                let terms = read_terms(source, name, value);
                if name == "fields" {
                    site.fields = terms;
                } else {
                    site.networks = terms;
                }
            }
            _ => warn_unknown_top_level(source, property, SiteFile::FIELDS),
        }
    }
    if let Some(owner) = &site.owner {
        if !site.is_member(&owner.member) {
            let at = root
                .get("owner")
                .map_or(root.range.start, |p| start(&p.value));
            source.report(
                Severity::Error,
                at,
                Some("owner"),
                Some("member"),
                ProblemKind::OwnerNotAMember {
                    member: owner.member.clone(),
                },
            );
        }
    }
    for required in fields::SITE.iter().filter(|f| f.required).map(|f| f.name) {
        if root.get(required).is_none() {
            source.report(
                Severity::Error,
                root.range.start,
                None,
                Some(required),
                ProblemKind::MissingField,
            );
        }
    }
    site
}

/// A vocabulary: entries `{"id": ..., "label": ...}`, each read as an item of its own, so a
/// mistake leaves out that entry only.
fn read_terms<'s>(source: &mut Source<'s>, list: &str, value: &Value<'s>) -> Vec<Term> {
    let Value::Array(array) = value else {
        // Reports what it is instead.
        ItemReader::part(source, list).list(list, value, false, ItemReader::id);
        return Vec::new();
    };
    let mut terms: Vec<Term> = Vec::new();
    for (index, element) in array.elements.iter().enumerate() {
        let Value::Object(object) = element else {
            source.report(
                Severity::Error,
                start(element),
                Some(&format!("{list}[{}]", index + 1)),
                None,
                ProblemKind::TermNotAnObject,
            );
            continue;
        };
        let mut r = ItemReader::new(source, object, index, None, None);
        if r.label.starts_with('#') {
            r.label = format!("{list}[{}]", index + 1);
        }
        let fields = r.fields(object, String::new(), SiteFile::TERM_FIELDS);
        let id = r.required(&fields, "id", ItemReader::id);
        let label = r.required(&fields, "label", ItemReader::text);
        if let (Some(id), Some(label), true) = (id, label, r.valid) {
            if terms.iter().any(|t| t.id == id) {
                let at = object
                    .get("id")
                    .map_or(object.range.start, |p| start(&p.value));
                let kind = ProblemKind::DuplicateCode {
                    list: list.to_string(),
                    code: id,
                };
                r.error(at, "id", kind);
            } else {
                terms.push(Term { id, label });
            }
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use crate::domain::content::{Content, ContentFile, FileText, SectionError};
    use crate::domain::partner::AgreementKind;
    use crate::domain::problem::{Problem, ProblemKind, Severity, Vocabulary};
    use crate::domain::Lang;
    use crate::i18n::problems::line;

    const SITE: &str = r#"{
  "owner": {"name": {"kk": "Серіктестік бөлімі", "en": "Partnership office", "ru": "Отдел партнёрства"}, "member": "north-uni",
            "contact": "mailto:partners@north.example"},
  "members": ["north-uni", "south-uni"],
  "fields": [
    {"id": "law", "label": {"kk": "Құқық", "ru": "Право", "en": "Law"}},
    {"id": "comparative-law", "label": {"kk": "Салыстырмалы құқық", "ru": "Сравнительное право", "en": "Comparative law"}}
  ],
  "networks": [{"id": "steppe-alliance", "label": {"kk": "Дала одағы", "ru": "Степной альянс", "en": "Steppe Alliance"}}]
}"#;

    fn partners(with: &str, network: &str) -> String {
        format!(
            r#"{{"items": [
  {{"id": "north-uni", "name": "North University", "kind": "university", "country": "KZ", "city": "Astana"}},
  {{"id": "south-uni", "name": "South University", "kind": "university", "country": "KZ", "city": "Shymkent"}},
  {{"id": "plant", "name": "Plant", "kind": "enterprise", "country": "KZ", "city": "Astana",
    "networks": ["{network}"],
    "agreements": [{{"kind": "internships", "signed": "2025-01-01"}},
                   {{"kind": "memorandum", "signed": "2025-01-01", "with": "{with}"}}]}}
]}}"#
        )
    }

    fn program(field: &str) -> String {
        format!(
            r#"{{"items": [{{"id": "p", "title": "P", "kind": "exchange", "level": "master",
  "partners": ["north-uni", "south-uni", "plant"], "field": "{field}", "languages": ["ru"], "description": "D"}}]}}"#
        )
    }

    fn read(site: FileText, partners: String, field: &str) -> Content {
        let empty = Ok(r#"{"items": []}"#.to_string());
        Content::read(site, Ok(partners), empty.clone(), Ok(program(field)), empty)
    }

    fn lines(content: &Content) -> Vec<String> {
        content.problems.iter().map(|p| line(p, Lang::En)).collect()
    }

    #[test]
    fn labels_members_and_the_owner_are_read() {
        let site = SITE.replace(r#"{"kk": "Салыстырмалы құқық", "ru""#, r#"{"ru""#);
        let content = read(Ok(site), partners("south-uni", "steppe-alliance"), "law");
        // A label without Kazakh is shown in Russian to Kazakh readers, with a warning.
        assert_eq!(
            lines(&content),
            ["site.json:7:40: warning: comparative-law: label: no translation into Kazakh"]
        );
        let site = &content.site;
        assert_eq!(site.members, ["north-uni", "south-uni"]);
        assert!(site.is_member("south-uni") && !site.is_member("plant"));
        assert_eq!(
            site.field("comparative-law")
                .map(|l| l.get(crate::domain::Lang::Kk)),
            Some("Сравнительное право")
        );
        assert!(site.network("steppe-alliance").is_some());
        let plant = content.partners.as_ref().unwrap().get("plant").unwrap();
        let signers: Vec<(AgreementKind, Option<&str>)> = plant
            .agreements
            .iter()
            .map(|a| (a.kind, site.signer(a.with.as_deref())))
            .collect();
        // An agreement that names no member is the owner's.
        assert_eq!(
            signers,
            [
                (AgreementKind::Internships, Some("north-uni")),
                (AgreementKind::Memorandum, Some("south-uni"))
            ]
        );
    }

    #[test]
    fn unknown_codes_are_warnings_with_the_closest_known_code() {
        let content = read(
            Ok(SITE.into()),
            partners("south-uni", "steppe-aliance"),
            "comparative-lav",
        );
        let problems = lines(&content);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(problems[0].starts_with("partners.json:5:18: warning: plant: networks[1]: `steppe-aliance` is not a network of site.json"), "{}", problems[0]);
        assert!(problems[1].starts_with("programs.json:2:61: warning: p: field: "));
        let unknown = |p: &Problem| (*p.kind).clone();
        assert_eq!(
            unknown(&content.problems[0]),
            ProblemKind::UnknownCode {
                code: "steppe-aliance".into(),
                vocabulary: Vocabulary::Networks,
                suggestion: Some("steppe-alliance".into())
            }
        );
        assert_eq!(
            unknown(&content.problems[1]),
            ProblemKind::UnknownCode {
                code: "comparative-lav".into(),
                vocabulary: Vocabulary::Fields,
                suggestion: Some("comparative-law".into())
            }
        );
        // Shown all the same, with the code as written.
        assert_eq!(content.programs.as_ref().unwrap().items.len(), 1);
        assert_eq!(content.errors(), 0);
    }

    #[test]
    fn without_a_site_file_codes_are_not_checked() {
        let content = read(
            Err(SectionError::unavailable(
                ContentFile::Site,
                "not published".into(),
            )),
            partners("anyone", "any-network"),
            "anything",
        );
        assert_eq!(lines(&content), Vec::<String>::new());
        assert_eq!(content.site, super::SiteFile::EMPTY);
    }

    #[test]
    fn members_and_signers_must_be_known() {
        let site = SITE.replace(r#""south-uni"]"#, r#""south-uni", "sotuh-uni"]"#);
        let content = read(Ok(site), partners("plant", "steppe-alliance"), "law");
        let problems = lines(&content);
        assert!(
            problems[0].starts_with("site.json:4:41: error: members: "),
            "{problems:#?}"
        );
        assert_eq!(
            *content.problems[0].kind,
            ProblemKind::UnknownMember {
                id: "sotuh-uni".into(),
                suggestion: Some("south-uni".into())
            }
        );
        assert_eq!(content.site.members, ["north-uni", "south-uni"]);
        // An agreement signed by someone who is not a member is a mistake: the partner waits.
        assert!(
            problems[1].starts_with("partners.json:7:75: error: plant: agreements[2].with: "),
            "{}",
            problems[1]
        );
        assert_eq!(
            *content.problems[1].kind,
            ProblemKind::NotAMember {
                id: "plant".into(),
                suggestion: None
            }
        );
        assert!(content.partners.as_ref().unwrap().get("plant").is_none());
        assert_eq!(problems.len(), 3, "{problems:#?}");
    }

    #[test]
    fn the_owner_is_a_member_and_vocabulary_entries_stand_alone() {
        let site = SITE
            .replace(r#""member": "north-uni""#, r#""member": "east-uni""#)
            .replace(r#"{"id": "law", "label""#, r#"{"id": "Law", "label""#);
        let section = super::read_site(&site);
        let found = |item: &str, field: &str| {
            let problem = section
                .problems
                .iter()
                .find(|p| p.item.as_deref() == Some(item) && p.field.as_deref() == Some(field))
                .unwrap_or_else(|| panic!("{item}: {field}: {:#?}", section.problems));
            (problem.severity, (*problem.kind).clone())
        };
        assert_eq!(
            found("owner", "member"),
            (
                Severity::Error,
                ProblemKind::OwnerNotAMember {
                    member: "east-uni".into()
                }
            )
        );
        assert_eq!(
            found("fields[1]", "id"),
            (
                Severity::Error,
                ProblemKind::BadId {
                    id: "Law".into(),
                    like: "law".into()
                }
            )
        );
        let site = section.site.unwrap();
        // The wrong entry is left out, the others kept.
        assert_eq!(site.fields.len(), 1);
        assert_eq!(site.networks.len(), 1);
    }
}
