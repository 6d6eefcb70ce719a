//! A horizontal bar chart drawn in SVG, with a table that says the same in text.

use leptos::prelude::*;

#[component]
pub fn BarChart(
    /// Names the chart, its table and the region around them.
    title: &'static str,
    id: &'static str,
    /// Label and value of each bar, in order.
    rows: Vec<(String, usize)>,
) -> impl IntoView {
    // Whole pixels of the view box: finer is not visible, and integers spare the app the
    // float-printing code.
    const ROW: usize = 28;
    const LABEL: usize = 210;
    const WIDTH: usize = 600;
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let height = ROW * rows.len().max(1);
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let y = i * ROW;
            let length = (WIDTH - LABEL - 40) * *value / max;
            view! {
                <g>
                    <text x=LABEL - 8 y=y + 19 text-anchor="end">{label.clone()}</text>
                    <rect x=LABEL y=y + 5 width=length.max(1) height=ROW - 10 rx="3"/>
                    <text x=LABEL + length + 6 y=y + 19>{*value}</text>
                </g>
            }
        })
        .collect_view();
    let table = rows
        .into_iter()
        .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> })
        .collect_view();
    view! {
        <section class="chart" aria-labelledby=id>
            <h3 id=id>{title}</h3>
            <svg viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true" class="bars">{bars}</svg>
            <table class="visually-hidden">
                <caption>{title}</caption>
                <tbody>{table}</tbody>
            </table>
        </section>
    }
}
