//! Never crash on input: random mutations, truncations and junk through the whole pipeline
//! (parse → report → chart). Deterministic, so a failure reproduces; a crash found here becomes
//! a fixture of its own.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

use plotters::prelude::*;
use yearbook::chart::{monthly_spending, Theme};
use yearbook::{parse_bytes, Report};

/// SplitMix64, so the mutations are the same on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Runs the whole pipeline; returns how many transactions came out.
fn pipeline(bytes: &[u8]) -> usize {
    let Ok(parsed) = parse_bytes(bytes, "mutant.csv") else { return 0 };
    for t in &parsed.transactions {
        assert!(t.spending_minor >= 0, "spending below zero on row {}", t.row);
        assert!(t.spending_minor <= t.amount.minor, "spending above the amount on row {}", t.row);
        assert!(!t.reason.is_empty(), "row {} has no reason", t.row);
    }
    if let Some(report) = Report::build(&parsed.transactions, None) {
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (320, 160)).into_drawing_area();
        monthly_spending(&area, &report, &Theme::default()).expect("charts draw any report");
    }
    parsed.transactions.len()
}

#[test]
fn random_mutations_of_a_statement_never_panic() {
    let seed = yearbook::sample::alipay_2023(60, 3);
    let mut rng = Rng(42);
    let mut survivors = 0;
    for _ in 0..1500 {
        let mut bytes = seed.clone();
        for _ in 0..1 + rng.below(8) {
            let at = rng.below(bytes.len());
            match rng.below(5) {
                0 => bytes[at] = rng.next() as u8,
                1 => {
                    bytes.remove(at);
                }
                2 => bytes.insert(at, b",\t\"\n\r-\xA1\xFF"[rng.below(8)]),
                3 => bytes.truncate(at),
                _ => {
                    let len = rng.below(64).min(bytes.len() - at);
                    let chunk = bytes[at..at + len].to_vec();
                    let to = rng.below(bytes.len());
                    bytes.splice(to..to, chunk);
                }
            }
            if bytes.is_empty() {
                break;
            }
        }
        if pipeline(&bytes) > 0 {
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
