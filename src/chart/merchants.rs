//! The top merchants chart: the ten merchants with the most spending as horizontal bars, each
//! with its amount and number of payments.

use super::bars::{horizontal_bars, Bar};
use super::draw::{heading, nothing, Area};
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::{BY_AMOUNT, CHART_MERCHANTS, PAYMENTS_AT};
use crate::phrase::{sentences, Arg};
use crate::present::Lang;
use crate::report::Report;
use plotters::prelude::*;

/// The title, subtitle and bars of the merchants chart (no bars: nothing to draw).
pub(super) fn parts(report: &Report, lang: Lang) -> (&'static str, &'static str, Vec<Bar>) {
    let bars: Vec<Bar> = report
        .merchants
        .by_amount
        .iter()
        .take(10)
        .map(|m| Bar {
            label: m.name.clone(),
            value: m.spending_minor as f64,
            value_text: crate::phrase!(
                sentences::DOT_JOIN,
                Arg::money(report.currency, m.spending_minor),
                crate::phrase!(PAYMENTS_AT, Arg::count(m.payments))
            )
            .render(lang),
            highlight: false,
        })
        .collect();
    (CHART_MERCHANTS.get(lang), BY_AMOUNT.get(lang), bars)
}

/// Draws the top merchants by amount of `report`.
pub fn top_merchants<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let (title, subtitle, bars) = parts(report, lang);
    if bars.is_empty() {
        return nothing(area, theme, lang, title);
    }
    let top = heading(area, theme, title, subtitle)?;
    horizontal_bars(area, theme, top, &bars)?;
    area.present().map_err(chart_error)
}
