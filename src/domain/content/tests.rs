use super::*;
use crate::domain::deadline::DeadlineStatus;
use crate::domain::problem::{Expected, Found};
use crate::domain::search;
use crate::domain::Lang;
use crate::i18n::problems::line;

const PARTNERS: &str = r#"{
  "items": [
    {"id": "kaznu", "name": {"kk": "Әл-Фараби атындағы ҚазҰУ", "ru": "КазНУ имени аль-Фараби", "en": "Al-Farabi Kazakh National University"}, "short_name": "KazNU",
     "kind": "university", "country": "KZ", "city": {"kk": "Алматы", "ru": "Алматы", "en": "Almaty"},
     "agreements": [{"kind": "memorandum", "signed": "2023-10-27", "expires": "2025-10-27"}]},
    {"id": "oshsu", "name": "Osh State University", "kind": "university", "country": "KG", "city": "Osh"}
  ]
}"#;

fn internship(id: &str, host: &str, deadline: &str) -> String {
    format!(
        r#"{{"id": "{id}", "title": "Law practice", "host": "{host}", "city": "Almaty", "country": "KZ", "mode": "onsite",
  "fields": ["law"], "description": "Work *with* us.", "posted": "2026-10-01", "deadline": "{deadline}", "paid": false,
  "languages": ["kk", "ru"], "apply": "https://www.kaznu.kz/apply"}}"#
    )
}

fn internships(items: &[String]) -> String {
    format!("{{\n  \"items\": [\n{}\n  ]\n}}\n", items.join(",\n"))
}

/// A program with both partners of `PARTNERS`, so that neither is unreferenced.
const PROGRAMS: &str = r#"{"items": [{"id": "law-exchange", "title": "Law exchange", "kind": "exchange", "level": "master",
  "partners": ["kaznu", "oshsu"], "field": "law", "languages": ["ru"], "description": "An exchange."}]}"#;

fn read(partners: &str, internships: &str) -> Content {
    read_with(partners, internships, PROGRAMS)
}

/// Without a site file, codes are not checked: these tests are about the other files.
fn no_site() -> FileText {
    Err(SectionError::unavailable(
        ContentFile::Site,
        "not published".into(),
    ))
}

fn read_with(partners: &str, internships: &str, programs: &str) -> Content {
    let empty = Ok(r#"{"items": []}"#.to_string());
    Content::read(
        no_site(),
        Ok(partners.into()),
        Ok(internships.into()),
        Ok(programs.into()),
        empty,
    )
}

/// The problems as the editors' check prints them, for failure messages.
fn messages(content: &Content) -> Vec<String> {
    content.problems.iter().map(|p| line(p, Lang::En)).collect()
}

/// The problem of `item` at `field`, which must be the only one there.
fn problem<'c>(content: &'c Content, item: &str, field: &str) -> &'c Problem {
    let found: Vec<&Problem> = content
        .problems
        .iter()
        .filter(|p| p.item.as_deref() == Some(item) && p.field.as_deref() == Some(field))
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", messages(content));
    found[0]
}

#[test]
fn good_files_give_every_item() {
    let content = read(
        PARTNERS,
        &internships(&[
            internship("law-a", "kaznu", "2026-12-01"),
            internship("law-b", "oshsu", "2026-11-01"),
        ]),
    );
    assert_eq!(content.problems, vec![]);
    let partners = content.partners.as_ref().unwrap();
    assert_eq!(partners.items.len(), 2);
    assert_eq!(
        partners.get("kaznu").unwrap().short_name.as_deref(),
        Some("KazNU")
    );
    let kaznu = partners.get("kaznu").unwrap();
    let today = Date::parse("2026-11-23").unwrap();
    assert!(!kaznu.agreements[0].in_force(today));
    let list = content.internships.as_ref().unwrap();
    assert_eq!(
        DeadlineStatus::of(list.get("law-a").unwrap().deadline, today),
        DeadlineStatus::ClosesIn(8)
    );
}

