//! What every page shares, in four parts with the same API on both targets:
//! - `context`: the site of one page (the content, today, the page's language, where the portal
//!   is published, the reader's settings), provided by `at_build` when the build renders a page
//!   and by `in_browser` in a tab;
//! - `links`: addresses of pages and files in the page's language, under the base path;
//! - `loading`: reading the content files in the browser (or the editor's drafts in preview);
//! - `device`: what is kept on the reader's device; `saved`, the saved internships.
//!
//! `head` is a page's head, written by the build and kept by the app.
//!
//! `shell` is the contract between the pages the build writes and the app that takes them over.

#[cfg(not(target_arch = "wasm32"))]
mod at_build;
mod context;
mod device;
pub mod head;
#[cfg(target_arch = "wasm32")]
mod in_browser;
mod links;
pub mod loading;
pub mod saved;
pub mod shell;

#[cfg(not(target_arch = "wasm32"))]
pub use at_build::{provide_site, uses_parts, Build, BuiltHead, BuiltParts};
pub use context::{lang, t, use_site, Site};
pub use device::remember_lang;
#[cfg(target_arch = "wasm32")]
pub use in_browser::provide_site;
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
pub use in_browser::start_previewing;
#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
pub use in_browser::{lang_in_address, previewing};
pub use links::{asset, page_address, pages_base, to};
pub use shell::Address;
