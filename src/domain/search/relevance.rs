//! The relevance table: queries as students type them, in each language, over content written
//! for it (not the bundled content, which editors change). Each row names the results that must
//! be among the first five of the portal-wide search, and those that must not be found at all.

use crate::domain::content::Content;
use crate::domain::internship::Mode;
use crate::domain::partner::PartnerKind;
use crate::domain::program::ProgramKind;
use crate::domain::search::{Label, LabelWords, Query};
use crate::domain::search_all::{search_all, AllLabels, Hit, Kind};
use crate::domain::Lang;

const PARTNERS: &str = r#"{"items": [
  {"id": "kaznu", "name": {"kk": "Әл-Фараби атындағы Қазақ ұлттық университеті", "ru": "Казахский национальный университет имени аль-Фараби", "en": "Al-Farabi Kazakh National University"},
   "short_name": "KazNU", "kind": "university", "country": "KZ", "city": {"kk": "Алматы", "ru": "Алматы", "en": "Almaty"}},
  {"id": "satbayev", "name": {"kk": "Қ. Сәтбаев атындағы университет", "ru": "Университет имени К. Сатпаева"},
   "kind": "university", "country": "KZ", "city": {"kk": "Алматы", "ru": "Алматы"}},
  {"id": "shakarim", "name": {"kk": "Шәкәрім университеті", "ru": "Университет Шакарима"},
   "kind": "university", "country": "KZ", "city": {"kk": "Семей", "ru": "Семей"}},
  {"id": "buketov", "name": {"kk": "Бөкетов атындағы Қарағанды университеті"},
   "kind": "university", "country": "KZ", "city": {"kk": "Қарағанды"}},
  {"id": "oshsu", "name": {"ru": "Ошский государственный университет", "en": "Osh State University"},
   "kind": "university", "country": "KG", "city": {"ru": "Ош", "en": "Osh"}},
  {"id": "xjtu", "name": "Xi'an Jiaotong University", "kind": "university", "country": "CN", "city": "Xi'an"},
  {"id": "lzu", "name": "Lanzhou University", "kind": "university", "country": "CN", "city": "Lanzhou"},
  {"id": "cnpc", "name": "Silk Road Energy Company", "kind": "enterprise", "country": "CN", "city": "Urumqi"}
]}"#;

/// An internship from its id, title, host, city, fields, mode, paid (`true` or `false`) and
/// description, each as written in the file.
fn internship([id, title, host, city, fields, mode, paid, description]: [&str; 8]) -> String {
    format!(
        r#"{{"id": "{id}", "title": {title}, "host": "{host}", "city": {city}, "country": "KZ", "mode": "{mode}",
  "fields": [{fields}], "description": {description}, "posted": "2026-10-01", "deadline": "2026-12-20", "paid": {paid},
  "languages": ["kk", "ru"], "apply": "https://example.kz/apply"}}"#
    )
}

