//! Never crash on OFX or QIF input: thousands of deterministic mutations of every fixture in
//! `tests/fixtures/ofx/` and `tests/fixtures/qif/`, every truncation, random bytes, and random
//! strings built from the characters the tag scanner and the QIF reader treat specially, all
//! through `yearbook::read`, alone and with a wallet export beside them (the duplicate
//! marking), each outcome held to the crate's invariants. A crash found here becomes a fixture.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{mutant, read_checked, read_one, Rng};

use std::path::PathBuf;
use yearbook::{DateOrder, Input, Options, Report};

/// Bytes that mean something to the OFX scanner or the QIF reader.
const SPECIAL: &[u8] = b"<>/!?-[]&;#x\n\r^DTPLSE$'.,0123456789 \xA1\xFF";

fn fixtures(folder: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(folder);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e != "expected"))
        .map(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy().to_string();
            (name, std::fs::read(&p).expect("fixture reads"))
        })
        .collect();
    files.sort();
    files
}

/// The report over the rows of a batch whose invariants hold.
fn check_batch(batch: &yearbook::Batch) {
    if let Err(broken) = batch.check_invariants() {
        panic!("{broken}");
    }
    let _ = Report::build(&batch.transactions, None);
}

/// Parses alone and, when a wallet export is given, beside it; returns the rows read alone.
fn pipeline(bytes: &[u8], wallet: Option<&[u8]>) -> usize {
    let mut options = Options::default();
    options.date_order = Some(DateOrder::DayFirst);
    let alone = match read_checked(bytes, "mutant", &options) {
        Ok(parsed) => {
            let _ = Report::build(&parsed.transactions, None);
            parsed.transactions.len()
        }
        Err(error) => {
            assert!(!error.to_string().is_empty());
            0
        }
    };
    let Some(wallet) = wallet else { return alone };
    let batch = yearbook::read([
        Input::new("mutant", bytes).with_options(&options),
        Input::new("wallet.csv", wallet).with_options(&options),
    ]);
    assert_eq!(batch.files.len(), 2);
    check_batch(&batch);
    let bank_rows = batch.files[0].as_ref().map_or(0, |p| p.rows.len());
    assert_eq!(bank_rows, alone, "reading beside a wallet changes no row count");
    alone
}

fn wallet() -> Vec<u8> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::read(dir.join("alipay-2023/basic.csv")).expect("alipay fixture")
}

fn mutate_folder(folder: &str, seed: u64, per_file: usize) {
    let wallet = wallet();
    let mut rng = Rng(seed);
    let (mut mutants, mut survivors) = (0, 0);
    for (name, bytes) in fixtures(folder) {
        for i in 0..per_file {
            mutants += 1;
            // Every fourth mutant is also read beside a wallet export, to mark duplicates.
            let beside = (i % 4 == 0).then_some(wallet.as_slice());
            if pipeline(&mutant(&mut rng, &bytes, SPECIAL), beside) > 0 {
                survivors += 1;
            }
        }
        for len in 0..bytes.len() {
            let _ = read_one(&bytes[..len], &name);
        }
    }
    // Most mutants still hold readable rows: the readers recover instead of giving up.
    assert!(survivors * 2 > mutants, "only {survivors} of {mutants} {folder} mutants read rows");
}

#[test]
fn mutations_of_every_ofx_fixture_never_panic() {
    mutate_folder("ofx", 101, 250);
}

#[test]
fn mutations_of_every_qif_fixture_never_panic() {
    mutate_folder("qif", 202, 250);
}

#[test]
fn random_bytes_and_special_characters_never_panic() {
    let wallet = wallet();
    let mut rng = Rng(303);
    for len in [1, 2, 3, 7, 100, 2000] {
        for _ in 0..100 {
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            pipeline(&bytes, Some(&wallet));
        }
    }
    // Text that is detected as OFX or QIF, then nothing but the characters that matter.
    for header in [&b"OFXHEADER:100\n<OFX>"[..], b"<?OFX?>", b"!Type:Bank\n", b"!Account\n"] {
        for _ in 0..500 {
            let len = rng.below(300);
            let body: Vec<u8> = (0..len).map(|_| SPECIAL[rng.below(SPECIAL.len())]).collect();
            pipeline(&[header, &body].concat(), Some(&wallet));
        }
    }
    for text in [
        "<OFX><STMTTRN><STMTTRN><STMTTRN></OFX></STMTTRN>",
        "<OFX><STMTTRN><TRNAMT>99999999999999999999999<DTPOSTED>99991231",
        "<OFX><STMTTRN><TRNAMT>-9223372036854775808<DTPOSTED>20240101",
        "<OFX><STMTTRN><TRNAMT>1e400<DTPOSTED>20240101",
        "<OFX><CURDEF>JPY<STMTTRN><TRNAMT>-1.5<DTPOSTED>20240101<NAME>&#x110000;&#55296;</OFX>",
        "<OFX><STMTTRN><DTPOSTED>00000101<TRNAMT>-1</STMTTRN><![CDATA[",
        "<!--<OFX>",
        "!Type:Bank\nD1/1/1\nT-92233720368547758.08\n^\nD99/99/9999\nT1\n^",
        "!Type:Invst\nD1/13/2020\nNBuy\n$-92233720368547758.07\n^",
        "!Type:Bank\nS\n$\n$\nS\n^\n^\n^",
        "!Type:Bank\nD01/13/2020\nT1\nS[A]\n$92233720368547758.07\nS[B]\n$92233720368547758.07\n^",
    ] {
        pipeline(text.as_bytes(), Some(&wallet));
    }
}

#[test]
fn deep_nesting_and_long_files_stay_linear() {
    // 200,000 aggregates that never close, then 2,000 rows: every leaf checks its context, so
    // an unbounded stack would make this quadratic (minutes); bounded, it is instant.
    let mut text = String::from("OFXHEADER:100\n<OFX><STMTRS><CURDEF>EUR");
    text.push_str(&"<AGG>".repeat(200_000));
    for day in 0..2_000 {
        text.push_str(&format!(
            "<STMTTRN><TRNAMT>-1.00<DTPOSTED>2024{:02}{:02}",
            1 + day % 12,
            1 + day % 28
        ));
    }
    let parsed = read_one(text.as_bytes(), "deep.ofx").expect("reads");
    assert_eq!(parsed.transactions.len(), 2_000);
    assert!(parsed.transactions.iter().all(|t| t.amount.currency == yearbook::Currency::EUR));
    let mut qif = String::from("!Type:Bank\n");
    for day in 0..20_000 {
        qif.push_str(&format!("D{}/{}/2024\nT-1.00\nS\n$-1.00\n^\n", 1 + day % 12, 13 + day % 15));
    }
    assert_eq!(read_one(qif.as_bytes(), "long.qif").expect("reads").transactions.len(), 20_000);
}
