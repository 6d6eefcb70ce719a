use super::*;
use crate::domain::deadline::DeadlineStatus;
use crate::domain::search;

const PARTNERS: &str = r#"{
  "items": [
    {"id": "kaznu", "name": {"kk": "Әл-Фараби атындағы ҚазҰУ", "en": "Al-Farabi Kazakh National University"}, "short_name": "KazNU",
     "kind": "university", "country": "KZ", "city": {"en": "Almaty"},
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
    Err("not published".into())
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

fn messages(content: &Content) -> Vec<String> {
    content.problems.iter().map(ToString::to_string).collect()
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
    let all = messages(&content);
    assert!(
        all.iter().any(|m| m.starts_with("internships.json:7:")
            && m.contains("error: law-bad: deadline: `2026-13-01` is not a real date")),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|m| m
                .contains("law-bad: paid: expected true or false (without quotes), found text")),
        "{all:#?}"
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
}

#[test]
fn unknown_field_is_a_warning_and_the_item_stays() {
    let text = internships(&[internship("law-a", "kaznu", "2026-12-01")
        .replace("\"paid\"", "\"spost\": 2, \"paid\"")
        .replace("\"title\"", "\"titel\": \"x\", \"title\"")]);
    let content = read(PARTNERS, &text);
    assert_eq!(content.internships.as_ref().unwrap().items.len(), 1);
    let all = messages(&content);
    assert!(
        all.iter()
            .any(|m| m.contains("warning: law-a: titel: unknown field; did you mean `title`?")),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|m| m.contains("warning: law-a: spost: unknown field; did you mean `spots`?")),
        "{all:#?}"
    );
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
    assert!(
        messages(&content)[0].contains("error: law-a: id: duplicate id: item #1 already uses it")
    );
}

#[test]
fn deadline_before_posting_is_an_error() {
    let content = read(
        PARTNERS,
        &internships(&[internship("law-a", "kaznu", "2026-09-01")]),
    );
    assert!(messages(&content)[0].contains(
        "law-a: deadline: the deadline (2026-09-01) is before the posting date (2026-10-01)"
    ));
}

#[test]
fn script_links_and_missing_fields_are_errors() {
    let item = internship("law-a", "kaznu", "2026-12-01")
        .replace("https://www.kaznu.kz/apply", "javascript:alert(1)")
        .replace("\"mode\": \"onsite\",", "");
    let content = read(PARTNERS, &internships(&[item]));
    let all = messages(&content);
    assert!(
        all.iter()
            .any(|m| m.contains("law-a: mode: missing required field")),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|m| m
                .contains("law-a: apply: `javascript:alert(1)` is not a link the portal shows")),
        "{all:#?}"
    );
}

#[test]
fn wrong_shapes_are_clear() {
    let content = read("[]", r#"{"items": {}}"#);
    let all = messages(&content);
    assert!(
        all[0].contains("partners.json:1:1: error: the file should be an object"),
        "{all:#?}"
    );
    assert!(
        all[1].contains("internships.json:1:2: error: items: should be a list"),
        "{all:#?}"
    );
    let content = read(
        r#"{"items": [42, {"name": "x"}], "extra": 1}"#,
        r#"{"items": []}"#,
    );
    let all = messages(&content);
    assert!(
        all.iter()
            .any(|m| m.contains("warning: extra: unknown top-level field")),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|m| m.contains("error: #1: each item should be an object")),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|m| m.contains("error: #2: id: missing required field")),
        "{all:#?}"
    );
}

#[test]
fn unavailable_files_are_their_own_error() {
    let empty = Ok(r#"{"items": []}"#.to_string());
    let content = Content::read(
        no_site(),
        Err("HTTP 404".into()),
        empty.clone(),
        empty.clone(),
        empty,
    );
    assert_eq!(
        content.partners,
        Err(SectionError::Unavailable {
            file: "partners.json",
            reason: "HTTP 404".into()
        })
    );
}

#[test]
fn the_bundled_content_has_no_errors() {
    let content = crate::domain::bundled::bundled_content();
    let errors: Vec<String> = content
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    assert!(content.partners.as_ref().unwrap().items.len() >= 12);
    assert_eq!(content.news.as_ref().unwrap().items.len(), 3);
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
    let all = messages(&content);
    assert!(all[0].contains("error: kaznu: kind: `univercity` is not one of: university, college, school, enterprise, government, ngo, research; did you mean `university`?"), "{all:#?}");
    assert!(all[1].contains("warning: law-a: host: partner `kaznu` has an error in partners.json and is not shown until it is fixed"), "{all:#?}");
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
    let all = messages(&content);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert!(all[0].starts_with("partners.json:6:12: warning: oshsu: id: no internship, program or news item refers to this partner"), "{all:#?}");
    assert_eq!(content.errors(), 0);
}

#[test]
fn a_file_that_is_not_utf8_says_where() {
    assert_eq!(
        utf8_text("{\"id\": \"қ\"}".as_bytes().to_vec()),
        Ok("{\"id\": \"қ\"}".to_string())
    );
    // Windows-1251 "Ош" on the second line, after an ASCII line.
    let bytes = b"{\n  \"city\": \"\xce\xf8\"\n}".to_vec();
    let error = utf8_text(bytes).unwrap_err();
    assert!(error.contains("line 2, column 12"), "{error}");
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
    let all = messages(&content);
    assert!(
        all.iter().any(|m| m
            == "partners.json:7:39: error: oshsu: location.lon: must be from -180 to 180 degrees"),
        "{all:#?}"
    );
    assert!(!all.iter().any(|m| m.contains("location.lat")), "{all:#?}");
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
