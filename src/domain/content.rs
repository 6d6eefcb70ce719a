//! The content files read together: each section's valid items, the problems found, and the
//! look-ups the pages need.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, Mutex, PoisonError};

use jsonc_parser::ast::Value;

use super::counting::FacetTable;
use super::date::Date;
use super::internship::Internship;
use super::news_item::NewsItem;
use super::partner::Partner;
use super::problem::{Problem, ProblemKind, Severity};
use super::program::Program;
use super::reader::{with_repeats, ItemReader, KnownPartners};
use super::search::{IndexBuilder, Label, Part, SearchIndex};
use super::site_file::{read_site, SiteFile};
use super::sorting::sort_by;
use super::source::Source;
use super::text::Text;

/// The files under `<base>/data/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContentFile {
    /// The owner, the members and the vocabularies: the other files use its codes.
    Site,
    Partners,
    Internships,
    Programs,
    News,
}

impl ContentFile {
    /// The files of a data folder on disk, in the order of [`ContentFile::ALL`]: for the
    /// editors' check, the prerender and tests. A file that cannot be read says why.
    pub fn read_folder(folder: &std::path::Path) -> [FileText; 5] {
        ContentFile::ALL.map(|file| {
            let bytes = std::fs::read(folder.join(file.name())).map_err(|e| {
                SectionError::unavailable(file, format!("cannot read the file: {e}"))
            })?;
            utf8_text(file, bytes)
        })
    }

    pub const ALL: [ContentFile; 5] = [
        ContentFile::Site,
        ContentFile::Partners,
        ContentFile::Internships,
        ContentFile::Programs,
        ContentFile::News,
    ];

    /// The file a name stands for, e.g. `partners.json`.
    pub fn from_name(name: &str) -> Option<ContentFile> {
        ContentFile::ALL
            .into_iter()
            .find(|file| file.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            ContentFile::Site => "site.json",
            ContentFile::Partners => "partners.json",
            ContentFile::Internships => "internships.json",
            ContentFile::Programs => "programs.json",
            ContentFile::News => "news.json",
        }
    }
}

/// An item of one of the files.
pub trait Item: Sized {
    const FILE: ContentFile;
    const FIELDS: &'static [&'static str];
    fn read<'r, 's>(
        reader: &mut ItemReader<'r, 's>,
        fields: &super::reader::Fields<'_, 's>,
    ) -> Option<Self>;
    fn id(&self) -> &str;
    /// Adds the item's searchable words to `key`, built once per load. An item that names
    /// partners is also found by their names, from `partners`.
    fn search_terms(&self, partners: Option<&Listing<Partner>>, key: &mut IndexBuilder);
}

macro_rules! item {
    ($type:ty, $file:expr, $search_terms:expr) => {
        impl Item for $type {
            const FILE: ContentFile = $file;
            const FIELDS: &'static [&'static str] = <$type>::FIELDS;
            fn read<'r, 's>(
                reader: &mut ItemReader<'r, 's>,
                fields: &super::reader::Fields<'_, 's>,
            ) -> Option<Self> {
                <$type>::read(reader, fields)
            }
            fn id(&self) -> &str {
                &self.id
            }
            fn search_terms(&self, partners: Option<&Listing<Partner>>, key: &mut IndexBuilder) {
                $search_terms(self, partners, key)
            }
        }
    };
}
item!(Partner, ContentFile::Partners, partner_terms);
item!(Internship, ContentFile::Internships, internship_terms);
item!(Program, ContentFile::Programs, program_terms);
item!(NewsItem, ContentFile::News, news_terms);

/// What a partner's card and page show: names, place, kind, agreements, networks, description.
fn partner_terms(p: &Partner, _: Option<&Listing<Partner>>, key: &mut IndexBuilder) {
    names(p, key, Part::Title);
    p.city.all().for_each(|city| key.text(Part::Place, city));
    key.label(Part::Place, Label::Country(p.country.clone()));
    key.label(Part::Other, Label::PartnerKind(p.kind));
    for agreement in &p.agreements {
        key.label(Part::Other, Label::AgreementKind(agreement.kind));
    }
    p.networks.iter().for_each(|n| key.text(Part::Other, n));
    if let Some(description) = &p.description {
        description.all().for_each(|d| key.text(Part::Other, d));
    }
}

