//! The monthly spending bar chart: twelve bars, the most expensive month highlighted.

use super::{chart_error, ChartError, Theme};
use crate::report::Report;
use plotters::coord::Shift;
use plotters::prelude::*;

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Draws spending per month of `report` on `area`.
pub fn monthly_spending<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    report: &Report,
    theme: &Theme,
) -> Result<(), ChartError> {
    area.fill(&theme.background()).map_err(chart_error)?;
    let per_major = report.currency.minor_per_major() as f64;
    let values: Vec<f64> =
        report.months.iter().map(|m| m.spending_minor as f64 / per_major).collect();
    let max = values.iter().copied().fold(0.0_f64, f64::max);
    let top = nice_ceiling(max);
    let busiest = report.busiest_month.and_then(|m| (m as usize).checked_sub(1));

    let family = theme.font_family();
    let ink = theme.ink();
    let title_style = (family, theme.px(16.0)).into_font().color(&ink);
    let label_style = (family, theme.px(12.0)).into_font().color(&ink);
    let symbol = report.currency.symbol();

    let mut chart = ChartBuilder::on(area)
        .caption(format!("Spending per month, {}", report.year), title_style)
        .margin(theme.px(12.0))
        .x_label_area_size(theme.px(28.0))
        .y_label_area_size(theme.px(64.0))
        .build_cartesian_2d((0u32..11u32).into_segmented(), 0.0..top)
        .map_err(chart_error)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(theme.grid())
        .axis_style(ShapeStyle { color: ink.to_rgba(), filled: false, stroke_width: theme.px(1.0) })
        .x_labels(12)
        .x_label_formatter(&|x| match x {
            SegmentValue::CenterOf(m) => MONTHS.get(*m as usize).copied().unwrap_or("").to_string(),
            _ => String::new(),
        })
        .y_labels(6)
        .y_label_formatter(&|y| format!("{symbol}{}", compact(*y)))
        .label_style(label_style)
        .draw()
        .map_err(chart_error)?;

    let bar = theme.spending();
    let highlight = theme.highlight();
    chart
        .draw_series(values.iter().enumerate().map(|(i, v)| {
            let color = if Some(i) == busiest { highlight } else { bar };
            let i = i as u32;
            let right = if i == 11 { SegmentValue::Last } else { SegmentValue::Exact(i + 1) };
            let mut rect =
                Rectangle::new([(SegmentValue::Exact(i), 0.0), (right, *v)], color.filled());
            rect.set_margin(0, 0, theme.px(4.0), theme.px(4.0));
            rect
        }))
        .map_err(chart_error)?;
    area.present().map_err(chart_error)?;
    Ok(())
}

/// A round axis maximum at or above `value` (1, 2, 2.5 or 5 × a power of ten).
fn nice_ceiling(value: f64) -> f64 {
    if !(value.is_finite() && value > 0.0) {
        return 100.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|step| step * magnitude)
        .find(|candidate| *candidate >= value)
        .unwrap_or(10.0 * magnitude)
}

/// Axis labels: 1200 → "1.2k", 35000 → "35k", 80 → "80".
fn compact(value: f64) -> String {
    if value >= 1_000_000.0 {
        format!("{}M", trim_zero(value / 1_000_000.0))
    } else if value >= 1000.0 {
        format!("{}k", trim_zero(value / 1000.0))
    } else {
        trim_zero(value)
    }
}

fn trim_zero(value: f64) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_maximum_is_round_and_not_below_the_data() {
        for (value, expected) in
            [(0.0, 100.0), (7.3, 10.0), (1234.0, 2000.0), (2100.0, 2500.0), (50.0, 50.0)]
        {
            assert_eq!(nice_ceiling(value), expected, "for {value}");
        }
    }

    #[test]
    fn compact_labels() {
        assert_eq!(compact(1200.0), "1.2k");
        assert_eq!(compact(35000.0), "35k");
        assert_eq!(compact(80.0), "80");
        assert_eq!(compact(2_500_000.0), "2.5M");
    }
}
