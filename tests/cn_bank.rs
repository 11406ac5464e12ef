//! Chinese bank statements (cn-bank-formats.md): every synthetic fixture in
//! `tests/fixtures/cn-bank/` against its `.expected` dump (one per bank and variant, written as
//! bytes by `make_fixtures.py`), the kinds each row must get, and every real sample in
//! `../shared/samples/cn-bank/` with its rows, net per currency and first and last dates worked
//! out by hand from the file.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{check_text, date_span, dump, read_one, root, sample, sums_by_currency, One};
use std::fmt::Write as _;
use yearbook::model::Category;
use yearbook::money::format_minor;
use yearbook::Kind;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/cn-bank").join(name)).expect("fixture exists")
}

/// The bank, encoding, accounts and signed sum per currency, then the common dump.
fn describe(result: &Result<One, yearbook::Error>) -> String {
    let mut out = String::new();
    if let Ok(parsed) = result {
        let mut banks: Vec<&str> = parsed.transactions.iter().map(|t| &*t.method).collect();
        banks.dedup();
        let _ = writeln!(out, "bank: {banks:?}, encoding: {}", parsed.encoding);
        for (currency, sum) in sums_by_currency(&parsed.transactions) {
            let _ = writeln!(out, "signed sum {currency}: {}", format_minor(sum, 2));
        }
    }
    out.push_str(&dump(result));
    out
}

/// Reads `file` (named as it is in the folder) and compares it with `<stem>.expected`.
fn read(file: &str) -> One {
    let result = read_one(&fixture(file), file);
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    check_text(
        &describe(&result),
        &root().join("tests/fixtures/cn-bank").join(format!("{stem}.expected")),
    );
    result.unwrap_or_else(|error| panic!("{file} must read: {error}"))
}

fn kinds(parsed: &One) -> Vec<Kind> {
    parsed.transactions.iter().map(|t| t.kind).collect()
}

fn spending(parsed: &One) -> i64 {
    parsed.transactions.iter().map(|t| t.spending_minor()).sum()
}

use Kind::{Expense, Income, Investment, Refund, Repayment, Transfer};

#[test]
fn icbc_debit_v1_padding_tabs_trailing_comma_and_footer() {
    let parsed = read("icbc-debit-v1.csv");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(parsed.rows_seen, 7, "the footer 人民币合计 is not a row");
    assert_eq!(&*parsed.transactions[0].method, "ICBC 工商银行");
    assert_eq!(kinds(&parsed), [Expense, Income, Repayment, Expense, Refund, Expense, Repayment]);
    assert_eq!(parsed.transactions[1].amount.minor, 850_000, "8,500.00 with its separator");
    assert_eq!(&*parsed.transactions[0].counterparty, "深圳市财付通支付科技有限公司");
    assert_eq!(parsed.transactions[0].description, "财付通-美团平台商户", "the TABs are gone");
}

#[test]
fn icbc_debit_v2_by_its_header_not_its_field_count() {
    let parsed = read("icbc-debit-v2.csv");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(kinds(&parsed), [Expense, Expense, Income, Investment]);
    assert_eq!(parsed.transactions[0].description, "美团订单 财付通-美团平台商户");
    assert_eq!(parsed.transactions[1].signed_minor(), -200_000);
}

#[test]
fn icbc_credit_transaction_dates_repayment_and_cashback() {
    let parsed = read("icbc-credit.csv");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(kinds(&parsed), [Expense, Expense, Expense, Repayment, Income, Expense]);
    assert_eq!(parsed.transactions[4].time.format("%F").to_string(), "2024-05-06", "交易日期");
    assert_eq!(spending(&parsed), 2600 + 1 + 1235 + 990);
}

#[test]
fn cmb_debit_salary_atm_refund_and_fee() {
    let parsed = read("cmb-debit.csv");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(kinds(&parsed), [Income, Expense, Expense, Transfer, Expense, Refund, Expense]);
    assert_eq!(parsed.transactions[6].category, Category::Fees);
    assert_eq!(spending(&parsed), 100_000 + 300 + 200, "the refund nets the 抖音 purchase");
}

