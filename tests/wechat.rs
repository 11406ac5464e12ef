//! WeChat Pay exports: every synthetic fixture in `tests/fixtures/wechat-csv/` and
//! `tests/fixtures/wechat-xlsx/` (built by `make_fixtures.py` there) against its `.expected`
//! dump, and the real published samples read from `../shared/samples/`.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{check_text, dump, read_one, root, sample, One};
use yearbook::{Direction, Kind, Report, Source};

fn check_csv(name: &str) {
    let dir = root().join("tests/fixtures/wechat-csv");
    let bytes = std::fs::read(dir.join(format!("{name}.csv"))).expect("fixture exists");
    check_text(
        &dump(&read_one(&bytes, &format!("{name}.csv"))),
        &dir.join(format!("{name}.expected")),
    );
}

fn check_xlsx(file: &str) {
    let dir = root().join("tests/fixtures/wechat-xlsx");
    let bytes = std::fs::read(dir.join(file)).expect("fixture exists");
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    check_text(&dump(&read_one(&bytes, file)), &dir.join(format!("{stem}.expected")));
}

#[test]
fn csv_basic_full_preamble_quotes_tabs_and_both_yen_signs() {
    check_csv("basic");
}

#[test]
fn csv_utf8_bom_is_stripped_before_matching_the_header() {
    let dir = root().join("tests/fixtures/wechat-csv");
    let text = std::fs::read(dir.join("basic.csv")).expect("fixture");
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), &text].concat();
    let parsed = read_one(&with_bom, "basic.csv");
    assert_eq!(parsed.as_ref().map(|p| p.encoding.as_str()), Ok("UTF-8"));
    // Exactly the dump of the file without the BOM.
    check_text(&dump(&parsed), &dir.join("basic.expected"));
}

#[test]
fn csv_unquoted_comma_in_the_counterparty_is_repaired() {
    check_csv("comma-repair");
}

#[test]
fn csv_refunds_full_partial_duplicate_returned_and_outside_the_file() {
    check_csv("refunds");
}

#[test]
fn csv_neutral_rows_and_withdrawal_fees() {
    check_csv("neutral-and-fees");
}

#[test]
fn csv_failed_and_returned_payments_are_cancelled() {
    check_csv("cancelled");
}

#[test]
fn csv_bad_rows_become_positioned_warnings() {
    check_csv("bad-rows");
}

#[test]
fn csv_preamble_without_header_is_a_clear_error() {
    check_csv("missing-header");
}

#[test]
fn csv_excel_resaved_without_preamble() {
    check_csv("excel-resaved");
}

#[test]
fn xlsx_2025_header_on_row_17_text_cells() {
    check_xlsx("header-row-17.xlsx");
}

#[test]
fn xlsx_2026_header_on_row_18_numeric_amounts_and_serial_dates() {
    check_xlsx("header-row-18.xlsx");
}

#[test]
fn xlsx_statement_on_the_second_sheet_in_the_1904_date_system() {
    check_xlsx("second-sheet-1904.xlsx");
}

#[test]
fn xlsx_preamble_without_header_is_a_clear_error() {
    check_xlsx("preamble-only.xlsx");
}

#[test]
fn xlsx_of_another_kind_is_an_unknown_format() {
    let dir = root().join("tests/fixtures/wechat-xlsx");
    let bytes = std::fs::read(dir.join("not-wechat.xlsx")).expect("fixture exists");
    let message = read_one(&bytes, "not-wechat.xlsx").expect_err("not a statement").to_string();
    // The list of formats grows, so the message is checked by its parts.
    for part in [
        "not-wechat.xlsx: this does not look like any statement Yearbook reads",
        "WeChat Pay XLSX export",
        "The file starts with \"Name,Amount\"",
    ] {
        assert!(message.contains(part), "{message:?} should contain {part:?}");
    }
}

/// A ZIP that is not a workbook is opened as the archive the apps e-mail, and the file inside is
/// read (here a CSV cut after its first line), its problem naming both the archive and the file.
#[test]
fn zip_that_is_not_a_workbook_is_opened_and_its_file_read() {
    check_xlsx("zipped-csv.zip");
}

