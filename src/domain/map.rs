//! Partners on a map: grouped by city and placed in the map's projection (equirectangular,
//! x = (lon + 180) × 10, y = (90 − lat) × 10, the same as the land outline's).

use super::lang::Lang;
use super::partner::{Location, Partner};
use super::search::fold;

/// Map units per degree.
const UNITS_PER_DEGREE: f64 = 10.0;

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
    /// Positions of the partners in their list, by name.
    pub partners: Vec<usize>,
}

/// One place per city (country and English name); partners without a location are not placed.
pub fn places(partners: &[Partner]) -> Vec<Place> {
    let mut groups: Vec<((String, String), Vec<usize>)> = Vec::new();
    for (i, partner) in partners
        .iter()
        .enumerate()
        .filter(|(_, p)| p.location.is_some())
    {
        let key = (partner.country.clone(), fold(partner.city.get(Lang::En)));
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(i),
            None => groups.push((key, vec![i])),
        }
    }
    groups
        .into_iter()
        .map(|(_, members)| {
            let points: Vec<(f64, f64)> = members
                .iter()
                .filter_map(|&i| partners[i].location)
                .map(project)
                .collect();
            let n = points.len() as f64;
            Place {
                x: points.iter().map(|p| p.0).sum::<f64>() / n,
                y: points.iter().map(|p| p.1).sum::<f64>() / n,
                partners: members,
            }
        })
        .collect()
}

/// The part of the map that shows every place with a margin: `(x, y, width, height)`, never
/// narrower than a region, with the 2:1 shape of the outline.
pub fn frame(places: &[Place]) -> (f64, f64, f64, f64) {
    const MARGIN: f64 = 120.0;
    const MIN_WIDTH: f64 = 900.0;
    const WORLD: (f64, f64) = (3600.0, 1800.0);
    if places.is_empty() {
        return (0.0, 0.0, WORLD.0, WORLD.1);
    }
    let (min_x, max_x) = places.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p.x), hi.max(p.x))
    });
    let (min_y, max_y) = places.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p.y), hi.max(p.y))
    });
    let width = (max_x - min_x + 2.0 * MARGIN)
        .max(MIN_WIDTH)
        .max(2.0 * (max_y - min_y + 2.0 * MARGIN))
        .min(WORLD.0);
    let height = width / 2.0;
    let x = ((min_x + max_x - width) / 2.0).clamp(0.0, WORLD.0 - width);
    let y = ((min_y + max_y - height) / 2.0).clamp(0.0, WORLD.1 - height);
    (x, y, width, height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partners_in_one_city_share_a_place() {
        let content = crate::domain::bundled::bundled_content();
        let partners = &content.partners.as_ref().unwrap().items;
        let places = places(partners);
        let located = partners.iter().filter(|p| p.location.is_some()).count();
        assert_eq!(
            places.iter().map(|p| p.partners.len()).sum::<usize>(),
            located
        );
        let almaty = places
            .iter()
            .find(|p| p.partners.iter().any(|&i| partners[i].id == "kaznu"))
            .unwrap();
        assert!(almaty
            .partners
            .iter()
            .any(|&i| partners[i].id == "almaty-academy-mia"));
        let (x, y, w, h) = frame(&places);
        assert!(places
            .iter()
            .all(|p| p.x > x && p.x < x + w && p.y > y && p.y < y + h));
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
