//! The build's second half: writes every page of the content into the built site as HTML, with
//! the sitemap, Atom feeds and deadline calendar beside it.
//!
//! Usage: `cargo run --bin prerender -- DIST [--data FOLDER] [--site-url URL] [--today YYYY-MM-DD]`
//! DIST is Trunk's output; its `index.html` is the template of every page. The site URL is where
//! the portal will be published (canonical links, feeds; default `http://localhost:8080/` plus
//! the build's base path). Today decides which internships are open (default: the clock's day).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    partnership_portal::prerender::cli::main()
}

// Trunk's wasm build compiles every target of the crate; the prerender runs only natively.
#[cfg(target_arch = "wasm32")]
fn main() {}
