//! Horizontal bars with a label on the left and a value on the right: the layout shared by the
//! categories and merchants charts. Bars are scaled to the largest value; rows keep a readable
//! height and start under the heading.

use super::draw::{fit, rect, text, text_width, Area};
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
    let label_max = (w * 0.32).max(theme.pxf(60.0));
    let label_width =
        bars.iter().map(|b| text_width(&b.label, size)).fold(0.0_f64, f64::max).min(label_max);
    let value_width = bars.iter().map(|b| text_width(&b.value_text, size)).fold(0.0_f64, f64::max);
    let x0 = margin + label_width + theme.pxf(10.0);
    let x_end = (w - margin - value_width - theme.pxf(8.0)).max(x0 + theme.pxf(20.0));
    let available = (h - top - margin).max(1.0);
    let row = (available / bars.len() as f64).min(theme.pxf(34.0));
    let start = top + theme.pxf(4.0);
    let thickness = (row * 0.62).max(1.0);
    let max = bars.iter().map(|b| b.value).filter(|v| v.is_finite()).fold(0.0_f64, f64::max);
    for (i, b) in bars.iter().enumerate() {
        let centre = start + row * (i as f64 + 0.5);
        let label = fit(&b.label, label_width, size);
        text(
            area,
            &label,
            (x0 - theme.pxf(10.0), centre),
            &label_style,
            HPos::Right,
            VPos::Center,
        )?;
        let length = if max > 0.0 && b.value.is_finite() {
            (b.value.max(0.0) / max) * (x_end - x0)
        } else {
            0.0
        };
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
