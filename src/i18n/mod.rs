//! The interface in Kazakh, Russian and English: every label, message and title, with each
//! language's own plural rules, dates and number grouping.
//!
//! Each language is one value of [`Messages`] in its own file, with its [`Labels`]; a key
//! missing in any language does not compile. Content text (names, descriptions) comes from the
//! files, not from here.

pub mod editor_words;
pub mod en;
mod format;
pub mod kk;
pub mod network_words;
mod phone_words;
pub mod problems;
pub mod ru;
pub mod search_words;

pub use format::{date, number, plural};
pub use phone_words::PhoneWords;

use crate::domain::deadline::DeadlineStatus;
use crate::domain::internship::Mode;
use crate::domain::keyword::Keyword;
use crate::domain::partner::{AgreementKind, PartnerKind, Sector};
use crate::domain::program::{Level, ProgramKind};
use crate::domain::Lang;

/// The words of one language. Functions build the texts that hold a number or a name.
pub struct Messages {
    // Site and navigation
    pub site_name: &'static str,
    pub brand: &'static str,
    pub skip_to_content: &'static str,
    pub sections: &'static str,
    pub nav_partners: &'static str,
    pub nav_internships: &'static str,
    pub nav_programs: &'static str,
    pub nav_news: &'static str,
    pub nav_saved: &'static str,
    pub language: &'static str,
    /// The switch to larger text, high contrast and no motion.
    pub low_vision: &'static str,
    pub footer: &'static str,
    /// The footer's link to the content editor.
    pub for_editors: &'static str,
    pub page_loaded: fn(&str) -> String,

    // Home
    pub home_title: &'static str,
    pub home_lede: &'static str,
    pub home_about: &'static str,
    pub in_numbers: &'static str,
    pub open_internships_count: fn(usize) -> String,
    pub programs_count: fn(usize) -> String,
    pub closing_soonest: &'static str,
    pub none_open: &'static str,
    pub all_internships: &'static str,
    pub latest_news: &'static str,
    pub all_news: &'static str,

    // Lists
    pub partners_title: &'static str,
    pub partners_lede: &'static str,
    pub partners_search: &'static str,
    pub partners_placeholder: &'static str,
    pub internships_title: &'static str,
    pub internships_lede: &'static str,
    pub internships_search: &'static str,
    pub internships_placeholder: &'static str,
    pub programs_title: &'static str,
    pub programs_lede: &'static str,
    pub programs_search: &'static str,
    pub programs_placeholder: &'static str,
    pub news_title: &'static str,
    pub news_lede: &'static str,
    pub news_search: &'static str,
    pub news_placeholder: &'static str,
    /// `17 partners`, the whole list.
    pub total_partners: fn(usize) -> String,
    pub total_internships: fn(usize) -> String,
    pub total_programs: fn(usize) -> String,
    pub total_news: fn(usize) -> String,
    /// `3 of 17 match`.
    pub matching: fn(usize, usize) -> String,
    pub nothing_matches: &'static str,

    // Filters
    pub filters: &'static str,
    pub clear_filters: &'static str,
    pub any: &'static str,
    pub field: &'static str,
    pub fields: &'static str,
    pub country: &'static str,
    pub city: &'static str,
    pub mode: &'static str,
    pub paid_only: &'static str,
    pub working_language: &'static str,
    pub posted_within: &'static str,
    pub last_days: fn(u32) -> String,
    pub show: &'static str,
    pub open_now: &'static str,
    pub past: &'static str,
    pub sort_by: &'static str,
    pub sort_deadline: &'static str,
    pub sort_newest: &'static str,
    pub sort_title: &'static str,
    pub kind: &'static str,
    pub level: &'static str,
    pub language_of_instruction: &'static str,
    pub partner_country: &'static str,
    pub sector: &'static str,
    pub agreement: &'static str,
    pub network: &'static str,
    pub pages: &'static str,
    pub page_of: fn(usize, usize) -> String,
    pub previous_page: &'static str,
    pub next_page: &'static str,

