//! The calendar heatmap, GitHub-style: one cell per day of the year, weeks as columns (Monday
//! at the top), coloured by the day's spending level (quartiles computed by the report), with
//! days the statements do not cover drawn as empty outlines so "no data" never looks like
//! "no spending". Each day is one rectangle.

use super::draw::{heading, rect, text, text_width, Area};
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::{CHART_CALENDAR, DAYS_WITHOUT_SPENDING, LESS, MORE, NO_DATA};
use crate::phrase::{names, sentences, Arg};
use crate::present::Lang;
use crate::report::Report;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Week columns drawn at most (a year spans 53 or 54).
const MAX_WEEKS: u32 = 54;

/// Draws the daily spending of `report` as a calendar heatmap.
pub fn calendar_heatmap<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let c = &report.calendar;
    let title = crate::phrase!(sentences::LABEL_VALUE, &CHART_CALENDAR, Arg::Year(report.year))
        .render(lang);
    let subtitle = if c.covered_days > 0 {
        crate::phrase!(DAYS_WITHOUT_SPENDING, Arg::count(c.zero_spend_days)).render(lang)
    } else {
        String::new()
    };
    let top = heading(area, theme, &title, &subtitle)?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let margin = theme.pxf(super::theme::size::MARGIN);
    let small = theme.pxf(super::theme::size::SMALL);
    let day_labels = [0u32, 2, 4].map(|d| names::weekday_short(d).get(lang));
    let left = margin
        + day_labels.iter().map(|d| text_width(d, small)).fold(0.0, f64::max)
        + theme.pxf(6.0);
    let weeks = c.weeks.clamp(1, MAX_WEEKS);
    let month_row = small * 1.5;
    let legend_row = small * 2.0;
    let cell = ((w - left - margin) / f64::from(weeks))
        .min((h - top - month_row - legend_row - margin) / 7.0)
        .max(1.0);
    let gap = (cell * 0.16).max(1.0).min(cell / 2.0);
    let grid_top = top + month_row;
    let label = theme.text(super::theme::size::SMALL, theme.muted());
    for (i, d) in [0u32, 2, 4].iter().enumerate() {
        let y = grid_top + cell * (f64::from(*d) + 0.5);
        text(area, day_labels[i], (left - theme.pxf(6.0), y), &label, HPos::Right, VPos::Center)?;
    }
    for (m, week) in c.month_start_weeks.iter().enumerate().take(12) {
        if *week >= weeks {
            continue;
        }
        let x = left + cell * f64::from(*week);
        text(
            area,
            names::month_short(m as u32 + 1).get(lang),
            (x, top),
            &label,
            HPos::Left,
            VPos::Top,
        )?;
    }
    let outline = ShapeStyle { color: theme.grid().to_rgba(), filled: false, stroke_width: 1 };
    for day in &c.days {
        if day.week >= weeks || day.weekday >= 7 {
            continue;
        }
        let x = left + cell * f64::from(day.week);
        let y = grid_top + cell * f64::from(day.weekday);
        let (a, b) = ((x, y), (x + cell - gap, y + cell - gap));
        if day.covered {
            rect(area, a, b, theme.heat(day.level).filled())?;
        } else {
            rect(area, a, b, outline)?;
        }
    }
    // Legend: no data, then less → more.
    let y = grid_top + cell * 7.0 + small * 0.6;
    let swatch = cell.min(theme.pxf(12.0));
    let more = MORE.get(lang);
    let mut x = w - margin - text_width(more, small);
    text(area, more, (x, y + swatch / 2.0), &label, HPos::Left, VPos::Center)?;
    x -= theme.pxf(6.0);
    for level in (0..5u8).rev() {
        x -= swatch + gap;
        rect(area, (x, y), (x + swatch, y + swatch), theme.heat(level).filled())?;
    }
    x -= theme.pxf(6.0);
    text(area, LESS.get(lang), (x, y + swatch / 2.0), &label, HPos::Right, VPos::Center)?;
    x -= text_width(LESS.get(lang), small)
        + theme.pxf(30.0)
        + text_width(NO_DATA.get(lang), small)
        + swatch;
    rect(area, (x, y), (x + swatch, y + swatch), outline)?;
    text(
        area,
        NO_DATA.get(lang),
        (x + swatch + theme.pxf(6.0), y + swatch / 2.0),
        &label,
        HPos::Left,
        VPos::Center,
    )?;
    area.present().map_err(chart_error)
}