#[test]
fn search_keys_include_the_hosts_names() {
    let content = read(
        PARTNERS,
        &internships(&[
            internship("law-a", "kaznu", "2026-12-01"),
            internship("law-b", "oshsu", "2026-11-01"),
        ]),
    );
    let list = content.internships.as_ref().unwrap();
    let found = |text: &str| {
        let labels = search::LabelWords::default();
        let matcher = search::Matcher::new(&search::Query::new(text), &list.search, &labels);
        search::shown(&matcher.found(0..list.items.len()), false)
            .into_iter()
            .map(|i| list.items[i].id.as_str())
            .collect::<Vec<_>>()
    };
    // Across scripts: КазНУ is KazNU.
    assert_eq!(found("казну"), vec!["law-a"]);
    assert_eq!(found("kaznu"), vec!["law-a"]);
    assert_eq!(found("ҚАЗҰУ law"), vec!["law-a"]);
    assert_eq!(found("osh"), vec!["law-b"]);
}

#[test]
fn an_internship_is_found_by_who_may_apply() {
    let for_it_students = internship("code", "kaznu", "2026-12-01").replace(
        r#""paid": false"#,
        r#""paid": false, "eligibility": {"ru": "Студенты IT-специальностей", "en": "IT students"}"#,
    );
    let content = read(
        PARTNERS,
        &internships(&[internship("law-a", "kaznu", "2026-12-01"), for_it_students]),
    );
    let list = content.internships.as_ref().unwrap();
    let labels = search::LabelWords::default();
    let matcher = search::Matcher::new(&search::Query::new("IT"), &list.search, &labels);
    let found = search::shown(&matcher.found(0..list.items.len()), false);
    assert_eq!(found, vec![1]);
}

#[test]
fn a_broken_file_names_line_and_column_and_others_still_work() {
    let broken = "{\n  \"items\": [\n    {\"id\": \"kaznu\" \"name\": \"x\"}\n  ]\n}\n";
    let content = read(
        broken,
        &internships(&[internship("law-a", "kaznu", "2026-12-01")]),
    );
    let Err(SectionError::Unreadable(problem)) = &content.partners else {
        panic!("{:?}", content.partners)
    };
    assert_eq!(
        (problem.file.as_str(), problem.line, problem.column),
        ("partners.json", 3, 19)
    );
    // References cannot be checked without partners, so the internship is still shown.
    assert_eq!(content.internships.as_ref().unwrap().items.len(), 1);
}

#[test]
fn an_invalid_item_is_left_out_and_reported_with_its_field() {
    let mut bad = internship("law-bad", "kaznu", "2026-13-01");
    bad = bad.replace("\"paid\": false", "\"paid\": \"no\"");
    let text = internships(&[internship("law-a", "kaznu", "2026-12-01"), bad]);
    let content = read(PARTNERS, &text);
    assert_eq!(content.internships.as_ref().unwrap().items.len(), 1);
    let deadline = problem(&content, "law-bad", "deadline");
    assert_eq!(
        (deadline.file.as_str(), deadline.line),
        ("internships.json", 7)
    );
    assert!(deadline.is_error());
    assert_eq!(
        *deadline.kind,
        ProblemKind::BadDate {
            text: "2026-13-01".into()
        }
    );
    assert_eq!(
        *problem(&content, "law-bad", "paid").kind,
        ProblemKind::WrongType {
            expected: Expected::TrueOrFalse,
            found: Found::Text
        }
    );
}

#[test]
fn unknown_partner_is_an_error_with_a_suggestion() {
    let content = read(
        PARTNERS,
        &internships(&[internship("law-a", "kaznu2", "2026-12-01")]),
    );
    assert!(content.internships.as_ref().unwrap().items.is_empty());
    let all = messages(&content);
    assert_eq!(all, vec!["internships.json:3:50: error: law-a: host: unknown partner `kaznu2`; did you mean `kaznu`?"]);
    assert_eq!(
        *problem(&content, "law-a", "host").kind,
        ProblemKind::UnknownPartner {
            id: "kaznu2".into(),
            suggestion: Some("kaznu".into())
        }
    );
}

