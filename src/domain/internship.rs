//! Internships hosted by partners: `internships.json`.

use super::date::Date;
use super::fields::{self, names};
use super::keyword::keyword;
use super::problem::ProblemKind;
use super::reader::{start, Fields, ItemReader};
use super::text::Text;

keyword!(
    Mode {
        Onsite = "onsite",
        Remote = "remote",
        Hybrid = "hybrid",
    }
);

#[derive(Clone, Debug, PartialEq)]
pub struct Internship {
    pub id: String,
    pub title: Text,
    /// A partner id.
    pub host: String,
    pub city: Text,
    pub country: String,
    pub mode: Mode,
    pub fields: Vec<String>,
    pub description: Text,
    pub posted: Date,
    /// Last day to apply: open while today <= deadline.
    pub deadline: Date,
    pub starts: Option<Date>,
    pub duration_weeks: Option<u32>,
    pub paid: bool,
    pub stipend: Option<Text>,
    pub languages: Vec<String>,
    pub eligibility: Option<Text>,
    pub spots: Option<u32>,
    pub apply: String,
}

impl Internship {
    pub const FIELDS: &'static [&'static str] = &names(&fields::INTERNSHIP);

    pub fn read<'r, 's>(r: &mut ItemReader<'r, 's>, f: &Fields<'_, 's>) -> Option<Internship> {
        let id = r.required(f, "id", ItemReader::id);
        let title = r.required(f, "title", ItemReader::text);
        let host = r.required(f, "host", ItemReader::partner_ref);
        let city = r.required(f, "city", ItemReader::text);
        let country = r.required(f, "country", ItemReader::country);
        let mode = r.required(f, "mode", ItemReader::keyword::<Mode>);
        let fields = r.required(f, "fields", |r, path, value| {
            r.list(path, value, true, ItemReader::field_code)
        });
        let description = r.required(f, "description", ItemReader::rich_text);
        let posted = r.required(f, "posted", ItemReader::date);
        let deadline = r.required(f, "deadline", ItemReader::date);
        let starts = r.optional(f, "starts", ItemReader::date);
        let duration_weeks = r.optional(f, "duration_weeks", |r, path, value| {
            r.whole_number(path, value, 1, 104)
        });
        let paid = r.required(f, "paid", ItemReader::boolean);
        let stipend = r.optional(f, "stipend", ItemReader::text);
        let languages = r.required(f, "languages", |r, path, value| {
            r.list(path, value, true, ItemReader::language)
        });
        let eligibility = r.optional(f, "eligibility", ItemReader::text);
        let spots = r.optional(f, "spots", |r, path, value| {
            r.whole_number(path, value, 1, u32::MAX)
        });
        let apply = r.required(f, "apply", ItemReader::url);
        if let (Some(posted), Some(deadline), Some(field)) = (posted, deadline, f.get("deadline")) {
            if deadline < posted {
                r.error(
                    start(field),
                    "deadline",
                    ProblemKind::DeadlineBeforePosting { deadline, posted },
                );
            }
        }
        Some(Internship {
            id: id?,
            title: title?,
            host: host?,
            city: city?,
            country: country?,
            mode: mode?,
            fields: fields?,
            description: description?,
            posted: posted?,
            deadline: deadline?,
            starts,
            duration_weeks,
            paid: paid?,
            stipend,
            languages: languages?,
            eligibility,
            spots,
            apply: apply?,
        })
    }

    pub fn is_open(&self, today: Date) -> bool {
        today <= self.deadline
    }
}
