//! A deterministic mutation test of reading content files: a few thousand cases made from the
//! bundled files and the samples in tests/samples/, each with one to three mutations (bytes and
//! tokens deleted, inserted and repeated, commas and braces dropped, values of another type,
//! deep nesting, very long strings, bytes that are not UTF-8, NUL, repeated keys and items, huge
//! numbers, impossible dates, coordinates off the globe, unknown words, an empty file, a list at
//! the top). Every case is read as the portal and the editors' check read it, and must:
//!
//! - not panic (the download's stable form is made too);
//! - finish in bounded time (a guard against a hang or a blow-up, not a speed target);
//! - print every problem as `file:line:column:` with the place inside the file;
//! - report the same places when the file starts with a byte order mark, and when its lines end
//!   in CRLF.
//!
//! The seed is fixed, so a failure names a case that fails again the same way.

use std::mem::discriminant;
use std::ops::Range;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use partnership_portal::domain::content::{read_file, utf8_text, ContentFile};
use partnership_portal::domain::reader::KnownPartners;
use partnership_portal::domain::site_file::{read_site, SiteFile};
use partnership_portal::domain::{
    stable_json, Content, Internship, Lang, NewsItem, Partner, Problem, Program, SectionError,
};
use partnership_portal::i18n::problems;

const SEED: u64 = 0x2026_1129_0020;
const CASES: usize = 2_000;
/// Far above what a case takes (milliseconds); a quadratic step on a long value takes seconds.
const MOST_PER_CASE: Duration = Duration::from_secs(3);

/// SplitMix64: small, fast, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0 to n - 1 (0 when n is 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A JSON token of the text: a string with its quotes, a word or number, or one sign.
fn tokens(text: &[u8]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let start = at;
        match text[at] {
            b' ' | b'\t' | b'\r' | b'\n' => {
                at += 1;
                continue;
            }
            b'"' => {
                at += 1;
                while at < text.len() && text[at] != b'"' {
                    at += if text[at] == b'\\' { 2 } else { 1 };
                }
                at = (at + 1).min(text.len());
            }
            b'{' | b'}' | b'[' | b']' | b',' | b':' => at += 1,
            _ => {
                while at < text.len() && !b" \t\r\n\"{}[],:".contains(&text[at]) {
                    at += 1;
                }
            }
        }
        found.push(start..at);
    }
    found
}

/// Tokens that are values: after a colon, or in a list.
fn values(text: &[u8], all: &[Range<usize>]) -> Vec<Range<usize>> {
    all.windows(2)
        .filter(|pair| matches!(text[pair[0].start], b':' | b'[' | b','))
        .filter(|pair| !matches!(text[pair[1].start], b'{' | b'[' | b']' | b'}' | b','))
        .map(|pair| pair[1].clone())
        .collect()
}

/// The value tokens of the keys named.
fn values_of(text: &[u8], keys: &[&str]) -> Vec<Range<usize>> {
    let all = tokens(text);
    all.windows(3)
        .filter(|t| {
            keys.iter()
                .any(|k| text[t[0].clone()] == *format!("\"{k}\"").as_bytes())
        })
        .filter(|t| text[t[1].start] == b':' && text[t[2].start] != b'{')
        .map(|t| t[2].clone())
        .collect()
}

fn splice(text: &mut Vec<u8>, range: Range<usize>, with: &[u8]) {
    text.splice(range, with.iter().copied());
}

fn replace_one(rng: &mut Rng, text: &mut Vec<u8>, among: Vec<Range<usize>>, with: &[&str]) {
    if among.is_empty() {
        return;
    }
    let range = rng.pick(&among).clone();
    let value = rng.pick(with).to_string();
    splice(text, range, value.as_bytes());
}

type Mutation = fn(&mut Rng, &mut Vec<u8>);

