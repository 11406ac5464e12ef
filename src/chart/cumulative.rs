//! Cumulative spending against the previous year: this year's running total month by month
//! (stopping at the last month the statements cover, so a statement exported in August does
//! not draw a flat autumn), and last year's as a dashed line when the data has it, each
//! labelled with its total at its end.

use super::axis::{amount, month_frame};
use super::draw::{self, heading_with_legend, major, nice_ceiling, text, Area, Swatch};
use super::{chart_error, measure, ChartError, Theme};
use crate::phrase::labels::{CHART_CUMULATIVE_OF, LAST_YEAR, THIS_YEAR};
use crate::phrase::{sentences, Arg};
use crate::present::Lang;
use crate::report::Report;
use chrono::Datelike;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The running totals in major units: this year up to its last covered month, last year's
/// twelve months when present. Index 0 is 1 January (zero).
pub(super) fn curves(report: &Report) -> (Vec<f64>, Option<Vec<f64>>) {
    let per_major = report.currency.minor_per_major();
    let last_month = report
        .numbers
        .get(&report.currency)
        .and_then(|n| n.last_date)
        .filter(|d| d.year() == report.year)
        .map_or(12, |d| d.month() as usize);
    let mut this = vec![0.0];
    let mut before = vec![0.0];
    let mut has_before = false;
    for m in report.months.iter().take(12) {
        if this.len() <= last_month {
            this.push(major(m.cumulative_spending_minor.max(0), per_major));
        }
        if let Some(p) = m.previous_cumulative_spending_minor {
            has_before = true;
            before.push(major(p.max(0), per_major));
        }
    }
    (this, has_before.then_some(before))
}

/// Draws the running total of spending of `report`, and last year's beside it.
pub fn cumulative_spending<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let title = crate::phrase!(CHART_CUMULATIVE_OF, Arg::Year(report.year)).render(lang);
    let (this, before) = curves(report);
    let labelled =
        |word, year| crate::phrase!(sentences::LABEL_VALUE, word, Arg::Year(year)).render(lang);
    let this_label = labelled(&THIS_YEAR, report.year);
    let last_label = labelled(&LAST_YEAR, report.year - 1);
    let mut legend = vec![(this_label.as_str(), Swatch::Line(theme.spending()))];
    if before.is_some() {
        legend.push((last_label.as_str(), Swatch::Dashed(theme.previous())));
    }
    let top = heading_with_legend(area, theme, &title, "", &legend)?;
    let max = this.iter().chain(before.iter().flatten()).copied().fold(0.0_f64, f64::max);
    let y_max = nice_ceiling(max);
    let currency = report.currency;
    let size = theme.pxf(super::theme::size::LABEL);
    let total = |v: &f64| amount(currency, *v, lang);
    // Room on the right for the totals at the lines' ends, as wide as the widest.
    let end_width = this
        .last()
        .into_iter()
        .chain(before.as_ref().and_then(|b| b.last()))
        .map(|v| measure::text_width(&total(v), size, true))
        .fold(0.0_f64, f64::max);
    let frame = month_frame(area, theme, lang, currency, (top, y_max, end_width + theme.pxf(8.0)))?;
    // Month m's running total sits at the end of its slot; 1 January at the frame's left.
    let x_of = |i: usize| frame.left + frame.slot() * i as f64;
    let points = |values: &[f64]| -> Vec<(f64, f64)> {
        values.iter().enumerate().map(|(i, v)| (x_of(i), frame.y(*v))).collect()
    };
    let line = points(&this);
    if line.len() >= 2 {
        let mut fill = line.clone();
        if let (Some(last), Some(first)) = (line.last(), line.first()) {
            fill.push((last.0, frame.bottom));
            fill.push((first.0, frame.bottom));
        }
        draw::polygon(area, &fill, theme.translucent(theme.spending(), 0.12).filled())?;
    }
    if let Some(before) = &before {
        draw::dashed(
            area,
            &points(before),
            theme.pxf(6.0),
            theme.previous().stroke_width(theme.px(2.0)),
        )?;
    }
    draw::path(area, &line, theme.spending().stroke_width(theme.px(3.0)))?;
    // Totals at the ends of the lines, kept apart when they are close.
    // (x, y of the line's end, y of its label, total, colour)
    let mut ends: Vec<(f64, f64, f64, String, RGBColor)> = Vec::new();
    if let (Some(last), Some(end)) = (this.last(), line.last()) {
        ends.push((end.0, end.1, end.1, total(last), theme.spending()));
    }
    if let Some(last) = before.as_ref().and_then(|b| b.last()) {
        let (x, y) = (x_of(12), frame.y(*last));
        ends.push((x, y, y, total(last), theme.previous()));
    }
    let min_gap = size * 1.3;
    if let [a, b] = ends.as_mut_slice() {
        let a_right = a.0 + theme.pxf(8.0) + measure::text_width(&a.3, size, true);
        let b_right = b.0 + theme.pxf(8.0) + measure::text_width(&b.3, size, true);
        let side_by_side = a_right < b.0 || b_right < a.0;
        if (a.2 - b.2).abs() < min_gap && !side_by_side {
            let mid = (a.2 + b.2) / 2.0;
            let (upper, lower) =
                if a.2 <= b.2 { (&mut a.2, &mut b.2) } else { (&mut b.2, &mut a.2) };
            *upper = mid - min_gap / 2.0;
            *lower = mid + min_gap / 2.0;
        }
    }
    let (_, h) = area.dim_in_pixel();
    for (x, y, label_y, value, color) in ends {
        draw::circle(area, (x, y), theme.pxf(3.5), color.filled())?;
        let style = theme.bold(super::theme::size::LABEL, color);
        let label_y = label_y.min(f64::from(h) - size / 2.0 - 1.0).max(size / 2.0 + 1.0);
        text(area, &value, (x + theme.pxf(8.0), label_y), &style, HPos::Left, VPos::Center)?;
    }
    area.present().map_err(chart_error)?;
    Ok(())
}
