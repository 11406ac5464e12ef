//! The synthetic checking account of `bank.rs` written as an OFX 1.02 SGML bank statement
//! (statement-formats.md §3a), as US banks serve it for Quicken and Money: the `OFXHEADER:100`
//! block, unclosed leaf elements, one `STMTTRN` per movement in date order, `NAME` cut to the
//! 32 characters OFX 1.x allows, US-ASCII.

use crate::bank::{bank_records, BankRecord, Movement};
use std::fmt::Write as _;
use yearbook::money::format_minor;
use yearbook::sample::SAMPLE_YEAR;

/// A synthetic OFX statement of `rows` transactions: [`bank_records`] of the same
/// `(rows, seed)`, in date order.
pub fn ofx_statement(rows: usize, seed: u64) -> Vec<u8> {
    render(&bank_records(rows, seed)).into_bytes()
}

/// OFX's `TRNTYPE` for a movement.
fn trntype(record: &BankRecord) -> &'static str {
    match record.movement {
        Movement::Purchase => "POS",
        Movement::Bill => "DIRECTDEBIT",
        Movement::Check => "CHECK",
        Movement::ZelleSent | Movement::CardPayment => "DEBIT",
        Movement::ZelleReceived | Movement::Refund => "CREDIT",
        Movement::Fee => "SRVCHG",
        Movement::Salary => "DIRECTDEP",
        Movement::Transfer => "XFER",
    }
}

/// The `NAME` and `MEMO` of a movement; a check has neither (its `CHECKNUM` says it all).
fn name_and_memo(record: &BankRecord) -> (Option<&str>, Option<&'static str>) {
    // OFX 1.x limits NAME to 32 characters; banks cut the rest.
    let name = record.name.get(..32).unwrap_or(&record.name);
    match record.movement {
        Movement::Check => (None, None),
        Movement::Purchase => (Some(name), Some("POS PURCHASE")),
        Movement::Refund => (Some(name), Some("REFUND")),
        Movement::CardPayment => (Some("CHASE CREDIT CRD AUTOPAY"), Some("CREDIT CARD PAYMENT")),
        _ => (Some(name), None),
    }
}

fn render(records: &[BankRecord]) -> String {
    let mut out = String::with_capacity(records.len() * 170 + 1024);
    out.push_str(
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n\
         COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n",
    );
    let next = SAMPLE_YEAR + 1;
    let _ = write!(
        out,
        "<OFX>\n<SIGNONMSGSRSV1>\n<SONRS>\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n\
         <DTSERVER>{next}0105120000.000[-5:EST]\n<LANGUAGE>ENG\n<FI>\n<ORG>B1\n<FID>10898\n</FI>\n\
         <INTU.BID>10898\n</SONRS>\n</SIGNONMSGSRSV1>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<TRNUID>1\n\
         <STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n<STMTRS>\n<CURDEF>USD\n<BANKACCTFROM>\n\
         <BANKID>322271627\n<ACCTID>000987654321\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n\
         <BANKTRANLIST>\n<DTSTART>{SAMPLE_YEAR}0101120000.000[-5:EST]\n\
         <DTEND>{SAMPLE_YEAR}1231120000.000[-5:EST]\n"
    );
    let mut balance = 250_000i64;
    for record in records {
        balance += record.amount_minor;
        let _ = write!(
            out,
            "<STMTTRN>\n<TRNTYPE>{}\n<DTPOSTED>{}120000.000[-5:EST]\n<TRNAMT>{}\n<FITID>{}{:07}\n",
            trntype(record),
            record.date.format("%Y%m%d"),
            format_minor(record.amount_minor, 2).replace(',', ""),
            record.date.format("%Y%m%d"),
            record.id,
        );
        if let Some(number) = record.check_number {
            let _ = writeln!(out, "<CHECKNUM>{number}");
        }
        let (name, memo) = name_and_memo(record);
        if let Some(name) = name {
            let _ = writeln!(out, "<NAME>{name}");
        }
        if let Some(memo) = memo {
            let _ = writeln!(out, "<MEMO>{memo}");
        }
        out.push_str("</STMTTRN>\n");
    }
    let _ = write!(
        out,
        "</BANKTRANLIST>\n<LEDGERBAL>\n<BALAMT>{}\n<DTASOF>{SAMPLE_YEAR}1231120000.000[-5:EST]\n\
         </LEDGERBAL>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n",
        format_minor(balance, 2).replace(',', ""),
    );
    out
}
