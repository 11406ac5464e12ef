//! OFX/QFX/QBO bank downloads: every synthetic fixture in `tests/fixtures/ofx/` (one per pitfall
//! of statement-formats.md §3a) against its `.expected` dump, bank rows mirroring Alipay and
//! WeChat payments, and every real sample in `../shared/samples/ofx/` with its numbers worked
//! out by hand.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{check_text, date_span, dump, file_of, read_one, root, sample, sums_by_currency, One};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use yearbook::{Currency, Input, Kind, Source};

/// The fields the shared dump leaves out: currency, account, FITID, TRNTYPE, whether a time
/// was kept.
fn details(result: &Result<One, yearbook::Error>) -> String {
    let mut out = String::new();
    if let Ok(parsed) = result {
        for t in &parsed.transactions {
            let _ = writeln!(
                out,
                "detail row {} | {} | account {} | id {} | type {} | time {}",
                t.row,
                t.amount.currency,
                t.account,
                t.order_id,
                t.method,
                if t.has_time { "kept" } else { "none" }
            );
        }
    }
    out
}

fn check(name: &str) {
    let dir = root().join("tests/fixtures/ofx");
    let file = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_stem().is_some_and(|s| s == name)
                && p.extension().is_some_and(|e| e != "expected")
        })
        .expect("fixture exists");
    let bytes = std::fs::read(&file).expect("fixture reads");
    let result = read_one(&bytes, &file.file_name().unwrap_or_default().to_string_lossy());
    let text = format!("{}{}", dump(&result), details(&result));
    check_text(&text, &dir.join(format!("{name}.expected")));
}

#[test]
fn v1_sgml_with_unclosed_leaves_and_every_kind() {
    check("sgml-v1");
}

#[test]
fn v2_xml_with_cdata_payee_aggregate_and_dtuser() {
    check("xml-v2");
}

#[test]
fn v2_header_over_an_sgml_body_credit_card() {
    check("v2-header-sgml-body");
}

#[test]
fn no_header_values_on_the_next_line_and_a_missing_close() {
    check("no-header");
}

#[test]
fn no_xml_line_and_impossible_times() {
    check("no-xml-line");
}

#[test]
fn header_inside_a_comment_empty_elements_and_transaction_currency() {
    check("header-in-comment");
}

#[test]
fn entities_decoded_even_when_double_escaped() {
    check("entities");
}

#[test]
fn amounts_as_banks_write_them_and_rows_that_cannot_be_read() {
    check("amounts");
}

#[test]
fn several_accounts_bank_card_and_investment_each_with_its_currency() {
    check("multiple-accounts");
}

#[test]
fn latin1_bytes_under_charset_8859_1() {
    check("charset-8859-1");
}

#[test]
fn utf8_under_encoding_utf8() {
    check("charset-utf8");
}

#[test]
fn windows_1252_under_charset_1252() {
    check("charset-1252");
}

#[test]
fn utf8_cut_mid_character_under_encoding_utf8() {
    check("encoding-utf8-cut");
}

/// The OFX 1.x header decides the encoding (`decode.rs`): without it, these fixtures' bytes
/// sniff as something else; with it, every name reads as the bank wrote it.
#[test]
fn the_header_names_the_encoding_the_bytes_alone_would_miss() {
    let dir = root().join("tests/fixtures/ofx");
    let body = |bytes: &[u8]| {
        let at = bytes.windows(5).position(|w| w == b"<OFX>").expect("a body");
        bytes[at..].to_vec()
    };
    let latin = std::fs::read(dir.join("charset-1252.ofx")).expect("fixture");
    assert_eq!(yearbook::decode::decode(&body(&latin)).encoding, "gb18030", "créée sniffs as GBK");
    let read = read_one(&latin, "charset-1252.ofx").expect("reads");
    assert_eq!(read.encoding, "windows-1252");
    let names: Vec<&str> = read.transactions.iter().map(|t| &*t.counterparty).collect();
    assert_eq!(names, ["CARTE CRÉÉE LE 04/03", "FRAIS DE TENUE ÉÉ", "VIREMENT AGRÉÉ"]);
    assert_eq!(read.transactions[1].description, "Frais 2,50 €");
    assert_eq!(read.transactions[2].description, "Facture créée, agréée");

    let cut = std::fs::read(dir.join("encoding-utf8-cut.ofx")).expect("fixture");
    assert_eq!(yearbook::decode::decode(&body(&cut)).encoding, "windows-1252", "Ã, not UTF-8");
    let read = read_one(&cut, "encoding-utf8-cut.ofx").expect("reads");
    assert_eq!(read.encoding, "UTF-8");
    assert_eq!(&*read.transactions[0].counterparty, "BOULANGERIE DU MARCH\u{FFFD}");
    assert_eq!(&*read.transactions[3].counterparty, "LIBRAIRIE GÉN\u{FFFD}");
    assert!(read.transactions.iter().all(|t| !t.counterparty.contains('Ã')));
}

