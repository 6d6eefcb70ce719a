//! A content file's text: parsing it strictly as JSON and turning byte offsets into the line and
//! column an editor's status bar shows.

use std::cell::Cell;

use jsonc_parser::ast::Value;
use jsonc_parser::{CollectOptions, ParseOptions};

use super::problem::{Problem, ProblemKind, Severity, Syntax};

/// One content file being read, with the problems found in it so far.
pub struct Source<'s> {
    pub file: &'s str,
    /// The text after a byte order mark, if any: editors do not count it as a character, so
    /// every offset and position is in this text.
    text: &'s str,
    line_starts: Vec<usize>,
    /// The last position asked for (offset, line, column): positions mostly come in file order,
    /// so the next one counts on from there instead of from the start of a long line.
    last: Cell<(usize, usize, usize)>,
    pub problems: Vec<Problem>,
}

impl<'s> Source<'s> {
    pub fn new(file: &'s str, text: &'s str) -> Self {
        // Notepad on Windows starts UTF-8 files with one.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source {
            file,
            text,
            line_starts,
            last: Cell::new((0, 1, 1)),
            problems: Vec::new(),
        }
    }

    /// The text that offsets count in.
    pub fn text(&self) -> &'s str {
        self.text
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
        let parsed = jsonc_parser::parse_to_ast(self.text, &CollectOptions::default(), &strict);
        // The parser lets a line break or other control character stand in text; JSON does not.
        let control = control_in_text(self.text);
        let syntax_error = |offset, syntax| {
            Err(self.problem(
                Severity::Error,
                offset,
                None,
                None,
                ProblemKind::Syntax(syntax),
            ))
        };
        match (parsed, control) {
            (Err(error), Some(at)) if at < error.range().start => {
                syntax_error(at, Syntax::ControlInText)
            }
            (Err(error), _) => syntax_error(error.range().start, syntax(error.kind())),
            (Ok(_), Some(at)) => syntax_error(at, Syntax::ControlInText),
            (Ok(parsed), None) => parsed.value.ok_or_else(|| {
                self.problem(Severity::Error, 0, None, None, ProblemKind::EmptyFile)
            }),
        }
    }

    pub fn problem(
        &self,
        severity: Severity,
        offset: usize,
        item: Option<&str>,
        field: Option<&str>,
        kind: ProblemKind,
    ) -> Problem {
        let (line, column) = self.position(offset);
        Problem {
            severity,
            file: self.file.to_string(),
            line,
            column,
            item: item.map(str::to_string),
            field: field.map(str::to_string),
            kind: Box::new(kind),
        }
    }

    pub fn report(
        &mut self,
        severity: Severity,
        offset: usize,
        item: Option<&str>,
        field: Option<&str>,
        kind: ProblemKind,
    ) {
        let problem = self.problem(severity, offset, item, field, kind);
        self.problems.push(problem);
    }

    /// 1-based line and column; the column counts characters, as editors do, and not the
    /// carriage return of a Windows line end.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let (last_offset, last_line, last_column) = self.last.get();
        let (from, column) = if last_line == line && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (self.line_starts[line - 1], 1)
        };
        let column = column
            + self
                .text
                .get(from..offset)
                .map_or(offset - from, |s| s.chars().filter(|&c| c != '\r').count());
        self.last.set((offset, line, column));
        (line, column)
    }
}

/// Where the first control character (a line break, a tab, NUL) stands inside double quotes.
fn control_in_text(text: &str) -> Option<usize> {
    let (mut inside, mut escaped) = (false, false);
    for (at, byte) in text.bytes().enumerate() {
        match byte {
            _ if escaped => escaped = false,
            b'\\' if inside => escaped = true,
            b'"' => inside = !inside,
            0..=0x1f if inside => return Some(at),
            _ => {}
        }
    }
    None
}

