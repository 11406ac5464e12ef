//! The annual report, computed from transactions alone: one file per section. The year is an
//! argument (or the latest year in the data); nothing here reads a clock.

mod months;
mod reconcile;

pub use months::MonthTotal;
pub use reconcile::KindTotal;

use crate::model::{Currency, Kind, Transaction};
use chrono::Datelike;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything the page and the command line show for one year.
///
/// Its JSON (`yearbook report --json`) is a contract: `year` and `currencies.<CODE>.{spending,
/// income, transactions}` keep their names; sections are added beside them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The calendar year reported on.
    pub year: i32,
    /// The currency the sections below are drawn in: the one with the most rows this year.
    pub currency: Currency,
    /// Headline totals per currency, in minor units.
    pub currencies: BTreeMap<Currency, Totals>,
    /// Spending and income per month, January first, always 12 entries.
    pub months: Vec<MonthTotal>,
    /// The month (1 = January) with the most spending; the earlier one on a tie.
    pub busiest_month: Option<u32>,
    /// Every row of the year by kind, so the totals can be checked against the file.
    pub reconciliation: Vec<KindTotal>,
    /// Every year in the data with its number of rows, oldest first, to offer the others.
    pub years: Vec<YearCount>,
}

/// Headline totals for one currency, minor units.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// Net spending (expenses after linked refunds), ≥ 0.
    pub spending: i64,
    /// Income, ≥ 0.
    pub income: i64,
    /// Rows of the year in this currency, of every kind.
    pub transactions: u32,
    /// Expense rows.
    pub payments: u32,
}

/// How many rows a year holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct YearCount {
    /// The year.
    pub year: i32,
    /// Its rows.
    pub transactions: u32,
}

impl Report {
    /// Builds the report for `year`, or for the latest year in the data when `None`.
    /// Returns `None` when there is nothing to report on.
    pub fn build(transactions: &[Transaction], year: Option<i32>) -> Option<Report> {
        let years = years(transactions);
        let year = year.or_else(|| years.last().map(|y| y.year))?;
        let mut currencies: BTreeMap<Currency, Totals> = BTreeMap::new();
        for t in transactions.iter().filter(|t| t.time.year() == year) {
            let totals = currencies.entry(t.amount.currency).or_default();
            totals.transactions += 1;
            totals.spending = totals.spending.saturating_add(t.spending_minor);
            match t.kind {
                Kind::Expense => totals.payments += 1,
                Kind::Income => totals.income = totals.income.saturating_add(t.amount.minor),
                _ => {}
            }
        }
        let currency = currencies
            .iter()
            .max_by_key(|(_, totals)| totals.transactions)
            .map_or(Currency::CNY, |(c, _)| *c);
        let in_view: Vec<&Transaction> = transactions
            .iter()
            .filter(|t| t.time.year() == year && t.amount.currency == currency)
            .collect();
        let months = months::by_month(&in_view);
        Some(Report {
            year,
            currency,
            currencies,
            busiest_month: months::busiest(&months),
            months,
            reconciliation: reconcile::by_kind(&in_view),
            years,
        })
    }

    /// The totals in the report's main currency.
    pub fn totals(&self) -> Totals {
        self.currencies.get(&self.currency).copied().unwrap_or_default()
    }
}

fn years(transactions: &[Transaction]) -> Vec<YearCount> {
    let mut counts = BTreeMap::<i32, u32>::new();
    for t in transactions {
        *counts.entry(t.time.year()).or_default() += 1;
    }
    counts.into_iter().map(|(year, transactions)| YearCount { year, transactions }).collect()
}
