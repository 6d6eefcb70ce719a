//! A content file open in the editor: its JSON as a tree the forms change, written back in the
//! stable form. Nothing of a file is dropped: unknown fields and items with errors stay, and a
//! file that is not valid JSON stays text until it parses.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;

use super::content::ContentFile;
use super::fields::{Field, Kind};
use super::json::{Json, PathStep};
use super::lang::Lang;
use super::lower_case::lower_case;
use super::problem::Problem;
use super::search::translit::spell;
use super::source::Source;
use super::stable_json;

/// The content file a chosen file stands for: `partners.json`, and also `partners (1).json`,
/// the name a browser gives a second download.
pub fn content_file(name: &str) -> Option<ContentFile> {
    let stem = name.strip_suffix(".json")?;
    let stem = match stem.rfind(" (") {
        Some(at)
            if stem.ends_with(')')
                && stem[at + 2..stem.len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_digit()) =>
        {
            &stem[..at]
        }
        _ => stem,
    };
    ContentFile::from_name(&format!("{}.json", stem.trim_end()))
}

/// A file as the editor holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Document {
    /// Valid JSON: the file's top level (for item files, with `items`).
    Tree(Json),
    /// Not valid JSON: the text as it is, and where it stops being JSON.
    Broken { text: String, problem: Problem },
}

impl Document {
    pub fn open(file: ContentFile, text: &str) -> Document {
        match Source::new(file.name(), text).parse() {
            Ok(root) => Document::Tree(Json::from_ast(&root)),
            Err(problem) => Document::Broken {
                text: text.to_string(),
                problem,
            },
        }
    }

    /// The file's text: the stable form of the tree, or a broken file's text as it is.
    pub fn text(&self, file: ContentFile) -> String {
        match self {
            Document::Tree(root) => {
                let mut compact = String::new();
                root.write(&mut compact);
                stable_json::format(file, &compact).unwrap_or(compact)
            }
            Document::Broken { text, .. } => text.clone(),
        }
    }
}

/// The items of an item file's tree (none when `items` is not a list).
pub fn items(root: &Json) -> &[Json] {
    match root.get("items") {
        Some(Json::Array(items)) => items,
        _ => &[],
    }
}

/// The items of an item file's tree, to change; a tree without a list of items gets one.
pub fn items_mut(root: &mut Json) -> &mut Vec<Json> {
    if !matches!(root.get("items"), Some(Json::Array(_))) {
        root.set("items", Some(Json::Array(Vec::new())));
    }
    match root {
        Json::Object(fields) => match fields.iter_mut().find(|(n, _)| n == "items") {
            Some((_, Json::Array(items))) => items,
            _ => unreachable!("set above"),
        },
        _ => unreachable!("set makes an object"),
    }
}

/// Moves the item at `from` to `to` (both within the list).
pub fn move_item(items: &mut [Json], from: usize, to: usize) {
    if from < items.len() && to < items.len() {
        if from < to {
            items[from..=to].rotate_left(1);
        } else {
            items[to..=from].rotate_right(1);
        }
    }
}

/// A new item: its required fields, empty, for the form to fill; `id` as given.
pub fn new_item(fields: &[Field], id: &str) -> Json {
    let mut item = Json::Object(Vec::new());
    for field in fields.iter().filter(|f| f.required) {
        let value = match field.kind {
            Kind::Id => Json::String(id.to_string()),
            // No translation yet: the reader asks for one, and the form for all three.
            Kind::Text | Kind::RichText => Json::Object(Vec::new()),
            Kind::Bool => Json::Bool(false),
            Kind::List { .. } => Json::Array(Vec::new()),
            Kind::Object(inner) => new_item(inner, id),
            _ => Json::String(String::new()),
        };
        item.set(field.name, Some(value));
    }
    item
}

/// The lines (from 1, inclusive) each item of an item file's stable text takes: a problem's line
/// tells which item it belongs to, whatever its id.
pub fn item_lines(file: ContentFile, text: &str) -> Vec<(usize, usize)> {
    let source = Source::new(file.name(), text);
    let Ok(Value::Object(root)) = source.parse() else {
        return Vec::new();
    };
    let Some(Value::Array(items)) = root.get("items").map(|p| &p.value) else {
        return Vec::new();
    };
    items
        .elements
        .iter()
        .map(|item| {
            let range = item.range();
            (source.position(range.start).0, source.position(range.end).0)
        })
        .collect()
}

