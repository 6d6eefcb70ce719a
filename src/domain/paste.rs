//! Rows pasted from a spreadsheet (Excel, LibreOffice: tab-separated, a header row first) made
//! into items: each column is a field, or one language of a translated field.

use super::fields::{Field, Kind};
use super::json::Json;
use super::json_number::json_number;
use super::lang::Lang;
use super::lower_case::lower_case;

/// What a header cell names: a field, and for a translated text, one language of it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    pub field: &'static Field,
    pub lang: Option<Lang>,
}

/// The cells of tab-separated text, row by row. A cell in double quotes may hold tabs, line
/// breaks and doubled quotes, as spreadsheets write them.
pub fn cells(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                quoted = true;
                at_cell_start = false;
            }
            '\t' => {
                row.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_cell_start = true;
            }
            c => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows.retain(|row| row.iter().any(|c| !c.trim().is_empty()));
    rows
}

/// The items of the rows under the header, for the columns the header named (`None`: a column
/// no field has, left out). Empty cells leave their field out; the reader then says what is
/// missing.
pub fn items(rows: &[Vec<String>], columns: &[Option<Column>]) -> Vec<Json> {
    rows.iter()
        .map(|row| {
            let mut item = Json::Object(Vec::new());
            for (cell, column) in row.iter().zip(columns) {
                let (Some(column), cell) = (column, cell.trim()) else {
                    continue;
                };
                if cell.is_empty() {
                    continue;
                }
                let name = column.field.name;
                match (column.field.kind, column.lang) {
                    (kind, Some(lang)) if kind.is_translated() => {
                        let mut text = match item.get(name) {
                            Some(text @ Json::Object(_)) => text.clone(),
                            _ => Json::Object(Vec::new()),
                        };
                        text.set(lang.code(), Some(Json::String(cell.to_string())));
                        item.set(name, Some(text));
                    }
                    (kind, _) => item.set(name, Some(value(kind, cell))),
                }
            }
            item
        })
        .collect()
}

/// A cell's value for a field of `kind`: lists split at commas or semicolons, yes/no in the
/// portal's languages, numbers as numbers; anything else as written, for the reader to check.
fn value(kind: Kind, cell: &str) -> Json {
    match kind {
        Kind::Bool => match lower_case(cell).as_str() {
            "true" | "yes" | "y" | "1" | "+" | "да" | "иә" | "ия" => Json::Bool(true),
            "false" | "no" | "n" | "0" | "-" | "нет" | "жоқ" => Json::Bool(false),
            _ => Json::String(cell.to_string()),
        },
        Kind::Whole { .. } if cell.parse::<u64>().is_ok() => Json::Number(cell.to_string()),
        Kind::Location => {
            let parts: Vec<&str> = cell
                .split([',', ';', ' '])
                .filter(|p| !p.is_empty())
                .collect();
            match parts.as_slice() {
                [lat, lon] if json_number(lat).is_some() && json_number(lon).is_some() => {
                    Json::Object(vec![
                        ("lat".into(), Json::Number(lat.to_string())),
                        ("lon".into(), Json::Number(lon.to_string())),
                    ])
                }
                _ => Json::String(cell.to_string()),
            }
        }
        Kind::List { of, .. } => Json::Array(
            cell.split([',', ';'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| value(*of, p))
                .collect(),
        ),
        _ => Json::String(cell.to_string()),
    }
}

/// A header cell as a column: a field's name (`title`, `title.ru`, `title (ru)`) or one of the
/// names `label_of` gives it (its labels in each language, with a language's name in brackets).
pub fn column(
    header: &str,
    fields: &'static [Field],
    names_of: impl Fn(&'static Field) -> Vec<String>,
    lang_of: impl Fn(&str) -> Option<Lang>,
) -> Option<Column> {
    let header = lower_case(header.trim());
    let (base, lang) = match header.rsplit_once(['(', '.']) {
        Some((base, lang)) => match lang_of(lang.trim_end_matches(')').trim()) {
            Some(lang) => (base.trim().to_string(), Some(lang)),
            None => (header.clone(), None),
        },
        None => (header.clone(), None),
    };
    let field = fields.iter().find(|field| {
        field.name == base || names_of(field).iter().any(|name| lower_case(name) == base)
    })?;
    Some(Column { field, lang })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fields::PARTNER;

    fn lang_of(word: &str) -> Option<Lang> {
        Lang::from_code(word).or(match word {
            "russian" | "русский" => Some(Lang::Ru),
            _ => None,
        })
    }

    fn names_of(field: &'static Field) -> Vec<String> {
        match field.name {
            "name" => vec!["Название".into()],
            _ => Vec::new(),
        }
    }

    #[test]
    fn spreadsheet_rows_become_items() {
        let text = "id\tНазвание (русский)\tname.en\tkind\tcountry\tcity\tnetworks\tlocation\tnotes\n\
                    kbtu\tКБТУ\tKBTU\tuniversity\tKZ\tАлматы\tsco-university; erasmus\t43.2, 76.9\tx\n\
                    \"a\"\"b\"\t\"two\nlines\"\t\t\t\t\t\t\t\n";
        let rows = cells(text);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2][0], "a\"b");
        assert_eq!(rows[2][1], "two\nlines");
        let columns: Vec<Option<Column>> = rows[0]
            .iter()
            .map(|h| column(h, &PARTNER, names_of, lang_of))
            .collect();
        assert_eq!(
            columns[1].map(|c| (c.field.name, c.lang)),
            Some(("name", Some(Lang::Ru)))
        );
        assert_eq!(
            columns[2].map(|c| (c.field.name, c.lang)),
            Some(("name", Some(Lang::En)))
        );
        assert!(columns[8].is_none());
        let items = items(&rows[1..], &columns);
        let first = &items[0];
        assert_eq!(
            first.get("name").and_then(|n| n.get("ru")),
            Some(&Json::String("КБТУ".into()))
        );
        assert_eq!(
            first.get("networks"),
            Some(&Json::Array(vec![
                Json::String("sco-university".into()),
                Json::String("erasmus".into())
            ]))
        );
        assert_eq!(
            first.get("location").and_then(|l| l.get("lon")),
            Some(&Json::Number("76.9".into()))
        );
        assert_eq!(first.get("city"), Some(&Json::String("Алматы".into())));
        assert!(items[1].get("kind").is_none());
    }
}