fn internships() -> String {
    let items = [
        internship([
            "law-firm",
            r#"{"kk": "Заң фирмасындағы тағылымдама", "ru": "Стажировка юриста в юридической фирме", "en": "Internship at a law firm"}"#,
            "kaznu",
            r#"{"kk": "Алматы", "ru": "Алматы", "en": "Almaty"}"#,
            r#""law""#,
            "onsite",
            "true",
            r#""Contracts.""#,
        ]),
        internship([
            "legal-adviser",
            r#"{"kk": "Заң кеңесшісі", "ru": "Юрист-консультант", "en": "Legal adviser"}"#,
            "satbayev",
            r#"{"kk": "Астана", "ru": "Астана", "en": "Astana"}"#,
            r#""law""#,
            "remote",
            "false",
            r#""Консультации.""#,
        ]),
        internship([
            "law-clinic",
            r#"{"ru": "Правовая клиника"}"#,
            "oshsu",
            r#"{"ru": "Ош"}"#,
            r#""law""#,
            "hybrid",
            "false",
            r#"{"ru": "Приём граждан."}"#,
        ]),
        internship([
            "plant-engineer",
            r#"{"kk": "Зауыттағы инженер-тағылымдамашы", "ru": "Инженер-стажёр на заводе", "en": "Engineering intern at a plant"}"#,
            "buketov",
            r#"{"kk": "Қарағанды", "ru": "Караганда", "en": "Karaganda"}"#,
            r#""engineering""#,
            "onsite",
            "true",
            r#""Plant work.""#,
        ]),
        internship([
            "data-engineering",
            r#"{"kk": "Деректер инженериясы", "ru": "Инженерия данных", "en": "Data engineering"}"#,
            "kaznu",
            r#"{"kk": "Астана", "ru": "Астана", "en": "Astana"}"#,
            r#""it""#,
            "remote",
            "false",
            r#""Pipelines.""#,
        ]),
        internship([
            "civil-engineer",
            r#"{"kk": "Құрылыс инженері", "ru": "Инженер-строитель", "en": "Civil engineer"}"#,
            "satbayev",
            r#"{"kk": "Шымкент", "ru": "Шымкент", "en": "Shymkent"}"#,
            r#""engineering""#,
            "onsite",
            "false",
            r#""Sites.""#,
        ]),
        internship([
            "teaching-assistant",
            r#"{"kk": "Мұғалім көмекшісі", "ru": "Помощник учителя", "en": "Teaching assistant"}"#,
            "shakarim",
            r#"{"kk": "Семей", "ru": "Семей", "en": "Semey"}"#,
            r#""pedagogy""#,
            "onsite",
            "false",
            r#"{"kk": "Шәкәрім университетінде сабақ беру."}"#,
        ]),
        internship([
            "low-carbon",
            r#"{"en": "Low-carbon energy internship"}"#,
            "cnpc",
            r#"{"en": "Urumqi"}"#,
            r#""energy""#,
            "onsite",
            "true",
            r#""Solar.""#,
        ]),
        internship([
            "accounting",
            r#"{"ru": "Бухгалтерская практика"}"#,
            "kaznu",
            r#"{"ru": "Алматы"}"#,
            r#""economics""#,
            "onsite",
            "false",
            r#"{"ru": "Отчёты."}"#,
        ]),
    ];
    format!(r#"{{"items": [{}]}}"#, items.join(",\n"))
}

const PROGRAMS: &str = r#"{"items": [
  {"id": "law-double-degree", "title": {"kk": "Халықаралық құқық", "ru": "Международное право", "en": "International law"},
   "kind": "double-degree", "level": "master", "partners": ["kaznu", "xjtu", "lzu"], "field": "law", "languages": ["ru", "en"],
   "description": "Two years."}
]}"#;

const NEWS: &str = r#"{"items": [
  {"id": "internships-in-china", "date": "2026-10-01",
   "title": {"kk": "ҚазҰУ студенттері Қытайда тағылымдамадан өтті", "ru": "Студенты КазНУ прошли стажировки в Китае", "en": "KazNU students completed internships in China"},
   "summary": "Twelve students.", "body": "Twelve students.", "partners": ["kaznu", "xjtu", "cnpc", "buketov", "shakarim", "oshsu", "lzu", "satbayev"]}
]}"#;

fn content() -> Content {
    Content::read(
        // No site file: these fixtures' codes are not checked.
        Err(crate::domain::SectionError::unavailable(
            crate::domain::ContentFile::Site,
            "not published".into(),
        )),
        Ok(PARTNERS.into()),
        Ok(internships()),
        Ok(PROGRAMS.into()),
        Ok(NEWS.into()),
    )
}

