//! The synthetic checking account of `bank.rs` written as an ISO 20022 camt.053.001.02 statement
//! (statement-formats.md, camt), as a bank's download serves it: one `Stmt` with opening and
//! closing balances, one booked `Ntry` per movement in date order with its bank transaction code
//! (`BkTxCd`), the counterparty on the side opposite the holder (`Cdtr` for money out, `Dbtr`
//! for money in) and the purpose in `Ustrd`; then the savings account's statement (balances
//! only), so that transfers to it are between the holder's own accounts. UTF-8, one entry per line (a download has no
//! indentation to speak of either).

use crate::bank::{bank_records, BankRecord, Movement};
use std::fmt::Write as _;
use yearbook::money::format_minor;
use yearbook::sample::SAMPLE_YEAR;

/// The holder's account, and the savings account transfers go to and come from.
const IBAN: &str = "DE02120300000000202051";
const SAVINGS_IBAN: &str = "DE89370400440532013000";
const HOLDER: &str = "ALEX MORGAN";

/// A synthetic camt.053 statement of `rows` entries: [`bank_records`] of the same
/// `(rows, seed)`, in date order.
pub fn camt053_statement(rows: usize, seed: u64) -> Vec<u8> {
    render(&bank_records(rows, seed)).into_bytes()
}

/// The entry's bank transaction code: (domain, family, sub-family).
fn code(record: &BankRecord) -> (&'static str, &'static str, &'static str) {
    match record.movement {
        Movement::Purchase => ("PMNT", "CCRD", "POSD"),
        Movement::Bill => ("PMNT", "RDDT", "ESDD"),
        Movement::Check => ("PMNT", "CCHQ", "CCHQ"),
        Movement::ZelleSent | Movement::CardPayment => ("PMNT", "ICDT", "ESCT"),
        Movement::ZelleReceived => ("PMNT", "RCDT", "ESCT"),
        Movement::Fee => ("ACMT", "MDOP", "CHRG"),
        Movement::Salary => ("PMNT", "RCDT", "SALA"),
        Movement::Transfer => ("PMNT", "ICDT", "BOOK"),
        Movement::Refund => ("PMNT", "CCRD", "RIMB"),
    }
}

/// The purpose line of a movement.
fn purpose(record: &BankRecord) -> String {
    match record.movement {
        Movement::Purchase => "CARD PURCHASE".to_string(),
        Movement::Refund => "REFUND".to_string(),
        Movement::Check => format!("CHECK {}", record.check_number.unwrap_or_default()),
        Movement::CardPayment => "CREDIT CARD PAYMENT".to_string(),
        Movement::Transfer => "TRANSFER SAVINGS".to_string(),
        _ => record.name.clone(),
    }
}

fn render(records: &[BankRecord]) -> String {
    let mut out = String::with_capacity(records.len() * 520 + 2048);
    let opening = 250_000i64;
    let closing = opening + records.iter().map(|r| r.amount_minor).sum::<i64>();
    let balance = |minor: i64, kind: &str, date: &str| {
        format!(
            "<Bal><Tp><CdOrPrtry><Cd>{kind}</Cd></CdOrPrtry></Tp><Amt Ccy=\"USD\">{}</Amt>\
             <CdtDbtInd>{}</CdtDbtInd><Dt><Dt>{date}</Dt></Dt></Bal>\n",
            format_minor(minor.abs(), 2).replace(',', ""),
            if minor < 0 { "DBIT" } else { "CRDT" }
        )
    };
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n<BkToCstmrStmt>\n\
         <GrpHdr><MsgId>SYN-{SAMPLE_YEAR}</MsgId><CreDtTm>{next}-01-05T10:00:00</CreDtTm></GrpHdr>\n\
         <Stmt>\n<Id>SYN-STMT-{SAMPLE_YEAR}</Id>\n\
         <Acct><Id><IBAN>{IBAN}</IBAN></Id><Ccy>USD</Ccy><Ownr><Nm>{HOLDER}</Nm></Ownr></Acct>\n{}{}",
        balance(opening, "OPBD", &format!("{SAMPLE_YEAR}-01-01")),
        balance(closing, "CLBD", &format!("{SAMPLE_YEAR}-12-31")),
        next = SAMPLE_YEAR + 1,
    );
    for record in records {
        let (domain, family, sub) = code(record);
        let date = record.date.format("%Y-%m-%d");
        let money_out = record.amount_minor < 0;
        let _ = write!(
            out,
            "<Ntry><Amt Ccy=\"USD\">{}</Amt><CdtDbtInd>{}</CdtDbtInd><Sts>BOOK</Sts>\
             <BookgDt><Dt>{date}</Dt></BookgDt><ValDt><Dt>{date}</Dt></ValDt>\
             <AcctSvcrRef>{}{:07}</AcctSvcrRef>\
             <BkTxCd><Domn><Cd>{domain}</Cd><Fmly><Cd>{family}</Cd><SubFmlyCd>{sub}</SubFmlyCd></Fmly></Domn></BkTxCd>\
             <NtryDtls><TxDtls><RltdPties>",
            format_minor(record.amount_minor.abs(), 2).replace(',', ""),
            if money_out { "DBIT" } else { "CRDT" },
            record.date.format("%Y%m%d"),
            record.id,
        );
        // The bank's names carry `&amp;` already (as Chase prints them), which is XML's own escape.
        let other = if record.movement == Movement::Transfer { HOLDER } else { &record.name };
        let other_account = if record.movement == Movement::Transfer {
            format!("<Id><IBAN>{SAVINGS_IBAN}</IBAN></Id>")
        } else {
            String::new()
        };
        let (debtor, debtor_account, creditor, creditor_account) = if money_out {
            (HOLDER, format!("<Id><IBAN>{IBAN}</IBAN></Id>"), other, other_account)
        } else {
            (other, other_account, HOLDER, format!("<Id><IBAN>{IBAN}</IBAN></Id>"))
        };
        let account = |tag: &str, id: &str| {
            if id.is_empty() {
                String::new()
            } else {
                format!("<{tag}>{id}</{tag}>")
            }
        };
        let _ = writeln!(
            out,
            "<Dbtr><Nm>{debtor}</Nm></Dbtr>{}<Cdtr><Nm>{creditor}</Nm></Cdtr>{}</RltdPties>\
             <RmtInf><Ustrd>{}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>",
            account("DbtrAcct", &debtor_account),
            account("CdtrAcct", &creditor_account),
            purpose(record),
        );
    }
    // The savings account's statement of the same download, with no movement of its own: it
    // tells the reader which account is the holder's (transfers to it are not spending).
    let _ = write!(
        out,
        "</Stmt>\n<Stmt>\n<Id>SYN-SAV-{SAMPLE_YEAR}</Id>\n\
         <Acct><Id><IBAN>{SAVINGS_IBAN}</IBAN></Id><Ccy>USD</Ccy><Ownr><Nm>{HOLDER}</Nm></Ownr></Acct>\n{}{}",
        balance(1_000_000, "OPBD", &format!("{SAMPLE_YEAR}-01-01")),
        balance(1_000_000, "CLBD", &format!("{SAMPLE_YEAR}-12-31")),
    );
    out.push_str("</Stmt>\n</BkToCstmrStmt>\n</Document>\n");
    out
}
