//! Drawing helpers shared by the charts: text with an anchor, rectangles, paths and polygons in
//! the area's own pixels, a chart heading with its legend, the "nothing to draw" placeholder,
//! text measured through `measure.rs` (the page's fonts), and round axis maxima.

use super::{chart_error, measure, ChartError, Theme};
use crate::phrase::labels::NOTHING_TO_DRAW;
use crate::present::Lang;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A drawing area in its own pixels.
pub(super) type Area<DB> = DrawingArea<DB, Shift>;

/// A point in pixels, converted with saturation (never a panic on huge or odd values).
pub(super) fn pt(x: f64, y: f64) -> (i32, i32) {
    let clamp = |v: f64| if v.is_finite() { v.round().clamp(-1e6, 1e6) as i32 } else { 0 };
    (clamp(x), clamp(y))
}

/// Text anchored at `(x, y)`.
pub(super) fn text<DB: DrawingBackend>(
    area: &Area<DB>,
    s: &str,
    (x, y): (f64, f64),
    style: &TextStyle,
    h: HPos,
    v: VPos,
) -> Result<(), ChartError> {
    if s.is_empty() {
        return Ok(());
    }
    area.draw_text(s, &style.pos(Pos::new(h, v)), pt(x, y)).map_err(chart_error)
}

/// A rectangle from corner to corner.
pub(super) fn rect<DB: DrawingBackend>(
    area: &Area<DB>,
    (x0, y0): (f64, f64),
    (x1, y1): (f64, f64),
    style: impl Into<ShapeStyle>,
) -> Result<(), ChartError> {
    area.draw(&Rectangle::new([pt(x0, y0), pt(x1, y1)], style)).map_err(chart_error)
}

/// A polyline.
pub(super) fn path<DB: DrawingBackend>(
    area: &Area<DB>,
    points: &[(f64, f64)],
    style: impl Into<ShapeStyle>,
) -> Result<(), ChartError> {
    let points: Vec<(i32, i32)> = points.iter().map(|p| pt(p.0, p.1)).collect();
    area.draw(&PathElement::new(points, style)).map_err(chart_error)
}

/// A dashed polyline.
pub(super) fn dashed<DB: DrawingBackend>(
    area: &Area<DB>,
    points: &[(f64, f64)],
    dash: f64,
    style: impl Into<ShapeStyle>,
) -> Result<(), ChartError> {
    let points: Vec<(i32, i32)> = points.iter().map(|p| pt(p.0, p.1)).collect();
    let dash = dash.round().max(1.0) as i32;
    area.draw(&DashedPathElement::new(points, dash, dash, style)).map_err(chart_error)
}

/// A filled polygon.
pub(super) fn polygon<DB: DrawingBackend>(
    area: &Area<DB>,
    points: &[(f64, f64)],
    style: impl Into<ShapeStyle>,
) -> Result<(), ChartError> {
    if points.len() < 3 {
        return Ok(());
    }
    let points: Vec<(i32, i32)> = points.iter().map(|p| pt(p.0, p.1)).collect();
    area.draw(&Polygon::new(points, style)).map_err(chart_error)
}

/// A circle.
pub(super) fn circle<DB: DrawingBackend>(
    area: &Area<DB>,
    (x, y): (f64, f64),
    radius: f64,
    style: impl Into<ShapeStyle>,
) -> Result<(), ChartError> {
    let radius = if radius.is_finite() { radius.round().clamp(1.0, 1e4) as i32 } else { 1 };
    area.draw(&Circle::new(pt(x, y), radius, style)).map_err(chart_error)
}

/// A legend swatch.
#[derive(Clone, Copy)]
pub(super) enum Swatch {
    Bar(RGBColor),
    Line(RGBColor),
    Dashed(RGBColor),
}

/// Fills the background and writes the title (and a muted subtitle beside it); returns the
/// y below the heading, in pixels.
pub(super) fn heading<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    title: &str,
    subtitle: &str,
) -> Result<f64, ChartError> {
    heading_with_legend(area, theme, title, subtitle, &[])
}

/// Where the heading puts its words: the title as drawn, the subtitle's text and centre, each
/// legend entry's left and centre y, and the y below it all.
pub(super) struct HeadingLayout {
    title: String,
    subtitle: Option<(String, f64, f64)>,
    entries: Vec<(f64, f64, f64)>,
    /// The y below the heading, in pixels.
    pub bottom: f64,
}

