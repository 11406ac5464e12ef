//! SWIFT MT940: every synthetic fixture in `tests/fixtures/mt940/` (one per pitfall of
//! statement-formats.md §3d) against its `.expected` dump, and the real published samples read
//! from `../shared/samples/mt940/`, checked against numbers worked out by hand from each file
//! and, per account, against the opening and closing balances the file states.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{check_text, dump, read_one, root, sample, One};
use std::collections::BTreeMap;
use yearbook::{Direction, Kind, Source};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/mt940").join(name)).expect("fixture exists")
}

fn check_fixture(name: &str) -> One {
    let file = format!("{name}.sta");
    let bytes = fixture(&file);
    let result = read_one(&bytes, &file);
    check_text(
        &dump(&result),
        &root().join("tests/fixtures/mt940").join(format!("{name}.expected")),
    );
    let parsed = result.unwrap_or_else(|e| panic!("{file} reads: {e}"));
    assert_eq!(parsed.source, Source::Mt940);
    // Every fixture states balances that its readable rows reconcile.
    assert_eq!(unreconciled(&bytes, &parsed), BTreeMap::new(), "{file}");
    parsed
}

/// The signed sum per currency code, minor units.
fn sums(parsed: &One) -> BTreeMap<String, i64> {
    let mut sums = BTreeMap::new();
    for t in &parsed.transactions {
        *sums.entry(t.amount.currency.code().to_string()).or_insert(0) += t.signed_minor();
    }
    sums
}

/// Number of rows, signed sum per currency, earliest and latest date.
fn summary(parsed: &One) -> (usize, BTreeMap<String, i64>, String, String) {
    let dates = parsed.transactions.iter().map(|t| t.time.format("%Y-%m-%d").to_string());
    let first = dates.clone().min().unwrap_or_default();
    let last = dates.max().unwrap_or_default();
    (parsed.transactions.len(), sums(parsed), first, last)
}

fn eur(minor: i64) -> BTreeMap<String, i64> {
    BTreeMap::from([("EUR".to_string(), minor)])
}

/// A balance as the file writes it, `C110522EUR3236,28` → signed minor units (2 decimals).
fn balance(value: &str) -> Option<i64> {
    let sign = match value.get(..1)? {
        "C" => 1,
        "D" => -1,
        _ => return None,
    };
    let amount = value.get(10..)?.trim();
    let (whole, fraction) = amount.split_once(',')?;
    let fraction = format!("{fraction:0<2}");
    Some(sign * (whole.parse::<i64>().ok()? * 100 + fraction.get(..2)?.parse::<i64>().ok()?))
}

/// For each account of the file, the closing balance of its last statement minus the opening
/// balance of its first minus what the parser read: empty when everything reconciles. Reads
/// the balances with its own few lines, independent of the parser.
fn unreconciled(bytes: &[u8], parsed: &One) -> BTreeMap<String, i64> {
    let text = String::from_utf8_lossy(bytes);
    let mut stated: BTreeMap<String, (Option<i64>, Option<i64>)> = BTreeMap::new();
    let mut account = String::new();
    for line in text.lines() {
        let line = line.trim_matches(|c: char| c == '\u{1}' || c == '\u{3}' || c == '\r');
        if let Some(rest) = line.strip_prefix(":25:") {
            account = rest.trim().to_string();
        } else if let Some(rest) = line.strip_prefix(":60F:").or_else(|| line.strip_prefix(":60M:"))
        {
            let entry = stated.entry(account.clone()).or_default();
            entry.0 = entry.0.or(balance(rest));
        } else if let Some(rest) = line.strip_prefix(":62F:").or_else(|| line.strip_prefix(":62M:"))
        {
            stated.entry(account.clone()).or_default().1 = balance(rest);
        }
    }
    let mut differences = BTreeMap::new();
    for (account, (opening, closing)) in stated {
        let (Some(opening), Some(closing)) = (opening, closing) else { continue };
        let read: i64 = parsed
            .transactions
            .iter()
            .filter(|t| *t.account == *account)
            .map(|t| t.signed_minor())
            .sum();
        let difference = closing - opening - read;
        if difference != 0 {
            differences.insert(account, difference);
        }
    }
    differences
}

