//! The social-partnership portal: the domain, shared with the editors' check, and (in the
//! browser) the app.

pub mod domain;
