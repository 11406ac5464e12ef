//! The footprint map: the cities inferred from the year's payments as dots (area by number of
//! payments) over the world's land, from Natural Earth (public domain, `land.rs`), drawn in an
//! equirectangular projection scaled by the cosine of the middle latitude. The view fits the
//! places and the frame; with no place there is no map (an empty map of anywhere would say
//! something untrue). No tiles, nothing fetched, no borders. Labels that would collide or leave
//! the map are left out.

use super::draw::{self, heading, nothing, text, Area};
use super::land::LAND;
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::{CHART_PLACES, CITIES_COUNT, MAP_NOTE};
use crate::phrase::{sentences, Arg};
use crate::present::Lang;
use crate::report::{Place, Report};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The whole world (without Antarctica), the view of no place in particular.
const WORLD: View = View { west: -180.0, east: 180.0, south: -58.0, north: 80.0 };
/// Cities labelled by name, most payments first.
const LABELLED: usize = 8;

/// A longitude/latitude window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct View {
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

/// The places drawn: cities with usable coordinates, or provinces when no city was found.
pub(super) fn dots(report: &Report) -> Vec<&Place> {
    let usable = |p: &&Place| {
        let c = p.coordinates;
        c.lon.is_finite() && c.lat.is_finite() && c.lon.abs() <= 180.0 && c.lat.abs() <= 90.0
    };
    let cities: Vec<&Place> = report.places.cities.iter().filter(usable).collect();
    if cities.is_empty() {
        report.places.provinces.iter().filter(usable).collect()
    } else {
        cities
    }
}

/// The window that shows every dot with room around it, widened to the frame's proportions
/// (`aspect` = width ÷ height in pixels) so the map fills the frame: China for places in
/// China, Europe for places in Europe, the world for places on several continents. (No place,
/// no map: the world is only a fallback.) `points` are (longitude, latitude).
pub(super) fn view_of(points: &[(f64, f64)], aspect: f64) -> View {
    if points.is_empty() {
        return WORLD;
    }
    let lons = points.iter().map(|p| p.0);
    let lats = points.iter().map(|p| p.1);
    let (west, east) = (lons.clone().fold(180.0, f64::min), lons.fold(-180.0, f64::max));
    let (south, north) = (lats.clone().fold(90.0, f64::min), lats.fold(-90.0, f64::max));
    let (lon_mid, lat_mid) = ((west + east) / 2.0, (south + north) / 2.0);
    let k = lat_mid.to_radians().cos().max(0.2);
    // Projected spans (longitude shrunk by k), padded, at least a region's size.
    let mut x_span = ((east - west) * k * 1.3).max(18.0);
    let mut y_span = ((north - south) * 1.3).max(12.0);
    let aspect = if aspect.is_finite() && aspect > 0.1 { aspect.min(10.0) } else { 1.6 };
    if x_span / y_span < aspect {
        x_span = y_span * aspect;
    } else {
        y_span = x_span / aspect;
    }
    let lon_span = (x_span / k).min(360.0);
    let lat_span = y_span.min(138.0);
    let shift = |lo: f64, span: f64, min: f64, max: f64| lo.max(min).min(max - span);
    let west = shift(lon_mid - lon_span / 2.0, lon_span, -180.0, 180.0);
    let south = shift(lat_mid - lat_span / 2.0, lat_span, -58.0, 80.0);
    View { west, east: west + lon_span, south, north: south + lat_span }
}

/// Clips a ring to the window (Sutherland–Hodgman, one edge at a time).
pub(super) fn clip(ring: &[(f64, f64)], v: &View) -> Vec<(f64, f64)> {
    type Edge = (fn(&(f64, f64), f64) -> bool, fn((f64, f64), (f64, f64), f64) -> (f64, f64), f64);
    fn at_x(a: (f64, f64), b: (f64, f64), x: f64) -> (f64, f64) {
        let t = if b.0 == a.0 { 0.0 } else { (x - a.0) / (b.0 - a.0) };
        (x, a.1 + t * (b.1 - a.1))
    }
    fn at_y(a: (f64, f64), b: (f64, f64), y: f64) -> (f64, f64) {
        let t = if b.1 == a.1 { 0.0 } else { (y - a.1) / (b.1 - a.1) };
        (a.0 + t * (b.0 - a.0), y)
    }
    let edges: [Edge; 4] = [
        (|p, x| p.0 >= x, at_x, v.west),
        (|p, x| p.0 <= x, at_x, v.east),
        (|p, y| p.1 >= y, at_y, v.south),
        (|p, y| p.1 <= y, at_y, v.north),
    ];
    let mut out: Vec<(f64, f64)> = ring.to_vec();
    for (inside, cross, limit) in edges {
        let input = std::mem::take(&mut out);
        let Some(mut prev) = input.last().copied() else { break };
        for p in input {
            match (inside(&p, limit), inside(&prev, limit)) {
                (true, true) => out.push(p),
                (true, false) => {
                    out.push(cross(prev, p, limit));
                    out.push(p);
                }
                (false, true) => out.push(cross(prev, p, limit)),
                (false, false) => {}
            }
            prev = p;
        }
    }
    out
}

