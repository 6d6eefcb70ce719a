//! A list's state kept in the URL query: read it as a memo, change it by navigating, so that a
//! copied link, a reload, and back and forward all show the same list.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::domain::list_filter::UrlState;

/// A change to a list's state, sent by a control.
pub struct Change<F>(pub Arc<dyn Fn(&mut F) + Send + Sync>);

impl<F> Clone for Change<F> {
    fn clone(&self) -> Self {
        Change(self.0.clone())
    }
}

pub fn change<F>(f: impl Fn(&mut F) + Send + Sync + 'static) -> Change<F> {
    Change(Arc::new(f))
}

/// The link to the list at `path` in `state`.
pub fn href<F: UrlState>(path: &str, state: &F) -> String {
    let query: ParamsMap = state.to_query().into_iter().collect();
    format!("{path}{}", query.to_query_string())
}

/// The state of the list at `path`, and a callback that changes it with a new history entry.
pub fn use_url_state<F: UrlState>(path: &'static str) -> (Memo<F>, Callback<Change<F>>) {
    let query = use_query_map();
    let state = Memo::new(move |_| {
        F::from_query((&*query.read()).into_iter().map(|(k, v)| (k.as_ref(), v)))
    });
    let navigate = use_navigate();
    let set = Callback::new(move |change: Change<F>| {
        let mut next = state.get_untracked();
        (change.0)(&mut next);
        navigate(
            &href(path, &next),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    });
    (state, set)
}
