//! ISO 20022 bank statements in XML (statement-formats.md §3c): camt.053 (`BkToCstmrStmt/Stmt`),
//! camt.052 (`BkToCstmrAcctRpt/Rpt`) and camt.054 (`BkToCstmrDbtCdtNtfctn/Ntfctn`), versions
//! 02–08. Recognised by the namespace on the root,
//! `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">`, and read by local names,
//! so the version and any namespace prefix do not matter.
//!
//! Each `Ntry` is one row: `Amt@Ccy` (always positive) with the direction in `CdtDbtInd`, the
//! booking date as written (`2017-04-01+02:00` is 1 April: offsets are ignored), the
//! counterparty from the `TxDtls` side opposite the account holder. A batch (`NtryDtls` with
//! several `TxDtls`) becomes one row per transaction when their amounts add up to the entry's,
//! else stays one row with a warning. Only `BOOK` entries move money (see `bank_entry`).
//! The XML `encoding=` declaration is honoured by `decode.rs` (Latin-1 camt files exist).

use super::bank_entry::{clean_text, to_transactions, Entry};
use super::parsed::Parsed;
use super::xml::{Element, Tree};
use crate::error::{Error, ErrorKind, Position, Warning};
use crate::model::{Currency, Direction, Money, Source};
use crate::phrase;
use crate::phrase::{messages as m, Phrase};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// The namespaces read here; the version suffix (`.001.02` … `.001.08`) is ignored.
const NAMESPACES: &[&str] = &[
    "urn:iso:std:iso:20022:tech:xsd:camt.052",
    "urn:iso:std:iso:20022:tech:xsd:camt.053",
    "urn:iso:std:iso:20022:tech:xsd:camt.054",
];
/// How far into the file the root's namespace may sit (after declarations and comments).
const DETECT_BYTES: usize = 64 * 1024;