#[test]
fn cmb_credit_year_from_the_title_and_positive_spending() {
    let parsed = read("cmb-credit.csv");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let dates: Vec<String> =
        parsed.transactions.iter().map(|t| t.time.format("%F").to_string()).collect();
    assert_eq!(dates[0], "2023-12-29", "a repayment: no 交易日, its 记账日 in the year before");
    assert_eq!(dates[2], "2023-12-28");
    assert_eq!(dates[4], "2024-01-05");
    assert_eq!(kinds(&parsed), [Repayment, Repayment, Expense, Refund, Expense, Income, Expense]);
    assert_eq!(parsed.transactions[4].signed_minor(), -800_000, "positive is money out");
    assert_eq!(parsed.transactions[6].category, Category::Fees);
}

#[test]
fn boc_debit_dashes_alipay_salary_and_wallet_withdrawal() {
    let parsed = read("boc-debit.csv");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(kinds(&parsed), [Expense, Expense, Refund, Income, Transfer, Expense]);
    assert_eq!(parsed.transactions[0].description, "", "the dash placeholder is empty");
    assert_eq!(parsed.transactions[0].time.format("%F %T").to_string(), "2025-08-22 17:57:17");
    assert_eq!(&*parsed.transactions[0].account, "3167");
}

#[test]
fn boc_credit_sections_keep_their_currency() {
    let parsed = read("boc-credit.csv");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(kinds(&parsed), [Expense, Expense, Refund, Repayment, Income, Expense]);
    let usd = &parsed.transactions[5];
    assert_eq!((usd.amount.currency.code(), usd.signed_minor()), ("USD", -1299));
}

#[test]
fn bocom_debit_direction_column_and_short_rows() {
    let parsed = read("bocom-debit.csv");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(kinds(&parsed), [Income, Repayment, Income, Expense, Investment]);
    assert_eq!(parsed.transactions[1].signed_minor(), -32_100);
}

#[test]
fn bocom_credit_currency_in_the_amount_and_way_in_the_first_word() {
    let parsed = read("bocom-credit.csv");
    assert_eq!(kinds(&parsed), [Refund, Repayment, Repayment, Expense, Expense, Repayment]);
    assert_eq!(parsed.transactions[2].amount.minor, 1350, "CNY13.50, glued");
    assert_eq!(parsed.transactions[4].amount.minor, 4985, "the JPY purchase as booked in CNY");
    assert_eq!(parsed.warnings.len(), 1, "an unknown type word is a row warning, not the file's");
    assert!(parsed.warnings[0].to_string().contains("奇怪类型"), "{}", parsed.warnings[0]);
}

#[test]
fn abc_debit_kangxi_radicals_compact_times_and_ragged_rows() {
    let parsed = read("abc-debit.csv");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(kinds(&parsed), [Income, Expense, Repayment, Income, Kind::Other, Expense]);
    assert_eq!(parsed.transactions[0].time.format("%F %T").to_string(), "2024-01-01 12:34:56");
    assert!(!parsed.transactions[2].has_time, "an empty time is a date only");
}

#[test]
fn cgb_credit_type_prefixes_and_one_instalment() {
    let parsed = read("cgb-credit.csv");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(kinds(&parsed), [Expense, Refund, Expense, Repayment, Repayment, Expense]);
    // The refund nets 示例商户B's purchase; the instalment is not spending a second time.
    assert_eq!(spending(&parsed), 1590 + 4950);
}

/// One real sample: rows, signed net per currency, first and last dates, worked out by hand.
struct Case {
    path: &'static str,
    bank: &'static str,
    rows: usize,
    sums: &'static [(&'static str, i64)],
    span: (&'static str, &'static str),
    spending: i64,
}

