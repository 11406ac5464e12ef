//! One function per report section, each returning its [`Section`] — or, when the section has
//! nothing to show, why it is left out ([`LeftOut`]), which `describe_report` says once, in one
//! line. Grouped by what they describe: spending (§1–4), habits (§5–9), accounts (§10–12).
//! Every word comes from a `phrase` catalogue and is rendered here, in the reader's language.

mod accounts;
mod habits;
mod spending;

pub(super) use accounts::{flow, what_counts, year_over_year};
pub(super) use habits::{calendar, keyword, places, portrait, timing};
pub(super) use spending::{categories, merchants, months, numbers};

use super::describe::{Section, Table};
use super::Lang;
use crate::phrase::{labels as l, sentences as s, Arg, Phrase, Template};
use crate::report::Report;

/// A section with nothing to show: its title and why.
#[derive(Debug, Clone)]
pub(super) struct LeftOut {
    /// The section's title.
    pub title: &'static Template,
    /// Why it is left out, without a full stop.
    pub why: Phrase,
}

/// What a section function gives: the section, or why it is left out.
pub(super) type Described = Result<Section, LeftOut>;

/// Leaves the section titled `title` out, for `why`.
fn left_out(title: &'static Template, why: Phrase) -> Described {
    Err(LeftOut { title, why })
}

/// An empty section.
fn section(id: &str, title: &'static Template, lang: Lang, chart: Option<&str>) -> Section {
    Section {
        id: id.to_string(),
        title: title.get(lang).to_string(),
        summary: Vec::new(),
        chart: chart.map(str::to_string),
        tables: Vec::new(),
        note: None,
    }
}

/// A table captioned `caption` with `columns` (heading, whether it holds numbers).
fn table(caption: &str, columns: &[(&'static Template, bool)], lang: Lang) -> Table {
    let columns: Vec<(&str, bool)> = columns.iter().map(|(t, n)| (t.get(lang), *n)).collect();
    Table::new(caption, &columns)
}

/// Money in the report's currency.
fn money(report: &Report, minor: i64) -> Arg {
    Arg::money(report.currency, minor)
}

/// A cell of money in the report's currency.
fn money_cell(report: &Report, minor: i64) -> String {
    crate::phrase::money(crate::model::Money { minor, currency: report.currency })
}

/// Phrases as one list in `lang` ("a, b, c" / "a、b、c").
fn list(items: impl IntoIterator<Item = Phrase>) -> Option<Phrase> {
    items.into_iter().reduce(|all, item| crate::phrase!(s::AND_LIST, all, item))
}

/// A word with its detail in brackets: "Last year (2023)", "Biggest day (3 Mar)".
fn with_detail(word: &'static Template, detail: impl Into<Arg>) -> Phrase {
    crate::phrase!(s::WITH_DETAIL, word, detail.into())
}

/// The title of the line of sections left out.
pub(super) const NOT_SHOWN: &Template = &l::NOT_SHOWN;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod truth;
