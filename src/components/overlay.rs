//! What opens over the page from a button (the header's menu on phones, the filter sheet): on
//! opening, focus goes to its first control; while open, Tab and Shift+Tab stay inside and Escape
//! closes it; on closing, focus goes back to the button.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

#[derive(Clone, Copy)]
pub struct Overlay {
    pub open: RwSignal<bool>,
    /// The button that opens it.
    pub opener: NodeRef<html::Button>,
    /// What opens.
    pub panel: NodeRef<html::Div>,
}

impl Overlay {
    pub fn new() -> Overlay {
        let overlay = Overlay {
            open: RwSignal::new(false),
            opener: NodeRef::new(),
            panel: NodeRef::new(),
        };
        Effect::watch(
            move || overlay.open.get(),
            move |&opened, _, _| {
                if let Some(panel) = overlay.panel.get_untracked().filter(|_| opened) {
                    focus_first(&panel);
                }
            },
            false,
        );
        overlay
    }

    pub fn close(self) {
        self.open.set(false);
        if let Some(opener) = self.opener.get_untracked() {
            let _ = opener.focus();
        }
    }

    /// A key pressed while it may be open; `within` keeps the focus (the panel, or what holds
    /// it and its button).
    pub fn on_key(self, ev: &KeyboardEvent, within: &Element) {
        if self.open.get_untracked() {
            trap_key(ev, within, || self.close());
        }
    }
}

const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex=\"-1\"])";

/// Handles a key pressed inside `within` while it is open: Escape runs `close`; Tab from the
/// last control goes to the first and Shift+Tab from the first to the last.
fn trap_key(ev: &KeyboardEvent, within: &Element, close: impl FnOnce()) {
    match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            close();
        }
        "Tab" => {
            let controls = focusable_in(within);
            let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
                return;
            };
            let active = document().active_element();
            let at = |control: &HtmlElement| active.as_ref() == Some(control.unchecked_ref());
            let next = if ev.shift_key() {
                at(first).then_some(last)
            } else {
                at(last).then_some(first)
            };
            if let Some(next) = next {
                ev.prevent_default();
                let _ = next.focus();
            }
        }
        _ => {}
    }
}

/// Moves focus to the first control inside `within`.
fn focus_first(within: &Element) {
    if let Some(first) = focusable_in(within).first() {
        let _ = first.focus();
    }
}

/// The controls inside `within` that can take focus now, in document order (hidden ones have
/// no layout box).
fn focusable_in(within: &Element) -> Vec<HtmlElement> {
    let Ok(nodes) = within.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .filter(|control| control.get_client_rects().length() > 0)
        .collect()
}
