//! Partners on a map: one place per city, placed in the map's projection (equirectangular,
//! x = (lon + 180) × 10, y = (90 − lat) × 10, the same as the land outline's).

use super::list_filter::partner_city_key;
use super::partner::{Location, Partner};
use super::sorting::sort_by;

/// Map units per degree.
const UNITS_PER_DEGREE: f64 = 10.0;

/// The whole world in map units.
pub const WORLD: Frame = Frame {
    x: 0.0,
    y: 0.0,
    width: 3600.0,
    height: 1800.0,
};

pub fn project(location: Location) -> (f64, f64) {
    (
        (location.lon + 180.0) * UNITS_PER_DEGREE,
        (90.0 - location.lat) * UNITS_PER_DEGREE,
    )
}

/// A city with the partners in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub x: f64,
    pub y: f64,
    pub country: String,
    /// How the partners list names the city (`city=almaty`).
    pub city_key: String,
    /// Positions of the partners in their list.
    pub partners: Vec<usize>,
}

/// One place per city (country and English name), most partners first; partners without a
/// location are not placed.
pub fn places(partners: &[Partner]) -> Vec<Place> {
    let mut places: Vec<Place> = Vec::new();
    for (i, partner) in partners.iter().enumerate() {
        let Some(location) = partner.location else {
            continue;
        };
        let (x, y) = project(location);
        let key = partner_city_key(partner);
        match places
            .iter_mut()
            .find(|p| p.country == partner.country && p.city_key == key)
        {
            // The place sits at the mean of its partners' positions.
            Some(place) => {
                let n = place.partners.len() as f64;
                place.x = (place.x * n + x) / (n + 1.0);
                place.y = (place.y * n + y) / (n + 1.0);
                place.partners.push(i);
            }
            None => places.push(Place {
                x,
                y,
                country: partner.country.clone(),
                city_key: key,
                partners: vec![i],
            }),
        }
    }
    sort_by(&mut places, &|a, b| {
        b.partners
            .len()
            .cmp(&a.partners.len())
            .then_with(|| a.city_key.cmp(&b.city_key))
    });
    places
}

/// A marker's radius in map units for a frame `width` units wide: its area grows with the
/// number of partners, so a city of four is twice as wide as a city of one.
pub fn radius(partners: usize, width: f64) -> f64 {
    let unit = width / 900.0;
    (6.0 + 6.0 * ((partners as f64).sqrt() - 1.0)) * unit
}

/// A part of the map: `x`, `y` of its top-left corner, its size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    pub fn holds(&self, place: &Place) -> bool {
        place.x >= self.x
            && place.x <= self.x + self.width
            && place.y >= self.y
            && place.y <= self.y + self.height
    }
}

/// The part of the map that shows where most partners are: the narrowest band of longitudes
/// holding at least three quarters of them, with a margin, never narrower than a region, with
/// the 2:1 shape of the outline. A few partners far away do not shrink the network to a corner;
/// the whole world is one click away.
pub fn frame(places: &[Place]) -> Frame {
    const MARGIN: f64 = 120.0;
    const MIN_WIDTH: f64 = 900.0;
    let total: usize = places.iter().map(|p| p.partners.len()).sum();
    if total == 0 {
        return WORLD;
    }
    let mut by_x: Vec<&Place> = places.iter().collect();
    sort_by(&mut by_x, &|a, b| a.x.total_cmp(&b.x));
    let wanted = (total * 3).div_ceil(4);
    // The narrowest run of places, west to east, that holds enough partners.
    let mut best = (0, by_x.len() - 1);
    let mut end = 0;
    let mut held = 0;
    for start in 0..by_x.len() {
        while held < wanted && end < by_x.len() {
            held += by_x[end].partners.len();
            end += 1;
        }
        if held < wanted {
            break;
        }
        let span = by_x[end - 1].x - by_x[start].x;
        if span < by_x[best.1].x - by_x[best.0].x {
            best = (start, end - 1);
        }
        held -= by_x[start].partners.len();
    }
    let chosen = &by_x[best.0..=best.1];
    let (min_x, max_x) = (chosen[0].x, chosen[chosen.len() - 1].x);
    let (min_y, max_y) = chosen.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p.y), hi.max(p.y))
    });
    let width = (max_x - min_x + 2.0 * MARGIN)
        .max(MIN_WIDTH)
        .max(2.0 * (max_y - min_y + 2.0 * MARGIN))
        .min(WORLD.width);
    let height = width / 2.0;
    Frame {
        x: ((min_x + max_x - width) / 2.0).clamp(0.0, WORLD.width - width),
        y: ((min_y + max_y - height) / 2.0).clamp(0.0, WORLD.height - height),
        width,
        height,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partner::PartnerKind;
    use crate::domain::text::Text;
    use crate::domain::Lang;

    fn partner(id: &str, country: &str, city: &str, lat: f64, lon: f64) -> Partner {
        Partner {
            id: id.into(),
            name: Text::Same(id.into()),
            short_name: None,
            kind: PartnerKind::University,
            country: country.into(),
            city: Text::PerLang(vec![
                (Lang::Ru, city.to_uppercase()),
                (Lang::En, city.into()),
            ]),
            location: Some(Location { lat, lon }),
            website: None,
            logo: None,
            description: None,
            agreements: Vec::new(),
            networks: Vec::new(),
        }
    }

    fn network() -> Vec<Partner> {
        vec![
            partner("a1", "KZ", "Almaty", 43.22, 76.92),
            partner("a2", "KZ", "Almaty", 43.24, 76.88),
            partner("b1", "KZ", "Astana", 51.16, 71.47),
            partner("o1", "KG", "Osh", 40.51, 72.81),
            partner("o2", "KG", "Osh", 40.52, 72.80),
            partner("o3", "KG", "Osh", 40.50, 72.82),
            partner("far", "US", "Philadelphia", 39.95, -75.19),
        ]
    }

    #[test]
    fn one_place_per_city_with_its_partners_most_first() {
        let partners = network();
        let places = places(&partners);
        let cities: Vec<(&str, usize)> = places
            .iter()
            .map(|p| (p.city_key.as_str(), p.partners.len()))
            .collect();
        assert_eq!(
            cities,
            [
                ("osh", 3),
                ("almaty", 2),
                ("astana", 1),
                ("philadelphia", 1)
            ]
        );
        let almaty = &places[1];
        assert_eq!(almaty.country, "KZ");
        assert!((almaty.x - 2569.0).abs() < 1e-9 && (almaty.y - 467.7).abs() < 1e-9);
        // A city of four is twice as wide as a city of one.
        assert!((radius(4, 900.0) - 2.0 * radius(1, 900.0)).abs() < 1e-9);
    }

    #[test]
    fn the_view_fits_most_partners_and_leaves_a_far_one_to_the_world_view() {
        let places = places(&network());
        let frame = frame(&places);
        assert!(places[..3].iter().all(|p| frame.holds(p)));
        assert!(!frame.holds(&places[3]));
        assert!(frame.width < WORLD.width / 3.0);
        assert!((frame.width - 2.0 * frame.height).abs() < 1e-9);
        assert!(places.iter().all(|p| WORLD.holds(p)));
        assert_eq!(super::frame(&[]), WORLD);
    }

    #[test]
    fn projection_matches_the_outline() {
        assert_eq!(project(Location { lat: 0.0, lon: 0.0 }), (1800.0, 900.0));
        let (x, y) = project(Location {
            lat: 43.25,
            lon: 76.9,
        });
        assert!((x - 2569.0).abs() < 1e-9 && (y - 467.5).abs() < 1e-9);
    }
}
