//! Quicken Interchange Format (QIF) exports (statement-formats.md §3b): plain text, one field per
//! line with its code as the first character, `^` ending each record.
//!
//! ```text
//! !Account            N<name> T<type> ^        the account the following sections belong to
//! !Type:Bank|CCard|Cash|Oth A|Oth L|Invst     transactions
//! !Type:Cat|Class|Security|…                  lists, skipped
//! !Option:AutoSwitch … !Clear:AutoSwitch      a list of accounts, skipped
//! D date  T amount (U repeats it)  P payee  M memo  N number or action  C cleared
//! A address  L category or [Transfer account]  S/E/$ split category, memo, amount
//! ```
//!
//! Amounts are signed as written; dates are numeric with the day/month order decided from the
//! whole file (`date_order.rs`). QIF names no currency: amounts are in `Options::currency`, US
//! dollars when unset.

use super::date_order::{infer, split, to_date, NumericDate};
use super::parsed::Parsed;
use crate::choices::Options;
use crate::classify::bank::BankRow;
use crate::classify::Memo;
use crate::error::{Error, ErrorKind, Position, Warning};
use crate::intern::{empty, Interner};
use crate::model::{Category, Currency, Direction, Kind, Money, Source, Transaction};
use crate::phrase;
use crate::phrase::{messages as m, reasons as r, Phrase};

/// How many lines from the top may carry the first `!` header.
const MAX_HEADER_LINE: usize = 40;

/// True when a line near the top starts with `!Type:`, `!Account` or `!Option:` (any case).
pub(super) fn detect(text: &str) -> bool {
    text.lines().take(MAX_HEADER_LINE).any(|line| {
        let line = line.trim_start().to_ascii_lowercase();
        ["!type:", "!account", "!option:"].iter().any(|h| line.starts_with(h))
    })
}

/// The register a `!Type:` section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Register {
    Bank,
    CreditCard,
    Cash,
    Asset,
    Liability,
    Investment,
}

/// What the lines under the last `!` header are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    /// Before any header, or a list Yearbook does not read.
    Skip,
    /// `!Account` records.
    Account,
    Transactions(Register),
}

/// A field's text and its 1-based line.
#[derive(Debug, Default, Clone)]
struct Field {
    text: String,
    line: u32,
}

#[derive(Debug, Default, Clone)]
struct Split {
    category: String,
    amount: Option<Field>,
}

/// One record's fields as written.
#[derive(Debug, Default)]
struct Record {
    line: u32,
    account: String,
    date: Option<Field>,
    amount: Option<Field>,
    /// `U`, used when `T` is missing.
    amount_u: Option<Field>,
    payee: String,
    memo: String,
    number: String,
    cleared: String,
    category: String,
    splits: Vec<Split>,
    /// Investment records: the security (`Y`) and the amount transferred (`$`).
    security: String,
    transferred: Option<Field>,
    /// Any field at all was read.
    touched: bool,
}

/// The state of the line-by-line reading.
struct Reader {
    section: Section,
    register: Register,
    account: String,
    autoswitch: bool,
    /// Transaction records, with the register they were read in.
    records: Vec<(Register, Record)>,
    current: Record,
}

impl Reader {
    fn end_record(&mut self) {
        let record = std::mem::take(&mut self.current);
        if !record.touched {
            return;
        }
        match self.section {
            Section::Transactions(register) => self.records.push((register, record)),
            Section::Account => {
                // In an AutoSwitch list the accounts are only listed; outside it, the account
                // named here owns the sections that follow.
                if !self.autoswitch && !record.payee.is_empty() {
                    self.account = record.payee;
                }
            }
            Section::Skip => {}
        }
    }

