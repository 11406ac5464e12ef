//! Quicken QIF exports: every synthetic fixture in `tests/fixtures/qif/` (one per pitfall of
//! statement-formats.md §3b) against its `.expected` dump, the day/month order decided by the
//! whole file or asked of the user, and every real sample in `../shared/samples/qif/` with its
//! numbers worked out by hand.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{
    check_text, date_span, dump, read_one, read_one_with, root, sample, sums_by_currency, One,
};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use yearbook::{Currency, DateOrder, ErrorKind, Kind, Options, Source};

/// The fields the shared dump leaves out: currency, account, check number, category as
/// written, cleared flag.
fn details(result: &Result<One, yearbook::Error>) -> String {
    let mut out = String::new();
    if let Ok(parsed) = result {
        for t in &parsed.transactions {
            let _ = writeln!(
                out,
                "detail row {} | {} | account {} | number {} | category {} | cleared {}",
                t.row, t.amount.currency, t.account, t.order_id, t.provider_category, t.status
            );
        }
    }
    out
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/qif").join(format!("{name}.qif"))).expect("fixture")
}

fn check_with(name: &str, expected: &str, options: &Options) {
    let result = read_one_with(&read(name), &format!("{name}.qif"), options);
    let text = format!("{}{}", dump(&result), details(&result));
    check_text(&text, &root().join("tests/fixtures/qif").join(format!("{expected}.expected")));
}

fn check(name: &str) {
    check_with(name, name, &Options::default());
}

fn order(date_order: DateOrder) -> Options {
    let mut options = Options::default();
    options.date_order = Some(date_order);
    options
}

#[test]
fn bank_month_first_missing_payee_or_memo_thousands_and_check_numbers() {
    check("bank-month-first");
}

#[test]
fn day_first_decided_by_one_date_above_twelve() {
    check("day-first");
}

#[test]
fn the_file_decides_even_against_the_users_choice() {
    // 13/02/2020 cannot be month first: the file's evidence wins over a wrong choice.
    let chosen = read_one_with(&read("day-first"), "d.qif", &order(DateOrder::MonthFirst));
    let default = read_one(&read("day-first"), "d.qif");
    assert_eq!(chosen.expect("reads").transactions, default.expect("reads").transactions);
}

#[test]
fn ambiguous_dates_ask_the_user() {
    check("ambiguous");
    let error = read_one(&read("ambiguous"), "ambiguous.qif").expect_err("cannot decide");
    assert_eq!(error.kind, ErrorKind::AmbiguousDates { example: "8/12/13".to_string() });
    assert_eq!(error.position.row, Some(6), "the line of the example");
    let message = error.to_string();
    assert!(message.contains("day first") && message.contains("month first"), "{message}");
}

#[test]
fn ambiguous_dates_read_as_the_user_chose() {
    check_with("ambiguous", "ambiguous-day-first", &order(DateOrder::DayFirst));
    check_with("ambiguous", "ambiguous-month-first", &order(DateOrder::MonthFirst));
}

#[test]
fn apostrophe_years_on_a_credit_card() {
    check("apostrophe-years");
}

#[test]
fn splits_add_up_and_the_largest_names_the_category() {
    check("splits");
}

#[test]
fn transfers_opening_balance_and_money_back() {
    check("transfers");
}

#[test]
fn account_blocks_autoswitch_lists_and_skipped_sections() {
    check("accounts-autoswitch");
}

#[test]
fn cash_asset_liability_and_investment_registers() {
    check("registers");
}

#[test]
fn bad_records_become_warnings_and_the_rest_reads() {
    check("bad-records");
}

#[test]
fn the_users_currency_replaces_the_dollar() {
    let mut options = Options::default();
    options.currency = Some(Currency::EUR);
    let parsed = read_one_with(&read("day-first"), "d.qif", &options).expect("reads");
    assert!(parsed.transactions.iter().all(|t| t.amount.currency == Currency::EUR));
    let dollars = read_one(&read("day-first"), "d.qif").expect("reads");
    assert!(dollars.transactions.iter().all(|t| t.amount.currency == Currency::USD));
}

