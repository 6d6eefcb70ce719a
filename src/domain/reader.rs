//! Reading one item of a content file field by field, so that every mistake in it is reported
//! with its position, and an item with an error is left out while the rest is kept.

use std::collections::{HashMap, HashSet};

use jsonc_parser::ast::{Object, ObjectProp, StringLit, Value};

use super::date::Date;
use super::json_number::json_number;
use super::keyword::Keyword;
use super::lang::Lang;
use super::lower_case::lower_case;
use super::markdown;
use super::problem::{Expected, Found, ProblemKind, Severity, Vocabulary};
use super::site_file::{SiteFile, Term};
use super::sorting::sort_by;
use super::source::Source;
use super::text::Text;
use super::url::{is_allowed_path, is_allowed_url};

/// An object's fields and the path that names them in messages (`agreements[2].`).
pub struct Fields<'r, 's> {
    object: &'r Object<'s>,
    prefix: String,
}

impl<'s> Fields<'_, 's> {
    pub fn get(&self, name: &str) -> Option<&Value<'s>> {
        self.object.get(name).map(|p| &p.value)
    }
}

/// Reads the fields of one item, collecting problems in the file's `Source`.
pub struct ItemReader<'r, 's> {
    pub source: &'r mut Source<'s>,
    /// The item's id, or `#n` when it has none: how messages name it.
    pub label: String,
    /// False once any error was found: the item is then left out.
    pub valid: bool,
    /// The partners of `partners.json`, when it could be read: references are checked against them.
    partners: Option<&'r KnownPartners>,
    /// The site file, when it could be read: codes and members are checked against it.
    site: Option<&'r SiteFile>,
}

/// Partner ids that references may use.
#[derive(Debug, Default)]
pub struct KnownPartners {
    /// Partners that are shown: a set, as ten thousand items refer to them.
    pub shown: HashSet<String>,
    /// Partners written in the file but left out for an error: referring to them is not the
    /// referring item's mistake, so it stays.
    pub left_out: HashSet<String>,
}

