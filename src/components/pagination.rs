//! The links to the pages beside the current one of a long list (the page is in the URL:
//! `?page=2`, see `use_list`).

use leptos::prelude::*;

use super::use_list::ListParts;
use crate::site::{t, to};

/// Previous and next page links of `list`, and where the reader is; nothing when the list fits
/// on one page. The links keep the rest of the list's state: the search and the filters.
#[component]
pub fn Pagination(
    #[prop(into)] list: ListParts,
    #[prop(into)] pages: Signal<usize>,
) -> impl IntoView {
    let t = t();
    move || {
        let pages = pages.get();
        let page = list.page.get().clamp(1, pages.max(1));
        let link = move |page: usize| to(&list.page_href.run(page));
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
