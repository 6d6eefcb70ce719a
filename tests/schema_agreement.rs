//! The JSON Schema files in public/schema and the Rust reader in src/domain must say the same thing
//! about the same file: an editor who gets no complaint from the schema in their editor must not
//! find the item left out of the site, and the other way round.
//!
//! Samples live in tests/samples/<file>/, each a whole file `{ "items": [ ... ] }` that stands for
//! <file>.json, named by what the test expects of it:
//!
//! - `good-*`: the schema accepts it and Rust shows every item (warnings allowed);
//! - `bad-*`: the schema rejects it and Rust leaves the item out with an error;
//! - `rust-only-*`: mistakes that need more than one value, item or file (an unknown partner id,
//!   a duplicate id, a date before another): a JSON Schema cannot see them, so the schema accepts
//!   and Rust rejects. References are checked against tests/samples/base/partners.json;
//! - `schema-only-*`: the known places where Rust is more lenient than the schema and shows the
//!   item (it trims spaces around values, treats `null` as a missing optional field, and only
//!   warns about a bad top-level `updated`). They are pinned here so that a change on either side
//!   is noticed.
//!
//! A good or bad sample on which the two disagree fails the test with the sample's name.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use jsonschema::{Draft, Retrieve, Uri, Validator};
use partnership_portal::domain::content::{read_file, Item};
use partnership_portal::domain::reader::KnownPartners;
use partnership_portal::domain::site_file::read_site;
use partnership_portal::domain::{Internship, Lang, NewsItem, Partner, Problem, Program, Severity};
use partnership_portal::i18n::problems;
use serde_json::Value;

/// The content files, by the name of their schema and sample folder.
const FILES: [&str; 5] = ["site", "partners", "internships", "programs", "news"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", relative(path)))
}

/// Resolves the schemas' relative `$ref`s (`common.schema.json#/$defs/...`) to the files in
/// public/schema. Nothing else is fetched: no network, no other folder.
struct SchemaFolder(PathBuf);

impl Retrieve for SchemaFolder {
    fn retrieve(
        &self,
        uri: &Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.path().as_str().rsplit('/').next().unwrap_or_default();
        if !name.ends_with(".schema.json") {
            return Err(format!(
                "{uri} is not one of the project's schema files; nothing is fetched"
            )
            .into());
        }
        let text =
            fs::read_to_string(self.0.join(name)).map_err(|error| format!("{uri}: {error}"))?;
        Ok(serde_json::from_str(&text)?)
    }
}

/// The schema of `<file>.json`, public/schema/<file>.schema.json, compiled twice: as draft 2020-12
/// validators and most editors use it, with `format` only a note, and with `format` checked too.
/// The patterns must carry every rule on their own, so the two must give the same verdict.
struct Schema {
    annotating: Validator,
    asserting: Validator,
}

fn schema(file: &str) -> Schema {
    let folder = root().join("public/schema");
    let path = folder.join(format!("{file}.schema.json"));
    let schema: Value = serde_json::from_str(&read(&path))
        .unwrap_or_else(|error| panic!("{}: {error}", relative(&path)));
    let build = |formats: bool| {
        jsonschema::options()
            .with_draft(Draft::Draft202012)
            .with_retriever(SchemaFolder(folder.clone()))
            .should_validate_formats(formats)
            .build(&schema)
            .unwrap_or_else(|error| panic!("{} does not compile: {error}", relative(&path)))
    };
    Schema {
        annotating: build(false),
        asserting: build(true),
    }
}

/// What the schema says of a file.
struct SchemaVerdict {
    valid: bool,
    /// Its complaints, with `format` checked.
    errors: Vec<String>,
    /// The verdict changes when `format` is only a note: a pattern lacks a rule that only `format`
    /// has, so editors' tools (which do not check `format`) would miss the mistake.
    needs_format: bool,
}

fn schema_verdict(schema: &Schema, text: &str) -> SchemaVerdict {
    let instance: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            return SchemaVerdict {
                valid: false,
                errors: vec![format!("not JSON: {error}")],
                needs_format: false,
            }
        }
    };
    let errors: Vec<String> = schema
        .asserting
        .iter_errors(&instance)
        .map(|error| format!("at `{}`: {error}", error.instance_path()))
        .collect();
    let valid = errors.is_empty();
    SchemaVerdict {
        valid,
        errors,
        needs_format: schema.annotating.is_valid(&instance) != valid,
    }
}

/// What the Rust reader says of a file.
struct RustVerdict {
    /// Every item is shown and no problem is an error.
    accepted: bool,
    /// Its problems, errors and warnings, as the editors' check prints them.
    problems: Vec<String>,
    warnings: usize,
}

