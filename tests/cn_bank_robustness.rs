//! Never crash on Chinese bank, JD, Meituan and `.xls` files: deterministic mutations of every
//! fixture of `tests/fixtures/cn-bank/` (bytes changed, removed, inserted, cut, copied), every
//! truncation, and one-cell damage that must cost at most that row. The `.xls` ones reach
//! calamine's BIFF8 and OLE2 readers mutated, since its panics would be ours (the release wasm
//! aborts on a panic). All through `yearbook::read`, its invariants checked, and the report.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{mutant, read_checked, root, Rng};
use yearbook::{Options, Report};

/// Reads and builds the report; returns the rows read (0 for a refused file).
fn pipeline(bytes: &[u8], name: &str) -> usize {
    let Ok(parsed) = read_checked(bytes, name, Options::none()) else { return 0 };
    let _ = Report::build(&parsed.transactions, None);
    parsed.transactions.len()
}

fn fixtures(extension: &str) -> Vec<(String, Vec<u8>)> {
    let dir = root().join("tests/fixtures/cn-bank");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            (name, std::fs::read(p).expect("fixture"))
        })
        .collect()
}

#[test]
fn mutated_csv_files_never_panic_and_mostly_still_read() {
    let seeds = fixtures("csv");
    assert!(seeds.len() >= 13, "{}", seeds.len());
    let mut rng = Rng(15);
    let mut survivors = 0;
    let runs = 3000;
    for _ in 0..runs {
        let (name, seed) = &seeds[rng.below(seeds.len())];
        let alphabet = "，,\"\t\n\r-+()（）/年月日¥￥.0123456789还款退款\u{feff}".as_bytes();
        if pipeline(&mutant(&mut rng, seed, alphabet), name) > 0 {
            survivors += 1;
        }
    }
    // A mutation in a header row makes the file one no profile knows (the column mapping
    // step, no rows): about half of them.
    assert!(survivors > runs * 4 / 10, "only {survivors} of {runs} mutants yielded rows");
}

#[test]
fn mutated_xls_workbooks_never_panic() {
    let seeds = fixtures("xls");
    assert!(seeds.len() >= 4);
    let mut rng = Rng(8);
    let mut survivors = 0;
    let runs = 3000;
    for _ in 0..runs {
        let (name, seed) = &seeds[rng.below(seeds.len())];
        let mut bytes = seed.clone();
        // A few bytes changed inside the workbook: past the OLE2 header, into the BIFF records.
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len());
            bytes[at] = rng.next() as u8;
        }
        if rng.below(10) == 0 {
            bytes = mutant(&mut rng, &bytes, b"\x00\x01\x02\x08\x09\xfc\x00\xfd\x03\xff");
        }
        if pipeline(&bytes, name) > 0 {
            survivors += 1;
        }
    }
    // Most single-byte damage lands in unused sector space and leaves the rows readable.
    assert!(survivors > runs / 3, "only {survivors} of {runs} workbook mutants yielded rows");
}

#[test]
fn every_truncation_is_handled() {
    for (name, seed) in fixtures("csv").into_iter().chain(fixtures("xls")) {
        let step = (seed.len() / 200).max(1);
        for cut in (0..seed.len()).step_by(step) {
            pipeline(&seed[..cut], &name);
        }
    }
}

/// A damaged amount or date costs its own row, never the file: each fixture with one data
/// row's cell replaced still reads every other row, and the damage is a warning.
#[test]
fn one_bad_cell_costs_one_row() {
    for (name, seed) in fixtures("csv") {
        let whole = pipeline(&seed, &name);
        if whole < 3 {
            continue;
        }
        let text = String::from_utf8(seed.clone()).expect("UTF-8 fixture");
        // The last line holding a date-like cell: replace its first digit run's start.
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        let Some(at) = lines.iter().rposition(|l| l.contains("20") && l.contains(',')) else {
            continue;
        };
        let broken: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| if i == at { l.replacen("20", "X?", 1) } else { (*l).to_string() })
            .collect();
        let parsed = read_checked(broken.as_bytes(), &name, Options::none()).expect("still reads");
        assert!(
            parsed.transactions.len() + 1 >= whole,
            "{name}: {} of {whole}",
            parsed.transactions.len()
        );
    }
}