/// The numbers of cn-bank-formats.md §1–§8, from the files: money in less money out.
const SAMPLES: &[Case] = &[
    // 5 in = 2,841.74, 6 out = 4,241.08.
    Case {
        path: "icbc-debit-v1.csv",
        bank: "ICBC 工商银行",
        rows: 11,
        sums: &[("CNY", 284_174 - 424_108)],
        span: ("2023-02-08", "2023-05-02"),
        spending: -1,
    },
    // 1 in = 4,621.01 (the repayment), 8 out = 363.13.
    Case {
        path: "icbc-credit.csv",
        bank: "ICBC 工商银行信用卡",
        rows: 9,
        sums: &[("CNY", 462_101 - 36_313)],
        span: ("2023-03-20", "2023-05-05"),
        spending: -1,
    },
    // in 1,234.00, out 2,013.14.
    Case {
        path: "cmb-debit.csv",
        bank: "CMB 招商银行",
        rows: 5,
        sums: &[("CNY", 123_400 - 201_314)],
        span: ("2024-01-01", "2024-01-27"),
        spending: -1,
    },
    // 4 into the card 380.80, 2 spent 8,056.78.
    Case {
        path: "cmb-credit.csv",
        bank: "CMB 招商银行信用卡",
        rows: 6,
        sums: &[("CNY", 38_080 - 805_678)],
        span: ("2023-12-29", "2024-01-05"),
        spending: -1,
    },
    // 4 in 9,821.00, 13 out 9,394.30.
    Case {
        path: "boc-debit.csv",
        bank: "BOC 中国银行",
        rows: 17,
        sums: &[("CNY", 982_100 - 939_430)],
        span: ("2025-08-01", "2025-08-22"),
        spending: -1,
    },
    // 贷 3 = 11.25, 借 3 = 114.00.
    Case {
        path: "bocom-debit.csv",
        bank: "BOCOM 交通银行",
        rows: 6,
        sums: &[("CNY", 1125 - 11_400)],
        span: ("2024-02-02", "2025-01-01"),
        spending: -1,
    },
    // 退货 125.17 + 还款 680.10 in, 消费 73.58 out (the JPY row as 49.85 CNY).
    Case {
        path: "bocom-credit.csv",
        bank: "BOCOM 交通银行信用卡",
        rows: 8,
        sums: &[("CNY", 12_517 + 68_010 - 7_358)],
        span: ("2025-01-10", "2025-01-29"),
        spending: -1,
    },
    // + 10,000.01, - 12,355.89.
    Case {
        path: "abc-debit.csv",
        bank: "ABC 农业银行",
        rows: 5,
        sums: &[("CNY", 1_000_001 - 1_235_589)],
        span: ("2024-01-01", "2024-01-04"),
        spending: -1,
    },
    // into the card 1,227.88, spent 403.32.
    Case {
        path: "cgb-credit.csv",
        bank: "CGB 广发银行信用卡",
        rows: 4,
        sums: &[("CNY", 122_788 - 40_332)],
        span: ("2024-12-25", "2025-01-05"),
        spending: -1,
    },
];

#[test]
fn real_samples_rows_sums_and_dates() {
    for case in SAMPLES {
        let Some(bytes) = sample(&format!("cn-bank/{}", case.path)) else { return };
        let parsed = read_one(&bytes, case.path).unwrap_or_else(|e| panic!("{}: {e}", case.path));
        assert!(parsed.warnings.is_empty(), "{}: {:?}", case.path, parsed.warnings);
        assert_eq!(parsed.transactions.len(), case.rows, "{}", case.path);
        let expected = case.sums.iter().map(|(c, s)| (c.to_string(), *s)).collect();
        assert_eq!(sums_by_currency(&parsed.transactions), expected, "{}", case.path);
        if !case.span.0.is_empty() {
            let span = date_span(&parsed.transactions).expect("rows");
            assert_eq!((span.0.as_str(), span.1.as_str()), case.span, "{}", case.path);
        }
        assert!(parsed.transactions.iter().all(|t| *t.method == *case.bank), "{}", case.path);
        if case.spending >= 0 {
            assert_eq!(spending(&parsed), case.spending, "{}", case.path);
        }
    }
}

#[test]
fn citic_credit_xls_text_cells_and_settled_amounts() {
    let parsed = read("citic-credit.xls");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!((parsed.source, parsed.encoding.as_str()), (yearbook::Source::BankXls, "BIFF8"));
    assert_eq!(kinds(&parsed), [Expense, Expense, Expense, Repayment, Income, Expense]);
    assert_eq!(&*parsed.transactions[0].account, "1234", "the number cell, as an integer");
    assert_eq!(parsed.transactions[5].amount.minor, 720, "结算金额 in CNY, not 0.99");
    assert_eq!(parsed.transactions[0].row, 3, "sheet row 2 is the file's third row");
}

