//! OFX bank downloads and their QFX (Quicken) and QBO (QuickBooks) copies (statement-formats.md
//! §3a): OFX 1.x SGML with unclosed leaves, 2.x XML, and the mixtures banks really send (a v2
//! header over an SGML body, no header, the header inside a comment, `<BALAMT/>`).
//!
//! The body goes through the tolerant tag scanner in `sgml.rs`, then this file walks the events
//! keeping a stack of open aggregates, so broken nesting costs at most the row it breaks:
//!
//! ```text
//! OFX/BANKMSGSRSV1/STMTTRNRS/STMTRS/{CURDEF, BANKACCTFROM/ACCTID, BANKTRANLIST/STMTTRN*}
//! OFX/CREDITCARDMSGSRSV1/CCSTMTTRNRS/CCSTMTRS/{CURDEF, CCACCTFROM/ACCTID, BANKTRANLIST/STMTTRN*}
//! OFX/INVSTMTMSGSRSV1/INVSTMTTRNRS/INVSTMTRS/{CURDEF, INVACCTFROM/ACCTID, INVTRANLIST/INVBANKTRAN/STMTTRN*}
//! STMTTRN = {TRNTYPE, DTPOSTED, DTUSER?, TRNAMT, FITID, CHECKNUM?, NAME | PAYEE/NAME, MEMO?, CURRENCY/CURSYM?}
//! ```
//!
//! A file may hold several statements, each with its own currency (`CURDEF`) and account
//! (`ACCTID`). `TRNAMT` is signed from the account holder's view. Dates are
//! `YYYYMMDD[HHMMSS[.XXX]][[±h:TZ]]`: the digits are taken as written and the zone is ignored.
//! The text encoding (`CHARSET:1252`, `8859-1`, UTF-8) is settled by `decode.rs` from the bytes.

use super::parsed::Parsed;
use super::sgml::{scan, Event};
use crate::choices::Options;
use crate::classify::bank::BankRow;
use crate::classify::Memo;
use crate::error::{Error, ErrorKind, Position, Warning};
use crate::intern::{empty, Interner};
use crate::model::{Category, Currency, Direction, Kind, Money, Source, Transaction};
use crate::phrase;
use crate::phrase::{messages as m, reasons as r, Phrase};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// How many lines from the top may carry the OFX header or the `<OFX>` tag.
const MAX_HEADER_LINE: usize = 40;
/// How deep open aggregates are tracked; deeper ones are read as if flat.
const MAX_DEPTH: usize = 64;

/// True when the text announces itself as OFX: `OFXHEADER:100`, `<?OFX …?>` or `<OFX>` near the
/// top, in any case, possibly inside a comment.
pub(super) fn detect(text: &str) -> bool {
    text.lines().take(MAX_HEADER_LINE).any(|line| {
        let upper = line.to_ascii_uppercase();
        upper.contains("OFXHEADER") || upper.contains("<?OFX") || upper.contains("<OFX>")
    })
}

/// The kind of account a statement is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Account {
    /// `STMTRS`: checking or savings.
    Bank,
    /// `CCSTMTRS`: purchases negative, payments to the card positive.
    CreditCard,
    /// `INVSTMTRS`: only its cash movements (`INVBANKTRAN`) are read.
    Investment,
}

/// One statement aggregate: what its rows share.
struct Statement {
    account: Account,
    /// `CURDEF` as written.
    currency: String,
    /// `ACCTID` as written.
    account_id: String,
}

/// A leaf's value and the line it sits on.
#[derive(Default, Clone)]
struct Field {
    value: String,
    line: u32,
}

/// The leaves of one `STMTTRN`, as written.
#[derive(Default)]
struct RawTransaction {
    statement: usize,
    line: u32,
    trntype: Field,
    dtposted: Field,
    dtuser: Field,
    trnamt: Field,
    fitid: Field,
    checknum: Field,
    name: Field,
    payee: Field,
    memo: Field,
    /// `CURRENCY/CURSYM`: the amounts are in this currency instead of `CURDEF`.
    cursym: Field,
    /// `BANKACCTTO/ACCTID` or `CCACCTTO/ACCTID`: the account the money went to.
    account_to: Field,
}