/// The window (west, east, south, north in degrees) the places map of `report` shows in a
/// frame `aspect` times as wide as tall, or `None` when there is no place and so no map.
pub fn map_view(report: &Report, aspect: f64) -> Option<(f64, f64, f64, f64)> {
    let points: Vec<(f64, f64)> =
        dots(report).iter().map(|p| (p.coordinates.lon, p.coordinates.lat)).collect();
    if points.is_empty() {
        return None;
    }
    let v = view_of(&points, aspect);
    Some((v.west, v.east, v.south, v.north))
}

/// Draws the places of `report` on a map.
pub fn places_map<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let places = dots(report);
    let title =
        crate::phrase!(sentences::LABEL_VALUE, &CHART_PLACES, Arg::Year(report.year)).render(lang);
    if places.is_empty() {
        // No map without places: an empty map of anywhere would say something untrue.
        return nothing(area, theme, lang, &title);
    }
    let subtitle = crate::phrase!(CITIES_COUNT, Arg::count_of(places.len())).render(lang);
    let top = heading(area, theme, &title, &subtitle)?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let margin = theme.pxf(super::theme::size::MARGIN);
    let small = theme.pxf(super::theme::size::SMALL);
    let note_lines: Vec<String> =
        draw::wrap(MAP_NOTE.get(lang), w - 2.0 * margin, small).into_iter().take(2).collect();
    let line = small * 1.3;
    let note_row = line * note_lines.len() as f64 + theme.pxf(6.0);
    let frame = (margin, top, w - margin, h - margin - note_row);
    draw_map(area, theme, lang, &places, frame, true)?;
    let note = theme.text(super::theme::size::SMALL, theme.muted());
    for (i, l) in note_lines.iter().enumerate() {
        let y = h - margin - line * (note_lines.len() - 1 - i) as f64;
        text(area, l, (margin, y), &note, HPos::Left, VPos::Bottom)?;
    }
    area.present().map_err(chart_error)
}

