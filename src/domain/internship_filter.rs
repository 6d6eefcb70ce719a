//! The filters of the internships list, as they live in the URL query beside the search text and
//! the page: fields, place, mode, pay, language, how recent, open or past view, sort. Unknown or
//! malformed values are ignored, so any link opens a list.

use super::counting::{counted, narrowed, Counts, FacetTable, Narrowed, UNCOUNTED};
use super::date::Date;
use super::internship::{Internship, Mode};
use super::keyword::{keyword, Keyword};
use super::lang::Lang;
use super::list_filter::{is_country, is_language};
use super::list_query::{ListQuery, UrlState};

use super::content::Listing;
use super::search::{fold, LabelWords, Query, RecentSearches};
use super::sorting::{positions_by, sort_by};
use super::text::Text;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Internships still open to applications (the default).
    #[default]
    Open,
    /// Internships whose deadline has passed.
    Past,
}

keyword!(
    /// Soonest deadline first for open internships, latest first for past ones (the default);
    /// most recently posted first; by title.
    Sort {
        Deadline = "deadline",
        Newest = "newest",
        Title = "title",
    }
);

// `keyword!` writes the enum and its derives; the default is ours.
#[allow(clippy::derivable_impls)]
impl Default for Sort {
    fn default() -> Self {
        Sort::Deadline
    }
}

/// The "posted within" choices.
pub const POSTED_WITHIN_DAYS: [u32; 2] = [7, 30];

#[derive(Clone, Debug, PartialEq)]
pub struct InternshipFilter {
    /// Subject tags; an internship matches when it has any of them.
    pub fields: Vec<String>,
    pub country: Option<String>,
    /// A city's key: its folded English (or first) name.
    pub city: Option<String>,
    pub mode: Option<Mode>,
    pub paid_only: bool,
    /// A working language code.
    pub language: Option<String>,
    pub posted_within: Option<u32>,
    pub view: View,
    pub sort: Sort,
}

impl UrlState for InternshipFilter {
    /// Reads the URL query's pairs; anything unknown or malformed is left at its default.
    fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut filter = InternshipFilter::default();
        for (key, value) in pairs {
            let value = value.trim();
            match key {
                "field" if is_tag(value) && !filter.fields.iter().any(|f| f == value) => {
                    filter.fields.push(value.to_string())
                }
                "country" if is_country(value) => filter.country = Some(value.to_string()),
                "city" if !value.is_empty() => filter.city = Some(fold(value)),
                "mode" => filter.mode = Mode::parse(value).or(filter.mode),
                "paid" if value == "1" => filter.paid_only = true,
                "language" if is_language(value) => filter.language = Some(value.to_string()),
                "posted" => {
                    filter.posted_within = value
                        .parse()
                        .ok()
                        .filter(|d| POSTED_WITHIN_DAYS.contains(d))
                        .or(filter.posted_within)
                }
                "view" if value == "past" => filter.view = View::Past,
                "sort" => filter.sort = Sort::parse(value).unwrap_or(filter.sort),
                _ => {}
            }
        }
        filter
    }

    /// The URL query's pairs in a fixed order, defaults left out: equal filters, equal links.
    fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> = Vec::new();
        pairs.extend(self.fields.iter().map(|f| ("field", f.clone())));
        pairs.extend(self.country.clone().map(|c| ("country", c)));
        pairs.extend(self.city.clone().map(|c| ("city", c)));
        pairs.extend(self.mode.map(|m| ("mode", m.as_str().to_string())));
        if self.paid_only {
            pairs.push(("paid", "1".into()));
        }
        pairs.extend(self.language.clone().map(|l| ("language", l)));
        pairs.extend(self.posted_within.map(|d| ("posted", d.to_string())));
        if self.view == View::Past {
            pairs.push(("view", "past".into()));
        }
        if self.sort != Sort::default() {
            pairs.push(("sort", self.sort.as_str().to_string()));
        }
        pairs
    }

    /// The same view and sort with every filter removed.
    fn cleared(&self) -> InternshipFilter {
        InternshipFilter {
            view: self.view,
            sort: self.sort,
            ..Default::default()
        }
    }
}

