//! A content file's JSON as an owned tree, for editing: every value kept as written (numbers as
//! their text, keys in their order, unknown fields too), so that what the editor saves differs
//! from what it opened only where an editor changed something.

use jsonc_parser::ast::Value;

use super::stable_json::write_string;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number as written (`43.2`), never rounded through a float.
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn from_ast(value: &Value) -> Json {
        match value {
            Value::NullKeyword(_) => Json::Null,
            Value::BooleanLit(b) => Json::Bool(b.value),
            Value::NumberLit(n) => Json::Number(n.value.to_string()),
            Value::StringLit(s) => Json::String(s.value.to_string()),
            Value::Array(a) => Json::Array(a.elements.iter().map(Json::from_ast).collect()),
            Value::Object(o) => Json::Object(
                o.properties
                    .iter()
                    .map(|p| (p.name.as_str().to_string(), Json::from_ast(&p.value)))
                    .collect(),
            ),
        }
    }

    /// The field `name` of an object.
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(n, _)| n == name).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// Sets the field `name` of an object (an object replaces any other value), keeping its
    /// place among the fields; `None` removes it.
    pub fn set(&mut self, name: &str, value: Option<Json>) {
        if !matches!(self, Json::Object(_)) {
            *self = Json::Object(Vec::new());
        }
        let Json::Object(fields) = self else {
            unreachable!("made an object above")
        };
        let at = fields.iter().position(|(n, _)| n == name);
        match (at, value) {
            (Some(at), Some(value)) => fields[at].1 = value,
            (Some(at), None) => {
                fields.remove(at);
            }
            (None, Some(value)) => fields.push((name.to_string(), value)),
            (None, None) => {}
        }
    }

    /// The value at a path of field names and list positions (`agreements`, `2`, `expires`).
    pub fn at(&self, path: &[PathStep]) -> Option<&Json> {
        path.iter()
            .try_fold(self, |value, step| match (step, value) {
                (PathStep::Field(name), _) => value.get(name),
                (PathStep::Index(i), Json::Array(items)) => items.get(*i),
                _ => None,
            })
    }

    /// Sets (or, with `None`, removes) the value at `path`, making the objects and lists on the
    /// way.
    pub fn set_at(&mut self, path: &[PathStep], value: Option<Json>) {
        let Some((last, way)) = path.split_last() else {
            if let Some(value) = value {
                *self = value;
            }
            return;
        };
        let mut here = self;
        for step in way {
            here = match step {
                PathStep::Field(name) => {
                    if here.get(name).is_none() {
                        here.set(name, Some(Json::Object(Vec::new())));
                    }
                    let Json::Object(fields) = here else {
                        unreachable!("set makes an object")
                    };
                    let at = fields.iter().position(|(n, _)| n == name);
                    &mut fields[at.expect("set above")].1
                }
                PathStep::Index(i) => {
                    if !matches!(here, Json::Array(_)) {
                        *here = Json::Array(Vec::new());
                    }
                    let Json::Array(items) = here else {
                        unreachable!("made a list above")
                    };
                    if *i >= items.len() {
                        items.resize(i + 1, Json::Null);
                    }
                    &mut items[*i]
                }
            };
        }
        match last {
            PathStep::Field(name) => here.set(name, value),
            PathStep::Index(i) => {
                if let Json::Array(items) = here {
                    match value {
                        Some(value) if *i < items.len() => items[*i] = value,
                        Some(value) => items.push(value),
                        None if *i < items.len() => {
                            items.remove(*i);
                        }
                        None => {}
                    }
                }
            }
        }
    }

    /// Compact JSON text (`stable_json::format` then lays it out).
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            Json::String(s) => write_string(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (name, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(name, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// One step of a path into an item: a field's name or a position in a list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PathStep {
    Field(String),
    Index(usize),
}

/// The steps of a problem's field path as the reader writes it: `agreements[2].expires`,
/// `title.kk`.
pub fn path_steps(path: &str) -> Vec<PathStep> {
    let mut steps = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            if open > 0 {
                steps.push(PathStep::Field(rest[..open].to_string()));
            }
            rest = &rest[open..];
            while let Some(close) = rest.find(']') {
                if let Ok(i) = rest[1..close].parse() {
                    steps.push(PathStep::Index(i));
                }
                rest = &rest[close + 1..];
            }
        } else if !rest.is_empty() {
            steps.push(PathStep::Field(rest.to_string()));
        }
    }
    steps
}

/// The reader's way of writing a path (`agreements[2].expires`): the id of a form's control is
/// made from it, so that a problem links to its field.
pub fn path_text(path: &[PathStep]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            PathStep::Field(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            PathStep::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::source::Source;

    fn parse(text: &str) -> Json {
        Json::from_ast(&Source::new("x.json", text).parse().unwrap())
    }

    #[test]
    fn writes_back_what_it_read() {
        let text = r#"{"b":1.50,"a":["x",true,null,{"ü":"\"q\""}]}"#;
        let mut out = String::new();
        parse(text).write(&mut out);
        assert_eq!(out, text);
    }

    #[test]
    fn sets_and_removes_along_a_path() {
        let mut item = parse(r#"{"id":"a","agreements":[{"kind":"memorandum"}]}"#);
        let path = path_steps("agreements[0].expires");
        item.set_at(&path, Some(Json::String("2027-01-01".into())));
        assert_eq!(item.at(&path), Some(&Json::String("2027-01-01".into())));
        item.set_at(&path_steps("title.kk"), Some(Json::String("Т".into())));
        assert_eq!(item.at(&path_steps("title")), Some(&parse(r#"{"kk":"Т"}"#)));
        item.set_at(&path_steps("agreements[0]"), None);
        assert_eq!(item.get("agreements"), Some(&Json::Array(vec![])));
        assert_eq!(path_text(&path), "agreements[0].expires");
    }
}