const MUTATIONS: &[(&str, Mutation)] = &[
    ("delete bytes", |rng, text| {
        let at = rng.below(text.len());
        let end = (at + 1 + rng.below(8)).min(text.len());
        text.drain(at..end);
    }),
    ("insert bytes", |rng, text| {
        let at = rng.below(text.len() + 1);
        let bytes: Vec<u8> = (0..1 + rng.below(4))
            .map(|_| *rng.pick(b"{}[],:\"\\ \n0aZ-.e\x7f"))
            .collect();
        splice(text, at..at, &bytes);
    }),
    ("repeat bytes", |rng, text| {
        let at = rng.below(text.len());
        let end = (at + 1 + rng.below(40)).min(text.len());
        let copy = text[at..end].to_vec();
        splice(text, at..at, &copy);
    }),
    ("delete a token", |rng, text| {
        let all = tokens(text);
        if !all.is_empty() {
            let range = rng.pick(&all).clone();
            text.drain(range);
        }
    }),
    ("insert a token", |rng, text| {
        let all = tokens(text);
        let at = all.get(rng.below(all.len())).map_or(0, |r| r.start);
        let token = rng.pick(&["{", "}", "[", "]", ",", ":", "\"id\"", "1", "true", "null"]);
        splice(text, at..at, token.as_bytes());
    }),
    ("repeat a token", |rng, text| {
        let all = tokens(text);
        if !all.is_empty() {
            let range = rng.pick(&all).clone();
            let copy = text[range.clone()].to_vec();
            splice(text, range.end..range.end, &copy);
        }
    }),
    ("drop a comma", |rng, text| drop_one_of(rng, text, b",")),
    ("drop a brace or bracket", |rng, text| {
        drop_one_of(rng, text, b"{}[]")
    }),
    ("a value of another type", |rng, text| {
        let among = values(text, &tokens(text));
        let with = [
            "42",
            "-0.5",
            "true",
            "false",
            "null",
            "[]",
            "{}",
            "\"text\"",
            "[1, \"a\"]",
            "{\"kk\": 1}",
        ];
        replace_one(rng, text, among, &with);
    }),
    ("deep nesting", |rng, text| {
        let (open, close) = *rng.pick(&[("[", "]"), ("{\"a\": ", "}")]);
        let depth = *rng.pick(&[600, 5_000, 100_000]) / open.len();
        let nested = format!("{}{}", open.repeat(depth), close.repeat(depth));
        let among = values(text, &tokens(text));
        replace_one(rng, text, among, &[nested.as_str()]);
    }),
    ("a very long string", |rng, text| {
        let length = *rng.pick(&[2_000, 20_000, 100_000]);
        let long = format!("\"{}\"", rng.pick(&["a", "kaznu-", "Ә"]).repeat(length));
        let all = tokens(text);
        let strings: Vec<Range<usize>> =
            all.into_iter().filter(|r| text[r.start] == b'"').collect();
        replace_one(rng, text, strings, &[long.as_str()]);
    }),
    ("bytes that are not UTF-8", |rng, text| {
        let at = rng.below(text.len() + 1);
        let not_utf8: [&[u8]; 4] = [b"\xff", b"\xc3", b"\xce\xf8", b"\xed\xa0\x80"];
        let bytes = *rng.pick(&not_utf8);
        splice(text, at..at, bytes);
    }),
    ("NUL", |rng, text| {
        let at = rng.below(text.len() + 1);
        let nul: [&[u8]; 2] = [b"\0", b"\\u0000"];
        let bytes = *rng.pick(&nul);
        splice(text, at..at, bytes);
    }),
    ("a repeated key", |rng, text| {
        let all = tokens(text);
        let keys: Vec<usize> = all
            .windows(2)
            .filter(|t| text[t[0].start] == b'"' && text[t[1].start] == b':')
            .map(|t| t[0].start)
            .collect();
        if keys.is_empty() {
            return;
        }
        let at = *rng.pick(&keys);
        let key = &all.iter().find(|r| r.start == at).expect("a key").clone();
        let value = rng.pick(&["\"x\"", "[]", "{\"en\": \"B\"}", "\"2026-01-01\"", "1"]);
        let property = format!("{}: {value}, ", String::from_utf8_lossy(&text[key.clone()]));
        splice(text, at..at, property.as_bytes());
    }),
    ("a repeated item", |rng, text| {
        let items = items(text);
        if !items.is_empty() {
            let item = rng.pick(&items).clone();
            let mut copy = text[item.clone()].to_vec();
            copy.splice(0..0, b", ".iter().copied());
            // Its copy after it, or after the last item.
            let at = if rng.below(2) == 0 {
                item.end
            } else {
                items[items.len() - 1].end
            };
            splice(text, at..at, &copy);
        }
    }),
    ("a huge number", |rng, text| {
        let all = tokens(text);
        let numbers = values(text, &all)
            .into_iter()
            .filter(|r| text[r.start].is_ascii_digit() || text[r.start] == b'-')
            .collect();
        let huge = [
            "1e400",
            "-1e400",
            "1e-400",
            "123456789012345678901234567890",
            "4294967296",
            "-0",
        ];
        replace_one(rng, text, numbers, &huge);
    }),
    ("an impossible date", |rng, text| {
        let keys = [
            "date", "posted", "deadline", "starts", "signed", "expires", "updated",
        ];
        let dates = [
            "\"2026-02-30\"",
            "\"2026-13-01\"",
            "\"0000-00-00\"",
            "\"2026-1-1\"",
            "\"+10000-01-01\"",
        ];
        replace_one(rng, text, values_of(text, &keys), &dates);
    }),
    ("coordinates off the globe", |rng, text| {
        let off = ["91", "-90.0001", "181", "-1e400", "\"43.2\"", "360"];
        replace_one(rng, text, values_of(text, &["lat", "lon"]), &off);
    }),
    ("an unknown word", |rng, text| {
        let unknown = [
            "\"univercity\"",
            "\"\"",
            "\"UNIVERSITY\"",
            "\"space\"",
            "\"masters\"",
        ];
        replace_one(
            rng,
            text,
            values_of(text, &["kind", "mode", "level"]),
            &unknown,
        );
    }),
    ("an empty file", |_, text| text.clear()),
    ("a list at the top", |rng, text| {
        if rng.below(2) == 0 {
            text.splice(0..0, *b"[");
            text.push(b']');
        } else {
            *text = b"[]".to_vec();
        }
    }),
];