impl InternshipFilter {
    /// Which filters `internship` fails, one bit per [`Facet`] and [`UNCOUNTED`] for the others.
    fn fails(&self, internship: &Internship, today: Date) -> u32 {
        let mut failed = 0;
        let mut check = |bit: u32, passes: bool| {
            if !passes {
                failed |= bit
            }
        };
        check(
            Facet::Field.bit(),
            self.fields.is_empty() || internship.fields.iter().any(|f| self.fields.contains(f)),
        );
        check(
            Facet::Country.bit(),
            self.country
                .as_ref()
                .is_none_or(|c| *c == internship.country),
        );
        check(
            Facet::City.bit(),
            self.city
                .as_ref()
                .is_none_or(|c| *c == city_key(internship)),
        );
        check(
            Facet::Mode.bit(),
            self.mode.is_none_or(|m| m == internship.mode),
        );
        check(
            Facet::Language.bit(),
            self.language
                .as_ref()
                .is_none_or(|l| internship.languages.contains(l)),
        );
        check(
            UNCOUNTED,
            (!self.paid_only || internship.paid)
                && self.posted_within.is_none_or(|days| {
                    internship.posted.days_until(today) < i64::from(days)
                        && internship.posted <= today
                }),
        );
        failed
    }

    fn in_view(&self, internship: &Internship, today: Date) -> bool {
        match self.view {
            View::Open => internship.is_open(today),
            View::Past => !internship.is_open(today),
        }
    }
}

impl ListQuery<InternshipFilter> {
    /// The internships that the search text finds, as positions in `ordered` (from [`order`] for this
    /// view and sort in `lang`), best first when there is search text and the reader chose no
    /// sort; and how many each filter's choices would give. `labels` names what the index's
    /// labels say. `recent` holds this list's earlier searches: typing searches their results,
    /// not every internship again, and a change of filter searches nothing again.
    pub fn results(
        &self,
        list: &Listing<Internship>,
        labels: &LabelWords,
        ordered: &[usize],
        today: Date,
        lang: Lang,
        recent: &mut RecentSearches<(View, Sort, Lang)>,
    ) -> Narrowed {
        let items = &list.items;
        let (filter, query) = (&self.filter, Query::new(&self.text));
        let candidates = || {
            ordered
                .iter()
                .copied()
                .filter(|&i| filter.in_view(&items[i], today))
                .collect()
        };
        let unfiltered = *filter == filter.cleared();
        let matcher = recent.matcher(&query, &list.search, labels);
        let found = recent.matching((filter.view, filter.sort, lang), matcher, candidates);
        narrowed(
            &found,
            !query.is_empty() && filter.sort == Sort::Deadline,
            // The options follow from the internships alone.
            list.facet_table((), |items| {
                FacetTable::new(items.len(), Facet::ALL.len(), &|facet, at| {
                    Facet::ALL[facet].values(&items[at])
                })
            }),
            // With no filter chosen, as while typing, no internship fails one.
            &|at| {
                if unfiltered {
                    0
                } else {
                    filter.fails(&items[at], today)
                }
            },
        )
    }
}

/// The filters whose choices show how many internships they would give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Field,
    Country,
    City,
    Mode,
    Language,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::Field,
        Facet::Country,
        Facet::City,
        Facet::Mode,
        Facet::Language,
    ];

    fn bit(self) -> u32 {
        1 << self as u32
    }

    /// The choices of this filter an internship answers to.
    fn values(self, internship: &Internship) -> Vec<String> {
        match self {
            Facet::Field => internship.fields.clone(),
            Facet::Country => vec![internship.country.clone()],
            Facet::City => vec![city_key(internship)],
            Facet::Mode => vec![internship.mode.as_str().to_string()],
            Facet::Language => internship.languages.clone(),
        }
    }
}

impl From<Facet> for usize {
    fn from(facet: Facet) -> usize {
        facet as usize
    }
}

/// Every internship's position in the order of `sort` for `view`.
pub fn order(items: &[Internship], view: View, sort: Sort, lang: Lang) -> Vec<usize> {
    match (sort, view) {
        (Sort::Deadline, View::Open) => positions_by(items.len(), &|a, b| {
            items[a].deadline.cmp(&items[b].deadline)
        }),
        (Sort::Deadline, View::Past) => positions_by(items.len(), &|a, b| {
            items[b].deadline.cmp(&items[a].deadline)
        }),
        (Sort::Newest, _) => {
            positions_by(items.len(), &|a, b| items[b].posted.cmp(&items[a].posted))
        }
        (Sort::Title, _) => {
            let titles: Vec<String> = items
                .iter()
                .map(|internship| fold(internship.title.get(lang)))
                .collect();
            positions_by(items.len(), &|a, b| titles[a].cmp(&titles[b]))
        }
    }
}

impl Default for InternshipFilter {
    fn default() -> Self {
        InternshipFilter {
            fields: Vec::new(),
            country: None,
            city: None,
            mode: None,
            paid_only: false,
            language: None,
            posted_within: None,
            view: View::Open,
            sort: Sort::Deadline,
        }
    }
}