/// Lays a heading out `w` pixels wide: everything on the title row, the legend right-aligned,
/// when it fits there; else the subtitle and the legend entries flow onto rows of their own
/// under the title, so no two of them overlap at any width.
pub(super) fn heading_layout(
    theme: &Theme,
    w: f64,
    title: &str,
    subtitle: &str,
    legend: &[&str],
) -> HeadingLayout {
    use super::theme::size::{MARGIN, SMALL, TITLE};
    let margin = theme.pxf(MARGIN);
    let right = w - margin;
    let available = (right - margin).max(1.0);
    let (title_px, small) = (theme.pxf(TITLE), theme.pxf(SMALL));
    let title = fit_bold(title, available, title_px);
    let title_width = measure::text_width(&title, title_px, true);
    let gap = theme.pxf(12.0);
    let entry_gap = theme.pxf(14.0);
    let widths: Vec<f64> = legend.iter().map(|l| theme.pxf(19.0) + text_width(l, small)).collect();
    let legend_width = widths.iter().sum::<f64>() + entry_gap * (widths.len().max(1) - 1) as f64;
    let subtitle_width = text_width(subtitle, small);
    let title_row = margin + title_px * 1.25;
    let small_row = small * 1.7;
    let one_row = title_width
        + if subtitle.is_empty() { 0.0 } else { gap + subtitle_width }
        + if legend.is_empty() { 0.0 } else { gap + legend_width };
    if one_row <= available {
        let centre = margin + title_px * 0.55;
        let subtitle = (!subtitle.is_empty())
            .then(|| (subtitle.to_string(), margin + title_width + gap, centre));
        let mut x = right - legend_width;
        let entries = widths
            .iter()
            .map(|width| {
                let at = (x, centre, *width);
                x += width + entry_gap;
                at
            })
            .collect();
        return HeadingLayout { title, subtitle, entries, bottom: title_row + theme.pxf(8.0) };
    }
    let mut y = title_row;
    let mut x = margin;
    let mut placed_subtitle = None;
    if !subtitle.is_empty() {
        let cut = fit(subtitle, available, small);
        x = margin + text_width(&cut, small) + gap;
        placed_subtitle = Some((cut, margin, y + small_row / 2.0));
    }
    let mut row_used = !subtitle.is_empty();
    let mut entries = Vec::with_capacity(widths.len());
    for width in &widths {
        if x + width > right && row_used {
            y += small_row;
            x = margin;
        }
        let width = width.min(available);
        entries.push((x, y + small_row / 2.0, width));
        x += width + entry_gap;
        row_used = true;
    }
    if row_used {
        y += small_row;
    }
    HeadingLayout { title, subtitle: placed_subtitle, entries, bottom: y + theme.pxf(6.0) }
}

/// [`heading`] with legend entries, laid out by [`heading_layout`]. Returns the y below the
/// heading, in pixels.
pub(super) fn heading_with_legend<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    title: &str,
    subtitle: &str,
    legend: &[(&str, Swatch)],
) -> Result<f64, ChartError> {
    use super::theme::size::{MARGIN, SMALL, TITLE};
    area.fill(&theme.background()).map_err(chart_error)?;
    let (w, _) = area.dim_in_pixel();
    let labels: Vec<&str> = legend.iter().map(|(l, _)| *l).collect();
    let layout = heading_layout(theme, f64::from(w), title, subtitle, &labels);
    let margin = theme.pxf(MARGIN);
    let title_style = theme.bold(TITLE, theme.ink());
    text(area, &layout.title, (margin, margin), &title_style, HPos::Left, VPos::Top)?;
    if let Some((subtitle, x, y)) = &layout.subtitle {
        let style = theme.text(SMALL, theme.muted());
        text(area, subtitle, (*x, *y), &style, HPos::Left, VPos::Center)?;
    }
    for (entry, (x, y, width)) in legend.iter().zip(&layout.entries) {
        legend_entries(area, theme, std::slice::from_ref(entry), &[*width], *x, *y)?;
    }
    Ok(layout.bottom)
}

/// Legend entries from `x` along the row centred on `y`.
fn legend_entries<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    entries: &[(&str, Swatch)],
    widths: &[f64],
    mut x: f64,
    y: f64,
) -> Result<(), ChartError> {
    let small = theme.pxf(super::theme::size::SMALL);
    let style = theme.text(super::theme::size::SMALL, theme.ink());
    let swatch = theme.pxf(14.0);
    for ((label, kind), width) in entries.iter().zip(widths) {
        let half = theme.pxf(4.0);
        match kind {
            Swatch::Bar(c) => rect(area, (x, y - half), (x + swatch, y + half), c.filled())?,
            Swatch::Line(c) => {
                path(area, &[(x, y), (x + swatch, y)], c.stroke_width(theme.px(2.5)))?;
                circle(area, (x + swatch / 2.0, y), theme.pxf(3.0), c.filled())?;
            }
            Swatch::Dashed(c) => dashed(
                area,
                &[(x, y), (x + swatch, y)],
                theme.pxf(4.0),
                c.stroke_width(theme.px(2.0)),
            )?,
        }
        let label = fit(label, (width - swatch - theme.pxf(5.0) + 0.01).max(small), small);
        text(area, &label, (x + swatch + theme.pxf(5.0), y), &style, HPos::Left, VPos::Center)?;
        x += width + theme.pxf(14.0);
    }
    Ok(())
}

