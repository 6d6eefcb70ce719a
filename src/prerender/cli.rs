//! The command line of the prerender, the build's second half: writes every page of the content into the built site as HTML, with
//! the sitemap, Atom feeds and deadline calendar beside it.
//!
//! Usage: `cargo run --bin prerender -- DIST [--data FOLDER] [--site-url URL] [--today YYYY-MM-DD]`
//! DIST is Trunk's output; its `index.html` is the template of every page (and may be
//! prerendered already: the pages are written again). Each page is written in every language
//! (`/kk/partners`), and once more, in English, at the address without a language. The site URL is where
//! the portal will be published (canonical links, feeds; default `http://localhost:8080/` plus
//! the build's base path). Today decides which internships are open (default: the clock's day).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use super::{public_pages, render_editor_page, render_page, site_files, Template, DEVICE_PAGES};
use crate::domain::content::ContentFile;
use crate::domain::{Content, Date, Lang};
use crate::site::{Address, Build};

struct Options {
    dist: PathBuf,
    data: PathBuf,
    site_url: Option<String>,
    today: Date,
}

pub fn main() -> ExitCode {
    match options().and_then(|options| run(&options)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::from(2)
        }
    }
}

fn options() -> Result<Options, String> {
    let usage = "usage: prerender DIST [--data FOLDER] [--site-url URL] [--today YYYY-MM-DD]";
    let mut args = std::env::args().skip(1);
    let mut options = Options {
        dist: PathBuf::new(),
        data: PathBuf::from("public/data"),
        site_url: None,
        today: clock_today(),
    };
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| format!("{arg} needs a value\n{usage}"))
        };
        match arg.as_str() {
            "--data" => options.data = PathBuf::from(value()?),
            "--site-url" => options.site_url = Some(value()?),
            "--today" => {
                options.today = Date::parse(&value()?)
                    .ok_or(format!("--today takes a date as YYYY-MM-DD\n{usage}"))?
            }
            _ if arg.starts_with('-') || !options.dist.as_os_str().is_empty() => {
                return Err(usage.into())
            }
            _ => options.dist = PathBuf::from(arg),
        }
    }
    if options.dist.as_os_str().is_empty() {
        return Err(usage.into());
    }
    Ok(options)
}

fn run(options: &Options) -> Result<(), String> {
    let index = options.dist.join("index.html");
    let index_html = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e} (run Trunk first)", index.display()))?;
    let template = Template::new(&index_html)?;
    let base = template.base_path();
    let address = Address::new(
        base,
        &options
            .site_url
            .clone()
            .unwrap_or_else(|| format!("http://localhost:8080{base}/")),
    );
    let site_url = address.site_url;
    let content = Arc::new(read_content(&options.data));
    publish_data(&options.data, &options.dist)?;
    if !content.problems.is_empty() {
        eprintln!(
            "prerender: the content has {} problems; run `cargo run --bin check` to see them",
            content.problems.len()
        );
    }
    let pages = public_pages(&content);
    let device_pages = DEVICE_PAGES.map(String::from);
    let build = |lang, path: &str| Build {
        today: options.today,
        lang,
        address,
        path: path.to_string(),
    };
    for path in pages.iter().chain(&device_pages) {
        let folder = path.trim_start_matches('/');
        for lang in Lang::ALL {
            let html = render_page(&template, content.clone(), build(lang, path));
            write(
                &options
                    .dist
                    .join(lang.code())
                    .join(folder)
                    .join("index.html"),
                &html,
            )?;
            // The address without a language: the English page, which sends readers with
            // script to their own language first.
            if lang == Lang::En {
                write(
                    &options.dist.join(folder).join("index.html"),
                    &template.with_language_redirect(&html),
                )?;
            }
        }
    }
    // Hosts answer unknown paths with these: the app's not-found page, which the app replaces
    // when the path is content published since the build. A host that can tell the language of
    // the path (deploy/nginx-site.conf) sends the one in that language, so the page does not
    // change language when the app takes over; any host can send the English one at the root.
    for lang in Lang::ALL {
        let not_found = render_page(&template, content.clone(), build(lang, "/404"));
        write(&options.dist.join(lang.code()).join("404.html"), &not_found)?;
        if lang == Lang::En {
            write(
                &options.dist.join("404.html"),
                &template.with_language_redirect(&not_found),
            )?;
        }
    }
    // The editors' page, from the editors' bundle's own `edit.html` (scripts/build).
    let edit = options.dist.join("edit.html");
    if let Ok(edit_html) = std::fs::read_to_string(&edit) {
        let template = Template::new(&edit_html)?;
        for lang in Lang::ALL {
            let html = render_editor_page(&template, build(lang, "/edit"));
            write(
                &options
                    .dist
                    .join(lang.code())
                    .join("edit")
                    .join("index.html"),
                &html,
            )?;
            if lang == Lang::En {
                write(
                    &options.dist.join("edit").join("index.html"),
                    &template.with_language_redirect(&html),
                )?;
            }
        }
    }
    for (path, text) in site_files(&content, site_url, options.today) {
        write(&options.dist.join(path), &text)?;
    }
    let written = (pages.len() + device_pages.len() + 1) * (Lang::ALL.len() + 1);
    eprintln!(
        "prerender: {written} pages, the sitemap and feeds written to {} for {site_url}",
        options.dist.display()
    );
    Ok(())
}