/// True when the file declares a camt.052/053/054 namespace near its start.
pub(super) fn detect(text: &str) -> bool {
    let mut end = text.len().min(DETECT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text.get(..end).unwrap_or_default();
    NAMESPACES.iter().any(|ns| head.contains(ns))
}

/// Reads camt text, decoded as its XML declaration says (`decode.rs`).
pub(super) fn parse(text: &str) -> Result<Parsed, Error> {
    let tree = Tree::parse(text);
    let reports: Vec<Element<'_>> = tree
        .elements()
        .filter(|e| e.name().starts_with("BkToCstmr"))
        .flat_map(|message| message.all_children())
        .filter(|e| matches!(e.name(), "Stmt" | "Rpt" | "Ntfctn"))
        .collect();
    if reports.is_empty() {
        let detail = match &tree.broken {
            Some((line, problem)) => phrase!(m::AT_LINE, *line, problem.clone()),
            None => Phrase::new(&m::CAMT_NO_STATEMENT),
        };
        return Err(Error::new(ErrorKind::Malformed {
            format: Phrase::new(Source::Camt.name()),
            detail,
        }));
    }
    let mut parsed = Parsed::new(Source::Camt);
    let accounts: Vec<String> = reports.iter().map(account_of).filter(|a| !a.is_empty()).collect();
    let mut entries = Vec::new();
    for report in &reports {
        let account = Account {
            id: account_of(report),
            currency: Currency::from_code(report.text_at(&["Acct", "Ccy"])),
        };
        for ntry in report.children("Ntry") {
            if !ntry.is_closed() {
                continue; // cut off or broken: tree.broken says where
            }
            match read_entry(ntry, &account) {
                Ok((read, warning)) => {
                    parsed.rows_seen += u32::try_from(read.len()).unwrap_or(u32::MAX).max(1);
                    entries.extend(read);
                    parsed.warnings.extend(warning);
                }
                Err(warning) => {
                    parsed.rows_seen += 1;
                    parsed.warnings.push(warning);
                }
            }
        }
    }
    if let Some((line, problem)) = tree.broken {
        if parsed.rows_seen == 0 {
            // Broken before a single entry: nothing of the file can be trusted.
            return Err(Error::new(ErrorKind::Malformed {
                format: Phrase::new(Source::Camt.name()),
                detail: phrase!(m::AT_LINE, line, problem),
            }));
        }
        parsed.warnings.push(Warning {
            position: Position::row(line),
            message: phrase!(
                m::CAMT_DAMAGED,
                problem,
                match tree.more_damage {
                    0 => Phrase::same(""),
                    1 => Phrase::new(&m::CAMT_MORE_DAMAGE_ONE),
                    n => phrase!(m::CAMT_MORE_DAMAGE, n),
                }
            ),
        });
    }
    parsed.transactions = to_transactions(entries, Source::Camt, &accounts);
    Ok(parsed)
}

/// The statement's account, as `to_transactions` and the rows name it.
struct Account {
    id: String,
    currency: Option<Currency>,
}

fn account_of(report: &Element<'_>) -> String {
    let iban = report.text_at(&["Acct", "Id", "IBAN"]);
    if iban.is_empty() {
        report.text_at(&["Acct", "Id", "Othr", "Id"]).to_string()
    } else {
        iban.to_string()
    }
}

fn warning(line: u32, message: Phrase) -> Warning {
    Warning { position: Position::row(line), message }
}

/// Reads one `Ntry` into one row, or one per transaction of a batch that adds up; the second
/// value is a warning about a batch kept whole.
fn read_entry(
    ntry: Element<'_>,
    account: &Account,
) -> Result<(Vec<Entry>, Option<Warning>), Warning> {
    let line = ntry.line();
    let amount_element = ntry.child("Amt");
    let currency = amount_element
        .and_then(|a| a.attribute("Ccy"))
        .and_then(Currency::from_code)
        .or(account.currency)
        .ok_or_else(|| warning(line, Phrase::new(&m::CAMT_NO_CURRENCY)))?;
    let amount_text = amount_element.map_or("", |a| a.text());
    let minor = read_amount(amount_text, currency)
        .map_err(|problem| warning(amount_element.map_or(line, |a| a.line()), problem))?;
    let direction = match ntry.text_at(&["CdtDbtInd"]) {
        "CRDT" => Direction::In,
        "DBIT" => Direction::Out,
        other => return Err(warning(line, phrase!(m::CAMT_DIRECTION, other))),
    };
    let reversal = matches!(ntry.text_at(&["RvslInd"]), "true" | "1" | "TRUE" | "True");
    let status = status_of(ntry);
    let date_element = ntry
        .child("BookgDt")
        .or_else(|| ntry.child("ValDt"))
        .ok_or_else(|| warning(line, Phrase::new(&m::CAMT_NO_DATE)))?;
    let date_text = match date_element.text_at(&["Dt"]) {
        "" => date_element.text_at(&["DtTm"]),
        text => text,
    };
    let (time, has_time) = parse_date(date_text)
        .ok_or_else(|| warning(date_element.line(), phrase!(m::CAMT_DATE, date_text)))?;
    let entry_code = type_code(ntry.child("BkTxCd"));
    let details: Vec<Element<'_>> =
        ntry.children("NtryDtls").flat_map(|d| d.children("TxDtls")).collect();
    let base = Entry {
        row: line,
        time,
        has_time,
        amount: Money { minor, currency },
        direction,
        reversal: reversal.then_some("RvslInd"),
        not_booked: (!status.is_empty() && status != "BOOK").then(|| status.clone()),
        type_code: entry_code.0.clone(),
        counterparty: String::new(),
        counterparty_account: String::new(),
        description: String::new(),
        account: account.id.clone(),
        status,
        order_id: ntry.text_at(&["AcctSvcrRef"]).to_string(),
        provider_category: entry_code.1.clone(),
    };
    let entry_info = clean_text(ntry.text_at(&["AddtlNtryInf"]));
    // The other party stands on the side the money came from (a credit) or went to (a debit);
    // a reversal names the parties of the payment it undoes, the other way round.
    let side = match (direction, reversal) {
        (Direction::Out, false) | (Direction::In, true) => Side::Creditor,
        _ => Side::Debtor,
    };

    if details.len() >= 2 {
        let amounts: Option<Vec<i64>> =
            details.iter().map(|tx| batch_amount(*tx, currency, direction)).collect();
        let sum = amounts.as_ref().map(|a| a.iter().fold(0i64, |s, m| s.saturating_add(*m)));
        if let (Some(amounts), Some(sum)) = (&amounts, sum) {
            if sum == minor {
                let rows = details
                    .iter()
                    .zip(amounts)
                    .enumerate()
                    .map(|(i, (tx, &tx_minor))| {
                        let mut entry = with_details(&base, Some(*tx), side, &entry_info);
                        entry.row = tx.line();
                        entry.amount.minor = tx_minor;
                        let code = type_code(tx.child("BkTxCd"));
                        if !code.0.is_empty() {
                            (entry.type_code, entry.provider_category) = code;
                        }
                        let reference = tx.text_at(&["Refs", "AcctSvcrRef"]);
                        entry.order_id = match (reference, base.order_id.as_str()) {
                            ("", "") => String::new(),
                            ("", entry_ref) => format!("{entry_ref}/{}", i + 1),
                            (reference, _) => reference.to_string(),
                        };
                        entry
                    })
                    .collect();
                return Ok((rows, None));
            }
        }
        let digits = currency.minor_digits();
        let why = match sum {
            Some(sum) => phrase!(
                m::CAMT_BATCH_SUM,
                crate::money::format_minor(sum, digits),
                crate::money::format_minor(minor, digits),
                currency.code()
            ),
            None => phrase!(m::CAMT_BATCH_MIXED, currency.code()),
        };
        let mut entry = base.clone();
        let names: Vec<String> = details.iter().map(|tx| party(*tx, side).0).collect();
        let same_name = names.first().filter(|n| !n.is_empty() && names.iter().all(|m| m == *n));
        let summary = format!("batch of {} payments", details.len());
        entry.counterparty = same_name.cloned().unwrap_or_else(|| {
            if entry_info.is_empty() {
                summary.clone()
            } else {
                entry_info.clone()
            }
        });
        entry.description = if entry_info.is_empty() { summary } else { entry_info.clone() };
        let kept = warning(line, phrase!(m::CAMT_BATCH_KEPT, details.len(), why));
        return Ok((vec![entry], Some(kept)));
    }
    Ok((vec![with_details(&base, details.first().copied(), side, &entry_info)], None))
}

/// Which `RltdPties` party is the other side.
#[derive(Clone, Copy)]
enum Side {
    Debtor,
    Creditor,
}

/// `base` with counterparty and description from one `TxDtls` (if any), falling back to the
/// ultimate party, the remittance text, then the entry's `AddtlNtryInf`.
fn with_details(base: &Entry, tx: Option<Element<'_>>, side: Side, entry_info: &str) -> Entry {
    let mut entry = base.clone();
    let (name, account) = tx.map(|tx| party(tx, side)).unwrap_or_default();
    let remittance = tx.map_or(String::new(), |tx| {
        let lines: Vec<&str> =
            tx.children("RmtInf").flat_map(|r| r.children("Ustrd")).map(|u| u.text()).collect();
        clean_text(&lines.join(" "))
    });
    let tx_info = tx.map_or(String::new(), |tx| clean_text(tx.text_at(&["AddtlTxInf"])));
    let reference = tx.map_or("", |tx| tx.text_at(&["RmtInf", "Strd", "CdtrRefInf", "Ref"]));
    entry.counterparty = [&name, &remittance, &tx_info, entry_info]
        .into_iter()
        .find(|t| !t.is_empty())
        .map_or(String::new(), |t| t.to_string());
    entry.description = [remittance.as_str(), &tx_info, entry_info, reference]
        .into_iter()
        .find(|t| !t.is_empty())
        .map_or(String::new(), |t| t.to_string());
    entry.counterparty_account = account;
    entry
}

/// The other party's name (v02–v04 `Dbtr/Nm`, v08 `Dbtr/Pty/Nm`, else the ultimate party)
/// and account (`DbtrAcct/Id/IBAN` or `…/Othr/Id`).
fn party(tx: Element<'_>, side: Side) -> (String, String) {
    let (who, ultimate, account) = match side {
        Side::Debtor => ("Dbtr", "UltmtDbtr", "DbtrAcct"),
        Side::Creditor => ("Cdtr", "UltmtCdtr", "CdtrAcct"),
    };
    let name_of = |role: &'static str| {
        let party = tx.at(&["RltdPties", role])?;
        let name = match party.text_at(&["Nm"]) {
            "" => party.text_at(&["Pty", "Nm"]),
            name => name,
        };
        (!name.is_empty()).then(|| clean_text(name))
    };
    let name = name_of(who).or_else(|| name_of(ultimate)).unwrap_or_default();
    let number = match tx.text_at(&["RltdPties", account, "Id", "IBAN"]) {
        "" => tx.text_at(&["RltdPties", account, "Id", "Othr", "Id"]),
        iban => iban,
    };
    (name, number.to_string())
}

