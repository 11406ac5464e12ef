//! The monthly chart: twelve spending bars with the most expensive month highlighted, income
//! per month as a line, and the previous year's spending per month as a dashed line when the
//! data has it. Income many times the spending is pinned to the top edge with its value, so a
//! salary never flattens the bars. (The previous year's *running total* has its own chart,
//! `cumulative.rs`: on this chart's scale it would dwarf the bars.)

use super::draw::{self, heading, major, nice_ceiling, text, text_width, Area};
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::{BUSIEST_MONTH, CHART_MONTHS_OF, INCOME_LABEL, LAST_YEAR, SPENDING};
use crate::phrase::{names, Arg};
use crate::present::format::money_compact;
use crate::present::Lang;
use crate::report::Report;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The series of the monthly chart, in major units, January first.
pub(super) struct MonthSeries {
    pub spending: [f64; 12],
    pub income: [f64; 12],
    pub previous: [Option<f64>; 12],
}

pub(super) fn series(report: &Report) -> MonthSeries {
    let per_major = report.currency.minor_per_major();
    let mut s = MonthSeries { spending: [0.0; 12], income: [0.0; 12], previous: [None; 12] };
    for m in &report.months {
        let Some(i) = m.month.checked_sub(1).map(|i| i as usize).filter(|i| *i < 12) else {
            continue;
        };
        s.spending[i] = major(m.spending_minor.max(0), per_major);
        s.income[i] = major(m.income_minor.max(0), per_major);
        s.previous[i] = m.previous_spending_minor.map(|v| major(v.max(0), per_major));
    }
    s
}

/// Draws spending (and income, and last year's spending) per month of `report` on `area`.
pub fn monthly_spending<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let title = crate::phrase!(CHART_MONTHS_OF, Arg::Year(report.year)).render(lang);
    let top = heading(area, theme, &title, "")?;
    let s = series(report);
    let has_income = s.income.iter().any(|v| *v > 0.0);
    let has_previous = s.previous.iter().any(Option::is_some);
    let spending_max =
        s.spending.iter().chain(s.previous.iter().flatten()).copied().fold(0.0_f64, f64::max);
    let income_max = s.income.iter().copied().fold(0.0_f64, f64::max);
    // A salary many times the spending would flatten the bars: then the axis fits the spending
    // and income above it is pinned to the top edge with its value written beside it.
    let pin_income = spending_max > 0.0 && income_max > 3.0 * spending_max;
    let y_max = nice_ceiling(if pin_income { spending_max } else { spending_max.max(income_max) });
    let busiest = report.busiest_month.and_then(|m| (m as usize).checked_sub(1));

    let mut legend: Vec<(&str, Swatch)> = vec![
        (SPENDING.get(lang), Swatch::Bar(theme.spending())),
        (BUSIEST_MONTH.get(lang), Swatch::Bar(theme.highlight())),
    ];
    if has_income {
        legend.push((INCOME_LABEL.get(lang), Swatch::Line(theme.income())));
    }
    if has_previous {
        legend.push((LAST_YEAR.get(lang), Swatch::Dashed(theme.previous())));
    }
    legend_row(area, theme, &legend)?;

    let margin = theme.px_i(super::theme::size::MARGIN);
    let plot = area.margin(top as i32, margin, margin, margin);
    let label = theme.text(super::theme::size::LABEL, theme.muted());
    let currency = report.currency;
    let mut chart = ChartBuilder::on(&plot)
        .x_label_area_size(theme.px(24.0))
        .y_label_area_size(theme.px(60.0))
        .build_cartesian_2d((0u32..11u32).into_segmented(), 0.0..y_max)
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
        .x_labels(12)
        .x_label_formatter(&|x| match x {
            SegmentValue::CenterOf(m) => names::month_short(*m + 1).get(lang).to_string(),
            _ => String::new(),
        })
        .y_labels(6)
        .y_label_formatter(&|y| {
            money_compact(currency, (*y * currency.minor_per_major() as f64) as i64, lang)
        })
        .label_style(label)
        .draw()
        .map_err(chart_error)?;

    let gap = theme.px(5.0);
    chart
        .draw_series(s.spending.iter().enumerate().map(|(i, v)| {
            let color = if Some(i) == busiest { theme.highlight() } else { theme.spending() };
            let i = i as u32;
            let right = if i == 11 { SegmentValue::Last } else { SegmentValue::Exact(i + 1) };
            let mut bar =
                Rectangle::new([(SegmentValue::Exact(i), 0.0), (right, *v)], color.filled());
            bar.set_margin(0, 0, gap, gap);
            bar
        }))
        .map_err(chart_error)?;
    let centre = |i: usize| SegmentValue::CenterOf(i as u32);
    if has_previous {
        let points: Vec<(SegmentValue<u32>, f64)> =
            s.previous.iter().enumerate().filter_map(|(i, v)| v.map(|v| (centre(i), v))).collect();
        let dash = theme.px(5.0);
        chart
            .draw_series(std::iter::once(DashedPathElement::new(
                points,
                dash,
                dash,
                theme.previous().stroke_width(theme.px(2.0)),
            )))
            .map_err(chart_error)?;
    }
    if has_income {
        let stroke = theme.income().stroke_width(theme.px(2.5));
        let points = s.income.iter().enumerate().map(|(i, v)| (centre(i), v.min(y_max)));
        chart.draw_series(LineSeries::new(points.clone(), stroke)).map_err(chart_error)?;
        chart
            .draw_series(points.map(|p| Circle::new(p, theme.px(3.5), theme.income().filled())))
            .map_err(chart_error)?;
        let label = theme.text(super::theme::size::SMALL, theme.income());
        let label = label.pos(plotters::style::text_anchor::Pos::new(HPos::Center, VPos::Top));
        let pinned = s.income.iter().enumerate().filter(|(_, v)| **v > y_max).map(|(i, v)| {
            let minor = (v * currency.minor_per_major() as f64) as i64;
            let text = format!("↑{}", money_compact(currency, minor, lang));
            Text::new(text, (centre(i), y_max * 0.96), label.clone())
        });
        chart.draw_series(pinned).map_err(chart_error)?;
    }
    area.present().map_err(chart_error)?;
    Ok(())
}

