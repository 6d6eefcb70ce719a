//! Plural forms, numbers and dates in each language's own way.

use crate::domain::{Date, Lang};

/// The form of a word after the number `n`, by the language's plural rule (CLDR): English and
/// Kazakh tell one from other; Russian tells one (1, 21), few (2–4, 22–24) and many (5–20, 25).
pub fn plural<'a>(lang: Lang, n: u64, one: &'a str, few: &'a str, other: &'a str) -> &'a str {
    match lang {
        Lang::En | Lang::Kk => {
            if n == 1 {
                one
            } else {
                other
            }
        }
        Lang::Ru => match (n % 10, n % 100) {
            (1, rem) if rem != 11 => one,
            (2..=4, rem) if !(12..=14).contains(&rem) => few,
            _ => other,
        },
    }
}

/// Digits grouped by thousands: `10,000` in English, `10 000` (no-break space) in Kazakh and Russian.
pub fn number(lang: Lang, n: u64) -> String {
    let separator = match lang {
        Lang::En => ',',
        Lang::Kk | Lang::Ru => '\u{a0}',
    };
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// `12 November 2024`, `12 ноября 2024 г.`, `12 қараша 2024 ж.`
pub fn date(lang: Lang, date: Date) -> String {
    let month = super::messages(lang).months_in_dates[usize::from(date.month()) - 1];
    let (day, year) = (date.day(), date.year());
    match lang {
        Lang::En => format!("{day} {month} {year}"),
        Lang::Ru => format!("{day} {month} {year}\u{a0}г."),
        Lang::Kk => format!("{day} {month} {year}\u{a0}ж."),
    }
}