/// The placeholder for a chart with no data: the title and a centred sentence.
pub(super) fn nothing<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    lang: Lang,
    title: &str,
) -> Result<(), ChartError> {
    let top = heading(area, theme, title, "")?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let size = theme.pxf(super::theme::size::LABEL);
    let style = theme.text(super::theme::size::LABEL, theme.muted());
    let margin = theme.pxf(super::theme::size::MARGIN);
    let message = fit(NOTHING_TO_DRAW.get(lang), w - 2.0 * margin, size);
    let y = (top + (h - top) / 2.0).min(h - margin - size / 2.0);
    text(area, &message, (w / 2.0, y), &style, HPos::Center, VPos::Center)?;
    area.present().map_err(chart_error)
}

/// Width of `s` in pixels at `size` pixels, regular weight, in the page's fonts.
pub(super) fn text_width(s: &str, size: f64) -> f64 {
    measure::text_width(s, size, false)
}

/// `s` cut to fit `max` pixels at `size` (regular weight), with an ellipsis when cut.
pub(super) fn fit(s: &str, max: f64, size: f64) -> String {
    measure::fit(s, max, size, false)
}

/// `s` cut to fit `max` pixels at `size` in bold.
pub(super) fn fit_bold(s: &str, max: f64, size: f64) -> String {
    measure::fit(s, max, size, true)
}

/// `s` broken into lines of at most `max` pixels at `size` (regular weight).
pub(super) fn wrap(s: &str, max: f64, size: f64) -> Vec<String> {
    measure::wrap(s, max, size, false)
}

/// Labels cut to `max` pixels at `size` so that no two read alike: a label whose cut would
/// match another's keeps its end instead (`E-banking Ordi…1234`), which is where such names
/// differ.
pub(super) fn fit_distinct(labels: &[String], max: f64, size: f64) -> Vec<String> {
    let cut: Vec<String> = labels.iter().map(|l| fit(l, max, size)).collect();
    let clashes = |i: usize, label: &str, all: &[String]| {
        all.iter().enumerate().any(|(j, o)| j != i && o == label && labels.get(j) != labels.get(i))
    };
    let mut out = cut.clone();
    for (i, label) in labels.iter().enumerate() {
        if !clashes(i, &cut[i], &cut) {
            continue;
        }
        // The shortest end that tells it apart, after as much of the start as fits.
        let chars: Vec<char> = label.chars().collect();
        for tail in 1..chars.len() {
            let end: String = chars[chars.len() - tail..].iter().collect();
            let start: String = chars[..chars.len() - tail].iter().collect();
            let room = max - text_width(&end, size);
            if room < text_width("…", size) {
                break;
            }
            let head = fit(&start, room, size);
            let candidate = format!("{}{end}", head);
            if head != "…" && text_width(&candidate, size) <= max && !clashes(i, &candidate, &out)
            {
                out[i] = candidate;
                break;
            }
        }
    }
    out
}

/// A round axis maximum at or above `value` (1, 2, 2.5 or 5 × a power of ten).
pub(super) fn nice_ceiling(value: f64) -> f64 {
    if !(value.is_finite() && value > 0.0) {
        return 100.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|step| step * magnitude)
        .find(|candidate| *candidate >= value * (1.0 - 1e-12))
        .unwrap_or(10.0 * magnitude)
}

/// Minor units as a drawing value in major units (never NaN).
pub(super) fn major(minor: i64, per_major: i64) -> f64 {
    minor as f64 / per_major.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_maximum_is_round_and_not_below_the_data() {
        for (value, expected) in [
            (0.0, 100.0),
            (7.3, 10.0),
            (1234.0, 2000.0),
            (2100.0, 2500.0),
            (50.0, 50.0),
            (f64::NAN, 100.0),
            (-3.0, 100.0),
        ] {
            assert_eq!(nice_ceiling(value), expected, "for {value}");
        }
    }

    #[test]
    fn cut_labels_stay_distinct() {
        let labels = vec![
            "E-banking Ordine 1234".to_string(),
            "E-banking Ordine 5678".to_string(),
            "Short".to_string(),
        ];
        let max = text_width("E-banking Or…", 13.0) + 2.0;
        let cut = fit_distinct(&labels, max, 13.0);
        assert_ne!(cut[0], cut[1], "{cut:?}");
        assert!(cut.iter().all(|c| text_width(c, 13.0) <= max), "{cut:?}");
        assert_eq!(cut[2], "Short");
        assert!(cut[0].ends_with('4') && cut[1].ends_with('8'), "{cut:?}");
        assert_eq!(pt(f64::NAN, 1e300), (0, 1_000_000));
    }
}
