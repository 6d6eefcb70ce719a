//! What a deadline means today, at a glance.

use leptos::prelude::*;

use crate::domain::deadline::DeadlineStatus;
use crate::domain::Date;
use crate::site::{t, use_site};

#[component]
pub fn DeadlineBadge(deadline: Date) -> impl IntoView {
    let status = DeadlineStatus::of(deadline, use_site().today);
    let class = match status {
        DeadlineStatus::Closed => "badge badge-closed",
        s if s.is_closing_soon() => "badge badge-soon",
        _ => "badge badge-open",
    };
    view! { <span class=class>{t().deadline(status)}</span> }
}
