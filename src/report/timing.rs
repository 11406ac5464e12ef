//! Report section 6, when you pay: payments and spending by weekday × hour (7 × 24 cells, Monday
//! first), late-night payments (00:00–04:59) and weekend against weekday.
//!
//! Times are wall-clock as the statement wrote them, never shifted through a time zone. Rows
//! with a date only (`has_time == false`, most bank exports) have no hour: they are left out
//! of the hour cells and the late-night count and counted in `paymentsWithoutTime`, but their
//! date still places them on a weekday or the weekend. Expense rows only; amounts are net of
//! refunds.

use super::share::permille;
use crate::model::{Kind, Transaction};
use chrono::{Datelike, Timelike};
use serde::{Deserialize, Serialize};

/// The first hour after late night.
pub const LATE_NIGHT_END_HOUR: u32 = 5;

/// The when-you-pay section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Timing {
    /// 168 cells, Monday 00:00 first, then Monday 01:00, …, Sunday 23:00.
    pub cells: Vec<HourCell>,
    /// The most payments in one cell, for the colour scale.
    pub max_cell_payments: u32,
    /// The cell with the most payments (the earliest in the week on a tie).
    pub busiest: Option<HourCell>,
    /// Payments with a time of day.
    pub payments_with_time: u32,
    /// Payments with a date only, left out of the cells and the late-night count.
    pub payments_without_time: u32,
    /// Their net spending.
    pub spending_without_time_minor: i64,
    /// Late night ends at this hour (5: payments from 00:00 to 04:59 are late-night).
    pub late_night_end_hour: u32,
    /// Payments from 00:00 to 04:59; shares are of the payments with a time.
    pub late_night: Slot,
    /// Saturday and Sunday; shares are of all payments.
    pub weekend: Slot,
    /// Monday to Friday; shares are of all payments.
    pub weekdays: Slot,
}

/// Payments in one weekday-and-hour cell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HourCell {
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u32,
    /// 0–23, wall-clock.
    pub hour: u32,
    /// Expense rows.
    pub payments: u32,
    /// Their net spending, minor units.
    pub spending_minor: i64,
}

/// Payments in a slice of time and their shares.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Slot {
    /// Expense rows.
    pub payments: u32,
    /// Their net spending, minor units.
    pub spending_minor: i64,
    /// Share of the payments, per-mille.
    pub payments_share_permille: i64,
    /// Share of the spending, per-mille.
    pub spending_share_permille: i64,
}

impl Slot {
    fn add(&mut self, t: &Transaction) {
        self.payments += 1;
        self.spending_minor = self.spending_minor.saturating_add(t.spending_minor());
    }

    fn shares(mut self, payments: u32, spending: i64) -> Slot {
        self.payments_share_permille = permille(i64::from(self.payments), i64::from(payments));
        self.spending_share_permille = permille(self.spending_minor, spending);
        self
    }
}

