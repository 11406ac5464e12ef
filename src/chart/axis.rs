//! The money-by-month frame the monthly and cumulative charts share, laid out in pixels from
//! measured text: a y axis of round amounts (as many as the height leaves room for, its width
//! that of its widest label) and twelve month slots whose labels shorten to fit (`Jan` or `1月`,
//! then `J` or the month's number, then every other month), so no two labels ever touch.

use super::draw::{path, text, text_width, Area};
use super::{ChartError, Theme};
use crate::money::Currency;
use crate::phrase::{names, Arg};
use crate::present::format::money_compact;
use crate::present::Lang;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// A plot's frame in pixels and its value range.
#[derive(Debug, Clone, Copy)]
pub(super) struct Frame {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    /// The value at the top edge (the bottom is zero).
    pub max: f64,
}

impl Frame {
    /// The y of `value`.
    pub fn y(&self, value: f64) -> f64 {
        let v = if value.is_finite() { value.clamp(0.0, self.max) } else { 0.0 };
        self.bottom - (self.bottom - self.top) * v / self.max.max(f64::MIN_POSITIVE)
    }

    /// The width of one of twelve month slots.
    pub fn slot(&self) -> f64 {
        (self.right - self.left) / 12.0
    }

    /// The x of the centre of month slot `i` (0 = January).
    pub fn centre(&self, i: usize) -> f64 {
        self.left + self.slot() * (i as f64 + 0.5)
    }
}

/// Amount `major` (in major units of `currency`) as an axis label.
pub(super) fn amount(currency: Currency, major: f64, lang: Lang) -> String {
    money_compact(currency, (major * currency.minor_per_major() as f64).round() as i64, lang)
}

/// Lays the frame out under `top` in `area` for values up to `max` (already round), draws the
/// grid, the y labels and the month labels, and returns the frame. `right_room` is kept free
/// on the right (for end labels).
pub(super) fn month_frame<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    lang: Lang,
    currency: Currency,
    (top, max, right_room): (f64, f64, f64),
) -> Result<Frame, ChartError> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let margin = theme.pxf(super::theme::size::MARGIN);
    let size = theme.pxf(super::theme::size::LABEL);
    let style = theme.text(super::theme::size::LABEL, theme.muted());
    let bottom = h - margin - size * 1.4;
    let top = top + size * 0.6;
    // As many grid lines as leave two label heights between them: 5, 4, 2 or 1 steps.
    let steps = [5u32, 4, 2, 1]
        .into_iter()
        .find(|n| (bottom - top) / f64::from(*n) >= size * 2.0)
        .unwrap_or(1);
    let ticks: Vec<(f64, String)> = (0..=steps)
        .map(|i| {
            let v = max * f64::from(i) / f64::from(steps);
            (v, amount(currency, v, lang))
        })
        .collect();
    let label_width = ticks.iter().map(|(_, l)| text_width(l, size)).fold(0.0_f64, f64::max);
    let left = margin + label_width + theme.pxf(8.0);
    let right = (w - margin - right_room).max(left + 12.0);
    let frame = Frame { left, top, right, bottom, max };
    let grid = theme.grid().stroke_width(theme.px(1.0));
    for (v, label) in &ticks {
        let y = frame.y(*v);
        path(area, &[(left, y), (right, y)], grid)?;
        text(area, label, (left - theme.pxf(6.0), y), &style, HPos::Right, VPos::Center)?;
    }
    // Month labels: the widest set whose labels fit their slots: `Jan`/`1月`, then `J` or, in
    // Chinese, the month's number, then every other month.
    let short = |m: u32| names::month_short(m).get(lang).to_string();
    let narrow = |m: u32| match lang {
        Lang::Zh => crate::phrase!(names::MONTH_NUMBER, Arg::count(m)).render(lang),
        Lang::En => names::month_narrow(m).get(lang).to_string(),
    };
    let slot = frame.slot();
    let room = |every: usize| slot * every as f64 - theme.pxf(4.0);
    let widest = |name: &dyn Fn(u32) -> String| {
        (1..=12).map(|m| text_width(&name(m), size)).fold(0.0_f64, f64::max)
    };
    let (name, every): (&dyn Fn(u32) -> String, usize) = if widest(&short) <= room(1) {
        (&short, 1)
    } else if widest(&narrow) <= room(1) {
        (&narrow, 1)
    } else if widest(&short) <= room(2) {
        (&short, 2)
    } else {
        (&narrow, 2)
    };
    for m in (0..12usize).step_by(every) {
        let label = name(m as u32 + 1);
        text(
            area,
            &label,
            (frame.centre(m), bottom + size * 0.3),
            &style,
            HPos::Center,
            VPos::Top,
        )?;
    }
    Ok(frame)
}
