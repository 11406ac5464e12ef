//! ISO 20022 camt.052/053/054: every synthetic fixture in `tests/fixtures/camt/` (one per
//! pitfall of statement-formats.md §3c) against its `.expected` dump, and the real published
//! samples read from `../shared/samples/camt053/`, checked against numbers worked out by hand
//! from each file and against the balances the file states.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{check_text, dump, read_one, root, sample, One};
use std::collections::BTreeMap;
use yearbook::{Direction, Kind, Source};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/camt").join(name)).expect("fixture exists")
}

fn check_fixture(name: &str) -> One {
    let file = format!("{name}.xml");
    let result = read_one(&fixture(&file), &file);
    check_text(
        &dump(&result),
        &root().join("tests/fixtures/camt").join(format!("{name}.expected")),
    );
    result.unwrap_or_else(|e| panic!("{file} reads: {e}"))
}

/// The signed sum per currency code, minor units.
fn sums(parsed: &One) -> BTreeMap<String, i64> {
    let mut sums = BTreeMap::new();
    for t in &parsed.transactions {
        *sums.entry(t.amount.currency.code().to_string()).or_insert(0) += t.signed_minor();
    }
    sums
}

/// Number of rows, signed sum per currency, earliest and latest booking time.
fn summary(parsed: &One) -> (usize, BTreeMap<String, i64>, String, String) {
    let times = parsed.transactions.iter().map(|t| t.time.format("%Y-%m-%d %H:%M:%S").to_string());
    let first = times.clone().min().unwrap_or_default();
    let last = times.max().unwrap_or_default();
    (parsed.transactions.len(), sums(parsed), first, last)
}

fn eur(minor: i64) -> BTreeMap<String, i64> {
    BTreeMap::from([("EUR".to_string(), minor)])
}

#[test]
fn v02_names_fallbacks_several_ustrd_and_a_date_with_an_offset() {
    let parsed = check_fixture("v02-basic");
    // OPBD 1000.00 + entries = CLBD 3316.80.
    assert_eq!(100_000 + sums(&parsed)["EUR"], 331_680);
    assert!(parsed.transactions.iter().all(|t| &*t.account == "DE02120300000000202051"));
}

#[test]
fn v08_status_code_nested_names_times_as_written_and_five_decimals() {
    let parsed = check_fixture("v08-nested-names");
    // 23:30 at UTC-5 stays 31 December 23:30: the offset is ignored.
    assert_eq!(parsed.transactions[0].time.to_string(), "2024-12-31 23:30:00");
    assert!(parsed.transactions[0].has_time);
    // 12.34567 CHF rounds to 12.35; OPBD 100.00 + 1203.30 - 12.35 = CLBD 1290.95.
    assert_eq!(parsed.transactions[1].amount.minor, 1235);
    assert_eq!(sums(&parsed)["CHF"], 129_095 - 10_000);
}

#[test]
fn pending_and_information_entries_move_no_money() {
    let parsed = check_fixture("pending-and-info");
    let booked: Vec<i64> = parsed.transactions.iter().map(|t| t.signed_minor()).collect();
    assert_eq!(booked, [-2500, 0, 0, 0]);
    assert!(parsed.transactions[1..].iter().all(|t| t.kind == Kind::Cancelled));
    assert_eq!(&*parsed.transactions[1].status, "PDNG");
}

#[test]
fn reversals_never_count_as_new_spending_or_income() {
    let parsed = check_fixture("reversals");
    let kinds: Vec<Kind> = parsed.transactions.iter().map(|t| t.kind).collect();
    use Kind::*;
    assert_eq!(kinds, [Expense, Refund, Cancelled, Cancelled, Cancelled]);
    let spending: i64 = parsed.transactions.iter().map(|t| t.spending_minor()).sum();
    assert_eq!(spending, 0, "the returned direct debit nets its debit");
    // The balances still reconcile: 500.00 + entries = 430.00.
    assert_eq!(50_000 + sums(&parsed)["EUR"], 43_000);
}

#[test]
fn batches_explode_when_they_add_up_and_warn_when_not() {
    let parsed = check_fixture("batch");
    assert_eq!(parsed.transactions.len(), 5);
    assert_eq!(parsed.rows_seen, 5, "three exploded transactions and two entries kept whole");
    let first_three: i64 = parsed.transactions[..3].iter().map(|t| t.amount.minor).sum();
    assert_eq!(first_three, 18_050);
    assert_eq!(parsed.transactions[2].kind, Kind::Investment, "SECU on one transaction");
    assert_eq!(parsed.warnings.len(), 2);
    assert_eq!(200_000 + sums(&parsed)["EUR"], 136_950);
}

