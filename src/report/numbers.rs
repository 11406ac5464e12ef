//! Report section 1, the year in numbers, per currency: spending, income, net, payments, active
//! days, averages, the biggest purchase, the most frequent merchant and the longest run of days
//! without spending.
//!
//! **Covered days.** A statement rarely spans the whole calendar year (an export made in
//! August, an account opened in March), so averages divide by the days the data covers: from the
//! date of the first row of the year to the date of the last, inclusive, whatever their kind
//! (a transfer on 3 January shows the statement was already running). `averagePerDayMinor` is
//! spending ÷ covered days and `averagePerMonthMinor` is spending ÷ covered months, the calendar
//! months from the first covered date to the last (a partial month counts as a month), both
//! rounded half up. Zero-spend days and the longest streak are counted inside the same span.
//!
//! An **active day** has at least one payment that still counts after refunds (net spending
//! above zero); a purchase refunded in full does not make a day active.

use super::merchants::MerchantNames;
use super::share::div_round;
use crate::model::{Category, Kind, Source, Transaction};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The year in numbers for one currency, minor units.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct YearInNumbers {
    /// Net spending (after refunds).
    pub spending_minor: i64,
    /// Income.
    pub income_minor: i64,
    /// Income − spending (negative when more went out than came in).
    pub net_minor: i64,
    /// Expense rows.
    pub payments: u32,
    /// Days with spending that still counts after refunds.
    pub active_days: u32,
    /// The first date of the year the data covers (first row of any kind).
    pub first_date: Option<NaiveDate>,
    /// The last date of the year the data covers.
    pub last_date: Option<NaiveDate>,
    /// Days from `firstDate` to `lastDate`, inclusive.
    pub covered_days: u32,
    /// Calendar months from `firstDate`'s to `lastDate`'s, inclusive.
    pub covered_months: u32,
    /// Covered days without spending.
    pub zero_spend_days: u32,
    /// Spending ÷ covered days, rounded.
    pub average_per_day_minor: i64,
    /// Spending ÷ covered months, rounded.
    pub average_per_month_minor: i64,
    /// The payment with the most net spending (the earliest on a tie).
    pub biggest_purchase: Option<Purchase>,
    /// The merchant paid most often (more spending, then name, on a tie).
    pub most_frequent_merchant: Option<FrequentMerchant>,
    /// The longest run of covered days without spending (the earliest on a tie).
    pub longest_streak_without_spending: Option<Streak>,
}

/// One payment, enough to show it and find it in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Purchase {
    /// The export it came from.
    pub source: Source,
    /// Its 1-based line in that file.
    pub row: u32,
    /// The date.
    pub date: NaiveDate,
    /// The cleaned merchant name.
    pub merchant: String,
    /// The counterparty as written.
    pub counterparty: String,
    /// The item.
    pub description: String,
    /// Net spending, minor units.
    pub amount_minor: i64,
    /// Its category.
    pub category: Category,
}

/// The merchant paid most often.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FrequentMerchant {
    /// The cleaned name.
    pub merchant: String,
    /// Payments there.
    pub payments: u32,
    /// Net spending there.
    pub spending_minor: i64,
}

/// A run of consecutive days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Streak {
    /// How many days.
    pub days: u32,
    /// The first day.
    pub from: NaiveDate,
    /// The last day.
    pub to: NaiveDate,
}

/// The first and last dates of the rows, any kind.
pub(super) fn coverage(rows: &[&Transaction]) -> Option<(NaiveDate, NaiveDate)> {
    let first = rows.iter().map(|t| t.time.date()).min()?;
    let last = rows.iter().map(|t| t.time.date()).max()?;
    Some((first, last))
}

/// Dates with spending that still counts.
pub(super) fn active_dates(rows: &[&Transaction]) -> BTreeSet<NaiveDate> {
    rows.iter()
        .filter(|t| t.kind == Kind::Expense && t.spending_minor > 0)
        .map(|t| t.time.date())
        .collect()
}