/// A batch transaction's amount in the entry's currency and direction, if it says one.
fn batch_amount(tx: Element<'_>, currency: Currency, direction: Direction) -> Option<i64> {
    let written = tx.at(&["AmtDtls", "TxAmt", "Amt"]).or_else(|| tx.child("Amt"))?;
    if written.attribute("Ccy").is_some_and(|c| Currency::from_code(c) != Some(currency)) {
        return None;
    }
    let own_direction = match tx.text_at(&["CdtDbtInd"]) {
        "CRDT" => Direction::In,
        "DBIT" => Direction::Out,
        _ => direction,
    };
    if own_direction != direction {
        return None;
    }
    read_amount(written.text(), currency).ok()
}

/// `Amt` text → minor units of `currency`, rounding extra decimals half away from zero (camt
/// allows 5).
fn read_amount(text: &str, currency: Currency) -> Result<i64, Phrase> {
    let minor = crate::money::parse_minor(text, currency.minor_digits())
        .map_err(|problem| phrase!(m::CAMT_AMOUNT, text, m::known(problem)))?;
    if minor < 0 {
        return Err(phrase!(m::CAMT_NEGATIVE, text));
    }
    Ok(minor)
}

/// `Sts` as v02–v04 write it (`<Sts>BOOK</Sts>`) or v08 (`<Sts><Cd>BOOK</Cd></Sts>`), upper
/// case; empty when absent (then the entry counts as booked).
fn status_of(ntry: Element<'_>) -> String {
    let Some(status) = ntry.child("Sts") else { return String::new() };
    let code = [status.text(), status.text_at(&["Cd"]), status.text_at(&["Prtry"])]
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or_default();
    code.to_ascii_uppercase()
}