#[test]
fn swift_fin_blocks_with_crlf() {
    let parsed = check_fixture("fin-blocks");
    assert_eq!(parsed.transactions.len(), 2);
    assert_eq!(parsed.transactions[0].order_id, "B4C01", "the bank reference after //");
}

#[test]
fn soh_and_etx_wrappers_and_a_funds_code_n() {
    let parsed = check_fixture("soh-etx");
    assert_eq!(sums(&parsed), BTreeMap::from([("PLN".to_string(), -4599 + 10_000 - 401)]));
}

#[test]
fn pre_headers_prose_soft_hyphens_and_statement_level_information() {
    let parsed = check_fixture("pre-headers");
    assert_eq!(parsed.rows_seen, 5);
    assert_eq!(
        parsed.transactions[0].description, "ABN AMRO BANK>AMSTERDAM 01-03-2024 09:57 002 5595781",
        "soft hyphens gone, the tab a space"
    );
    assert_eq!(&*parsed.transactions[2].counterparty, "MC DONALDS A44 LEIDEN");
    assert_eq!(&*parsed.transactions[4].counterparty, "T-MOBILE NETHERLANDS BV");
}

#[test]
fn funds_codes_reversals_zero_padding_and_short_decimals() {
    let parsed = check_fixture("funds-codes");
    let amounts: Vec<i64> = parsed.transactions.iter().map(|t| t.signed_minor()).collect();
    assert_eq!(
        amounts,
        [-82_941_978, 500, 30_000, -11_935, -30_000, 11_935, 121_328, -1180],
        "DK829419,78 CK5, CR300, DR119,35 RCR300, RDR119,35 C000000001213,28 D11,8"
    );
    let kinds: Vec<Kind> = parsed.transactions.iter().map(|t| t.kind).collect();
    use Kind::*;
    assert_eq!(kinds, [Expense, Income, Cancelled, Expense, Cancelled, Refund, Income, Expense]);
    // The returned direct debit nets its debit; the reversed credit and its credit count nowhere.
    assert_eq!(parsed.transactions[3].spending_minor(), 0);
    assert_eq!(
        parsed.transactions[2].reason,
        "credit taken back by the reversal on row 19: it is not income"
    );
}

#[test]
fn german_structured_information_wrapped_mid_word() {
    let parsed = check_fixture("german-structured");
    let t = &parsed.transactions;
    assert_eq!(&*t[0].counterparty, "Telefonica Germany GmbH & Co. OHG");
    assert_eq!(t[0].description, "Mobilfunk April Vertrag 0815");
    assert_eq!(&*t[0].provider_category, "SEPA-BASISLASTSCHRIFT");
    assert_eq!(t[3].description, "Bestellung 4711 Bücherregal");
    let kinds: Vec<Kind> = t.iter().map(|t| t.kind).collect();
    use Kind::*;
    assert_eq!(kinds, [Expense, Income, Transfer, Expense, Refund, Investment, Transfer]);
}

#[test]
fn sepa_key_value_information() {
    let parsed = check_fixture("sepa-key-value");
    let names: Vec<&str> = parsed.transactions.iter().map(|t| &*t.counterparty).collect();
    assert_eq!(
        names,
        ["Vattenfall Klantenservice", "J. de Vries", "Albert Heijn BV", "Oma Jansen"]
    );
    assert_eq!(parsed.transactions[0].description, "Termijnbedrag mei 2024");
}

#[test]
fn two_digit_years_and_entry_dates_across_the_year_boundary() {
    let parsed = check_fixture("year-boundary");
    let dates: Vec<String> =
        parsed.transactions.iter().map(|t| t.time.format("%Y-%m-%d").to_string()).collect();
    assert_eq!(dates, ["2000-01-02", "2000-01-02", "2079-12-30", "1980-01-01", "2023-12-29"]);
}