/// A partner's full names in every language and its short name.
fn names(p: &Partner, key: &mut IndexBuilder, part: Part) {
    p.name.all().for_each(|name| key.text(part, name));
    if let Some(short) = &p.short_name {
        key.text(part, short);
    }
}

fn partner_names(partners: Option<&Listing<Partner>>, id: &str, key: &mut IndexBuilder) {
    if let Some(partner) = partners.and_then(|p| p.get(id)) {
        names(partner, key, Part::Place);
    }
}

/// What an internship's card and page show: title, host, place, fields, format, pay,
/// description, and who may apply ("IT students", "3rd–4th year").
fn internship_terms(i: &Internship, partners: Option<&Listing<Partner>>, key: &mut IndexBuilder) {
    i.title.all().for_each(|t| key.text(Part::Title, t));
    partner_names(partners, &i.host, key);
    i.city.all().for_each(|city| key.text(Part::Place, city));
    key.label(Part::Place, Label::Country(i.country.clone()));
    for field in &i.fields {
        key.label(Part::Other, Label::Field(field.clone()));
    }
    key.label(Part::Other, Label::Mode(i.mode));
    key.label(Part::Other, Label::Paid(i.paid));
    i.description.all().for_each(|d| key.text(Part::Other, d));
    if let Some(eligibility) = &i.eligibility {
        eligibility.all().for_each(|e| key.text(Part::Other, e));
    }
}

fn program_terms(p: &Program, partners: Option<&Listing<Partner>>, key: &mut IndexBuilder) {
    p.title.all().for_each(|t| key.text(Part::Title, t));
    p.partners
        .iter()
        .for_each(|id| partner_names(partners, id, key));
    key.label(Part::Other, Label::Field(p.field.clone()));
    key.label(Part::Other, Label::ProgramKind(p.kind));
    key.label(Part::Other, Label::Level(p.level));
    p.description.all().for_each(|d| key.text(Part::Other, d));
}

fn news_terms(n: &NewsItem, partners: Option<&Listing<Partner>>, key: &mut IndexBuilder) {
    n.title.all().for_each(|t| key.text(Part::Title, t));
    n.partners
        .iter()
        .for_each(|id| partner_names(partners, id, key));
    n.summary.all().for_each(|s| key.text(Part::Other, s));
    n.tags.iter().for_each(|tag| key.text(Part::Other, tag));
}

/// Why a whole section has nothing to show.
#[derive(Clone, Debug, PartialEq)]
pub enum SectionError {
    /// The file is not valid JSON or not shaped `{ "items": [...] }`: where and why.
    Unreadable(Problem),
    /// The file could not be fetched (network, HTTP status).
    Unavailable { file: &'static str, reason: String },
}

impl SectionError {
    /// `file` is not there to read, for `reason`.
    pub fn unavailable(file: ContentFile, reason: String) -> SectionError {
        SectionError::Unavailable {
            file: file.name(),
            reason,
        }
    }
}

/// One section's valid items in file order, with their searchable words and an index by id.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing<T> {
    pub items: Vec<T>,
    pub search: SearchIndex,
    index: HashMap<String, usize>,
    facets: FacetCache,
}

/// A listing's [`FacetTable`], made when first asked for, with a hash of what its options
/// depend on besides the items; it follows from them, so two listings with the same items are
/// equal whether or not they made it, and a copy makes its own.
#[derive(Default)]
struct FacetCache(Mutex<Option<(u64, Arc<FacetTable>)>>);

impl Clone for FacetCache {
    fn clone(&self) -> Self {
        FacetCache::default()
    }
}

impl PartialEq for FacetCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for FacetCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FacetCache")
    }
}

