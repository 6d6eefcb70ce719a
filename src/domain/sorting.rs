//! Every sort in the portal goes through one copy of the standard library's sort, on positions.
//! Each `sort_by_key` closure, and each element type, compiles its own copy (2–5 KB of wasm each;
//! 78 KB in all before this).

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` gives them; equal ones stay in position order.
pub fn positions_by(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Sorts stably: equal items keep their order.
pub fn sort_by<T>(items: &mut Vec<T>, compare: &dyn Fn(&T, &T) -> Ordering) {
    let order = positions_by(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .map(|i| slots[i].take().expect("each position comes once")),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_stable_for_equal_keys() {
        let keys = [3, 1, 3, 2, 1];
        assert_eq!(
            positions_by(keys.len(), &|a, b| keys[a].cmp(&keys[b])),
            vec![1, 4, 3, 0, 2]
        );
    }

    #[test]
    fn sort_by_keeps_equal_items_in_order() {
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        sort_by(&mut pairs, &|x, y| x.0.cmp(&y.0));
        assert_eq!(pairs, vec![(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }
}