fn read_content(folder: &Path) -> Content {
    let [site, partners, internships, programs, news] = ContentFile::read_folder(folder);
    Content::read(site, partners, internships, programs, news)
}

/// The site's `data/` gets the files the pages were rendered from: Trunk copied the bundled
/// ones, and the app, taking over, must read what the page shows. A file missing from the
/// folder is missing from the site too, as it was for the pages.
fn publish_data(folder: &Path, dist: &Path) -> Result<(), String> {
    let published = dist.join("data");
    std::fs::create_dir_all(&published)
        .map_err(|e| format!("cannot create {}: {e}", published.display()))?;
    // A site prerendered from its own data/ (as the bench does) has them published already:
    // copying a file onto itself would empty it.
    if std::fs::canonicalize(folder).ok() == std::fs::canonicalize(&published).ok() {
        return Ok(());
    }
    for file in ContentFile::ALL {
        let (from, to) = (folder.join(file.name()), published.join(file.name()));
        if from.is_file() {
            std::fs::copy(&from, &to)
                .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
        } else if to.exists() {
            std::fs::remove_file(&to)
                .map_err(|e| format!("cannot remove {}: {e}", to.display()))?;
        }
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Today by the build machine's clock, in UTC.
fn clock_today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::new(1970, 1, 1)
        .expect("a real date")
        .add_days((seconds / 86_400) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_publishes_the_data_its_pages_were_rendered_from() {
        let root = std::env::temp_dir().join(format!("prerender-data-{}", std::process::id()));
        let (folder, dist) = (root.join("other-data"), root.join("dist"));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::create_dir_all(dist.join("data")).unwrap();
        // Trunk's copy of the bundled files.
        for file in ContentFile::ALL {
            std::fs::write(dist.join("data").join(file.name()), "bundled").unwrap();
        }
        // The folder has three of the four, one with a byte order mark, kept as it is.
        let news = b"\xef\xbb\xbf{\"items\": []}\n";
        std::fs::write(folder.join("news.json"), news).unwrap();
        for name in ["partners.json", "internships.json"] {
            std::fs::write(folder.join(name), format!("{{\"items\": []}} {name}")).unwrap();
        }
        publish_data(&folder, &dist).unwrap();
        let published = |name: &str| std::fs::read(dist.join("data").join(name)).ok();
        assert_eq!(published("news.json").as_deref(), Some(&news[..]));
        assert_eq!(
            published("partners.json").as_deref(),
            Some(&b"{\"items\": []} partners.json"[..])
        );
        assert_eq!(published("programs.json"), None);
        // Prerendered again from the site's own data/, the files stay as they are.
        publish_data(&dist.join("data"), &dist).unwrap();
        assert_eq!(published("news.json").as_deref(), Some(&news[..]));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