#[test]
fn spdb_debit_xls_date_and_time_in_one_cell_and_the_totals_row() {
    let parsed = read("spdb-debit.xls");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(parsed.rows_seen, 4, "合计 ends the table");
    assert_eq!(kinds(&parsed), [Expense, Income, Transfer, Expense]);
    assert_eq!(parsed.transactions[0].time.format("%F %T").to_string(), "2025-03-03 14:06:51");
    assert_eq!(&*parsed.transactions[0].account, "6200000000009999", "from row 0's 账号");
}

#[test]
fn ccb_xls_preamble_padded_header_number_cells_and_footer() {
    let parsed = read("ccb.xls");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(parsed.rows_seen, 4, "the footer is not a row");
    assert_eq!(kinds(&parsed), [Expense, Income, Expense, Kind::Other]);
    assert_eq!(parsed.transactions[0].signed_minor(), -4550);
    assert_eq!(parsed.transactions[2].time.format("%F %T").to_string(), "2025-01-14 20:11:45");
}

#[test]
fn an_html_table_named_xls_is_read_and_said_so() {
    let parsed = read("spdb-debit-html.xls");
    assert_eq!((parsed.source, parsed.encoding.as_str()), (yearbook::Source::BankXls, "HTML"));
    assert_eq!(parsed.transactions.len(), 2);
    assert_eq!(&*parsed.transactions[0].counterparty, "某某餐厅&咖啡", "GB18030 and entities");
    assert_eq!(parsed.transactions[1].amount.minor, 500_000, "the tag inside the cell dropped");
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert!(parsed.warnings[0].to_string().contains("really a web page"), "{}", parsed.warnings[0]);
}

#[test]
fn a_csv_named_xls_is_read_as_text_and_said_so() {
    let parsed = read("cmb-debit-named.xls");
    assert_eq!(parsed.source, yearbook::Source::BankCsv);
    assert_eq!(parsed.transactions.len(), 1);
    let note = parsed.warnings[0].to_string();
    assert!(note.contains("really text") && note.contains("Bank CSV export"), "{note}");
}

#[test]
fn the_real_spdb_workbook() {
    let Some(bytes) = sample("cn-bank/spdb-debit.xls") else { return };
    let parsed = read_one(&bytes, "spdb-debit.xls").expect("reads");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    // 存入 1 = 10.00, 取出 3 = 11.64; the balance runs 1981.33 + 3.88 before the first row to
    // 1983.57 after the last: 1983.57 - 1985.21 = -1.64 = 10.00 - 11.64.
    assert_eq!(parsed.transactions.len(), 4);
    assert_eq!(sums_by_currency(&parsed.transactions)["CNY"], 1000 - 1164);
    assert_eq!(sums_by_currency(&parsed.transactions)["CNY"], 198_357 - (198_133 + 388));
    let span = date_span(&parsed.transactions).expect("rows");
    assert_eq!(span, ("2025-12-03".to_string(), "2025-12-05".to_string()));
    assert_eq!(&*parsed.transactions[0].account, "6200000000001230");
}

#[test]
fn jd_is_never_read_as_alipay_and_refunds_count_once() {
    let parsed = read("jd.csv");
    assert_eq!(parsed.source, yearbook::Source::Jd);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(parsed.transactions.len(), 9);
    // 10.20 + 60.90 + (131.77 - 89.84) + 35.61; the fully refunded 468.32 counts nothing and
    // no refund row nets anything a second time.
    assert_eq!(spending(&parsed), 1020 + 6090 + 13_177 - 8984 + 3561);
    assert_eq!(&*parsed.transactions[1].counterparty, "牛肉丸", "deg's short-name rule");
    assert_eq!(parsed.transactions[3].time.format("%T").to_string(), "13:27:56", "TAB gone");
    assert_eq!(&*parsed.transactions[1].method, "中国银行信用卡(1875)");
}