#[test]
fn unknown_field_is_a_warning_and_the_item_stays() {
    let text = internships(&[internship("law-a", "kaznu", "2026-12-01")
        .replace("\"paid\"", "\"spost\": 2, \"paid\"")
        .replace("\"title\"", "\"titel\": \"x\", \"title\"")]);
    let content = read(PARTNERS, &text);
    assert_eq!(content.internships.as_ref().unwrap().items.len(), 1);
    for (field, suggestion) in [("titel", "title"), ("spost", "spots")] {
        let found = problem(&content, "law-a", field);
        assert!(!found.is_error());
        assert_eq!(
            *found.kind,
            ProblemKind::UnknownField {
                suggestion: Some(suggestion),
                known: Internship::FIELDS
            }
        );
    }
}

#[test]
fn duplicate_ids_keep_the_first() {
    let content = read(
        PARTNERS,
        &internships(&[
            internship("law-a", "kaznu", "2026-12-01"),
            internship("law-a", "oshsu", "2026-12-02"),
        ]),
    );
    let list = content.internships.as_ref().unwrap();
    assert_eq!(list.items.len(), 1);
    assert_eq!(list.items[0].host, "kaznu");
    assert_eq!(
        *problem(&content, "law-a", "id").kind,
        ProblemKind::DuplicateId { first_item: 1 }
    );
}

#[test]
fn deadline_before_posting_is_an_error() {
    let content = read(
        PARTNERS,
        &internships(&[internship("law-a", "kaznu", "2026-09-01")]),
    );
    assert_eq!(
        *problem(&content, "law-a", "deadline").kind,
        ProblemKind::DeadlineBeforePosting {
            deadline: Date::parse("2026-09-01").unwrap(),
            posted: Date::parse("2026-10-01").unwrap()
        }
    );
}

#[test]
fn script_links_and_missing_fields_are_errors() {
    let item = internship("law-a", "kaznu", "2026-12-01")
        .replace("https://www.kaznu.kz/apply", "javascript:alert(1)")
        .replace("\"mode\": \"onsite\",", "");
    let content = read(PARTNERS, &internships(&[item]));
    assert_eq!(
        *problem(&content, "law-a", "mode").kind,
        ProblemKind::MissingField
    );
    assert_eq!(
        *problem(&content, "law-a", "apply").kind,
        ProblemKind::BadLink {
            url: "javascript:alert(1)".into()
        }
    );
}

