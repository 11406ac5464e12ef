//! Links each refund to the purchase it returns money for and nets that purchase's spending.
//!
//! A refund never counts as income and never takes a purchase below zero; the same refund
//! listed twice (same order id and amount) is applied once. Matching, in order of confidence:
//! the refund's order id is `<purchase id>_<suffix>`; its description is `退款-<purchase
//! description>` with the same counterparty; the same counterparty and an amount no larger than
//! what is left of a purchase made up to 180 days before.

use crate::model::{Kind, Money, Transaction};
use crate::phrase;
use crate::phrase::{reasons, Phrase};
use rustc_hash::{FxHashMap, FxHashSet};

const WINDOW_DAYS: i64 = 180;

/// Nets every `Refund` in `transactions` against its purchase, updating `spending_minor` and
/// both rows' reasons. Purchases and refunds may come in any order.
///
/// What matching reads of a row (kind, order id, counterparty, description, time) never changes
/// here, only spending and reasons do; so the order-id matches and repeats are decided first,
/// borrowing the rows, and the fallbacks look only at purchases from the refund's counterparty
/// (both require it), indexed once: no refund scans every row (docs/benchmarks.md).
pub fn link_refunds(transactions: &mut [Transaction]) {
    // A refund its reader has already netted (JD states the refunded amount in the purchase's
    // own cell) carries that amount in `refunded_minor` and is not linked again.
    let refunds: Vec<usize> = (0..transactions.len())
        .filter(|&i| transactions[i].kind == Kind::Refund && transactions[i].refunded_minor == 0)
        .collect();
    if refunds.is_empty() {
        return;
    }
    let (repeats, by_prefix) = {
        let mut by_order: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, t) in transactions.iter().enumerate() {
            if t.kind == Kind::Expense && !t.order_id.is_empty() {
                by_order.insert(&t.order_id, i);
            }
        }
        let mut applied: FxHashSet<(&str, i64)> = FxHashSet::default();
        let repeats: Vec<bool> = refunds
            .iter()
            .map(|&r| {
                let refund = &transactions[r];
                !refund.order_id.is_empty()
                    && !applied.insert((&refund.order_id, refund.amount.minor))
            })
            .collect();
        // 1. Order id prefix: "2023xxxxx88_2023xx57" refunds "2023xxxxx88".
        let by_prefix: Vec<Option<usize>> = refunds
            .iter()
            .map(|&r| {
                let (prefix, _) = transactions[r].order_id.split_once('_')?;
                by_order.get(prefix).copied()
            })
            .collect();
        (repeats, by_prefix)
    };
    let needs_fallback = (0..refunds.len()).any(|k| !repeats[k] && by_prefix[k].is_none());
    let mut by_counterparty: FxHashMap<crate::model::Shared, Vec<usize>> = FxHashMap::default();
    if needs_fallback {
        for (i, t) in transactions.iter().enumerate().filter(|(_, t)| t.kind == Kind::Expense) {
            match by_counterparty.get_mut(&*t.counterparty) {
                Some(rows) => rows.push(i),
                None => {
                    by_counterparty.insert(t.counterparty.clone(), vec![i]);
                }
            }
        }
        // In time order (file order among equal times), so a refund looks only at the
        // purchases of its window, latest first, instead of at every purchase from the same
        // counterparty (quadratic for a shop visited daily with many refunds).
        for rows in by_counterparty.values_mut() {
            rows.sort_by_key(|&i| (transactions[i].time, i));
        }
    }

    for (k, &r) in refunds.iter().enumerate() {
        if repeats[k] {
            transactions[r].reason = Phrase::new(&reasons::REFUND_REPEATED);
            continue;
        }
        let amount = transactions[r].amount.minor;
        let found = by_prefix[k].or_else(|| {
            let same_counterparty = by_counterparty.get(&*transactions[r].counterparty)?;
            find_purchase(transactions, same_counterparty, r)
        });
        let Some(p) = found else {
            transactions[r].reason = Phrase::new(&reasons::REFUND_WITHOUT_PURCHASE);
            continue;
        };
        let netted = transactions[p].net_refund(amount);
        let purchase_row = transactions[p].row;
        let remaining = transactions[p].spending_minor();
        transactions[p].reason = if remaining == 0 {
            Phrase::new(&reasons::PURCHASE_FULLY_REFUNDED)
        } else {
            let left = Money { minor: remaining, currency: transactions[p].amount.currency };
            phrase!(reasons::PURCHASE_PARTLY_REFUNDED, left.display())
        };
        transactions[r].reason = phrase!(
            reasons::REFUND_OF_ROW,
            purchase_row,
            Money { minor: netted, currency: transactions[r].amount.currency }.display()
        );
    }
}

