//! Horizontal bars with a label on the left and a value on the right: the layout shared by the
//! categories and merchants charts. Bars are scaled to the largest value; rows keep a readable
//! height and start under the heading. On a narrow chart each label goes over its bar, so
//! names keep the whole width instead of being cut to stubs.

use super::draw::{fit_distinct, rect, text, text_width, Area};
use super::{ChartError, Theme};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One bar.
pub(super) struct Bar {
    /// The label on the left.
    pub label: String,
    /// Its length, in any unit (bars are scaled to the largest).
    pub value: f64,
    /// The text right of the bar.
    pub value_text: String,
    /// Drawn in the highlight colour.
    pub highlight: bool,
}

/// The height of one row, in CSS pixels: beside its label on a wide chart, under it on a
/// narrow one (`stacked`).
pub(super) fn row_height(stacked: bool) -> f64 {
    if stacked {
        super::theme::size::LABEL * 1.4 + 16.0
    } else {
        34.0
    }
}

/// Whether bars on a chart `width` pixels wide go under their labels: when a label column and
/// the values beside the bars would leave the bars less than a third of the width.
pub(super) fn stacked(theme: &Theme, width: f64, bars: &[Bar]) -> bool {
    let size = theme.pxf(super::theme::size::LABEL);
    let margin = theme.pxf(super::theme::size::MARGIN);
    let label_width = bars.iter().map(|b| text_width(&b.label, size)).fold(0.0_f64, f64::max);
    let value_width = bars.iter().map(|b| text_width(&b.value_text, size)).fold(0.0_f64, f64::max);
    let bar_room = width - 2.0 * margin - label_width - value_width - theme.pxf(18.0);
    label_width > width * 0.32 || bar_room < width * 0.33
}

/// Draws `bars` below `top` (pixels) on `area`.
pub(super) fn horizontal_bars<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    top: f64,
    bars: &[Bar],
) -> Result<(), ChartError> {
    if bars.is_empty() {
        return Ok(());
    }
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let margin = theme.pxf(super::theme::size::MARGIN);
    let size = theme.pxf(super::theme::size::LABEL);
    let label_style = theme.text(super::theme::size::LABEL, theme.ink());
    let value_style = theme.text(super::theme::size::LABEL, theme.muted());
    let stacked = stacked(theme, w, bars);
    let available = (h - top - margin).max(1.0);
    let row = (available / bars.len() as f64).min(theme.pxf(row_height(stacked)));
    let start = top + theme.pxf(2.0);
    let max = bars.iter().map(|b| b.value).filter(|v| v.is_finite()).fold(0.0_f64, f64::max);
    let share = |b: &Bar| {
        if max > 0.0 && b.value.is_finite() {
            b.value.max(0.0) / max
        } else {
            0.0
        }
    };
    let names: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
    if stacked {
        // Label and value on one line, the bar under them across the whole width.
        let value_width =
            bars.iter().map(|b| text_width(&b.value_text, size)).fold(0.0_f64, f64::max);
        let label_room = (w - 2.0 * margin - value_width - theme.pxf(10.0)).max(size);
        let labels = fit_distinct(&names, label_room, size);
        let thickness = (row - size * 1.4 - theme.pxf(4.0)).clamp(1.0, theme.pxf(10.0));
        for (i, (b, label)) in bars.iter().zip(&labels).enumerate() {
            let y = start + row * i as f64;
            let line = y + size * 0.6;
            text(area, label, (margin, line), &label_style, HPos::Left, VPos::Center)?;
            text(area, &b.value_text, (w - margin, line), &value_style, HPos::Right, VPos::Center)?;
            let bar_top = y + size * 1.3;
            let length = share(b) * (w - 2.0 * margin);
            let color = if b.highlight { theme.highlight() } else { theme.spending() };
            rect(
                area,
                (margin, bar_top),
                (margin + length.max(theme.pxf(2.0)), bar_top + thickness),
                color.filled(),
            )?;
        }
        return Ok(());
    }
    let label_width = names.iter().map(|l| text_width(l, size)).fold(0.0_f64, f64::max);
    let value_width = bars.iter().map(|b| text_width(&b.value_text, size)).fold(0.0_f64, f64::max);
    let labels = fit_distinct(&names, label_width, size);
    let x0 = margin + label_width + theme.pxf(10.0);
    let x_end = (w - margin - value_width - theme.pxf(8.0)).max(x0 + theme.pxf(20.0));
    let thickness = (row * 0.62).max(1.0);
    for (i, (b, label)) in bars.iter().zip(&labels).enumerate() {
        let centre = start + row * (i as f64 + 0.5);
        text(area, label, (x0 - theme.pxf(10.0), centre), &label_style, HPos::Right, VPos::Center)?;
        let length = share(b) * (x_end - x0);
        let color = if b.highlight { theme.highlight() } else { theme.spending() };
        let (top, bottom) = (centre - thickness / 2.0, centre + thickness / 2.0);
        rect(area, (x0, top), (x0 + length.max(theme.pxf(2.0)), bottom), color.filled())?;
        text(
            area,
            &b.value_text,
            (x0 + length + theme.pxf(8.0), centre),
            &value_style,
            HPos::Left,
            VPos::Center,
        )?;
    }
    Ok(())
}
