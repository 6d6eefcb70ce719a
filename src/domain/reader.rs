//! Reading one item of a content file field by field, so that every mistake in it is reported
//! with its position, and an item with an error is left out while the rest is kept.

use std::collections::HashSet;

use jsonc_parser::ast::{Object, Value};

use super::date::Date;
use super::keyword::Keyword;
use super::lang::Lang;
use super::problem::Severity;
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
    pub left_out: Vec<String>,
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
        known: &[&str],
    ) -> Fields<'o, 's> {
        let mut seen: Vec<&str> = Vec::new();
        for property in &object.properties {
            let name = property.name.as_str();
            let path = format!("{prefix}{name}");
            if seen.contains(&name) {
                self.error(
                    property.range.start,
                    &path,
                    "this field appears twice in the item; keep one".into(),
                );
            } else if !known.contains(&name) {
                let message = match closest(name, known) {
                    Some(suggestion) => {
                        format!("unknown field; did you mean `{suggestion}`? It is ignored")
                    }
                    None => format!(
                        "unknown field; it is ignored (known fields: {})",
                        known.join(", ")
                    ),
                };
                self.warn(property.range.start, &path, message);
            }
            seen.push(name);
        }
        Fields { object, prefix }
    }

    pub fn error(&mut self, offset: usize, field: &str, message: String) {
        self.valid = false;
        self.source.report(
            Severity::Error,
            offset,
            Some(&self.label),
            Some(field),
            message,
        );
    }

    pub fn warn(&mut self, offset: usize, field: &str, message: String) {
        self.source.report(
            Severity::Warning,
            offset,
            Some(&self.label),
            Some(field),
            message,
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
                self.error(
                    fields.object.range.start,
                    &path,
                    "missing required field".into(),
                );
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

    fn wrong_type<T>(&mut self, path: &str, value: &Value<'s>, expected: &str) -> Option<T> {
        let found = match value {
            Value::StringLit(_) => "text",
            Value::NumberLit(_) => "a number",
            Value::BooleanLit(_) => "true/false",
            Value::Object(_) => "an object { }",
            Value::Array(_) => "a list [ ]",
            Value::NullKeyword(_) => "null",
        };
        self.error(
            start(value),
            path,
            format!("expected {expected}, found {found}"),
        );
        None
    }

    pub fn string(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        match value {
            Value::StringLit(s) if s.value.trim().is_empty() => {
                self.error(s.range.start, path, "is empty".into());
                None
            }
            Value::StringLit(s) => Some(s.value.trim().to_string()),
            _ => self.wrong_type(path, value, "text in double quotes"),
        }
    }

    pub fn id(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let id = self.string(path, value)?;
        if is_id(&id) {
            Some(id)
        } else {
            let message = format!(
                "`{id}` is not a valid id: use at most 64 lower-case latin letters, digits and single hyphens, like `{}`",
                slug_like(&id)
            );
            self.error(start(value), path, message);
            None
        }
    }

    /// One string for every language, or `{"kk": ..., "ru": ..., "en": ...}`.
    pub fn text(&mut self, path: &str, value: &Value<'s>) -> Option<Text> {
        let Value::Object(object) = value else {
            return match value {
                Value::StringLit(_) => self.string(path, value).map(Text::Same),
                _ => self.wrong_type(path, value, "text, or translations like {\"kk\": \"...\", \"ru\": \"...\", \"en\": \"...\"}"),
            };
        };
        let mut translations = Vec::new();
        for property in &object.properties {
            let code = property.name.as_str();
            let lang_path = format!("{path}.{code}");
            match Lang::from_code(code) {
                Some(lang) => {
                    if let Some(text) = self.string(&lang_path, &property.value) {
                        translations.push((lang, text));
                    }
                }
                None if is_language(code) => self.warn(property.range.start, &lang_path, format!("`{code}` is not one of the portal's languages (kk, ru, en); this translation is not shown")),
                None => self.error(property.range.start, &lang_path, format!("`{code}` is not a language code; use kk, ru or en")),
            }
        }
        if translations.is_empty() {
            self.error(
                object.range.start,
                path,
                "has no translation in kk, ru or en".into(),
            );
            return None;
        }
        sort_by(&mut translations, &|a, b| a.0.cmp(&b.0));
        Some(Text::PerLang(translations))
    }

    pub fn date(&mut self, path: &str, value: &Value<'s>) -> Option<Date> {
        let text = self.string(path, value)?;
        let date = Date::parse(&text);
        if date.is_none() {
            self.error(
                start(value),
                path,
                format!("`{text}` is not a real date written as YYYY-MM-DD"),
            );
        }
        date
    }

    pub fn url(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let url = self.string(path, value)?;
        if is_allowed_url(&url) {
            Some(url)
        } else {
            self.error(start(value), path, format!("`{url}` is not a link the portal shows: use a full address starting with https://, http:// or mailto:"));
            None
        }
    }

    pub fn path(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let file = self.string(path, value)?;
        if is_allowed_path(&file) {
            Some(file)
        } else {
            self.error(
                start(value),
                path,
                format!("`{file}` is not a file path under public/ (like images/logo.png)"),
            );
            None
        }
    }

    pub fn country(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let code = self.string(path, value)?;
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Some(code)
        } else {
            self.error(
                start(value),
                path,
                format!("`{code}` is not a two-letter country code in capitals, like KZ or KG"),
            );
            None
        }
    }

    pub fn language(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let code = self.string(path, value)?;
        if is_language(&code) {
            Some(code)
        } else {
            self.error(
                start(value),
                path,
                format!(
                    "`{code}` is not a two-letter language code in lower case, like kk, ru or en"
                ),
            );
            None
        }
    }

    /// A lower-case subject tag; capitals are lowered with a warning.
    pub fn tag(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let tag = self.string(path, value)?;
        let lower = tag.to_lowercase();
        if lower != tag {
            self.warn(
                start(value),
                path,
                format!("tags are lower case: `{tag}` is read as `{lower}`"),
            );
        }
        Some(lower)
    }

    pub fn keyword<K: Keyword>(&mut self, path: &str, value: &Value<'s>) -> Option<K> {
        let word = self.string(path, value)?;
        let keyword = K::parse(&word);
        if keyword.is_none() {
            let words: Vec<&str> = K::ALL.iter().map(|k| k.as_str()).collect();
            let hint = closest(&word, &words)
                .map(|w| format!("; did you mean `{w}`?"))
                .unwrap_or_default();
            self.error(
                start(value),
                path,
                format!("`{word}` is not one of: {}{hint}", words.join(", ")),
            );
        }
        keyword
    }

    pub fn boolean(&mut self, path: &str, value: &Value<'s>) -> Option<bool> {
        match value {
            Value::BooleanLit(b) => Some(b.value),
            _ => self.wrong_type(path, value, "true or false (without quotes)"),
        }
    }

    pub fn number(&mut self, path: &str, value: &Value<'s>) -> Option<f64> {
        match value {
            Value::NumberLit(n) => n.value.parse().ok(),
            _ => self.wrong_type(path, value, "a number (without quotes)"),
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
            self.error(
                start(value),
                path,
                format!("must be a whole number from {min} to {max}"),
            );
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
            self.warn(start(value), path, format!("partner `{id}` has an error in partners.json and is not shown until it is fixed"));
            return Some(id);
        }
        let ids: Vec<&str> = known.shown.iter().map(String::as_str).collect();
        let hint = closest(&id, &ids)
            .map(|k| format!("; did you mean `{k}`?"))
            .unwrap_or_default();
        self.error(start(value), path, format!("unknown partner `{id}`{hint}"));
        None
    }

    /// A subject field's code (`law`), checked against the site file's fields.
    pub fn field_code(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let code = self.tag(path, value)?;
        let known = self.site.map(|s| s.fields.as_slice()).unwrap_or_default();
        self.known_code(path, value, &code, known, "field");
        Some(code)
    }

    /// A network's code (`sco-university`), checked against the site file's networks.
    pub fn network_code(&mut self, path: &str, value: &Value<'s>) -> Option<String> {
        let code = self.string(path, value)?;
        let known = self.site.map(|s| s.networks.as_slice()).unwrap_or_default();
        self.known_code(path, value, &code, known, "network");
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
        what: &str,
    ) {
        if known.is_empty() || known.iter().any(|t| t.id == code) {
            return;
        }
        let codes: Vec<&str> = known.iter().map(|t| t.id.as_str()).collect();
        let hint = closest(code, &codes)
            .map(|k| format!("; did you mean `{k}`?"))
            .unwrap_or_default();
        self.warn(
            start(value),
            path,
            format!("`{code}` is not a {what} of site.json, so it has no label{hint}"),
        );
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
        let hint = closest(&id, &members)
            .map(|k| format!("; did you mean `{k}`?"))
            .unwrap_or_default();
        self.error(
            start(value),
            path,
            format!("`{id}` is not a member of the network (site.json's members){hint}"),
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
            return self.wrong_type(path, value, "a list [ ... ]");
        };
        if non_empty && array.elements.is_empty() {
            self.error(array.range.start, path, "needs at least one entry".into());
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
        known: &[&str],
    ) -> Option<Fields<'o, 's>> {
        match value {
            Value::Object(object) => Some(self.fields(object, format!("{path}."), known)),
            _ => self.wrong_type(path, value, "an object { ... }"),
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
    let lower: String = text
        .to_lowercase()
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

/// The known word nearest to a misspelt one, if it is near enough to be a likely typo.
pub fn closest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(distance, k)| *distance <= 2.max(k.len() / 4) && *distance < k.len())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
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
    }
}
