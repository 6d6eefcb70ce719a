//! The header with the way into every section, and the footer.

use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                <span>"Social Partnership"</span>
            </A>
            <nav aria-label="Sections">
                <ul>
                    <li><A href="/partners">"Partners"</A></li>
                    <li><A href="/internships">"Internships"</A></li>
                    <li><A href="/programs">"Programs"</A></li>
                    <li><A href="/news">"News"</A></li>
                </ul>
            </nav>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>"Universities of Kazakhstan and Kyrgyzstan and their partners: universities, enterprises, state bodies and NGOs."</p>
        </footer>
    }
}