/// The fallbacks, among the purchases from the refund's counterparty (`same_counterparty`,
/// expense rows in time order, file order among equal times): of the purchases made up to
/// [`WINDOW_DAYS`] before the refund and not yet fully refunded, the latest (the last in file
/// order among equal times) that matches.
fn find_purchase(
    transactions: &[Transaction],
    same_counterparty: &[usize],
    r: usize,
) -> Option<usize> {
    let refund = &transactions[r];
    let end = same_counterparty.partition_point(|&i| transactions[i].time <= refund.time);
    let candidates = || {
        same_counterparty[..end]
            .iter()
            .rev()
            .map(|&i| (i, &transactions[i]))
            .take_while(|(_, t)| (refund.time - t.time).num_days() <= WINDOW_DAYS)
            .filter(|(_, t)| t.spending_minor() > 0 && t.currency_matches(refund))
    };
    // 2. "退款-<description>" with the same counterparty, the latest such purchase.
    if let Some(original) = refund.description.strip_prefix("退款-") {
        if let Some((p, _)) = candidates().find(|(_, t)| t.description == original) {
            return Some(p);
        }
    }
    // 3. Same counterparty and enough left to refund, the latest such purchase.
    if refund.counterparty.is_empty() {
        return None;
    }
    candidates().find(|(_, t)| t.spending_minor() >= refund.amount.minor).map(|(p, _)| p)
}

