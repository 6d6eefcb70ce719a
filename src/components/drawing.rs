//! The takeover draws a page off screen in stages, one task each, so that no task is long on a
//! slow phone (Lighthouse's total blocking time counts each task's time over 50 ms): the layout,
//! then the page's content, then its cards. Everywhere else (the build, `trunk serve`, pages the
//! reader goes to later) every stage is drawn at once.

use leptos::prelude::*;

/// The stage the takeover has reached; provided by it around the app.
#[derive(Clone, Copy)]
pub struct Drawing(pub ReadSignal<u8>);

/// The page's content (what [`WithContent`](super::with_content::WithContent) shows).
pub const CONTENT: u8 = 1;
/// A list's cards.
pub const CARDS: u8 = 2;

/// Whether the parts of `stage` are drawn yet.
pub fn drawn(stage: u8) -> Signal<bool> {
    match use_context::<Drawing>() {
        Some(Drawing(reached)) => Memo::new(move |_| reached.get() >= stage).into(),
        None => Signal::stored(true),
    }
}