/// The year in numbers for one year's rows in one currency.
pub(super) fn compute(rows: &[&Transaction], names: &MerchantNames) -> YearInNumbers {
    let mut n = YearInNumbers::default();
    let mut merchants: BTreeMap<&str, (u32, i64)> = BTreeMap::new();
    let mut biggest: Option<&Transaction> = None;
    for t in rows {
        n.spending_minor = n.spending_minor.saturating_add(t.spending_minor);
        match t.kind {
            Kind::Income => n.income_minor = n.income_minor.saturating_add(t.amount.minor),
            Kind::Expense => {
                n.payments += 1;
                let name = names.of(t);
                if !name.is_empty() {
                    let m = merchants.entry(name).or_default();
                    m.0 += 1;
                    m.1 = m.1.saturating_add(t.spending_minor);
                }
                let bigger = biggest.is_none_or(|b| {
                    (t.spending_minor, std::cmp::Reverse(t.time))
                        > (b.spending_minor, std::cmp::Reverse(b.time))
                });
                if t.spending_minor > 0 && bigger {
                    biggest = Some(t);
                }
            }
            _ => {}
        }
    }
    n.net_minor = n.income_minor.saturating_sub(n.spending_minor);
    n.biggest_purchase = biggest.map(|t| Purchase {
        source: t.source,
        row: t.row,
        date: t.time.date(),
        merchant: names.of(t).to_string(),
        counterparty: t.counterparty.to_string(),
        description: t.description.clone(),
        amount_minor: t.spending_minor,
        category: t.category,
    });
    n.most_frequent_merchant = merchants
        .iter()
        .max_by(|a, b| {
            (a.1 .0, a.1 .1, std::cmp::Reverse(a.0)).cmp(&(b.1 .0, b.1 .1, std::cmp::Reverse(b.0)))
        })
        .map(|(name, (payments, spending))| FrequentMerchant {
            merchant: name.to_string(),
            payments: *payments,
            spending_minor: *spending,
        });
    let active = active_dates(rows);
    n.active_days = u32::try_from(active.len()).unwrap_or(u32::MAX);
    if let Some((first, last)) = coverage(rows) {
        n.first_date = Some(first);
        n.last_date = Some(last);
        n.covered_days = u32::try_from((last - first).num_days() + 1).unwrap_or(0);
        let months = (last.year() - first.year()) * 12 + last.month() as i32 - first.month() as i32;
        n.covered_months = u32::try_from(months + 1).unwrap_or(0);
        n.zero_spend_days = n.covered_days.saturating_sub(n.active_days);
        n.average_per_day_minor = div_round(n.spending_minor, n.covered_days);
        n.average_per_month_minor = div_round(n.spending_minor, n.covered_months);
        n.longest_streak_without_spending = longest_gap(first, last, &active);
    }
    n
}

