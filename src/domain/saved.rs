//! The internships a student saved, as kept in the browser: one line of ids separated by spaces.
//! Whatever is stored, reading it never fails: a value we did not write is read as nothing saved.

use super::reader::is_id;

pub fn parse(stored: Option<&str>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in stored.unwrap_or_default().split_whitespace() {
        if !is_id(id) {
            return Vec::new();
        }
        if !ids.iter().any(|known| known == id) {
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
}
