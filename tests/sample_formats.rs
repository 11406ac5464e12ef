//! The benchmark's other synthetic statements (a Chase checking CSV, an OFX statement, a camt.053
//! statement, an MT940 file, a WeChat Pay XLSX): deterministic, read back by the crate's own readers without a warning, and
//! totalling what the generator meant to write, summed here from its records.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{read_one, One};

use yearbook::{Currency, Kind, Report, Source};
use yearbook_samples::{
    bank_records, camt053_statement, chase_checking, mt940_statement, ofx_statement,
    wechat_records, wechat_xlsx, BankRecord, Movement, WechatMovement, SAMPLE_YEAR,
};

const ROWS: usize = 4000;
const SEED: u64 = 5;

fn read(bytes: &[u8], name: &str, source: Source) -> One {
    let parsed = read_one(bytes, name).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(parsed.source, source, "{name}");
    assert!(
        parsed.warnings.is_empty(),
        "{name}: {:?}",
        &parsed.warnings[..parsed.warnings.len().min(3)]
    );
    assert_eq!(parsed.transactions.len(), ROWS, "{name}: one transaction per row");
    assert_eq!(parsed.rows_seen as usize, ROWS, "{name}");
    parsed
}

fn sum(parsed: &One, pick: impl Fn(&yearbook::Transaction) -> bool) -> i64 {
    parsed.transactions.iter().filter(|t| pick(t)).map(|t| t.amount.minor).sum()
}

/// What the bank records add up to, by the generator's meaning of each movement.
struct BankTotals {
    out_minor: i64,
    in_minor: i64,
    /// Purchases, bills, checks, Zelle payments sent and fees; transfers and the card's
    /// autopay are not spending.
    spent_minor: i64,
    refunded_minor: i64,
    /// Salary and Zelle payments received; transfers back from savings and refunds are not.
    income_minor: i64,
}

fn count_of(records: &[BankRecord], movement: Movement) -> usize {
    records.iter().filter(|r| r.movement == movement).count()
}

fn bank_totals() -> (Vec<BankRecord>, BankTotals) {
    let records = bank_records(ROWS, SEED);
    let total = |pick: &dyn Fn(Movement) -> bool| -> i64 {
        records.iter().filter(|r| pick(r.movement)).map(|r| r.amount_minor).sum()
    };
    let totals = BankTotals {
        out_minor: -records
            .iter()
            .filter(|r| r.amount_minor < 0)
            .map(|r| r.amount_minor)
            .sum::<i64>(),
        in_minor: records.iter().filter(|r| r.amount_minor > 0).map(|r| r.amount_minor).sum(),
        spent_minor: -total(&|m| {
            matches!(
                m,
                Movement::Purchase
                    | Movement::Bill
                    | Movement::Check
                    | Movement::ZelleSent
                    | Movement::Fee
            )
        }),
        refunded_minor: total(&|m| m == Movement::Refund),
        income_minor: total(&|m| matches!(m, Movement::Salary | Movement::ZelleReceived)),
    };
    (records, totals)
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    assert_eq!(chase_checking(500, 1), chase_checking(500, 1));
    assert_ne!(chase_checking(500, 1), chase_checking(500, 2));
    assert_eq!(ofx_statement(500, 1), ofx_statement(500, 1));
    assert_ne!(ofx_statement(500, 1), ofx_statement(500, 2));
    assert_eq!(camt053_statement(500, 1), camt053_statement(500, 1));
    assert_ne!(camt053_statement(500, 1), camt053_statement(500, 2));
    assert_eq!(mt940_statement(500, 1), mt940_statement(500, 1));
    assert_ne!(mt940_statement(500, 1), mt940_statement(500, 2));
    assert_eq!(wechat_xlsx(500, 1), wechat_xlsx(500, 1));
    assert_ne!(wechat_xlsx(500, 1), wechat_xlsx(500, 2));
    for rows in [0, 1, 2, 3] {
        assert_eq!(bank_records(rows, 9).len(), rows);
        assert_eq!(wechat_records(rows, 9).len(), rows);
    }
}

#[test]
fn chase_csv_reads_back_with_the_generators_totals() {
    let (records, expected) = bank_totals();
    let parsed = read(&chase_checking(ROWS, SEED), "chase.csv", Source::BankCsv);
    assert!(parsed.transactions.iter().all(|t| t.amount.currency == Currency::USD));
    assert!(parsed
        .transactions
        .iter()
        .all(|t| t.time.date().format("%Y").to_string() == SAMPLE_YEAR.to_string()));
    assert_eq!(sum(&parsed, |t| t.direction == yearbook::Direction::Out), expected.out_minor);
    assert_eq!(sum(&parsed, |t| t.direction == yearbook::Direction::In), expected.in_minor);
    let count = |kind: Kind| parsed.transactions.iter().filter(|t| t.kind == kind).count();
    let n = |m: Movement| count_of(&records, m);
    assert_eq!(count(Kind::Transfer), n(Movement::Transfer));
    assert_eq!(count(Kind::Repayment), n(Movement::CardPayment));
    assert_eq!(count(Kind::Refund), n(Movement::Refund));
    assert_eq!(count(Kind::Income), n(Movement::Salary) + n(Movement::ZelleReceived));
    assert!(n(Movement::Refund) > 0 && n(Movement::Check) > 0 && n(Movement::Fee) > 0);
    // Chase's checking CSV names no counterparty, so a refund cannot be matched to its purchase
    // (statement-formats.md: the fallbacks need one): it is neither income nor netted.
    let report = Report::build(&parsed.transactions, None).expect("a report");
    assert_eq!(report.year, SAMPLE_YEAR);
    assert_eq!(report.totals().spending, expected.spent_minor);
    assert_eq!(report.totals().income, expected.income_minor);
    // The HTML entities Chase writes are read as the characters they stand for.
    assert!(parsed.transactions.iter().any(|t| t.description.starts_with("AT&T MOBILITY")));
    assert!(!parsed.transactions.iter().any(|t| t.description.contains("&amp;")));
}

