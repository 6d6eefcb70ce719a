//! A list's state as it lives in the URL query: the search text (`q`), the page (`page`) and the
//! list's own filters and order. Those two keys are read and written here only; unknown or
//! malformed values are ignored, so any link opens a list.

use super::paging::parse_page;

/// The key of the search text.
pub const SEARCH_KEY: &str = "q";
/// The key of the page, 1-based.
pub const PAGE_KEY: &str = "page";

/// A list's own filters and order that round-trip through the URL query.
pub trait UrlState: Clone + PartialEq + Default + Send + Sync + 'static {
    /// Reads the pairs it knows; the search text and the page are not its own.
    fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self;
    /// Pairs in a fixed order, defaults left out: equal filters, equal links.
    fn to_query(&self) -> Vec<(&'static str, String)>;
    /// The same state with every filter removed (what is not a filter, such as the order, stays).
    fn cleared(&self) -> Self;
}

/// A list without filters of its own.
impl UrlState for () {
    fn from_query<'a>(_: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {}

    fn to_query(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    fn cleared(&self) -> Self {}
}

/// The whole state of a list: search text, page and the list's filters `F`.
#[derive(Clone, Debug, PartialEq)]
pub struct ListQuery<F> {
    pub text: String,
    /// 1-based; a page past the end shows the last.
    pub page: usize,
    pub filter: F,
}

impl<F: Default> Default for ListQuery<F> {
    fn default() -> Self {
        ListQuery {
            text: String::new(),
            page: 1,
            filter: F::default(),
        }
    }
}

impl<F: UrlState> ListQuery<F> {
    pub fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let pairs: Vec<_> = pairs.into_iter().collect();
        let mut query = ListQuery {
            filter: F::from_query(pairs.iter().copied()),
            ..ListQuery::default()
        };
        for (key, value) in pairs {
            match key {
                // Untrimmed: the field shows it as typed, spaces between words included.
                SEARCH_KEY => query.text = value.to_string(),
                PAGE_KEY => query.page = parse_page(value).unwrap_or(query.page),
                _ => {}
            }
        }
        query
    }

    /// The search text first, then the filters, then the page.
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.text.is_empty() {
            pairs.push((SEARCH_KEY, self.text.clone()));
        }
        pairs.extend(self.filter.to_query());
        if self.page > 1 {
            pairs.push((PAGE_KEY, self.page.to_string()));
        }
        pairs
    }

    /// Another search text, from the first page.
    pub fn with_text(&self, text: String) -> Self {
        ListQuery {
            text,
            page: 1,
            filter: self.filter.clone(),
        }
    }

    pub fn with_page(&self, page: usize) -> Self {
        ListQuery {
            page,
            ..self.clone()
        }
    }

    /// The filters changed by `change`, from the first page.
    pub fn with_filter(&self, change: impl FnOnce(&mut F)) -> Self {
        let mut filter = self.filter.clone();
        change(&mut filter);
        ListQuery {
            text: self.text.clone(),
            page: 1,
            filter,
        }
    }

    /// Without search text and filters, from the first page.
    pub fn cleared(&self) -> Self {
        ListQuery {
            filter: self.filter.cleared(),
            ..ListQuery::default()
        }
    }

    /// Whether the search text or any filter narrows the list (the order and page do not).
    pub fn is_filtered(&self) -> bool {
        !self.text.is_empty() || self.filter != self.filter.cleared()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Colour(Option<String>);

    impl UrlState for Colour {
        fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
            Colour(
                pairs
                    .into_iter()
                    .find(|(k, _)| *k == "colour")
                    .map(|(_, v)| v.to_string()),
            )
        }

        fn to_query(&self) -> Vec<(&'static str, String)> {
            self.0.iter().map(|c| ("colour", c.clone())).collect()
        }

        fn cleared(&self) -> Self {
            Colour(None)
        }
    }

    fn parse(query: &str) -> ListQuery<Colour> {
        ListQuery::from_query(query.split('&').filter_map(|p| p.split_once('=')))
    }

    #[test]
    fn text_filters_and_page_round_trip_in_a_fixed_order() {
        let query = parse("page=3&colour=red&q=law&utm=x");
        assert_eq!(
            query.to_query(),
            [
                ("q", "law".to_string()),
                ("colour", "red".to_string()),
                ("page", "3".to_string())
            ]
        );
        assert!(query.is_filtered());
        assert!(!query.cleared().is_filtered());
        assert!(parse("page=0&page=x").to_query().is_empty());
    }

    #[test]
    fn a_new_search_or_filter_starts_from_the_first_page() {
        let query = parse("q=law&colour=red&page=3");
        assert_eq!(query.with_text("lawyer".into()).page, 1);
        assert_eq!(query.with_filter(|c| c.0 = None).page, 1);
        assert_eq!(query.with_page(2).text, "law");
    }
}
