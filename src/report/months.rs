//! Report section: spending and income per calendar month.

use crate::model::{Kind, Transaction};
use chrono::Datelike;
use serde::{Deserialize, Serialize};

/// One month's totals, minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MonthTotal {
    /// 1 = January.
    pub month: u32,
    /// Net spending in the month.
    pub spending_minor: i64,
    /// Income in the month.
    pub income_minor: i64,
    /// Expense rows in the month.
    pub n_payments: u32,
}

/// The month (1 = January) with the most spending, if any month has spending.
pub(super) fn busiest(months: &[MonthTotal]) -> Option<u32> {
    months
        .iter()
        .filter(|m| m.spending_minor > 0)
        .max_by_key(|m| (m.spending_minor, std::cmp::Reverse(m.month)))
        .map(|m| m.month)
}

/// Twelve months of totals for transactions of one year.
pub(super) fn by_month(transactions: &[&Transaction]) -> Vec<MonthTotal> {
    let mut months: Vec<MonthTotal> = (1..=12)
        .map(|month| MonthTotal { month, spending_minor: 0, income_minor: 0, n_payments: 0 })
        .collect();
    for t in transactions {
        let Some(slot) = months.get_mut(t.time.month0() as usize) else { continue };
        slot.spending_minor = slot.spending_minor.saturating_add(t.spending_minor);
        match t.kind {
            Kind::Expense => slot.n_payments += 1,
            Kind::Income => slot.income_minor = slot.income_minor.saturating_add(t.amount.minor),
            _ => {}
        }
    }
    months
}