    fn header(&mut self, header: &str) {
        self.end_record();
        let lower = header.to_ascii_lowercase();
        let lower = lower.trim();
        self.section = if let Some(kind) = lower.strip_prefix("!type:") {
            let register = match kind.trim() {
                "bank" => Some(Register::Bank),
                "ccard" => Some(Register::CreditCard),
                "cash" => Some(Register::Cash),
                "oth a" => Some(Register::Asset),
                "oth l" => Some(Register::Liability),
                "invst" => Some(Register::Investment),
                // Cat, Class, Security, Memorized, Prices: lists, not transactions.
                _ => None,
            };
            match register {
                Some(register) => {
                    self.register = register;
                    Section::Transactions(register)
                }
                None => Section::Skip,
            }
        } else if lower.starts_with("!account") {
            Section::Account
        } else {
            if lower.starts_with("!option:autoswitch") {
                self.autoswitch = true;
            } else if lower.starts_with("!clear:autoswitch") {
                self.autoswitch = false;
            }
            Section::Skip
        };
    }

    fn field(&mut self, code: char, value: &str, line: u32) {
        let record = &mut self.current;
        if !record.touched {
            record.touched = true;
            record.line = line;
            record.account = self.account.clone();
        }
        let field = || Field { text: value.to_string(), line };
        if self.section == Section::Account {
            // `N` names the account; the rest (type, description, limits) is not needed.
            if code == 'N' {
                record.payee = value.to_string();
            }
            return;
        }
        let investment = self.register == Register::Investment;
        match code {
            // A `D` among the splits is a split's own date (quiffen writes one): not the record's.
            'D' if record.date.is_none() && record.splits.is_empty() => record.date = Some(field()),
            'T' => record.amount = Some(field()),
            'U' => record.amount_u = Some(field()),
            'P' => record.payee = value.to_string(),
            'M' => record.memo = value.to_string(),
            'N' => record.number = value.to_string(),
            'C' => record.cleared = value.to_string(),
            'L' => record.category = value.to_string(),
            'Y' if investment => record.security = value.to_string(),
            '$' if investment => record.transferred = Some(field()),
            'S' => record.splits.push(Split { category: value.to_string(), amount: None }),
            '$' => match record.splits.last_mut() {
                Some(split) if split.amount.is_none() => split.amount = Some(field()),
                _ => record.splits.push(Split { category: String::new(), amount: Some(field()) }),
            },
            _ => {}
        }
    }
}

/// Reads every transaction record of every register in the file.
pub(super) fn parse(text: &str, options: &Options) -> Result<Parsed, Error> {
    let mut reader = Reader {
        section: Section::Skip,
        register: Register::Bank,
        account: String::new(),
        autoswitch: false,
        records: Vec::new(),
        current: Record::default(),
    };
    for (idx, line) in text.lines().enumerate() {
        let line_no = u32::try_from(idx + 1).unwrap_or(u32::MAX);
        let line = line.trim_end();
        let trimmed = line.trim_start();
        if trimmed.starts_with('!') {
            reader.header(trimmed);
            continue;
        }
        let mut chars = trimmed.chars();
        match chars.next() {
            None => {}
            Some('^') => reader.end_record(),
            Some(code) => reader.field(code, chars.as_str().trim(), line_no),
        }
    }
    reader.end_record();

    let dated: Vec<(NumericDate, &Field)> = reader
        .records
        .iter()
        .filter_map(|(_, r)| r.date.as_ref())
        .filter_map(|d| split(&d.text).map(|n| (n, d)))
        .collect();
    let numeric: Vec<NumericDate> = dated.iter().map(|(n, _)| *n).collect();
    let order = infer(&numeric, options.date_order).map_err(|at| {
        let (text, line) =
            dated.get(at).map_or((String::new(), 0), |(_, d)| (d.text.clone(), d.line));
        Error { kind: ErrorKind::AmbiguousDates { example: text }, position: Position::row(line) }
    })?;

    let currency = options.currency.unwrap_or(Currency::USD);
    let mut parsed = Parsed {
        source: Source::Qif,
        transactions: Vec::new(),
        warnings: Vec::new(),
        rows_seen: u32::try_from(reader.records.len()).unwrap_or(u32::MAX),
    };
    let mut names = Interner::default();
    let mut memo = Memo::new();
    for (register, record) in &reader.records {
        match read_record(*register, record, order, currency, &mut names, &mut memo) {
            Ok(transaction) => parsed.transactions.push(transaction),
            Err(warning) => parsed.warnings.push(warning),
        }
    }
    Ok(parsed)
}

