//! The synthetic checking account of `bank.rs` written as Chase's checking-account CSV download
//! (statement-formats.md §3e, the "Chase checking" profile), UTF-8, newest row first:
//!
//! ```text
//! Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #
//! DEBIT,01/03/2025,"STARBUCKS STORE 12345 SEATTLE WA",-5.75,DEBIT_CARD,1994.25,,
//! ```
//!
//! As the bank writes it: the description quoted, `&` as `&amp;`, amounts signed (money out
//! negative), the running balance, and one more (empty) cell on every data row than the header.

use crate::bank::{bank_records, BankRecord, Movement};
use std::fmt::Write as _;
use yearbook::money::format_minor;

/// The header row of Chase's checking CSV.
pub const CHASE_HEADER: &str =
    "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #";

/// A synthetic Chase checking CSV of `rows` data rows: [`bank_records`] of the same
/// `(rows, seed)`, newest first.
pub fn chase_checking(rows: usize, seed: u64) -> Vec<u8> {
    render(&bank_records(rows, seed)).into_bytes()
}

/// Chase's `Details` and `Type` columns for a movement.
fn codes(record: &BankRecord) -> (&'static str, &'static str) {
    match record.movement {
        Movement::Purchase => ("DEBIT", "DEBIT_CARD"),
        Movement::Bill | Movement::CardPayment => ("DEBIT", "ACH_DEBIT"),
        Movement::Check => ("CHECK", "CHECK_PAID"),
        Movement::ZelleSent => ("DEBIT", "QUICKPAY_DEBIT"),
        Movement::ZelleReceived => ("CREDIT", "QUICKPAY_CREDIT"),
        Movement::Fee => ("DEBIT", "FEE_TRANSACTION"),
        Movement::Salary => ("CREDIT", "ACH_CREDIT"),
        Movement::Transfer if record.amount_minor < 0 => ("DEBIT", "ACCT_XFER"),
        Movement::Transfer => ("CREDIT", "ACCT_XFER"),
        Movement::Refund => ("CREDIT", "MISC_CREDIT"),
    }
}

/// The description column: refunds say so after the merchant's name, as Chase prints them.
fn description(record: &BankRecord) -> String {
    match record.movement {
        Movement::Refund => format!("{} REFUND", record.name),
        _ => record.name.clone(),
    }
}

fn render(records: &[BankRecord]) -> String {
    let mut out = String::with_capacity(records.len() * 96 + 128);
    out.push_str(CHASE_HEADER);
    out.push('\n');
    // The balance after each row, oldest first; written newest first.
    let mut balance = 250_000i64;
    let balances: Vec<i64> = records
        .iter()
        .map(|r| {
            balance += r.amount_minor;
            balance
        })
        .collect();
    for (record, balance) in records.iter().zip(balances).rev() {
        let (details, type_code) = codes(record);
        let check = record.check_number.map(|n| n.to_string()).unwrap_or_default();
        let _ = writeln!(
            out,
            "{details},{},\"{}\",{},{type_code},{},{check},",
            record.date.format("%m/%d/%Y"),
            description(record),
            format_minor(record.amount_minor, 2).replace(',', ""),
            format_minor(balance, 2).replace(',', ""),
        );
    }
    out
}