fn drop_one_of(rng: &mut Rng, text: &mut Vec<u8>, signs: &[u8]) {
    let places: Vec<usize> = tokens(text)
        .into_iter()
        .filter(|r| r.len() == 1 && signs.contains(&text[r.start]))
        .map(|r| r.start)
        .collect();
    if !places.is_empty() {
        text.remove(*rng.pick(&places));
    }
}

/// The items of `{"items": [ {...}, {...} ]}`, each from its `{` to its `}`.
fn items(text: &[u8]) -> Vec<Range<usize>> {
    let (mut found, mut depth, mut start) = (Vec::new(), 0usize, 0);
    for token in tokens(text) {
        match text[token.start] {
            b'{' | b'[' => {
                depth += 1;
                if depth == 3 && text[token.start] == b'{' {
                    start = token.start;
                }
            }
            b'}' | b']' => {
                if depth == 3 && text[token.start] == b'}' {
                    found.push(start..token.end);
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    found
}

/// A file's text as bytes, and which file it stands for.
struct Seed {
    file: ContentFile,
    name: String,
    bytes: Vec<u8>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seeds() -> Vec<Seed> {
    let mut seeds = Vec::new();
    for file in ContentFile::ALL {
        let bundled = root().join("public/data").join(file.name());
        let folder = root()
            .join("tests/samples")
            .join(file.name().trim_end_matches(".json"));
        let mut samples: Vec<PathBuf> = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
            .map(|entry| entry.expect("a sample").path())
            .collect();
        samples.sort();
        for path in std::iter::once(bundled).chain(samples) {
            seeds.push(Seed {
                file,
                name: relative(&path),
                bytes: std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
            });
        }
    }
    seeds
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// What references and codes are checked against: the bundled site file and partners.
struct Known {
    site: SiteFile,
    partners: KnownPartners,
}

fn known() -> Known {
    let bundled = |name: &str| std::fs::read_to_string(root().join("public/data").join(name));
    let site = read_site(&bundled("site.json").unwrap()).site.unwrap();
    let section = read_file::<Partner>(&bundled("partners.json").unwrap(), None, Some(&site));
    let partners = KnownPartners {
        shown: section.items.unwrap().into_iter().map(|p| p.id).collect(),
        left_out: section.ids.left_out.into_iter().collect(),
    };
    Known { site, partners }
}

/// The problems of one file, as the portal reads it.
fn read(file: ContentFile, bytes: &[u8], known: &Known) -> Vec<Problem> {
    let text = match utf8_text(file, bytes.to_vec()) {
        Ok(text) => text,
        Err(SectionError::Unreadable(problem)) => return vec![problem],
        Err(other) => panic!("{other:?}"),
    };
    let (partners, site) = (Some(&known.partners), Some(&known.site));
    match file {
        ContentFile::Site => read_site(&text).problems,
        ContentFile::Partners => read_file::<Partner>(&text, None, site).problems,
        ContentFile::Internships => read_file::<Internship>(&text, partners, site).problems,
        ContentFile::Programs => read_file::<Program>(&text, partners, site).problems,
        ContentFile::News => read_file::<NewsItem>(&text, partners, site).problems,
    }
}

/// Each problem line starts with `file:line:column:` where the line and column are in the text.
fn check_places(file: ContentFile, bytes: &[u8], problems: &[Problem]) -> Result<(), String> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let lengths: Vec<usize> = text
        .split('\n')
        .map(|line| line.chars().filter(|&c| c != '\r').count())
        .collect();
    for problem in problems {
        let line = problems::line(problem, Lang::En);
        let prefix = format!("{}:{}:{}: ", file.name(), problem.line, problem.column);
        let inside = problem.line >= 1
            && problem.line <= lengths.len()
            && problem.column >= 1
            && problem.column <= lengths[problem.line - 1] + 1;
        let severity = line[prefix.len().min(line.len())..].starts_with("error: ")
            || line[prefix.len().min(line.len())..].starts_with("warning: ");
        if !line.starts_with(&prefix) || !inside || !severity {
            return Err(format!("not a place in the file: {}", cut(&line)));
        }
    }
    Ok(())
}

/// What must not change with a byte order mark or Windows line ends.
type Place = (usize, usize, bool, Option<String>, Option<String>);

fn places(
    problems: &[Problem],
) -> Vec<(
    Place,
    std::mem::Discriminant<partnership_portal::domain::problem::ProblemKind>,
)> {
    problems
        .iter()
        .map(|p| {
            let place = (
                p.line,
                p.column,
                p.is_error(),
                p.item.clone(),
                p.field.clone(),
            );
            (place, discriminant(&*p.kind))
        })
        .collect()
}

fn cut(line: &str) -> String {
    line.chars().take(300).collect()
}

/// One case: its problems checked, and the same places with a BOM and with CRLF; the stable
/// form for the download is made too.
fn check_case(file: ContentFile, bytes: &[u8], known: &Known) -> Result<(), String> {
    let plain = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let problems = read(file, plain, known);
    if let Ok(text) = std::str::from_utf8(plain) {
        let _ = stable_json::format(file, text);
    }
    check_places(file, plain, &problems)?;
    let with_bom = [&b"\xef\xbb\xbf"[..], plain].concat();
    let mut variants = vec![("a byte order mark", with_bom)];
    // A file that has carriage returns of its own is not made more Windows-like.
    if !plain.contains(&b'\r') && plain.contains(&b'\n') {
        let mut crlf = Vec::with_capacity(plain.len() * 2);
        for &byte in plain {
            if byte == b'\n' {
                crlf.push(b'\r');
            }
            crlf.push(byte);
        }
        variants.push(("CRLF line ends", crlf));
    }
    for (what, variant) in variants {
        let other = read(file, &variant, known);
        check_places(file, &variant, &other)?;
        if places(&other) != places(&problems) {
            let lines = |found: &[Problem]| -> Vec<String> {
                found
                    .iter()
                    .map(|p| cut(&problems::line(p, Lang::En)))
                    .collect()
            };
            return Err(format!(
                "with {what}, other places:\n{:#?}\nthan without:\n{:#?}",
                lines(&other),
                lines(&problems)
            ));
        }
    }
    Ok(())
}

#[test]
fn mutated_files_never_panic_hang_or_misplace_a_problem() {
    let seeds = seeds();
    let known = known();
    let mut rng = Rng(SEED);
    let mut failures = Vec::new();
    let mut used = vec![0usize; MUTATIONS.len()];
    let started = Instant::now();
    for case in 0..CASES {
        let seed = rng.pick(&seeds);
        let mut bytes = seed.bytes.clone();
        let mut applied = Vec::new();
        for _ in 0..1 + rng.below(3) {
            let which = rng.below(MUTATIONS.len());
            used[which] += 1;
            applied.push(MUTATIONS[which].0);
            (MUTATIONS[which].1)(&mut rng, &mut bytes);
        }
        let at = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| check_case(seed.file, &bytes, &known)));
        let took = at.elapsed();
        let failure = match outcome {
            Err(_) => Some("panicked".to_string()),
            Ok(Err(reason)) => Some(reason),
            Ok(Ok(())) if took > MOST_PER_CASE => Some(format!("took {took:?}")),
            Ok(Ok(())) => None,
        };
        if let Some(failure) = failure {
            failures.push(format!(
                "case {case} ({} with {}): {failure}",
                seed.name,
                applied.join(", ")
            ));
        }
    }
    println!(
        "{CASES} cases in {:?}; mutations used: {:?}",
        started.elapsed(),
        MUTATIONS
            .iter()
            .map(|m| m.0)
            .zip(used.iter())
            .collect::<Vec<_>>()
    );
    assert!(used.iter().all(|&n| n > 0), "every mutation is used");
    assert!(
        failures.is_empty(),
        "{} of {CASES} cases failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The whole content read with a mutated file in place: the problems of all four files,
/// including those only the whole content finds (partners nothing refers to), are in place.
#[test]
fn mutated_content_read_whole_keeps_every_problem_in_its_file() {
    let seeds = seeds();
    let bundled: Vec<&Seed> = seeds
        .iter()
        .filter(|s| s.name.starts_with("public/"))
        .collect();
    let mut rng = Rng(SEED ^ 1);
    for case in 0..100 {
        let mut files: Vec<Vec<u8>> = bundled.iter().map(|s| s.bytes.clone()).collect();
        let which = rng.below(files.len());
        let mutation = rng.pick(MUTATIONS);
        (mutation.1)(&mut rng, &mut files[which]);
        let texts = ContentFile::ALL.map(|file| {
            let index = ContentFile::ALL.iter().position(|f| *f == file).unwrap();
            utf8_text(file, files[index].clone())
        });
        let [site, partners, internships, programs, news] = texts;
        let content = Content::read(site, partners, internships, programs, news);
        for (index, file) in ContentFile::ALL.into_iter().enumerate() {
            let own: Vec<Problem> = content
                .problems
                .iter()
                .filter(|p| p.file == file.name())
                .cloned()
                .collect();
            if let Err(reason) = check_places(file, &files[index], &own) {
                panic!("case {case} ({} in {}): {reason}", mutation.0, file.name());
            }
        }
    }
}