#[test]
fn crlf_and_windows_1252_read_the_same() {
    let text = String::from_utf8(read("bank-month-first")).expect("UTF-8 fixture");
    let plain = read_one(text.as_bytes(), "a.qif").expect("reads");
    let crlf = read_one(text.replace('\n', "\r\n").as_bytes(), "a.qif").expect("reads");
    assert_eq!(plain.transactions, crlf.transactions);
    let latin1 = b"!Type:Bank\nD01/23/2019\nPCaf\xE9 M\xFCller\nT-3.00\n^\n";
    let parsed = read_one(latin1, "latin1.qif").expect("reads");
    assert_eq!(parsed.encoding, "windows-1252");
    assert_eq!(&*parsed.transactions[0].counterparty, "Café Müller");
}

/// What a real sample must read as.
struct Expect {
    path: &'static str,
    count: usize,
    sums: &'static [(&'static str, i64)],
    dates: (&'static str, &'static str),
}

/// Worked out by hand from each file's D and T lines (QIF names no currency: USD).
const SAMPLES: &[Expect] = &[
    // Four records, all D01/23/2019 (23 > 12: month first): -10 - 20 - 30 - 40 = -100.00.
    Expect {
        path: "qif/actual/data-payee-memo.qif",
        count: 4,
        sums: &[("USD", -10000)],
        dates: ("2019-01-23", "2019-01-23"),
    },
    // !Type:Bank: 0.00 + 67.50 + 32.00 - 10.00 - 25.00 - 100.00 = -35.50 over six records;
    // !Type:Invst: one Buy with no T and $100.00 transferred: -100.00. Total -135.50, seven
    // rows. Dates 2/10'2020 … 2/14'2020 (14 > 12: month first); the D1/10'2020 inside the
    // last bank record's splits is a split date, not a record. Class, Cat and Security lists
    // are skipped.
    Expect {
        path: "qif/quiffen/test.qif",
        count: 7,
        sums: &[("USD", -13550)],
        dates: ("2020-02-10", "2020-02-14"),
    },
];

fn check_sample(expect: &Expect) -> Option<One> {
    let bytes = sample(expect.path)?;
    let parsed = read_one(&bytes, expect.path).expect("the sample reads");
    assert_eq!(parsed.source, Source::Qif);
    assert!(parsed.warnings.is_empty(), "{}: {:?}", expect.path, parsed.warnings);
    assert_eq!(parsed.transactions.len(), expect.count, "{}", expect.path);
    let expected: BTreeMap<String, i64> =
        expect.sums.iter().map(|(c, s)| (c.to_string(), *s)).collect();
    assert_eq!(sums_by_currency(&parsed.transactions), expected, "{}", expect.path);
    let (first, last) = date_span(&parsed.transactions).unwrap_or_default();
    assert_eq!((first.as_str(), last.as_str()), expect.dates, "{}", expect.path);
    Some(parsed)
}

#[test]
fn real_samples_read_as_worked_out_by_hand() {
    for expect in SAMPLES {
        check_sample(expect);
    }
}

#[test]
fn real_quiffen_sample_details() {
    let Some(parsed) = SAMPLES.get(1).and_then(check_sample) else { return };
    let kinds: Vec<Kind> = parsed.transactions.iter().map(|t| t.kind).collect();
    use Kind::*;
    // "money back for damaged parcel" is a refund, never income.
    assert_eq!(kinds, [Other, Income, Refund, Expense, Expense, Expense, Investment]);
    // The opening balance is booked against its own account, L[TestExport]: no payment.
    assert_eq!(&*parsed.transactions[0].counterparty, "Opening Balance");
    // The Amazon order's largest split (-50.00 of -100.00) names the category.
    assert_eq!(&*parsed.transactions[5].provider_category, "Food:Groceries");
    assert_eq!(&*parsed.transactions[5].status, "*");
    // The T-Mobile splits (-15.00 + 82.50 = 67.50) name "Bills:Cell Phone" without the class.
    assert_eq!(&*parsed.transactions[1].provider_category, "Bills:Cell Phone");
    assert_eq!(parsed.transactions[4].order_id, "123", "N123 is a check number");
    let spending: i64 = parsed.transactions.iter().map(|t| t.spending_minor()).sum();
    assert_eq!(spending, 1000 + 2500 + 10000);
}