/// The choices the filters offer, from the internships themselves, most common first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facets {
    pub fields: Counts<String>,
    pub countries: Counts<String>,
    /// City key, its name, and how many internships are there.
    pub cities: Vec<(String, Text, usize)>,
    pub languages: Counts<String>,
}

impl Facets {
    /// The facets of `items`, read without copying them (the page offers those of ten thousand).
    pub fn of<'a, I>(items: I) -> Facets
    where
        I: IntoIterator<Item = &'a Internship>,
        I::IntoIter: Clone,
    {
        let items = items.into_iter();
        let mut cities: Vec<(String, Text, usize)> = Vec::new();
        for internship in items.clone() {
            let key = city_key(internship);
            match cities.iter_mut().find(|(k, _, _)| *k == key) {
                Some(city) => city.2 += 1,
                None => cities.push((key, internship.city.clone(), 1)),
            }
        }
        sort_by(&mut cities, &|a, b| {
            b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0))
        });
        Facets {
            fields: counted(items.clone().flat_map(|i| i.fields.iter().cloned())),
            countries: counted(items.clone().map(|i| i.country.clone())),
            cities,
            languages: counted(items.flat_map(|i| i.languages.iter().cloned())),
        }
    }
}

/// How an internship's city is named in a link: its folded English name, else its first.
pub fn city_key(internship: &Internship) -> String {
    fold(internship.city.get(Lang::En))
}

