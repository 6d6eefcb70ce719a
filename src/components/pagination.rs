//! The page of a long list, read from the URL (`?page=`), and the links to the pages beside it.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::domain::paging::{page_of, parse_page};
use crate::site::{t, to};

/// The page of the current list the URL asks for (1 when it asks for none or for nonsense).
pub fn use_page() -> Memo<usize> {
    let query = use_query_map();
    Memo::new(move |_| {
        query
            .read()
            .get_str("page")
            .and_then(parse_page)
            .unwrap_or(1)
    })
}

/// The positions of `matches` on `page`, and how many pages there are: a list's cards follow
/// this, so a keystroke that leaves the page as it was draws nothing.
pub fn use_page_of(matches: Memo<Vec<usize>>, page: Signal<usize>) -> Memo<(Vec<usize>, usize)> {
    Memo::new(move |_| {
        let matches = matches.read();
        let (shown, pages) = page_of(&matches, page.get());
        (shown.to_vec(), pages)
    })
}

/// Previous and next page links of the list at `path`, and where the reader is; nothing when the
/// list fits on one page. The links keep the rest of the URL query: the search and the filters.
#[component]
pub fn Pagination(
    path: &'static str,
    #[prop(into)] page: Signal<usize>,
    #[prop(into)] pages: Signal<usize>,
) -> impl IntoView {
    let t = t();
    let query = use_query_map();
    move || {
        let pages = pages.get();
        let page = page.get().clamp(1, pages.max(1));
        let query = query.get();
        let link = move |page: usize| {
            let mut params = query.clone();
            if page > 1 {
                params.replace("page", page.to_string());
            } else {
                params.remove("page");
            }
            to(&format!("{path}{}", params.to_query_string()))
        };
        (pages > 1).then(|| {
            view! {
                <nav class="pagination" aria-label=t.pages>
                    {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">{t.previous_page}</a> })}
                    <span aria-current="page">{(t.page_of)(page, pages)}</span>
                    {(page < pages).then(|| view! { <a href=link(page + 1) rel="next">{t.next_page}</a> })}
                </nav>
            }
        })
    }
}