#[test]
fn wrong_shapes_are_clear() {
    let content = read("[]", r#"{"items": {}}"#);
    let places: Vec<_> = content
        .problems
        .iter()
        .map(|p| {
            (
                p.file.as_str(),
                p.line,
                p.column,
                p.field.as_deref(),
                &*p.kind,
            )
        })
        .collect();
    assert_eq!(
        places[..2],
        [
            ("partners.json", 1, 1, None, &ProblemKind::NotAnObject),
            (
                "internships.json",
                1,
                2,
                Some("items"),
                &ProblemKind::ItemsNotAList
            )
        ]
    );
    let content = read(
        r#"{"items": [42, {"name": "x"}], "extra": 1}"#,
        r#"{"items": []}"#,
    );
    let extra = content
        .problems
        .iter()
        .find(|p| p.field.as_deref() == Some("extra"))
        .unwrap();
    assert_eq!(
        (extra.severity, &*extra.kind),
        (
            Severity::Warning,
            &ProblemKind::UnknownTopLevelField { suggestion: None }
        )
    );
    let not_an_object = content
        .problems
        .iter()
        .find(|p| p.item.as_deref() == Some("#1"))
        .unwrap();
    assert_eq!(*not_an_object.kind, ProblemKind::ItemNotAnObject);
    assert_eq!(
        *problem(&content, "#2", "id").kind,
        ProblemKind::MissingField
    );
}

#[test]
fn unavailable_files_are_their_own_error() {
    let empty = Ok(r#"{"items": []}"#.to_string());
    let unavailable = Err(SectionError::Unavailable {
        file: "partners.json",
        reason: "HTTP 404".into(),
    });
    let content = Content::read(no_site(), unavailable, empty.clone(), empty.clone(), empty);
    assert_eq!(
        content.partners,
        Err(SectionError::Unavailable {
            file: "partners.json",
            reason: "HTTP 404".into()
        })
    );
}

#[test]
fn a_complete_set_of_files_reads_without_problems() {
    let content = crate::domain::fixture::fixture_content();
    let problems: Vec<String> = content.problems.iter().map(|p| line(p, Lang::En)).collect();
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(content.partners.as_ref().unwrap().items.len(), 4);
    assert_eq!(content.news.as_ref().unwrap().items.len(), 2);
}

#[test]
fn a_partner_left_out_for_an_error_does_not_take_its_internships_with_it() {
    let partners = PARTNERS.replace(
        "\"kind\": \"university\", \"country\": \"KZ\"",
        "\"kind\": \"univercity\", \"country\": \"KZ\"",
    );
    let content = read(
        &partners,
        &internships(&[internship("law-a", "kaznu", "2026-12-01")]),
    );
    assert_eq!(content.partners.as_ref().unwrap().items.len(), 1);
    assert_eq!(content.internships.as_ref().unwrap().items.len(), 1);
    assert_eq!(
        *problem(&content, "kaznu", "kind").kind,
        ProblemKind::UnknownWord {
            word: "univercity".into(),
            allowed: vec![
                "university",
                "college",
                "school",
                "enterprise",
                "government",
                "ngo",
                "research"
            ],
            suggestion: Some("university")
        }
    );
    let host = problem(&content, "law-a", "host");
    assert_eq!(
        (host.severity, &*host.kind),
        (
            Severity::Warning,
            &ProblemKind::PartnerLeftOut { id: "kaznu".into() }
        )
    );
}

#[test]
fn problems_are_in_file_order() {
    let item = internship("law-a", "kaznu", "2026-12-01")
        .replace("\"title\": \"Law practice\"", "\"title\": 5")
        .replace("\"id\": \"law-a\", ", "\"id\": \"law-a\", \"zzz\": 1, ");
    let content = read(PARTNERS, &internships(&[item]));
    let columns: Vec<usize> = content.problems.iter().map(|p| p.column).collect();
    assert!(
        columns.windows(2).all(|w| w[0] <= w[1]),
        "{:#?}",
        messages(&content)
    );
}

#[test]
fn a_partner_nothing_refers_to_is_a_warning_at_its_id() {
    let content = read_with(
        PARTNERS,
        &internships(&[internship("law-a", "kaznu", "2026-12-01")]),
        r#"{"items": []}"#,
    );
    assert_eq!(content.problems.len(), 1, "{:#?}", messages(&content));
    let oshsu = problem(&content, "oshsu", "id");
    assert_eq!(
        (oshsu.line, oshsu.column, oshsu.severity, &*oshsu.kind),
        (6, 12, Severity::Warning, &ProblemKind::UnreferencedPartner)
    );
}

#[test]
fn a_file_that_is_not_utf8_says_where() {
    let news = ContentFile::News;
    assert_eq!(
        utf8_text(news, "{\"id\": \"қ\"}".as_bytes().to_vec()),
        Ok("{\"id\": \"қ\"}".to_string())
    );
    // Windows-1251 "Ош" on the second line, after an ASCII line; with a byte order mark too.
    for bytes in [
        b"{\n  \"city\": \"\xce\xf8\"\n}".to_vec(),
        b"\xef\xbb\xbf{\n  \"city\": \"\xce\xf8\"\n}".to_vec(),
    ] {
        let Err(SectionError::Unreadable(problem)) = utf8_text(news, bytes) else {
            panic!("read as UTF-8")
        };
        assert_eq!(
            line(&problem, Lang::En),
            "news.json:2:12: error: the file is not UTF-8 text; save it with the UTF-8 encoding"
        );
        // The section says where, and the report lists it.
        let content = Content::read(
            no_site(),
            Ok(PARTNERS.into()),
            Ok(internships(&[])),
            Ok(PROGRAMS.into()),
            Err(SectionError::Unreadable(problem.clone())),
        );
        assert_eq!(content.news, Err(SectionError::Unreadable(problem.clone())));
        assert!(content.problems.contains(&problem));
    }
}

#[test]
fn a_location_off_the_globe_is_reported_at_its_field() {
    let partners = PARTNERS.replace(
        "\"city\": \"Osh\"",
        "\"city\": \"Osh\",\n     \"location\": {\"lat\": 40.5, \"lon\": 272.8}",
    );
    let content = read(
        &partners,
        &internships(&[internship("law-a", "kaznu", "2026-12-01")]),
    );
    let lon = problem(&content, "oshsu", "location.lon");
    assert_eq!(
        (lon.line, lon.column, &*lon.kind),
        (7, 39, &ProblemKind::Degrees { limit: 180 })
    );
    assert!(!content
        .problems
        .iter()
        .any(|p| p.field.as_deref() == Some("location.lat")));
}

#[test]
fn files_read_in_the_order_they_arrive_give_the_same_content() {
    let broken_program = PROGRAMS.replace("\"level\": \"master\"", "\"level\": \"masters\"");
    let internships_text = internships(&[
        internship("law-a", "kaznu", "2026-12-01"),
        internship("law-b", "nobody", "2026-11-01"),
    ]);
    let news = r#"{"items": [], "extra": 1}"#;
    let in_order = Content::read(
        no_site(),
        Ok(PARTNERS.into()),
        Ok(internships_text.clone()),
        Ok(broken_program.clone()),
        Ok(news.into()),
    );
    let mut reader = ContentReader::new(no_site(), Ok(PARTNERS.into()));
    let news = reader.read(Ok(news.into()));
    let programs = reader.read(Ok(broken_program));
    let internships = reader.read(Ok(internships_text));
    let as_they_came = reader.finish(internships, programs, news);
    assert_eq!(as_they_came, in_order);
    let files: Vec<&str> = as_they_came
        .problems
        .iter()
        .map(|p| p.file.as_str())
        .collect();
    assert_eq!(
        files,
        [
            "partners.json",
            "internships.json",
            "programs.json",
            "news.json"
        ],
        "{:#?}",
        messages(&as_they_came)
    );
    // The internships are found by their host's name, read before them.
    let internships = as_they_came.internships.unwrap();
    let labels = search::LabelWords::default();
    let matcher = search::Matcher::new(&search::Query::new("kaznu"), &internships.search, &labels);
    assert!(matcher
        .score(
            internships
                .items
                .iter()
                .position(|i| i.id == "law-a")
                .unwrap()
        )
        .is_some());
}

#[test]
fn a_byte_order_mark_moves_no_place() {
    // Notepad on Windows writes one; the places were 3 bytes early (news.json:2:9).
    let plain = "{\n\"items\": [\n{\"id\": \"a\"}\n]\n}\n";
    for text in [plain.to_string(), format!("\u{feff}{plain}")] {
        let section = read_file::<NewsItem>(&text, None, None);
        let places: Vec<(usize, usize)> = section
            .problems
            .iter()
            .map(|p| (p.line, p.column))
            .collect();
        assert_eq!(
            places,
            vec![(3, 1); 4],
            "{section:?}",
            section = section.problems
        );
    }
}

#[test]
fn a_key_written_twice_is_an_error_at_the_second_naming_the_first() {
    // The first, empty list was kept and the check passed.
    let text = format!(
        "{{\"items\": [],\n \"items\": {}}}",
        internships(&[internship("law-a", "kaznu", "2026-12-01")])
            .trim()
            .trim_start_matches("{\n  \"items\": ")
            .trim_end_matches('}')
    );
    let content = read(PARTNERS, &text);
    let Err(SectionError::Unreadable(problem)) = &content.internships else {
        panic!("{:?}", content.internships)
    };
    assert_eq!(
        (problem.line, problem.column, problem.field.as_deref()),
        (2, 2, Some("items"))
    );
    assert_eq!(
        *problem.kind,
        ProblemKind::DuplicateKey {
            first_line: 1,
            first_column: 2
        }
    );
    assert!(content.errors() > 0);

    // A translation, a field of an item, and `updated`.
    let item = internship("law-a", "kaznu", "2026-12-01")
        .replace(
            "\"title\": \"Law practice\"",
            "\"title\": {\"kk\": \"A\", \"kk\": \"B\"}",
        )
        .replace("\"paid\": false", "\"paid\": false, \"paid\": true");
    let text = internships(&[item]).replacen(
        '{',
        "{\"updated\": \"2026-11-01\", \"updated\": \"2026-11-02\",",
        1,
    );
    let content = read(PARTNERS, &text);
    assert!(content.internships.as_ref().unwrap().items.is_empty());
    let repeated = |item: Option<&str>, field: &str| {
        let found = content
            .problems
            .iter()
            .find(|p| p.item.as_deref() == item && p.field.as_deref() == Some(field))
            .unwrap_or_else(|| panic!("{field}: {:#?}", messages(&content)));
        assert!(found.is_error());
        match *found.kind {
            ProblemKind::DuplicateKey {
                first_line,
                first_column,
            } => (found.line, found.column, first_line, first_column),
            ref other => panic!("{other:?}"),
        }
    };
    assert_eq!(repeated(None, "updated"), (1, 27, 1, 2));
    let (line, column, first_line, first_column) = repeated(Some("law-a"), "title.kk");
    assert_eq!((line, first_line), (3, 3));
    assert_eq!(column - first_column, "\"kk\": \"A\", ".len());
    let (line, _, first_line, _) = repeated(Some("law-a"), "paid");
    assert_eq!(line, first_line);
}

#[test]
fn a_link_or_picture_the_portal_does_not_show_is_reported_where_it_is() {
    let body = r#"Line one\n\u0410 [x](javascript:alert(1)) \"q\" ![pic](data:image/png;base64,AA) [ok](https://kaznu.kz)"#;
    let item = internship("law-a", "kaznu", "2026-12-01")
        .replace("\"Work *with* us.\"", &format!("{{\"en\": \"{body}\"}}"));
    let text = internships(&[item]);
    let content = read(PARTNERS, &text);
    // A warning: the item is shown, the words of the link with it.
    assert_eq!(content.internships.as_ref().unwrap().items.len(), 1);
    let refused: Vec<(usize, usize, &ProblemKind)> = content
        .problems
        .iter()
        .filter(|p| p.field.as_deref() == Some("description.en"))
        .map(|p| (p.line, p.column, &*p.kind))
        .collect();
    let line = text.lines().position(|l| l.contains("[x]")).unwrap() + 1;
    let column = |s: &str| text.lines().nth(line - 1).unwrap().find(s).unwrap() + 1;
    assert_eq!(
        refused,
        vec![
            (
                line,
                column("[x]"),
                &ProblemKind::TextLinkRefused {
                    url: "javascript:alert(1)".into()
                }
            ),
            (
                line,
                column("![pic]"),
                &ProblemKind::TextImage {
                    url: "data:image/png;base64,AA".into()
                }
            ),
        ],
        "{:#?}",
        messages(&content)
    );
}

#[test]
fn checking_finds_the_problems_reading_finds() {
    let internships = internships(&[
        internship("law-a", "kaznu", "2026-12-01"),
        internship("law-b", "nobody", "2026-11-01"),
    ]);
    let files = || {
        (
            no_site(),
            Ok(PARTNERS.to_string()),
            Ok(internships.clone()),
            Ok(PROGRAMS.to_string()),
            Ok(r#"{"items": [], "extra": 1}"#.to_string()),
        )
    };
    let (site, partners, i, p, n) = files();
    let read = Content::read(site, partners, i, p, n).problems;
    let (site, partners, i, p, n) = files();
    assert!(!read.is_empty());
    assert_eq!(Content::problems(site, partners, i, p, n), read);
}

#[test]
fn a_file_indexed_a_part_at_a_time_reads_as_one_indexed_at_once() {
    let content = crate::domain::fixture::fixture_content();
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    let [site, partners, internships, ..] = ContentFile::read_folder(&folder);
    let mut reader = ContentReader::new(site, partners);
    let mut parts = reader.read_in_parts::<Internship>(internships);
    let mut steps = 1;
    while !parts.index(2) {
        steps += 1;
    }
    assert!(steps > 2, "a few items a part: {steps} parts");
    assert_eq!(parts.finish(), content.internships);
    // One that cannot be read is the same error either way.
    let mut unreadable = reader.read_in_parts::<Internship>(Ok("[".into()));
    assert!(unreadable.index(2));
    assert!(unreadable.finish().is_err());
}
