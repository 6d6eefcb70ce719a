//! The internships a student saved, as kept in the browser: one line of ids separated by spaces.
//! Whatever is stored, reading it never fails: a value we did not write is read as nothing saved.

use std::cmp::Reverse;
use std::collections::HashSet;

use super::date::Date;
use super::reader::is_id;

/// More than a student saves by hand: a longer value was not written by us, and reading stops
/// there, so a hand-corrupted store cannot hold the page up.
pub const MOST_SAVED: usize = 1_000;

pub fn parse(stored: Option<&str>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for id in stored.unwrap_or_default().split_whitespace() {
        if !is_id(id) {
            return Vec::new();
        }
        if seen.insert(id) {
            if ids.len() == MOST_SAVED {
                break;
            }
            ids.push(id.to_string());
        }
    }
    ids
}

pub fn write(ids: &[String]) -> String {
    ids.join(" ")
}

/// Saves `id` if it is not saved, or removes it; newly saved ids come first.
pub fn toggle(ids: &[String], id: &str) -> Vec<String> {
    if ids.iter().any(|known| known == id) {
        ids.iter().filter(|known| *known != id).cloned().collect()
    } else {
        std::iter::once(id.to_string())
            .chain(ids.iter().cloned())
            .collect()
    }
}

/// The saved ids as the saved page lists them: open internships by deadline, soonest first; then
/// the closed ones, the latest closed first; then those no longer published, as they were saved.
/// `deadline` gives an id's deadline, none when it is not published.
pub fn by_deadline(
    ids: &[String],
    deadline: impl Fn(&str) -> Option<Date>,
    today: Date,
) -> Vec<String> {
    let mut keyed: Vec<_> = ids
        .iter()
        .map(|id| {
            let key = match deadline(id) {
                Some(date) if date >= today => (0, date, Reverse(date)),
                Some(date) => (1, today, Reverse(date)),
                None => (2, today, Reverse(today)),
            };
            (key, id)
        })
        .collect();
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, id)| id.clone()).collect()
}

/// The one id `before` had and `after` has not, with its place in `before`: what an undo puts
/// back. None when nothing, or more than one, was removed.
pub fn removed(before: &[String], after: &[String]) -> Option<(usize, String)> {
    let mut gone = before
        .iter()
        .enumerate()
        .filter(|(_, id)| !after.contains(id));
    match (gone.next(), gone.next()) {
        (Some((at, id)), None) if after.len() + 1 == before.len() => Some((at, id.clone())),
        _ => None,
    }
}

/// `ids` with `id` back at `at` (at the end if the list has since become shorter).
pub fn restore(ids: &[String], at: usize, id: &str) -> Vec<String> {
    if ids.iter().any(|known| known == id) {
        return ids.to_vec();
    }
    let mut restored = ids.to_vec();
    restored.insert(at.min(ids.len()), id.to_string());
    restored
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_toggles() {
        let ids = toggle(&toggle(&[], "law-a"), "law-b");
        assert_eq!(ids, vec!["law-b", "law-a"]);
        assert_eq!(parse(Some(&write(&ids))), ids);
        assert_eq!(toggle(&ids, "law-b"), vec!["law-a"]);
    }

    #[test]
    fn a_missing_or_corrupt_value_is_empty_or_cleaned() {
        assert!(parse(None).is_empty());
        assert!(parse(Some("")).is_empty());
        assert!(parse(Some("{\"not\": [\"what we wrote\"]")).is_empty());
        assert!(parse(Some("law-a <script> law-c")).is_empty());
        assert_eq!(parse(Some(" law-a  law-a law-c ")), vec!["law-a", "law-c"]);
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|id| id.to_string()).collect()
    }

    #[test]
    fn open_by_deadline_then_closed_latest_first_then_unpublished() {
        let today = Date::parse("2026-11-23").unwrap();
        let deadlines = [
            ("late", "2027-01-10"),
            ("closed-long-ago", "2026-01-01"),
            ("soon", "2026-11-23"),
            ("closed-lately", "2026-11-22"),
        ];
        let deadline = |id: &str| {
            deadlines
                .iter()
                .find(|(known, _)| *known == id)
                .and_then(|(_, date)| Date::parse(date))
        };
        let saved = ids(&[
            "gone-a",
            "late",
            "closed-long-ago",
            "gone-b",
            "soon",
            "closed-lately",
        ]);
        assert_eq!(
            by_deadline(&saved, deadline, today),
            ids(&[
                "soon",
                "late",
                "closed-lately",
                "closed-long-ago",
                "gone-a",
                "gone-b"
            ])
        );
    }

    #[test]
    fn an_undo_puts_the_one_removed_back_in_its_place() {
        let before = ids(&["a", "b", "c"]);
        let after = toggle(&before, "b");
        assert_eq!(removed(&before, &after), Some((1, "b".to_string())));
        assert_eq!(restore(&after, 1, "b"), before);
        assert_eq!(removed(&after, &before), None, "an addition is no removal");
        assert_eq!(
            removed(&before, &ids(&["a"])),
            None,
            "two at once are not undone"
        );
        assert_eq!(restore(&ids(&[]), 2, "b"), ids(&["b"]));
        assert_eq!(restore(&before, 0, "b"), before, "already back");
    }

    #[test]
    fn a_huge_value_is_capped() {
        // 100,000 distinct ids and as many repeats: read whole and compared pairwise, they took 37 s.
        let many: Vec<String> = (0..100_000).map(|i| format!("law-{i}")).collect();
        let stored = format!("{} {}", many.join(" "), many.join(" "));
        let ids = parse(Some(&stored));
        assert_eq!(ids[..], many[..MOST_SAVED]);
        let repeats = format!("law-a {}", "law-b ".repeat(100_000));
        assert_eq!(parse(Some(&repeats)), vec!["law-a", "law-b"]);
    }
}
