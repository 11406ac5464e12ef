//! Links each refund to the purchase it returns money for and nets that purchase's spending.
//!
//! A refund never counts as income and never takes a purchase below zero; the same refund
//! listed twice (same order id and amount) is applied once. Matching, in order of confidence:
//! the refund's order id is `<purchase id>_<suffix>`; its description is `退款-<purchase
//! description>` with the same counterparty; the same counterparty and an amount no larger than
//! what is left of a purchase made up to 180 days before.

use crate::model::{Kind, Transaction};
use crate::money::format_minor;
use std::collections::{HashMap, HashSet};

const WINDOW_DAYS: i64 = 180;

/// Nets every `Refund` in `transactions` against its purchase, updating `spending_minor` and
/// both rows' reasons. Purchases and refunds may come in any order.
pub fn link_refunds(transactions: &mut [Transaction]) {
    let by_order: HashMap<String, usize> = transactions
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == Kind::Expense && !t.order_id.is_empty())
        .map(|(i, t)| (t.order_id.clone(), i))
        .collect();
    let mut applied: HashSet<(String, i64)> = HashSet::new();
    let refunds: Vec<usize> =
        (0..transactions.len()).filter(|&i| transactions[i].kind == Kind::Refund).collect();

    for r in refunds {
        let refund = &transactions[r];
        let amount = refund.amount.minor;
        if !refund.order_id.is_empty() && !applied.insert((refund.order_id.clone(), amount)) {
            transactions[r].reason =
                "the same refund is listed again: applied once only".to_string();
            continue;
        }
        let Some(p) = find_purchase(transactions, &by_order, r) else {
            transactions[r].reason =
                "refund whose purchase is not in these files: not counted as income".to_string();
            continue;
        };
        let netted = amount.min(transactions[p].spending_minor);
        transactions[p].spending_minor -= netted;
        let purchase_row = transactions[p].row;
        let remaining = transactions[p].spending_minor;
        transactions[p].reason = if remaining == 0 {
            "purchase fully refunded: counts as zero spending".to_string()
        } else {
            format!("purchase partly refunded: ¥{} still counts", format_minor(remaining, 2))
        };
        transactions[r].reason = format!(
            "refund of the purchase on row {purchase_row}: reduces it by ¥{}, not income",
            format_minor(netted, 2)
        );
    }
}

fn find_purchase(
    transactions: &[Transaction],
    by_order: &HashMap<String, usize>,
    r: usize,
) -> Option<usize> {
    let refund = &transactions[r];
    // 1. Order id prefix: "2023xxxxx88_2023xx57" refunds "2023xxxxx88".
    if let Some((prefix, _)) = refund.order_id.split_once('_') {
        if let Some(&p) = by_order.get(prefix) {
            return Some(p);
        }
    }
    let candidates = || {
        transactions.iter().enumerate().filter(move |(_, t)| {
            t.kind == Kind::Expense
                && t.spending_minor > 0
                && t.currency_matches(refund)
                && t.time <= refund.time
                && (refund.time - t.time).num_days() <= WINDOW_DAYS
        })
    };
    // 2. "退款-<description>" with the same counterparty, the latest such purchase.
    if let Some(original) = refund.description.strip_prefix("退款-") {
        let found = candidates()
            .filter(|(_, t)| t.description == original && t.counterparty == refund.counterparty)
            .max_by_key(|(_, t)| t.time);
        if let Some((p, _)) = found {
            return Some(p);
        }
    }
    // 3. Same counterparty and enough left to refund, the latest such purchase.
    if refund.counterparty.is_empty() {
        return None;
    }
    candidates()
        .filter(|(_, t)| {
            t.counterparty == refund.counterparty && t.spending_minor >= refund.amount.minor
        })
        .max_by_key(|(_, t)| t.time)
        .map(|(p, _)| p)
}

impl Transaction {
    fn currency_matches(&self, other: &Transaction) -> bool {
        self.amount.currency == other.amount.currency
    }
}