#[test]
fn a_header_with_no_body_is_a_clear_error() {
    check("header-only");
}

#[test]
fn the_fixtures_read_the_same_with_crlf_line_ends() {
    let dir = root().join("tests/fixtures/ofx");
    for name in ["sgml-v1.ofx", "xml-v2.ofx", "no-header.ofx", "entities.qfx"] {
        let text = std::fs::read_to_string(dir.join(name)).expect("fixture");
        let crlf = text.replace('\n', "\r\n");
        let lf = read_one(text.as_bytes(), name).expect("reads");
        let cr = read_one(crlf.as_bytes(), name).expect("reads with CRLF");
        assert_eq!(lf.transactions, cr.transactions, "{name}");
    }
}

#[test]
fn bank_rows_mirroring_wallet_payments_count_once() {
    let fixtures = root().join("tests/fixtures");
    let read = |p: &str| std::fs::read(fixtures.join(p)).expect("fixture");
    let (bank, alipay, wechat) = (
        read("ofx/wallet-mirror.ofx"),
        read("alipay-2023/basic.csv"),
        read("wechat-csv/basic.csv"),
    );
    let files: &[(&str, &[u8])] =
        &[("bank.ofx", &bank), ("alipay.csv", &alipay), ("wechat.csv", &wechat)];
    let batch = yearbook::read(files.iter().map(|(name, bytes)| Input::new(name, *bytes)));
    let results: Vec<_> = (0..files.len()).map(|i| file_of(&batch, i)).collect();
    let all = &batch.transactions;
    let text = format!("{}{}", dump(&results[0]), details(&results[0]));
    check_text(&text, &fixtures.join("ofx/wallet-mirror.expected"));

    // The wallet rows are untouched: each export reads as it does alone.
    for (i, name) in [(1, "alipay.csv"), (2, "wechat.csv")] {
        let alone = read_one(files[i].1, name).expect("reads alone");
        let together = results[i].as_ref().expect("reads together");
        assert_eq!(alone.transactions, together.transactions, "{name}");
    }
    let duplicates: Vec<&str> =
        all.iter().filter(|t| t.kind == Kind::Duplicate).map(|t| t.order_id.as_str()).collect();
    assert_eq!(duplicates, ["m1", "m2", "m3"]);
    // Without the wallets, the same bank file counts the two mirrored payments itself (its
    // 花呗还款 row is a repayment either way, never spending).
    let bank_alone = read_one(&bank, "bank.ofx").expect("reads");
    let spent = |rows: &[yearbook::Transaction]| -> i64 {
        rows.iter().filter(|t| t.source == Source::Ofx).map(|t| t.spending_minor()).sum()
    };
    assert_eq!(spent(&bank_alone.transactions) - spent(all), 35600 + 3540);
}

/// What a real sample must read as: transactions, signed sum per currency in minor units, and
/// the earliest and latest dates.
struct Expect {
    path: &'static str,
    count: usize,
    sums: &'static [(&'static str, i64)],
    dates: Option<(&'static str, &'static str)>,
}

fn check_sample(expect: &Expect) -> Option<One> {
    let bytes = sample(expect.path)?;
    let parsed = read_one(&bytes, expect.path).expect("the sample reads");
    assert_eq!(parsed.source, Source::Ofx, "{}", expect.path);
    assert!(parsed.warnings.is_empty(), "{}: {:?}", expect.path, parsed.warnings);
    assert_eq!(parsed.transactions.len(), expect.count, "{}", expect.path);
    let expected: BTreeMap<String, i64> =
        expect.sums.iter().map(|(c, s)| (c.to_string(), *s)).collect();
    assert_eq!(sums_by_currency(&parsed.transactions), expected, "{}", expect.path);
    let span = date_span(&parsed.transactions);
    assert_eq!(
        span.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
        expect.dates,
        "{}: first and last dates",
        expect.path
    );
    Some(parsed)
}

