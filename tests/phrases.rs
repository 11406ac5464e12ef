//! Every reason, warning and error the parsers produce for the committed fixtures exists in
//! Chinese and English: read through the public API, each row's reason renders differently in
//! the two languages, the Chinese one is Chinese, and no placeholder is left unfilled.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use std::path::{Path, PathBuf};
use yearbook::phrase::placeholders;
use yearbook::present::Lang;
use yearbook::{Input, Phrase};

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("expected" | "py" | "md" | "sh")
        ) {
            out.push(path);
        }
    }
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

/// Both renderings are complete, and the Chinese one is Chinese and not the English one.
fn check(what: &str, phrase: &Phrase) {
    let (zh, en) = (phrase.render(Lang::Zh), phrase.render(Lang::En));
    assert_ne!(zh, en, "{what}: the same in both languages");
    assert!(has_chinese(&zh), "{what}: {zh}");
    assert!(placeholders(&zh).is_empty() && placeholders(&en).is_empty(), "{what}: {zh} / {en}");
    assert_eq!(en, phrase.to_string(), "{what}: Display is English");
}

#[test]
fn every_fixture_row_warning_and_error_reads_in_both_languages() {
    let mut paths = Vec::new();
    files_under(&common::root().join("tests/fixtures"), &mut paths);
    paths.sort();
    let contents: Vec<(String, Vec<u8>)> = paths
        .iter()
        .filter_map(|p| Some((p.display().to_string(), std::fs::read(p).ok()?)))
        .collect();
    let mut inputs: Vec<(&str, &[u8])> =
        contents.iter().map(|(name, bytes)| (name.as_str(), bytes.as_slice())).collect();
    let demo = yearbook::sample::alipay_2023(400, 7);
    inputs.push(("demo.csv", &demo));
    // Read together, as the page reads them, so cross-file duplicates get their reason too.
    let batch = yearbook::read(inputs.iter().map(|(name, bytes)| Input::new(name, *bytes)));
    let (results, transactions) = (&batch.files, &batch.transactions);
    let (mut warnings, mut errors) = (0, 0);
    for ((name, _), result) in inputs.iter().zip(results) {
        match result {
            Ok(parsed) => {
                for warning in &parsed.warnings {
                    warnings += 1;
                    let (zh, en) = (warning.render(Lang::Zh), warning.render(Lang::En));
                    assert!(zh != en && has_chinese(&zh), "{name}: {zh}");
                    // Only a library's own words (quick-xml, zip) may read the same.
                    if warning.message.template() != &yearbook::phrase::messages::AS_WRITTEN {
                        check(&format!("{name}: warning"), &warning.message);
                    }
                }
            }
            Err(error) => {
                errors += 1;
                check(&format!("{name}: error"), &error.phrase());
            }
        }
    }
    for t in transactions {
        check(&format!("{:?} row {}", t.source, t.row), &t.reason);
    }
    let kinds: std::collections::BTreeSet<_> = transactions.iter().map(|t| t.kind).collect();
    // The fixtures cover every kind, so every family of reasons was checked.
    assert_eq!(kinds.len(), 9, "{kinds:?}");
    assert!(transactions.len() > 500 && warnings > 10 && errors > 5, "{warnings} {errors}");
}
