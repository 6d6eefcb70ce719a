//! The editors' check: reads the content files of a data folder with the same rules as the
//! portal and prints every problem as `file:line:column: error|warning: item: field: reason`.
//!
//! Usage: `cargo run --bin check -- [DATA_FOLDER]` (default `public/data`). Exits with 1 when
//! there is an error, 0 when there are only warnings or nothing at all, 2 when it cannot run.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use partnership_portal::domain::content::ContentFile;
use partnership_portal::domain::Content;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") || args.len() > 1 {
        eprintln!("usage: check [DATA_FOLDER]   (default: public/data)");
        return ExitCode::from(2);
    }
    let folder = PathBuf::from(args.first().map_or("public/data", String::as_str));
    if !folder.is_dir() {
        eprintln!("check: {} is not a folder", folder.display());
        return ExitCode::from(2);
    }
    let [site, partners, internships, programs, news] = ContentFile::read_folder(&folder);
    let unreadable: Vec<String> = [&site, &partners, &internships, &programs, &news]
        .into_iter()
        .filter_map(|text| text.clone().err())
        .collect();
    let content = Content::read(site, partners, internships, programs, news);
    for reason in &unreadable {
        println!("{reason}");
    }
    for problem in &content.problems {
        println!("{}", display_path(&folder, &problem.to_string()));
    }
    let errors = content.errors() + unreadable.len();
    let warnings = content.problems.len() - content.errors();
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

/// Problems name files as the portal fetches them; the terminal wants the path on disk so that
/// editors can jump to `file:line:column`.
fn display_path(folder: &Path, line: &str) -> String {
    format!("{}", folder.join(line).display())
}
