//! News items about the partnership: `news.json`.

use super::date::Date;
use super::fields::{self, names};
use super::reader::{Fields, ItemReader};
use super::text::Text;

#[derive(Clone, Debug, PartialEq)]
pub struct NewsItem {
    pub id: String,
    pub date: Date,
    pub title: Text,
    pub summary: Text,
    pub body: Text,
    pub partners: Vec<String>,
    pub tags: Vec<String>,
    pub image: Option<String>,
    pub source: Option<String>,
}

impl NewsItem {
    pub const FIELDS: &'static [&'static str] = &names(&fields::NEWS_ITEM);

    pub fn read<'r, 's>(r: &mut ItemReader<'r, 's>, f: &Fields<'_, 's>) -> Option<NewsItem> {
        let id = r.required(f, "id", ItemReader::id);
        let date = r.required(f, "date", ItemReader::date);
        let title = r.required(f, "title", ItemReader::text);
        let summary = r.required(f, "summary", ItemReader::text);
        let body = r.required(f, "body", ItemReader::rich_text);
        let partners = r.optional(f, "partners", |r, path, value| {
            r.list(path, value, false, ItemReader::partner_ref)
        });
        let tags = r.optional(f, "tags", |r, path, value| {
            r.list(path, value, false, ItemReader::tag)
        });
        let image = r.optional(f, "image", ItemReader::path);
        let source = r.optional(f, "source", ItemReader::url);
        Some(NewsItem {
            id: id?,
            date: date?,
            title: title?,
            summary: summary?,
            body: body?,
            partners: partners.unwrap_or_default(),
            tags: tags.unwrap_or_default(),
            image,
            source,
        })
    }
}
