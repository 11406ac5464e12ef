//! The keyword card: the keyword of the year large, its reason under it (the number that
//! chose it), and the other keywords whose rules applied.

use super::draw::{self, text, wrap, Area};
use super::{chart_error, measure, ChartError, Theme};
use crate::phrase::labels::{ALSO, CHART_KEYWORD};
use crate::phrase::{sentences, Arg, Phrase};
use crate::present::Lang;
use crate::report::Report;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Draws the keyword of the year of `report` as a card.
pub fn keyword_card<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let k = &report.keyword;
    area.fill(&theme.background()).map_err(chart_error)?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let margin = theme.pxf(super::theme::size::MARGIN);
    // A soft panel with two accent dots, in the palette's orange and blue.
    let panel = theme.translucent(theme.spending(), if theme.dark { 0.16 } else { 0.07 });
    draw::rect(area, (margin, margin), (w - margin, h - margin), panel.filled())?;
    draw::circle(area, (w - margin * 3.0, margin * 3.0), theme.pxf(10.0), theme.place().filled())?;
    draw::circle(
        area,
        (w - margin * 4.8, margin * 3.0),
        theme.pxf(6.0),
        theme.spending().filled(),
    )?;

    let centre = w / 2.0;
    let heading =
        crate::phrase!(sentences::DOT_JOIN, &CHART_KEYWORD, Arg::Year(report.year)).render(lang);
    let small = theme.text(super::theme::size::LABEL, theme.muted());
    let label_px = theme.pxf(super::theme::size::LABEL);
    // Clear of the accent dots in the top right corner.
    let heading = draw::fit(&heading, w - 2.0 * margin * 6.0, label_px);
    text(area, &heading, (centre, margin * 2.5), &small, HPos::Center, VPos::Top)?;

    let word = k.word.render(lang);
    let word = word.as_str();
    let word_css = (((w - 4.0 * margin) / theme.scale)
        / measure::text_width(word, 1.0, true).max(0.01))
    .clamp(12.0, 64.0);
    let word = draw::fit_bold(word, w - 4.0 * margin, theme.pxf(word_css));
    let word = word.as_str();
    let word_style = theme.bold(word_css, theme.ink());
    let word_y = h * 0.40;
    text(area, word, (centre, word_y), &word_style, HPos::Center, VPos::Center)?;
    draw::rect(
        area,
        (centre - theme.pxf(24.0), word_y + theme.pxf(word_css * 0.62)),
        (centre + theme.pxf(24.0), word_y + theme.pxf(word_css * 0.62) + theme.pxf(4.0)),
        theme.highlight().filled(),
    )?;

    let reason_size = super::theme::size::LABEL + 3.0;
    let reason_style = theme.text(reason_size, theme.ink());
    let mut y = word_y + theme.pxf(word_css * 0.62) + theme.pxf(22.0);
    let also_top = h - margin * 2.2 - label_px;
    for line in
        wrap(&k.reason.render(lang), w - 6.0 * margin, theme.pxf(reason_size)).iter().take(3)
    {
        if y + theme.pxf(reason_size) > also_top - theme.pxf(4.0) {
            break;
        }
        text(area, line, (centre, y), &reason_style, HPos::Center, VPos::Top)?;
        y += theme.pxf(reason_size * 1.45);
    }
    let others: Option<Phrase> = k
        .candidates
        .iter()
        .skip(1)
        .take(3)
        .map(|c| c.word.clone())
        .reduce(|all, word| crate::phrase!(sentences::AND_LIST, all, word));
    if let Some(others) = others {
        let also = crate::phrase!(ALSO, others).render(lang);
        let also = draw::fit(&also, w - 4.0 * margin, label_px);
        text(area, &also, (centre, h - margin * 2.2), &small, HPos::Center, VPos::Bottom)?;
    }
    area.present().map_err(chart_error)
}
