//! The bad and hostile inputs of the performance issue, each with the outcome a person should
//! see: an empty file, one byte, garbage, a PDF, images, a truncated XLSX, an XLSX with a million
//! empty rows, a CSV with a 10 MB line, mixed encodings and ten files at once. (Random mutations
//! are in robustness.rs; the cargo-fuzz targets in fuzz/, docs/benchmarks.md.)

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{read_one, rezip, unzip};
use yearbook::{ErrorKind, Input};

const ALIPAY_HEADER: &str = "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,\n";
const ALIPAY_ROW: &str = "2024-03-10 12:01:00,餐饮美食,云膳过桥米线,/,米线,支出,28.16,招商银行(9876),交易成功,2024031000001,,,\n";

fn fixture(path: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The whole-file message for `bytes`, which must be refused.
fn refusal(bytes: &[u8]) -> String {
    match read_one(bytes, "upload") {
        Ok(parsed) => panic!("read as {:?} with {} rows", parsed.source, parsed.transactions.len()),
        Err(error) => error.to_string(),
    }
}

#[test]
fn whole_file_problems_say_what_the_file_is() {
    let mut garbage: Vec<u8> =
        (0u32..4096).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    garbage[10] = 0;
    let cases: &[(&str, &[u8], &str)] = &[
        ("empty", b"", "the file is empty"),
        ("one byte", b"a", "does not look like any statement"),
        ("one newline", b"\n", "the file is empty"),
        ("PDF", b"%PDF-1.7\n1 0 obj\n", "a PDF document"),
        ("PNG", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "a PNG image"),
        ("JPEG", b"\xFF\xD8\xFF\xE0\0\x10JFIF", "a JPEG image"),
        ("GIF", b"GIF89a\x01\0\x01\0", "a GIF image"),
        ("garbage", &garbage, "binary data"),
    ];
    for (name, bytes, expected) in cases {
        let message = refusal(bytes);
        assert!(message.contains(expected), "{name}: {message:?} should say {expected:?}");
    }
}

#[test]
fn a_truncated_xlsx_is_refused_as_a_damaged_workbook_at_every_length() {
    let workbook = fixture("wechat-xlsx/header-row-18.xlsx");
    let whole = read_one(&workbook, "bill.xlsx").expect("the fixture reads");
    assert!(!whole.transactions.is_empty());
    // Every cut: never a panic, never rows made up; most cuts lose the central directory.
    let mut refused = 0;
    for len in (1..workbook.len()).step_by(97) {
        match read_one(&workbook[..len], "bill.xlsx") {
            Ok(parsed) => assert!(parsed.transactions.len() <= whole.transactions.len()),
            Err(error) => {
                refused += 1;
                assert!(!error.to_string().is_empty());
            }
        }
    }
    assert!(refused > 0, "a cut workbook must be refused");
}

#[test]
fn an_xlsx_with_a_million_empty_rows_reads_its_real_rows_only() {
    let workbook = fixture("wechat-xlsx/header-row-18.xlsx");
    let expected = read_one(&workbook, "bill.xlsx").expect("the fixture reads");
    let mut parts = unzip(&workbook);
    let sheet =
        parts.iter_mut().find(|(name, _)| name == "xl/worksheets/sheet1.xml").expect("sheet");
    let xml = String::from_utf8(sheet.1.clone()).expect("UTF-8 XML");
    // Excel keeps formatted rows that hold nothing: a styled empty cell each.
    let mut empty_rows = String::with_capacity(40_000_000);
    for row in 25..1_000_025 {
        empty_rows.push_str(&format!("<row r=\"{row}\"><c r=\"A{row}\" s=\"1\"/></row>"));
    }
    let xml = xml
        .replace("<dimension ref=\"A1:K24\"/>", "<dimension ref=\"A1:K1000024\"/>")
        .replace("</sheetData>", &format!("{empty_rows}</sheetData>"));
    sheet.1 = xml.into_bytes();
    let bloated = rezip(&parts);
    assert!(bloated.len() > 30_000_000, "{} bytes", bloated.len());

    let parsed = read_one(&bloated, "bill.xlsx").expect("still reads");
    assert_eq!(
        parsed.transactions, expected.transactions,
        "the same rows, nothing from the blanks"
    );
    assert_eq!(parsed.warnings.len(), expected.warnings.len());
}

#[test]
fn a_csv_with_a_ten_megabyte_line_costs_that_row_only() {
    // A row whose description is 10 MB long: read (it is one cell), the row after it too.
    let long_row = ALIPAY_ROW.replace("米线", &"米".repeat(10 * 1024 * 1024 / 3));
    let text = format!("{ALIPAY_HEADER}{long_row}{ALIPAY_ROW}");
    let parsed = read_one(text.as_bytes(), "big.csv").expect("reads");
    assert_eq!(parsed.transactions.len(), 2);
    assert_eq!(parsed.transactions[0].description.len(), 10 * 1024 * 1024 / 3 * 3);
    assert_eq!(parsed.transactions[1].row, 3);

    // A 10 MB line with commas in it: a warning naming the row, the next row still reads.
    let shifted = format!("{},{}", ALIPAY_ROW.trim_end(), "x,".repeat(5 * 1024 * 1024));
    let text = format!("{ALIPAY_HEADER}{shifted}\n{ALIPAY_ROW}");
    let parsed = read_one(text.as_bytes(), "big.csv").expect("reads");
    assert_eq!(parsed.transactions.len(), 1);
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].position.row, Some(2));

    // One 10 MB line and nothing else: unknown, quoting 80 characters of it, not 10 MB.
    let line = "x".repeat(10 * 1024 * 1024);
    let error = read_one(line.as_bytes(), "line.csv").expect_err("not a statement");
    match &error.kind {
        ErrorKind::UnknownFormat { first_line, .. } => {
            assert_eq!(first_line.chars().count(), 81, "80 characters and an ellipsis")
        }
        other => panic!("expected UnknownFormat, got {other:?}"),
    }
}

