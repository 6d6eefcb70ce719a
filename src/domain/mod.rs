//! The portal's domain: content types, reading and checking the JSON files, search, sorting
//! and deadline arithmetic. Plain Rust with no browser dependency, so the browser app and the
//! editors' command-line check share one set of rules.

pub mod calendar;
pub mod content;
pub mod counting;
pub mod date;
pub mod deadline;
pub mod editing;
pub mod feed;
pub mod fields;
#[cfg(test)]
pub mod fixture;
pub mod internship;
pub mod internship_filter;
pub mod json;
pub mod json_number;
pub mod keyword;
pub mod lang;
pub mod list_filter;
pub mod list_query;
pub mod lower_case;
pub mod map;
pub mod markdown;
pub mod network;
pub mod news_item;
pub mod order;
pub mod paging;
pub mod partner;
pub mod paste;
pub mod problem;
pub mod program;
pub mod reader;
pub mod saved;
pub mod search;
pub mod search_all;
pub mod site_file;
pub mod sorting;
pub mod source;
pub mod stable_json;
pub mod text;
pub mod url;

pub use content::{Content, ContentFile, FileSection, Listing, Section, SectionError};
pub use date::Date;
pub use internship::Internship;
pub use lang::Lang;
pub use news_item::NewsItem;
pub use partner::Partner;
pub use problem::{Problem, Severity};
pub use program::Program;
pub use text::Text;