/// The ISO code `Domain/Family/SubFamily` (`PMNT/RCDT/ESCT`) and the bank's own code
/// (`Prtry/Cd`, e.g. `NMSC+051`); each stands in for the other when missing.
fn type_code(code: Option<Element<'_>>) -> (String, String) {
    let Some(code) = code else { return (String::new(), String::new()) };
    let parts = [
        code.text_at(&["Domn", "Cd"]),
        code.text_at(&["Domn", "Fmly", "Cd"]),
        code.text_at(&["Domn", "Fmly", "SubFmlyCd"]),
    ];
    let iso = parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join("/");
    let proprietary = code.text_at(&["Prtry", "Cd"]).to_string();
    match (iso.is_empty(), proprietary.is_empty()) {
        (true, _) => (proprietary.clone(), proprietary),
        (false, true) => (iso.clone(), iso),
        (false, false) => (iso, proprietary),
    }
}

/// `2013-12-30`, `2017-04-01+02:00`, `2014-12-31T13:15:00+01:00`, `2023-01-26T00:49:36.906Z`:
/// the date and time digits as written, any offset ignored. The flag is true when a time was
/// written.
fn parse_date(text: &str) -> Option<(NaiveDateTime, bool)> {
    let date = NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = text.get(10..)?;
    match rest.strip_prefix('T') {
        Some(time) => {
            let time =
                time.get(..8).and_then(|t| NaiveTime::parse_from_str(t, "%H:%M:%S").ok()).or_else(
                    || time.get(..5).and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok()),
                )?;
            Some((date.and_time(time), true))
        }
        None if rest.is_empty() || rest.starts_with(['+', '-', 'Z']) => {
            Some((date.and_time(NaiveTime::MIN), false))
        }
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_the_digits_as_written() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").ok();
        for (text, expected, has_time) in [
            ("2013-12-30", "2013-12-30 00:00:00", false),
            ("2017-04-01+02:00", "2017-04-01 00:00:00", false),
            ("2017-04-01-05:00", "2017-04-01 00:00:00", false),
            ("2017-04-01Z", "2017-04-01 00:00:00", false),
            ("2014-12-31T13:15:00+01:00", "2014-12-31 13:15:00", true),
            ("2014-12-31T23:59:59-11:00", "2014-12-31 23:59:59", true),
            ("2023-01-26T00:49:36.906+01:00", "2023-01-26 00:49:36", true),
            ("2015-12-31T01:12:39", "2015-12-31 01:12:39", true),
            ("2015-12-31T01:12", "2015-12-31 01:12:00", true),
        ] {
            assert_eq!(parse_date(text), at(expected).map(|t| (t, has_time)), "{text}");
        }
        for bad in [
            "",
            "2013-02-30",
            "2013-12-3",
            "2013-12-30x",
            "30.12.2013",
            "2013-12-30T25:00:00",
            "2é13-12-30",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn amounts_use_the_currency_minor_digits_and_round() {
        for (text, code, expected) in [
            ("8.85", "EUR", Ok(885)),
            ("1234.56789", "EUR", Ok(123457)),
            ("0.00499", "EUR", Ok(0)),
            ("2700", "JPY", Ok(2700)),
            ("1.2345", "KWD", Ok(1235)),
            ("10000.00", "XXX", Ok(1000000)),
        ] {
            let currency = Currency::from_code(code).expect("code");
            assert_eq!(read_amount(text, currency), expected, "{text} {code}");
        }
        assert!(read_amount("-1.00", Currency::EUR).is_err());
        assert!(read_amount("", Currency::EUR).is_err());
    }

    #[test]
    fn type_codes_join_domain_family_and_sub_family() {
        let tree = Tree::parse(
            "<B><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn><Prtry><Cd>NMSC+051</Cd></Prtry></BkTxCd><BkTxCd><Prtry><Cd>544</Cd></Prtry></BkTxCd></B>",
        );
        let root = tree.elements().next().expect("root");
        let codes: Vec<(String, String)> =
            root.children("BkTxCd").map(|c| type_code(Some(c))).collect();
        assert_eq!(
            codes,
            [
                ("PMNT/RCDT/ESCT".to_string(), "NMSC+051".to_string()),
                ("544".to_string(), "544".to_string())
            ]
        );
    }

    #[test]
    fn a_file_with_no_statement_is_malformed() {
        let error = parse("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><GrpHdr/></BkToCstmrStmt></Document>")
            .expect_err("no statement");
        assert!(error.to_string().contains("it holds no statement"), "{error}");
        let error = parse("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n<BkToCstmrStmt></Stmt>")
            .expect_err("broken");
        assert!(error.to_string().contains("it is damaged: line 2"), "{error}");
    }
}
