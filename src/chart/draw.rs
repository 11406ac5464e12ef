//! Drawing helpers shared by the charts: text with an anchor, rectangles, paths and polygons in
//! the area's own pixels, a chart heading, the "nothing to draw" placeholder, text-width
//! estimates for layout (no font is loaded), and round axis maxima.

use super::{chart_error, ChartError, Theme};
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

/// How much wider bold text runs than [`text_width`]'s regular-weight estimate, at most.
const BOLD_WIDTH: f64 = 1.2;

/// Fills the background and writes the title (and a muted subtitle beside it); returns the
/// y below the heading, in pixels.
pub(super) fn heading<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    title: &str,
    subtitle: &str,
) -> Result<f64, ChartError> {
    area.fill(&theme.background()).map_err(chart_error)?;
    let margin = theme.pxf(super::theme::size::MARGIN);
    let title_style = theme.bold(super::theme::size::TITLE, theme.ink());
    text(area, title, (margin, margin), &title_style, HPos::Left, VPos::Top)?;
    if !subtitle.is_empty() {
        // `text_width` estimates regular weight; bold Latin runs up to a fifth wider in the
        // fonts of FONT_FAMILY (Noto Sans CJK SC Bold, and DejaVu Sans Bold as Linux's fallback),
        // and the canvas cannot tell us: plotters measures fonts in the page with
        // `font-style: bold`, which CSS ignores. So the subtitle keeps clear of the widest.
        let title_width = text_width(title, theme.pxf(super::theme::size::TITLE)) * BOLD_WIDTH;
        let x = margin + title_width + theme.pxf(12.0);
        let sub = theme.text(super::theme::size::SMALL, theme.muted());
        let y = margin + theme.pxf(super::theme::size::TITLE - super::theme::size::SMALL) * 0.6;
        text(area, subtitle, (x, y), &sub, HPos::Left, VPos::Top)?;
    }
    Ok(margin + theme.pxf(super::theme::size::TITLE) * 1.25 + theme.pxf(8.0))
}

/// The placeholder for a chart with no data: the title and a centred sentence.
pub(super) fn nothing<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    lang: Lang,
    title: &str,
) -> Result<(), ChartError> {
    heading(area, theme, title, "")?;
    let (w, h) = area.dim_in_pixel();
    let style = theme.text(super::theme::size::LABEL, theme.muted());
    let message = NOTHING_TO_DRAW.get(lang);
    text(
        area,
        message,
        (f64::from(w) / 2.0, f64::from(h) / 2.0),
        &style,
        HPos::Center,
        VPos::Center,
    )?;
    area.present().map_err(chart_error)
}

/// Estimated width of `s` at `size` pixels: CJK and full-width characters are one em, Latin
/// letters about half. Generous, so estimates err towards more room.
pub(super) fn text_width(s: &str, size: f64) -> f64 {
    s.chars()
        .map(|c| match c {
            ' ' => 0.3,
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.32,
            'm' | 'w' | 'M' | 'W' | '@' => 0.85,
            c if c.is_ascii_uppercase() || c.is_ascii_digit() => 0.64,
            c if c.is_ascii() => 0.55,
            '\u{2000}'..='\u{206F}' => 0.6,
            _ => 1.0,
        })
        .sum::<f64>()
        * size
}

/// `s` cut to fit `max` pixels at `size`, with an ellipsis when cut.
pub(super) fn fit(s: &str, max: f64, size: f64) -> String {
    if text_width(s, size) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        let candidate = format!("{out}{c}…");
        if text_width(&candidate, size) > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// `s` broken into lines of at most `max` pixels at `size`: between words for Latin text, between
/// any two characters for Chinese (never before closing punctuation).
pub(super) fn wrap(s: &str, max: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Tokens: a run of non-space ASCII is one word; any other character is a token of its own.
    // Spaces and closing punctuation stick to the token before them.
    let mut tokens: Vec<String> = Vec::new();
    for c in s.chars() {
        let word = c.is_ascii() && !c.is_ascii_whitespace();
        let closing = matches!(c, '，' | '。' | '、' | '：' | '；' | '）' | '！' | '？' | '”');
        let after_word =
            |t: &String| t.chars().last().is_some_and(|l| l.is_ascii() && !l.is_ascii_whitespace());
        match tokens.last_mut() {
            Some(last) if c.is_whitespace() || closing || (word && after_word(last)) => {
                last.push(c)
            }
            _ => tokens.push(c.to_string()),
        }
    }
    for token in tokens {
        let candidate = format!("{line}{token}");
        if !line.is_empty() && text_width(candidate.trim_end(), size) > max {
            lines.push(line.trim_end().to_string());
            line = token.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
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
    fn widths_and_fitting() {
        assert_eq!(text_width("餐饮", 10.0), 20.0);
        assert!(text_width("Dining", 10.0) < text_width("餐饮餐饮", 10.0));
        assert_eq!(fit("Short", 500.0, 12.0), "Short");
        let cut = fit("瑞幸咖啡（深圳科技园店）", 60.0, 12.0);
        assert!(cut.ends_with('…') && text_width(&cut, 12.0) <= 60.0, "{cut}");
        assert_eq!(pt(f64::NAN, 1e300), (0, 1_000_000));
        let lines = wrap("18% of your spending went to books and culture", 120.0, 10.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| text_width(l, 10.0) <= 120.0), "{lines:?}");
        assert_eq!(lines.join(" "), "18% of your spending went to books and culture");
        let zh = wrap("你 18% 的支出花在了书籍与文化上。", 80.0, 10.0);
        assert!(zh.len() > 1 && !zh.iter().any(|l| l.starts_with('。')), "{zh:?}");
        assert_eq!(zh.concat().replace(' ', ""), "你18%的支出花在了书籍与文化上。");
    }
}