pub type ValueReader<'r, 's, T> = fn(&mut ItemReader<'r, 's>, &str, &Value<'s>) -> Option<T>;

impl<'r, 's> ItemReader<'r, 's> {
    pub fn new(
        source: &'r mut Source<'s>,
        object: &Object<'s>,
        index: usize,
        partners: Option<&'r KnownPartners>,
        site: Option<&'r SiteFile>,
    ) -> Self {
        let label = match object.get_string("id") {
            Some(id) if is_id(&id.value) => id.value.to_string(),
            _ => format!("#{}", index + 1),
        };
        ItemReader {
            source,
            label,
            valid: true,
            partners,
            site,
        }
    }

    /// A reader of a part of a file that is not an item (the site file's owner), named `label`.
    pub fn part(source: &'r mut Source<'s>, label: &str) -> Self {
        ItemReader {
            source,
            label: label.to_string(),
            valid: true,
            partners: None,
            site: None,
        }
    }

    /// The fields of `object`, after warning about any name not in `known`.
    pub fn fields<'o>(
        &mut self,
        object: &'o Object<'s>,
        prefix: String,
        known: &'static [&'static str],
    ) -> Fields<'o, 's> {
        for (property, first) in with_repeats(object) {
            let name = property.name.as_str();
            let path = format!("{prefix}{name}");
            if let Some(first) = first {
                let kind = repeated(self.source, first);
                self.error(property.range.start, &path, kind);
            } else if !known.contains(&name) {
                let suggestion = closest(name, known);
                self.warn(
                    property.range.start,
                    &path,
                    ProblemKind::UnknownField { suggestion, known },
                );
            }
        }
        Fields { object, prefix }
    }

    pub fn error(&mut self, offset: usize, field: &str, kind: ProblemKind) {
        self.valid = false;
        self.source.report(
            Severity::Error,
            offset,
            Some(&self.label),
            Some(field),
            kind,
        );
    }

    pub fn warn(&mut self, offset: usize, field: &str, kind: ProblemKind) {
        self.source.report(
            Severity::Warning,
            offset,
            Some(&self.label),
            Some(field),
            kind,
        );
    }

    /// A field that must be present; `null` counts as missing.
    pub fn required<T>(
        &mut self,
        fields: &Fields<'_, 's>,
        name: &str,
        read: ValueReader<'r, 's, T>,
    ) -> Option<T> {
        let path = format!("{}{name}", fields.prefix);
        match fields.get(name) {
            None | Some(Value::NullKeyword(_)) => {
                self.error(fields.object.range.start, &path, ProblemKind::MissingField);
                None
            }
            Some(value) => read(self, &path, value),
        }
    }

    /// A field that may be left out; a present but wrong value is still an error.
    pub fn optional<T>(
        &mut self,
        fields: &Fields<'_, 's>,
        name: &str,
        read: ValueReader<'r, 's, T>,
    ) -> Option<T> {
        let path = format!("{}{name}", fields.prefix);
        match fields.get(name) {
            None | Some(Value::NullKeyword(_)) => None,
            Some(value) => read(self, &path, value),
        }
    }

    fn wrong_type<T>(&mut self, path: &str, value: &Value<'s>, expected: Expected) -> Option<T> {
        let found = match value {
            Value::StringLit(_) => Found::Text,
            Value::NumberLit(_) => Found::Number,
            Value::BooleanLit(_) => Found::TrueOrFalse,
            Value::Object(_) => Found::Object,
            Value::Array(_) => Found::List,
            Value::NullKeyword(_) => Found::Null,
        };
        self.error(
            start(value),
            path,
            ProblemKind::WrongType { expected, found },
        );
        None
    }

    pub fn string(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        match value {
            Value::StringLit(s) if s.value.trim().is_empty() => {
                self.error(s.range.start, path, ProblemKind::Empty);
                None
            }
            Value::StringLit(s) => Some(s.value.trim().to_string()),
            _ => self.wrong_type(path, value, Expected::Text),
        }
    }

    pub fn id(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let id = self.string(path, value)?;
        if is_id(&id) {
            Some(id)
        } else {
            let like = slug_like(&id);
            self.error(start(value), path, ProblemKind::BadId { id, like });
            None
        }
    }

    /// One string for every language, or `{"kk": ..., "ru": ..., "en": ...}`.
    pub fn text(&mut self, path: &str, value: &Value<'s>) -> Option<Text> {
        let Value::Object(object) = value else {
            return match value {
                Value::StringLit(_) => self.string(path, value).map(Text::Same),
                _ => self.wrong_type(path, value, Expected::TextOrTranslations),
            };
        };
        let mut translations = Vec::new();
        for (property, first) in with_repeats(object) {
            let code = property.name.as_str();
            let lang_path = format!("{path}.{code}");
            if let Some(first) = first {
                let kind = repeated(self.source, first);
                self.error(property.range.start, &lang_path, kind);
                continue;
            }
            match Lang::from_code(code) {
                Some(lang) => {
                    if let Some(text) = self.string(&lang_path, &property.value) {
                        translations.push((lang, text));
                    }
                }
                None if is_language(code) => self.warn(
                    property.range.start,
                    &lang_path,
                    ProblemKind::OtherLanguage { code: code.into() },
                ),
                None => self.error(
                    property.range.start,
                    &lang_path,
                    ProblemKind::NotALanguageKey { code: code.into() },
                ),
            }
        }
        if translations.is_empty() {
            self.error(object.range.start, path, ProblemKind::NoTranslation);
            return None;
        }
        sort_by(&mut translations, &|a, b| a.0.cmp(&b.0));
        // Readers in the other languages get a fallback: worth saying, not worth leaving out.
        let missing: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|lang| !translations.iter().any(|(l, _)| l == lang))
            .collect();
        if !missing.is_empty() {
            self.warn(
                object.range.start,
                path,
                ProblemKind::MissingTranslation { missing },
            );
        }
        Some(Text::PerLang(translations))
    }

    /// A text in Markdown (a description, a news item's body): a link the portal does not show,
    /// or a picture, is reported where it is written, as its words are shown without it (by
    /// the readers that report them: [`markdown::LINKS_CHECKED`]).
    pub fn rich_text(&mut self, path: &str, value: &Value<'s>) -> Option<Text> {
        let text = self.text(path, value)?;
        if !markdown::LINKS_CHECKED {
            return Some(text);
        }
        match value {
            Value::StringLit(literal) => self.refused_links(path, literal),
            Value::Object(object) => {
                for property in &object.properties {
                    let code = property.name.as_str();
                    if let (Some(_), Value::StringLit(literal)) =
                        (Lang::from_code(code), &property.value)
                    {
                        self.refused_links(&format!("{path}.{code}"), literal);
                    }
                }
            }
            _ => {}
        }
        Some(text)
    }

    fn refused_links(&mut self, path: &str, literal: &StringLit<'s>) {
        for refused in markdown::refused(&literal.value) {
            let at = offset_in_literal(self.source.text(), literal.range.start, refused.at);
            let url = refused.url;
            let kind = if refused.image {
                ProblemKind::TextImage { url }
            } else {
                ProblemKind::TextLinkRefused { url }
            };
            self.warn(at, path, kind);
        }
    }

    pub fn date(&mut self, path: &str, value: &Value<'s>) -> Option<Date> {
        let text = self.string(path, value)?;
        let date = Date::parse(&text);
        if date.is_none() {
            self.error(start(value), path, ProblemKind::BadDate { text });
        }
        date
    }

    pub fn url(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let url = self.string(path, value)?;
        if is_allowed_url(&url) {
            Some(url)
        } else {
            self.error(start(value), path, ProblemKind::BadLink { url });
            None
        }
    }

    pub fn path(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let file = self.string(path, value)?;
        if is_allowed_path(&file) {
            Some(file)
        } else {
            self.error(start(value), path, ProblemKind::BadPath { path: file });
            None
        }
    }

    pub fn country(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let code = self.string(path, value)?;
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Some(code)
        } else {
            self.error(start(value), path, ProblemKind::BadCountry { code });
            None
        }
    }

    pub fn language(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let code = self.string(path, value)?;
        if is_language(&code) {
            Some(code)
        } else {
            self.error(start(value), path, ProblemKind::BadLanguage { code });
            None
        }
    }

    /// A lower-case subject tag; capitals are lowered with a warning.
    pub fn tag(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let tag = self.string(path, value)?;
        let lower = lower_case(&tag);
        if lower != tag {
            let kind = ProblemKind::TagLowered {
                tag,
                lower: lower.clone(),
            };
            self.warn(start(value), path, kind);
        }
        Some(lower)
    }

    pub fn keyword<K: Keyword>(&mut self, path: &str, value: &Value<'s>) -> Option<K> {
        let word = self.string(path, value)?;
        let keyword = K::parse(&word);
        if keyword.is_none() {
            let allowed: Vec<&'static str> = K::ALL.iter().map(|k| k.as_str()).collect();
            let suggestion = closest(&word, &allowed);
            let kind = ProblemKind::UnknownWord {
                word,
                allowed,
                suggestion,
            };
            self.error(start(value), path, kind);
        }
        keyword
    }

    pub fn boolean(&mut self, path: &str, value: &Value<'s>) -> Option<bool> {
        match value {
            Value::BooleanLit(b) => Some(b.value),
            _ => self.wrong_type(path, value, Expected::TrueOrFalse),
        }
    }

    pub fn number(&mut self, path: &str, value: &Value<'s>) -> Option<f64> {
        match value {
            // The strict parse (`Source`) lets only JSON's numbers through.
            Value::NumberLit(n) => json_number(n.value),
            _ => self.wrong_type(path, value, Expected::Number),
        }
    }

    pub fn whole_number(
        &mut self,
        path: &str,
        value: &Value<'s>,
        min: u32,
        max: u32,
    ) -> Option<u32> {
        let number = self.number(path, value)?;
        if number.fract() == 0.0 && number >= f64::from(min) && number <= f64::from(max) {
            Some(number as u32)
        } else {
            self.error(start(value), path, ProblemKind::WholeNumber { min, max });
            None
        }
    }

    /// A partner id that must exist in partners.json (when partners.json could be read).
    pub fn partner_ref(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let id = self.string(path, value)?;
        let Some(known) = self.partners else {
            return Some(id);
        };
        if known.shown.contains(&id) {
            return Some(id);
        }
        if known.left_out.contains(&id) {
            self.warn(
                start(value),
                path,
                ProblemKind::PartnerLeftOut { id: id.clone() },
            );
            return Some(id);
        }
        let ids: Vec<&str> = known.shown.iter().map(String::as_str).collect();
        let suggestion = closest(&id, &ids).map(str::to_string);
        self.error(
            start(value),
            path,
            ProblemKind::UnknownPartner { id, suggestion },
        );
        None
    }

    /// A subject field's code (`law`), checked against the site file's fields.
    pub fn field_code(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let code = self.tag(path, value)?;
        let known = self.site.map(|s| s.fields.as_slice()).unwrap_or_default();
        self.known_code(path, value, &code, known, Vocabulary::Fields);
        Some(code)
    }

    /// A network's code (`sco-university`), checked against the site file's networks.
    pub fn network_code(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let code = self.string(path, value)?;
        let known = self.site.map(|s| s.networks.as_slice()).unwrap_or_default();
        self.known_code(path, value, &code, known, Vocabulary::Networks);
        Some(code)
    }

    /// An unknown code is shown as written, so it is only a warning; a site file without this
    /// vocabulary checks nothing.
    fn known_code(
        &mut self,
        path: &str,
        value: &Value<'s>,
        code: &str,
        known: &[Term],
        vocabulary: Vocabulary,
    ) {
        if known.is_empty() || known.iter().any(|t| t.id == code) {
            return;
        }
        let codes: Vec<&str> = known.iter().map(|t| t.id.as_str()).collect();
        let suggestion = closest(code, &codes).map(str::to_string);
        let kind = ProblemKind::UnknownCode {
            code: code.to_string(),
            vocabulary,
            suggestion,
        };
        self.warn(start(value), path, kind);
    }

    /// A member of the network (site.json's `members`), when the site file could be read.
    pub fn member_ref(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let id = self.string(path, value)?;
        let Some(site) = self.site.filter(|s| !s.members.is_empty()) else {
            return Some(id);
        };
        if site.is_member(&id) {
            return Some(id);
        }
        let members: Vec<&str> = site.members.iter().map(String::as_str).collect();
        let suggestion = closest(&id, &members).map(str::to_string);
        self.error(
            start(value),
            path,
            ProblemKind::NotAMember { id, suggestion },
        );
        None
    }

    /// A list with `each` applied to its elements; `non_empty` when the contract wants at least one.
    pub fn list<T>(
        &mut self,
        path: &str,
        value: &Value<'s>,
        non_empty: bool,
        each: ValueReader<'r, 's, T>,
    ) -> Option<Vec<T>> {
        let Value::Array(array) = value else {
            return self.wrong_type(path, value, Expected::List);
        };
        if non_empty && array.elements.is_empty() {
            self.error(array.range.start, path, ProblemKind::EmptyList);
            return None;
        }
        let items: Vec<Option<T>> = array
            .elements
            .iter()
            .enumerate()
            .map(|(i, element)| each(self, &format!("{path}[{}]", i + 1), element))
            .collect();
        items.into_iter().collect()
    }

    /// A nested object (an agreement, a location) and its fields.
    pub fn object<'o>(
        &mut self,
        path: &str,
        value: &'o Value<'s>,
        known: &'static [&'static str],
    ) -> Option<Fields<'o, 's>> {
        match value {
            Value::Object(object) => Some(self.fields(object, format!("{path}."), known)),
            _ => self.wrong_type(path, value, Expected::Object),
        }
    }

    pub fn strings(&mut self, path: &str, value: &Value<'s>) -> Option<Vec<String>> {
        self.list(path, value, false, Self::string)
    }
}