/// A legend swatch.
#[derive(Clone, Copy)]
pub(super) enum Swatch {
    Bar(RGBColor),
    Line(RGBColor),
    Dashed(RGBColor),
}

/// Legend entries right-aligned on the title row.
pub(super) fn legend_row<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    entries: &[(&str, Swatch)],
) -> Result<(), ChartError> {
    let size = theme.pxf(super::theme::size::SMALL);
    let style = theme.text(super::theme::size::SMALL, theme.ink());
    let swatch = theme.pxf(14.0);
    let gap = theme.pxf(14.0);
    let widths: Vec<f64> =
        entries.iter().map(|(l, _)| swatch + theme.pxf(5.0) + text_width(l, size)).collect();
    let (w, _) = area.dim_in_pixel();
    let margin = theme.pxf(super::theme::size::MARGIN);
    let y = margin + theme.pxf(super::theme::size::TITLE) * 0.55;
    let mut x =
        f64::from(w) - margin - widths.iter().sum::<f64>() - gap * (widths.len() as f64 - 1.0);
    for ((label, kind), width) in entries.iter().zip(&widths) {
        let half = theme.pxf(4.0);
        match kind {
            Swatch::Bar(c) => draw::rect(area, (x, y - half), (x + swatch, y + half), c.filled())?,
            Swatch::Line(c) => {
                draw::path(area, &[(x, y), (x + swatch, y)], c.stroke_width(theme.px(2.5)))?;
                draw::circle(area, (x + swatch / 2.0, y), theme.pxf(3.0), c.filled())?;
            }
            Swatch::Dashed(c) => draw::dashed(
                area,
                &[(x, y), (x + swatch, y)],
                theme.pxf(4.0),
                c.stroke_width(theme.px(2.0)),
            )?,
        }
        text(area, label, (x + swatch + theme.pxf(5.0), y), &style, HPos::Left, VPos::Center)?;
        x += width + gap;
    }
    Ok(())
}
