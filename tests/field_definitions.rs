//! The field definitions (`domain/fields.rs`) are the content model the editor's forms are drawn
//! from; the JSON Schema in public/schema must describe the same fields, with the same required
//! ones and the same kinds, so that neither drifts from the other.

use std::fs;
use std::path::PathBuf;

use partnership_portal::domain::fields::{Field, Kind};
use partnership_portal::domain::site_file::SiteFile;
use partnership_portal::domain::ContentFile;
use serde_json::Value;

fn schema(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("public/schema/{name}"));
    serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap()
}

/// `value` with its `$ref` followed (into common.schema.json or the file's own `$defs`).
fn resolved(value: &Value, own: &Value, common: &Value) -> Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let (file, pointer) = reference.split_once('#').unwrap();
            let root = if file.is_empty() { own } else { common };
            let mut target = root.pointer(pointer).unwrap().clone();
            if let (Value::Object(target), Value::Object(here)) = (&mut target, value) {
                for (k, v) in here.iter().filter(|(k, _)| *k != "$ref") {
                    target.insert(k.clone(), v.clone());
                }
            }
            resolved(&target, own, common)
        }
        None => value.clone(),
    }
}

/// The name of the definition a property refers to (`common.schema.json#/$defs/date` is `date`).
fn definition(value: &Value) -> Option<&str> {
    value.get("$ref")?.as_str()?.rsplit('/').next()
}

fn check_object(place: &str, fields: &[Field], object: &Value, own: &Value, common: &Value) {
    let object = resolved(object, own, common);
    let properties = object["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("{place}: no properties"));
    let mut names: Vec<&str> = properties
        .keys()
        .map(String::as_str)
        .filter(|n| !["$schema", "updated"].contains(n))
        .collect();
    let mut defined: Vec<&str> = fields.iter().map(|f| f.name).collect();
    names.sort();
    defined.sort();
    assert_eq!(
        names, defined,
        "{place}: the schema's fields and the definitions' differ"
    );
    let mut required: Vec<&str> = object["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut defined_required: Vec<&str> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name)
        .collect();
    required.sort();
    defined_required.sort();
    assert_eq!(
        required, defined_required,
        "{place}: required fields differ"
    );
    for field in fields {
        check_kind(
            &format!("{place}.{}", field.name),
            field.kind,
            &properties[field.name],
            own,
            common,
        );
    }
}

fn check_kind(place: &str, kind: Kind, property: &Value, own: &Value, common: &Value) {
    let wanted_definition = match kind {
        Kind::Id => Some("id"),
        Kind::Text => Some("text"),
        Kind::RichText => Some("richText"),
        Kind::Url => Some("url"),
        Kind::Path => Some("path"),
        Kind::Date => Some("date"),
        Kind::Country => Some("country"),
        Kind::Language => Some("language"),
        Kind::Partner => Some("partnerRef"),
        Kind::SubjectField => Some("field"),
        Kind::Tag => Some("tag"),
        Kind::Location => Some("location"),
        _ => None,
    };
    if let Some(wanted) = wanted_definition {
        assert_eq!(
            definition(property),
            Some(wanted),
            "{place}: the schema describes another kind"
        );
        return;
    }
    let resolved_property = resolved(property, own, common);
    let schema_type = resolved_property.get("type").and_then(Value::as_str);
    match kind {
        Kind::Plain | Kind::Network => assert_eq!(schema_type, Some("string"), "{place}"),
        Kind::Bool => assert_eq!(schema_type, Some("boolean"), "{place}"),
        Kind::Whole { min, max } => {
            assert_eq!(schema_type, Some("integer"), "{place}");
            assert_eq!(
                resolved_property["minimum"].as_u64(),
                Some(u64::from(min)),
                "{place}: minimum"
            );
            if max != u32::MAX {
                assert_eq!(
                    resolved_property["maximum"].as_u64(),
                    Some(u64::from(max)),
                    "{place}: maximum"
                );
            }
        }
        Kind::Choice(words) => {
            let listed: Vec<&str> = resolved_property["enum"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .collect();
            assert_eq!(listed, words, "{place}: the choices differ");
        }
        Kind::List { of, at_least_one } => {
            assert_eq!(schema_type, Some("array"), "{place}");
            assert_eq!(
                resolved_property
                    .get("minItems")
                    .and_then(Value::as_u64)
                    .unwrap_or(0)
                    >= 1,
                at_least_one,
                "{place}: at least one"
            );
            check_kind(
                &format!("{place}[]"),
                *of,
                &resolved_property["items"],
                own,
                common,
            );
        }
        Kind::Object(fields) => check_object(place, fields, property, own, common),
        _ => unreachable!("{place}: handled above"),
    }
}

#[test]
fn the_schema_describes_the_fields_the_editor_and_reader_use() {
    let common = schema("common.schema.json");
    for file in ContentFile::ALL {
        let name = file.name().trim_end_matches(".json");
        let own = schema(&format!("{name}.schema.json"));
        let place = file.name();
        if file.has_items() {
            check_object(
                place,
                file.fields(),
                &own["properties"]["items"]["items"],
                &own,
                &common,
            );
        } else {
            check_object(place, file.fields(), &own, &own, &common);
        }
    }
}

#[test]
fn the_site_files_top_level_is_the_definitions_and_the_file_marks() {
    let mut names = vec!["$schema", "updated"];
    names.extend(ContentFile::Site.fields().iter().map(|f| f.name));
    assert_eq!(SiteFile::FIELDS, names.as_slice());
}
