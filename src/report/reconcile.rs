//! Report section 11, what counts: every row read, grouped by what it means for the totals, so a
//! user can check the totals against their statements instead of disputing them.
//!
//! `by_kind` is the compact table (the year's rows in the report's currency, by kind).
//! `what_counts` accounts for every row read, in every year and currency: rows of other years
//! and other currencies are groups of their own, and the year's rows in the report's currency
//! are grouped by kind, with the money they moved and what of it counts. The groups' counts add
//! up to the rows read, and for spending: amount written − refunds netted = spending counted.
//! Each group lists its rows (source, file line, date, amount, reason) up to [`MAX_LISTED`];
//! `moreRows` says how many are not listed, which keeps a 100 000-row file's report small.

use crate::model::{Currency, Kind, Source, Transaction};
use crate::phrase::{labels as l, names as n, sentences as s, Arg, Phrase, Template};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Rows listed per group; the rest are counted in `moreRows`.
pub const MAX_LISTED: usize = 200;

/// Rows of one kind and the money they moved, minor units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KindTotal {
    /// The kind.
    pub kind: Kind,
    /// How many rows.
    pub count: u32,
    /// The sum of their amounts as written.
    pub amount_minor: i64,
    /// What of it counts as spending (after refunds): non-zero only for expenses.
    pub spending_minor: i64,
}

/// Totals per kind, in the order of [`Kind`], leaving out kinds with no rows.
pub(super) fn by_kind(transactions: &[&Transaction]) -> Vec<KindTotal> {
    let mut totals: Vec<KindTotal> = Vec::new();
    for t in transactions {
        match totals.iter_mut().find(|k| k.kind == t.kind) {
            Some(total) => {
                total.count += 1;
                total.amount_minor = total.amount_minor.saturating_add(t.amount.minor);
                total.spending_minor = total.spending_minor.saturating_add(t.spending_minor());
            }
            None => totals.push(KindTotal {
                kind: t.kind,
                count: 1,
                amount_minor: t.amount.minor,
                spending_minor: t.spending_minor(),
            }),
        }
    }
    totals.sort_by_key(|k| k.kind);
    totals
}

/// Every row read, accounted for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WhatCounts {
    /// Transactions read from all files (rows a parser could not read are its warnings).
    pub rows_read: u32,
    /// The groups, spending first; their counts add up to `rowsRead`.
    pub groups: Vec<RowGroup>,
    /// Expenses as written in the statements, minor units.
    pub expenses_written_minor: i64,
    /// What linked refunds took off them.
    pub refunds_netted_minor: i64,
    /// Spending counted: `expensesWrittenMinor − refundsNettedMinor`.
    pub spending_minor: i64,
    /// The check in words.
    pub summary: Phrase,
}

/// Rows that mean the same for the totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RowGroup {
    /// Stable id: a kind (`expense`, `income`, `refund`, `transfer`, `investment`,
    /// `repayment`, `cancelled`, `duplicate`, `other`), `otherYears` or `otherCurrencies`.
    pub id: String,
    /// The group's name.
    pub label: Phrase,
    /// What happens to these rows, in a sentence.
    pub explanation: Phrase,
    /// How many rows.
    pub count: u32,
    /// Their amounts as written, minor units of the report's currency; `None` for a group in
    /// several currencies.
    pub amount_minor: Option<i64>,
    /// What of it counts as spending or income.
    pub counted_minor: i64,
    /// The rows, up to 200, in file order.
    pub rows: Vec<RowRef>,
    /// Rows in the group not listed.
    pub more_rows: u32,
}

/// A row a person can find in their file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RowRef {
    /// The export it came from.
    pub source: Source,
    /// Its 1-based line in that file.
    pub row: u32,
    /// The date.
    pub date: NaiveDate,
    /// Signed amount as written (out negative), minor units.
    pub amount_minor: i64,
    /// Its currency.
    pub currency: Currency,
    /// The counterparty.
    pub counterparty: String,
    /// Why it was treated so: the transaction's own reason.
    pub reason: Phrase,
}

