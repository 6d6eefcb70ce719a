//! Partners on a map: the land outline of Natural Earth (public domain, one small file of our own,
//! no tiles), a marker per partner, partners of one city gathered around it. Each marker is a
//! link to the partner, reachable by keyboard and named for screen readers.

use leptos::prelude::*;

use crate::components::local_text::plain;
use crate::domain::map::{frame, places};
use crate::domain::Partner;
use crate::site::{asset, t, to};

#[component]
pub fn PartnerMap(partners: Vec<Partner>) -> impl IntoView {
    let t = t();
    let places = places(&partners);
    let (x, y, width, height) = frame(&places);
    // Sizes follow the frame, so markers look alike however far the map is zoomed out.
    let unit = width / 900.0;
    let markers = places
        .into_iter()
        .map(|place| {
            let count = place.partners.len();
            let ring = if count > 1 { 9.0 * unit } else { 0.0 };
            let links = place
                .partners
                .iter()
                .enumerate()
                .map(|(k, &i)| {
                    let partner = &partners[i];
                    let angle = std::f64::consts::TAU * k as f64 / count as f64;
                    // Whole units (a tenth of a degree) are finer than a marker, and integers spare
                    // the app the float-printing code.
                    let (cx, cy) = (
                        (place.x + ring * angle.cos()).round() as i32,
                        (place.y + ring * angle.sin()).round() as i32,
                    );
                    let name = format!("{}, {}", plain(&partner.name), plain(&partner.city));
                    let label = name.clone();
                    view! {
                        <g class="marker">
                            <a href=to(&format!("/partners/{}", partner.id)) aria-label=label>
                                <title>{name}</title>
                                <circle cx=cx cy=cy r=(5.0 * unit).round() as i32/>
                            </a>
                        </g>
                    }
                })
                .collect_view();
            view! { <g class="place">{links}</g> }
        })
        .collect_view();
    view! {
        <figure class="partner-map">
            <svg viewBox=format!("{} {} {} {}", x as i32, y as i32, width as i32, height as i32) role="group" aria-label=t.map_title>
                // The outline is a file of its own (`scripts/map-outline.mjs` writes it, in the
                // projection of `domain::map`): only this page loads it, and the app stays smaller.
                <use class="land" href=asset("/images/land.svg#land") aria-hidden="true"/>
                {markers}
            </svg>
            <figcaption>{t.map_description}</figcaption>
        </figure>
    }
}
