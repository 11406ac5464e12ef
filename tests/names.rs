//! Every row has a name (issue 11, point 4): over every fixture and every real sample, no
//! merchant in the report is empty, and the biggest purchase is named whenever its row has any
//! word in its counterparty or description; bank rows with no counterparty are named from
//! their description, cleaned of dates, card numbers and references.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use std::path::PathBuf;
use yearbook::{Input, Report};

fn files_under(dir: PathBuf, skip: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if !skip.contains(&path.extension().and_then(|e| e.to_str()).unwrap_or("")) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// True when `text` holds a word of two letters or more.
fn has_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 2)
}

fn check(path: &PathBuf) -> bool {
    let bytes = std::fs::read(path).expect("reads");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let batch = yearbook::read([Input::new(name, bytes.as_slice())]);
    let Some(report) = Report::build(&batch.transactions, None) else { return false };
    for m in report.merchants.by_amount.iter().chain(&report.merchants.by_count) {
        assert!(!m.name.trim().is_empty(), "{name}: an empty merchant");
    }
    for (currency, numbers) in &report.numbers {
        if let Some(m) = &numbers.most_frequent_merchant {
            assert!(
                !m.merchant.trim().is_empty(),
                "{name} {currency:?}: an empty frequent merchant"
            );
        }
        if let Some(p) = &numbers.biggest_purchase {
            if has_word(&p.counterparty) || has_word(&p.description) {
                assert!(
                    !p.merchant.trim().is_empty(),
                    "{name} {currency:?}: the biggest purchase has words but no name: {:?} / {:?}",
                    p.counterparty,
                    p.description
                );
            }
        }
    }
    true
}

#[test]
fn no_empty_merchant_in_the_report_of_any_fixture() {
    let files = files_under(
        common::root().join("tests/fixtures"),
        &["expected", "py", "md", "json", "txt"],
    );
    let checked = files.iter().filter(|p| check(p)).count();
    assert!(checked >= 60, "{checked}");
}

#[test]
fn no_empty_merchant_in_the_report_of_any_real_sample() {
    if common::sample("SOURCES.md").is_none() {
        return;
    }
    let files = files_under(common::root().join("../shared/samples"), &["md"]);
    let checked = files.iter().filter(|p| check(p)).count();
    assert!(checked >= 30, "{checked}");
}

#[test]
fn bank_rows_with_no_counterparty_are_named_from_their_description() {
    // A bank CSV of date, amount and description only (the generic reader, no counterparty).
    let csv =
        "Date,Amount,Description\n2024-02-28,-3.40,VISA 28.02 BAKKERIJ BART 1234 KARTE 5678\n\
               2024-02-29,-12.00,BEA NR:XYZ123 29.02.24/10.01 Albert Heijn 1234 AMSTERDAM\n\
               2024-03-01,-2.50,BIJDRAGE OranjePakket\n";
    let batch = yearbook::read([Input::new("bank.csv", csv.as_bytes())]);
    assert!(batch.files[0].is_ok(), "{:?}", batch.files[0]);
    let report = Report::build(&batch.transactions, None).expect("a report");
    let names: Vec<&str> = report.merchants.by_amount.iter().map(|m| m.name.as_str()).collect();
    assert!(names.contains(&"Albert Heijn"), "{names:?}");
    assert!(names.contains(&"Bakkerij Bart"), "{names:?}");
    assert_eq!(report.merchants.unnamed_payments, 0);
    assert!(report.merchants.distinct >= 2);
    // The bank's fee is a fee.
    let fee =
        batch.transactions.iter().find(|t| t.description.contains("BIJDRAGE")).expect("the fee");
    assert_eq!(fee.category, yearbook::model::Category::Fees);
}