fn warning(line: u32, message: Phrase) -> Warning {
    Warning { position: Position::row(line), message }
}

fn read_amount(field: &Field, currency: Currency) -> Result<i64, Warning> {
    crate::money::parse_minor(&field.text, currency.minor_digits()).map_err(|problem| {
        warning(field.line, phrase!(m::CANNOT_READ_AMOUNT, &field.text, m::known(problem)))
    })
}

/// A category without its `/Class` suffix.
fn without_class(category: &str) -> &str {
    category.split('/').next().unwrap_or_default().trim()
}

/// `[Savings]` → `Some("Savings")`: a transfer to or from the user's own account.
fn transfer_account(category: &str) -> Option<&str> {
    let inner = category.trim().strip_prefix('[')?;
    Some(inner.split(']').next().unwrap_or_default())
}

/// Investment actions that take cash out of the account (`Buy`, `BuyX`, `MiscExp`, …); the
/// others (`Sell`, `Div`, `IntInc`, `XIn`, …) bring it in.
const CASH_OUT_ACTIONS: &[&str] = &["buy", "miscexp", "margint", "xout", "withdrw", "cvrshrt"];

fn read_record(
    register: Register,
    record: &Record,
    order: crate::choices::DateOrder,
    currency: Currency,
    names: &mut Interner,
    memo: &mut Memo,
) -> Result<Transaction, Warning> {
    let date =
        record.date.as_ref().ok_or_else(|| warning(record.line, Phrase::new(&m::QIF_NO_DATE)))?;
    let day = split(&date.text).and_then(|d| to_date(d, order)).ok_or_else(|| {
        warning(date.line, phrase!(m::CANNOT_READ_DATE, &date.text, &m::DATE_QIF))
    })?;
    let investment = register == Register::Investment;

    // Splits: amounts for the category choice, and the total when T is missing. A split that
    // cannot be read only matters when the total has to come from the splits.
    let mut split_amounts: Vec<(usize, i64)> = Vec::new();
    let mut split_problem = None;
    for (i, s) in record.splits.iter().enumerate() {
        match s.amount.as_ref().map(|field| read_amount(field, currency)) {
            Some(Ok(amount)) => split_amounts.push((i, amount)),
            Some(Err(problem)) => split_problem = split_problem.or(Some(problem)),
            None => {}
        }
    }
    let written = record.amount.as_ref().or(record.amount_u.as_ref());
    let written = if investment { written.or(record.transferred.as_ref()) } else { written };
    let mut signed = match (written, split_problem) {
        (Some(field), _) => read_amount(field, currency)?,
        (None, Some(problem)) => return Err(problem),
        (None, None) if !split_amounts.is_empty() => {
            split_amounts.iter().fold(0i64, |sum, (_, a)| sum.saturating_add(*a))
        }
        (None, None) => return Err(warning(record.line, Phrase::new(&m::QIF_NO_AMOUNT))),
    };
    let action = record.number.trim();
    if investment && signed > 0 {
        let lower = action.to_ascii_lowercase();
        if CASH_OUT_ACTIONS.iter().any(|a| lower.starts_with(a)) {
            signed = -signed;
        }
    }

    // The category: the split with the largest amount (the first on a tie, or the first split
    // when none has an amount), else `L`.
    let largest = split_amounts
        .iter()
        .fold(None::<(usize, i64)>, |best, &(i, a)| match best {
            Some((_, b)) if b.unsigned_abs() >= a.unsigned_abs() => best,
            _ => Some((i, a)),
        })
        .and_then(|(i, _)| record.splits.get(i))
        .or(record.splits.first());
    let category = largest
        .map(|s| s.category.as_str())
        .filter(|c| !c.is_empty())
        .unwrap_or(record.category.as_str());
    let all_splits_transfer = !record.splits.is_empty()
        && record.splits.iter().all(|s| transfer_account(&s.category).is_some());
    let transfer = transfer_account(&record.category)
        .or_else(|| all_splits_transfer.then(|| transfer_account(category)).flatten());

    let is_check_number = !action.is_empty() && action.bytes().all(|b| b.is_ascii_digit());
    let (counterparty, description) = if investment {
        let description = if record.memo.is_empty() {
            format!("{action} {}", record.security).trim().to_string()
        } else {
            record.memo.clone()
        };
        let counterparty =
            if record.payee.is_empty() { record.security.clone() } else { record.payee.clone() };
        (counterparty, description)
    } else {
        (record.payee.clone(), record.memo.clone())
    };

    let hint = if investment {
        let action = if action.is_empty() { String::new() } else { format!(", {action}") };
        Some((Kind::Investment, phrase!(r::QIF_INVESTMENT, action)))
    } else if register == Register::Asset && transfer.is_none() {
        Some((Kind::Other, Phrase::new(&r::QIF_ASSET)))
    } else if record.payee.trim().eq_ignore_ascii_case("Opening Balance") {
        // Quicken's first record: the balance carried in, booked against the account itself.
        Some((Kind::Other, Phrase::new(&r::QIF_OPENING_BALANCE)))
    } else {
        transfer.map(|account| (Kind::Transfer, phrase!(r::QIF_TRANSFER, account)))
    };
    // The category is text the rules may read too: `LRefund`, `LCredit Card Payment`.
    let rule_text = format!("{description} {category}");
    let (kind, reason) = memo.kind_of(&BankRow {
        amount_minor: signed,
        type_code: if is_check_number || investment { "" } else { action },
        counterparty: &counterparty,
        description: &rule_text,
        credit_card: register == Register::CreditCard,
        hint: hint.as_ref().map(|(kind, reason)| (*kind, reason)),
    });
    let provider_category = if transfer.is_some() {
        category.trim().to_string()
    } else {
        without_class(category).to_string()
    };
    let yearbook_category = match kind {
        Kind::Expense | Kind::Income | Kind::Refund => {
            match memo.from_text(&counterparty, &description) {
                Category::Other => memo.from_text(&provider_category, ""),
                found => found,
            }
        }
        _ => Category::Other,
    };
    let amount = signed.checked_abs().unwrap_or(i64::MAX);
    Ok(Transaction {
        source: Source::Qif,
        row: record.line,
        time: day.and_time(chrono::NaiveTime::MIN),
        has_time: false,
        amount: Money { minor: amount, currency },
        direction: Direction::of_signed(signed),
        kind,
        reason,
        counterparty: names.get(&counterparty),
        description,
        category: yearbook_category,
        provider_category: names.get(&provider_category),
        method: empty(),
        account: names.get(&record.account),
        status: names.get(&record.cleared),
        order_id: if is_check_number { action.to_string() } else { String::new() },
        refunded_minor: 0,
        counterparty_account: crate::intern::empty(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_needs_a_bang_header_near_the_top() {
        assert!(detect("!Type:Bank\nD1/2/2020\n"));
        assert!(detect("### comment\n\n  !type:ccard\n"));
        assert!(detect("!Option:AutoSwitch\n!Account\n"));
        assert!(detect("!Account\nNChecking\n^\n"));
        assert!(!detect("OFXHEADER:100\n"));
        assert!(!detect("Date,Memo\n2020-01-02,see !Type:Bank\n"));
    }

    #[test]
    fn transfer_and_class_suffixes() {
        assert_eq!(transfer_account("[Savings]"), Some("Savings"));
        assert_eq!(transfer_account("[Savings]/Class"), Some("Savings"));
        assert_eq!(transfer_account("Food:Groceries"), None);
        assert_eq!(without_class("Bills:Cell Phone/Test class"), "Bills:Cell Phone");
        assert_eq!(without_class(""), "");
    }
}