/// Draws the map of `places` inside `frame` (left, top, right, bottom pixels); used by the
/// places chart and the share card.
pub(super) fn draw_map<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    lang: Lang,
    places: &[&Place],
    (left, top, right, bottom): (f64, f64, f64, f64),
    labels: bool,
) -> Result<(), ChartError> {
    if places.is_empty() {
        return Ok(());
    }
    let points: Vec<(f64, f64)> =
        places.iter().map(|p| (p.coordinates.lon, p.coordinates.lat)).collect();
    let view = view_of(&points, (right - left) / (bottom - top).max(1.0));
    let k = ((view.south + view.north) / 2.0).to_radians().cos().max(0.2);
    let (map_w, map_h) = ((view.east - view.west) * k, view.north - view.south);
    let (box_w, box_h) = ((right - left).max(1.0), (bottom - top).max(1.0));
    let scale = (box_w / map_w).min(box_h / map_h);
    let (ox, oy) = (left + (box_w - map_w * scale) / 2.0, top + (box_h - map_h * scale) / 2.0);
    let project =
        |lon: f64, lat: f64| (ox + (lon - view.west) * k * scale, oy + (view.north - lat) * scale);

    let (x1, y1) = project(view.east, view.south);
    draw::rect(area, (ox, oy), (x1, y1), theme.sea().filled())?;
    let step = if view.east - view.west > 90.0 { 30.0 } else { 10.0 };
    let grid = theme.grid().stroke_width(1);
    let mut lon = (view.west / step).ceil() * step;
    while lon <= view.east {
        draw::path(area, &[project(lon, view.south), project(lon, view.north)], grid)?;
        lon += step;
    }
    let mut lat = (view.south / step).ceil() * step;
    while lat <= view.north {
        draw::path(area, &[project(view.west, lat), project(view.east, lat)], grid)?;
        lat += step;
    }
    let land = theme.land().filled();
    let coast = theme.coast().stroke_width(1);
    for ring in LAND {
        let degrees: Vec<(f64, f64)> =
            ring.iter().map(|p| (f64::from(p[0]) / 10.0, f64::from(p[1]) / 10.0)).collect();
        let outside = degrees.iter().all(|p| p.0 < view.west)
            || degrees.iter().all(|p| p.0 > view.east)
            || degrees.iter().all(|p| p.1 < view.south)
            || degrees.iter().all(|p| p.1 > view.north);
        if outside {
            continue;
        }
        let clipped: Vec<(f64, f64)> =
            clip(&degrees, &view).into_iter().map(|(lon, lat)| project(lon, lat)).collect();
        if clipped.len() < 3 {
            continue;
        }
        draw::polygon(area, &clipped, land)?;
        let mut closed = clipped.clone();
        closed.push(clipped[0]);
        draw::path(area, &closed, coast)?;
    }
    let max = places.iter().map(|p| p.payments).max().unwrap_or(0).max(1);
    let radius = |payments: u32| {
        theme.pxf(2.5) + theme.pxf(6.5) * (f64::from(payments) / f64::from(max)).sqrt()
    };
    let mut order: Vec<&&Place> = places.iter().collect();
    order.sort_by_key(|p| std::cmp::Reverse(p.payments));
    for p in order.iter().rev() {
        let at = project(p.coordinates.lon, p.coordinates.lat);
        let r = radius(p.payments);
        draw::circle(area, at, r + theme.pxf(1.5), theme.background().filled())?;
        draw::circle(area, at, r, theme.translucent(theme.place(), 0.85).filled())?;
    }
    if labels {
        // Right of the dot, else left, else under it; left out when all three collide with a
        // label already placed or with a bigger dot.
        let size = theme.pxf(super::theme::size::SMALL);
        let style = theme.text(super::theme::size::SMALL, theme.ink());
        let mut taken: Vec<(f64, f64, f64, f64)> = order
            .iter()
            .map(|p| {
                let (x, y) = project(p.coordinates.lon, p.coordinates.lat);
                let r = radius(p.payments);
                (x - r, y - r, x + r, y + r)
            })
            .collect();
        for (i, p) in order.iter().take(LABELLED).enumerate() {
            let (x, y) = project(p.coordinates.lon, p.coordinates.lat);
            let r = radius(p.payments) + theme.pxf(3.0);
            let name = p.name.get(lang);
            let width = draw::text_width(name, size);
            let inside = |b: &(f64, f64, f64, f64)| {
                b.0 >= left && b.2 <= right && b.1 >= top && b.3 <= bottom
            };
            let half = size * 0.5;
            let candidates = [
                ((x + r, y - half, x + r + width, y + half), (x + r, y), HPos::Left, VPos::Center),
                ((x - r - width, y - half, x - r, y + half), (x - r, y), HPos::Right, VPos::Center),
                (
                    (x - width / 2.0, y + r, x + width / 2.0, y + r + 2.0 * half),
                    (x, y + r),
                    HPos::Center,
                    VPos::Top,
                ),
            ];
            let overlaps = |a: &(f64, f64, f64, f64), b: &(f64, f64, f64, f64)| {
                a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
            };
            let free = candidates.iter().find(|(bounds, ..)| {
                inside(bounds)
                    && taken.iter().enumerate().all(|(j, t)| j == i || !overlaps(bounds, t))
            });
            if let Some((bounds, at, h, v)) = free {
                text(area, name, *at, &style, *h, *v)?;
                taken.push(*bounds);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_fits_the_places_and_china_only_when_they_are_there() {
        let inside = |v: &View, (lon, lat): (f64, f64)| {
            (v.west..=v.east).contains(&lon) && (v.south..=v.north).contains(&lat)
        };
        let beijing = (116.4, 39.9);
        let europe = [(2.35, 48.86), (13.4, 52.52), (8.54, 47.37)];
        let v = view_of(&europe, 1.6);
        assert!(europe.iter().all(|p| inside(&v, *p)), "{v:?}");
        assert!(!inside(&v, beijing), "a European view shows no China: {v:?}");
        let china = [(121.5, 31.2), (113.3, 23.1)];
        let v = view_of(&china, 1.6);
        assert!(china.iter().all(|p| inside(&v, *p)), "{v:?}");
        assert!(v.east - v.west < 60.0, "fitted to them, not the world: {v:?}");
        let both = [(121.5, 31.2), (-74.0, 40.7)];
        let v = view_of(&both, 1.6);
        assert!(both.iter().all(|p| inside(&v, *p)), "{v:?}");
    }

    #[test]
    fn clipping_keeps_what_is_inside() {
        let v = View { west: 0.0, east: 10.0, south: 0.0, north: 10.0 };
        let square = [(-5.0, -5.0), (5.0, -5.0), (5.0, 5.0), (-5.0, 5.0)];
        let clipped = clip(&square, &v);
        assert!(clipped.iter().all(|p| (0.0..=10.0).contains(&p.0) && (0.0..=10.0).contains(&p.1)));
        let xs: Vec<f64> = clipped.iter().map(|p| p.0).collect();
        assert!(xs.contains(&5.0) && xs.contains(&0.0), "{clipped:?}");
        assert!(clip(&[(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)], &v).is_empty());
        assert!(clip(&[], &v).is_empty());
    }

    #[test]
    fn the_land_is_plausible() {
        let points: usize = LAND.iter().map(|r| r.len()).sum();
        assert!((1000..8000).contains(&points), "{points} points");
        assert!(LAND.iter().all(|r| r.len() >= 4));
        assert!(LAND
            .iter()
            .flat_map(|r| r.iter())
            .all(|p| p[0].abs() <= 1800 && p[1].abs() <= 900));
        // Beijing (116.4, 39.9) lies inside the largest ring (Eurasia and Africa).
        let (x, y) = (1164, 399);
        let ring = LAND[0];
        let mut inside = false;
        for (a, b) in ring.iter().zip(ring.iter().cycle().skip(1)) {
            if (a[1] > y) != (b[1] > y) {
                let cross = f64::from(b[0] - a[0]) * f64::from(y - a[1]) / f64::from(b[1] - a[1])
                    + f64::from(a[0]);
                if f64::from(x) < cross {
                    inside = !inside;
                }
            }
        }
        assert!(inside, "Beijing is on land");
    }
}