#[test]
fn mixed_encodings_are_read_line_by_line_or_cost_the_odd_row() {
    let (gbk_header, _, _) = encoding_rs::GB18030.encode(ALIPAY_HEADER);
    let (gbk_row, _, _) = encoding_rs::GB18030.encode(ALIPAY_ROW);
    // A UTF-8 export with GBK rows appended: each line decoded as it was written.
    let utf8_first = [ALIPAY_HEADER.as_bytes(), ALIPAY_ROW.as_bytes(), &gbk_row, &gbk_row].concat();
    let parsed = read_one(&utf8_first, "mixed.csv").expect("reads");
    assert_eq!(parsed.encoding, yearbook::decode::MIXED_UTF8_GB18030);
    assert_eq!(parsed.transactions.len(), 3);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    for t in &parsed.transactions {
        assert_eq!((&*t.counterparty, t.amount.minor), ("云膳过桥米线", 2816));
    }
    // A GBK export with one UTF-8 row appended is GBK as a whole (a stray UTF-8 character in a
    // GBK file must not split it into lines of two encodings): that row's 支出 is garbled, so
    // it is a warning naming row 4, and the others read.
    let gbk_first = [&gbk_header[..], &gbk_row, &gbk_row, ALIPAY_ROW.as_bytes()].concat();
    let parsed = read_one(&gbk_first, "mixed.csv").expect("reads");
    assert_eq!(parsed.encoding, "gb18030");
    assert_eq!(parsed.transactions.len(), 2);
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].position.row, Some(4));
}

#[test]
fn ten_files_at_once_are_each_read_and_summed() {
    let statements: Vec<Vec<u8>> =
        (0..10).map(|seed| yearbook::sample::alipay_2023(300 + 10 * seed as usize, seed)).collect();
    let batch = yearbook::read(statements.iter().map(|b| Input::new("alipay.csv", b.as_slice())));
    assert_eq!(batch.files.len(), 10);
    let mut rows = 0;
    for (i, result) in batch.files.iter().enumerate() {
        let parsed = result.as_ref().expect("each reads");
        assert_eq!(parsed.rows_seen as usize, 300 + 10 * i, "file {i}");
        rows += batch.rows(parsed).len();
    }
    let all = &batch.transactions;
    assert_eq!(all.len(), rows);
    // Wallet files only: nothing is a cross-file duplicate, so the total is the files' sum.
    let one_by_one: i64 = statements
        .iter()
        .map(|b| {
            read_one(b, "x")
                .expect("reads")
                .transactions
                .iter()
                .map(|t| t.spending_minor())
                .sum::<i64>()
        })
        .sum();
    assert_eq!(all.iter().map(|t| t.spending_minor()).sum::<i64>(), one_by_one);
}
