//! iCalendar (RFC 5545) events for application deadlines, so a student's calendar reminds them.

use super::date::Date;
use super::{Internship, Lang};

/// One all-day event on the last day to apply.
pub struct DeadlineEvent {
    /// Unique and stable for the item, so re-importing updates instead of duplicating.
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
    pub url: String,
}

/// How the reader's language words an event: the summary from the internship's title, the
/// description from the title and the page's address.
pub struct EventWords {
    pub summary: fn(&str) -> String,
    pub description: fn(&str, &str) -> String,
}

/// The last day to apply to `internship`, whose page is at `url`, in the reader's language;
/// `host` names the site, so that the event's id is its own.
pub fn internship_deadline(
    internship: &Internship,
    lang: Lang,
    url: String,
    host: &str,
    words: EventWords,
) -> DeadlineEvent {
    let title = internship.title.get(lang);
    DeadlineEvent {
        uid: format!("internship-{}-deadline@{host}", internship.id),
        date: internship.deadline,
        summary: (words.summary)(title),
        description: (words.description)(title, &url),
        url,
    }
}

/// A calendar of `events`; `stamp` is the UTC time of writing, as `YYYYMMDDTHHMMSSZ`.
pub fn calendar(events: &[DeadlineEvent], stamp: &str) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Social Partnership Portal//Deadlines//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for event in events {
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:{}", text(&event.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", compact(event.date)),
            format!("DTEND;VALUE=DATE:{}", compact(event.date.add_days(1))),
            format!("SUMMARY:{}", text(&event.summary)),
            format!("DESCRIPTION:{}", text(&event.description)),
            format!("URL:{}", event.url),
            "TRANSP:TRANSPARENT".into(),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            "TRIGGER:-P2D".into(),
            format!("DESCRIPTION:{}", text(&event.summary)),
            "END:VALARM".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect()
}

/// The query of Google Calendar's template link for `event` (`action`, `text`, `dates`,
/// `details`), in that order and not yet encoded: an all-day event ends the day after.
pub fn google_template(event: &DeadlineEvent) -> [(&'static str, String); 4] {
    [
        ("action", "TEMPLATE".into()),
        ("text", event.summary.clone()),
        (
            "dates",
            format!(
                "{}/{}",
                compact(event.date),
                compact(event.date.add_days(1))
            ),
        ),
        ("details", event.description.clone()),
    ]
}

fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// TEXT values escape backslashes, semicolons, commas and line breaks.
fn text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// Lines end in CRLF and are folded to at most 75 octets, never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            folded.push_str("\r\n ");
            width = 1;
        }
        folded.push(c);
        width += c.len_utf8();
    }
    folded.push_str("\r\n");
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> DeadlineEvent {
        DeadlineEvent {
            uid: "internship-law-a@partnership-portal".into(),
            date: Date::parse("2026-11-26").unwrap(),
            summary: "Deadline: Правовая стажировка, Алматы; ҚазҰУ".into(),
            description: "Last day to apply.\nhttps://example.org/internships/law-a".into(),
            url: "https://example.org/internships/law-a".into(),
        }
    }

    #[test]
    fn an_all_day_event_on_the_deadline() {
        let ics = calendar(&[event()], "20261123T100000Z");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20261126\r\nDTEND;VALUE=DATE:20261127\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:20261123T100000Z\r\n"));
        assert!(ics.contains("\r\nUID:internship-law-a@partnership-portal\r\n"));
        assert!(
            !ics.replace("\r\n", "").contains('\n'),
            "only CRLF line ends"
        );
    }

    #[test]
    fn the_google_template_is_the_same_all_day_event() {
        let [action, text, dates, details] = google_template(&event());
        assert_eq!(action, ("action", "TEMPLATE".to_string()));
        assert_eq!(text.1, "Deadline: Правовая стажировка, Алматы; ҚазҰУ");
        assert_eq!(dates, ("dates", "20261126/20261127".to_string()));
        assert_eq!(
            details,
            (
                "details",
                "Last day to apply.\nhttps://example.org/internships/law-a".to_string()
            )
        );
    }

    #[test]
    fn text_is_escaped_and_long_lines_are_folded_on_character_boundaries() {
        let ics = calendar(&[event()], "20261123T100000Z");
        let unfolded = ics.replace("\r\n ", "");
        assert!(
            unfolded.contains("SUMMARY:Deadline: Правовая стажировка\\, Алматы\\; ҚазҰУ\r\n"),
            "{unfolded}"
        );
        assert!(unfolded.contains(
            "DESCRIPTION:Last day to apply.\\nhttps://example.org/internships/law-a\r\n"
        ));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
    }
}
