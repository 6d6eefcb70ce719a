//! One module per route: `/partners` is `partners`, `/partners/<id>` is `partner`, and so on.

// Written by the build only; in the browser the editors' bundle draws the page.
#[cfg(not(target_arch = "wasm32"))]
pub mod edit;
pub mod home;
pub mod internship;
pub mod internships;
pub mod network;
pub mod news;
pub mod news_item;
pub mod not_found;
pub mod partner;
pub mod partners;
pub mod preview;
pub mod program;
pub mod programs;
pub mod routes;
pub mod saved;
pub mod search;