impl<T: Item> Listing<T> {
    fn indexed(items: Vec<T>, search: SearchIndex) -> Self {
        let index = items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.id().to_string(), i))
            .collect();
        Listing {
            items,
            search,
            index,
            facets: FacetCache::default(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&T> {
        self.index.get(id).map(|&i| &self.items[i])
    }

    /// The options each item answers to in the list's counted filters, made by `table` the first
    /// time and again only when `depends_on` (what else the options follow from, such as the
    /// day) changes: a keystroke then counts without looking at the items again.
    pub fn facet_table(
        &self,
        depends_on: impl Hash,
        table: impl FnOnce(&[T]) -> FacetTable,
    ) -> Arc<FacetTable> {
        let mut hasher = DefaultHasher::new();
        depends_on.hash(&mut hasher);
        let key = hasher.finish();
        let mut cache = self.facets.0.lock().unwrap_or_else(PoisonError::into_inner);
        match &*cache {
            Some((made_for, table)) if *made_for == key => Arc::clone(table),
            _ => {
                let table = Arc::new(table(&self.items));
                *cache = Some((key, Arc::clone(&table)));
                table
            }
        }
    }
}

/// Shared, so that a list or a card can hold its section without the whole content or a copy.
pub type Section<T> = Result<Arc<Listing<T>>, SectionError>;

/// The name of the partner `id`, when partners.json has it.
pub fn partner_name(partners: &Section<Partner>, id: &str) -> Option<Text> {
    let partners = partners.as_ref().ok()?;
    partners.get(id).map(|p| p.name.clone())
}

/// A content file's bytes as text. Read as bytes, not through the browser's text decoding: with
/// ten thousand items that saves decoding 48 MB to JavaScript's strings and encoding it back.
/// Bytes that are not UTF-8 are a mistake to report where it is, not to hide.
pub fn utf8_text(file: ContentFile, bytes: Vec<u8>) -> FileText {
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).expect("valid up to here");
        let source = Source::new(file.name(), valid);
        // Where the text stops being UTF-8: the end of what is.
        let at = source.text().len();
        SectionError::Unreadable(source.problem(
            Severity::Error,
            at,
            None,
            None,
            ProblemKind::NotUtf8,
        ))
    })
}

/// What was fetched for one file: its text, or why there is none.
pub type FileText = Result<String, SectionError>;

/// Everything the portal shows, read from the files.
#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    /// The owner, members and vocabularies; empty when site.json cannot be read (its problem is
    /// in `problems`): codes are then shown as written.
    pub site: SiteFile,
    pub partners: Section<Partner>,
    pub internships: Section<Internship>,
    pub programs: Section<Program>,
    pub news: Section<NewsItem>,
    /// Every problem in every file, errors and warnings, in file order.
    pub problems: Vec<Problem>,
}

/// The result of reading one file.
pub struct FileSection<T> {
    pub items: Result<Vec<T>, SectionError>,
    pub ids: ItemIds,
    /// In the order of their position in the file.
    pub problems: Vec<Problem>,
}

/// The ids a file's items gave, kept or not.
#[derive(Default)]
pub struct ItemIds {
    /// Ids of items left out for an error.
    pub left_out: Vec<String>,
    /// Each kept item's id and where it is written (line, column).
    pub kept: Vec<(String, usize, usize)>,
}

/// Reads one file; items that reference partners are checked against `partners`, and codes
/// against the site file, when given.
pub fn read_file<T: Item>(
    text: &str,
    partners: Option<&KnownPartners>,
    site: Option<&SiteFile>,
) -> FileSection<T> {
    let mut source = Source::new(T::FILE.name(), text);
    let mut ids = ItemIds::default();
    let items = match source.parse() {
        Err(problem) => Err(problem),
        Ok(root) => read_items::<T>(&mut source, &root, partners, site, &mut ids),
    };
    let mut problems = source.problems;
    if let Err(problem) = &items {
        problems.insert(0, problem.clone());
    }
    sort_by(&mut problems, &|a, b| {
        (a.line, a.column).cmp(&(b.line, b.column))
    });
    FileSection {
        items: items.map_err(SectionError::Unreadable),
        ids,
        problems,
    }
}

