//! When you pay: a weekday × hour heatmap (Monday at the top, midnight on the left), coloured
//! by the number of payments in five steps of one hue, the busiest hour of the week outlined,
//! and the late-night hours (00:00–04:59) marked.

use super::draw::{heading, nothing, rect, text, text_width, Area};
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::{BUSIEST_SLOT, CHART_TIMING, LATE_NIGHT, LESS, MORE, TIMED_PAYMENTS};
use crate::phrase::{names, Arg};
use crate::present::Lang;
use crate::report::Report;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The first hour after late night, as the report counts it (`report::timing`).
const LATE_NIGHT_END_HOUR: u32 = 5;

/// The colour level of a cell: 0 for none, else 1–4 by its share of the busiest cell.
pub(super) fn level(payments: u32, max: u32) -> u8 {
    if payments == 0 || max == 0 {
        return 0;
    }
    let level = (u64::from(payments) * 4).div_ceil(u64::from(max));
    u8::try_from(level.clamp(1, 4)).unwrap_or(4)
}

/// Draws the weekday × hour heatmap of `report`.
pub fn weekday_hour<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = &report.timing;
    let title = CHART_TIMING.get(lang);
    if t.payments_with_time == 0 {
        return nothing(area, theme, lang, title);
    }
    let subtitle = crate::phrase!(TIMED_PAYMENTS, Arg::count(t.payments_with_time)).render(lang);
    let top = heading(area, theme, title, &subtitle)?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let margin = theme.pxf(super::theme::size::MARGIN);
    let small = theme.pxf(super::theme::size::SMALL);
    let label = theme.text(super::theme::size::SMALL, theme.muted());
    let left = margin
        + (0..7).map(|d| text_width(names::weekday_short(d).get(lang), small)).fold(0.0, f64::max)
        + theme.pxf(8.0);
    let bracket = small * 1.6;
    let hours_row = small * 1.6;
    let swatch = theme.pxf(12.0);
    let row = small * 1.8;
    // The busiest slot's note sits left of the less → more scale when there is room, else on
    // a row of its own under it.
    let busiest_note = t.busiest.as_ref().map(|b| {
        crate::phrase!(
            BUSIEST_SLOT,
            names::weekday_short(b.weekday),
            Arg::count(b.hour),
            Arg::count(b.payments)
        )
        .render(lang)
    });
    let scale_width = text_width(LESS.get(lang), small)
        + text_width(MORE.get(lang), small)
        + 5.0 * (swatch + theme.pxf(3.0))
        + theme.pxf(12.0);
    let note_width =
        busiest_note.as_ref().map_or(0.0, |n| swatch + theme.pxf(6.0) + text_width(n, small));
    let note_beside = left + note_width + theme.pxf(12.0) <= w - margin - scale_width;
    let legend_row = if note_beside || busiest_note.is_none() { row } else { row * 2.0 };
    let cell_w = ((w - left - margin) / 24.0).max(1.0);
    let cell_h = ((h - top - bracket - hours_row - legend_row - margin) / 7.0).max(1.0);
    let gap = (cell_w.min(cell_h) * 0.1).max(1.0);
    let grid_top = top + bracket;
    let max = t.cells.iter().map(|c| c.payments).max().unwrap_or(0);

    // The late-night bracket above hours 0–4.
    let late = f64::from(LATE_NIGHT_END_HOUR);
    let stroke = theme.muted().stroke_width(theme.px(1.0));
    let (bx0, bx1, by) = (left, left + cell_w * late - gap, grid_top - small * 0.5);
    super::draw::path(
        area,
        &[(bx0, by + small * 0.35), (bx0, by), (bx1, by), (bx1, by + small * 0.35)],
        stroke,
    )?;
    text(area, LATE_NIGHT.get(lang), (bx0, by - theme.pxf(2.0)), &label, HPos::Left, VPos::Bottom)?;

    for d in 0..7u32 {
        let y = grid_top + cell_h * (f64::from(d) + 0.5);
        text(
            area,
            names::weekday_short(d).get(lang),
            (left - theme.pxf(8.0), y),
            &label,
            HPos::Right,
            VPos::Center,
        )?;
    }
    for c in &t.cells {
        if c.weekday >= 7 || c.hour >= 24 {
            continue;
        }
        let x = left + cell_w * f64::from(c.hour);
        let y = grid_top + cell_h * f64::from(c.weekday);
        rect(
            area,
            (x, y),
            (x + cell_w - gap, y + cell_h - gap),
            theme.heat(level(c.payments, max)).filled(),
        )?;
    }
    if let Some(b) = t.busiest.filter(|b| b.weekday < 7 && b.hour < 24) {
        let x = left + cell_w * f64::from(b.hour);
        let y = grid_top + cell_h * f64::from(b.weekday);
        let ring = theme.highlight().stroke_width(theme.px(2.0));
        rect(area, (x - 1.0, y - 1.0), (x + cell_w - gap + 1.0, y + cell_h - gap + 1.0), ring)?;
    }
    let hours_y = grid_top + cell_h * 7.0 + theme.pxf(3.0);
    // Every third hour as 0:00, 3:00, …; as 0, 3, … when those do not fit; every sixth when
    // even those do not.
    let fits = |step: u32, long: bool| {
        let widest = if long { "00:00" } else { "00" };
        text_width(widest, small) <= cell_w * f64::from(step) - theme.pxf(4.0)
    };
    let (step, long) = if fits(3, true) {
        (3, true)
    } else if fits(3, false) {
        (3, false)
    } else {
        (6, fits(6, true))
    };
    for hour in (0..24u32).step_by(step as usize) {
        let x = left + cell_w * f64::from(hour);
        let label_text = if long { format!("{hour}:00") } else { hour.to_string() };
        text(area, &label_text, (x, hours_y), &label, HPos::Left, VPos::Top)?;
    }
    // Legend: less → more, and what the outline means.
    let y = hours_y + hours_row;
    let more = MORE.get(lang);
    let mut x = w - margin - text_width(more, small);
    text(area, more, (x, y + swatch / 2.0), &label, HPos::Left, VPos::Center)?;
    x -= theme.pxf(6.0);
    for l in (0..5u8).rev() {
        x -= swatch + theme.pxf(3.0);
        rect(area, (x, y), (x + swatch, y + swatch), theme.heat(l).filled())?;
    }
    text(
        area,
        LESS.get(lang),
        (x - theme.pxf(6.0), y + swatch / 2.0),
        &label,
        HPos::Right,
        VPos::Center,
    )?;
    if let Some(note) = &busiest_note {
        let (x, y) = if note_beside { (left, y) } else { (margin, y + row) };
        let note = super::draw::fit(note, w - margin - x - swatch - theme.pxf(6.0), small);
        let ring = theme.highlight().stroke_width(theme.px(2.0));
        rect(area, (x, y), (x + swatch, y + swatch), ring)?;
        text(
            area,
            &note,
            (x + swatch + theme.pxf(6.0), y + swatch / 2.0),
            &label,
            HPos::Left,
            VPos::Center,
        )?;
    }
    area.present().map_err(chart_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_by_share_of_the_busiest_cell() {
        assert_eq!(level(0, 10), 0);
        assert_eq!(level(1, 10), 1);
        assert_eq!(level(3, 10), 2);
        assert_eq!(level(10, 10), 4);
        assert_eq!(level(11, 10), 4, "clamped");
        assert_eq!(level(5, 0), 0);
        assert_eq!(level(u32::MAX, u32::MAX), 4);
    }
}