#[test]
fn meituan_paid_amounts_refunded_voucher_and_monthly_repayment() {
    let parsed = read("meituan.csv");
    assert_eq!(parsed.source, yearbook::Source::Meituan);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(kinds(&parsed), [Repayment, Refund, Expense, Expense, Expense]);
    // 实付金额, not 订单金额: the voucher (20.00) nets to zero with its refund.
    assert_eq!(spending(&parsed), 3550 + 3300);
    assert_eq!(parsed.transactions[3].order_id, "30000000000000004", "the TAB is trimmed");
    assert_eq!(&*parsed.transactions[3].counterparty, "某某烤肉（五道口店）");
}

#[test]
fn the_real_jd_bill() {
    let Some(bytes) = sample("cn-bank/jd.csv") else { return };
    let parsed = read_one(&bytes, "jd.csv").expect("reads");
    assert_eq!(parsed.source, yearbook::Source::Jd, "never an Alipay export");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(parsed.transactions.len(), 26);
    // The preamble's 支出 total: Σgross 2,277.70 less Σ已退款 629.27 = 1,648.43; the fully
    // refunded group and the other 不计收支 rows count nothing.
    assert_eq!(spending(&parsed), 164_843);
    let span = date_span(&parsed.transactions).expect("rows");
    assert_eq!((span.0.as_str(), span.1.as_str()), ("2024-12-05", "2024-12-30"));
}

/// Reads several fixtures together, as the page and the command line do.
fn read_together(files: &[&str]) -> yearbook::Batch {
    let bytes: Vec<Vec<u8>> = files.iter().map(|f| fixture(f)).collect();
    yearbook::read(
        files.iter().zip(&bytes).map(|(name, b)| yearbook::Input::new(name, b.as_slice())),
    )
}

#[test]
fn one_year_across_platforms_counts_each_payment_once() {
    let batch = read_together(&["jd.csv", "meituan.csv", "boc-credit.csv"]);
    let boc = batch.files[2].as_ref().expect("the BOC bill reads");
    let rows = batch.rows(boc);
    let kinds: Vec<Kind> = rows.iter().map(|t| t.kind).collect();
    // The JD purchase and its refund, the Meituan dinner: each counted in the platform's file,
    // which names the goods; the BOC rows that mirror them are duplicates.
    assert_eq!(
        kinds,
        [Kind::Duplicate, Kind::Duplicate, Kind::Duplicate, Repayment, Income, Expense]
    );
    assert_eq!(
        rows[0].reason,
        "same payment as row 24 of the JD bill export (京东账单): counted there"
    );
    assert!(rows[1].reason.to_string().contains("Meituan"), "{}", rows[1].reason);
    let total: i64 = batch.transactions.iter().map(|t| t.spending_minor()).sum();
    let alone = |name: &str| spending(&read_one(&fixture(name), name).expect("reads"));
    // BOC's own spending that no platform mirrors: the USD row only (another currency).
    assert_eq!(total, alone("jd.csv") + alone("meituan.csv") + 1299);
    // The platform files themselves are untouched; twins within one file stay.
    let jd = batch.files[0].as_ref().expect("reads");
    assert!(batch.rows(jd).iter().all(|t| t.kind != Kind::Duplicate));
}

#[test]
fn a_bank_row_paying_through_alipay_counts_once_with_the_alipay_bill() {
    let alipay = "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,
2025-08-22 12:24:20,日用百货,李四,/,百货,支出,326.00,中国银行储蓄卡(3167),交易成功,2025082200001,,,
";
    let boc = fixture("boc-debit.csv");
    let batch = yearbook::read([
        yearbook::Input::new("alipay.csv", alipay.as_bytes()),
        yearbook::Input::new("boc-debit.csv", boc.as_slice()),
    ]);
    let bank = batch.rows(batch.files[1].as_ref().expect("reads"));
    assert_eq!(bank[1].kind, Kind::Duplicate, "网上快捷支付 支付宝-李四 326.00");
    assert_eq!(bank[2].kind, Kind::Refund, "the refund of 50.00 has no Alipay row here");
}
