//! Long lists are shown a page at a time, and the page lives in the URL (`?page=2`), so a link,
//! a reload and back and forward show the same items, and the browser's find-in-page and the
//! keyboard work on a short list of real elements.

/// How many items one page of a list shows.
pub const PAGE_SIZE: usize = 20;

/// The page a URL's `page` value asks for: 1-based; anything else is not a page.
pub fn parse_page(value: &str) -> Option<usize> {
    value.trim().parse().ok().filter(|p| *p >= 1)
}

/// The page of `matches` to show, and how many pages there are; a page past the end shows the last.
pub fn page_of<T>(matches: &[T], page: usize) -> (&[T], usize) {
    let pages = matches.len().div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let start = (page - 1) * PAGE_SIZE;
    (
        &matches[start..(start + PAGE_SIZE).min(matches.len())],
        pages,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_hold_page_size_items_and_clamp() {
        let items: Vec<usize> = (0..45).collect();
        assert_eq!(page_of(&items, 1).0.len(), PAGE_SIZE);
        assert_eq!(page_of(&items, 3), (&items[40..], 3));
        assert_eq!(page_of(&items, 99).0, &items[40..]);
        assert_eq!(page_of(&Vec::<usize>::new(), 1), (&[][..], 1));
    }

    #[test]
    fn only_whole_positive_numbers_are_pages() {
        assert_eq!(parse_page("2"), Some(2));
        assert_eq!(parse_page(" 3 "), Some(3));
        for nonsense in ["0", "-1", "x", "", "1.5"] {
            assert_eq!(parse_page(nonsense), None, "{nonsense}");
        }
    }
}
