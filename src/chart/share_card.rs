//! The share card: a 1080×1920 story-format picture of the year (the total, the top categories,
//! the keyword with its reason, the places), for people to post themselves. **Amounts are
//! hidden unless `show_amounts`**: then it shows counts, ranks and shares only, and no money
//! value at all. Whether a sentence shows money is asked of its phrase
//! ([`Phrase::shows_money`](crate::phrase::Phrase::shows_money): a typed amount among its
//! arguments), never guessed from its words, so no wording can slip an amount onto the card.

use super::draw::{self, text, text_width, wrap, Area};
use super::places::{dots, draw_map};
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::{
    AMOUNTS_HIDDEN, CARD_DAYS, CARD_PAYMENTS, CARD_SPENT_OVER, CHART_KEYWORD, CITIES_COUNT,
    MADE_WITH, MY_YEAR, PLACES_VISITED, TOP_CATEGORIES,
};
use crate::phrase::{sentences, Arg, Phrase};
use crate::present::format::{integer, money, percent};
use crate::present::Lang;
use crate::report::Report;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The card's size in pixels.
pub const SHARE_CARD_SIZE: (u32, u32) = (1080, 1920);

/// The phrase, when the card may show it: always with amounts shown, and otherwise only when
/// none of its arguments, however deeply nested, is an amount of money.
pub fn shown(phrase: &Phrase, show_amounts: bool) -> Option<&Phrase> {
    (show_amounts || !phrase.shows_money()).then_some(phrase)
}