/// A group's name and what happens to its rows.
fn group_words(id: &str) -> (&'static Template, &'static Template) {
    match id {
        "expense" => (&n::KIND_EXPENSE, &s::COUNTS_AS_SPENDING),
        "income" => (&n::KIND_INCOME, &s::COUNTS_AS_INCOME),
        "refund" => (&n::KIND_REFUND, &s::NETS_PURCHASES),
        "transfer" => (&n::KIND_TRANSFER, &s::OWN_ACCOUNTS),
        "investment" => (&n::KIND_INVESTMENT, &s::STAYS_YOURS),
        "repayment" => (&n::KIND_REPAYMENT, &s::ALREADY_COUNTED),
        "cancelled" => (&n::KIND_CANCELLED, &s::NO_MONEY_MOVED),
        "duplicate" => (&n::KIND_DUPLICATE, &s::COUNTED_ONCE),
        "otherYears" => (&l::OTHER_YEARS, &s::OUTSIDE_THIS_YEAR),
        "otherCurrencies" => (&l::OTHER_CURRENCIES, &s::PER_CURRENCY),
        _ => (&n::KIND_OTHER, &s::NOT_CLASSIFIED),
    }
}

fn kind_id(kind: Kind) -> &'static str {
    match kind {
        Kind::Expense => "expense",
        Kind::Income => "income",
        Kind::Refund => "refund",
        Kind::Transfer => "transfer",
        Kind::Investment => "investment",
        Kind::Repayment => "repayment",
        Kind::Cancelled => "cancelled",
        Kind::Duplicate => "duplicate",
        Kind::Other => "other",
    }
}

const KINDS: [Kind; 9] = [
    Kind::Expense,
    Kind::Income,
    Kind::Refund,
    Kind::Transfer,
    Kind::Investment,
    Kind::Repayment,
    Kind::Cancelled,
    Kind::Duplicate,
    Kind::Other,
];