/// The when-you-pay section for one year's rows in one currency.
pub(super) fn compute(rows: &[&Transaction]) -> Timing {
    let mut cells: Vec<HourCell> = (0..7u32)
        .flat_map(|weekday| {
            (0..24u32).map(move |hour| HourCell { weekday, hour, ..HourCell::default() })
        })
        .collect();
    let mut timing = Timing { late_night_end_hour: LATE_NIGHT_END_HOUR, ..Timing::default() };
    let (mut timed_spending, mut all_spending, mut all_payments) = (0i64, 0i64, 0u32);
    for t in rows.iter().filter(|t| t.kind == Kind::Expense) {
        let weekday = t.time.weekday().num_days_from_monday();
        all_payments += 1;
        all_spending = all_spending.saturating_add(t.spending_minor());
        if weekday >= 5 {
            timing.weekend.add(t);
        } else {
            timing.weekdays.add(t);
        }
        if !t.has_time {
            timing.payments_without_time += 1;
            timing.spending_without_time_minor =
                timing.spending_without_time_minor.saturating_add(t.spending_minor());
            continue;
        }
        let hour = t.time.hour();
        timing.payments_with_time += 1;
        timed_spending = timed_spending.saturating_add(t.spending_minor());
        if hour < LATE_NIGHT_END_HOUR {
            timing.late_night.add(t);
        }
        if let Some(cell) = cells.get_mut((weekday * 24 + hour) as usize) {
            cell.payments += 1;
            cell.spending_minor = cell.spending_minor.saturating_add(t.spending_minor());
        }
    }
    timing.late_night = timing.late_night.shares(timing.payments_with_time, timed_spending);
    timing.weekend = timing.weekend.shares(all_payments, all_spending);
    timing.weekdays = timing.weekdays.shares(all_payments, all_spending);
    timing.max_cell_payments = cells.iter().map(|c| c.payments).max().unwrap_or(0);
    timing.busiest = cells
        .iter()
        .filter(|c| c.payments > 0)
        .max_by_key(|c| (c.payments, std::cmp::Reverse(c.weekday * 24 + c.hour)))
        .copied();
    timing.cells = cells;
    timing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing::{refs, tx, Tx};

    #[test]
    fn weekday_hour_buckets_late_night_and_weekend() {
        let rows = vec![
            tx("2024-03-04 00:00", 100), // Monday, midnight: late night
            tx("2024-03-04 04:59", 200), // Monday 04:xx: late night
            tx("2024-03-04 05:00", 300), // Monday 05:00: not late night
            tx("2024-03-09 23:59", 400), // Saturday 23:xx
            tx("2024-03-10 12:30", 500), // Sunday 12:xx
            tx("2024-03-10 12:45", 600), // Sunday 12:xx again
            tx("2024-03-10", 1000),      // Sunday, no time
            tx("2024-03-05", 2000),      // Tuesday, no time
            tx("2024-03-05 03:00", 9999).kind(Kind::Transfer), // not a payment
        ];
        let t = compute(&refs(&rows));
        assert_eq!(t.cells.len(), 168);
        let cell = |weekday: u32, hour: u32| t.cells[(weekday * 24 + hour) as usize];
        assert_eq!((cell(0, 0).payments, cell(0, 0).spending_minor), (1, 100));
        assert_eq!(cell(0, 4).payments, 1);
        assert_eq!(cell(0, 5).payments, 1);
        assert_eq!(cell(5, 23).payments, 1);
        assert_eq!((cell(6, 12).payments, cell(6, 12).spending_minor), (2, 1100));
        assert_eq!(cell(6, 0).payments, 0, "the date-only Sunday row has no hour");
        assert_eq!(cell(1, 3).payments, 0, "transfers are not payments");
        assert_eq!(t.cells.iter().map(|c| c.payments).sum::<u32>(), 6);
        assert_eq!((t.payments_with_time, t.payments_without_time), (6, 2));
        assert_eq!(t.spending_without_time_minor, 3000);
        // Late night: 2 of 6 timed payments (333‰), ¥3 of ¥21 timed spending (143‰).
        assert_eq!(
            t.late_night,
            Slot {
                payments: 2,
                spending_minor: 300,
                payments_share_permille: 333,
                spending_share_permille: 143
            }
        );
        // Weekend: Sat 400 + Sun 500 + 600 + 1000 = 2500 of 5100 (490‰); 4 of 8 payments.
        assert_eq!(
            t.weekend,
            Slot {
                payments: 4,
                spending_minor: 2500,
                payments_share_permille: 500,
                spending_share_permille: 490
            }
        );
        assert_eq!(t.weekdays.spending_minor, 2600);
        assert_eq!(t.weekdays.spending_share_permille, 510);
        assert_eq!(t.max_cell_payments, 2);
        assert_eq!(t.busiest.map(|c| (c.weekday, c.hour)), Some((6, 12)));
    }

    #[test]
    fn without_any_time_the_cells_stay_empty() {
        let rows = vec![tx("2024-03-04", 100), tx("2024-03-09", 100)];
        let t = compute(&refs(&rows));
        assert_eq!((t.payments_with_time, t.payments_without_time), (0, 2));
        assert_eq!(t.busiest, None);
        assert_eq!(t.late_night.payments_share_permille, 0);
        assert_eq!(t.weekend.payments_share_permille, 500);
    }
}
