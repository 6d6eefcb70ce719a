//! Writes a content file back in one stable form, so that version-control diffs show only real
//! changes: the contract's key order, two-space indent, UTF-8 with Cyrillic as it is, a trailing
//! newline. Everything in the file is kept, unknown fields and invalid items too: reformatting
//! never loses an editor's work.

use jsonc_parser::ast::{Object, Value};

use super::content::ContentFile;
use super::internship::Internship;
use super::news_item::NewsItem;
use super::partner::{Agreement, Partner};
use super::problem::Problem;
use super::program::Program;
use super::site_file::SiteFile;
use super::sorting::positions_by;
use super::source::Source;

/// Where an object sits, which decides its key order.
#[derive(Clone, Copy)]
enum Place {
    Root,
    Item,
    Agreement,
    Location,
    Other,
}

const ROOT_KEYS: &[&str] = &["$schema", "updated", "items"];
const AGREEMENT_KEYS: &[&str] = Agreement::FIELDS;
const LOCATION_KEYS: &[&str] = &["lat", "lon"];
/// Translations, in the order the portal's languages are listed.
const TEXT_KEYS: &[&str] = &["kk", "ru", "en"];

/// The file's text in stable form, or where it is not valid JSON.
pub fn format(file: ContentFile, text: &str) -> Result<String, Problem> {
    let source = Source::new(file.name(), text);
    let root = source.parse()?;
    let item_keys = match file {
        ContentFile::Site => SiteFile::TERM_FIELDS,
        ContentFile::Partners => Partner::FIELDS,
        ContentFile::Internships => Internship::FIELDS,
        ContentFile::Programs => Program::FIELDS,
        ContentFile::News => NewsItem::FIELDS,
    };
    let mut out = String::with_capacity(text.len());
    let root_keys = match file {
        ContentFile::Site => SiteFile::FIELDS,
        _ => ROOT_KEYS,
    };
    let keys = Keys {
        root: root_keys,
        item: item_keys,
    };
    write_value(&root, Place::Root, &keys, 0, &mut out);
    out.push('\n');
    Ok(out)
}

/// The key orders of a file: of its top level, and of its items (the site file's vocabulary
/// entries).
struct Keys {
    root: &'static [&'static str],
    item: &'static [&'static str],
}

fn write_value(value: &Value, place: Place, keys: &Keys, depth: usize, out: &mut String) {
    match value {
        Value::Object(object) => write_object(object, place, keys, depth, out),
        Value::Array(array) => {
            if array.elements.is_empty() {
                out.push_str("[]");
                return;
            }
            // One element a line, as JSON.stringify(value, null, 2) and most editors write it.
            out.push('[');
            for (i, element) in array.elements.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(depth + 1, out);
                let inner = match place {
                    Place::Root => Place::Item,
                    Place::Item => Place::Agreement,
                    _ => Place::Other,
                };
                write_value(element, inner, keys, depth + 1, out);
            }
            newline(depth, out);
            out.push(']');
        }
        Value::StringLit(s) => write_string(&s.value, out),
        Value::NumberLit(n) => out.push_str(n.value),
        Value::BooleanLit(b) => out.push_str(if b.value { "true" } else { "false" }),
        Value::NullKeyword(_) => out.push_str("null"),
    }
}

fn write_object(object: &Object, place: Place, keys: &Keys, depth: usize, out: &mut String) {
    if object.properties.is_empty() {
        out.push_str("{}");
        return;
    }
    let names: Vec<&str> = object.properties.iter().map(|p| p.name.as_str()).collect();
    let known: &[&str] = match place {
        Place::Root => keys.root,
        Place::Item => keys.item,
        Place::Agreement if names.iter().any(|n| AGREEMENT_KEYS.contains(n)) => AGREEMENT_KEYS,
        Place::Location | Place::Agreement | Place::Other
            if names.iter().all(|n| LOCATION_KEYS.contains(n)) =>
        {
            LOCATION_KEYS
        }
        _ => TEXT_KEYS,
    };
    // Known keys in the contract's order, then any others as they were written.
    let rank = |i: usize| {
        known
            .iter()
            .position(|k| *k == names[i])
            .unwrap_or(known.len())
    };
    let order = positions_by(names.len(), &|a, b| rank(a).cmp(&rank(b)));
    out.push('{');
    for (n, &i) in order.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        newline(depth + 1, out);
        let property = &object.properties[i];
        write_string(names[i], out);
        out.push_str(": ");
        let inner = match (place, names[i]) {
            (Place::Root, "items" | "fields" | "networks") => Place::Root,
            (Place::Item, "agreements") => Place::Item,
            (Place::Item, "location") => Place::Location,
            _ => Place::Other,
        };
        write_value(&property.value, inner, keys, depth + 1, out);
    }
    newline(depth, out);
    out.push('}');
}

fn newline(depth: usize, out: &mut String) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// JSON string escapes only where JSON requires them: Cyrillic and every other letter stay as is.
pub fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_keys_by_the_contract_and_keeps_unknown_ones() {
        let text = r#"{"items": [{"name": {"en": "KazNU", "kk": "ҚазҰУ"}, "zzz": 1, "id": "kaznu", "kind": "university",
            "agreements": [{"signed": "2023-01-01", "kind": "memorandum"}], "location": {"lon": 76.9, "lat": 43.2}}], "updated": "2026-11-20"}"#;
        let formatted = format(ContentFile::Partners, text).unwrap();
        assert_eq!(
            formatted,
            r#"{
  "updated": "2026-11-20",
  "items": [
    {
      "id": "kaznu",
      "name": {
        "kk": "ҚазҰУ",
        "en": "KazNU"
      },
      "kind": "university",
      "location": {
        "lat": 43.2,
        "lon": 76.9
      },
      "agreements": [
        {
          "kind": "memorandum",
          "signed": "2023-01-01"
        }
      ],
      "zzz": 1
    }
  ]
}
"#
        );
    }

    #[test]
    fn the_bundled_files_are_already_stable() {
        for file in ContentFile::ALL {
            let path = format!("{}/public/data/{}", env!("CARGO_MANIFEST_DIR"), file.name());
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(
                format(file, &text).unwrap(),
                text,
                "{path} is not in stable form"
            );
        }
    }

    #[test]
    fn formatting_is_idempotent_and_escapes_only_what_json_needs() {
        let text = "{\"items\":[{\"id\":\"a\",\"title\":\"Қазақ \\\"тіл\\\"\\n\\u0001\",\"fields\":[\"law\",\"x\"]}]}";
        let once = format(ContentFile::Internships, text).unwrap();
        assert!(
            once.contains(r#""title": "Қазақ \"тіл\"\n\u0001""#),
            "{once}"
        );
        assert!(
            once.contains("\"fields\": [\n        \"law\",\n        \"x\"\n      ]"),
            "{once}"
        );
        assert_eq!(format(ContentFile::Internships, &once).unwrap(), once);
    }

    #[test]
    fn invalid_json_is_reported_not_rewritten() {
        let problem = format(ContentFile::News, "{\"items\": [}").unwrap_err();
        assert_eq!(problem.file, "news.json");
    }
}
