//! The words of the portal-wide search (the header's field and the results page), and the
//! names the search finds a card's labels by.

use super::{labels, number, plural};
use crate::domain::search::Label;
use crate::domain::search_all::Kind;
use crate::domain::site_file::SiteFile;
use crate::domain::Lang;

pub struct SearchWords {
    /// The header field's label.
    pub label: &'static str,
    /// The results page's field.
    pub query_label: &'static str,
    pub placeholder: &'static str,
    /// The button that sends the header's form.
    pub submit: &'static str,
    /// The phone header's icon that opens the field.
    pub open: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// Shown without script, before the links to the lists.
    pub needs_script: &'static str,
    /// Before anything is typed.
    pub type_something: &'static str,
    /// `12 results`.
    pub results: fn(usize) -> String,
    pub no_results: &'static str,
    /// The filter of every kind.
    pub all: &'static str,
    /// What kind of result a card is.
    pub kind: fn(Kind) -> &'static str,
    /// The filters by kind.
    pub kinds_label: &'static str,
}

pub static KK: SearchWords = SearchWords {
    label: "Порталдан іздеу",
    query_label: "Не іздейсіз?",
    placeholder: "Серіктес, тағылымдама, бағдарлама…",
    submit: "Іздеу",
    open: "Іздеуді ашу",
    title: "Іздеу",
    description: "Серіктестерді, тағылымдамаларды, бағдарламаларды және жаңалықтарды бір жерден іздеу: кез келген әліппемен, кез келген сөз формасымен.",
    needs_script: "Іздеу үшін JavaScript қажет. Оның орнына тізімдерді қараңыз:",
    type_something: "Іздеу үшін сөз жазыңыз.",
    results: |n| format!("{} нәтиже", number(Lang::Kk, n as u64)),
    no_results: "Ештеңе табылмады. Басқа сөзбен немесе қысқарақ жазып көріңіз.",
    all: "Барлығы",
    kind: |kind| match kind {
        Kind::Partner => "Серіктес",
        Kind::Internship => "Тағылымдама",
        Kind::Program => "Бағдарлама",
        Kind::News => "Жаңалық",
    },
    kinds_label: "Нәтиже түрі",
};

pub static RU: SearchWords = SearchWords {
    label: "Поиск по порталу",
    query_label: "Что вы ищете?",
    placeholder: "Партнёр, стажировка, программа…",
    submit: "Найти",
    open: "Открыть поиск",
    title: "Поиск",
    description: "Партнёры, стажировки, программы и новости в одном поиске: латиницей или кириллицей, в любой форме слова.",
    needs_script: "Для поиска нужен JavaScript. Вместо него откройте списки:",
    type_something: "Введите слово для поиска.",
    results: |n| {
        format!(
            "{} {}",
            number(Lang::Ru, n as u64),
            plural(Lang::Ru, n as u64, "результат", "результата", "результатов")
        )
    },
    no_results: "Ничего не найдено. Попробуйте другое слово или его начало.",
    all: "Все",
    kind: |kind| match kind {
        Kind::Partner => "Партнёр",
        Kind::Internship => "Стажировка",
        Kind::Program => "Программа",
        Kind::News => "Новость",
    },
    kinds_label: "Вид результата",
};

pub static EN: SearchWords = SearchWords {
    label: "Search the portal",
    query_label: "What are you looking for?",
    placeholder: "Partner, internship, program…",
    submit: "Search",
    open: "Open search",
    title: "Search",
    description: "Partners, internships, programs and news in one search: in Latin or Cyrillic letters, in any form of a word.",
    needs_script: "Search needs JavaScript. Browse the lists instead:",
    type_something: "Type a word to search.",
    results: |n| {
        format!(
            "{} {}",
            number(Lang::En, n as u64),
            plural(Lang::En, n as u64, "result", "results", "results")
        )
    },
    no_results: "Nothing found. Try another word or its beginning.",
    all: "All",
    kind: |kind| match kind {
        Kind::Partner => "Partner",
        Kind::Internship => "Internship",
        Kind::Program => "Program",
        Kind::News => "News",
    },
    kinds_label: "Kind of result",
};

/// A label's names in the three languages, for the search: a field as `site` names it (its code,
/// split at the hyphens, when the site file does not list it).
pub fn label_names(label: &Label, site: &SiteFile) -> Vec<String> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let m = labels(lang);
            match label {
                Label::Country(code) => m.country(code).to_string(),
                Label::Field(code) => match site.field(code) {
                    Some(text) => text.get(lang).to_string(),
                    None => code.replace('-', " "),
                },
                Label::Mode(mode) => m.mode(*mode).to_string(),
                Label::Paid(true) => m.paid.to_string(),
                Label::Paid(false) => m.unpaid.to_string(),
                Label::PartnerKind(kind) => m.partner_kind(*kind).to_string(),
                Label::AgreementKind(kind) => m.agreement_kind(*kind).to_string(),
                Label::ProgramKind(kind) => m.program_kind(*kind).to_string(),
                Label::Level(level) => m.level(*level).to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::{shown, IndexBuilder, LabelWords, Matcher, Part, Query};
    use crate::domain::site_file::Term;
    use crate::domain::Text;

    #[test]
    fn a_field_is_found_by_the_site_s_label_in_every_language() {
        let mut builder = IndexBuilder::new();
        builder.text(Part::Title, "Practice");
        builder.label(Part::Other, Label::Field("civil-law".into()));
        builder.end_item();
        builder.text(Part::Title, "Practice");
        builder.label(Part::Other, Label::Field("unlisted-code".into()));
        builder.end_item();
        let index = builder.finish();
        let site = SiteFile {
            fields: vec![Term {
                id: "civil-law".into(),
                label: Text::PerLang(vec![
                    (Lang::Kk, "Азаматтық құқық".into()),
                    (Lang::Ru, "Гражданское право".into()),
                    (Lang::En, "Civil law".into()),
                ]),
            }],
            ..SiteFile::default()
        };
        let labels = LabelWords::new(&index, |label| label_names(label, &site));
        let found = |text: &str| {
            let matcher = Matcher::new(&Query::new(text), &index, &labels);
            shown(&matcher.found([0, 1]), true)
        };
        assert_eq!(found("гражданское"), [0]);
        assert_eq!(found("гражданского права"), [0], "a word form");
        assert_eq!(found("азаматтық"), [0]);
        assert_eq!(found("civil"), [0]);
        // A code the site file does not name is found by its words.
        assert_eq!(found("unlisted"), [1]);
    }
}