/// The item a problem at `line` belongs to.
pub fn item_at(lines: &[(usize, usize)], line: usize) -> Option<usize> {
    lines
        .iter()
        .position(|(first, last)| (*first..=*last).contains(&line))
}

/// Each translated text of `item` that lacks a language, with the languages it lacks. A text
/// written once for every language lacks none; an optional text left out is not asked for.
pub fn missing_translations(item: &Json, fields: &[Field]) -> Vec<(Vec<PathStep>, Vec<Lang>)> {
    let mut found = Vec::new();
    collect_missing(item, fields, &mut Vec::new(), &mut found);
    found
}

fn collect_missing(
    object: &Json,
    fields: &[Field],
    path: &mut Vec<PathStep>,
    found: &mut Vec<(Vec<PathStep>, Vec<Lang>)>,
) {
    for field in fields {
        let Some(value) = object.get(field.name) else {
            continue;
        };
        path.push(PathStep::Field(field.name.to_string()));
        match (field.kind, value) {
            (kind, Json::Object(_)) if kind.is_translated() => {
                let missing: Vec<Lang> = Lang::ALL
                    .into_iter()
                    .filter(|l| {
                        value
                            .get(l.code())
                            .and_then(Json::as_str)
                            .is_none_or(|t| t.trim().is_empty())
                    })
                    .collect();
                if !missing.is_empty() {
                    found.push((path.clone(), missing));
                }
            }
            (Kind::Object(inner), _) => collect_missing(value, inner, path, found),
            (
                Kind::List {
                    of: Kind::Object(inner),
                    ..
                },
                Json::Array(elements),
            ) => {
                for (i, element) in elements.iter().enumerate() {
                    path.push(PathStep::Index(i));
                    collect_missing(element, inner, path, found);
                    path.pop();
                }
            }
            _ => {}
        }
        path.pop();
    }
}

/// How an item is named in lists and messages: its title (or name, or label) in `lang`, falling
/// back as the portal does, else its id.
pub fn item_title(item: &Json, lang: Lang) -> Option<String> {
    let text = ["title", "name", "label"]
        .iter()
        .find_map(|name| item.get(name))
        .and_then(|text| text_in(text, lang));
    text.or_else(|| item.get("id").and_then(Json::as_str).map(str::to_string))
        .filter(|t| !t.trim().is_empty())
}

/// A translated text in `lang`, else in the next language of the reader's fallback order.
pub fn text_in(text: &Json, lang: Lang) -> Option<String> {
    match text {
        Json::String(s) => Some(s.clone()),
        Json::Object(_) => std::iter::once(lang)
            .chain(lang.fallback())
            .find_map(|l| {
                text.get(l.code())
                    .and_then(Json::as_str)
                    .filter(|t| !t.trim().is_empty())
            })
            .map(str::to_string),
        _ => None,
    }
}

