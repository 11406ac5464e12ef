//! The story's cards as pictures: 1080×1920 (9:16, any size of that shape), one fact each in big
//! type over the card gradient, at most one small chart, and the closing poster with the
//! keyword and the facts it lists. Only the person's facts are drawn: no app name, no note about
//! amounts, no footer. Which cards there are and their words come from `present::story`; amounts
//! appear only when `show_amounts` (the words' `hidden` form holds no money argument, and the
//! charts here write no amount).

use super::draw::{self, text, text_width, wrap, Area};
use super::places::{dots, draw_map};
use super::{chart_error, ChartError, Theme};
use crate::phrase::names;
use crate::present::format::percent;
use crate::present::story::{CardChart, Story};
use crate::present::Lang;
use crate::report::Report;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// A story card's size in pixels.
pub const STORY_CARD_SIZE: (u32, u32) = (1080, 1920);

/// The card's layout, in its own 1080-wide units.
const LEFT: f64 = 96.0;
const TITLE_Y: f64 = 300.0;
const TITLE_Y_ALONE: f64 = 640.0;
const TITLE_SIZE: f64 = 46.0;
const BIG_MAX: f64 = 150.0;
const LINE_SIZE: f64 = 48.0;
const CHART_TOP: f64 = 1080.0;
const CHART_BOTTOM: f64 = 1760.0;

/// Draws card `index` of `story` (of `report`) on `area`; an index past the end draws nothing
/// but the background.
pub fn story_card<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    story: &Story,
    index: usize,
    lang: Lang,
    show_amounts: bool,
) -> Result<(), ChartError> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let theme = Theme { scale: (w / f64::from(STORY_CARD_SIZE.0)).max(0.01), dark: true };
    background(area, &theme, w, h)?;
    let Some(card) = story.cards.get(index) else { return area.present().map_err(chart_error) };
    let (_, _, ink) = theme.card_colors();
    let soft = theme.card_soft();
    let accent = theme.place();
    let left = theme.pxf(LEFT);
    let width = w - 2.0 * left;
    let words = card.words(show_amounts);
    let poster = card.id == "poster";

    // The title, small; the fact, as big as fits (two lines at most); the sentence under it.
    // Cards without a chart hold their fact in the middle third.
    let top = match (poster, card.chart) {
        (true, _) => 200.0,
        (false, Some(_)) => TITLE_Y,
        (false, None) => TITLE_Y_ALONE,
    };
    let mut y = theme.pxf(top);
    let title_size = if poster { 64.0 } else { TITLE_SIZE };
    for line in wrap(&card.title.render(lang), width, theme.pxf(title_size)).iter().take(2) {
        let style = if poster { theme.bold(title_size, ink) } else { theme.text(title_size, soft) };
        text(area, line, (left, y), &style, HPos::Left, VPos::Top)?;
        y += theme.pxf(title_size * 1.3);
    }
    y += theme.pxf(36.0);
    let big = words.big.render(lang);
    let (size, lines) = big_type(&big, width, theme.scale);
    let colour = if poster { accent } else { ink };
    for line in &lines {
        text(area, line, (left, y), &theme.bold(size, colour), HPos::Left, VPos::Top)?;
        y += theme.pxf(size * 1.2);
    }
    y += theme.pxf(28.0);
    if let Some(line) = &words.line {
        for l in wrap(&line.render(lang), width, theme.pxf(LINE_SIZE)).iter().take(4) {
            text(area, l, (left, y), &theme.text(LINE_SIZE, soft), HPos::Left, VPos::Top)?;
            y += theme.pxf(LINE_SIZE * 1.35);
        }
    }

    if poster {
        let top = y.max(theme.pxf(980.0));
        let facts = story.poster_lines(show_amounts);
        let step = ((theme.pxf(1800.0) - top) / facts.len().max(1) as f64).min(theme.pxf(150.0));
        for (i, fact) in facts.iter().enumerate() {
            let row = top + step * i as f64;
            draw::rect(
                area,
                (left, row + theme.pxf(14.0)),
                (left + theme.pxf(12.0), row + theme.pxf(58.0)),
                theme.series(i).filled(),
            )?;
            let line = draw::fit(&fact.render(lang), width - theme.pxf(40.0), theme.pxf(52.0));
            let at = (left + theme.pxf(40.0), row);
            text(area, &line, at, &theme.bold(52.0, ink), HPos::Left, VPos::Top)?;
        }
        return area.present().map_err(chart_error);
    }

    let frame =
        (left, theme.pxf(CHART_TOP).max(y + theme.pxf(40.0)), w - left, theme.pxf(CHART_BOTTOM));
    match card.chart {
        Some(CardChart::Months) => months(area, report, &theme, lang, frame)?,
        Some(CardChart::Categories) => categories(area, report, &theme, lang, frame)?,
        Some(CardChart::Places) => {
            let places = dots(report);
            let map_theme = Theme { scale: theme.scale * 2.4, dark: true };
            draw_map(area, &map_theme, lang, &places, frame, true)?;
        }
        Some(CardChart::Timing) => timing(area, report, &theme, lang, frame)?,
        None => {}
    }
    area.present().map_err(chart_error)
}

/// The card gradient, top to bottom.
fn background<DB: DrawingBackend>(
    area: &Area<DB>,
    theme: &Theme,
    w: f64,
    h: f64,
) -> Result<(), ChartError> {
    let (top, bottom, _) = theme.card_colors();
    let bands = 48;
    for i in 0..bands {
        let t = f64::from(i) / f64::from(bands - 1);
        let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        let colour = RGBColor(mix(top.0, bottom.0), mix(top.1, bottom.1), mix(top.2, bottom.2));
        let (y0, y1) =
            (h * f64::from(i) / f64::from(bands), h * f64::from(i + 1) / f64::from(bands) + 1.0);
        draw::rect(area, (0.0, y0), (w, y1), colour.filled())?;
    }
    Ok(())
}

