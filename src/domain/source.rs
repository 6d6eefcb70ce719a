//! A content file's text: parsing it strictly as JSON and turning byte offsets into the line and
//! column an editor's status bar shows.

use jsonc_parser::ast::Value;
use jsonc_parser::{CollectOptions, ParseOptions};

use super::problem::{Problem, Severity};

/// One content file being read, with the problems found in it so far.
pub struct Source<'s> {
    pub file: &'s str,
    text: &'s str,
    line_starts: Vec<usize>,
    pub problems: Vec<Problem>,
}

impl<'s> Source<'s> {
    pub fn new(file: &'s str, text: &'s str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source {
            file,
            text,
            line_starts,
            problems: Vec::new(),
        }
    }

    /// Parses the text as strict JSON (no comments, no trailing or missing commas, no single
    /// quotes): what a browser or any other JSON tool also accepts.
    pub fn parse(&self) -> Result<Value<'s>, Problem> {
        let strict = ParseOptions {
            allow_comments: false,
            allow_loose_object_property_names: false,
            allow_trailing_commas: false,
            allow_missing_commas: false,
            allow_single_quoted_strings: false,
            allow_hexadecimal_numbers: false,
            allow_unary_plus_numbers: false,
            allow_bare_decimal_point_numbers: false,
            allow_non_finite_numbers: false,
            allow_extended_string_escapes: false,
        };
        let text = self.text.strip_prefix('\u{feff}').unwrap_or(self.text);
        let bom = self.text.len() - text.len();
        match jsonc_parser::parse_to_ast(text, &CollectOptions::default(), &strict) {
            Ok(parsed) => parsed.value.ok_or_else(|| {
                self.problem(
                    Severity::Error,
                    bom,
                    None,
                    None,
                    "the file is empty; it should hold { \"items\": [ ... ] }".into(),
                )
            }),
            Err(error) => Err(self.problem(
                Severity::Error,
                bom + error.range().start,
                None,
                None,
                syntax_message(error.kind()),
            )),
        }
    }

    pub fn problem(
        &self,
        severity: Severity,
        offset: usize,
        item: Option<&str>,
        field: Option<&str>,
        message: String,
    ) -> Problem {
        let (line, column) = self.position(offset);
        Problem {
            severity,
            file: self.file.to_string(),
            line,
            column,
            item: item.map(str::to_string),
            field: field.map(str::to_string),
            message,
        }
    }

    pub fn report(
        &mut self,
        severity: Severity,
        offset: usize,
        item: Option<&str>,
        field: Option<&str>,
        message: String,
    ) {
        let problem = self.problem(severity, offset, item, field, message);
        self.problems.push(problem);
    }

    /// 1-based line and column; the column counts characters, as editors do.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line, column + 1)
    }
}

/// The parser's findings in words an editor who is not a programmer can act on.
fn syntax_message(kind: &jsonc_parser::errors::ParseErrorKind) -> String {
    use jsonc_parser::errors::ParseErrorKind::*;
    let hint = match kind {
        ExpectedComma => "a comma is missing here, between two values",
        TrailingCommasNotAllowed => {
            "this comma is followed by nothing: remove the comma after the last entry"
        }
        CommentsNotAllowed => "comments are not allowed in JSON",
        SingleQuotedStringsNotAllowed => "text must be in double quotes \"...\", not single quotes",
        ExpectedStringObjectProperty | UnexpectedWord => {
            "field names and text must be in double quotes \"...\""
        }
        ExpectedColonAfterObjectKey => "a colon ':' is missing after the field name",
        ExpectedObjectValue => "a value is missing after the colon",
        UnterminatedObject => "a closing brace '}' is missing",
        UnterminatedArray => "a closing bracket ']' is missing",
        UnexpectedCloseBrace => "this closing brace '}' has no matching '{'",
        UnexpectedCloseBracket => "this closing bracket ']' has no matching '['",
        UnexpectedComma => "there is one comma too many here",
        MultipleRootJsonValues => "there is more text after the end of the file's object",
        _ => "",
    };
    let detail = kind.to_string();
    if hint.is_empty() {
        format!("not valid JSON: {detail}")
    } else {
        format!("not valid JSON: {hint} ({detail})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax_error(text: &str) -> Problem {
        Source::new("partners.json", text).parse().unwrap_err()
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let source = Source::new("news.json", "{\n  \"title\": \"Әріптестік\", \"x\": 1\n}");
        let offset = "{\n  \"title\": \"Әріптестік\", ".len();
        assert_eq!(source.position(offset), (2, 26));
        assert_eq!(source.position(0), (1, 1));
    }

    #[test]
    fn a_missing_comma_is_found_where_it_belongs() {
        let problem =
            syntax_error("{\n  \"items\": [\n    {\"id\": \"a\"}\n    {\"id\": \"b\"}\n  ]\n}\n");
        // Right after the object that needs a comma behind it.
        assert_eq!((problem.line, problem.column), (3, 16));
        assert!(
            problem.message.contains("comma is missing"),
            "{}",
            problem.message
        );
        let problem = syntax_error("{\"a\": 1 \"b\": 2}");
        assert!(problem.message.contains("comma is missing"));
    }

    #[test]
    fn lenient_json_is_refused() {
        assert!(syntax_error("{\"items\": [1, 2,]}")
            .message
            .contains("remove the comma"));
        assert!(syntax_error("{\"items\": [] // note\n}")
            .message
            .contains("comments"));
        assert!(syntax_error("{'items': []}")
            .message
            .contains("double quotes"));
        assert!(syntax_error("{items: []}")
            .message
            .contains("double quotes"));
        assert!(syntax_error("{\"items\": [")
            .message
            .contains("']' is missing"));
        assert!(syntax_error("").message.contains("empty"));
    }

    #[test]
    fn the_report_line_has_the_editors_format() {
        let mut source = Source::new("internships.json", "{\n  \"items\": []\n}");
        source.report(
            Severity::Warning,
            4,
            Some("law-intern"),
            Some("titel"),
            "unknown field".into(),
        );
        assert_eq!(
            source.problems[0].to_string(),
            "internships.json:2:3: warning: law-intern: titel: unknown field"
        );
    }
}