/// A file's `updated` date: a wrong one is only a warning.
pub(super) fn check_updated(source: &mut Source, property: &jsonc_parser::ast::ObjectProp) {
    if !matches!(&property.value, Value::StringLit(s) if Date::parse(&s.value).is_some()) {
        source.report(
            Severity::Warning,
            property.range.start,
            None,
            Some("updated"),
            ProblemKind::UpdatedNotADate,
        );
    }
}

/// The top-level fields of partners.json, internships.json, programs.json and news.json.
const ROOT_FIELDS: &[&str] = &["$schema", "updated", "items"];

fn read_items<'s, T: Item>(
    source: &mut Source<'s>,
    root: &Value<'s>,
    partners: Option<&KnownPartners>,
    site: Option<&SiteFile>,
    ids: &mut ItemIds,
) -> Result<Vec<T>, Problem> {
    let Value::Object(root) = root else {
        return Err(source.problem(
            Severity::Error,
            super::reader::start(root),
            None,
            None,
            ProblemKind::NotAnObject,
        ));
    };
    for (property, first) in with_repeats(root) {
        let name = property.name.as_str();
        if let Some(first) = first {
            let repeated = source.problem(
                Severity::Error,
                property.range.start,
                None,
                Some(name),
                super::reader::repeated(source, first),
            );
            // Which list of items counts is a guess: none is shown until one is removed.
            if name == "items" {
                return Err(repeated);
            }
            source.problems.push(repeated);
        } else if name == "updated" {
            check_updated(source, property);
        } else {
            super::reader::warn_unknown_top_level(source, property, ROOT_FIELDS);
        }
    }
    let Some(items) = root.get("items") else {
        return Err(source.problem(
            Severity::Error,
            root.range.start,
            None,
            Some("items"),
            ProblemKind::MissingItems,
        ));
    };
    let Value::Array(array) = &items.value else {
        return Err(source.problem(
            Severity::Error,
            items.range.start,
            None,
            Some("items"),
            ProblemKind::ItemsNotAList,
        ));
    };
    let mut read: Vec<T> = Vec::with_capacity(array.elements.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, element) in array.elements.iter().enumerate() {
        let Value::Object(object) = element else {
            let at = super::reader::start(element);
            source.report(
                Severity::Error,
                at,
                Some(&format!("#{}", index + 1)),
                None,
                ProblemKind::ItemNotAnObject,
            );
            continue;
        };
        let mut reader = ItemReader::new(source, object, index, partners, site);
        let fields = reader.fields(object, String::new(), T::FIELDS);
        let item = T::read(&mut reader, &fields);
        let (valid, label) = (reader.valid, reader.label.clone());
        let Some(item) = item.filter(|_| valid) else {
            if !label.starts_with('#') {
                ids.left_out.push(label);
            }
            continue;
        };
        if let Some(first) = seen.get(item.id()) {
            let at = object
                .get("id")
                .map_or(object.range.start, |p| super::reader::start(&p.value));
            source.report(
                Severity::Error,
                at,
                Some(&label),
                Some("id"),
                ProblemKind::DuplicateId { first_item: *first },
            );
            continue;
        }
        seen.insert(item.id().to_string(), index + 1);
        let at = object
            .get("id")
            .map_or(object.range.start, |p| super::reader::start(&p.value));
        let (line, column) = source.position(at);
        ids.kept.push((item.id().to_string(), line, column));
        read.push(item);
    }
    Ok(read)
}

impl Content {
    /// Reads the files (see [`ContentReader`]).
    pub fn read(
        site: FileText,
        partners: FileText,
        internships: FileText,
        programs: FileText,
        news: FileText,
    ) -> Content {
        let mut reader = ContentReader::new(site, partners);
        let internships = reader.read(internships);
        let programs = reader.read(programs);
        let news = reader.read(news);
        reader.finish(internships, programs, news)
    }

    /// The problems of the files, as [`Content::read`] finds them, without building the search
    /// indexes nobody will search: for the check command and the editor, which checks as one types.
    pub fn problems(
        site: FileText,
        partners: FileText,
        internships: FileText,
        programs: FileText,
        news: FileText,
    ) -> Vec<Problem> {
        let mut reader = ContentReader::start(site, partners, false);
        let internships = reader.read(internships);
        let programs = reader.read(programs);
        let news = reader.read(news);
        reader.finish(internships, programs, news).problems
    }

