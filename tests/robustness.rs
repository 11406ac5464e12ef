//! Never crash on input: random mutations, truncations and junk through the whole pipeline
//! (parse → report → chart). Deterministic, so a failure reproduces; a crash found here becomes
//! a fixture of its own.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{mutant, read_checked, rezip, unzip, Rng};

/// Bytes that mean something to CSV readers.
const ALPHABET: &[u8] = b",\t\"\n\r-\xA1\xFF";

use plotters::prelude::*;
use yearbook::chart::{monthly_spending, Theme};
use yearbook::{Options, Report};

/// Runs the whole pipeline; returns how many transactions came out.
fn pipeline(bytes: &[u8]) -> usize {
    let Ok(parsed) = read_checked(bytes, "mutant.csv", Options::none()) else { return 0 };
    if let Some(report) = Report::build(&parsed.transactions, None) {
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (320, 160)).into_drawing_area();
        monthly_spending(&area, &report, &Theme::default(), yearbook::present::Lang::En)
            .expect("charts draw any report");
    }
    parsed.transactions.len()
}

#[test]
fn random_mutations_of_a_statement_never_panic() {
    let seed = yearbook::sample::alipay_2023(60, 3);
    let mut rng = Rng(42);
    let mut survivors = 0;
    for _ in 0..1500 {
        if pipeline(&mutant(&mut rng, &seed, ALPHABET)) > 0 {
            survivors += 1;
        }
    }
    // Most mutants still hold readable rows: the parser recovers instead of giving up.
    assert!(survivors > 1000, "only {survivors} of 1500 mutants yielded transactions");
}

#[test]
fn every_truncation_of_a_statement_is_handled() {
    let seed = yearbook::sample::alipay_2023(8, 5);
    for len in 0..seed.len() {
        pipeline(&seed[..len]);
    }
}

#[test]
fn junk_inputs_are_errors_not_panics() {
    let mut rng = Rng(7);
    for len in [1, 2, 3, 7, 100, 5000] {
        for _ in 0..50 {
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            pipeline(&bytes);
        }
    }
    for text in [
        "交易时间,交易分类,金额,收/支,交易状态",
        "交易时间,交易分类,金额,收/支,交易状态\n,,,,\n\"\n",
        "交易时间,交易分类,金额,收/支,交易状态\n2024-01-01 00:00:00,a,99999999999999999999,支出,交易成功\n",
        "交易时间,交易分类,金额,收/支,交易状态\n2024-01-01 00:00:00,a,1e999,支出,交易成功\n",
        "交易时间,交易分类,金额,收/支,交易状态\n9999-12-31 23:59:59,a,92233720368547758.07,支出,交易成功\n9999-12-31 23:59:59,a,92233720368547758.07,支出,交易成功\n",
        "电子客户回单 支付宝",
    ] {
        pipeline(text.as_bytes());
    }
}

fn wechat_fixture(path: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path),
    )
    .expect("fixture exists")
}

#[test]
fn random_mutations_of_a_wechat_csv_never_panic() {
    let body = |name: &str| -> Vec<u8> {
        let text = wechat_fixture(name);
        let rows = text.split(|&b| b == b'\n').skip(17);
        rows.collect::<Vec<_>>().join(&b'\n')
    };
    let seed = [
        wechat_fixture("wechat-csv/basic.csv"),
        body("wechat-csv/refunds.csv"),
        body("wechat-csv/neutral-and-fees.csv"),
    ]
    .concat();
    let mut rng = Rng(43);
    let mut survivors = 0;
    for _ in 0..800 {
        let bytes = mutant(&mut rng, &seed, ALPHABET);
        if pipeline(&bytes) > 0 {
            survivors += 1;
        }
    }
    // A damaged byte costs a character, not the file (decode.rs reads near-valid UTF-8 as
    // UTF-8), so most mutants still yield rows.
    assert!(survivors > 500, "only {survivors} of 800 mutants yielded transactions");
    // Cuts through the preamble and header every 3 bytes, then through the rows every 11th.
    for len in (0..1200).step_by(3).chain((1200..seed.len()).step_by(11)) {
        pipeline(&seed[..len]);
    }
}

#[test]
fn random_mutations_of_a_wechat_xlsx_never_panic() {
    let seed = wechat_fixture("wechat-xlsx/header-row-18.xlsx");
    let mut rng = Rng(44);
    // The archive's bytes: most mutants fail the ZIP's checks and must say so, not panic.
    for _ in 0..300 {
        pipeline(&mutant(&mut rng, &seed, ALPHABET));
    }
    for len in (0..seed.len()).step_by(7) {
        pipeline(&seed[..len]);
    }
    // The parts inside, re-zipped so the mutated XML reaches calamine and the WeChat reader.
    let parts = unzip(&seed);
    assert!(pipeline(&rezip(&parts)) > 0, "the re-zipped seed reads");
    let mut survivors = 0;
    for _ in 0..600 {
        let mut mutated = parts.clone();
        let target = rng.below(mutated.len());
        mutated[target].1 = mutant(&mut rng, &mutated[target].1, ALPHABET);
        if pipeline(&rezip(&mutated)) > 0 {
            survivors += 1;
        }
    }
    assert!(survivors > 200, "only {survivors} of 600 mutated workbooks yielded transactions");
}
