//! Typos: one edit for words of 5 to 8 letters, two from 9, none below (so "law" never finds
//! "low"). An edit inserts, removes, changes or swaps two neighbouring letters.

use super::word::Word;

/// How many edits a word of `letters` letters may take.
pub fn edits(letters: usize) -> usize {
    match letters {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// A bit per ASCII letter the skeleton has: an edit changes at most two of them, so words whose
/// letters differ more are passed over without measuring the distance.
pub fn letters(skeleton: &str) -> u32 {
    skeleton
        .bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |set, b| set | 1 << (b - b'a'))
}

/// Is `text` within `edits` edits of the typed skeleton? A word that holds the typed one
/// whole, or is held by it, is another word (оплачиваемая, неоплачиваемая), not a typo.
pub fn within(typed: &str, typed_letters: u32, text: &Word, edits: usize) -> bool {
    typed.len().abs_diff(text.skeleton.len()) <= edits
        && !text.skeleton.contains(typed)
        && !typed.contains(&*text.skeleton)
        && ((typed_letters ^ text.letters).count_ones() as usize) <= 2 * edits
        && strsim::osa_distance(typed, &text.skeleton) <= edits
}