impl Transaction {
    fn currency_matches(&self, other: &Transaction) -> bool {
        self.amount.currency == other.amount.currency
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing::{tx, Tx};

    fn order(mut t: Transaction, id: &str) -> Transaction {
        t.order_id = id.to_string();
        t
    }

    #[test]
    fn each_way_of_matching_nets_the_right_purchase() {
        let refund = |when: &str, minor: i64| tx(when, minor).kind(Kind::Refund);
        let mut rows = vec![
            // 0, 1: by order id prefix, even across counterparties.
            order(tx("2024-01-01 10:00", 5000).from("A").row(2), "P1"),
            order(refund("2024-01-03 10:00", 2000).from("elsewhere").row(3), "P1_r"),
            // 2, 3, 4: by description; the later of two same-item purchases.
            tx("2024-02-01 10:00", 3000).from("B").item("杯子").row(4),
            tx("2024-02-02 10:00", 3000).from("B").item("杯子").row(5),
            refund("2024-02-05 10:00", 3000).from("B").item("退款-杯子").row(6),
            // 5, 6, 7: by counterparty with enough left: the 800 purchase is too small, and a
            // purchase after the refund or 200 days before never matches.
            tx("2024-03-01 10:00", 4000).from("C").row(7),
            tx("2024-03-02 10:00", 800).from("C").row(8),
            refund("2024-03-04 10:00", 1000).from("C").row(9),
            // 8, 9: the same refund listed twice: applied once.
            order(refund("2024-01-04 10:00", 1000).from("A").row(10), "P1_s"),
            order(refund("2024-01-04 10:00", 1000).from("A").row(11), "P1_s"),
            // 10, 11, 12: too old, too late, no counterparty: nothing found.
            tx("2023-06-01 10:00", 900).from("D").row(12),
            refund("2024-01-01 10:00", 900).from("D").row(13),
            refund("2024-05-01 10:00", 100).row(14),
        ];
        link_refunds(&mut rows);
        let spending: Vec<i64> = rows.iter().map(|t| t.spending_minor()).collect();
        // P1: 5000 - 2000 - 1000 (once) = 2000; 杯子 on row 5 refunded; C 4000 - 1000 = 3000.
        assert_eq!(spending, [2000, 0, 3000, 0, 0, 3000, 800, 0, 0, 0, 900, 0, 0]);
        assert_eq!(
            rows[4].reason,
            "refund of the purchase on row 5: reduces it by ¥30.00, not income"
        );
        assert_eq!(
            rows[7].reason,
            "refund of the purchase on row 7: reduces it by ¥10.00, not income"
        );
        assert_eq!(rows[9].reason, "the same refund is listed again: applied once only");
        assert_eq!(rows[0].reason, "purchase partly refunded: ¥20.00 still counts");
        for lost in [11, 12] {
            assert_eq!(
                rows[lost].reason,
                "refund whose purchase is not in these files: not counted as income"
            );
        }
    }

    /// The fallbacks as they were before the window: every purchase from the counterparty
    /// looked at, the latest by time, the last in file order among equal times.
    fn find_purchase_plain(transactions: &[Transaction], r: usize) -> Option<usize> {
        let refund = &transactions[r];
        let candidates = || {
            transactions.iter().enumerate().filter(|(_, t)| {
                t.kind == Kind::Expense
                    && t.counterparty == refund.counterparty
                    && t.spending_minor() > 0
                    && t.time <= refund.time
                    && (refund.time - t.time).num_days() <= WINDOW_DAYS
            })
        };
        if let Some(original) = refund.description.strip_prefix("退款-") {
            let found =
                candidates().filter(|(_, t)| t.description == original).max_by_key(|(_, t)| t.time);
            if let Some((p, _)) = found {
                return Some(p);
            }
        }
        if refund.counterparty.is_empty() {
            return None;
        }
        candidates()
            .filter(|(_, t)| t.spending_minor() >= refund.amount.minor)
            .max_by_key(|(_, t)| t.time)
            .map(|(p, _)| p)
    }

    #[test]
    fn the_windowed_search_finds_what_looking_at_every_purchase_finds() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..200 {
            // A few shops, purchases over ~15 months in any order, times often equal.
            let mut rows: Vec<Transaction> = (0..40)
                .map(|_| {
                    let day = next(450);
                    let when = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).expect("date")
                        + chrono::Duration::days(day as i64);
                    let time = format!("{} {:02}:00", when, 10 + next(2));
                    let shop = ["A", "B", ""][next(3) as usize];
                    let item = ["杯子", "伞"][next(2) as usize];
                    let t = tx(&time, 100 * (1 + next(50) as i64)).from(shop).item(item);
                    match next(4) {
                        0 => t.spent(0),
                        1 => t.kind(Kind::Refund).item(&format!("退款-{item}")),
                        _ => t,
                    }
                })
                .collect();
            for (i, t) in rows.iter_mut().enumerate() {
                t.row = i as u32 + 2;
            }
            let mut by_counterparty: FxHashMap<crate::model::Shared, Vec<usize>> =
                FxHashMap::default();
            for (i, t) in rows.iter().enumerate().filter(|(_, t)| t.kind == Kind::Expense) {
                by_counterparty.entry(t.counterparty.clone()).or_default().push(i);
            }
            for list in by_counterparty.values_mut() {
                list.sort_by_key(|&i| (rows[i].time, i));
            }
            for r in (0..rows.len()).filter(|&r| rows[r].kind == Kind::Refund) {
                let windowed = by_counterparty
                    .get(&*rows[r].counterparty)
                    .and_then(|same| find_purchase(&rows, same, r));
                assert_eq!(windowed, find_purchase_plain(&rows, r), "refund {r}: {:?}", rows[r]);
            }
        }
    }
}
