//! The order each list is shown in. Each returns positions into the section's items, so that
//! search filters this order without sorting again.

use std::cmp::Reverse;

use super::date::Date;
use super::internship::Internship;
use super::lang::Lang;
use super::news_item::NewsItem;
use super::partner::Partner;
use super::program::Program;
use super::search::fold;
use super::sorting::positions_by;

/// Open internships first, soonest deadline first; then closed ones, most recently closed first.
pub fn internships(items: &[Internship], today: Date) -> Vec<usize> {
    let key = |i: usize| {
        let deadline = items[i].deadline;
        if items[i].is_open(today) {
            (false, deadline, Reverse(Date::MIN))
        } else {
            (true, Date::MIN, Reverse(deadline))
        }
    };
    positions_by(items.len(), &|a, b| key(a).cmp(&key(b)))
}

/// Programs with an application deadline still ahead first (soonest first), then the rest by title.
pub fn programs(items: &[Program], today: Date, lang: Lang) -> Vec<usize> {
    let keys: Vec<_> = items
        .iter()
        .map(|program| {
            let upcoming = program.deadline.filter(|d| *d >= today);
            (upcoming.is_none(), upcoming, fold(program.title.get(lang)))
        })
        .collect();
    positions_by(items.len(), &|a, b| keys[a].cmp(&keys[b]))
}

/// Newest first.
pub fn news(items: &[NewsItem]) -> Vec<usize> {
    positions_by(items.len(), &|a, b| items[b].date.cmp(&items[a].date))
}

/// By name in the reader's language.
pub fn partners(items: &[Partner], lang: Lang) -> Vec<usize> {
    let names: Vec<String> = items
        .iter()
        .map(|partner| fold(partner.name.get(lang)))
        .collect();
    positions_by(items.len(), &|a, b| names[a].cmp(&names[b]))
}

/// Partners whose agreement in force ends soonest first; those with none ending after them, by
/// name in the reader's language.
pub fn partners_by_expiry(items: &[Partner], today: Date, lang: Lang) -> Vec<usize> {
    let keys: Vec<_> = items
        .iter()
        .map(|partner| {
            let next = partner.next_expiry(today);
            (next.is_none(), next, fold(partner.name.get(lang)))
        })
        .collect();
    positions_by(items.len(), &|a, b| keys[a].cmp(&keys[b]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::fixture_content;

    #[test]
    fn open_internships_come_first_by_deadline_then_closed_ones() {
        let content = fixture_content();
        let items = &content.internships.as_ref().unwrap().items;
        let today = Date::parse("2026-11-23").unwrap();
        let deadlines: Vec<(bool, Date)> = internships(items, today)
            .into_iter()
            .map(|i| (items[i].is_open(today), items[i].deadline))
            .collect();
        let first_closed = deadlines
            .iter()
            .position(|(open, _)| !open)
            .unwrap_or(deadlines.len());
        assert!(first_closed > 0, "the fixture has open internships");
        assert!(deadlines[..first_closed].iter().all(|(open, _)| *open));
        assert!(deadlines[..first_closed]
            .windows(2)
            .all(|w| w[0].1 <= w[1].1));
        assert!(deadlines[first_closed..]
            .windows(2)
            .all(|w| !w[1].0 && w[0].1 >= w[1].1));
    }

    #[test]
    fn news_is_newest_first_and_partners_by_name() {
        let content = fixture_content();
        let news_items = &content.news.as_ref().unwrap().items;
        let dates: Vec<Date> = news(news_items)
            .into_iter()
            .map(|i| news_items[i].date)
            .collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]));
        let partner_items = &content.partners.as_ref().unwrap().items;
        let names: Vec<String> = partners(partner_items, Lang::En)
            .into_iter()
            .map(|i| fold(partner_items[i].name.get(Lang::En)))
            .collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn programs_with_a_coming_deadline_lead() {
        let content = fixture_content();
        let items = &content.programs.as_ref().unwrap().items;
        let today = Date::parse("2026-11-23").unwrap();
        let upcoming: Vec<bool> = programs(items, today, Lang::En)
            .into_iter()
            .map(|i| items[i].deadline.is_some_and(|d| d >= today))
            .collect();
        assert!(upcoming.windows(2).all(|w| w[0] || !w[1]), "{upcoming:?}");
    }
}