/// An id for a new item from its title: the English title, else the Russian, else the Kazakh,
/// in Latin letters, made unique among `taken` with a number.
pub fn suggest_id(title: &Json, taken: &[&str]) -> String {
    let words = text_in(title, Lang::En).unwrap_or_default();
    let mut slug = String::new();
    for word in lower_case(&words).split(|c: char| !c.is_alphanumeric()) {
        // Latin words as they are; Cyrillic ones in Latin letters.
        let spelled = if word.is_ascii() {
            word.to_string()
        } else {
            spell(word)
        };
        let latin: String = spelled
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        if latin.is_empty() || slug.len() + latin.len() > 40 {
            continue;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&latin);
    }
    if slug.is_empty() {
        slug.push_str("item");
    }
    let mut id = slug.clone();
    let mut n = 2;
    while taken.contains(&id.as_str()) {
        id = format!("{slug}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fields::{INTERNSHIP, PARTNER};
    use crate::domain::json::path_steps;

    const FILE: &str = r#"{
  "updated": "2026-11-20",
  "items": [
    {"id": "a", "title": {"ru": "Юрист", "kk": ""}, "zzz": [1, 2]},
    {"id": "b", "title": "Same"}
  ]
}"#;

    fn tree() -> Json {
        match Document::open(ContentFile::Internships, FILE) {
            Document::Tree(root) => root,
            broken => panic!("{broken:?}"),
        }
    }

    #[test]
    fn writes_the_stable_form_and_keeps_unknown_fields() {
        let text = Document::Tree(tree()).text(ContentFile::Internships);
        assert!(
            text.contains("\"zzz\": [\n        1,\n        2\n      ]"),
            "{text}"
        );
        assert_eq!(
            stable_json::format(ContentFile::Internships, &text).unwrap(),
            text
        );
    }

    #[test]
    fn a_broken_file_stays_as_written() {
        let text = "{\"items\": [\n  {\"id\": \"a\",}\n]}";
        match Document::open(ContentFile::News, text) {
            Document::Broken {
                text: kept,
                problem,
            } => {
                assert_eq!(kept, text);
                assert_eq!(problem.line, 2);
            }
            tree => panic!("{tree:?}"),
        }
    }

    #[test]
    fn items_move_and_lines_place_problems() {
        let mut root = tree();
        move_item(items_mut(&mut root), 1, 0);
        assert_eq!(items(&root)[0].get("id").and_then(Json::as_str), Some("b"));
        let text = Document::Tree(root).text(ContentFile::Internships);
        let lines = item_lines(ContentFile::Internships, &text);
        assert_eq!(lines.len(), 2);
        assert_eq!(item_at(&lines, lines[1].0 + 1), Some(1));
        assert_eq!(item_at(&lines, 1), None);
    }

    #[test]
    fn missing_translations_are_listed_per_text() {
        let root = tree();
        let missing = missing_translations(&items(&root)[0], &INTERNSHIP);
        assert_eq!(
            missing,
            vec![(path_steps("title"), vec![Lang::Kk, Lang::En])]
        );
        assert!(missing_translations(&items(&root)[1], &INTERNSHIP).is_empty());
        let partner = Json::Object(vec![(
            "agreements".into(),
            Json::Array(vec![Json::Object(vec![(
                "title".into(),
                Json::Object(vec![("en".into(), Json::String("MoU".into()))]),
            )])]),
        )]);
        assert_eq!(
            missing_translations(&partner, &PARTNER)[0].0,
            path_steps("agreements[0].title")
        );
    }

    #[test]
    fn titles_fall_back_and_ids_are_suggested_in_latin() {
        let root = tree();
        assert_eq!(
            item_title(&items(&root)[0], Lang::Kk).as_deref(),
            Some("Юрист")
        );
        let title = Json::Object(vec![(
            "ru".into(),
            Json::String("Стажировка юриста".into()),
        )]);
        let id = suggest_id(&title, &[]);
        assert!(id.starts_with("stazhirovka-"), "{id}");
        assert!(crate::domain::reader::is_id(&id));
        assert_eq!(suggest_id(&title, &[id.as_str()]), format!("{id}-2"));
        assert_eq!(suggest_id(&Json::String("!!".into()), &[]), "item");
        let english = Json::Object(vec![("en".into(), Json::String("Law clinic, 2027".into()))]);
        assert_eq!(suggest_id(&english, &[]), "law-clinic-2027");
    }

    #[test]
    fn a_second_download_counts_as_the_file() {
        assert_eq!(
            content_file("partners (1).json"),
            Some(ContentFile::Partners)
        );
        assert_eq!(content_file("news.json"), Some(ContentFile::News));
        assert_eq!(content_file("news (x).json"), None);
        assert_eq!(content_file("notes.txt"), None);
    }

    #[test]
    fn a_new_item_has_its_required_fields() {
        let item = new_item(&INTERNSHIP, "new-1");
        assert_eq!(item.get("id").and_then(Json::as_str), Some("new-1"));
        assert_eq!(item.get("paid"), Some(&Json::Bool(false)));
        assert!(item.get("starts").is_none());
    }
}