/// Aggregates that never nest in themselves: meeting one while it is open closes the open one
/// (a bank that forgets `</STMTTRN>`).
const NOT_NESTED: &[&str] = &[
    "STMTTRN",
    "BANKTRANLIST",
    "INVBANKTRAN",
    "STMTRS",
    "CCSTMTRS",
    "INVSTMTRS",
    "STMTTRNRS",
    "CCSTMTTRNRS",
    "INVSTMTTRNRS",
];

/// Walks the scanned events and collects statements and raw transactions.
#[derive(Default)]
struct Walker {
    stack: Vec<String>,
    statements: Vec<Statement>,
    transactions: Vec<RawTransaction>,
    open: Option<RawTransaction>,
    saw_ofx: bool,
}

impl Walker {
    fn inside(&self, name: &str) -> bool {
        self.stack.iter().any(|n| n == name)
    }

    /// The statement rows belong to now; a default bank statement when the file never opened
    /// one (broken nesting).
    fn statement(&mut self) -> usize {
        if self.statements.is_empty() {
            self.statements.push(Statement {
                account: Account::Bank,
                currency: String::new(),
                account_id: String::new(),
            });
        }
        self.statements.len() - 1
    }

    /// Closes everything down to and including the innermost `name`.
    fn close(&mut self, name: &str) {
        let Some(at) = self.stack.iter().rposition(|n| n == name) else { return };
        let closes_transaction = self.stack.iter().skip(at).any(|n| n == "STMTTRN");
        self.stack.truncate(at);
        if closes_transaction {
            self.finish_transaction();
        }
    }

    fn finish_transaction(&mut self) {
        if let Some(raw) = self.open.take() {
            self.transactions.push(raw);
        }
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Start { name, line } => {
                if NOT_NESTED.contains(&name.as_str()) {
                    self.close(&name);
                }
                match name.as_str() {
                    "OFX" => self.saw_ofx = true,
                    "STMTRS" | "CCSTMTRS" | "INVSTMTRS" => {
                        let account = match name.as_str() {
                            "CCSTMTRS" => Account::CreditCard,
                            "INVSTMTRS" => Account::Investment,
                            _ => Account::Bank,
                        };
                        self.statements.push(Statement {
                            account,
                            currency: String::new(),
                            account_id: String::new(),
                        });
                    }
                    "STMTTRN" => {
                        self.finish_transaction();
                        let statement = self.statement();
                        self.open = Some(RawTransaction { statement, line, ..Default::default() });
                    }
                    _ => {}
                }
                // Real OFX nests about ten deep; a hostile file must not make every leaf's
                // context check walk a stack of millions.
                if self.stack.len() < MAX_DEPTH {
                    self.stack.push(name);
                }
            }
            Event::End { name, .. } => self.close(&name),
            Event::Leaf { name, value, line } => self.leaf(&name, value, line),
        }
    }

    fn leaf(&mut self, name: &str, value: String, line: u32) {
        let field = Field { value, line };
        let in_currency = self.inside("CURRENCY");
        let in_payee = self.inside("PAYEE");
        // The other side of a transfer (`BANKACCTTO`) and the original currency are not ours.
        let elsewhere = self.inside("BANKACCTTO")
            || self.inside("CCACCTTO")
            || self.inside("ORIGCURRENCY")
            || (self.inside("CURRENCY") && name != "CURSYM");
        let account_to = name == "ACCTID" && (self.inside("BANKACCTTO") || self.inside("CCACCTTO"));
        if let Some(raw) = self.open.as_mut() {
            if account_to {
                raw.account_to = field;
                return;
            }
            if elsewhere {
                return;
            }
            let slot = match name {
                "CURSYM" if in_currency => &mut raw.cursym,
                "NAME" if in_payee => &mut raw.payee,
                "TRNTYPE" => &mut raw.trntype,
                "DTPOSTED" => &mut raw.dtposted,
                "DTUSER" => &mut raw.dtuser,
                "TRNAMT" => &mut raw.trnamt,
                "FITID" => &mut raw.fitid,
                "CHECKNUM" => &mut raw.checknum,
                "NAME" => &mut raw.name,
                "MEMO" => &mut raw.memo,
                _ => return,
            };
            *slot = field;
            return;
        }
        match name {
            "CURDEF" => {
                let at = self.statement();
                if let Some(statement) = self.statements.get_mut(at) {
                    statement.currency = field.value;
                }
            }
            "ACCTID" if !elsewhere => {
                let at = self.statement();
                if let Some(statement) = self.statements.get_mut(at) {
                    if statement.account_id.is_empty() {
                        statement.account_id = field.value;
                    }
                }
            }
            _ => {}
        }
    }
}