    /// The name of the partner `id`, when partners.json has it.
    pub fn partner_name(&self, id: &str) -> Option<Text> {
        partner_name(&self.partners, id)
    }

    /// Each of `ids` with the partner's name, when partners.json has it.
    pub fn partner_names(&self, ids: &[String]) -> Vec<(String, Option<Text>)> {
        ids.iter()
            .map(|id| (id.clone(), self.partner_name(id)))
            .collect()
    }

    /// The network's members that partners.json has, in the site file's order.
    pub fn members(&self) -> Vec<Partner> {
        let Ok(partners) = &self.partners else {
            return Vec::new();
        };
        let members = self.site.members.iter();
        members.filter_map(|id| partners.get(id).cloned()).collect()
    }

    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }
}

/// Reads the content one file at a time, site.json and partners.json first, so that every code
/// and every reference to a partner can be checked; when one of them is unusable, what it would
/// check is kept unchecked. The other files may come in any order: the browser reads each as
/// soon as it has arrived.
pub struct ContentReader {
    site: Option<SiteFile>,
    partners: Section<Partner>,
    known: Option<KnownPartners>,
    /// Each partner kept and where its id is written: those that nothing refers to are reported.
    kept_partners: Vec<(String, usize, usize)>,
    problems: Vec<Problem>,
    /// Whether the sections get their search indexes.
    indexed: bool,
}

impl ContentReader {
    pub fn new(site: FileText, partners: FileText) -> ContentReader {
        ContentReader::start(site, partners, true)
    }

    fn start(site: FileText, partners: FileText, indexed: bool) -> ContentReader {
        let mut problems = Vec::new();
        let site = match site {
            Ok(text) => {
                let section = read_site(&text);
                problems.extend(section.problems);
                section.site.ok().map(|site| (site, section.member_places))
            }
            Err(SectionError::Unreadable(problem)) => {
                problems.push(problem);
                None
            }
            // The check and the browser report an unavailable file themselves.
            Err(SectionError::Unavailable { .. }) => None,
        };
        let mut ids = ItemIds::default();
        let partners = read_section::<Partner>(
            partners,
            None,
            site.as_ref().map(|s| &s.0),
            &mut problems,
            &mut ids,
        );
        let known = partners.as_ref().ok().map(|p| KnownPartners {
            shown: p.iter().map(|p| p.id.clone()).collect(),
            left_out: ids.left_out.into_iter().collect(),
        });
        let partners = Indexing::new(partners, None, indexed).finish();
        let site = site.map(|(mut site, places)| {
            if let Some(known) = &known {
                check_members(&mut site, places, known, &mut problems);
            }
            site
        });
        ContentReader {
            site,
            partners,
            known,
            kept_partners: ids.kept,
            problems,
            indexed,
        }
    }

    /// Reads internships.json, programs.json or news.json.
    pub fn read<T: Item>(&mut self, text: FileText) -> Section<T> {
        self.read_in_parts(text).finish()
    }

    /// Reads internships.json, programs.json or news.json, and leaves their search index to be
    /// built a part at a time ([`Indexing::index`]).
    pub fn read_in_parts<T: Item>(&mut self, text: FileText) -> Indexing<T> {
        let items = read_section::<T>(
            text,
            self.known.as_ref(),
            self.site.as_ref(),
            &mut self.problems,
            &mut ItemIds::default(),
        );
        let partners = self.partners.as_ref().ok().cloned();
        Indexing::new(items, partners, self.indexed)
    }

