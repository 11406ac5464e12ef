//! One function per report section, each returning its [`Section`]: the sentences and tables
//! of `describe_report`. Grouped by what they describe: spending (§1–4), habits (§5–9),
//! accounts (§10–12).

mod accounts;
mod habits;
mod spending;

pub(super) use accounts::{flow, what_counts, year_over_year};
pub(super) use habits::{calendar, keyword, places, portrait, timing};
pub(super) use spending::{categories, merchants, months, numbers};

use super::describe::Section;
use super::i18n::Word;
use super::{format, Lang};
use crate::report::Report;

/// Picks the sentence in `lang`.
fn tr(lang: Lang, zh: String, en: String) -> String {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// An empty section.
fn section(id: &str, title: Word, lang: Lang, chart: Option<&str>) -> Section {
    Section {
        id: id.to_string(),
        title: title.get(lang).to_string(),
        summary: Vec::new(),
        chart: chart.map(str::to_string),
        tables: Vec::new(),
        note: None,
    }
}

/// Money in the report's currency.
fn money(report: &Report, minor: i64) -> String {
    format::money(report.currency, minor)
}

#[cfg(test)]
mod tests;
