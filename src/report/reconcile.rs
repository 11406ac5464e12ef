//! Report section: every row of the year grouped by kind, so a user can check the totals
//! against their statement instead of disputing them.

use crate::model::{Kind, Transaction};
use serde::{Deserialize, Serialize};

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
                total.spending_minor = total.spending_minor.saturating_add(t.spending_minor);
            }
            None => totals.push(KindTotal {
                kind: t.kind,
                count: 1,
                amount_minor: t.amount.minor,
                spending_minor: t.spending_minor,
            }),
        }
    }
    totals.sort_by_key(|k| k.kind);
    totals
}