/// Draws the share card of `report` on `area` (sized 1080×1920, or any 9:16 size).
pub fn share_card<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    lang: Lang,
    show_amounts: bool,
) -> Result<(), ChartError> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    // Lay out in the card's own 1080-wide units.
    let theme = Theme { scale: (w / f64::from(SHARE_CARD_SIZE.0)).max(0.01), dark: true };
    let (top_colour, bottom_colour, ink) = theme.card_colors();
    let bands = 48;
    for i in 0..bands {
        let t = f64::from(i) / f64::from(bands - 1);
        let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        let colour = RGBColor(
            mix(top_colour.0, bottom_colour.0),
            mix(top_colour.1, bottom_colour.1),
            mix(top_colour.2, bottom_colour.2),
        );
        let (y0, y1) =
            (h * f64::from(i) / f64::from(bands), h * f64::from(i + 1) / f64::from(bands) + 1.0);
        draw::rect(area, (0.0, y0), (w, y1), colour.filled())?;
    }
    let soft = theme.card_soft();
    let accent = theme.place();
    let left = theme.pxf(90.0);
    let right = w - theme.pxf(90.0);
    let width = right - left;

    // Heading.
    text(
        area,
        &format!("YEARBOOK · {}", report.year),
        (left, theme.pxf(110.0)),
        &theme.bold(30.0, accent),
        HPos::Left,
        VPos::Top,
    )?;
    text(
        area,
        MY_YEAR.get(lang),
        (left, theme.pxf(160.0)),
        &theme.bold(64.0, ink),
        HPos::Left,
        VPos::Top,
    )?;

    // The total.
    let totals = report.totals();
    let n = report.numbers.get(&report.currency).cloned().unwrap_or_default();
    let mut y = theme.pxf(300.0);
    if show_amounts {
        let spent = money(report.currency, totals.spending);
        let size = (width / theme.scale / text_width(&spent, 1.0).max(1.0)).min(110.0);
        text(area, &spent, (left, y), &theme.bold(size, ink), HPos::Left, VPos::Top)?;
        y += theme.pxf(size * 1.25);
        let line =
            crate::phrase!(CARD_SPENT_OVER, Arg::count(totals.payments), Arg::count(n.active_days))
                .render(lang);
        text(area, &line, (left, y), &theme.text(36.0, soft), HPos::Left, VPos::Top)?;
    } else {
        let count = integer(i64::from(totals.payments));
        text(area, &count, (left, y), &theme.bold(110.0, ink), HPos::Left, VPos::Top)?;
        let unit_x = left + text_width(&count, theme.pxf(110.0)) * 0.9 + theme.pxf(16.0);
        text(
            area,
            &crate::phrase!(CARD_PAYMENTS, Arg::count(totals.payments)).render(lang),
            (unit_x, y + theme.pxf(60.0)),
            &theme.text(40.0, soft),
            HPos::Left,
            VPos::Top,
        )?;
        y += theme.pxf(110.0 * 1.25);
        let days =
            crate::phrase!(CARD_DAYS, Arg::count(n.active_days), Arg::count(n.zero_spend_days));
        let line = crate::phrase!(sentences::DOT_JOIN, days, &AMOUNTS_HIDDEN).render(lang);
        text(area, &line, (left, y), &theme.text(34.0, soft), HPos::Left, VPos::Top)?;
    }

    // The keyword, when the data was enough to choose one.
    y = theme.pxf(560.0);
    let keyword = report.keyword.id != "freshStart";
    if keyword {
        let panel = theme.card_panel();
        draw::rect(
            area,
            (left - theme.pxf(30.0), y),
            (right + theme.pxf(30.0), y + theme.pxf(340.0)),
            panel.filled(),
        )?;
        text(
            area,
            CHART_KEYWORD.get(lang),
            (left, y + theme.pxf(36.0)),
            &theme.text(32.0, soft),
            HPos::Left,
            VPos::Top,
        )?;
        let word = report.keyword.word.render(lang);
        let word = word.as_str();
        let word_size = (width / theme.scale / text_width(word, 1.0).max(1.0)).min(130.0);
        text(
            area,
            word,
            (left, y + theme.pxf(90.0)),
            &theme.bold(word_size, accent),
            HPos::Left,
            VPos::Top,
        )?;
        if let Some(reason) = shown(&report.keyword.reason, show_amounts) {
            let mut line_y = y + theme.pxf(250.0);
            for line in wrap(&reason.render(lang), width, theme.pxf(36.0)).iter().take(3) {
                text(area, line, (left, line_y), &theme.text(36.0, ink), HPos::Left, VPos::Top)?;
                line_y += theme.pxf(48.0);
            }
        }
    }

    // The top categories: rank, name, a bar of the share, the share (and the amount).
    y = theme.pxf(1010.0);
    text(
        area,
        TOP_CATEGORIES.get(lang),
        (left, y),
        &theme.text(32.0, soft),
        HPos::Left,
        VPos::Top,
    )?;
    y += theme.pxf(64.0);
    let top_share = report.categories.items.first().map_or(1, |c| c.share_permille.max(1));
    for (i, c) in
        report.categories.items.iter().filter(|c| c.spending_minor > 0).take(4).enumerate()
    {
        let row = y + theme.pxf(78.0) * i as f64;
        text(
            area,
            &format!("{}", i + 1),
            (left, row),
            &theme.bold(40.0, accent),
            HPos::Left,
            VPos::Top,
        )?;
        text(
            area,
            c.category.name().get(lang),
            (left + theme.pxf(60.0), row),
            &theme.bold(38.0, ink),
            HPos::Left,
            VPos::Top,
        )?;
        let value = if show_amounts {
            format!("{} · {}", percent(c.share_permille), money(report.currency, c.spending_minor))
        } else {
            percent(c.share_permille)
        };
        text(area, &value, (right, row), &theme.text(34.0, soft), HPos::Right, VPos::Top)?;
        let bar_y = row + theme.pxf(52.0);
        let length = (width - theme.pxf(60.0))
            * (c.share_permille.max(0) as f64 / top_share as f64).min(1.0);
        draw::rect(
            area,
            (left + theme.pxf(60.0), bar_y),
            (left + theme.pxf(60.0) + length.max(theme.pxf(6.0)), bar_y + theme.pxf(8.0)),
            theme.series(i).filled(),
        )?;
    }

    // Places: a small map and the cities most paid in; nothing at all when no city was found
    // (not "0 cities" over an empty map).
    let cities = report.places.cities.len();
    if cities > 0 {
        y = theme.pxf(1420.0);
        let places = dots(report);
        let heading = crate::phrase!(
            sentences::DOT_JOIN,
            &PLACES_VISITED,
            crate::phrase!(CITIES_COUNT, Arg::count_of(cities))
        )
        .render(lang);
        text(area, &heading, (left, y), &theme.text(32.0, soft), HPos::Left, VPos::Top)?;
        let map_top = y + theme.pxf(56.0);
        let map = (left, map_top, left + width * 0.55, map_top + theme.pxf(300.0));
        let map_theme = Theme { scale: theme.scale, dark: true };
        draw_map(area, &map_theme, lang, &places, map, false)?;
        let names = report.places.cities.iter().take(5).map(|p| p.name.get(lang));
        for (i, name) in names.enumerate() {
            let row = map_top + theme.pxf(10.0) + theme.pxf(58.0) * i as f64;
            let style = theme.bold(38.0, ink);
            text(area, name, (left + width * 0.6, row), &style, HPos::Left, VPos::Top)?;
        }
    }

    text(
        area,
        MADE_WITH.get(lang),
        (w / 2.0, h - theme.pxf(80.0)),
        &theme.text(26.0, soft),
        HPos::Center,
        VPos::Bottom,
    )?;
    area.present().map_err(chart_error)
}