#[test]
fn money_between_the_holders_own_accounts_is_a_transfer() {
    let parsed = check_fixture("own-accounts");
    let kinds: Vec<Kind> = parsed.transactions.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [Kind::Transfer, Kind::Investment, Kind::Transfer, Kind::Expense]);
    assert_eq!(&*parsed.transactions[2].account, "DE89370400440532013000");
    assert_eq!(parsed.transactions[3].amount.currency.code(), "USD", "from the account's Ccy");
    assert_eq!(
        sums(&parsed),
        BTreeMap::from([("EUR".to_string(), -100_000), ("USD".to_string(), -1999)])
    );
}

#[test]
fn camt054_with_a_namespace_prefix() {
    let parsed = check_fixture("camt054-prefixed");
    assert_eq!(parsed.source, Source::Camt);
    assert_eq!(&*parsed.transactions[0].counterparty, "Migros Zürich");
}

#[test]
fn latin1_file_read_as_its_declaration_says() {
    let bytes = fixture("latin1.xml");
    // Without their declaration the bytes do not read right (they sniff as GBK): this fixture
    // is the case the declaration must settle, in `decode`, before any parser sees the text.
    let undeclared = bytes.get(bytes.iter().position(|&b| b == b'\n').expect("lines")..);
    let undeclared = yearbook::decode::decode(undeclared.expect("a body"));
    assert_eq!(undeclared.encoding, "gb18030");
    assert!(!undeclared.text.contains("Süßwaren Müller"));
    assert!(yearbook::decode::decode(&bytes).text.contains("Süßwaren Müller"));
    let parsed = check_fixture("latin1");
    assert_eq!(parsed.encoding, "windows-1252");
    assert_eq!(&*parsed.transactions[0].counterparty, "Süßwaren Müller");
    assert_eq!(parsed.transactions[0].description, "Grüße, Größe, Süße");
}

