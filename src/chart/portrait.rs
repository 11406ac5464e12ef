//! The consumption portrait: a radar chart with one axis per category (the report's fixed
//! order, so two years draw comparable shapes), the share of spending on each, rings at
//! round quarters of the maximum.

use super::draw::{self, heading, nothing, text, Area};
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

/// Draws the category shares of `report` as a radar chart.
pub fn portrait_radar<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let axes = &report.portrait.axes;
    let title = CHART_PORTRAIT.get(lang);
    if axes.len() < 3 || axes.iter().all(|a| a.value_permille <= 0) {
        return nothing(area, theme, lang, title);
    }
    let top = heading(area, theme, title, "")?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let margin = theme.pxf(super::theme::size::MARGIN);
    let label_room = theme.pxf(92.0);
    let centre = (w / 2.0, top + (h - top - margin) / 2.0);
    let radius = ((w - 2.0 * label_room) / 2.0)
        .min((h - top - margin) / 2.0 - theme.pxf(22.0))
        .max(theme.pxf(10.0));
    let n = axes.len();
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
        let at = spoke(centre, radius, 0, n, fraction);
        let value = top_percent * fraction;
        let value =
            if value.fract() == 0.0 { format!("{value:.0}%") } else { format!("{value:.1}%") };
        text(area, &value, (at.0 + theme.pxf(4.0), at.1), &small, HPos::Left, VPos::Center)?;
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
    let label = theme.text(super::theme::size::LABEL, theme.ink());
    for (i, a) in axes.iter().enumerate() {
        let (x, y) = spoke(centre, radius + theme.pxf(10.0), i, n, 1.0);
        let dx = x - centre.0;
        let h_pos = if dx.abs() < theme.pxf(4.0) {
            HPos::Center
        } else if dx > 0.0 {
            HPos::Left
        } else {
            HPos::Right
        };
        let dy = y - centre.1;
        let v_pos = if dy.abs() > radius * 0.9 {
            if dy < 0.0 {
                VPos::Bottom
            } else {
                VPos::Top
            }
        } else {
            VPos::Center
        };
        let s = format!("{} {}", a.category.name().get(lang), percent(a.value_permille));
        text(area, &s, (x, y), &label, h_pos, v_pos)?;
    }
    area.present().map_err(chart_error)
}