/// The parser's finding, as something an editor who is not a programmer can act on.
fn syntax(kind: &jsonc_parser::errors::ParseErrorKind) -> Syntax {
    use jsonc_parser::errors::ParseErrorKind::*;
    use jsonc_parser::ParseStringErrorKind as S;
    match kind {
        ExpectedComma => Syntax::MissingComma,
        TrailingCommasNotAllowed => Syntax::TrailingComma,
        CommentsNotAllowed | UnterminatedCommentBlock => Syntax::Comment,
        SingleQuotedStringsNotAllowed => Syntax::SingleQuotes,
        ExpectedStringObjectProperty | UnexpectedWord => Syntax::Unquoted,
        ExpectedColonAfterObjectKey => Syntax::MissingColon,
        ExpectedObjectValue => Syntax::MissingValue,
        UnterminatedObject => Syntax::UnclosedObject,
        UnterminatedArray => Syntax::UnclosedArray,
        UnexpectedCloseBrace => Syntax::StrayCloseBrace,
        UnexpectedCloseBracket => Syntax::StrayCloseBracket,
        UnexpectedComma => Syntax::ExtraComma,
        UnexpectedColon => Syntax::ExtraColon,
        MultipleRootJsonValues => Syntax::TextAfterEnd,
        String(S::UnterminatedStringLiteral) => Syntax::UnclosedText,
        String(_) => Syntax::BadEscape,
        BareDecimalPointNumbersNotAllowed
        | ExpectedDigit
        | ExpectedDigitFollowingNegativeSign
        | ExpectedPlusMinusOrDigitInNumberLiteral
        | HexadecimalNumbersNotAllowed
        | NonFiniteNumbersNotAllowed
        | UnaryPlusNumbersNotAllowed => Syntax::BadNumber,
        NestingDepthExceeded => Syntax::TooDeep,
        UnexpectedToken | UnexpectedTokenInObject => Syntax::Unexpected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax_error(text: &str) -> Problem {
        Source::new("partners.json", text).parse().unwrap_err()
    }

    fn kind(text: &str) -> ProblemKind {
        *syntax_error(text).kind
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let source = Source::new("news.json", "{\n  \"title\": \"Әріптестік\", \"x\": 1\n}");
        let offset = "{\n  \"title\": \"Әріптестік\", ".len();
        assert_eq!(source.position(offset), (2, 26));
        assert_eq!(source.position(0), (1, 1));
        assert_eq!(source.position(offset), (2, 26));
        assert_eq!(source.position(offset + 1), (2, 27));
    }

    #[test]
    fn a_byte_order_mark_and_windows_line_ends_move_nothing() {
        let plain = "{\n\"items\": [\n{\"id\": \"a\"}\n]\n}\n";
        let offset = plain.find("{\"id\"").unwrap();
        assert_eq!(Source::new("news.json", plain).position(offset), (3, 1));
        let bom = format!("\u{feff}{plain}");
        assert_eq!(Source::new("news.json", &bom).position(offset), (3, 1));
        let crlf = plain.replace('\n', "\r\n");
        let offset = crlf.find("{\"id\"").unwrap();
        assert_eq!(Source::new("news.json", &crlf).position(offset), (3, 1));
        // Before the line end: the carriage return is not a column.
        let source = Source::new("news.json", &crlf);
        assert_eq!(source.position(crlf.find("\r\n]").unwrap() + 1), (3, 12));
    }

    #[test]
    fn a_missing_comma_is_found_where_it_belongs() {
        let problem =
            syntax_error("{\n  \"items\": [\n    {\"id\": \"a\"}\n    {\"id\": \"b\"}\n  ]\n}\n");
        // Right after the object that needs a comma behind it.
        assert_eq!((problem.line, problem.column), (3, 16));
        assert_eq!(*problem.kind, ProblemKind::Syntax(Syntax::MissingComma));
        assert_eq!(
            kind("{\"a\": 1 \"b\": 2}"),
            ProblemKind::Syntax(Syntax::MissingComma)
        );
        // The same place with a byte order mark.
        let problem = syntax_error(
            "\u{feff}{\n  \"items\": [\n    {\"id\": \"a\"}\n    {\"id\": \"b\"}\n  ]\n}\n",
        );
        assert_eq!((problem.line, problem.column), (3, 16));
    }

    #[test]
    fn lenient_json_is_refused() {
        let syntax = ProblemKind::Syntax;
        assert_eq!(kind("{\"items\": [1, 2,]}"), syntax(Syntax::TrailingComma));
        assert_eq!(kind("{\"items\": [] // note\n}"), syntax(Syntax::Comment));
        assert_eq!(kind("{'items': []}"), syntax(Syntax::SingleQuotes));
        assert_eq!(kind("{items: []}"), syntax(Syntax::Unquoted));
        assert_eq!(kind("{\"items\": ["), syntax(Syntax::UnclosedArray));
        assert_eq!(kind("{\"items\": [.5]}"), syntax(Syntax::BadNumber));
        assert_eq!(kind("{\"a\": \"b\\q\"}"), syntax(Syntax::BadEscape));
        assert_eq!(kind("{\"a\": \"b"), syntax(Syntax::UnclosedText));
        assert_eq!(kind("{\"a\": \"b\nc\"}"), syntax(Syntax::ControlInText));
        assert_eq!(kind("{\"a\": \"b\tc\"}"), syntax(Syntax::ControlInText));
        let nul = syntax_error("{\"a\":\n \"b\0\"}");
        assert_eq!((nul.line, nul.column), (2, 4));
        // Escaped, they are text; outside quotes, a line break is space.
        assert!(Source::new("news.json", "{\"a\":\r\n \"b\\n\\\"\\u0000\"}")
            .parse()
            .is_ok());
        assert_eq!(kind(""), ProblemKind::EmptyFile);
        assert_eq!(kind("\u{feff}"), ProblemKind::EmptyFile);
    }
}