/// Reads every `STMTTRN` of every statement in the file.
pub(super) fn parse(text: &str, options: &Options) -> Result<Parsed, Error> {
    let mut walker = Walker::default();
    for event in scan(text) {
        walker.event(event);
    }
    walker.finish_transaction();
    if !walker.saw_ofx && walker.transactions.is_empty() {
        return Err(Error::new(ErrorKind::MissingHeader {
            format: Phrase::new(Source::Ofx.name()),
            expected: "<OFX>".to_string(),
        }));
    }
    let mut parsed = Parsed {
        source: Source::Ofx,
        transactions: Vec::new(),
        warnings: Vec::new(),
        rows_seen: u32::try_from(walker.transactions.len()).unwrap_or(u32::MAX),
    };
    let fallback = options.currency.unwrap_or(Currency::USD);
    let mut names = Interner::default();
    let mut memo = Memo::new();
    for raw in &walker.transactions {
        let statement = walker.statements.get(raw.statement);
        match read_transaction(raw, statement, fallback, &mut names, &mut memo) {
            Ok(transaction) => parsed.transactions.push(transaction),
            Err(warning) => parsed.warnings.push(warning),
        }
    }
    Ok(parsed)
}

fn warning(field: &Field, fallback_line: u32, column: &str, message: Phrase) -> Warning {
    let line = if field.line > 0 { field.line } else { fallback_line };
    Warning {
        position: Position { column_name: Some(column.to_string()), ..Position::row(line) },
        message,
    }
}

fn read_transaction(
    raw: &RawTransaction,
    statement: Option<&Statement>,
    fallback: Currency,
    names: &mut Interner,
    memo: &mut Memo,
) -> Result<Transaction, Warning> {
    let currency = [&raw.cursym.value, statement.map_or(&String::new(), |s| &s.currency)]
        .into_iter()
        .find_map(|code| Currency::from_code(code))
        .unwrap_or(fallback);
    // DTUSER is the day the person paid; DTPOSTED the day the bank booked it, often later.
    let date_field =
        if read_date(&raw.dtuser.value).is_some() { &raw.dtuser } else { &raw.dtposted };
    let (time, has_time) = read_date(&date_field.value).ok_or_else(|| {
        let message = if date_field.value.is_empty() {
            Phrase::new(&m::OFX_NO_DATE)
        } else {
            phrase!(m::CANNOT_READ_DATE, &date_field.value, &m::DATE_OFX)
        };
        warning(date_field, raw.line, "DTPOSTED", message)
    })?;
    if raw.trnamt.value.is_empty() {
        return Err(warning(&raw.trnamt, raw.line, "TRNAMT", Phrase::new(&m::OFX_NO_AMOUNT)));
    }
    let signed = crate::money::parse_minor(&raw.trnamt.value, currency.minor_digits()).map_err(
        |problem| {
            warning(
                &raw.trnamt,
                raw.line,
                "TRNAMT",
                phrase!(m::CANNOT_READ_AMOUNT, &raw.trnamt.value, m::known(problem)),
            )
        },
    )?;
    let name = if raw.name.value.is_empty() { &raw.payee.value } else { &raw.name.value };
    // A bank that writes only MEMO (Capital One) names the other side there.
    let (counterparty, description) = match (name.is_empty(), raw.memo.value.is_empty()) {
        (false, _) => (name.clone(), raw.memo.value.clone()),
        (true, false) => (raw.memo.value.clone(), String::new()),
        // Nothing written but the type (a cheque, an ATM withdrawal): say that much.
        (true, true) if !raw.checknum.value.is_empty() => {
            (String::new(), format!("check {}", raw.checknum.value))
        }
        (true, true) => (String::new(), raw.trntype.value.clone()),
    };
    let account = statement.map_or(Account::Bank, |s| s.account);
    let type_code = raw.trntype.value.as_str();
    let hint = (account == Account::Investment
        && !["INT", "DIV", "FEE", "SRVCHG"].iter().any(|t| t.eq_ignore_ascii_case(type_code)))
    .then(|| Phrase::new(&r::OFX_INVESTMENT_CASH));
    let (kind, reason) = memo.kind_of(&BankRow {
        amount_minor: signed,
        type_code,
        counterparty: &counterparty,
        description: &description,
        credit_card: account == Account::CreditCard,
        hint: hint.as_ref().map(|reason| (Kind::Transfer, reason)),
    });
    let category = match kind {
        Kind::Expense | Kind::Income | Kind::Refund => memo.from_text(&counterparty, &description),
        _ => Category::Other,
    };
    let amount = signed.checked_abs().unwrap_or(i64::MAX);
    Ok(Transaction {
        source: Source::Ofx,
        row: raw.line,
        time,
        has_time,
        amount: Money { minor: amount, currency },
        direction: Direction::of_signed(signed),
        kind,
        reason,
        counterparty: names.get(&counterparty),
        description,
        category,
        provider_category: empty(),
        method: names.get(type_code),
        account: statement.map_or_else(empty, |s| names.get(&s.account_id)),
        status: empty(),
        order_id: raw.fitid.value.clone(),
        refunded_minor: 0,
        counterparty_account: names.get(&raw.account_to.value),
    })
}

