//! Joint programs: `programs.json`.

use super::date::Date;
use super::fields::{self, names};
use super::keyword::keyword;
use super::reader::{Fields, ItemReader};
use super::text::Text;

keyword!(
    ProgramKind {
        DoubleDegree = "double-degree",
        JointDegree = "joint-degree",
        Exchange = "exchange",
        DualVocational = "dual-vocational",
        TeacherTraining = "teacher-training",
        SummerSchool = "summer-school",
        Research = "research",
    }
);

keyword!(
    Level {
        Vocational = "vocational",
        Bachelor = "bachelor",
        Master = "master",
        Phd = "phd",
        Professional = "professional",
    }
);

#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub id: String,
    pub title: Text,
    pub kind: ProgramKind,
    pub level: Level,
    /// Partner ids, at least one.
    pub partners: Vec<String>,
    pub field: String,
    pub languages: Vec<String>,
    pub duration_months: Option<u32>,
    pub description: Text,
    pub deadline: Option<Date>,
    pub apply: Option<String>,
}

impl Program {
    pub const FIELDS: &'static [&'static str] = &names(&fields::PROGRAM);

    pub fn read<'r, 's>(r: &mut ItemReader<'r, 's>, f: &Fields<'_, 's>) -> Option<Program> {
        let id = r.required(f, "id", ItemReader::id);
        let title = r.required(f, "title", ItemReader::text);
        let kind = r.required(f, "kind", ItemReader::keyword::<ProgramKind>);
        let level = r.required(f, "level", ItemReader::keyword::<Level>);
        let partners = r.required(f, "partners", |r, path, value| {
            r.list(path, value, true, ItemReader::partner_ref)
        });
        let field = r.required(f, "field", ItemReader::field_code);
        let languages = r.required(f, "languages", |r, path, value| {
            r.list(path, value, true, ItemReader::language)
        });
        let duration_months = r.optional(f, "duration_months", |r, path, value| {
            r.whole_number(path, value, 1, 96)
        });
        let description = r.required(f, "description", ItemReader::rich_text);
        let deadline = r.optional(f, "deadline", ItemReader::date);
        let apply = r.optional(f, "apply", ItemReader::url);
        Some(Program {
            id: id?,
            title: title?,
            kind: kind?,
            level: level?,
            partners: partners?,
            field: field?,
            languages: languages?,
            duration_months,
            description: description?,
            deadline,
            apply,
        })
    }
}