fn is_tag(value: &str) -> bool {
    !value.is_empty() && value.len() <= 64 && !value.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> ListQuery<InternshipFilter> {
        ListQuery::from_query(query.split('&').filter_map(|p| p.split_once('=')))
    }

    #[test]
    fn a_link_round_trips() {
        let state = parse("q=law&field=law&field=pedagogy&country=KZ&city=almaty&mode=hybrid&paid=1&language=ru&posted=30&view=past&sort=newest&page=2");
        let filter = &state.filter;
        assert_eq!(filter.fields, vec!["law", "pedagogy"]);
        assert_eq!(filter.mode, Some(Mode::Hybrid));
        assert_eq!(
            (filter.view, filter.sort, state.page, filter.posted_within),
            (View::Past, Sort::Newest, 2, Some(30))
        );
        let again = ListQuery::from_query(state.to_query().iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(again, state);
    }

    #[test]
    fn unknown_and_malformed_values_are_ignored() {
        let filter = parse("mode=teleport&paid=yes&posted=3&view=future&sort=random&page=0&page=x&country=kz&language=RUS&utm_source=x");
        assert_eq!(filter, ListQuery::default());
        assert!(filter.to_query().is_empty());
        assert!(!filter.is_filtered());
    }

    #[test]
    fn clearing_keeps_view_and_sort() {
        let filter = parse("field=law&view=past&sort=title&page=3");
        assert!(filter.is_filtered());
        let cleared = filter.cleared();
        assert_eq!(
            cleared.to_query(),
            vec![("view", "past".to_string()), ("sort", "title".to_string())]
        );
    }

    fn titles(query: &str) -> Vec<String> {
        let content = crate::domain::fixture::fixture_content();
        let list = content.internships.as_ref().unwrap();
        let today = Date::parse("2026-11-23").unwrap();
        let filter = parse(query);
        let ordered = order(
            &list.items,
            filter.filter.view,
            filter.filter.sort,
            Lang::En,
        );
        let found = filter.results(
            list,
            &LabelWords::default(),
            &ordered,
            today,
            Lang::En,
            &mut RecentSearches::new(),
        );
        found
            .shown
            .into_iter()
            .map(|i| list.items[i].id.clone())
            .collect()
    }

    #[test]
    fn filters_narrow_and_combine() {
        assert_eq!(
            titles(""),
            ["teaching-semey", "law-almaty", "law-remote"],
            "open ones, soonest deadline first"
        );
        assert_eq!(
            titles("view=past"),
            ["engineering-astana", "law-archive"],
            "past ones, latest deadline first"
        );
        assert_eq!(titles("field=law"), ["law-almaty", "law-remote"]);
        assert_eq!(
            titles("field=law&field=pedagogy"),
            ["teaching-semey", "law-almaty", "law-remote"],
            "any of the fields"
        );
        assert_eq!(titles("field=law&city=Almaty"), ["law-almaty"]);
        assert_eq!(titles("paid=1"), ["teaching-semey", "law-remote"]);
        assert_eq!(titles("country=US&mode=remote"), ["law-remote"]);
        assert_eq!(titles("language=kk"), ["teaching-semey", "law-almaty"]);
        assert_eq!(titles("country=ZZ"), Vec::<String>::new());
        assert_eq!(
            titles("sort=newest"),
            ["law-almaty", "teaching-semey", "law-remote"]
        );
    }

    #[test]
    fn posted_within_counts_back_from_today() {
        // Posted 3 and 5 days before the day; the other open one 53 days before.
        assert_eq!(titles("posted=30"), ["teaching-semey", "law-almaty"]);
        assert_eq!(titles("posted=7"), ["teaching-semey", "law-almaty"]);
    }

    #[test]
    fn facets_offer_what_the_internships_have_most_common_first() {
        let content = crate::domain::fixture::fixture_content();
        let items = &content.internships.as_ref().unwrap().items;
        let facets = Facets::of(items);
        assert_eq!(
            facets.fields,
            [
                ("law".to_string(), 3),
                ("engineering".to_string(), 2),
                ("pedagogy".to_string(), 1)
            ]
        );
        assert_eq!(
            facets.countries,
            [("KZ".to_string(), 4), ("US".to_string(), 1)]
        );
        let cities: Vec<(&str, usize)> = facets
            .cities
            .iter()
            .map(|(key, _, n)| (key.as_str(), *n))
            .collect();
        assert_eq!(
            cities,
            [
                ("almaty", 2),
                ("astana", 1),
                ("philadelphia", 1),
                ("semey", 1)
            ]
        );
    }

    /// Internships of the test's own: law in Almaty and Osh, pedagogy in Semey.
    fn fixture() -> crate::domain::Content {
        let internship = |id: &str, city: &str, field: &str, mode: &str| {
            format!(
                r#"{{"id": "{id}", "title": "{field} practice", "host": "uni", "city": "{city}", "country": "KZ", "mode": "{mode}",
  "fields": ["{field}"], "description": "Work.", "posted": "2026-10-01", "deadline": "2026-12-20", "paid": false,
  "languages": ["ru"], "apply": "https://example.kz/apply"}}"#
            )
        };
        let items = [
            internship("law-almaty", "Almaty", "law", "onsite"),
            internship("law-osh", "Osh", "law", "remote"),
            internship("law-almaty-2", "Almaty", "law", "remote"),
            internship("pedagogy-semey", "Semey", "pedagogy", "onsite"),
        ];
        crate::domain::Content::read(
            // No site file: these fixtures' codes are not checked.
            Err(crate::domain::SectionError::unavailable(
            crate::domain::ContentFile::Site,
            "not published".into(),
        )),
            Ok(r#"{"items": [{"id": "uni", "name": "University", "kind": "university", "country": "KZ", "city": "Almaty"}]}"#.into()),
            Ok(format!(r#"{{"items": [{}]}}"#, items.join(","))),
            Ok(r#"{"items": []}"#.into()),
            Ok(r#"{"items": []}"#.into()),
        )
    }

    #[test]
    fn each_choice_counts_what_it_would_give_with_the_other_filters() {
        let content = fixture();
        let list = content.internships.as_ref().unwrap();
        let today = Date::parse("2026-11-23").unwrap();
        let results = |query: &str| {
            let filter = parse(query);
            let ordered = order(
                &list.items,
                filter.filter.view,
                filter.filter.sort,
                Lang::En,
            );
            let recent = &mut RecentSearches::new();
            filter.results(
                list,
                &LabelWords::default(),
                &ordered,
                today,
                Lang::En,
                recent,
            )
        };
        let all = results("");
        assert_eq!(all.shown.len(), 4);
        assert_eq!(all.counts().count(Facet::City, "almaty"), 2);
        assert_eq!(all.counts().count(Facet::Field, "pedagogy"), 1);
        // In Semey there is no law: choosing it would give nothing. The other cities still count
        // with the city itself left out, so one can move to another.
        let semey = results("city=semey");
        assert_eq!(semey.shown.len(), 1);
        assert_eq!(semey.counts().count(Facet::Field, "law"), 0);
        assert_eq!(semey.counts().count(Facet::Field, "pedagogy"), 1);
        assert_eq!(semey.counts().count(Facet::City, "almaty"), 2);
        // Every filter but the facet's own applies, and the search text too.
        let remote_law = results("q=law&mode=remote");
        assert_eq!(remote_law.shown.len(), 2);
        assert_eq!(remote_law.counts().count(Facet::City, "almaty"), 1);
        assert_eq!(remote_law.counts().count(Facet::City, "semey"), 0);
        assert_eq!(remote_law.counts().count(Facet::Mode, "onsite"), 1);
        assert_eq!(remote_law.counts().count(Facet::Mode, "remote"), 2);
    }
}
