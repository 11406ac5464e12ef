//! The synthetic statement generator: deterministic, realistic, and read back without a single
//! warning by the same parser that reads real exports.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::read_one;

use yearbook::sample::{alipay_2023, SAMPLE_YEAR};
use yearbook::{Kind, Report};

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    assert_eq!(alipay_2023(300, 1), alipay_2023(300, 1));
    assert_ne!(alipay_2023(300, 1), alipay_2023(300, 2));
}

#[test]
fn reads_back_cleanly_with_every_kind_and_a_reconciling_report() {
    let rows = 3000;
    let parsed = read_one(&alipay_2023(rows, 11), "sample.csv").expect("sample reads");
    assert_eq!(parsed.encoding, "gb18030", "the sample is GBK like the real export");
    assert!(parsed.warnings.is_empty(), "{:?}", &parsed.warnings[..parsed.warnings.len().min(3)]);
    assert_eq!(parsed.transactions.len(), rows);
    for kind in [
        Kind::Expense,
        Kind::Income,
        Kind::Refund,
        Kind::Transfer,
        Kind::Investment,
        Kind::Repayment,
        Kind::Cancelled,
    ] {
        assert!(parsed.transactions.iter().any(|t| t.kind == kind), "no {kind:?} row");
    }
    // Every refund finds its purchase: the generator always writes the purchase too.
    let unlinked = parsed
        .transactions
        .iter()
        .filter(|t| {
            t.kind == Kind::Refund && !t.reason.to_string().starts_with("refund of the purchase")
        })
        .count();
    assert_eq!(unlinked, 0);

    let report = Report::build(&parsed.transactions, None).expect("report");
    assert_eq!(report.year, SAMPLE_YEAR);
    assert_eq!(report.years.len(), 1, "refunds stay inside the year");
    let counted: u32 = report.reconciliation.iter().map(|k| k.count).sum();
    assert_eq!(counted as usize, rows, "every row is in the reconciliation");
    let expenses: i64 = parsed
        .transactions
        .iter()
        .filter(|t| t.kind == Kind::Expense)
        .map(|t| t.amount.minor)
        .sum();
    let refunded: i64 =
        parsed.transactions.iter().filter(|t| t.kind == Kind::Refund).map(|t| t.amount.minor).sum();
    assert_eq!(report.totals().spending, expenses - refunded, "spending = purchases − refunds");
    let by_month: i64 = report.months.iter().map(|m| m.spending_minor).sum();
    assert_eq!(by_month, report.totals().spending);
    assert!(report.months.iter().all(|m| m.n_payments > 0), "every month has payments");
}
