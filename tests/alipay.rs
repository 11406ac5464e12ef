//! Alipay 2023+ app exports: every synthetic fixture in `tests/fixtures/alipay-2023/` against its
//! `.expected` dump (read both as UTF-8 and as the GB18030 bytes Alipay really sends), and the
//! real published sample from `../shared/samples/`.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{check_text, dump, read_one, root, sample};
use yearbook::{Direction, Kind, Report};

fn check_fixture(name: &str) {
    let dir = root().join("tests/fixtures/alipay-2023");
    let text = std::fs::read_to_string(dir.join(format!("{name}.csv"))).expect("fixture exists");
    let from_utf8 = dump(&read_one(text.as_bytes(), &format!("{name}.csv")));
    let (gbk, _, unmappable) = encoding_rs::GB18030.encode(&text);
    assert!(!unmappable);
    let from_gbk = dump(&read_one(&gbk, &format!("{name}.csv")));
    assert_eq!(from_utf8, from_gbk, "UTF-8 and GB18030 copies of {name} must read the same");
    check_text(&from_utf8, &dir.join(format!("{name}.expected")));
}

#[test]
fn basic_padded_header_nine_notes() {
    check_fixture("basic");
}

#[test]
fn eight_notes_new_company_unpadded_no_trailing_comma() {
    check_fixture("eight-notes-new-company");
}

#[test]
fn refunds_net_purchases_once_and_never_below_zero() {
    check_fixture("refunds");
}

#[test]
fn bad_rows_become_positioned_warnings() {
    check_fixture("bad-rows");
}

#[test]
fn excel_resaved_without_preamble() {
    check_fixture("excel-resaved");
}

#[test]
fn preamble_without_header_is_a_clear_error() {
    check_fixture("missing-header");
}

#[test]
fn utf8_bom_is_stripped_before_matching_the_header() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/alipay-2023/basic.csv"))
        .expect("fixture");
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    let parsed = read_one(&with_bom, "bom.csv").expect("reads");
    assert_eq!(parsed.transactions.len(), 10);
    assert_eq!(parsed.encoding, "UTF-8");
}

#[test]
fn real_app_2023_sample() {
    let Some(bytes) = sample("alipay/app-2023/example-alipay-records.csv") else { return };
    let parsed = read_one(&bytes, "example-alipay-records.csv").expect("the sample reads");
    assert_eq!(parsed.encoding, "gb18030");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(parsed.transactions.len(), 10);
    let kinds: Vec<Kind> = parsed.transactions.iter().map(|t| t.kind).collect();
    use Kind::*;
    assert_eq!(
        kinds,
        [
            Expense, Expense, Refund, Investment, Income, Cancelled, Refund, Expense, Expense,
            Expense
        ]
    );
    // The first data row sits on line 26, after the 24-line preamble and the separator.
    assert_eq!(parsed.transactions[0].row, 26);
    assert_eq!(parsed.transactions[0].amount.minor, 4974);
    assert_eq!(parsed.transactions[0].direction, Direction::Out);
    // The 一卡通 top-up was paid and refunded: it counts as nothing.
    let top_up = &parsed.transactions[7];
    assert_eq!(top_up.description, "一卡通充值");
    assert_eq!(top_up.spending_minor(), 0);
    let report = Report::build(&parsed.transactions, None).expect("a report");
    assert_eq!(report.year, 2023);
    // 49.74 + 20.00 + 9.90 + 82.00; the refunded top-up and the closed order count nothing.
    assert_eq!(report.totals().spending, 16164);
    assert_eq!(report.totals().income, 22222850);
    assert_eq!(report.totals().transactions, 10);
    assert_eq!(report.months[1].spending_minor, 6974);
    assert_eq!(report.months[6].spending_minor, 9190);
}

fn check_in(folder: &str, name: &str) {
    let dir = root().join("tests/fixtures").join(folder);
    let text = std::fs::read_to_string(dir.join(format!("{name}.csv"))).expect("fixture exists");
    let (gbk, _, _) = encoding_rs::GB18030.encode(&text);
    let dumped = dump(&read_one(&gbk, &format!("{name}.csv")));
    check_text(&dumped, &dir.join(format!("{name}.expected")));
}

#[test]
fn app_2021_layout_with_footer_and_a_refund_listed_twice() {
    check_in("alipay-2021", "basic");
}

#[test]
fn web_legacy_layout_with_the_refund_column() {
    check_in("alipay-web", "basic");
}

#[test]
fn real_web_legacy_sample() {
    let Some(bytes) = sample("alipay/web-2019-legacy/example-alipay-records.csv") else { return };
    let parsed = read_one(&bytes, "example-alipay-records.csv").expect("the sample reads");
    assert_eq!(parsed.source, yearbook::Source::AlipayWeb);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(parsed.transactions.len(), 7, "7 rows between the header and the dashes");
    let by_year = |year| Report::build(&parsed.transactions, Some(year)).expect("report").totals();
    // 2019: 肯德基 27.00 + 麦当劳 27.00; the 0.01 余额宝 yield is an investment, not income.
    assert_eq!((by_year(2019).spending, by_year(2019).income), (5400, 0));
    // 2020: the 83.00 KFC voucher was paid, closed and refunded in full: nothing.
    assert_eq!((by_year(2020).spending, by_year(2020).transactions), (0, 2));
    // 2021: hospital deposit 3000.00 with 2725.42 refunded by a separate 退款- row; the
    // 成功退款 column says the same refund and must not net it a second time.
    assert_eq!(by_year(2021).spending, 27458);
    assert_eq!(by_year(2021).income, 0);
}
