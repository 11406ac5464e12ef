//! `describe_report`: every report section as display data. A [`Section`] holds its title,
//! summary sentences, the id of the chart that goes with it (see `chart::CHARTS`) and tables
//! of display strings (money already formatted with the currency), so the page and
//! `report.html` render sections generically and compute nothing. A section with nothing to
//! show is left out, and one last section, `notShown`, says which and why, one line per reason.

use super::sections::{self, LeftOut, NOT_SHOWN};
use super::Lang;
use crate::phrase::sentences as s;
use crate::report::Report;
use serde::Serialize;

/// One report section, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    /// Stable id: `numbers`, `months`, `categories`, `merchants`, `calendar`, `timing`,
    /// `places`, `keyword`, `portrait`, `flow`, `whatCounts`, `yearOverYear`, and `notShown`
    /// for the sections left out.
    pub id: String,
    /// The section's title.
    pub title: String,
    /// Plain sentences, most important first.
    pub summary: Vec<String>,
    /// The chart drawn with this section (an id of `chart::CHARTS`), if any.
    pub chart: Option<String>,
    /// The data behind it, as tables.
    pub tables: Vec<Table>,
    /// A caveat to show in small print (how places are inferred, what was merged).
    pub note: Option<String>,
}

/// A table of display strings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Table {
    /// What the table lists.
    pub caption: String,
    /// Column headings.
    pub columns: Vec<String>,
    /// Per column: whether it holds numbers (to right-align them).
    pub numeric: Vec<bool>,
    /// Rows, each with one string per column.
    pub rows: Vec<Vec<String>>,
    /// Per row, a stable id the page can act on (a place's id, to remove a wrongly inferred
    /// place); empty when rows are not actionable.
    pub row_ids: Vec<String>,
}

impl Table {
    /// An empty table with `columns`; a column whose heading is given with `numeric` true
    /// is right-aligned.
    pub(super) fn new(caption: impl Into<String>, columns: &[(&str, bool)]) -> Table {
        Table {
            caption: caption.into(),
            columns: columns.iter().map(|(c, _)| c.to_string()).collect(),
            numeric: columns.iter().map(|(_, n)| *n).collect(),
            rows: Vec::new(),
            row_ids: Vec::new(),
        }
    }

    /// Adds a row (padded or cut to the number of columns).
    pub(super) fn push(&mut self, mut row: Vec<String>) {
        row.resize(self.columns.len(), String::new());
        self.rows.push(row);
    }
}

/// The sections of `report` in `lang`, in reading order: those with something to show, then
/// `notShown` when any were left out.
pub fn describe_report(report: &Report, lang: Lang) -> Vec<Section> {
    let described = [
        sections::numbers(report, lang),
        sections::months(report, lang),
        sections::categories(report, lang),
        sections::merchants(report, lang),
        sections::calendar(report, lang),
        sections::timing(report, lang),
        sections::places(report, lang),
        sections::keyword(report, lang),
        sections::portrait(report, lang),
        sections::flow(report, lang),
        sections::what_counts(report, lang),
        sections::year_over_year(report, lang),
    ];
    let mut shown = Vec::new();
    let mut left_out: Vec<LeftOut> = Vec::new();
    for d in described {
        match d {
            Ok(section) => shown.push(section),
            Err(l) => left_out.push(l),
        }
    }
    if !left_out.is_empty() {
        let mut not_shown = Section {
            id: "notShown".to_string(),
            title: NOT_SHOWN.get(lang).to_string(),
            summary: Vec::new(),
            chart: None,
            tables: Vec::new(),
            note: None,
        };
        // One line per reason, naming every section it leaves out, in reading order.
        let mut reasons: Vec<&crate::phrase::Phrase> = Vec::new();
        for l in &left_out {
            if !reasons.contains(&&l.why) {
                reasons.push(&l.why);
            }
        }
        for why in reasons {
            let titles = left_out
                .iter()
                .filter(|l| l.why == *why)
                .map(|l| crate::phrase::Phrase::new(l.title))
                .reduce(|all, t| crate::phrase!(s::AND_LIST, all, t));
            if let Some(titles) = titles {
                not_shown
                    .summary
                    .push(crate::phrase!(s::LEFT_OUT, titles, why.clone()).render(lang));
            }
        }
        shown.push(not_shown);
    }
    shown
}
