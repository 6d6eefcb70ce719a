//! What a deadline means today.

use super::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineStatus {
    /// The last day to apply has passed.
    Closed,
    /// Today is the last day to apply.
    ClosesToday,
    /// Days left after today.
    ClosesIn(i64),
}

/// How many days ahead counts as "closing this week".
pub const CLOSING_SOON_DAYS: i64 = 7;

impl DeadlineStatus {
    pub fn of(deadline: Date, today: Date) -> DeadlineStatus {
        match today.days_until(deadline) {
            days if days < 0 => DeadlineStatus::Closed,
            0 => DeadlineStatus::ClosesToday,
            days => DeadlineStatus::ClosesIn(days),
        }
    }

    pub fn is_closing_soon(self) -> bool {
        match self {
            DeadlineStatus::ClosesToday => true,
            DeadlineStatus::ClosesIn(days) => days <= CLOSING_SOON_DAYS,
            DeadlineStatus::Closed => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_through_the_last_day() {
        let today = Date::parse("2026-11-23").unwrap();
        let status = |d: &str| DeadlineStatus::of(Date::parse(d).unwrap(), today);
        assert_eq!(status("2026-11-26"), DeadlineStatus::ClosesIn(3));
        assert_eq!(status("2026-11-23"), DeadlineStatus::ClosesToday);
        assert_eq!(status("2026-11-22"), DeadlineStatus::Closed);
        assert!(status("2026-11-30").is_closing_soon() && !status("2026-12-01").is_closing_soon());
        assert!(!status("2026-11-22").is_closing_soon());
    }
}
