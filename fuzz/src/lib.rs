//! What every fuzz target checks besides "no panic": the invariants a read keeps on any input
//! (`yearbook::check_invariants` and `Batch::check_invariants`, the crate's one checker), so a
//! fuzzer also finds wrong answers, not only crashes.

use yearbook::{Batch, Input, Report};

/// Reads `files` together and asserts the invariants of the batch. (Building a report costs
/// about a millisecond, most of a small input's time, so only the targets over several files do
/// it, through [`check_report`].)
pub fn read_checked<'a>(files: impl IntoIterator<Item = Input<'a>>) -> Batch {
    let batch = yearbook::read(files);
    if let Err(broken) = batch.check_invariants() {
        panic!("{broken}");
    }
    batch
}

/// The report over a batch's rows: it must not panic on whatever a parser let through, and its
/// headline must be the sum of its year's rows.
pub fn check_report(batch: &Batch) {
    let transactions = &batch.transactions;
    if let Some(report) = Report::build(transactions, None) {
        let spending: i64 = transactions
            .iter()
            .filter(|t| {
                chrono::Datelike::year(&t.time) == report.year
                    && t.amount.currency == report.currency
            })
            .map(|t| t.spending_minor())
            .fold(0i64, i64::saturating_add);
        assert_eq!(report.totals().spending, spending, "the headline is the rows' sum");
    }
}