    // States
    pub loading: &'static str,
    pub file_has_mistake: fn(&str, usize, usize) -> String,
    pub file_unavailable: fn(&str) -> String,
    pub other_sections_work: &'static str,
    pub try_again: &'static str,
    /// A page whose code did not arrive (the connection dropped on the way).
    pub page_not_loaded: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub go_home: &'static str,

    // Partner
    pub sector_of: fn(&str) -> String,
    pub short_name: &'static str,
    pub location: &'static str,
    pub website: &'static str,
    pub networks: &'static str,
    pub agreements: &'static str,
    pub no_agreements: &'static str,
    pub signed: &'static str,
    pub valid_until: &'static str,
    pub expired_on: &'static str,
    pub expired: &'static str,
    pub internships: &'static str,
    pub no_internships_here: &'static str,
    pub joint_programs: &'static str,
    pub no_programs_here: &'static str,
    pub news: &'static str,
    pub no_news_here: &'static str,
    pub map_title: &'static str,
    pub map_description: &'static str,
    pub network_title: &'static str,
    pub by_country: &'static str,
    pub by_sector: &'static str,
    pub by_agreement_kind: &'static str,
    pub signed_per_year: &'static str,

    // Internship
    pub internship: &'static str,
    pub apply_by: &'static str,
    pub host: &'static str,
    pub pay: &'static str,
    pub working_languages: &'static str,
    pub who_may_apply: &'static str,
    pub places: &'static str,
    pub starts: &'static str,
    pub duration: &'static str,
    pub weeks: fn(u32) -> String,
    pub posted: &'static str,
    pub apply: &'static str,
    pub applications_closed: &'static str,
    pub closed: &'static str,
    pub closes_today: &'static str,
    pub closes_tomorrow: &'static str,
    pub closes_in: fn(i64) -> String,
    pub save: &'static str,
    pub saved: &'static str,
    pub saved_title: &'static str,
    pub saved_lede: &'static str,
    pub nothing_saved: &'static str,
    pub saved_count: fn(usize) -> String,
    pub removed_internship: fn(&str) -> String,
    pub remove: &'static str,
    pub add_to_calendar: &'static str,
    /// The saved page's button: every saved open deadline in one calendar file.
    pub add_saved_to_calendar: fn(usize) -> String,
    pub calendar_deadline: fn(&str) -> String,
    pub calendar_description: fn(&str, &str) -> String,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub share: &'static str,

    // Program
    pub partners: &'static str,
    pub languages_of_instruction: &'static str,
    pub months: fn(u32) -> String,
    pub next_deadline: &'static str,
    pub how_to_apply: &'static str,

    // News item
    pub partners_in_story: &'static str,
    pub tags: &'static str,
    pub original_publication: &'static str,

    // Editors: preview and report
    pub preview_title: &'static str,
    pub preview_lede: &'static str,
    pub stop_preview: &'static str,
    pub preview_banner: &'static str,
    pub open_preview: &'static str,
    pub see_report: &'static str,

