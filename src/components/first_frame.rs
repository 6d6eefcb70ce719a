//! What a change to a list draws in its own frame, and what follows after that frame is painted.
//!
//! A keystroke in a list's search changes its cards and its filters' counts on most keys. At
//! 10,000 internships, building the new cards was about half of a keystroke's script, and the
//! counts wake about ninety options. The reader typing looks at the top of the list:
//! - [`in_view_first`]: the cards a screen shows are drawn in the frame of the change, the rest
//!   after it. A phone shows two or three cards under the search field and a laptop four or
//!   five. The cards already drawn stay in place in both frames, so narrowing a list only
//!   removes cards, at once.
//! - [`after_first_frame`]: a part of a list's results the frame of a change does not need,
//!   such as the filters' counts, follows after it.
//!
//! ```ignore
//! let cards = in_view_first(Signal::derive(move || shown.read().0.clone()));
//! view! { <For each=move || cards.get() key=|i| *i children=…/> }
//! ```

use leptos::prelude::*;

use crate::browser::after_paint;

/// How many new cards the frame of a change draws: more than a tall screen shows.
pub const FIRST_CARDS: usize = 6;

/// `cards` (the keys of a page's cards, in order) as they are to be drawn: whole when first
/// drawn; after a change, the first [`FIRST_CARDS`] and those already drawn, then whole after
/// the next paint.
pub fn in_view_first<K>(cards: Signal<Vec<K>>) -> Memo<Vec<K>>
where
    K: Clone + PartialEq + Send + Sync + 'static,
{
    // The cards that are to be drawn whole now: set after the paint of the change that asked
    // for them. A later change asks again, for its own cards.
    let whole = RwSignal::new(None::<Vec<K>>);
    Memo::new(move |drawn: Option<&Vec<K>>| {
        let cards = cards.get();
        let Some(drawn) = drawn else {
            return cards;
        };
        if whole.read().as_ref() == Some(&cards) {
            return cards;
        }
        let first = first_frame(&cards, drawn);
        if first.len() < cards.len() {
            leptos::task::spawn_local(async move {
                after_paint().await;
                // The list may be gone by then (another page).
                whole.try_set(Some(cards));
            });
        }
        first
    })
}

/// The `part` of `source` that the frame of a change does not need, as it was after the paint
/// of the frame of its last change: first as it is now. Only `source` is followed, which its
/// frame computes anyway: the part is taken after the paint.
pub fn after_first_frame<S, T>(
    source: Memo<S>,
    part: impl Fn(&S) -> T + Copy + Send + Sync + 'static,
) -> ReadSignal<T>
where
    S: PartialEq + Send + Sync + 'static,
    T: PartialEq + Send + Sync + 'static,
{
    let (copy, set_copy) = signal(source.with_untracked(part));
    Effect::new(move |_| {
        source.track();
        leptos::task::spawn_local(async move {
            after_paint().await;
            // The keys of one frame all ask; the first copies the last value, and the list may be
            // gone by then (another page).
            if let Some(now) = source.try_with_untracked(part) {
                set_copy.try_maybe_update(|copy| {
                    let changed = *copy != now;
                    if changed {
                        *copy = now;
                    }
                    (changed, ())
                });
            }
        });
    });
    copy
}

/// Of `cards`, those the frame of a change draws: the first [`FIRST_CARDS`], and any already
/// `drawn`, in the order of `cards`.
fn first_frame<K: Clone + PartialEq>(cards: &[K], drawn: &[K]) -> Vec<K> {
    cards
        .iter()
        .enumerate()
        .filter(|(at, card)| *at < FIRST_CARDS || drawn.contains(card))
        .map(|(_, card)| card.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_frame_draws_the_first_cards_and_keeps_those_drawn_in_their_new_order() {
        let cards: Vec<usize> = (100..120).collect();
        // Card 115 was on the page and stays; 117 was too, now further down.
        let drawn = [117, 3, 115, 4];
        let first = first_frame(&cards, &drawn);
        assert_eq!(first, [100, 101, 102, 103, 104, 105, 115, 117]);
    }

    #[test]
    fn a_narrowed_page_is_drawn_whole_in_the_first_frame() {
        let drawn: Vec<usize> = (0..20).collect();
        let cards = [2, 5, 7, 11, 13, 17, 19];
        assert_eq!(first_frame(&cards, &drawn), cards);
    }
}