impl RustVerdict {
    /// `read_all` says whether everything written was read; any error rejects the file too.
    fn of(read_all: bool, problems: &[Problem]) -> RustVerdict {
        let errors = problems.iter().any(|p| p.severity == Severity::Error);
        RustVerdict {
            accepted: !errors && read_all,
            problems: problems
                .iter()
                .map(|p| problems::line(p, Lang::En))
                .collect(),
            warnings: problems
                .iter()
                .filter(|p| p.severity == Severity::Warning)
                .count(),
        }
    }
}

fn rust_read<T: Item>(text: &str, partners: Option<&KnownPartners>) -> RustVerdict {
    let section = read_file::<T>(text, partners, None);
    let written = serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|v| v.get("items").and_then(Value::as_array).map(Vec::len));
    let shown = section.items.as_ref().ok().map(Vec::len);
    RustVerdict::of(shown.is_some() && shown == written, &section.problems)
}

/// The site file is not a list of items: it is accepted when it has no error.
fn rust_read_site(text: &str) -> RustVerdict {
    let section = read_site(text);
    RustVerdict::of(section.site.is_ok(), &section.problems)
}

fn rust_verdict(file: &str, text: &str, partners: Option<&KnownPartners>) -> RustVerdict {
    match file {
        "site" => rust_read_site(text),
        "partners" => rust_read::<Partner>(text, partners),
        "internships" => rust_read::<Internship>(text, partners),
        "programs" => rust_read::<Program>(text, partners),
        "news" => rust_read::<NewsItem>(text, partners),
        other => panic!("no content file is called {other}.json"),
    }
}

/// The partners that references in the samples resolve against.
fn known_partners(text: &str) -> KnownPartners {
    let section = read_file::<Partner>(text, None, None);
    let shown = section
        .items
        .expect("the partners file is readable")
        .into_iter()
        .map(|p| p.id)
        .collect();
    KnownPartners {
        shown,
        left_out: section.ids.left_out.into_iter().collect(),
    }
}

fn base_partners() -> KnownPartners {
    known_partners(&read(&root().join("tests/samples/base/partners.json")))
}

/// The samples of one file whose name starts with `kind` and a hyphen, in name order.
fn samples(file: &str, kind: &str) -> Vec<PathBuf> {
    let folder = root().join("tests/samples").join(file);
    let mut paths: Vec<PathBuf> = fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", relative(&folder)))
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{kind}-")))
        })
        .collect();
    paths.sort();
    paths
}

fn describe(out: &mut String, schema: &SchemaVerdict, rust: &RustVerdict) {
    let _ = write!(
        out,
        "\n    schema: {}",
        if schema.valid { "valid" } else { "invalid" }
    );
    if schema.needs_format {
        out.push_str(" only when `format` is checked: the patterns alone say otherwise");
    }
    for error in &schema.errors {
        let _ = write!(out, "\n      {error}");
    }
    let _ = write!(
        out,
        "\n    rust: {}",
        if rust.accepted {
            "accepted"
        } else {
            "rejected"
        }
    );
    for problem in &rust.problems {
        let _ = write!(out, "\n      {problem}");
    }
}