    /// Genitive where the language puts the month in a date so.
    pub months_in_dates: [&'static str; 12],
    /// The names of [`LANGUAGES`], in its order.
    pub language_names: [&'static str; LANGUAGES.len()],
    pub labels: &'static Labels,
    /// The portal-wide search.
    pub search: &'static search_words::SearchWords,
    pub network_words: &'static network_words::NetworkWords,
    /// The phone-first header, list chips and filter sheet, saved list's undo, calendar link.
    pub phone: &'static PhoneWords,
}

/// The names of what a card is labelled with: the contract's words, countries and pay. The
/// search finds a label by its name in any language (`search_words::label_names`), so in a
/// tab every language's labels are at hand, apart from the rest of its words.
pub struct Labels {
    pub paid: &'static str,
    pub unpaid: &'static str,
    pub partner_kinds: [&'static str; 7],
    pub sectors: [&'static str; 4],
    pub agreement_kinds: [&'static str; 7],
    pub modes: [&'static str; 3],
    pub program_kinds: [&'static str; 7],
    pub levels: [&'static str; 5],
    pub country_names: &'static [(&'static str, &'static str)],
}

/// The interface's words in `lang`. In a tab of the portal a page is in one language, and in
/// the release build each language's words but the labels are a wasm part of their own: the
/// takeover fetches the page's before the app draws, and hands them to [`use_words`].
/// Everywhere else (the build, the editors' bundle) every language is at hand.
#[cfg(not(all(target_arch = "wasm32", not(feature = "editor"))))]
pub fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::Kk => &kk::KK,
        Lang::Ru => &ru::RU,
        Lang::En => &en::EN,
    }
}

#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
static IN_USE: [std::sync::OnceLock<&'static Messages>; 3] =
    [const { std::sync::OnceLock::new() }; 3];

/// The words of `lang`, fetched for this tab (see above).
#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
pub fn messages(lang: Lang) -> &'static Messages {
    IN_USE[lang as usize]
        .get()
        .expect("the takeover has the page's words before the app draws")
}

/// From now on, `words` are `lang`'s in this tab.
#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
pub fn use_words(lang: Lang, words: &'static Messages) {
    let _ = IN_USE[lang as usize].set(words);
}

/// The labels of `lang`, which a tab has in every language.
pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Kk => &kk::LABELS,
        Lang::Ru => &ru::LABELS,
        Lang::En => &en::LABELS,
    }
}

/// The codes of the languages the interface names (of instruction, of work), in the order of
/// each language's [`Messages::language_names`].
pub const LANGUAGES: [&str; 12] = [
    "kk", "ru", "en", "ky", "uz", "zh", "de", "az", "tr", "fr", "ko", "tg",
];

impl Messages {
    /// A language's name, or its code when the interface has no name for it.
    pub fn language_name<'a>(&self, code: &'a str) -> &'a str {
        LANGUAGES
            .iter()
            .position(|c| *c == code)
            .map_or(code, |at| self.language_names[at])
    }
}

/// Shown in place of a page whose words did not arrive (the connection dropped on the way),
/// in every language, as its own are what is missing.
pub const WORDS_NOT_LOADED: &str = "Бет жүктелмеді: байланысты тексеріп, бетті жаңартыңыз. · Страница не загрузилась: проверьте соединение и обновите страницу. · The page did not load: check the connection and reload it.";

/// The language's own name, for the switcher.
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "Қазақша",
        Lang::Ru => "Русский",
        Lang::En => "English",
    }
}

#[cfg(test)]
mod tests;

/// Labels of the contract's words, in the order of each word list.
impl Labels {
    /// A country's name, or its code when the language has no name for it.
    pub fn country<'a>(&self, code: &'a str) -> &'a str {
        self.country_names
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(code, |(_, name)| name)
    }

    pub fn partner_kind(&self, kind: PartnerKind) -> &'static str {
        self.partner_kinds[index(kind)]
    }

    pub fn sector(&self, sector: Sector) -> &'static str {
        self.sectors[index(sector)]
    }

    pub fn agreement_kind(&self, kind: AgreementKind) -> &'static str {
        self.agreement_kinds[index(kind)]
    }

    pub fn mode(&self, mode: Mode) -> &'static str {
        self.modes[index(mode)]
    }

    pub fn program_kind(&self, kind: ProgramKind) -> &'static str {
        self.program_kinds[index(kind)]
    }

    pub fn level(&self, level: Level) -> &'static str {
        self.levels[index(level)]
    }
}

impl Messages {
    /// What a deadline means today: `closes in 3 days`, `closes today`, `closed`.
    pub fn deadline(&self, status: DeadlineStatus) -> String {
        match status {
            DeadlineStatus::Closed => self.closed.to_string(),
            DeadlineStatus::ClosesToday => self.closes_today.to_string(),
            DeadlineStatus::ClosesIn(1) => self.closes_tomorrow.to_string(),
            DeadlineStatus::ClosesIn(days) => (self.closes_in)(days),
        }
    }

    /// Language names joined for a line of text.
    pub fn language_list(&self, codes: &[String]) -> String {
        codes
            .iter()
            .map(|code| self.language_name(code))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn index<K: Keyword + PartialEq>(keyword: K) -> usize {
    K::ALL
        .iter()
        .position(|k| *k == keyword)
        .expect("every keyword is in its list")
}
