//! Starting the app in the browser. A page the build prerendered stays on screen, readable and
//! with working links, while the content files load; then the app replaces it in one go with
//! the same markup drawn from the fresh content, so nothing flashes or moves. A page that was not
//! prerendered (`trunk serve` in development) starts the app at once, with placeholders.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, UnwrapThrowExt};

use crate::browser::{next_task, started};
use crate::components::apart::{apart, NotLoaded};
use crate::components::drawing::{Drawing, PageArrival, STAGES};
use crate::domain::list_query::{PAGE_KEY, SEARCH_KEY};
use crate::domain::Lang;
use crate::i18n::{self, Messages};
use crate::site::head::page_head_tags;
use crate::site::loading::load_content;
use crate::site::shell::PRERENDERED;
use crate::site::{lang_in_address, previewing, Address};
use crate::App;

// Each language's words are a part of their own, and a page is in one language
// (`i18n::messages`).
apart!(words_kk: fn() -> &'static Messages { &i18n::kk::KK });
apart!(words_ru: fn() -> &'static Messages { &i18n::ru::RU });
apart!(words_en: fn() -> &'static Messages { &i18n::en::EN });

/// Fetches the words of `lang` and puts them in use.
async fn use_words(lang: Lang) -> Result<(), NotLoaded> {
    let words = match lang {
        Lang::Kk => words_kk::call().await?,
        Lang::Ru => words_ru::call().await?,
        Lang::En => words_en::call().await?,
    };
    i18n::use_words(lang, words);
    Ok(())
}

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    let body = document().body().expect_throw("a page has a body");
    if !body.has_attribute(PRERENDERED) {
        wasm_bindgen_futures::spawn_local(async move {
            match use_words(lang_in_address(Address::of_page())).await {
                Ok(()) => leptos::mount::mount_to_body(|| view! { <App content=None/> }),
                Err(NotLoaded) => body.set_text_content(Some(i18n::WORDS_NOT_LOADED)),
            }
        });
        return;
    }
    // Leptos sets up its executor when it mounts; until then, the browser's own.
    wasm_bindgen_futures::spawn_local(async move {
        // Starting the app's code was a long task already: the files are asked for in the next.
        next_task().await;
        let address = Address::of_page();
        let words = started(use_words(lang_in_address(address)));
        let content = load_content(address, previewing()).await;
        // Without its words the app cannot draw the page: the prerendered page stays, and its
        // links work.
        if words.await.is_err() {
            return;
        }
        // Reading the files, drawing the page and showing it are long tasks: the browser
        // answers input and paints between them rather than being blocked for all at once
        // (Lighthouse's total blocking time counts each task's time over 50 ms).
        next_task().await;
        let typing = TypedSearch::take();
        if let Some(typing) = &typing {
            typing.put_in_address();
        }
        // The page's own head, which the app writes again (`site/head.rs`): noted
        // before the app adds its tags.
        let prerendered_head = page_head_tags(None);
        // The app draws its page off screen, where the reader sees nothing of it, a stage per
        // task (`components/drawing.rs`); the task after the last puts it in the prerendered
        // page's place at once, so no frame is blank.
        let drawn: web_sys::HtmlElement = document()
            .create_element("div")
            .expect_throw("a document makes elements")
            .unchecked_into();
        let (stage, set_stage) = signal(0);
        let (arrival, arrived) = PageArrival::expect();
        leptos::mount::mount_to(drawn.clone(), move || {
            provide_context(Drawing(stage));
            provide_context(arrival);
            view! { <App content=Some(content)/> }
        })
        .forget();
        // The page's own code may still be on its way (`pages::routes`). If it does not come,
        // the prerendered page stays, and its links work.
        if arrived.await != Ok(true) {
            return;
        }
        for next in STAGES {
            next_task().await;
            set_stage.set(next);
        }
        next_task().await;
        let _ = body.remove_attribute(PRERENDERED);
        body.set_inner_html("");
        for tag in prerendered_head {
            tag.remove();
        }
        while let Some(node) = drawn.first_child() {
            let _ = body.append_child(&node);
        }
        if let Some(typing) = typing {
            typing.focus();
        }
    });
}

/// What a reader typed into a list's search field before the app arrived, so that it is not
/// lost: the field's id and text.
struct TypedSearch {
    id: String,
    text: String,
}

impl TypedSearch {
    fn take() -> Option<Self> {
        let field = document()
            .active_element()?
            .dyn_into::<web_sys::HtmlInputElement>()
            .ok()?;
        let text = field.value();
        (field.type_() == "search" && !field.id().is_empty() && !text.is_empty()).then(|| {
            TypedSearch {
                id: field.id(),
                text,
            }
        })
    }

    /// The search text belongs in the address (`?q=`), where the app reads it from.
    fn put_in_address(&self) {
        let Ok(url) = web_sys::Url::new(&window().location().href().unwrap_or_default()) else {
            return;
        };
        url.search_params().set(SEARCH_KEY, &self.text);
        url.search_params().delete(PAGE_KEY);
        let _ = window().history().and_then(|history| {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()))
        });
    }

    fn focus(self) {
        if let Some(field) = document()
            .get_element_by_id(&self.id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = field.focus();
        }
    }
}
