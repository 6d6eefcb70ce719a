//! The takeover draws a page off screen in stages, one task each, so that no task is long on a
//! slow phone (Lighthouse's total blocking time counts each task's time over 50 ms): the page's
//! frame, then the header and footer, the page's content, its filters, and its cards. Everywhere
//! else (the build, `trunk serve`, pages the reader goes to later) every stage is drawn at once.
//!
//! The first time the browser runs a part of the app's code it compiles it, on the page's own
//! thread: drawing the header for the first time costs several times what drawing it again does,
//! so even parts that draw quickly get a stage of their own.

use std::sync::{Arc, Mutex};

use futures::channel::oneshot;
use leptos::prelude::*;

use crate::browser::next_task;

/// The stage the takeover has reached; provided by it around the app.
#[derive(Clone, Copy)]
pub struct Drawing(pub ReadSignal<u8>);

/// The header and the footer.
pub const LAYOUT: u8 = 1;
/// The page's content (what [`WithContent`](super::with_content::WithContent) shows).
pub const CONTENT: u8 = 2;
/// A list's filters.
pub const FILTERS: u8 = 3;
/// A list's cards, and the cards of a page's sections.
pub const CARDS: u8 = 4;
/// Every stage after the first, in order: what the takeover goes through.
#[cfg(all(target_arch = "wasm32", not(feature = "editor")))] // Where there is a takeover.
pub const STAGES: [u8; 4] = [LAYOUT, CONTENT, FILTERS, CARDS];

/// Whether the parts of `stage` are drawn yet.
pub fn drawn(stage: u8) -> Signal<bool> {
    match use_context::<Drawing>() {
        Some(Drawing(reached)) => Memo::new(move |_| reached.get() >= stage).into(),
        None => Signal::stored(true),
    }
}

/// While the takeover draws, what follows runs in a task of its own; elsewhere at once.
pub async fn own_task() {
    if use_context::<Drawing>().is_some() {
        next_task().await;
    }
}

/// `children`, once the takeover has reached `stage`.
#[component]
pub fn Staged(stage: u8, children: Children) -> impl IntoView {
    let drawn = drawn(stage);
    // Drawn once: `drawn` only ever turns true.
    let mut children = Some(children);
    move || drawn.get().then(|| children.take().map(|draw| draw()))
}

/// Provided by the takeover, which must not put the app on screen before its page is in it: in
/// the release build a page's code arrives apart from the app's (`pages::routes`).
#[derive(Clone)]
pub struct PageArrival(Arc<Mutex<Option<oneshot::Sender<bool>>>>);

impl PageArrival {
    /// The arrival to provide, and what the takeover awaits.
    #[cfg(all(target_arch = "wasm32", not(feature = "editor")))] // Where there is a takeover.
    pub fn expect() -> (Self, oneshot::Receiver<bool>) {
        let (arrived, awaited) = oneshot::channel();
        (Self(Arc::new(Mutex::new(Some(arrived)))), awaited)
    }
}

/// The routed page is drawn, or (`false`) its code did not arrive; only the first call counts.
pub fn page_arrived(drawn: bool) {
    if let Some(PageArrival(arrival)) = use_context::<PageArrival>() {
        if let Some(arrived) = arrival.lock().ok().and_then(|mut arrival| arrival.take()) {
            let _ = arrived.send(drawn);
        }
    }
}
