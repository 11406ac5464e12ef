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

/// Draws spending per category of `report`.
pub fn categories<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let title = CHART_CATEGORIES.get(lang);
    let items: Vec<_> = report.categories.items.iter().filter(|c| c.spending_minor > 0).collect();
    if items.is_empty() {
        return nothing(area, theme, lang, title);
    }
    let total: i64 = items.iter().map(|c| c.spending_minor).fold(0, i64::saturating_add);
    let top = heading(area, theme, title, &money(report.currency, total))?;
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
    horizontal_bars(area, theme, top, &bars)?;
    area.present().map_err(chart_error)
}