pub fn start(value: &Value) -> usize {
    match value {
        Value::StringLit(v) => v.range.start,
        Value::NumberLit(v) => v.range.start,
        Value::BooleanLit(v) => v.range.start,
        Value::Object(v) => v.range.start,
        Value::Array(v) => v.range.start,
        Value::NullKeyword(v) => v.range.start,
    }
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters.
pub fn is_id(id: &str) -> bool {
    id.len() <= 64
        && !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_language(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// What an invalid id would look like as a slug, for the message.
fn slug_like(text: &str) -> String {
    let lower: String = lower_case(text)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug = lower
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "kaznu-law-2025".into()
    } else {
        slug.chars().take(64).collect()
    }
}

/// Each property of `object`, with the offset of the first property of the same name when it
/// repeats one.
pub fn with_repeats<'o, 's>(
    object: &'o Object<'s>,
) -> impl Iterator<Item = (&'o ObjectProp<'s>, Option<usize>)> {
    let mut first: HashMap<&'o str, usize> = HashMap::new();
    object.properties.iter().map(move |property| {
        let name = property.name.as_str();
        let earlier = first.get(name).copied();
        if earlier.is_none() {
            first.insert(name, property.range.start);
        }
        (property, earlier)
    })
}

/// A key written a second time: the first is at `first`. JSON tools disagree on which one
/// counts, so neither is guessed.
pub fn repeated(source: &Source, first: usize) -> ProblemKind {
    let (first_line, first_column) = source.position(first);
    ProblemKind::DuplicateKey {
        first_line,
        first_column,
    }
}

/// Warns about a top-level `property` of a file whose name is not in `known`, with the closest
/// known name.
pub fn warn_unknown_top_level(source: &mut Source, property: &ObjectProp, known: &[&'static str]) {
    let name = property.name.as_str();
    if known.contains(&name) {
        return;
    }
    let suggestion = closest(name, known);
    source.report(
        Severity::Warning,
        property.range.start,
        None,
        Some(name),
        ProblemKind::UnknownTopLevelField { suggestion },
    );
}

/// Where the character at `decoded` bytes into a string literal's value is written in the file:
/// escapes (`\n`, `\"`, `\u0430`) take more bytes in the file than in the value.
fn offset_in_literal(text: &str, literal_start: usize, decoded: usize) -> usize {
    let raw = &text.as_bytes()[literal_start + 1..];
    let (mut at, mut value_bytes) = (0, 0);
    while value_bytes < decoded && at < raw.len() {
        let (written, read) = match raw[at] {
            b'\\' if raw.get(at + 1) == Some(&b'u') => {
                let code = |i: usize| {
                    std::str::from_utf8(raw.get(i..i + 4).unwrap_or_default())
                        .ok()
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                        .unwrap_or(0)
                };
                let high = code(at + 2);
                if (0xD800..0xDC00).contains(&high) && raw.get(at + 6..at + 8) == Some(b"\\u") {
                    (12, 4)
                } else {
                    (6, char::from_u32(high).map_or(3, char::len_utf8))
                }
            }
            b'\\' => (2, 1),
            // The length of a UTF-8 sequence, from its first byte.
            byte => {
                let length = byte.leading_ones().max(1) as usize;
                (length, length)
            }
        };
        at += written;
        value_bytes += read;
    }
    literal_start + 1 + at
}

/// The known word nearest to a misspelt one, if it is near enough to be a likely typo.
pub fn closest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    // A word much longer than every known one is near none of them: comparing it would take
    // time in the square of its length for nothing (a pasted paragraph as an id).
    let longest = known.iter().map(|k| k.chars().count()).max()?;
    if word.len() > 4 * (longest + 2) {
        return None;
    }
    let length = word.chars().count();
    known
        .iter()
        .filter(|k| length.abs_diff(k.chars().count()) <= near(k))
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(distance, k)| *distance <= near(k) && *distance < k.len())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}

/// How many edits still make a likely typo of `known`.
fn near(known: &str) -> usize {
    2.max(known.len() / 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_slugs() {
        assert!(is_id("kaznu") && is_id("almaty-academy-mia") && is_id("a1-b2"));
        for bad in [
            "",
            "KazNU",
            "a--b",
            "-a",
            "a-",
            "a_b",
            "қаз",
            &"a".repeat(65),
        ] {
            assert!(!is_id(bad), "{bad}");
        }
        assert_eq!(slug_like("KazNU Law 2025"), "kaznu-law-2025");
    }

    #[test]
    fn suggests_near_words_only() {
        assert_eq!(closest("titel", &["title", "host", "city"]), Some("title"));
        assert_eq!(closest("kaznu2", &["kaznu", "enu", "oshsu"]), Some("kaznu"));
        assert_eq!(
            closest("deadlin", &["deadline", "posted"]),
            Some("deadline")
        );
        assert_eq!(closest("colour", &["id", "kind"]), None);
        assert_eq!(closest("stipendd", &["id", "stipend"]), Some("stipend"));
    }

    #[test]
    fn a_word_far_longer_than_any_known_is_not_compared() {
        // Compared letter by letter, a 5 MB id took 18 s; it is near no known word.
        let pasted = "kaznu".repeat(1_000_000);
        assert_eq!(closest(&pasted, &["kaznu", "enu"]), None);
        assert_eq!(closest(&"kaznu".repeat(3), &["kaznu", "enu"]), None);
    }

    #[test]
    fn a_place_in_text_is_found_past_its_escapes() {
        let file = r#"{"a": "x\n\u0410\"\ud83d\ude00y"}"#;
        let literal = file.find("\"x").unwrap();
        let value = "x\nА\"😀y";
        assert_eq!(
            offset_in_literal(file, literal, value.find('y').unwrap()),
            file.rfind('y').unwrap()
        );
        assert_eq!(offset_in_literal(file, literal, 0), literal + 1);
        assert_eq!(
            offset_in_literal(file, literal, value.find('"').unwrap()),
            file.find("\\\"").unwrap()
        );
    }
}
