//! The header with the way into every section and the language switcher, and the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::header_search::HeaderSearch;
use super::icon::{Glyph, Icon};
use super::overlay::Overlay;
use crate::domain::Lang;
use crate::i18n::endonym;
use crate::site::saved::{use_saved, Saved};
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

/// The site's name, the search control and the sections. On phones the bar is one line (the
/// name, search, a menu button) and the sections, languages and low-vision choice open over the
/// page as a menu; wide screens show them all on that line (style/main.css). Without script the
/// menu is a plain list of links under the bar (style/noscript.css).
#[component]
pub fn Header() -> impl IntoView {
    let t = t();
    let menu = Overlay::new();
    let open = menu.open;
    let header = NodeRef::<leptos::html::Header>::new();
    // Following a link in the menu closes it.
    let location = use_location();
    Effect::watch(
        move || location.pathname.get(),
        move |_, _, _| open.set(false),
        false,
    );
    // While the menu is open, the focus stays in the header: the bar and the menu.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(header) = header.get_untracked() {
            menu.on_key(&ev, &header);
        }
    };
    view! {
        <header class="site-header" class:menu-open=open node_ref=header on:keydown=on_key>
            <div class="header-bar">
                <SectionLink path="/" class="brand">
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    <span>{t.brand}</span>
                </SectionLink>
                <HeaderSearch/>
                <button type="button" class="menu-button" node_ref=menu.opener aria-controls="site-menu"
                    aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                    {move || if open.get() { view! { <Icon glyph=Glyph::Close/> } } else { view! { <Icon glyph=Glyph::Menu/> } }}
                    <span class="visually-hidden">{t.phone.menu}</span>
                </button>
            </div>
            <div id="site-menu" class="site-menu" node_ref=menu.panel>
                <nav class="sections" aria-label=t.sections>
                    <ul>
                        <li><SectionLink path="/partners">{t.nav_partners}</SectionLink></li>
                        <li><SectionLink path="/internships">{t.nav_internships}</SectionLink></li>
                        <li><SectionLink path="/programs">{t.nav_programs}</SectionLink></li>
                        <li><SectionLink path="/news">{t.nav_news}</SectionLink></li>
                        <li><SectionLink path="/network">{t.network_title}</SectionLink></li>
                        <li><SavedLink/></li>
                    </ul>
                </nav>
                <div class="header-tools">
                    <LanguageSwitcher/>
                    <LowVisionToggle/>
                </div>
            </div>
        </header>
        <Show when=move || open.get()>
            <div class="menu-backdrop" on:click=move |_| menu.close()></div>
        </Show>
    }
}

/// The saved page, with how many internships are saved.
#[component]
fn SavedLink() -> impl IntoView {
    let Saved(ids) = use_saved();
    view! {
        <SectionLink path="/saved" class="saved-link">
            <span aria-hidden="true">"★ "</span>{t().nav_saved}
            <span class="saved-count">{move || format!(" ({})", ids.read().len())}</span>
        </SectionLink>
    }
}

/// A link to a section, the current page while the reader is in it (the home page only on
/// itself). A plain link, which the router follows without a reload all the same:
/// leptos_router's `<A>` brought code for spreading attributes of any kind.
#[component]
fn SectionLink(
    path: &'static str,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let href = to(path);
    let location = use_location();
    let current = {
        let href = href.clone();
        move || {
            let pathname = location.pathname.read();
            let inside = pathname.strip_prefix(href.as_str());
            matches!(inside, Some(rest) if rest.is_empty() || rest.starts_with('/'))
                .then_some("page")
        }
    };
    view! { <a href=href class=class aria-current=current>{children()}</a> }
}

/// The same page in each language, each named in its own. A link, so that it works before the
/// app and without script; the browser loads the page, prerendered in that language.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let site = use_site();
    let (current, address) = (site.lang, site.address);
    let location = use_location();
    let links = Lang::ALL.into_iter().map(|choice| {
        let href = move || {
            let search = location.search.get();
            let query = if search.is_empty() { String::new() } else { format!("?{search}") };
            format!("{}{query}", page_address(&location.pathname.get(), Some(choice)))
        };
        view! {
            // Wide screens show the name's first letters (Қаз, Рус, Eng); its full name stays
            // the link's name, which starts with them.
            <a href=href hreflang=choice.code() lang=choice.code() aria-current=(choice == current).then_some("true") on:click=move |_| remember_lang(address, choice)>
                <span class="lang-short" aria-hidden="true">{endonym(choice).chars().take(3).collect::<String>()}</span>
                <span class="lang-long">{endonym(choice)}</span>
            </a>
        }
    }).collect_view();
    view! { <nav class="language-switcher" aria-label=t().language>{links}</nav> }
}

/// Larger text, high contrast and no motion, beside the language switcher and with an eye as on
/// public sites here; wide screens show the eye alone.
#[component]
fn LowVisionToggle() -> impl IntoView {
    let low_vision = use_site().low_vision;
    view! {
        <button type="button" class="low-vision-toggle with-icon" title=t().low_vision aria-pressed=move || low_vision.get().to_string() on:click=move |_| low_vision.update(|on| *on = !*on)>
            <Icon glyph=Glyph::Eye/><span class="low-vision-label">{t().low_vision}</span>
        </button>
    }
}

/// Says plainly when this tab shows an editor's drafts rather than the published site.
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let preview = use_site().preview;
    let t = t();
    // The editor is a page of its own (its own bundle), not a route: the router lets it load.
    view! {
        <Show when=move || preview.get()>
            <p class="preview-banner" role="note">
                {t.preview_banner}" "<a href=to("/edit") rel="external">{t.open_preview}</a>" "
                <button type="button" on:click=move |_| preview.set(false)>{t.stop_preview}</button>
            </p>
        </Show>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t().footer}</p>
            <p><a href=to("/edit") rel="external">{t().for_editors}</a></p>
        </footer>
    }
}
