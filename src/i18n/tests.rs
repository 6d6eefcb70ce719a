use super::*;
use crate::domain::Date;

#[test]
fn russian_plurals_follow_the_last_digits() {
    let days = |n| plural(Lang::Ru, n, "день", "дня", "дней");
    assert_eq!(
        [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(days),
        [
            "день", "дня", "дня", "дней", "дней", "дней", "дней", "день", "дня", "дней", "день",
            "дней"
        ]
    );
    assert_eq!(plural(Lang::En, 1, "day", "days", "days"), "day");
    assert_eq!(plural(Lang::En, 0, "day", "days", "days"), "days");
}

#[test]
fn days_left_read_naturally_in_each_language() {
    assert_eq!((messages(Lang::En).closes_in)(3), "closes in 3 days");
    assert_eq!((messages(Lang::Ru).closes_in)(3), "осталось 3 дня");
    assert_eq!((messages(Lang::Ru).closes_in)(5), "осталось 5 дней");
    assert_eq!((messages(Lang::Ru).closes_in)(21), "остался 21 день");
    assert_eq!((messages(Lang::Kk).closes_in)(3), "3 күн қалды");
}

#[test]
fn numbers_are_grouped_the_local_way() {
    assert_eq!(number(Lang::En, 10_000), "10,000");
    assert_eq!(number(Lang::Ru, 10_000), "10\u{a0}000");
    assert_eq!(number(Lang::Kk, 1_234_567), "1\u{a0}234\u{a0}567");
    assert_eq!(number(Lang::En, 999), "999");
}

#[test]
fn dates_are_written_in_each_languages_form() {
    let d = Date::parse("2024-11-12").unwrap();
    assert_eq!(date(Lang::En, d), "12 November 2024");
    assert_eq!(date(Lang::Ru, d), "12 ноября 2024\u{a0}г.");
    assert_eq!(date(Lang::Kk, d), "12 қараша 2024\u{a0}ж.");
}

/// Every key exists in every language (the type sees to that); this checks none is left empty
/// or copied from English by mistake where a translation is expected.
#[test]
fn every_language_has_every_text() {
    for lang in Lang::ALL {
        let m = messages(lang);
        let texts = [
            m.site_name,
            m.nav_partners,
            m.nav_internships,
            m.nav_programs,
            m.nav_news,
            m.nav_saved,
            m.home_title,
            m.home_lede,
            m.partners_title,
            m.internships_title,
            m.programs_title,
            m.news_title,
            m.clear_filters,
            m.loading,
            m.try_again,
            m.page_not_loaded,
            m.not_found_title,
            m.apply,
            m.save,
            m.saved,
            m.add_to_calendar,
            m.copy_link,
            m.share,
        ];
        assert!(texts.iter().all(|t| !t.trim().is_empty()), "{lang:?}");
        assert!(
            std::ptr::eq(m.labels, labels(lang)),
            "{lang:?}'s words name its own labels"
        );
        assert!(m
            .labels
            .partner_kinds
            .iter()
            .chain(&m.labels.sectors)
            .chain(&m.labels.agreement_kinds)
            .chain(&m.labels.modes)
            .chain(&m.labels.program_kinds)
            .chain(&m.labels.levels)
            .all(|t| !t.is_empty()));
        assert_eq!(
            m.labels.country_names.len(),
            labels(Lang::En).country_names.len(),
            "{lang:?} names every country English names"
        );
        if lang != Lang::En {
            assert_ne!(
                m.home_lede,
                messages(Lang::En).home_lede,
                "{lang:?} is translated"
            );
        }
    }
}
