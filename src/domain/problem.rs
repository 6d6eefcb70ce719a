//! A problem found in a content file, placed where an editor can find it.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// `file:line:column: error|warning: <item>: <field>: <reason>`, the item and field
/// only when the problem belongs to one.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The item's id, or `#n` (counting from 1) when it has no readable id.
    pub item: Option<String>,
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {severity}: ",
            self.file, self.line, self.column
        )?;
        if let Some(item) = &self.item {
            write!(f, "{item}: ")?;
        }
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)
    }
}
