//! The categories chart: one horizontal bar per category, longest first, with its share and
//! amount; the largest category highlighted.

use super::bars::{horizontal_bars, Bar};
use super::draw::{heading, nothing, Area};
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::CHART_CATEGORIES;
use crate::present::format::{money, percent};
use crate::present::Lang;
use crate::report::Report;
use plotters::prelude::*;

/// The title, subtitle and bars of the categories chart (no bars: nothing to draw).
pub(super) fn parts(report: &Report, lang: Lang) -> (&'static str, String, Vec<Bar>) {
    let title = CHART_CATEGORIES.get(lang);
    let items: Vec<_> = report.categories.items.iter().filter(|c| c.spending_minor > 0).collect();
    let total: i64 = items.iter().map(|c| c.spending_minor).fold(0, i64::saturating_add);
    let bars: Vec<Bar> = items
        .iter()
        .enumerate()
        .map(|(i, c)| Bar {
            label: c.category.name().get(lang).to_string(),
            value: c.spending_minor as f64,
            value_text: format!(
                "{} · {}",
                percent(c.share_permille),
                money(report.currency, c.spending_minor)
            ),
            highlight: i == 0,
        })
        .collect();
    (title, money(report.currency, total), bars)
}

/// Draws spending per category of `report`.
pub fn categories<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let (title, subtitle, bars) = parts(report, lang);
    if bars.is_empty() {
        return nothing(area, theme, lang, title);
    }
    let top = heading(area, theme, title, &subtitle)?;
    horizontal_bars(area, theme, top, &bars)?;
    area.present().map_err(chart_error)
}