/// Years, spending and income of the two real samples, which hold the same 27 rows.
///
/// Worked out by hand from `example-wechat-records.csv` (rows by file line):
/// - 2017: 27 信用卡还款 ¥548.58 is a repayment. Spending 0, income 0, 1 row.
/// - 2019: 18 商户消费 ¥28.16 spent; 19 微信红包 ¥0.35 received; 33 零钱充值 a transfer.
///   Spending 28.16, income 0.35, 3 rows.
/// - 2020: 22 二维码收款 ¥23.00 received; 28, 29 购买理财通 investments; 30–32 零钱通 transfers.
///   Spending 0, income 23.00, 6 rows.
/// - 2021: spent 20 ¥12.00 + 21 ¥500.00 + 34 亲属卡 ¥2,243.46 + 35 ¥12.00 + 36 ¥12.00
///   = ¥2,779.46, plus the withdrawal fees on 24, 25, 26: 0.10 + 0.10 + 1.00 = ¥1.20, so
///   ¥2,780.66; income 37 ¥0.07; 23 (零钱通) and 24–26 (零钱提现) are transfers.
///   Rows: 20 21 23 24 24′ 25 25′ 26 26′ 34 35 36 37 = 13 (′ the fee lines).
/// - 2022: 39 赞赏码 ¥36.99 spent; 38 ¥0.07 received. 2 rows.
/// - 2023: 41 ¥9.90 + 42 ¥50.0 = ¥59.90 spent; 40 ¥5.00 received. 3 rows.
/// - 2024: 43 分分捐 ¥0.01 + 44 ¥0.01 = ¥0.02 spent; no income. 2 rows.
///
/// 27 data rows, 30 transactions with the 3 fee lines.
const SAMPLE_YEARS: &[(i32, i64, i64, u32)] = &[
    (2017, 0, 0, 1),
    (2019, 2816, 35, 3),
    (2020, 0, 2300, 6),
    (2021, 278066, 7, 13),
    (2022, 3699, 7, 2),
    (2023, 5990, 500, 3),
    (2024, 2, 0, 2),
];

fn check_sample_years(parsed: &One) {
    for &(year, spending, income, transactions) in SAMPLE_YEARS {
        let report = Report::build(&parsed.transactions, Some(year)).expect("a report");
        let totals = report.totals();
        assert_eq!(
            (totals.spending, totals.income, totals.transactions),
            (spending, income, transactions),
            "{year}"
        );
    }
}

#[test]
fn real_csv_sample() {
    let Some(bytes) = sample("wechat/csv/example-wechat-records.csv") else { return };
    let parsed = read_one(&bytes, "example-wechat-records.csv").expect("the sample reads");
    assert_eq!(parsed.source, Source::WechatCsv);
    assert_eq!(parsed.encoding, "UTF-8");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(parsed.rows_seen, 27);
    assert_eq!(parsed.transactions.len(), 30);
    // The header is on line 17, after the 16-line preamble.
    let first = &parsed.transactions[0];
    assert_eq!((first.row, first.amount.minor, first.direction), (18, 2816, Direction::Out));
    assert_eq!(first.order_id, "3985734", "the TAB after the closing quote is trimmed");
    // 零钱提现 ¥1001.10 with 服务费¥1.00: ¥1,000.10 changes pocket, ¥1.00 is spent.
    let withdrawal: Vec<_> = parsed.transactions.iter().filter(|t| t.row == 26).collect();
    assert_eq!(withdrawal.len(), 2);
    assert_eq!((withdrawal[0].kind, withdrawal[0].amount.minor), (Kind::Transfer, 100010));
    assert_eq!((withdrawal[1].kind, withdrawal[1].spending_minor()), (Kind::Expense, 100));
    check_sample_years(&parsed);
    // Without a year the report is on the year with the most payments and income rows (2021),
    // not the latest date (two rows of 2024).
    assert_eq!(Report::build(&parsed.transactions, None).map(|r| r.year), Some(2021));
}

#[test]
fn real_xlsx_2025_sample() {
    let Some(bytes) = sample("wechat/xlsx-2025/example-wechat-records.xlsx") else { return };
    let parsed = read_one(&bytes, "example-wechat-records.xlsx").expect("the sample reads");
    assert_eq!(parsed.source, Source::WechatXlsx);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(parsed.rows_seen, 27);
    assert_eq!(parsed.transactions.len(), 30);
    // The first sheet has a synthetic Column1…Column11 row 1, so its header is on row 18.
    assert_eq!(parsed.transactions[0].row, 19);
    check_sample_years(&parsed);
}

#[test]
fn real_csv_and_xlsx_samples_read_the_same() {
    let (Some(csv), Some(xlsx)) = (
        sample("wechat/csv/example-wechat-records.csv"),
        sample("wechat/xlsx-2025/example-wechat-records.xlsx"),
    ) else {
        return;
    };
    let csv = read_one(&csv, "a.csv").expect("csv").transactions;
    let xlsx = read_one(&xlsx, "a.xlsx").expect("xlsx").transactions;
    assert_eq!(csv.len(), xlsx.len());
    for (c, x) in csv.iter().zip(&xlsx) {
        assert_eq!(c.row + 1, x.row);
        assert_eq!(same_fields(c), same_fields(x), "row {}", c.row);
    }
}

fn same_fields(
    t: &yearbook::Transaction,
) -> (chrono::NaiveDateTime, i64, Kind, &yearbook::Phrase, &str, &str, i64) {
    (t.time, t.amount.minor, t.kind, &t.reason, &t.counterparty, &t.order_id, t.spending_minor())
}
