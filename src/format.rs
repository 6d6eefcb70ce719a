//! How values read in the interface: dates, deadlines, countries, languages and the fixed words
//! of the contract.

use crate::domain::deadline::DeadlineStatus;
use crate::domain::internship::Mode;
use crate::domain::keyword::Keyword;
use crate::domain::partner::PartnerKind;
use crate::domain::program::Level;
use crate::domain::Date;

const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// `12 November 2024`.
pub fn date(date: Date) -> String {
    format!("{} {} {}", date.day(), MONTHS[usize::from(date.month()) - 1], date.year())
}

pub fn deadline(status: DeadlineStatus) -> String {
    match status {
        DeadlineStatus::Closed => "closed".into(),
        DeadlineStatus::ClosesToday => "closes today".into(),
        DeadlineStatus::ClosesIn(1) => "closes tomorrow".into(),
        DeadlineStatus::ClosesIn(days) => format!("closes in {days} days"),
    }
}

/// `1 partner`, `3 partners`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn country(code: &str) -> &str {
    match code {
        "KZ" => "Kazakhstan",
        "KG" => "Kyrgyzstan",
        "UZ" => "Uzbekistan",
        "TJ" => "Tajikistan",
        "TM" => "Turkmenistan",
        "RU" => "Russia",
        "CN" => "China",
        "US" => "United States",
        "DE" => "Germany",
        "AZ" => "Azerbaijan",
        "TR" => "Türkiye",
        "GB" => "United Kingdom",
        "FR" => "France",
        "KR" => "South Korea",
        "JP" => "Japan",
        "IN" => "India",
        "PL" => "Poland",
        "IT" => "Italy",
        "ES" => "Spain",
        other => other,
    }
}

pub fn language(code: &str) -> &str {
    match code {
        "kk" => "Kazakh",
        "ru" => "Russian",
        "en" => "English",
        "ky" => "Kyrgyz",
        "uz" => "Uzbek",
        "zh" => "Chinese",
        "de" => "German",
        "az" => "Azerbaijani",
        "tr" => "Turkish",
        "fr" => "French",
        "ko" => "Korean",
        other => other,
    }
}

pub fn languages(codes: &[String]) -> String {
    codes.iter().map(|c| language(c)).collect::<Vec<_>>().join(", ")
}

/// A contract word as a label: `double-degree` → `Double degree`.
pub fn keyword(keyword: impl Keyword) -> String {
    let words = keyword.as_str().replace('-', " ");
    let mut chars = words.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

pub fn partner_kind(kind: PartnerKind) -> String {
    match kind {
        PartnerKind::Ngo => "NGO".into(),
        PartnerKind::Government => "State body".into(),
        PartnerKind::Research => "Research centre".into(),
        other => keyword(other),
    }
}

pub fn level(level: Level) -> String {
    match level {
        Level::Phd => "PhD".into(),
        other => keyword(other),
    }
}

pub fn mode(mode: Mode) -> String {
    match mode {
        Mode::Onsite => "On site".into(),
        other => keyword(other),
    }
}
