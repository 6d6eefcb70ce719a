//! Calendar dates as the files write them: `YYYY-MM-DD`.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

impl Date {
    pub const MIN: Date = Date(time::Date::MIN);

    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Date)
    }

    /// Reads exactly `YYYY-MM-DD` with a real calendar day.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            bytes[range.clone()]
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| text[range].parse::<u32>().ok())
                .flatten()
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        Date::new(year as i32, month as u8, day as u8)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// 1 to 12.
    pub fn month(self) -> u8 {
        self.0.month() as u8
    }

    pub fn day(self) -> u8 {
        self.0.day()
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        i64::from(later.0.to_julian_day() - self.0.to_julian_day())
    }

    pub fn add_days(self, days: i64) -> Date {
        Date(self.0.saturating_add(time::Duration::days(days)))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_real_dates_only() {
        assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
        assert!(Date::parse("2024-02-29").is_some());
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-5",
            "24-01-05",
            "2024/01/05",
            "2024-01-05T00",
            "２０２４-01-05",
            "+024-01-05",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn counts_days_across_months_and_years() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2026-11-23").days_until(d("2026-11-26")), 3);
        assert_eq!(d("2026-12-30").days_until(d("2027-01-02")), 3);
        assert_eq!(d("2026-11-23").days_until(d("2026-11-20")), -3);
        assert_eq!(d("2024-02-28").add_days(1).to_string(), "2024-02-29");
    }
}
