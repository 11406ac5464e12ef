//! The annual report, computed from transactions alone: one file per section. The year is an
//! argument (or the busiest year in the data); nothing here reads a clock.

mod months;
mod reconcile;

pub use months::MonthTotal;
pub use reconcile::KindTotal;

use crate::model::{Currency, Kind, Transaction};
use chrono::Datelike;
use serde::{Deserialize, Serialize};

/// Everything the page and the command line show for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The calendar year reported on.
    pub year: i32,
    /// The currency of every total.
    pub currency: Currency,
    /// Net spending in the year (expenses after linked refunds), minor units.
    pub spending_minor: i64,
    /// Income in the year, minor units.
    pub income_minor: i64,
    /// Number of expense rows in the year.
    pub n_payments: u32,
    /// Spending and income per month, January first, always 12 entries.
    pub months: Vec<MonthTotal>,
    /// Every row of the year by kind, so the totals can be checked against the file.
    pub reconciliation: Vec<KindTotal>,
    /// Rows outside the reported year, not counted.
    pub rows_outside_year: u32,
}

impl Report {
    /// Builds the report for `year`, or for the year with the most transactions when `None`.
    /// Returns `None` when there is nothing to report on.
    pub fn build(transactions: &[Transaction], year: Option<i32>) -> Option<Report> {
        let year = year.or_else(|| busiest_year(transactions))?;
        let in_year: Vec<&Transaction> =
            transactions.iter().filter(|t| t.time.year() == year).collect();
        let spending_minor = total(in_year.iter().map(|t| t.spending_minor));
        let income_minor =
            total(in_year.iter().filter(|t| t.kind == Kind::Income).map(|t| t.amount.minor));
        let n_payments = in_year.iter().filter(|t| t.kind == Kind::Expense).count();
        Some(Report {
            year,
            currency: Currency::Cny,
            spending_minor,
            income_minor,
            n_payments: u32::try_from(n_payments).unwrap_or(u32::MAX),
            months: months::by_month(&in_year),
            reconciliation: reconcile::by_kind(&in_year),
            rows_outside_year: u32::try_from(transactions.len() - in_year.len())
                .unwrap_or(u32::MAX),
        })
    }
}

/// Sums minor units, saturating: absurd amounts in a hostile file must not overflow.
pub(crate) fn total(values: impl Iterator<Item = i64>) -> i64 {
    values.fold(0i64, i64::saturating_add)
}

/// The year holding the most transactions; the later year on a tie.
fn busiest_year(transactions: &[Transaction]) -> Option<i32> {
    let mut counts = std::collections::BTreeMap::<i32, usize>::new();
    for t in transactions {
        *counts.entry(t.time.year()).or_default() += 1;
    }
    counts.into_iter().max_by_key(|&(year, n)| (n, year)).map(|(year, _)| year)
}