#[test]
fn ofx_reads_back_with_the_generators_totals_and_nets_every_refund() {
    let (records, expected) = bank_totals();
    let parsed = read(&ofx_statement(ROWS, SEED), "statement.ofx", Source::Ofx);
    assert_eq!(sum(&parsed, |t| t.direction == yearbook::Direction::Out), expected.out_minor);
    assert_eq!(sum(&parsed, |t| t.direction == yearbook::Direction::In), expected.in_minor);
    let count = |kind: Kind| parsed.transactions.iter().filter(|t| t.kind == kind).count();
    let n = |m: Movement| count_of(&records, m);
    assert_eq!(count(Kind::Transfer), n(Movement::Transfer));
    assert_eq!(count(Kind::Repayment), n(Movement::CardPayment));
    assert_eq!(count(Kind::Refund), n(Movement::Refund));
    // OFX names the merchant (NAME), so each refund nets a purchase from the same merchant.
    let report = Report::build(&parsed.transactions, None).expect("a report");
    assert_eq!(report.totals().spending, expected.spent_minor - expected.refunded_minor);
    assert_eq!(report.totals().income, expected.income_minor);
}

#[test]
fn wechat_xlsx_reads_back_with_the_generators_totals() {
    let records = wechat_records(ROWS, SEED);
    let parsed = read(&wechat_xlsx(ROWS, SEED), "微信支付账单.xlsx", Source::WechatXlsx);
    let total = |pick: &dyn Fn(WechatMovement) -> bool| -> i64 {
        records.iter().filter(|r| pick(r.movement)).map(|r| r.amount_minor).sum()
    };
    let n = |m: WechatMovement| records.iter().filter(|r| r.movement == m).count();
    assert!(n(WechatMovement::Refund) > 0);
    assert_eq!(n(WechatMovement::Refund), n(WechatMovement::RefundedPayment));
    let all: i64 = records.iter().map(|r| r.amount_minor).sum();
    assert_eq!(sum(&parsed, |_| true), all);
    let count = |kind: Kind| parsed.transactions.iter().filter(|t| t.kind == kind).count();
    assert_eq!(count(Kind::Refund), n(WechatMovement::Refund));
    assert_eq!(count(Kind::Repayment), n(WechatMovement::Repayment));
    assert_eq!(count(Kind::Investment), n(WechatMovement::Investment));
    assert_eq!(count(Kind::Transfer), n(WechatMovement::Wallet));
    assert_eq!(count(Kind::Income), n(WechatMovement::GiftReceived));
    // Payments and gifts sent are spending; a payment refunded in full nets to nothing.
    let report = Report::build(&parsed.transactions, None).expect("a report");
    assert_eq!(report.year, SAMPLE_YEAR);
    assert_eq!(
        report.totals().spending,
        total(&|m| matches!(m, WechatMovement::Payment | WechatMovement::GiftSent))
    );
    assert_eq!(report.totals().income, total(&|m| m == WechatMovement::GiftReceived));
}

/// camt.053 and MT940 carry the same movements as the Chase CSV and the OFX, each with its
/// counterparty's name and the savings account's statement beside the checking account's, so
/// the crate reads every one of them to the cent, knows the transfers to savings, the card's
/// autopay and the refunds, and nets each refund against a purchase from its merchant.
fn check_iso_statement(parsed: &One) {
    let (records, expected) = bank_totals();
    assert_eq!(sum(parsed, |t| t.direction == yearbook::Direction::Out), expected.out_minor);
    assert_eq!(sum(parsed, |t| t.direction == yearbook::Direction::In), expected.in_minor);
    assert!(parsed.transactions.iter().all(|t| t.amount.currency == Currency::USD));
    let count = |kind: Kind| parsed.transactions.iter().filter(|t| t.kind == kind).count();
    let n = |m: Movement| count_of(&records, m);
    assert_eq!(count(Kind::Transfer), n(Movement::Transfer));
    assert_eq!(count(Kind::Repayment), n(Movement::CardPayment));
    assert_eq!(count(Kind::Refund), n(Movement::Refund));
    assert_eq!(count(Kind::Income), n(Movement::Salary) + n(Movement::ZelleReceived));
    let report = Report::build(&parsed.transactions, None).expect("a report");
    assert_eq!(report.year, SAMPLE_YEAR);
    assert_eq!(report.totals().spending, expected.spent_minor - expected.refunded_minor);
    assert_eq!(report.totals().income, expected.income_minor);
}

#[test]
fn camt053_reads_back_with_the_generators_totals() {
    check_iso_statement(&read(&camt053_statement(ROWS, SEED), "statement.xml", Source::Camt));
}

#[test]
fn mt940_reads_back_with_the_generators_totals() {
    check_iso_statement(&read(&mt940_statement(ROWS, SEED), "statement.sta", Source::Mt940));
}
