//! Cumulative spending against the previous year: this year's running total month by month
//! (stopping at the last month the statements cover, so a statement exported in August does
//! not draw a flat autumn), and last year's as a dashed line when the data has it, each
//! labelled with its total at its end.

use super::draw::{self, heading, major, nice_ceiling, text, Area};
use super::months::{legend_row, Swatch};
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::{CHART_CUMULATIVE_OF, LAST_YEAR, THIS_YEAR};
use crate::phrase::{names, sentences, Arg};
use crate::present::format::money_compact;
use crate::present::Lang;
use crate::report::Report;
use chrono::Datelike;
use plotters::element::DashedPathElement;
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
    let top = heading(area, theme, &title, "")?;
    let (this, before) = curves(report);
    let labelled =
        |word, year| crate::phrase!(sentences::LABEL_VALUE, word, Arg::Year(year)).render(lang);
    let this_label = labelled(&THIS_YEAR, report.year);
    let last_label = labelled(&LAST_YEAR, report.year - 1);
    let mut legend = vec![(this_label.as_str(), Swatch::Line(theme.spending()))];
    if before.is_some() {
        legend.push((last_label.as_str(), Swatch::Dashed(theme.previous())));
    }
    legend_row(area, theme, &legend)?;
    let max = this.iter().chain(before.iter().flatten()).copied().fold(0.0_f64, f64::max);
    let y_max = nice_ceiling(max);
    let margin = theme.px_i(super::theme::size::MARGIN);
    let end_labels = theme.px_i(84.0);
    let plot = area.margin(top as i32, margin, margin, end_labels);
    let currency = report.currency;
    let mut chart = ChartBuilder::on(&plot)
        .x_label_area_size(theme.px(24.0))
        .y_label_area_size(theme.px(60.0))
        .build_cartesian_2d(0.0..12.0, 0.0..y_max)
        .map_err(chart_error)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(theme.grid())
        .axis_style(ShapeStyle {
            color: theme.grid().to_rgba(),
            filled: false,
            stroke_width: theme.px(1.0),
        })
        .x_labels(0)
        .y_labels(6)
        .y_label_formatter(&|y| {
            money_compact(currency, (*y * currency.minor_per_major() as f64) as i64, lang)
        })
        .label_style(theme.text(super::theme::size::LABEL, theme.muted()))
        .draw()
        .map_err(chart_error)?;
    let label = theme.text(super::theme::size::LABEL, theme.muted());
    for m in 0..12u32 {
        let (x, y) = chart.backend_coord(&(f64::from(m) + 0.5, 0.0));
        let (ox, oy) = plot.get_base_pixel();
        text(
            &plot,
            names::month_short(m + 1).get(lang),
            (f64::from(x - ox), f64::from(y - oy) + theme.pxf(6.0)),
            &label,
            HPos::Center,
            VPos::Top,
        )?;
    }
    let points = |values: &[f64]| -> Vec<(f64, f64)> {
        values.iter().enumerate().map(|(i, v)| (i as f64, *v)).collect()
    };
    chart
        .draw_series(AreaSeries::new(
            points(&this),
            0.0,
            theme.translucent(theme.spending(), 0.12).filled(),
        ))
        .map_err(chart_error)?;
    if let Some(before) = &before {
        let dash = theme.px(6.0);
        chart
            .draw_series(std::iter::once(DashedPathElement::new(
                points(before),
                dash,
                dash,
                theme.previous().stroke_width(theme.px(2.0)),
            )))
            .map_err(chart_error)?;
    }
    chart
        .draw_series(LineSeries::new(points(&this), theme.spending().stroke_width(theme.px(3.0))))
        .map_err(chart_error)?;
    // Totals at the ends of the lines, kept apart when they are close.
    let (ox, oy) = area.get_base_pixel();
    // (x, y of the line's end, y of its label, total, colour)
    let mut ends: Vec<(f64, f64, f64, String, RGBColor)> = Vec::new();
    if let Some(last) = this.last() {
        let (x, y) = chart.backend_coord(&((this.len() - 1) as f64, *last));
        let value =
            money_compact(currency, (last * currency.minor_per_major() as f64) as i64, lang);
        let (x, y) = (f64::from(x - ox), f64::from(y - oy));
        ends.push((x, y, y, value, theme.spending()));
    }
    if let Some(last) = before.as_ref().and_then(|b| b.last()) {
        let (x, y) = chart.backend_coord(&(12.0, *last));
        let value =
            money_compact(currency, (last * currency.minor_per_major() as f64) as i64, lang);
        let (x, y) = (f64::from(x - ox), f64::from(y - oy));
        ends.push((x, y, y, value, theme.previous()));
    }
    let min_gap = theme.pxf(16.0);
    if let [a, b] = ends.as_mut_slice() {
        if (a.2 - b.2).abs() < min_gap && (a.0 - b.0).abs() < theme.pxf(60.0) {
            let mid = (a.2 + b.2) / 2.0;
            let (upper, lower) =
                if a.2 <= b.2 { (&mut a.2, &mut b.2) } else { (&mut b.2, &mut a.2) };
            *upper = mid - min_gap / 2.0;
            *lower = mid + min_gap / 2.0;
        }
    }
    for (x, y, label_y, value, color) in ends {
        draw::circle(area, (x, y), theme.pxf(3.5), color.filled())?;
        let style = theme.bold(super::theme::size::LABEL, color);
        text(area, &value, (x + theme.pxf(8.0), label_y), &style, HPos::Left, VPos::Center)?;
    }
    area.present().map_err(chart_error)?;
    Ok(())
}