/// The test's own names for the labels, in Kazakh, Russian and English.
fn names(label: &Label) -> Vec<&'static str> {
    match label {
        Label::Country(c) => match c.as_str() {
            "KZ" => vec!["Қазақстан", "Казахстан", "Kazakhstan"],
            "KG" => vec!["Қырғызстан", "Киргизия", "Kyrgyzstan"],
            "CN" => vec!["Қытай", "Китай", "China"],
            _ => vec![],
        },
        Label::Field(f) => match f.as_str() {
            "law" => vec!["Құқық", "Право", "Law"],
            "engineering" => vec!["Инженерия", "Инженерия", "Engineering"],
            "it" => vec![
                "Ақпараттық технологиялар",
                "Информационные технологии",
                "Information technology",
            ],
            "pedagogy" => vec!["Педагогика", "Педагогика", "Pedagogy"],
            "energy" => vec!["Энергетика", "Энергетика", "Energy"],
            _ => vec!["Экономика", "Экономика", "Economics"],
        },
        Label::Mode(Mode::Remote) => vec!["Қашықтан", "Удалённо", "Remote"],
        Label::Mode(Mode::Onsite) => vec!["Орнында", "Очно", "On site"],
        Label::Mode(Mode::Hybrid) => vec!["Аралас", "Смешанный формат", "Hybrid"],
        Label::Paid(true) => vec!["Ақылы", "Оплачиваемая", "Paid"],
        Label::Paid(false) => vec!["Ақысыз", "Неоплачиваемая", "Unpaid"],
        Label::PartnerKind(PartnerKind::University) => {
            vec!["Университет", "Университет", "University"]
        }
        Label::PartnerKind(_) => vec!["Кәсіпорын", "Предприятие", "Enterprise"],
        Label::ProgramKind(ProgramKind::DoubleDegree) => {
            vec!["Қос диплом", "Двойной диплом", "Double degree"]
        }
        Label::ProgramKind(_) | Label::Level(_) | Label::AgreementKind(_) => vec![],
    }
}

fn labels(content: &Content) -> AllLabels {
    fn of<T>(section: &crate::domain::Section<T>) -> LabelWords {
        section
            .as_ref()
            .map(|l| LabelWords::new(&l.search, names))
            .unwrap_or_default()
    }
    AllLabels {
        partners: of(&content.partners),
        internships: of(&content.internships),
        programs: of(&content.programs),
        news: of(&content.news),
    }
}

/// A result's id, `kind:id`.
fn id(content: &Content, hit: &Hit) -> String {
    let item_id = match hit.kind {
        Kind::Partner => &content.partners.as_ref().unwrap().items[hit.at].id,
        Kind::Internship => &content.internships.as_ref().unwrap().items[hit.at].id,
        Kind::Program => &content.programs.as_ref().unwrap().items[hit.at].id,
        Kind::News => &content.news.as_ref().unwrap().items[hit.at].id,
    };
    format!("{}:{item_id}", hit.kind.as_str())
}