#[test]
fn bad_lines_become_warnings_with_line_and_column() {
    let parsed = check_fixture("bad-lines");
    let positions: Vec<(Option<u32>, Option<u32>)> =
        parsed.warnings.iter().map(|w| (w.position.row, w.position.column)).collect();
    assert_eq!(
        positions,
        [
            (Some(5), Some(5)),
            (Some(7), Some(11)),
            (Some(9), Some(11)),
            (Some(11), Some(12)),
            (Some(19), None)
        ]
    );
    assert_eq!(parsed.rows_seen, 6);
    assert_eq!(parsed.transactions.len(), 2, "the leap day on its value date, and the good row");
}

#[test]
fn latin1_umlauts_in_information() {
    let text = "\
:20:L1\n:25:DE02120300000000202051\n:60F:C240101EUR10,00\n\
:61:240102D1,00NTRFNONREF\n:86:166?00\u{dc}BERWEISUNG?20Br\u{f6}tchen?32B\u{e4}ckerei M\u{fc}ller\n\
:62F:C240102EUR9,00\n-\n";
    let (latin1, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    let parsed = read_one(&latin1, "l1.sta").expect("reads");
    assert_eq!(parsed.encoding, "windows-1252");
    assert_eq!(&*parsed.transactions[0].counterparty, "Bäckerei Müller");
    assert_eq!(&*parsed.transactions[0].provider_category, "ÜBERWEISUNG");
}

#[test]
fn lf_and_crlf_read_the_same() {
    let lf = String::from_utf8(fixture("german-structured.sta")).expect("UTF-8");
    let crlf = lf.replace('\n', "\r\n");
    let a = read_one(lf.as_bytes(), "a.sta").expect("reads");
    let b = read_one(crlf.as_bytes(), "a.sta").expect("reads");
    assert_eq!(a.transactions, b.transactions);
}

/// A real sample, read without warnings.
fn real(path: &str) -> Option<(Vec<u8>, One)> {
    let bytes = sample(&format!("mt940/{path}"))?;
    let parsed = read_one(&bytes, path).unwrap_or_else(|e| panic!("{path} reads: {e}"));
    assert_eq!(parsed.source, Source::Mt940);
    assert!(parsed.warnings.is_empty(), "{path}: {:?}", parsed.warnings);
    Some((bytes, parsed))
}

#[test]
fn real_actual_fin_blocks() {
    let Some((bytes, parsed)) = real("actual/data.sta") else { return };
    // -42.50 + 1200.00 - 89.99 - 15.00 - 24.80 - 31.00 = +996.71
    let range = ("2025-08-01".to_string(), "2025-08-06".to_string());
    assert_eq!(summary(&parsed), (6, eur(99_671), range.0, range.1));
    // Opening 1500.00 + 996.71 = closing 2496.71.
    assert_eq!(unreconciled(&bytes, &parsed), BTreeMap::new());
    let names: Vec<&str> = parsed.transactions.iter().map(|t| &*t.counterparty).collect();
    assert_eq!(&names[..3], ["Boulangerie L'Étoile", "Employeur Acme SARL", "MÜLLER GMBH"]);
}

#[test]
fn real_sparkasse_buxtehude() {
    let Some((bytes, parsed)) = real("mt940-rs-sparkasse/buxtehude.sta") else { return };
    // DR119,35 + DR16,69 + DR5,00 = -141.04, all booked 2018-11-27.
    let day = "2018-11-27".to_string();
    assert_eq!(summary(&parsed), (3, eur(-14_104), day.clone(), day));
    // Opening 13564.13 - 141.04 = 13423.09, but the file closes at 13523.09: exactly 100.00
    // more than its own lines (a typo in the sample). Pinned, so a misread amount would show.
    assert_eq!(
        unreconciled(&bytes, &parsed),
        BTreeMap::from([("20752041/0291593375".to_string(), 10_000)])
    );
    assert!(parsed.transactions[2]
        .description
        .contains("some \u{fc}ml\u{e4}ut\u{e9} and \u{f6}ther"));
}

#[test]
fn real_betterplace_sepa_26_statements() {
    let Some((bytes, parsed)) = real("wolph-betterplace/sepa_mt9401.sta") else { return };
    // 97 :61: lines over 26 statements for 20 accounts, all entry date 0904 of 2007. The sum is
    // the sum over the accounts of (last closing - first opening), -9,269,135.90, which the
    // next assertion checks account by account.
    let day = "2007-09-04".to_string();
    assert_eq!(summary(&parsed), (97, eur(-926_913_590), day.clone(), day));
    // Every account reconciles: RCR (reversal of a credit) must go out for that.
    assert_eq!(unreconciled(&bytes, &parsed), BTreeMap::new());
    let reversals = parsed
        .transactions
        .iter()
        .filter(|t| t.reason.to_string().contains("reversal (RC)"))
        .count();
    assert_eq!(reversals, 2);
    assert!(parsed.transactions.iter().all(|t| !t.account.is_empty()));
}

#[test]
fn real_abn_amro_two_statements() {
    let Some((bytes, parsed)) = real("wolph-jejik/abnamro.sta") else { return };
    // Statement 1: 9 + 11.59 + 11.63 + 11.80 + 13.45 + 15.49 + 107 + 141.48 = 321.44 out;
    // statement 2: 9.49 + 15 = 24.49 out; together -345.93. Booked 23 and 24 May 2011.
    let range = ("2011-05-23".to_string(), "2011-05-24".to_string());
    assert_eq!(summary(&parsed), (10, eur(-34_593), range.0, range.1));
    // The sample's balances are edited by hand: opening 3236.28 - 345.93 = 2890.35, but the
    // last closing is 1849.75, 1040.60 less. Pinned.
    assert_eq!(
        unreconciled(&bytes, &parsed),
        BTreeMap::from([("517852257".to_string(), -104_060)])
    );
    assert_eq!(&*parsed.transactions[3].counterparty, "MC DONALDS A44 LEIDEN");
}

#[test]
fn real_ing_pre_headers_and_soft_hyphens() {
    let Some((bytes, parsed)) = real("wolph-jejik/ing.sta") else { return };
    // -25.03 - 3.03 - 1.11 - 20.00 - 1.10 + 3.68 + 1.00 = -45.59
    let range = ("2010-07-22".to_string(), "2010-07-23".to_string());
    assert_eq!(summary(&parsed), (7, eur(-4559), range.0, range.1));
    // Opening 0.00, closing 3.47: 49.06 more than the lines (the sample is scrubbed). Pinned.
    assert_eq!(unreconciled(&bytes, &parsed), BTreeMap::from([("0001234567".to_string(), 4906)]));
    assert!(parsed.transactions.iter().all(|t| !t.description.contains('\u{ad}')));
    assert!(parsed.transactions.iter().all(|t| t.direction != Direction::Neutral));
}

#[test]
fn real_rabobank_zero_padded_and_empty_statements() {
    let Some((bytes, parsed)) = real("wolph-jejik/rabobank.sta") else { return };
    // -1213.28 - 44.95 - 236.56 - 88.10 - 6.20 = -1589.09, from 27 May 2011 to 29 Aug 2012.
    let range = ("2011-05-27".to_string(), "2012-08-29".to_string());
    assert_eq!(summary(&parsed), (5, eur(-158_909), range.0, range.1));
    // Account 1526.89.184: 4196.12 - 94.30 = 4101.82 reconciles. Account 1291.99.348 does
    // not: from 473.17 with -1494.79 of lines to a last closing of 1250.87 (+2272.49). Pinned.
    assert_eq!(
        unreconciled(&bytes, &parsed),
        BTreeMap::from([("1291.99.348EUR".to_string(), 227_249)])
    );
    let names: Vec<&str> = parsed.transactions.iter().map(|t| &*t.counterparty).collect();
    assert_eq!(
        names,
        [
            "W.P. Jansen",
            "T-MOBILE NETHERLANDS BV",
            "TOMTE TUMMETOT AMERSFOORT",
            "KPN - MOBIEL",
            "NS-Utrecht C. 117 UTRECHT"
        ]
    );
}