/// The longest run of days from `first` to `last` (inclusive) not in `active`; the earliest of
/// equally long runs.
pub(super) fn longest_gap(
    first: NaiveDate,
    last: NaiveDate,
    active: &BTreeSet<NaiveDate>,
) -> Option<Streak> {
    let mut best: Option<Streak> = None;
    let mut current: Option<Streak> = None;
    let mut day = first;
    while day <= last {
        if active.contains(&day) {
            current = None;
        } else {
            let run = match current {
                Some(s) => Streak { days: s.days + 1, from: s.from, to: day },
                None => Streak { days: 1, from: day, to: day },
            };
            if best.is_none_or(|b| run.days > b.days) {
                best = Some(run);
            }
            current = Some(run);
        }
        let Some(next) = day.succ_opt() else { break };
        day = next;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::places::Gazetteer;
    use crate::report::testing::{refs, tx, Tx};

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn numbers(rows: &[Transaction]) -> YearInNumbers {
        let rows = refs(rows);
        compute(&rows, &MerchantNames::new(&rows, &Gazetteer::new()))
    }

    #[test]
    fn headline_numbers_and_averages() {
        let rows = vec![
            tx("2024-01-15 09:00", 0).kind(Kind::Transfer), // opens the covered span
            tx("2024-01-20 12:00", 3000).from("麦当劳(南山店)"),
            tx("2024-01-20 19:00", 2000).from("麦当劳(科技园店)"),
            tx("2024-02-03 10:00", 10000).from("优衣库").cat(Category::Shopping),
            tx("2024-02-05 10:00", 8000).from("退货店").spent(0), // fully refunded
            tx("2024-03-14 18:00", 500000).kind(Kind::Income).from("公司"),
        ];
        let n = numbers(&rows);
        assert_eq!(n.spending_minor, 15000, "3000 + 2000 + 10000 + 0");
        assert_eq!(n.income_minor, 500000);
        assert_eq!(n.net_minor, 485000);
        assert_eq!(n.payments, 4, "the refunded purchase is still a payment");
        assert_eq!(n.active_days, 2, "20 Jan and 3 Feb; 5 Feb was refunded in full");
        // 15 Jan – 14 Mar 2024: 17 + 29 + 14 = 60 days, 3 months.
        assert_eq!(
            (n.first_date, n.last_date),
            (Some(date("2024-01-15")), Some(date("2024-03-14")))
        );
        assert_eq!((n.covered_days, n.covered_months, n.zero_spend_days), (60, 3, 58));
        assert_eq!(n.average_per_day_minor, 250, "15000 / 60");
        assert_eq!(n.average_per_month_minor, 5000, "15000 / 3");
        let biggest = n.biggest_purchase.expect("a purchase");
        assert_eq!((biggest.merchant.as_str(), biggest.amount_minor), ("优衣库", 10000));
        let frequent = n.most_frequent_merchant.expect("a merchant");
        assert_eq!(
            (frequent.merchant.as_str(), frequent.payments, frequent.spending_minor),
            ("麦当劳", 2, 5000)
        );
        // 21 Jan – 2 Feb is 13 days; 4 Feb – 14 Mar (the refunded 5 Feb included) is
        // 26 + 14 = 40 days.
        let streak = n.longest_streak_without_spending.expect("a streak");
        assert_eq!(streak, Streak { days: 40, from: date("2024-02-04"), to: date("2024-03-14") });
    }

    #[test]
    fn streak_across_month_end_in_a_leap_year() {
        let active: BTreeSet<NaiveDate> = ["2024-02-26", "2024-03-03", "2023-02-26", "2023-03-03"]
            .iter()
            .map(|d| date(d))
            .collect();
        // 27, 28, 29 Feb, 1, 2 Mar 2024.
        let leap = longest_gap(date("2024-02-26"), date("2024-03-03"), &active).expect("gap");
        assert_eq!(leap, Streak { days: 5, from: date("2024-02-27"), to: date("2024-03-02") });
        // 27, 28 Feb, 1, 2 Mar 2023.
        let common = longest_gap(date("2023-02-26"), date("2023-03-03"), &active).expect("gap");
        assert_eq!(common, Streak { days: 4, from: date("2023-02-27"), to: date("2023-03-02") });
    }

    #[test]
    fn streak_ties_go_to_the_earliest_and_year_end_counts() {
        let active: BTreeSet<NaiveDate> =
            ["2023-12-03", "2023-12-06"].iter().map(|d| date(d)).collect();
        let gap = longest_gap(date("2023-12-01"), date("2023-12-31"), &active).expect("gap");
        assert_eq!(gap, Streak { days: 25, from: date("2023-12-07"), to: date("2023-12-31") });
        let tie = longest_gap(date("2023-12-01"), date("2023-12-08"), &active).expect("gap");
        assert_eq!(tie, Streak { days: 2, from: date("2023-12-01"), to: date("2023-12-02") });
        let all_active: BTreeSet<NaiveDate> = [date("2023-12-01")].into_iter().collect();
        assert_eq!(longest_gap(date("2023-12-01"), date("2023-12-01"), &all_active), None);
    }

    #[test]
    fn biggest_purchase_tie_goes_to_the_earliest() {
        let rows = vec![
            tx("2024-05-02 10:00", 700).from("B").row(3),
            tx("2024-05-01 10:00", 700).from("A").row(9),
        ];
        let n = numbers(&rows);
        assert_eq!(n.biggest_purchase.map(|p| p.row), Some(9));
    }

    #[test]
    fn nothing_in_the_year() {
        let n = numbers(&[]);
        assert_eq!(n, YearInNumbers::default());
    }
}
