//! The calendar heatmap, GitHub-style: one cell per day of the year, weeks as columns (Monday
//! at the top), coloured by the day's spending level (quartiles computed by the report), with
//! days the statements do not cover drawn as empty outlines so "no data" never looks like
//! "no spending". Each day is one rectangle. On a phone the year is split into two to four
//! bands of weeks, one under the other, so each day stays big enough to see.

use super::draw::{heading, heading_layout, rect, text, text_width, Area};
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::{CHART_CALENDAR, DAYS_WITHOUT_SPENDING, LESS, MORE, NO_DATA};
use crate::phrase::{names, sentences, Arg};
use crate::present::Lang;
use crate::report::Report;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Week columns drawn at most (a year spans 53 or 54).
const MAX_WEEKS: u32 = 54;
/// The largest cell, in CSS pixels.
const MAX_CELL: f64 = 24.0;
/// The smallest cell worth reading, in CSS pixels: below it the year splits into bands.
const MIN_CELL: f64 = 12.0;

/// How the calendar fills `w` pixels: its title and subtitle, the left edge of the grid, the
/// number of bands the weeks are split into (one on a wide screen; two to four on a phone, so a
/// day stays big enough to see), weeks per band, the cell size and the heading's height.
struct Layout {
    title: String,
    subtitle: String,
    left: f64,
    bands: u32,
    per_band: u32,
    cell: f64,
    top: f64,
}

impl Layout {
    fn band_height(&self, theme: &Theme) -> f64 {
        theme.pxf(super::theme::size::SMALL) * 1.5 + self.cell * 7.0
    }

    /// The whole height in pixels: heading, bands, legend, margin.
    fn height(&self, theme: &Theme) -> f64 {
        let small = theme.pxf(super::theme::size::SMALL);
        self.top
            + self.band_height(theme) * f64::from(self.bands)
            + theme.pxf(8.0) * f64::from(self.bands - 1)
            + small * 2.4
            + theme.pxf(super::theme::size::MARGIN)
    }
}

fn layout(report: &Report, theme: &Theme, lang: Lang, w: f64) -> Layout {
    let c = &report.calendar;
    let title = crate::phrase!(sentences::LABEL_VALUE, &CHART_CALENDAR, Arg::Year(report.year))
        .render(lang);
    let subtitle = if c.covered_days > 0 {
        crate::phrase!(DAYS_WITHOUT_SPENDING, Arg::count(c.zero_spend_days)).render(lang)
    } else {
        String::new()
    };
    let top = heading_layout(theme, w, &title, &subtitle, &[]).bottom;
    let margin = theme.pxf(super::theme::size::MARGIN);
    let small = theme.pxf(super::theme::size::SMALL);
    let left = margin
        + [0u32, 2, 4]
            .iter()
            .map(|d| text_width(names::weekday_short(*d).get(lang), small))
            .fold(0.0, f64::max)
        + theme.pxf(6.0);
    let weeks = c.weeks.clamp(1, MAX_WEEKS);
    let room = (w - left - margin).max(1.0);
    let bands = (1..=4u32)
        .find(|b| room / f64::from(weeks.div_ceil(*b)) >= theme.pxf(MIN_CELL))
        .unwrap_or(4);
    let per_band = weeks.div_ceil(bands);
    let cell = (room / f64::from(per_band)).min(theme.pxf(MAX_CELL)).max(1.0);
    Layout { title, subtitle, left, bands, per_band, cell, top }
}

/// The calendar's height in CSS pixels when drawn `width` CSS pixels wide.
pub(super) fn height(report: &Report, lang: Lang, width: f64) -> f64 {
    let theme = Theme::default();
    layout(report, &theme, lang, width).height(&theme)
}

/// Draws the daily spending of `report` as a calendar heatmap.
pub fn calendar_heatmap<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let c = &report.calendar;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let l = layout(report, theme, lang, w);
    heading(area, theme, &l.title, &l.subtitle)?;
    let margin = theme.pxf(super::theme::size::MARGIN);
    let small = theme.pxf(super::theme::size::SMALL);
    let weeks = c.weeks.clamp(1, MAX_WEEKS);
    // Cells shrink to fit when the canvas is shorter than the layout asked for.
    let cell = {
        let fixed = l.height(theme) - l.cell * 7.0 * f64::from(l.bands);
        ((h - fixed) / (7.0 * f64::from(l.bands))).min(l.cell).max(1.0)
    };
    let month_row = small * 1.5;
    let band_height = month_row + cell * 7.0;
    let band_top = |band: u32| l.top + (band_height + theme.pxf(8.0)) * f64::from(band);
    let gap = (cell * 0.16).max(1.0).min(cell / 2.0);
    let label = theme.text(super::theme::size::SMALL, theme.muted());
    let at = |week: u32| {
        let band = (week / l.per_band).min(l.bands - 1);
        let column = week - band * l.per_band;
        (l.left + cell * f64::from(column), band_top(band) + month_row)
    };
    for band in 0..l.bands {
        for d in [0u32, 2, 4] {
            let y = band_top(band) + month_row + cell * (f64::from(d) + 0.5);
            let day = names::weekday_short(d).get(lang);
            text(area, day, (l.left - theme.pxf(6.0), y), &label, HPos::Right, VPos::Center)?;
        }
    }
    // Month names over their first week, left out where one would touch the one before.
    let mut free_from = vec![0.0_f64; l.bands as usize];
    for (m, week) in c.month_start_weeks.iter().enumerate().take(12) {
        if *week >= weeks {
            continue;
        }
        let (x, y) = at(*week);
        let band = ((*week / l.per_band).min(l.bands - 1)) as usize;
        let name = names::month_short(m as u32 + 1).get(lang);
        let width = text_width(name, small);
        let Some(free) = free_from.get_mut(band) else { continue };
        if x < *free || x + width > w - margin {
            continue;
        }
        text(area, name, (x, y - month_row), &label, HPos::Left, VPos::Top)?;
        *free = x + width + theme.pxf(4.0);
    }
    let outline = ShapeStyle { color: theme.grid().to_rgba(), filled: false, stroke_width: 1 };
    for day in &c.days {
        if day.week >= weeks || day.weekday >= 7 {
            continue;
        }
        let (x, y) = at(day.week);
        let y = y + cell * f64::from(day.weekday);
        let (a, b) = ((x, y), (x + cell - gap, y + cell - gap));
        if day.covered {
            rect(area, a, b, theme.heat(day.level).filled())?;
        } else {
            rect(area, a, b, outline)?;
        }
    }
    // Legend: no data on the left, less → more on the right.
    let y = band_top(l.bands - 1) + band_height + small * 0.6;
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
    let less_left = x - text_width(LESS.get(lang), small);
    let no_data = NO_DATA.get(lang);
    if l.left + swatch + theme.pxf(6.0) + text_width(no_data, small) + theme.pxf(12.0) < less_left {
        rect(area, (l.left, y), (l.left + swatch, y + swatch), outline)?;
        text(
            area,
            no_data,
            (l.left + swatch + theme.pxf(6.0), y + swatch / 2.0),
            &label,
            HPos::Left,
            VPos::Center,
        )?;
    }
    area.present().map_err(chart_error)
}
