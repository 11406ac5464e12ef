//! The synthetic checking account of `bank.rs` written as a SWIFT MT940 customer statement
//! (statement-formats.md, MT940), as banks serve it for accounting software: one statement per
//! month (`:20:`, `:25:`, `:28C:`, opening `:60F:`, closing `:62F:`), one `:61:` statement line
//! per movement in date order with its SWIFT transaction type (`NMSC`, `NDDT`, `NCHK`, `NTRF`,
//! `NCHG`), and its `:86:` in the SEPA key-value layout (`/NAME/…/REMI/…`), cut into lines of at
//! most 65 characters; then the savings account's statement (balances only), so that transfers
//! to it are between the holder's own accounts. ASCII, CRLF line ends, `-` after each statement.

use crate::bank::{bank_records, BankRecord, Movement};
use chrono::Datelike as _;
use std::fmt::Write as _;
use yearbook::money::format_minor;

/// The holder's account.
const ACCOUNT: &str = "DE02120300000000202051";
/// The savings account transfers go to and come from.
const SAVINGS: &str = "DE89370400440532013000";

/// A synthetic MT940 file of `rows` statement lines: [`bank_records`] of the same
/// `(rows, seed)`, in date order, one statement per month.
pub fn mt940_statement(rows: usize, seed: u64) -> Vec<u8> {
    render(&bank_records(rows, seed)).into_bytes()
}

/// SWIFT's transaction type of a movement (the `N` and three letters after the amount).
fn type_code(record: &BankRecord) -> &'static str {
    match record.movement {
        Movement::Purchase | Movement::Refund => "NMSC",
        Movement::Bill => "NDDT",
        Movement::Check => "NCHK",
        Movement::Fee => "NCHG",
        _ => "NTRF",
    }
}

/// The `:86:` text before it is cut into lines.
fn information(record: &BankRecord) -> String {
    // MT940 is plain text: the `&amp;` the bank's names carry (as Chase prints them) is `&`.
    let name = record.name.replace("&amp;", "&");
    match record.movement {
        Movement::Purchase => format!("/NAME/{name}/REMI/CARD PURCHASE"),
        Movement::Refund => format!("/NAME/{name}/REMI/REFUND"),
        Movement::Check => {
            format!("/NAME/CHECK/REMI/CHECK {}", record.check_number.unwrap_or_default())
        }
        Movement::CardPayment => format!("/NAME/{name}/REMI/CREDIT CARD PAYMENT"),
        Movement::Transfer => format!("/IBAN/{SAVINGS}/NAME/ALEX MORGAN/REMI/TRANSFER SAVINGS"),
        _ => format!("/NAME/{name}/REMI/{name}"),
    }
}

fn balance(tag: &str, minor: i64, date: chrono::NaiveDate) -> String {
    format!(
        ":{tag}:{}{}USD{}\r\n",
        if minor < 0 { 'D' } else { 'C' },
        date.format("%y%m%d"),
        format_minor(minor.abs(), 2).replace(',', "").replace('.', ",")
    )
}

fn render(records: &[BankRecord]) -> String {
    let mut out = String::with_capacity(records.len() * 190 + 1024);
    let mut balance_minor = 250_000i64;
    let mut statement = 0u32;
    let mut at = 0usize;
    while at < records.len() {
        let month = (records[at].date.year(), records[at].date.month());
        let end = records[at..]
            .iter()
            .position(|r| (r.date.year(), r.date.month()) != month)
            .map_or(records.len(), |n| at + n);
        let block = &records[at..end];
        statement += 1;
        let first = block[0].date;
        let last = block[block.len() - 1].date;
        let _ = write!(
            out,
            ":20:SYN{}{statement:04}\r\n:25:{ACCOUNT}\r\n:28C:{statement:05}/1\r\n",
            first.format("%Y%m")
        );
        out.push_str(&balance("60F", balance_minor, first));
        for record in block {
            balance_minor += record.amount_minor;
            let _ = write!(
                out,
                ":61:{}{}{}{}{}{:07}\r\n",
                record.date.format("%y%m%d"),
                record.date.format("%m%d"),
                if record.amount_minor < 0 { 'D' } else { 'C' },
                format_minor(record.amount_minor.abs(), 2).replace(',', "").replace('.', ","),
                type_code(record),
                record.id,
            );
            let text = information(record);
            let mut rest = text.as_str();
            let mut tag = ":86:";
            // Six lines of 65 characters at most, the first after the tag; ASCII only.
            for _ in 0..6 {
                if rest.is_empty() {
                    break;
                }
                let mut cut = rest.len().min(65);
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                let _ = write!(out, "{tag}{}\r\n", &rest[..cut]);
                rest = &rest[cut..];
                tag = "";
            }
        }
        out.push_str(&balance("62F", balance_minor, last));
        out.push_str("-\r\n");
        at = end;
    }
    // The savings account's statement of the same file, with no movement of its own: it tells
    // the reader which account is the holder's (transfers to it are not spending).
    if let (Some(first), Some(last)) = (records.first(), records.last()) {
        let _ = write!(out, ":20:SYNSAV\r\n:25:{SAVINGS}\r\n:28C:00001/1\r\n");
        out.push_str(&balance("60F", 1_000_000, first.date));
        out.push_str(&balance("62F", 1_000_000, last.date));
        out.push_str("-\r\n");
    }
    out
}
