//! The editors' check: reads the content files of a data folder with the same rules as the
//! portal and prints every problem as `file:line:column: error|warning: item: field: reason`.
//!
//! Usage: `cargo run --bin check -- [--lang kk|ru|en] [DATA_FOLDER]` (default `public/data`, in
//! English). Exits with 1 when there is an error, 0 when there are only warnings or nothing at
//! all, 2 when it cannot run.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use partnership_portal::domain::content::ContentFile;
use partnership_portal::domain::{Content, Lang, SectionError};
use partnership_portal::i18n::problems;

const USAGE: &str = "usage: check [--lang kk|ru|en] [DATA_FOLDER]   (default: public/data, en)";

fn main() -> ExitCode {
    let Some((lang, folder)) = options() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if !folder.is_dir() {
        eprintln!("check: {} is not a folder", folder.display());
        return ExitCode::from(2);
    }
    let [site, partners, internships, programs, news] = ContentFile::read_folder(&folder);
    // A file that cannot be read at all has no place in it to name.
    let unavailable: Vec<String> = [&site, &partners, &internships, &programs, &news]
        .into_iter()
        .filter_map(|text| match text {
            Err(SectionError::Unavailable { file, reason }) => {
                Some(format!("{}: error: {reason}", folder.join(file).display()))
            }
            _ => None,
        })
        .collect();
    let problems = Content::problems(site, partners, internships, programs, news);
    for line in &unavailable {
        println!("{line}");
    }
    for problem in &problems {
        println!("{}", display_path(&folder, &problems::line(problem, lang)));
    }
    let found_errors = problems.iter().filter(|p| p.is_error()).count();
    let errors = found_errors + unavailable.len();
    let warnings = problems.len() - found_errors;
    let shown = |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    eprintln!(
        "{}: {}, {}",
        folder.display(),
        shown(errors, "error"),
        shown(warnings, "warning")
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The language and the folder, or None when the arguments are not understood.
fn options() -> Option<(Lang, PathBuf)> {
    let mut lang = Lang::En;
    let mut folder = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => lang = Lang::from_code(&args.next()?)?,
            _ if arg.starts_with('-') || folder.is_some() => return None,
            _ => folder = Some(PathBuf::from(arg)),
        }
    }
    Some((lang, folder.unwrap_or_else(|| PathBuf::from("public/data"))))
}

/// Problems name files as the portal fetches them; the terminal wants the path on disk so that
/// editors can jump to `file:line:column`.
fn display_path(folder: &Path, line: &str) -> String {
    format!("{}", folder.join(line).display())
}