    pub fn finish(
        mut self,
        internships: Section<Internship>,
        programs: Section<Program>,
        news: Section<NewsItem>,
    ) -> Content {
        if let (Ok(internships), Ok(programs), Ok(news)) = (&internships, &programs, &news) {
            let referenced: HashSet<&str> = internships
                .items
                .iter()
                .map(|i| i.host.as_str())
                .chain(
                    programs
                        .items
                        .iter()
                        .flat_map(|p| p.partners.iter().map(String::as_str)),
                )
                .chain(
                    news.items
                        .iter()
                        .flat_map(|n| n.partners.iter().map(String::as_str)),
                )
                .collect();
            let unreferenced = self
                .kept_partners
                .into_iter()
                .filter(|(id, _, _)| !referenced.contains(&id.as_str()));
            self.problems
                .extend(unreferenced.map(|(id, line, column)| Problem {
                    severity: Severity::Warning,
                    file: ContentFile::Partners.name().to_string(),
                    line,
                    column,
                    item: Some(id),
                    field: Some("id".into()),
                    kind: Box::new(ProblemKind::UnreferencedPartner),
                }));
        }
        // In the files' order, then by place, whichever file was read first.
        let file_order = |p: &Problem| ContentFile::ALL.iter().position(|f| f.name() == p.file);
        sort_by(&mut self.problems, &|a, b| {
            (file_order(a), a.line, a.column).cmp(&(file_order(b), b.line, b.column))
        });
        Content {
            site: self.site.unwrap_or_default(),
            partners: self.partners,
            internships,
            programs,
            news,
            problems: self.problems,
        }
    }
}

/// A section read whose search index is being built, a part at a time: with ten thousand
/// internships, indexing them at once held the browser for about half a second.
pub struct Indexing<T> {
    items: Result<Vec<T>, SectionError>,
    partners: Option<Arc<Listing<Partner>>>,
    key: IndexBuilder,
    /// How many items are indexed (all, for a reader without indexes).
    done: usize,
}

impl<T: Item> Indexing<T> {
    /// The items, to be indexed when `indexed` (a check only wants the problems); `partners`
    /// name the hosts an item's search words include.
    fn new(
        items: Result<Vec<T>, SectionError>,
        partners: Option<Arc<Listing<Partner>>>,
        indexed: bool,
    ) -> Self {
        Indexing {
            items,
            partners,
            key: IndexBuilder::new(),
            done: if indexed { 0 } else { usize::MAX },
        }
    }

    /// Indexes up to `count` more items; `true` once every item is.
    pub fn index(&mut self, count: usize) -> bool {
        let Ok(items) = &self.items else {
            return true;
        };
        let partners = self.partners.as_deref();
        for item in items.iter().skip(self.done).take(count) {
            item.search_terms(partners, &mut self.key);
            self.key.end_item();
            self.done += 1;
        }
        self.done >= items.len()
    }

    /// The section, with whatever is left indexed.
    pub fn finish(mut self) -> Section<T> {
        self.index(usize::MAX);
        let items = self.items?;
        Ok(Arc::new(Listing::indexed(items, self.key.finish())))
    }
}

fn read_section<T: Item>(
    text: FileText,
    partners: Option<&KnownPartners>,
    site: Option<&SiteFile>,
    problems: &mut Vec<Problem>,
    ids: &mut ItemIds,
) -> Result<Vec<T>, SectionError> {
    let text = text.inspect_err(|error| {
        if let SectionError::Unreadable(problem) = error {
            problems.push(problem.clone());
        }
    })?;
    let section = read_file::<T>(&text, partners, site);
    problems.extend(section.problems);
    *ids = section.ids;
    section.items
}

/// A member must be a partner shown in partners.json: one that is not is left out of the members.
fn check_members(
    site: &mut SiteFile,
    places: Vec<(String, usize, usize)>,
    partners: &KnownPartners,
    problems: &mut Vec<Problem>,
) {
    let ids: Vec<&str> = partners.shown.iter().map(String::as_str).collect();
    for (id, line, column) in places {
        if partners.shown.contains(&id) {
            continue;
        }
        let suggestion = super::reader::closest(&id, &ids).map(str::to_string);
        site.members.retain(|m| *m != id);
        problems.push(Problem {
            severity: Severity::Error,
            file: ContentFile::Site.name().to_string(),
            line,
            column,
            item: Some("members".into()),
            field: None,
            kind: Box::new(ProblemKind::UnknownMember { id, suggestion }),
        });
    }
}

#[cfg(test)]
mod tests;
