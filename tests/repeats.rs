//! Repeated and overlapping exports count once (issue 11, point 1), over every fixture and
//! every real sample: the report of A read twice, or of A with a file holding a subset of its
//! rows, is the report of A, whatever the files' order; only "What counts" differs, listing the
//! rows read again as duplicates. And per format, two exports of one account with overlapping
//! ranges (Jan–Jun, Apr–Dec) report as the one export of the whole year would.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use std::path::{Path, PathBuf};
use yearbook::{Input, Kind, Report, Transaction};

/// Every fixture file a reader can take (not the dumps, scripts or notes).
fn fixtures() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![common::root().join("tests/fixtures")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if !matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("expected" | "py" | "md" | "json" | "txt")
            ) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Every real sample under `../shared/samples/` (none when the folder is absent: `sample`
/// then counts the skip, or fails under `CI=true`).
fn samples() -> Vec<PathBuf> {
    let folder = common::root().join("../shared/samples");
    if common::sample("SOURCES.md").is_none() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut stack = vec![folder];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("the samples folder lists").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().and_then(|e| e.to_str()) != Some("md") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The report over `files` read together, with the rows read.
fn report(files: &[(&str, &[u8])]) -> (Option<Report>, Vec<Transaction>) {
    let batch = yearbook::read(files.iter().map(|(name, bytes)| Input::new(name, *bytes)));
    if let Err(broken) = batch.check_invariants() {
        panic!("{files:?}: {broken}", files = files.iter().map(|f| f.0).collect::<Vec<_>>());
    }
    (Report::build(&batch.transactions, None), batch.transactions)
}

/// What a row says, without where it sits in its file.
fn content(t: &Transaction) -> String {
    format!(
        "{} {} {:?} {} | {} | {} | {} | {}",
        t.time,
        t.signed_minor(),
        t.amount.currency,
        t.kind == Kind::Duplicate,
        t.counterparty,
        t.description,
        t.order_id,
        t.account
    )
}

/// A copy of `bytes` with one line removed that reads as one row fewer, every row of it a row
/// of the original: a subset of the file. `None` for a file where no line does.
fn subset(name: &str, bytes: &[u8], rows: &[Transaction]) -> Option<Vec<u8>> {
    let lines: Vec<&[u8]> = bytes.split_inclusive(|b| *b == b'\n').collect();
    let mut original: Vec<String> = rows.iter().map(content).collect();
    original.sort();
    for cut in (0..lines.len()).rev().take(60) {
        let smaller: Vec<u8> = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != cut)
            .flat_map(|(_, l)| *l)
            .copied()
            .collect();
        let batch = yearbook::read([Input::new(name, smaller.as_slice())]);
        if batch.files[0].is_err() || batch.transactions.len() + 1 != rows.len() {
            continue;
        }
        let mut left: Vec<String> = batch.transactions.iter().map(content).collect();
        left.sort();
        // Every row left is one of the original's (a sorted sub-multiset).
        let mut i = 0;
        let within = left.iter().all(|row| {
            while i < original.len() && original[i] < *row {
                i += 1;
            }
            let found = i < original.len() && original[i] == *row;
            i += 1;
            found
        });
        if within {
            return Some(smaller);
        }
    }
    None
}

/// A report's JSON without the file lines it names.
fn without_rows(json: serde_json::Result<serde_json::Value>) -> Option<serde_json::Value> {
    fn strip(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                map.remove("row");
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut json = json.ok()?;
    strip(&mut json);
    Some(json)
}

/// Asserts that `combined` reports as `alone` in every section, and that "What counts" accounts
/// for the extra rows as duplicates with the same spending.
fn same_report(what: &str, alone: &Option<Report>, combined: &Option<Report>, extra_rows: u32) {
    let (Some(alone), Some(combined)) = (alone, combined) else {
        assert_eq!(alone.is_some(), combined.is_some(), "{what}");
        return;
    };
    let mut normalised = combined.clone();
    normalised.what_counts = alone.what_counts.clone();
    // Which file's copy of a row is kept may change the line a section names, nothing else.
    let (a, c) = (
        without_rows(serde_json::to_value(alone)),
        without_rows(serde_json::to_value(&normalised)),
    );
    if a != c {
        let (Some(serde_json::Value::Object(a)), Some(serde_json::Value::Object(c))) = (a, c)
        else {
            panic!("{what}: the reports differ")
        };
        let differ: Vec<&String> = a.keys().filter(|k| a.get(*k) != c.get(*k)).collect();
        panic!(
            "{what}: these sections differ: {differ:?}\n{:?}\n{:?}",
            a.get(differ[0].as_str()),
            c.get(differ[0].as_str())
        );
    }
    let (a, c) = (&alone.what_counts, &combined.what_counts);
    assert_eq!(c.rows_read, a.rows_read + extra_rows, "{what}: every row read is accounted for");
    assert_eq!(c.spending_minor, a.spending_minor, "{what}");
    let duplicates = |w: &yearbook::report::WhatCounts| {
        w.groups.iter().filter(|g| g.id == "duplicate").map(|g| g.count).sum::<u32>()
    };
    let other_years = |w: &yearbook::report::WhatCounts| {
        w.groups.iter().filter(|g| g.id != "duplicate").map(|g| g.count).sum::<u32>()
    };
    let groups = |w: &yearbook::report::WhatCounts| {
        w.groups.iter().map(|g| format!("{} {}", g.id, g.count)).collect::<Vec<_>>()
    };
    assert_eq!(
        other_years(c),
        other_years(a),
        "{what}: only duplicates were added: {:?} {:?}",
        groups(a),
        groups(c)
    );
    assert_eq!(duplicates(c), duplicates(a) + extra_rows, "{what}");
}

fn check_file(path: &Path, subsets: &mut usize) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file").to_string();
    let bytes = std::fs::read(path).expect("the file reads");
    let (alone, rows) = report(&[(&name, &bytes)]);
    if rows.is_empty() {
        return false;
    }
    let n = u32::try_from(rows.len()).expect("few rows");
    let copy = format!("copy of {name}");
    let (twice, _) = report(&[(&name, &bytes), (&copy, &bytes)]);
    same_report(&format!("{name} twice"), &alone, &twice, n);
    if let Some(smaller) = subset(&name, &bytes, &rows) {
        *subsets += 1;
        let part = format!("part of {name}");
        for files in [
            [(&*name, &bytes[..]), (&*part, &smaller[..])],
            [(&*part, &smaller[..]), (&*name, &bytes[..])],
        ] {
            let (combined, _) = report(&files);
            same_report(
                &format!("{name} with a subset, {} first", files[0].0),
                &alone,
                &combined,
                n - 1,
            );
        }
    }
    true
}

#[test]
fn a_file_read_again_or_with_a_subset_of_it_changes_no_total_in_any_order() {
    let (mut files, mut subsets) = (0, 0);
    for path in fixtures() {
        files += usize::from(check_file(&path, &mut subsets));
    }
    assert!(files >= 60, "every fixture with rows is checked: {files}");
    assert!(subsets >= 40, "most have a subset to check too: {subsets}");
}

#[test]
fn every_real_sample_read_again_or_with_a_subset_changes_no_total() {
    let (mut files, mut subsets) = (0, 0);
    for path in samples() {
        files += usize::from(check_file(&path, &mut subsets));
    }
    eprintln!("real samples checked: {files}, with a subset: {subsets}");
}

#[test]
fn overlapping_ranges_of_one_account_count_once_in_every_format() {
    let dir = common::root().join("tests/fixtures/overlap");
    for (name, ext) in [
        ("alipay", "csv"),
        ("wechat", "csv"),
        ("ofx", "ofx"),
        ("qif", "qif"),
        ("camt", "xml"),
        ("mt940", "sta"),
        ("chase", "csv"),
    ] {
        let read = |part: &str| {
            let file = format!("{name}-{part}.{ext}");
            (file.clone(), std::fs::read(dir.join(&file)).expect("the fixture reads"))
        };
        let (h1, h2, year) = (read("h1"), read("h2"), read("year"));
        let (whole, rows) = report(&[(&year.0, &year.1)]);
        let whole = whole.expect("a report of the year");
        assert_eq!(rows.len(), 10, "{name}: ten rows, two identical coffees among them");
        assert_eq!(whole.totals().payments, 9, "{name}: both coffees count");
        assert_eq!(whole.totals().spending, 71300, "{name}");
        for files in [[&h1, &h2], [&h2, &h1]] {
            let (both, rows) = report(&[(&files[0].0, &files[0].1), (&files[1].0, &files[1].1)]);
            let what = format!("{name}: {} then {}", files[0].0, files[1].0);
            // April–June (four rows, both coffees) is in both halves.
            same_report(&what, &Some(whole.clone()), &both, 4);
            assert_eq!(rows.iter().filter(|t| t.kind == Kind::Duplicate).count(), 4, "{what}");
        }
        // The file list says which rows the second file repeats.
        let batch = yearbook::read([Input::new(&h1.0, &h1.1[..]), Input::new(&h2.0, &h2.1[..])]);
        let second = batch.files[1].as_ref().expect("reads");
        assert_eq!(second.already_in.len(), 1, "{name}");
        assert_eq!(
            (second.already_in[0].file.as_str(), second.already_in[0].rows),
            (h1.0.as_str(), 4)
        );
    }
}
