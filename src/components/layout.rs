//! The header with the way into every section and the language switcher, and the footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::Lang;
use crate::i18n::endonym;
use crate::site::{t, use_site};

#[component]
pub fn Header() -> impl IntoView {
    let t = t();
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                <span>{t.brand}</span>
            </A>
            <nav aria-label=t.sections>
                <ul>
                    <li><A href="/partners">{t.nav_partners}</A></li>
                    <li><A href="/internships">{t.nav_internships}</A></li>
                    <li><A href="/programs">{t.nav_programs}</A></li>
                    <li><A href="/news">{t.nav_news}</A></li>
                </ul>
            </nav>
            <LanguageSwitcher/>
        </header>
    }
}

/// Three buttons, each named in its own language; the choice is kept on the device.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let lang = use_site().lang;
    let buttons = Lang::ALL.into_iter().map(|choice| {
        view! {
            <button type="button" lang=choice.code() aria-pressed=move || (lang.get() == choice).to_string() on:click=move |_| lang.set(choice)>
                {endonym(choice)}
            </button>
        }
    }).collect_view();
    view! { <div class="language-switcher" role="group" aria-label=t().language>{buttons}</div> }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t().footer}</p>
        </footer>
    }
}