/// The size (CSS units of the card) and lines of the big fact: as big as fits in one line up to
/// [`BIG_MAX`], and when that would be smaller than two-thirds of it, two lines wrapped.
fn big_type(s: &str, width: f64, scale: f64) -> (f64, Vec<String>) {
    let one = (width / scale / text_width(s, 1.0).max(1.0) * 0.95).min(BIG_MAX);
    if one >= BIG_MAX * 0.6 {
        return (one, vec![s.to_string()]);
    }
    let size = BIG_MAX * 0.6;
    let lines = wrap(s, width, size * scale);
    let lines: Vec<String> = if lines.len() > 2 {
        let rest = lines[1..].concat();
        vec![lines[0].clone(), draw::fit(&rest, width, size * scale)]
    } else {
        lines
    };
    // A line that still does not fit (one long word) is cut.
    let lines = lines.iter().map(|l| draw::fit(l, width, size * scale)).collect();
    (size, lines)
}

/// Twelve bars of monthly spending, the busiest month in the accent colour, months named below;
/// no amount written.
fn months<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
    (left, top, right, bottom): (f64, f64, f64, f64),
) -> Result<(), ChartError> {
    let max = report.months.iter().map(|m| m.spending_minor).max().unwrap_or(0).max(1);
    let label = 30.0;
    let base = bottom - theme.pxf(label * 1.6);
    let slot = (right - left) / 12.0;
    for (i, m) in report.months.iter().enumerate().take(12) {
        let x = left + slot * i as f64;
        let height = (base - top) * (m.spending_minor.max(0) as f64 / max as f64);
        let colour =
            if Some(m.month) == report.busiest_month { theme.place() } else { theme.series(0) };
        draw::rect(
            area,
            (x + slot * 0.15, base - height.max(theme.pxf(4.0))),
            (x + slot * 0.85, base),
            colour.filled(),
        )?;
        // 1–12 in Chinese, J…D in English: always fits a twelfth of the card.
        let name = match lang {
            Lang::Zh => format!("{}", m.month),
            Lang::En => names::month_short(m.month).get(lang).chars().take(1).collect(),
        };
        let style = theme.text(label, theme.card_soft());
        text(
            area,
            &name,
            (x + slot / 2.0, base + theme.pxf(12.0)),
            &style,
            HPos::Center,
            VPos::Top,
        )?;
    }
    Ok(())
}

/// The top five categories: name, a bar of its share, the share.
fn categories<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
    (left, top, right, bottom): (f64, f64, f64, f64),
) -> Result<(), ChartError> {
    let items: Vec<_> =
        report.categories.items.iter().filter(|c| c.spending_minor > 0).take(5).collect();
    let top_share = items.first().map_or(1, |c| c.share_permille.max(1));
    let row = ((bottom - top) / 5.0).min(theme.pxf(130.0));
    let (_, _, ink) = theme.card_colors();
    for (i, c) in items.iter().enumerate() {
        let y = top + row * i as f64;
        let share = percent(c.share_permille);
        let share_w = text_width(&share, theme.pxf(40.0));
        let name = draw::fit(
            c.category.name().get(lang),
            right - left - share_w - theme.pxf(30.0),
            theme.pxf(42.0),
        );
        text(area, &name, (left, y), &theme.bold(42.0, ink), HPos::Left, VPos::Top)?;
        text(
            area,
            &share,
            (right, y),
            &theme.text(40.0, theme.card_soft()),
            HPos::Right,
            VPos::Top,
        )?;
        let length = (right - left) * (c.share_permille.max(0) as f64 / top_share as f64).min(1.0);
        let bar_y = y + theme.pxf(62.0);
        draw::rect(
            area,
            (left, bar_y),
            (left + length.max(theme.pxf(8.0)), bar_y + theme.pxf(16.0)),
            theme.series(i).filled(),
        )?;
    }
    Ok(())
}

/// The weekday × hour heatmap: seven rows, Monday first, 24 columns, hours 0, 6, 12 and 18
/// named below.
fn timing<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
    (left, top, right, bottom): (f64, f64, f64, f64),
) -> Result<(), ChartError> {
    let label = 30.0;
    let gutter = theme.pxf(90.0);
    let cell = ((right - left - gutter) / 24.0).min((bottom - top - theme.pxf(60.0)) / 7.0);
    let max = report.timing.max_cell_payments.max(1);
    let soft = theme.card_soft();
    for day in 0..7u32 {
        let y = top + cell * f64::from(day);
        let name = names::weekday_short(day).get(lang);
        text(
            area,
            name,
            (left, y + cell / 2.0),
            &theme.text(label, soft),
            HPos::Left,
            VPos::Center,
        )?;
        for hour in 0..24u32 {
            let payments = report
                .timing
                .cells
                .iter()
                .find(|c| c.weekday == day && c.hour == hour)
                .map_or(0, |c| c.payments);
            let level = if payments == 0 { 0 } else { 1 + (payments * 3 / max).min(3) as u8 };
            let x = left + gutter + cell * f64::from(hour);
            draw::rect(
                area,
                (x + 2.0, y + 2.0),
                (x + cell - 2.0, y + cell - 2.0),
                theme.heat(level).filled(),
            )?;
        }
    }
    for hour in [0u32, 6, 12, 18] {
        let x = left + gutter + cell * f64::from(hour);
        let at = (x, top + cell * 7.0 + theme.pxf(12.0));
        text(area, &format!("{hour}"), at, &theme.text(label, soft), HPos::Left, VPos::Top)?;
    }
    Ok(())
}