#[test]
fn utf8_declared_as_latin1_stays_utf8() {
    let text = String::from_utf8(fixture("v08-nested-names.xml")).expect("UTF-8");
    let mislabelled = text.replacen("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"", 1);
    assert_ne!(text, mislabelled);
    let parsed = read_one(mislabelled.as_bytes(), "mislabelled.xml").expect("reads");
    assert_eq!(parsed.encoding, "UTF-8");
    assert_eq!(parsed.transactions[0].description, "Rückerstattung Prämie");
}

#[test]
fn unreadable_entries_become_warnings_on_their_lines() {
    let parsed = check_fixture("bad-entries");
    let rows: Vec<u32> = parsed.warnings.iter().filter_map(|w| w.position.row).collect();
    assert_eq!(rows, [9, 10, 11, 12, 13, 14]);
    assert_eq!(parsed.transactions.len(), 1);
    assert_eq!(parsed.rows_seen, 7);
}

#[test]
fn a_cut_off_file_keeps_the_entries_before_the_cut() {
    let parsed = check_fixture("truncated");
    assert_eq!(parsed.transactions.len(), 1);
    assert!(parsed.warnings[0]
        .message
        .to_string()
        .contains("entries it cut off or broke are left out"));
}

#[test]
fn damaged_tags_are_survived_and_reported() {
    let parsed = check_fixture("mismatched-tags");
    let amounts: Vec<i64> = parsed.transactions.iter().map(|t| t.signed_minor()).collect();
    assert_eq!(
        amounts,
        [-100, -200, 400],
        "the entry whose <CdtDbtInd> swallowed its date is left out"
    );
    assert!(parsed.transactions.iter().all(|t| &*t.account == "DE02120300000000202051"));
    let rows: Vec<u32> = parsed.warnings.iter().filter_map(|w| w.position.row).collect();
    assert_eq!(rows, [10, 7]);
}

#[test]
fn xml_cut_before_any_entry_is_a_whole_file_error() {
    let result = read_one(&fixture("cut-before-entries.xml"), "cut-before-entries.xml");
    check_text(&dump(&result), &root().join("tests/fixtures/camt/cut-before-entries.expected"));
    let message = result.expect_err("cut").to_string();
    assert!(message.contains("camt.053"), "{message}");
    assert!(message.contains("it was cut off"), "{message}");
}

#[test]
fn the_same_statement_in_utf16_with_a_bom_reads_the_same() {
    let bytes = fixture("v02-basic.xml");
    let text = String::from_utf8(bytes.clone()).expect("UTF-8");
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let a = read_one(&bytes, "a.xml").expect("reads");
    let b = read_one(&utf16, "a.xml").expect("reads");
    assert_eq!(a.transactions, b.transactions);
    assert_eq!(b.encoding, "UTF-16LE");
}

/// A real sample: rows, signed sum per currency, earliest and latest booking time.
fn real(path: &str) -> Option<One> {
    let bytes = sample(&format!("camt053/{path}"))?;
    let parsed = read_one(&bytes, path).unwrap_or_else(|e| panic!("{path} reads: {e}"));
    assert_eq!(parsed.source, Source::Camt);
    assert!(parsed.warnings.is_empty(), "{path}: {:?}", parsed.warnings);
    Some(parsed)
}

#[test]
fn real_genkgo_v2_minimal() {
    let Some(parsed) = real("genkgo/camt053.v2.minimal.xml") else { return };
    // One CRDT entry of 8.85 EUR on 2014-12-31.
    let day = "2014-12-31 00:00:00".to_string();
    assert_eq!(summary(&parsed), (1, eur(885), day.clone(), day));
    // OPBD 18.15 + 8.85 = 27.00, the CLBD amount (which the file writes in SEK and as DBIT: a
    // test file's carelessness; the amounts agree).
    assert_eq!(1815 + sums(&parsed)["EUR"], 2700);
    let t = &parsed.transactions[0];
    assert_eq!((&*t.counterparty, t.direction), ("NAME NAME", Direction::In));
    assert_eq!(t.description, "4654654654654654", "the creditor reference, for want of Ustrd");
}

#[test]
fn real_genkgo_v2_two_statements() {
    let Some(parsed) = real("genkgo/camt053.v2.multi.statement.xml") else { return };
    // Statement 1: +8.85; statement 2: -7.00; both 2014-12-31.
    let day = "2014-12-31 00:00:00".to_string();
    assert_eq!(summary(&parsed), (2, eur(885 - 700), day.clone(), day));
    // Statement 1: OPBD 18.15 + 8.85 = CLBD 27.00; statement 2: OPBD 27.00 - 7.00 = CLBD 20.00.
    assert_eq!(1815 + parsed.transactions[0].signed_minor(), 2700);
    assert_eq!(2700 + parsed.transactions[1].signed_minor(), 2000);
    assert_eq!(&*parsed.transactions[1].counterparty, "Company Name 2");
}

#[test]
fn real_genkgo_v4() {
    let Some(parsed) = real("genkgo/camt053.v4.xml") else { return };
    let day = "2014-12-31 00:00:00".to_string();
    assert_eq!(summary(&parsed), (1, eur(885), day.clone(), day));
    // The account is an Othr/Id, not an IBAN.
    assert_eq!(&*parsed.transactions[0].account, "NL26VAYB8060476890");
}

#[test]
fn real_genkgo_v8() {
    let Some(parsed) = real("genkgo/camt053.v8.xml") else { return };
    // BookgDt/DtTm 2014-12-31T13:15:00+01:00: the time as written.
    let time = "2014-12-31 13:15:00".to_string();
    assert_eq!(summary(&parsed), (1, eur(885), time.clone(), time));
    assert_eq!(&*parsed.transactions[0].counterparty, "NAME NAME", "v08 Dbtr/Pty/Nm");
}

#[test]
fn real_kedder_v8_standalone() {
    let Some(parsed) = real("kedder-iso20022/camt053.xml") else { return };
    let day = "2023-01-25 00:00:00".to_string();
    let chf = BTreeMap::from([("CHF".to_string(), 128_430)]);
    assert_eq!(summary(&parsed), (1, chf, day.clone(), day));
    // OPBD 832.01 + 1284.30 = CLBD 2116.31.
    assert_eq!(83_201 + sums(&parsed)["CHF"], 211_631);
    assert_eq!(&*parsed.transactions[0].counterparty, "PAYEE");
}

#[test]
fn real_kedder_gcamp6_crlf_tabs() {
    let Some(parsed) = real("kedder-iso20022/gcamp6.xml") else { return };
    // 10000.00 + 1000.00 + 1000.00 + 1000.00 + 10.00 = 13010.00, all CRDT, in "XXX".
    let xxx = BTreeMap::from([("XXX".to_string(), 1_301_000)]);
    let range = ("2016-04-23 00:00:00".to_string(), "2016-12-31 00:00:00".to_string());
    assert_eq!(summary(&parsed), (5, xxx, range.0, range.1));
    // The file states OPBD 0.00 and CLBD 10000.00: its balances miss 3010.00 of its own
    // entries (a scrubbed sample). Pinned, so a misread amount would show.
    assert_eq!(1_000_000 - sums(&parsed)["XXX"], -301_000);
    assert!(parsed.transactions.iter().all(|t| &*t.counterparty == "Account Transfer"));
}

#[test]
fn real_kedder_simple_utf8_names() {
    let Some(parsed) = real("kedder-iso20022/simple.xml") else { return };
    // 0.29 + 0.29 + 28.19 + 152.24 = 181.01 out (TxsSummry TtlDbtNtries says 181.01 too).
    let range = ("2015-12-31 00:00:00".to_string(), "2015-12-31 02:00:31".to_string());
    assert_eq!(summary(&parsed), (4, eur(-18_101), range.0, range.1));
    // OPBD 306.53 - 181.01 = CLBD 125.52.
    assert_eq!(30_653 + sums(&parsed)["EUR"], 12_552);
    assert_eq!(parsed.transactions[0].description, "Sąskaitos aptarnavimo mokestis");
}