/// Worked out by hand from each file (TRNAMT lines, CURDEF, DTPOSTED/DTUSER digits). No sample
/// states an opening balance, so LEDGERBAL cannot confirm a sum; the notes say what it shows.
const SAMPLES: &[Expect] = &[
    // One DEBIT -20.00 on 20221019; CAD. LEDGERBAL 9999.99 is the closing balance only.
    Expect {
        path: "ofx/actual/8859-1.qfx",
        count: 1,
        sums: &[("CAD", -2000)],
        dates: Some(("2022-10-19", "2022-10-19")),
    },
    // -1.00 on 20230509 and -1.00 on 20230301: -2.00 CAD.
    Expect {
        path: "ofx/actual/html-vals.qfx",
        count: 2,
        sums: &[("CAD", -200)],
        dates: Some(("2023-03-01", "2023-05-09")),
    },
    // One card DEBIT -5.50 AUD, DTUSER = DTPOSTED = 20170508.
    Expect {
        path: "ofx/ofxparse/anzcc.ofx",
        count: 1,
        sums: &[("AUD", -550)],
        dates: Some(("2017-05-08", "2017-05-08")),
    },
    // -6.60 - 316.67 - 22.00 = -345.27 CAD over 20090401..20090403.
    Expect {
        path: "ofx/ofxparse/bank_medium.ofx",
        count: 3,
        sums: &[("CAD", -34527)],
        dates: Some(("2009-04-01", "2009-04-03")),
    },
    // 0.01 - 34.51 - 25.00 = -59.50 USD over 20110331..20110407.
    Expect {
        path: "ofx/ofxparse/checking.ofx",
        count: 3,
        sums: &[("USD", -5950)],
        dates: Some(("2011-03-31", "2011-04-07")),
    },
    // Two accounts (9100 and 9200), balances 111 and 222, no STMTTRN at all.
    Expect { path: "ofx/ofxparse/multiple_accounts2.ofx", count: 0, sums: &[], dates: None },
    // One DEBIT -16.85 AUD on 20131215 (the NAME is CDATA).
    Expect {
        path: "ofx/ofxparse/suncorp.ofx",
        count: 1,
        sums: &[("AUD", -1685)],
        dates: Some(("2013-12-15", "2013-12-15")),
    },
    // CHECK -200.00 on 20051004 and ATM -300.00 on 20051020: -500.00 USD.
    Expect {
        path: "ofx/ofxtools/stmtrs.ofx",
        count: 2,
        sums: &[("USD", -50000)],
        dates: Some(("2005-10-04", "2005-10-20")),
    },
    // 0.01 + 888.99 - 100 + 444.55 = 1233.55 USD over 20230112..20230228.
    Expect {
        path: "ofx/reds-capitalone/360Checking.qfx",
        count: 4,
        sums: &[("USD", 123355)],
        dates: Some(("2023-01-12", "2023-02-28")),
    },
    // One CHECK -1.50 EUR on 20250503; LEDGERBAL is <BALAMT/> (empty).
    Expect {
        path: "ofx/reds-ofxstatement/ofxstatementGenerated.n26.ofx",
        count: 1,
        sums: &[("EUR", -150)],
        dates: Some(("2025-05-03", "2025-05-03")),
    },
];

#[test]
fn real_samples_read_as_worked_out_by_hand() {
    for expect in SAMPLES {
        check_sample(expect);
    }
}

#[test]
fn real_samples_details() {
    let get = |path: &str| SAMPLES.iter().find(|e| e.path == path).and_then(check_sample);
    if let Some(latin1) = get("ofx/actual/8859-1.qfx") {
        // CHARSET:8859-1 with bytes that are not UTF-8: decode falls back to Windows-1252.
        assert_eq!(latin1.encoding, "windows-1252");
        assert_eq!(&*latin1.transactions[0].counterparty, "Paiement facture/Carte prépayée");
        assert_eq!(&*latin1.transactions[0].account, "999-12345-0055666-EOP");
        assert_eq!(latin1.transactions[0].order_id, "wSoKuCS77");
    }
    if let Some(html) = get("ofx/actual/html-vals.qfx") {
        assert_eq!(&*html.transactions[1].counterparty, "TPAY <DEFTPYMT>");
        assert!(html.transactions[0].description.contains("B.C. HYDRO & POWER AUTHORITY"));
    }
    if let Some(anz) = get("ofx/ofxparse/anzcc.ofx") {
        assert_eq!(&*anz.transactions[0].account, "1234123412341234");
        assert_eq!(&*anz.transactions[0].counterparty, "SOME MEMO", "MEMO names the merchant");
    }
    if let Some(suncorp) = get("ofx/ofxparse/suncorp.ofx") {
        assert_eq!(&*suncorp.transactions[0].counterparty, "EFTPOS WDL HANDYWAY ALDI STORE");
    }
    if let Some(capital_one) = get("ofx/reds-capitalone/360Checking.qfx") {
        let kinds: Vec<Kind> = capital_one.transactions.iter().map(|t| t.kind).collect();
        assert_eq!(kinds, [Kind::Income, Kind::Income, Kind::Repayment, Kind::Income]);
        let income: i64 = capital_one
            .transactions
            .iter()
            .filter(|t| t.kind == Kind::Income)
            .map(|t| t.amount.minor)
            .sum();
        assert_eq!(income, 1 + 88899 + 44455);
    }
    if let Some(n26) = get("ofx/reds-ofxstatement/ofxstatementGenerated.n26.ofx") {
        assert_eq!(n26.transactions[0].amount.currency, Currency::EUR);
        assert_eq!(&*n26.transactions[0].account, "acctid");
    }
}
