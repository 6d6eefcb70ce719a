//! The route of an unknown address. The message is a component (`components::not_found`), as a
//! detail page shows it too for an id the content does not have.

pub use crate::components::not_found::NotFound;
