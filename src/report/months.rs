//! Report section 2: spending and income per calendar month, the running total of spending, and
//! the previous year's months and running total beside them when the data has that year (for
//! a cumulative "this year vs last year" curve).

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
    /// Spending from 1 January to the end of this month.
    pub cumulative_spending_minor: i64,
    /// The same month's spending a year earlier, when the data has the previous year.
    pub previous_spending_minor: Option<i64>,
    /// The previous year's spending from 1 January to the end of this month, when the data has
    /// the previous year.
    pub previous_cumulative_spending_minor: Option<i64>,
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
        .map(|month| MonthTotal {
            month,
            spending_minor: 0,
            income_minor: 0,
            n_payments: 0,
            cumulative_spending_minor: 0,
            previous_spending_minor: None,
            previous_cumulative_spending_minor: None,
        })
        .collect();
    for t in transactions {
        let Some(slot) = months.get_mut(t.time.month0() as usize) else { continue };
        slot.spending_minor = slot.spending_minor.saturating_add(t.spending_minor());
        match t.kind {
            Kind::Expense => slot.n_payments += 1,
            Kind::Income => slot.income_minor = slot.income_minor.saturating_add(t.amount.minor),
            _ => {}
        }
    }
    let mut running = 0i64;
    for m in &mut months {
        running = running.saturating_add(m.spending_minor);
        m.cumulative_spending_minor = running;
    }
    months
}

/// Puts the previous year's months (from [`by_month`]) beside this year's.
pub(super) fn compare(months: &mut [MonthTotal], previous: &[MonthTotal]) {
    for (m, p) in months.iter_mut().zip(previous) {
        m.previous_spending_minor = Some(p.spending_minor);
        m.previous_cumulative_spending_minor = Some(p.cumulative_spending_minor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing::{refs, tx, Tx};

    #[test]
    fn cumulative_spending_and_the_previous_year() {
        let this = vec![
            tx("2024-01-31 23:59", 1000),
            tx("2024-02-29 12:00", 2500),
            tx("2024-02-01 12:00", 4000).spent(1500), // partly refunded
            tx("2024-04-10", 700),
            tx("2024-04-11", 90000).kind(Kind::Income),
        ];
        let last = vec![tx("2023-01-05", 300), tx("2023-03-05", 1200), tx("2023-12-31", 50)];
        let mut months = by_month(&refs(&this));
        let previous = by_month(&refs(&last));
        compare(&mut months, &previous);
        let cumulative: Vec<i64> = months.iter().map(|m| m.cumulative_spending_minor).collect();
        assert_eq!(
            cumulative,
            [1000, 5000, 5000, 5700, 5700, 5700, 5700, 5700, 5700, 5700, 5700, 5700]
        );
        assert_eq!(months[1].spending_minor, 4000, "2500 + 1500");
        assert_eq!(months[1].n_payments, 2);
        assert_eq!(months[3].income_minor, 90000);
        let before: Vec<Option<i64>> =
            months.iter().map(|m| m.previous_cumulative_spending_minor).collect();
        assert_eq!(before[0], Some(300));
        assert_eq!(before[2], Some(1500), "300 + 1200");
        assert_eq!(before[11], Some(1550));
        assert_eq!(months[2].previous_spending_minor, Some(1200));
        assert_eq!(busiest(&months), Some(2));
    }

    #[test]
    fn no_previous_year_leaves_the_comparison_empty() {
        let months = by_month(&refs(&[tx("2024-06-01", 100)]));
        assert!(months.iter().all(|m| m.previous_cumulative_spending_minor.is_none()));
        assert_eq!(busiest(&by_month(&[])), None);
    }
}
