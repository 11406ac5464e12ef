//! What every fuzz target checks besides "no panic": the invariants a parse result keeps on any
//! input (ARCHITECTURE.md), so a fuzzer also finds wrong answers, not only crashes.

use yearbook::{Error, Kind, Parsed, Report};

/// Asserts the invariants of one file's result. (Building a report costs about a millisecond,
/// most of a small input's time, so only the targets over several files do it, through
/// [`check_report`].)
pub fn check(result: &Result<Parsed, Error>) {
    let Ok(parsed) = result else {
        // A whole-file problem must still say something.
        if let Err(error) = result {
            assert!(!error.to_string().is_empty(), "an error without a message");
        }
        return;
    };
    check_rows(&parsed.transactions);
    for warning in &parsed.warnings {
        assert!(!warning.message.is_empty(), "a warning without a message");
    }
}

/// The invariants of transactions, from one file or several.
pub fn check_rows(transactions: &[yearbook::Transaction]) {
    for t in transactions {
        assert!(t.amount.minor >= 0, "a negative amount: {t:?}");
        assert!(
            (0..=t.amount.minor).contains(&t.spending_minor),
            "spending outside 0..=amount: {t:?}"
        );
        assert!(t.spending_minor == 0 || t.kind == Kind::Expense, "non-expense spending: {t:?}");
        assert!(!t.reason.is_empty(), "a row without a reason: {t:?}");
    }
}

/// [`check_rows`], then the report over them: it must not panic on whatever a parser let
/// through, and its headline must be the sum of its year's rows.
pub fn check_report(transactions: &[yearbook::Transaction]) {
    check_rows(transactions);
    if let Some(report) = Report::build(transactions, None) {
        let spending: i64 = transactions
            .iter()
            .filter(|t| {
                chrono::Datelike::year(&t.time) == report.year
                    && t.amount.currency == report.currency
            })
            .map(|t| t.spending_minor)
            .fold(0i64, i64::saturating_add);
        assert_eq!(report.totals().spending, spending, "the headline is the rows' sum");
    }
}
