//! The consumption portrait: a radar chart with one axis per category (the report's fixed
//! order, so two years draw comparable shapes), the share of spending on each, rings at
//! round quarters of the maximum.

use super::draw::{self, heading, heading_layout, nothing, text, text_width, wrap, Area};
use super::theme;
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::CHART_PORTRAIT;
use crate::present::format::percent;
use crate::present::Lang;
use crate::report::Report;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The point at `fraction` of `radius` along axis `i` of `n`, the first pointing up.
pub(super) fn spoke(
    centre: (f64, f64),
    radius: f64,
    i: usize,
    n: usize,
    fraction: f64,
) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64;
    (centre.0 + radius * fraction * angle.cos(), centre.1 + radius * fraction * angle.sin())
}

/// Whether the radar has something to show: three axes and a share on one of them.
pub(super) fn drawable(report: &Report) -> bool {
    let axes = &report.portrait.axes;
    axes.len() >= 3 && axes.iter().any(|a| a.value_permille > 0)
}

/// An axis label: its lines, its anchor and its box relative to the anchor point.
struct Label {
    lines: Vec<String>,
    width: f64,
}

/// The box (left, top, right, bottom) of a label of `width` × `height` at the end of axis `i`
/// of `n` around `centre` at `radius` (plus `pad`), with the anchor it is drawn with.
fn label_box(
    centre: (f64, f64),
    radius: f64,
    pad: f64,
    (i, n): (usize, usize),
    (width, height): (f64, f64),
) -> ((f64, f64, f64, f64), HPos) {
    let (x, y) = spoke(centre, radius + pad, i, n, 1.0);
    let (dx, dy) = (x - centre.0, y - centre.1);
    let (left, h_pos) = if dx.abs() < pad * 0.5 {
        (x - width / 2.0, HPos::Center)
    } else if dx > 0.0 {
        (x, HPos::Left)
    } else {
        (x - width, HPos::Right)
    };
    let top = if dy.abs() > (radius + pad) * 0.9 {
        if dy < 0.0 {
            y - height
        } else {
            y
        }
    } else {
        y - height / 2.0
    };
    ((left, top, left + width, top + height), h_pos)
}

/// The radar laid out in a `w` × `h` pixel chart whose heading ends at `top`: each axis's
/// label (its lines and box, with the anchor it is drawn with), the radius and the centre.
struct Radar {
    labels: Vec<Label>,
    placed: Vec<((f64, f64, f64, f64), HPos)>,
    radius: f64,
    centre: (f64, f64),
}

