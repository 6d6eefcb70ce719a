//! A horizontal bar chart as a table: each row's label, a bar and its number. The labels are
//! text that wraps at the page's size, so a long one is never cut off or shrunk with the chart,
//! and a screen reader reads the same table.

use leptos::prelude::*;

#[component]
pub fn BarChart(
    /// Names the chart, its table and the region around them.
    title: &'static str,
    id: &'static str,
    /// Label and value of each bar, in order.
    rows: Vec<(String, usize)>,
) -> impl IntoView {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let rows = rows
        .into_iter()
        .map(|(label, value)| {
            // A percentage of the track, as whole units: the app needs no code to print floats.
            // Drawn by an SVG's attributes, as the site's policy allows no inline styles.
            // A bar of its own for any value above zero, however small beside the largest.
            let length = (100 * value / max).max(value.min(1));
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td><span class="bar-row">
                        <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                            <rect class="bar-track" width="100" height="1"/>
                            <rect width=length height="1"/>
                        </svg>
                        <span class="bar-value">{value}</span>
                    </span></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="chart" aria-labelledby=id>
            <h3 id=id>{title}</h3>
            <table class="bars">
                <caption class="visually-hidden">{title}</caption>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