/// Reads an OFX date `YYYYMMDD[HHMMSS[.XXX]][[±h:TZ]]` as written: the zone is ignored, and a
/// time that cannot be (Capital One's minute 82) or is all zeros leaves the date alone, with
/// the flag false. A hand-made `2024-01-11` is read too, as a date.
fn read_date(text: &str) -> Option<(NaiveDateTime, bool)> {
    let text = text.trim();
    let iso;
    let text = match (text.get(4..5), text.get(7..8)) {
        (Some("-"), Some("-")) => {
            iso = [text.get(..4)?, text.get(5..7)?, text.get(8..10)?].concat();
            iso.as_str()
        }
        _ => text,
    };
    let digit = |from: usize, len: usize| -> Option<u32> {
        let part = text.get(from..from + len)?;
        part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse().ok()).flatten()
    };
    let year = i32::try_from(digit(0, 4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, digit(4, 2)?, digit(6, 2)?)?;
    // The next characters must not be more digits of a longer date-less number.
    let time = match (digit(8, 2), digit(10, 2), digit(12, 2)) {
        (Some(h), Some(m), seconds) => NaiveTime::from_hms_opt(h, m, seconds.unwrap_or(0)),
        _ => None,
    };
    match time {
        Some(time) if time != NaiveTime::MIN => Some((date.and_time(time), true)),
        _ => Some((date.and_time(NaiveTime::MIN), false)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_written() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").ok();
        for (text, expected, has_time) in [
            ("20090401122017.000[-5:EST]", "2009-04-01 12:20:17", true),
            ("20240323000000[-3:GMT]", "2024-03-23 00:00:00", false),
            ("20150102170000.000[+0:UTC]", "2015-01-02 17:00:00", true),
            ("20120603203135.547[-7:PDT]", "2012-06-03 20:31:35", true),
            ("20170508", "2017-05-08 00:00:00", false),
            ("200510291120", "2005-10-29 11:20:00", true),
            // Capital One's impossible minute: the date digits still count.
            ("20230310048208.398", "2023-03-10 00:00:00", false),
            ("  20230228050000.000 ", "2023-02-28 05:00:00", true),
        ] {
            let read = read_date(text);
            assert_eq!(read.map(|(t, _)| t), at(expected), "{text:?}");
            assert_eq!(read.map(|(_, f)| f), Some(has_time), "{text:?}");
        }
        assert_eq!(read_date("2023-03-10").map(|(t, _)| t), at("2023-03-10 00:00:00"));
        assert_eq!(read_date("2023-03-10T10:11:12").map(|(_, f)| f), Some(false));
        for text in [
            "",
            "2023",
            "20230230",
            "20231301",
            "2023-3-10",
            "2023-02-30",
            "x0230310",
            "２０２３0101",
        ] {
            assert_eq!(read_date(text), None, "{text:?} is not a date");
        }
    }

    #[test]
    fn detection_looks_at_the_top_in_any_case() {
        assert!(detect("OFXHEADER:100\nDATA:OFXSGML\n"));
        assert!(detect("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?>\n"));
        assert!(detect("\n\n<ofx>\n<SIGNONMSGSRSV1>"));
        assert!(detect("<!--\nOFXHEADER:100\n-->\n"));
        assert!(!detect("!Type:Bank\nD1/2/2020\n"));
        assert!(!detect("交易时间,金额\n"));
    }
}
