//! The monthly chart: twelve spending bars with the most expensive month highlighted, income
//! per month as a line, and the previous year's spending per month as a dashed line when the
//! data has it. Income many times the spending is pinned to the top edge with its value, so a
//! salary never flattens the bars. (The previous year's *running total* has its own chart,
//! `cumulative.rs`: on this chart's scale it would dwarf the bars.)

use super::axis::month_frame;
use super::draw::{self, heading_with_legend, major, nice_ceiling, text, text_width, Area, Swatch};
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::{BUSIEST_MONTH, CHART_MONTHS_OF, INCOME_LABEL, LAST_YEAR, SPENDING};
use crate::phrase::Arg;
use crate::present::format::money_compact;
use crate::present::Lang;
use crate::report::Report;
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
    let mut top = heading_with_legend(area, theme, &title, "", &legend)?;
    let small = theme.pxf(super::theme::size::SMALL);
    if pin_income {
        // Room for the pinned values above the plot.
        top += small * 1.3;
    }
    let currency = report.currency;
    let frame = month_frame(area, theme, lang, currency, (top, y_max, 0.0))?;
    let slot = frame.slot();
    let gap = (slot * 0.15).min(theme.pxf(5.0));
    for (i, v) in s.spending.iter().enumerate() {
        let color = if Some(i) == busiest { theme.highlight() } else { theme.spending() };
        let x0 = frame.left + slot * i as f64 + gap;
        let x1 = frame.left + slot * (i + 1) as f64 - gap;
        if *v > 0.0 {
            draw::rect(area, (x0, frame.y(*v)), (x1, frame.bottom), color.filled())?;
        }
    }
    if has_previous {
        let points: Vec<(f64, f64)> = s
            .previous
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (frame.centre(i), frame.y(v))))
            .collect();
        draw::dashed(area, &points, theme.pxf(5.0), theme.previous().stroke_width(theme.px(2.0)))?;
    }
    if has_income {
        let stroke = theme.income().stroke_width(theme.px(2.5));
        let points: Vec<(f64, f64)> =
            s.income.iter().enumerate().map(|(i, v)| (frame.centre(i), frame.y(*v))).collect();
        draw::path(area, &points, stroke)?;
        for p in &points {
            draw::circle(area, *p, theme.pxf(3.5), theme.income().filled())?;
        }
        // Pinned values above the plot, left out where they would touch the one before.
        let label = theme.text(super::theme::size::SMALL, theme.income());
        let (w, _) = area.dim_in_pixel();
        let mut free_from = 0.0_f64;
        for (i, v) in s.income.iter().enumerate().filter(|(_, v)| **v > y_max) {
            let minor = (v * currency.minor_per_major() as f64) as i64;
            let value = format!("↑{}", money_compact(currency, minor, lang));
            let width = text_width(&value, small);
            let x = frame.centre(i).min(f64::from(w) - width / 2.0 - 1.0).max(width / 2.0 + 1.0);
            if x - width / 2.0 < free_from {
                continue;
            }
            text(area, &value, (x, frame.top - small * 0.2), &label, HPos::Center, VPos::Bottom)?;
            free_from = x + width / 2.0 + theme.pxf(4.0);
        }
    }
    area.present().map_err(chart_error)?;
    Ok(())
}
