//! The header with the way into every section and the language switcher, and the footer.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use super::header_search::HeaderSearch;
use super::saved_button::{use_saved, Saved};
use crate::domain::Lang;
use crate::i18n::endonym;
use crate::site::{page_address, remember_lang, t, to, use_site};

/// The first stop of the keyboard: straight to the page's content. Focus is moved by hand, as
/// the router would treat `#main` as a navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    let to_main = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document()
            .get_element_by_id("main")
            .and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
        {
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! { <a class="skip-link" href="#main" on:click=to_main>{t().skip_to_content}</a> }
}

#[component]
pub fn Header() -> impl IntoView {
    let t = t();
    view! {
        <header class="site-header">
            <A href=to("/") attr:class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                <span>{t.brand}</span>
            </A>
            <nav aria-label=t.sections>
                <ul>
                    <li><A href=to("/partners")>{t.nav_partners}</A></li>
                    <li><A href=to("/internships")>{t.nav_internships}</A></li>
                    <li><A href=to("/programs")>{t.nav_programs}</A></li>
                    <li><A href=to("/news")>{t.nav_news}</A></li>
                    <li><A href=to("/network")>{t.network_title}</A></li>
                    <li><SavedLink/></li>
                </ul>
            </nav>
            <div class="header-tools">
                <HeaderSearch/>
                <LanguageSwitcher/>
                <LowVisionToggle/>
            </div>
        </header>
    }
}

/// The saved page, with how many internships are saved.
#[component]
fn SavedLink() -> impl IntoView {
    let Saved(ids) = use_saved();
    view! {
        <A href=to("/saved") attr:class="saved-link">
            <span aria-hidden="true">"★ "</span>{t().nav_saved}
            <span class="saved-count">{move || format!(" ({})", ids.read().len())}</span>
        </A>
    }
}

/// The same page in each language, each named in its own. A link, so that it works before the
/// app and without script; the browser loads the page, prerendered in that language.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let current = use_site().lang;
    let location = use_location();
    let links = Lang::ALL.into_iter().map(|choice| {
        let href = move || {
            let search = location.search.get();
            let query = if search.is_empty() { String::new() } else { format!("?{search}") };
            format!("{}{query}", page_address(&location.pathname.get(), Some(choice)))
        };
        view! {
            <a href=href hreflang=choice.code() lang=choice.code() aria-current=(choice == current).then_some("true") on:click=move |_| remember_lang(choice)>
                {endonym(choice)}
            </a>
        }
    }).collect_view();
    view! { <nav class="language-switcher" aria-label=t().language>{links}</nav> }
}

/// Larger text, high contrast and no motion, beside the language switcher as on public sites here.
#[component]
fn LowVisionToggle() -> impl IntoView {
    let low_vision = use_site().low_vision;
    view! {
        <button type="button" class="low-vision-toggle" aria-pressed=move || low_vision.get().to_string() on:click=move |_| low_vision.update(|on| *on = !*on)>
            {t().low_vision}
        </button>
    }
}

/// Says plainly when this tab shows an editor's drafts rather than the published site.
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let preview = use_site().preview;
    let t = t();
    view! {
        <Show when=move || preview.get()>
            <p class="preview-banner" role="note">{t.preview_banner}" "<a href=to("/preview")>{t.open_preview}</a></p>
        </Show>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t().footer}</p>
        </footer>
    }
}