/// (typed, the language of the page it is typed on, must be in the first five, must not be found)
const TABLE: &[(&str, Lang, &[&str], &[&str])] = &[
    // Word forms: Russian endings (the stemmer), Kazakh endings (ours), English plurals.
    (
        "инженер",
        Lang::Ru,
        &[
            "internship:plant-engineer",
            "internship:data-engineering",
            "internship:civil-engineer",
        ],
        &["internship:law-firm"],
    ),
    (
        "инженер",
        Lang::Kk,
        &[
            "internship:plant-engineer",
            "internship:data-engineering",
            "internship:civil-engineer",
        ],
        &[],
    ),
    (
        "стажировки",
        Lang::Ru,
        &["internship:law-firm", "news:internships-in-china"],
        &["internship:civil-engineer"],
    ),
    (
        "стажировку",
        Lang::Ru,
        &["internship:law-firm", "news:internships-in-china"],
        &[],
    ),
    (
        "юрист",
        Lang::Ru,
        &["internship:law-firm", "internship:legal-adviser"],
        &["internship:plant-engineer"],
    ),
    (
        "юристов",
        Lang::Ru,
        &["internship:law-firm", "internship:legal-adviser"],
        &[],
    ),
    (
        "юридический",
        Lang::Ru,
        &["internship:law-firm"],
        &["internship:low-carbon"],
    ),
    (
        "право",
        Lang::Ru,
        &[
            "internship:law-firm",
            "internship:legal-adviser",
            "internship:law-clinic",
            "program:law-double-degree",
        ],
        &["internship:low-carbon"],
    ),
    (
        "университетінде",
        Lang::Kk,
        &["partner:shakarim", "partner:kaznu"],
        &["internship:low-carbon"],
    ),
    ("университеттің", Lang::Kk, &["partner:kaznu"], &[]),
    (
        "тағылымдамалар",
        Lang::Kk,
        &["internship:law-firm", "news:internships-in-china"],
        &[],
    ),
    (
        "internships",
        Lang::En,
        &[
            "internship:law-firm",
            "internship:low-carbon",
            "news:internships-in-china",
        ],
        &[],
    ),
    ("engineers", Lang::En, &["internship:civil-engineer"], &[]),
    // Prefixes while typing.
    (
        "инж",
        Lang::Ru,
        &[
            "internship:plant-engineer",
            "internship:data-engineering",
            "internship:civil-engineer",
        ],
        &[],
    ),
    (
        "стаж",
        Lang::Ru,
        &["internship:law-firm", "internship:plant-engineer"],
        &[],
    ),
    (
        "intern",
        Lang::En,
        &["internship:law-firm", "internship:plant-engineer"],
        &[],
    ),
    // Across scripts: Kazakh in its Latin alphabets and informally, Russian in Latin letters.
    (
        "zan",
        Lang::Kk,
        &["internship:law-firm", "internship:legal-adviser"],
        &["internship:low-carbon"],
    ),
    ("Qazaq", Lang::Kk, &["partner:kaznu"], &[]),
    (
        "Qaragandy",
        Lang::Kk,
        &["partner:buketov", "internship:plant-engineer"],
        &[],
    ),
    (
        "Qarağandy",
        Lang::Kk,
        &["partner:buketov", "internship:plant-engineer"],
        &[],
    ),
    (
        "Karaganda",
        Lang::En,
        &["partner:buketov", "internship:plant-engineer"],
        &[],
    ),
    ("Şymkent", Lang::Kk, &["internship:civil-engineer"], &[]),
    ("Shymkent", Lang::En, &["internship:civil-engineer"], &[]),
    (
        "almaty",
        Lang::En,
        &["internship:accounting", "partner:satbayev"],
        &[],
    ),
    ("Satbayev", Lang::En, &["partner:satbayev"], &[]),
    (
        "Semei",
        Lang::Ru,
        &["partner:shakarim", "internship:teaching-assistant"],
        &[],
    ),
    (
        "universitet",
        Lang::Ru,
        &["partner:satbayev", "partner:oshsu"],
        &[],
    ),
    (
        "stazhirovka",
        Lang::Ru,
        &["internship:law-firm", "news:internships-in-china"],
        &[],
    ),
    ("Казну", Lang::Ru, &["partner:kaznu"], &[]),
    // Typos: one edit from five letters, two from nine, none below; only when few are found.
    (
        "internhip",
        Lang::En,
        &["internship:law-firm", "internship:low-carbon"],
        &[],
    ),
    ("стажирвка", Lang::Ru, &["internship:law-firm"], &[]),
    (
        "law",
        Lang::En,
        &[
            "internship:law-firm",
            "internship:legal-adviser",
            "program:law-double-degree",
        ],
        &["internship:low-carbon"],
    ),
    (
        "low",
        Lang::En,
        &["internship:low-carbon"],
        &["internship:law-firm"],
    ),
    // What the card shows in the interface's words.
    (
        "удалённо",
        Lang::Ru,
        &["internship:legal-adviser", "internship:data-engineering"],
        &["internship:law-firm"],
    ),
    (
        "удаленно",
        Lang::Ru,
        &["internship:legal-adviser", "internship:data-engineering"],
        &["internship:law-firm"],
    ),
    (
        "қашықтан",
        Lang::Kk,
        &["internship:legal-adviser", "internship:data-engineering"],
        &["internship:civil-engineer"],
    ),
    (
        "remote",
        Lang::En,
        &["internship:legal-adviser", "internship:data-engineering"],
        &["internship:plant-engineer"],
    ),
    (
        "оплачиваемая",
        Lang::Ru,
        &["internship:law-firm", "internship:plant-engineer"],
        &["internship:legal-adviser"],
    ),
    (
        "paid",
        Lang::En,
        &["internship:law-firm", "internship:plant-engineer"],
        &["internship:civil-engineer"],
    ),
    (
        "China",
        Lang::En,
        &["partner:xjtu", "partner:lzu", "partner:cnpc"],
        &["partner:kaznu"],
    ),
    (
        "Китай",
        Lang::Ru,
        &["partner:xjtu", "partner:lzu", "partner:cnpc"],
        &["partner:kaznu"],
    ),
    (
        "Қытай",
        Lang::Kk,
        &["partner:xjtu", "partner:lzu", "partner:cnpc"],
        &["partner:kaznu"],
    ),
    (
        "Kazakhstan",
        Lang::En,
        &["partner:kaznu"],
        &["partner:xjtu"],
    ),
    (
        "двойной диплом",
        Lang::Ru,
        &["program:law-double-degree"],
        &["internship:law-firm"],
    ),
    (
        "KazNU",
        Lang::En,
        &["partner:kaznu", "news:internships-in-china"],
        &["partner:oshsu"],
    ),
    ("Al-Farabi", Lang::En, &["partner:kaznu"], &[]),
    (
        "Osh State",
        Lang::En,
        &["partner:oshsu", "internship:law-clinic"],
        &["partner:kaznu"],
    ),
];