fn fail_if_any(failures: Vec<String>, what: &str) {
    assert!(
        failures.is_empty(),
        "{} sample(s) {what}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn schema_and_rust_agree_on_good_and_bad_samples() {
    let partners = base_partners();
    let mut failures = Vec::new();
    let mut checked = 0;
    for file in FILES {
        let rules = schema(file);
        for (kind, expected) in [("good", true), ("bad", false)] {
            for path in samples(file, kind) {
                checked += 1;
                let text = read(&path);
                let schema = schema_verdict(&rules, &text);
                // References unchecked, as when partners.json is unusable: no schema can check them.
                // A good sample is read again below against the base partners.
                let rust = rust_verdict(file, &text, None);
                let problem = if schema.needs_format {
                    Some("the schema's verdict depends on whether `format` is checked".into())
                } else if schema.valid != rust.accepted {
                    Some(format!(
                        "DISAGREE: the schema {} it, Rust {} it",
                        if schema.valid { "accepts" } else { "rejects" },
                        if rust.accepted { "accepts" } else { "rejects" }
                    ))
                } else if rust.accepted != expected {
                    Some(format!(
                        "both {} it, but it is named `{kind}-`",
                        if expected { "reject" } else { "accept" }
                    ))
                } else if expected && !rust_verdict(file, &text, Some(&partners)).accepted {
                    Some("a good sample must only refer to partners in tests/samples/base/partners.json".into())
                } else if path.to_string_lossy().contains("unknown-field") && rust.warnings == 0 {
                    Some(
                        "an unknown field should be accepted with a warning, and Rust gave none"
                            .into(),
                    )
                } else {
                    None
                };
                if let Some(problem) = problem {
                    let mut message = format!("  {}: {problem}", relative(&path));
                    describe(&mut message, &schema, &rust);
                    failures.push(message);
                }
            }
        }
    }
    println!(
        "{checked} good and bad samples checked, {} not as expected",
        failures.len()
    );
    fail_if_any(
        failures,
        "where the schema and the Rust reader do not agree as expected",
    );
}

#[test]
fn rust_only_mistakes_pass_the_schema_and_fail_in_rust() {
    let partners = base_partners();
    let mut failures = Vec::new();
    for file in FILES {
        let rules = schema(file);
        for path in samples(file, "rust-only") {
            let text = read(&path);
            let schema = schema_verdict(&rules, &text);
            let rust = rust_verdict(file, &text, Some(&partners));
            if !schema.valid || schema.needs_format || rust.accepted {
                let mut message = format!(
                    "  {}: expected the schema to accept it and Rust to reject it",
                    relative(&path)
                );
                describe(&mut message, &schema, &rust);
                failures.push(message);
            }
        }
    }
    fail_if_any(failures, "marked rust-only that are not");
}

#[test]
fn schema_only_samples_are_the_known_leniencies_of_rust() {
    let mut failures = Vec::new();
    for file in FILES {
        let rules = schema(file);
        for path in samples(file, "schema-only") {
            let text = read(&path);
            let schema = schema_verdict(&rules, &text);
            let rust = rust_verdict(file, &text, None);
            if schema.valid || schema.needs_format || !rust.accepted {
                let mut message = format!(
                    "  {}: expected the schema to reject it and Rust to accept it",
                    relative(&path)
                );
                describe(&mut message, &schema, &rust);
                failures.push(message);
            }
        }
    }
    fail_if_any(failures, "marked schema-only that are not");
}

#[test]
fn every_file_has_enough_samples_and_every_sample_a_known_kind() {
    let mut failures = Vec::new();
    for file in FILES {
        let (good, bad) = (samples(file, "good").len(), samples(file, "bad").len());
        if good < 4 || bad < 10 {
            failures.push(format!(
                "  tests/samples/{file}: {good} good and {bad} bad samples; want at least 4 and 10"
            ));
        }
        let folder = root().join("tests/samples").join(file);
        for entry in fs::read_dir(&folder).expect("a sample folder") {
            let name = entry
                .expect("a readable folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            let known = ["good-", "bad-", "rust-only-", "schema-only-"]
                .iter()
                .any(|kind| name.starts_with(kind));
            if !known || !name.ends_with(".json") {
                failures.push(format!("  tests/samples/{file}/{name}: not named good-, bad-, rust-only- or schema-only- *.json"));
            }
        }
    }
    fail_if_any(failures, "missing or misnamed");
}

#[test]
fn base_partners_are_valid_for_both() {
    let path = root().join("tests/samples/base/partners.json");
    let text = read(&path);
    let schema = schema_verdict(&schema("partners"), &text);
    let rust = rust_verdict("partners", &text, None);
    if !schema.valid || schema.needs_format || !rust.accepted || rust.warnings > 0 {
        let mut message = format!("{} should be valid, without warnings", relative(&path));
        describe(&mut message, &schema, &rust);
        panic!("{message}");
    }
}

#[test]
fn bundled_data_files_are_schema_valid() {
    let data = root().join("public/data");
    let partners = known_partners(&read(&data.join("partners.json")));
    let mut failures = Vec::new();
    for file in FILES {
        let path = data.join(format!("{file}.json"));
        let text = read(&path);
        let declared = serde_json::from_str::<Value>(&text)
            .ok()
            .and_then(|v| v.get("$schema").and_then(Value::as_str).map(str::to_string));
        let wanted = format!("../schema/{file}.schema.json");
        if declared.as_deref() != Some(wanted.as_str()) {
            failures.push(format!(
                "  {}: \"$schema\" is {declared:?}, want \"{wanted}\"",
                relative(&path)
            ));
        }
        let schema = schema_verdict(&schema(file), &text);
        let rust = rust_verdict(file, &text, Some(&partners));
        if !schema.valid || schema.needs_format || !rust.accepted {
            let mut message = format!(
                "  {}: should be valid for the schema and for Rust",
                relative(&path)
            );
            describe(&mut message, &schema, &rust);
            failures.push(message);
        }
    }
    fail_if_any(failures, "of the bundled content are not valid");
}
