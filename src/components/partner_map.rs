//! Partners on a map: the land outline of Natural Earth (public domain, one small file of our own,
//! no tiles) and one circle per city, sized by its number of partners, leading to the partners
//! list filtered to that city. Each circle shows its count; its city's name shows on hover and on
//! keyboard focus, with an outline. Beside the map, the same cities as a list of links.

use leptos::prelude::*;

use crate::components::local_text::{plain, LocalText};
use crate::components::use_list::href;
use crate::domain::list_filter::PartnerFilter;
use crate::domain::list_query::ListQuery;
use crate::domain::map::{frame, places, radius, Frame, Place, WORLD};
use crate::domain::Partner;
use crate::site::{asset, t, to};

/// The partners list of a place's city.
fn city_link(place: &Place) -> String {
    let filter = PartnerFilter {
        country: Some(place.country.clone()),
        city: Some(place.city_key.clone()),
        ..PartnerFilter::default()
    };
    to(&href(
        "/partners",
        &ListQuery {
            filter,
            ..ListQuery::default()
        },
    ))
}

#[component]
pub fn PartnerMap(
    partners: Vec<Partner>,
    /// The whole world instead of the part where most partners are.
    world: bool,
    /// The same page with the other view.
    other_view: String,
) -> impl IntoView {
    let t = t();
    let words = t.network_words;
    let places = places(&partners);
    let view_frame = if world { WORLD } else { frame(&places) };
    let Frame {
        x,
        y,
        width,
        height,
    } = view_frame;
    let city = |place: &Place| partners[place.partners[0]].city.clone();
    let markers = places
        .iter()
        // A circle outside the view would take keyboard focus unseen: the list beside has it.
        .filter(|place| view_frame.holds(place))
        .map(|place| {
            let count = place.partners.len();
            let r = radius(count, width);
            // Whole units (a tenth of a degree) are finer than a marker, and integers spare the
            // app the float-printing code.
            let (cx, cy) = (place.x.round() as i32, place.y.round() as i32);
            let name = (words.city_partners)(&plain(&city(place)), count);
            let font = (r * 1.1).round() as i32;
            let (label, title) = (name.clone(), name.clone());
            // In a `<g>`, so that the app creates the link in the SVG namespace.
            view! {
                <g class="place">
                    <a class="marker" href=city_link(place) aria-label=label>
                        <title>{title}</title>
                        <circle cx=cx cy=cy r=r.round() as i32/>
                        <text class="count" x=cx y=cy + font * 2 / 5 font-size=font aria-hidden="true">{count}</text>
                        <text class="name" x=cx y=cy - r.round() as i32 - font / 2 font-size=font aria-hidden="true">{name}</text>
                    </a>
                </g>
            }
        })
        .collect_view();
    let cities = places
        .iter()
        .map(|place| {
            let count = place.partners.len();
            view! {
                <li><a href=city_link(place)><LocalText text=city(place)/></a>" "<span class="count">{count}</span></li>
            }
        })
        .collect_view();
    view! {
        <div class="partner-map-area">
            <figure class="partner-map">
                <svg viewBox=format!("{} {} {} {}", x as i32, y as i32, width as i32, height as i32) role="group" aria-label=t.map_title>
                    // The outline is a file of its own (`scripts/map-outline.mjs` writes it, in the
                    // projection of `domain::map`): only this page loads it, and the app stays smaller.
                    <use class="land" href=asset("/images/land.svg#land") aria-hidden="true"/>
                    {markers}
                </svg>
                <figcaption>
                    {words.map_caption}" "
                    <a href=other_view>{if world { words.fit_partners } else { words.whole_world }}</a>
                </figcaption>
            </figure>
            <section class="map-cities" aria-labelledby="map-cities">
                <h3 id="map-cities">{words.cities}</h3>
                <ul>{cities}</ul>
            </section>
        </div>
    }
}
