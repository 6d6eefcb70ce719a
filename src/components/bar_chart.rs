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
    const ROW: f64 = 28.0;
    const LABEL: f64 = 210.0;
    const WIDTH: f64 = 600.0;
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1) as f64;
    let height = ROW * rows.len().max(1) as f64;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let y = i as f64 * ROW;
            let length = (WIDTH - LABEL - 40.0) * *value as f64 / max;
            view! {
                <g>
                    <text x=LABEL - 8.0 y=y + 19.0 text-anchor="end">{label.clone()}</text>
                    <rect x=LABEL y=y + 5.0 width=length.max(1.0) height=ROW - 10.0 rx="3"/>
                    <text x=LABEL + length + 6.0 y=y + 19.0>{*value}</text>
                </g>
            }
        })
        .collect_view();
    let table = rows.into_iter().map(|(label, value)| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> }).collect_view();
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