fn layout(report: &Report, theme: &Theme, lang: Lang, (w, h, top): (f64, f64, f64)) -> Radar {
    let axes = &report.portrait.axes;
    let margin = theme.pxf(super::theme::size::MARGIN);
    let size = theme.pxf(super::theme::size::LABEL);
    let line = size * 1.2;
    let pad = theme.pxf(8.0);
    let n = axes.len();
    // Labels on one line ("Dining 23%") when the radar stays large, else the name (wrapped on
    // a narrow chart) over the share.
    let labels_in = |two_lines: bool| -> Vec<Label> {
        axes.iter()
            .map(|a| {
                let name = a.category.name().get(lang).to_string();
                // A category with no spending is named without its "0%": fewer words on a
                // crowded ring, and the shape already says it.
                let mut lines = if two_lines {
                    let longest_word = name
                        .split_whitespace()
                        .map(|word| text_width(word, size))
                        .fold(0.0_f64, f64::max);
                    wrap(&name, (w * 0.22).max(longest_word), size)
                } else {
                    Vec::new()
                };
                match (a.value_permille > 0, two_lines) {
                    (false, false) => lines.push(name),
                    (true, true) => lines.push(percent(a.value_permille)),
                    (true, false) => lines.push(format!("{name} {}", percent(a.value_permille))),
                    (false, true) => {}
                }
                let width = lines.iter().map(|l| text_width(l, size)).fold(0.0_f64, f64::max);
                Label { lines, width }
            })
            .collect()
    };
    let centre = (w / 2.0, top + (h - top - margin) / 2.0);
    // Each label at the end of its axis; labels on one side that would touch are pushed apart
    // vertically (down, then back up from the bottom), as a hand-drawn radar would be.
    let place = |labels: &[Label], radius: f64| -> Vec<((f64, f64, f64, f64), HPos)> {
        let mut placed: Vec<((f64, f64, f64, f64), HPos)> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| {
                label_box(centre, radius, pad, (i, n), (l.width, line * l.lines.len() as f64))
            })
            .collect();
        for side in [HPos::Left, HPos::Right] {
            let mut on_side: Vec<usize> = (0..placed.len())
                .filter(|i| {
                    placed.get(*i).is_some_and(|p| {
                        std::mem::discriminant(&p.1) == std::mem::discriminant(&side)
                    })
                })
                .collect();
            on_side.sort_by(|a, b| placed[*a].0 .1.total_cmp(&placed[*b].0 .1));
            let mut floor = f64::NEG_INFINITY;
            for i in &on_side {
                let b = &mut placed[*i].0;
                if b.1 < floor {
                    let shift = floor - b.1;
                    b.1 += shift;
                    b.3 += shift;
                }
                floor = b.3;
            }
            let mut ceiling = h - margin;
            for i in on_side.iter().rev() {
                let b = &mut placed[*i].0;
                if b.3 > ceiling {
                    let shift = b.3 - ceiling;
                    b.1 -= shift;
                    b.3 -= shift;
                }
                ceiling = b.1;
            }
        }
        placed
    };
    let fits = |labels: &[Label], radius: f64| {
        place(labels, radius)
            .iter()
            .all(|(b, _)| b.0 >= margin && b.2 <= w - margin && b.1 >= top && b.3 <= h - margin)
    };
    let apart = |labels: &[Label], radius: f64| {
        let boxes: Vec<(f64, f64, f64, f64)> =
            place(labels, radius).into_iter().map(|p| p.0).collect();
        boxes.iter().enumerate().all(|(i, a)| {
            boxes.iter().skip(i + 1).all(|b| !(a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3))
        })
    };
    let largest = |labels: &[Label]| {
        let (mut lo, mut hi) = (0.0_f64, ((h - top - margin) / 2.0).min(w / 2.0 - margin));
        for _ in 0..30 {
            let mid = (lo + hi) / 2.0;
            if fits(labels, mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        lo
    };
    let one_line = labels_in(false);
    let one_radius = largest(&one_line);
    let (labels, radius) = if one_radius >= (w.min(h - top) * 0.28) && apart(&one_line, one_radius)
    {
        (one_line, one_radius)
    } else {
        let two = labels_in(true);
        let r = largest(&two);
        if r >= one_radius || !apart(&one_line, one_radius) {
            (two, r)
        } else {
            (one_line, one_radius)
        }
    };
    let placed = place(&labels, radius);
    Radar { labels, placed, radius, centre }
}

/// The radar's height in CSS pixels drawn `width` CSS pixels wide: as tall as its labels reach
/// when the width alone limits it.
pub(super) fn height(report: &Report, lang: Lang, width: f64) -> f64 {
    let theme = Theme::default();
    let title = CHART_PORTRAIT.get(lang);
    let top = heading_layout(&theme, width, title, "", &[]).bottom;
    let tall = top + width * 2.0;
    let r = layout(report, &theme, lang, (width, tall, top));
    let highest = r.placed.iter().map(|p| p.0 .1).fold(r.centre.1 - r.radius, f64::min);
    let lowest = r.placed.iter().map(|p| p.0 .3).fold(r.centre.1 + r.radius, f64::max);
    let reach = (r.centre.1 - highest).max(lowest - r.centre.1);
    top + 2.0 * reach + theme::size::MARGIN + 4.0
}

/// Draws the category shares of `report` as a radar chart.
pub fn portrait_radar<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let axes = &report.portrait.axes;
    let title = CHART_PORTRAIT.get(lang);
    if !drawable(report) {
        return nothing(area, theme, lang, title);
    }
    let top = heading(area, theme, title, "")?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let margin = theme.pxf(super::theme::size::MARGIN);
    let line = theme.pxf(super::theme::size::LABEL) * 1.2;
    let n = axes.len();
    let Radar { labels, placed, radius, centre } = layout(report, theme, lang, (w, h, top));
    let radius = radius.max(theme.pxf(10.0));
    let max = axes.iter().map(|a| a.value_permille).max().unwrap_or(0) as f64 / 10.0;
    // A maximum whose quarters are round percentages.
    let top_percent = [4.0, 8.0, 12.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        .into_iter()
        .find(|t| *t >= max)
        .unwrap_or(100.0);

    let grid = theme.grid().stroke_width(theme.px(1.0));
    let small = theme.text(super::theme::size::SMALL, theme.muted());
    for ring in 1..=4 {
        let fraction = f64::from(ring) / 4.0;
        let mut points: Vec<(f64, f64)> =
            (0..n).map(|i| spoke(centre, radius, i, n, fraction)).collect();
        points.push(spoke(centre, radius, 0, n, fraction));
        draw::path(area, &points, grid)?;
    }
    for i in 0..n {
        draw::path(area, &[centre, spoke(centre, radius, i, n, 1.0)], grid)?;
    }
    let fraction = |permille: i64| ((permille.max(0) as f64 / 10.0) / top_percent).min(1.0);
    let shape: Vec<(f64, f64)> = axes
        .iter()
        .enumerate()
        .map(|(i, a)| spoke(centre, radius, i, n, fraction(a.value_permille)))
        .collect();
    draw::polygon(area, &shape, theme.translucent(theme.spending(), 0.25).filled())?;
    let mut outline = shape.clone();
    if let Some(first) = shape.first() {
        outline.push(*first);
    }
    draw::path(area, &outline, theme.spending().stroke_width(theme.px(2.5)))?;
    for p in &shape {
        draw::circle(area, *p, theme.pxf(3.0), theme.spending().filled())?;
    }
    // The rings' values along the first axis, on a patch of background so the shape's line
    // never runs through them, left out where one would touch an axis label.
    let label_boxes: Vec<(f64, f64, f64, f64)> = placed.iter().map(|p| p.0).collect();
    let small_px = theme.pxf(super::theme::size::SMALL);
    for ring in 1..=4 {
        let fraction = f64::from(ring) / 4.0;
        let at = spoke(centre, radius, 0, n, fraction);
        let value = top_percent * fraction;
        let value =
            if value.fract() == 0.0 { format!("{value:.0}%") } else { format!("{value:.1}%") };
        let x = at.0 + theme.pxf(4.0);
        let tick =
            (x, at.1 - small_px / 2.0, x + text_width(&value, small_px), at.1 + small_px / 2.0);
        let touches = label_boxes
            .iter()
            .any(|b| tick.0 < b.2 && b.0 < tick.2 && tick.1 < b.3 && b.1 < tick.3);
        if touches || tick.2 > w - margin {
            continue;
        }
        draw::rect(
            area,
            (tick.0 - 1.0, tick.1),
            (tick.2 + 1.0, tick.3),
            theme.background().filled(),
        )?;
        text(area, &value, (x, at.1), &small, HPos::Left, VPos::Center)?;
    }
    let style = theme.text(super::theme::size::LABEL, theme.ink());
    for (l, (b, h_pos)) in labels.iter().zip(placed) {
        let x = match h_pos {
            HPos::Left => b.0,
            HPos::Center => (b.0 + b.2) / 2.0,
            HPos::Right => b.2,
        };
        for (k, text_line) in l.lines.iter().enumerate() {
            let y = b.1 + line * (k as f64 + 0.5);
            text(area, text_line, (x, y), &style, h_pos, VPos::Center)?;
        }
    }
    area.present().map_err(chart_error)
}