#[test]
fn the_relevance_table() {
    let content = content();
    assert_eq!(content.errors(), 0, "{:#?}", content.problems);
    let labels = labels(&content);
    let mut failures = Vec::new();
    for (typed, lang, top, never) in TABLE {
        let hits: Vec<String> = search_all(
            &content,
            &labels,
            &Query::new(typed),
            &mut Default::default(),
        )
        .iter()
        .map(|hit| id(&content, hit))
        .collect();
        let first_five = &hits[..hits.len().min(5)];
        let missing: Vec<&&str> = top
            .iter()
            .filter(|id| !first_five.iter().any(|h| h == *id))
            .collect();
        let unwanted: Vec<&&str> = never
            .iter()
            .filter(|id| hits.iter().any(|h| h == *id))
            .collect();
        if !missing.is_empty() || !unwanted.is_empty() {
            failures.push(format!(
                "{typed:?} ({}): missing from the first five {missing:?}, found though unwanted {unwanted:?}; got {hits:?}",
                lang.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Exact before prefix before word form before typo; within that, title before place before the
/// rest.
#[test]
fn the_best_match_comes_first() {
    let content = content();
    let labels = labels(&content);
    let first = |typed: &str| {
        id(
            &content,
            &search_all(
                &content,
                &labels,
                &Query::new(typed),
                &mut Default::default(),
            )[0],
        )
    };
    // The partner named KazNU before the internships it hosts and the news naming it.
    assert_eq!(first("KazNU"), "partner:kaznu");
    // The title says Инженер-стажёр: before Инженерия (a prefix) and инженері (a form).
    assert_eq!(first("инженер"), "internship:plant-engineer");
    // Shymkent is the civil engineer's city; no title has it.
    assert_eq!(first("shymkent"), "internship:civil-engineer");
}
