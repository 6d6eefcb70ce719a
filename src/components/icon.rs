//! Icons drawn inline as SVG in the text's colour: an emoji or symbol needs a font the phone may
//! not have (the calendar emoji showed as a box in Chromium on Linux).

use leptos::prelude::*;
use leptos::tachys::html::InertElement;

#[derive(Clone, Copy)]
pub enum Glyph {
    Calendar,
    Menu,
    Close,
    Filter,
    /// A link that opens in a new tab.
    External,
    /// The low-vision mode, as public sites here mark it.
    Eye,
}

/// An icon's `<svg>` around the path `$d`, written once as HTML that Leptos parses once and
/// clones (an inert element): one call to the page instead of one per attribute, which counts on
/// every card of a list as one types. (`view!` would make only the `<path>` inert.)
macro_rules! svg {
    ($d:tt) => {
        InertElement::new(concat!(
            r#"<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" "#,
            r#"fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="icon">"#,
            r#"<path d=""#, $d, r#""></path></svg>"#
        ))
    };
}

/// A decorative icon: the button or link it sits in carries the words.
#[component]
pub fn Icon(glyph: Glyph) -> impl IntoView {
    match glyph {
        Glyph::Calendar => svg!("M7 3v4M17 3v4M4 10h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z"),
        Glyph::Menu => svg!("M4 6h16M4 12h16M4 18h16"),
        Glyph::Close => svg!("M6 6l12 12M18 6L6 18"),
        Glyph::Filter => svg!("M4 6h16M7 12h10M10 18h4"),
        Glyph::External => svg!("M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"),
        Glyph::Eye => svg!("M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 1 0 0-6z"),
    }
}