/// Accounts for every row of `all` against the report on `year` in `currency`.
pub(super) fn what_counts(all: &[Transaction], year: i32, currency: Currency) -> WhatCounts {
    let mut groups: Vec<RowGroup> = KINDS
        .iter()
        .map(|k| kind_id(*k))
        .chain(["otherYears", "otherCurrencies"])
        .map(|id| {
            let (label, explanation) = group_words(id);
            RowGroup {
                id: id.to_string(),
                label: Phrase::new(label),
                explanation: Phrase::new(explanation),
                count: 0,
                amount_minor: Some(0),
                counted_minor: 0,
                rows: Vec::new(),
                more_rows: 0,
            }
        })
        .collect();
    let (other_years, other_currencies) = (KINDS.len(), KINDS.len() + 1);
    let mut n = WhatCounts {
        rows_read: 0,
        groups: Vec::new(),
        expenses_written_minor: 0,
        refunds_netted_minor: 0,
        spending_minor: 0,
        summary: Phrase::new(&s::ROWS_READ),
    };
    for t in all {
        n.rows_read += 1;
        // A row read twice is listed with the duplicates whatever its year or currency: it is
        // there because it was read again, and counts nowhere.
        let index = if t.kind == Kind::Duplicate {
            KINDS.iter().position(|k| *k == Kind::Duplicate).unwrap_or(KINDS.len() - 1)
        } else if t.time.year() != year {
            other_years
        } else if t.amount.currency != currency {
            other_currencies
        } else {
            KINDS.iter().position(|k| *k == t.kind).unwrap_or(KINDS.len() - 1)
        };
        let Some(group) = groups.get_mut(index) else { continue };
        group.count += 1;
        group.amount_minor = match group.amount_minor {
            Some(sum) if t.amount.currency == currency => Some(sum.saturating_add(t.amount.minor)),
            _ => None,
        };
        if index < KINDS.len() {
            match t.kind {
                Kind::Expense => {
                    group.counted_minor = group.counted_minor.saturating_add(t.spending_minor());
                    n.expenses_written_minor =
                        n.expenses_written_minor.saturating_add(t.amount.minor);
                    n.spending_minor = n.spending_minor.saturating_add(t.spending_minor());
                }
                Kind::Income => {
                    group.counted_minor = group.counted_minor.saturating_add(t.amount.minor)
                }
                _ => {}
            }
        }
        if group.rows.len() < MAX_LISTED {
            group.rows.push(RowRef {
                source: t.source,
                row: t.row,
                date: t.time.date(),
                amount_minor: t.signed_minor(),
                currency: t.amount.currency,
                counterparty: t.counterparty.to_string(),
                reason: t.reason.clone(),
            });
        } else {
            group.more_rows += 1;
        }
    }
    n.refunds_netted_minor = n.expenses_written_minor.saturating_sub(n.spending_minor);
    n.summary = crate::phrase!(
        s::ROWS_READ,
        Arg::count(n.rows_read),
        Arg::money(currency, n.expenses_written_minor),
        Arg::money(currency, n.refunds_netted_minor),
        Arg::money(currency, n.spending_minor)
    );
    groups.retain(|g| g.count > 0);
    for g in &mut groups {
        g.rows.sort_by_key(|r| (r.source as u8, r.row));
    }
    n.groups = groups;
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing::{tx, Tx};

    #[test]
    fn every_row_read_is_in_exactly_one_group() {
        let rows = vec![
            tx("2024-01-01", 10000).row(2),
            tx("2024-01-02", 5000).spent(2000).row(3), // partly refunded
            tx("2024-01-03", 3000).kind(Kind::Refund).row(4),
            tx("2024-01-04", 90000).kind(Kind::Income).row(5),
            tx("2024-01-05", 40000).kind(Kind::Transfer).row(6),
            tx("2024-01-06", 1000).kind(Kind::Investment).row(7),
            tx("2024-01-07", 7000).kind(Kind::Repayment).row(8),
            tx("2024-01-08", 800).kind(Kind::Cancelled).row(9),
            tx("2024-01-09", 10000).kind(Kind::Duplicate).row(10),
            tx("2024-01-10", 1).kind(Kind::Other).row(11),
            tx("2023-12-31", 100).row(12),
            tx("2024-02-01", 100).currency(Currency::EUR).row(13),
        ];
        let w = what_counts(&rows, 2024, Currency::CNY);
        assert_eq!(w.rows_read, 12);
        assert_eq!(
            w.groups.iter().map(|g| g.count).sum::<u32>(),
            w.rows_read,
            "groups add up to the rows read"
        );
        let ids: Vec<&str> = w.groups.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "expense",
                "income",
                "refund",
                "transfer",
                "investment",
                "repayment",
                "cancelled",
                "duplicate",
                "other",
                "otherYears",
                "otherCurrencies"
            ]
        );
        let spending = &w.groups[0];
        assert_eq!(
            (spending.count, spending.amount_minor, spending.counted_minor),
            (2, Some(15000), 12000)
        );
        assert_eq!(
            (w.expenses_written_minor, w.refunds_netted_minor, w.spending_minor),
            (15000, 3000, 12000)
        );
        assert_eq!(w.expenses_written_minor - w.refunds_netted_minor, w.spending_minor);
        assert_eq!(w.groups[1].counted_minor, 90000);
        assert_eq!(w.groups[3].counted_minor, 0, "transfers count for nothing");
        assert_eq!(w.groups[10].amount_minor, None, "another currency has no sum in CNY");
        assert_eq!(w.groups[9].amount_minor, Some(100));
        let refund = &w.groups[2].rows[0];
        assert_eq!((refund.row, refund.amount_minor), (4, 3000), "refunds come in");
        assert_eq!(w.groups[0].rows[0].amount_minor, -10000, "payments go out");
        assert_eq!(
            w.summary,
            "12 rows read: ¥150.00 of payments, ¥30.00 refunded, ¥120.00 counted as spending"
        );
        let one = what_counts(&rows[..1], 2024, Currency::CNY);
        assert_eq!(
            one.summary,
            "1 row read: ¥100.00 of payments, ¥0.00 refunded, ¥100.00 counted as spending"
        );
    }

    #[test]
    fn listed_rows_are_capped() {
        let rows: Vec<Transaction> =
            (0..250u32).map(|i| tx("2024-03-01", 100).row(i + 2)).collect();
        let w = what_counts(&rows, 2024, Currency::CNY);
        assert_eq!(w.groups.len(), 1);
        assert_eq!(
            (w.groups[0].count, w.groups[0].rows.len(), w.groups[0].more_rows),
            (250, 200, 50)
        );
        assert_eq!(w.groups[0].rows[199].row, 201);
    }
}
