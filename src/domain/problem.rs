//! A problem found in a content file, placed where an editor can find it. It carries what was
//! found as values (`ProblemKind`); `i18n::problems` puts it into words in each language.

use super::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Printed as `file:line:column: error|warning: <item>: <field>: <reason>`, the item and field
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
    /// Boxed: a problem is passed around in `Result`s, and some kinds carry several values.
    pub kind: Box<ProblemKind>,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// What is wrong, with the values the words need.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    // The file as a whole.
    /// Bytes that are not UTF-8 (the file was saved in another encoding).
    NotUtf8,
    EmptyFile,
    Syntax(Syntax),
    /// The file is not an object `{ "items": [...] }`.
    NotAnObject,
    MissingItems,
    ItemsNotAList,
    UnknownTopLevelField {
        suggestion: Option<&'static str>,
    },
    UpdatedNotADate,
    /// A key written twice in one object; the first is at `first_line:first_column`.
    DuplicateKey {
        first_line: usize,
        first_column: usize,
    },

    // Items.
    ItemNotAnObject,
    /// The id of an earlier item, `first_item` counting from 1.
    DuplicateId {
        first_item: usize,
    },
    /// A partner that no internship, program or news item refers to.
    UnreferencedPartner,

    // The site file.
    /// site.json is not an object `{ "owner": ..., "members": [...] }`.
    SiteNotAnObject,
    /// The owner's member is not among the members.
    OwnerNotAMember {
        member: String,
    },
    /// An entry of a vocabulary (fields, networks) that is not an object.
    TermNotAnObject,
    /// A vocabulary lists a code twice.
    DuplicateCode {
        list: String,
        code: String,
    },
    /// A member of site.json that is not a partner shown in partners.json.
    UnknownMember {
        id: String,
        suggestion: Option<String>,
    },

    // Fields.
    UnknownField {
        suggestion: Option<&'static str>,
        known: &'static [&'static str],
    },
    MissingField,
    WrongType {
        expected: Expected,
        found: Found,
    },
    Empty,
    BadId {
        id: String,
        /// What it would look like as an id.
        like: String,
    },
    /// A language code that is not one of the portal's: the translation is not shown.
    /// A per-language text without these languages (in the portal's order).
    MissingTranslation {
        missing: Vec<super::lang::Lang>,
    },
    OtherLanguage {
        code: String,
    },
    NotALanguageKey {
        code: String,
    },
    NoTranslation,
    BadDate {
        text: String,
    },
    BadLink {
        url: String,
    },
    BadPath {
        path: String,
    },
    BadCountry {
        code: String,
    },
    BadLanguage {
        code: String,
    },
    TagLowered {
        tag: String,
        lower: String,
    },
    UnknownWord {
        word: String,
        allowed: Vec<&'static str>,
        suggestion: Option<&'static str>,
    },
    WholeNumber {
        min: u32,
        max: u32,
    },
    /// Degrees of latitude or longitude beyond ±`limit`.
    Degrees {
        limit: u8,
    },
    PartnerLeftOut {
        id: String,
    },
    UnknownPartner {
        id: String,
        suggestion: Option<String>,
    },
    /// A code that site.json's vocabulary does not list: it is shown as written, without a label.
    UnknownCode {
        code: String,
        vocabulary: Vocabulary,
        suggestion: Option<String>,
    },
    /// An agreement's signer that is not a member of the network.
    NotAMember {
        id: String,
        suggestion: Option<String>,
    },
    EmptyList,
    DeadlineBeforePosting {
        deadline: Date,
        posted: Date,
    },
    ExpiresBeforeSigned {
        expires: Date,
        signed: Date,
    },
    /// A link in Markdown text whose address is not one the portal shows: its words stay, as
    /// plain text.
    TextLinkRefused {
        url: String,
    },
    /// A picture in Markdown text: pictures are not shown, only their description.
    TextImage {
        url: String,
    },
}

/// The vocabularies of site.json.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vocabulary {
    Fields,
    Networks,
}

/// What a field's value should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    TextOrTranslations,
    TrueOrFalse,
    Number,
    List,
    Object,
}

/// What a field's value was instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    Text,
    Number,
    TrueOrFalse,
    Object,
    List,
    Null,
}

/// Why the text is not valid JSON, in the terms an editor can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    MissingComma,
    TrailingComma,
    Comment,
    SingleQuotes,
    /// A field name or text without double quotes.
    Unquoted,
    MissingColon,
    MissingValue,
    UnclosedObject,
    UnclosedArray,
    UnclosedText,
    /// A line break, tab or other control character written as it is inside text.
    ControlInText,
    StrayCloseBrace,
    StrayCloseBracket,
    ExtraComma,
    ExtraColon,
    TextAfterEnd,
    /// A backslash sequence in text that JSON does not know.
    BadEscape,
    /// A number JSON does not allow (`.5`, `+1`, `0x10`, `NaN`).
    BadNumber,
    TooDeep,
    /// Anything else the parser did not expect here.
    Unexpected,
}
