//! What a bank profile is and how one is recognised: a bank's export described as data (which
//! named column is the date, the amount — signed, a debit/credit pair, or unsigned with a
//! direction column —, the currency, the counterparty, the status), found by its header row
//! after the BOM is stripped and every cell trimmed. No bank has a code path of its own: `plan`
//! turns any profile into a [`Plan`]. The profiles themselves are in `profiles.rs`.
//!
//! A profile matches when a line within the first 40 starts with one of its `signatures`, cell
//! by cell and without regard to case; banks append columns over time (ING Deutschland's
//! `Referenz`, N26's optional `Kategorie`), so the columns after the signature may differ, and
//! each role is then found by name in the header actually present.

use super::profiles::PROFILES;
use super::profiles_cn::CN_PROFILES;
use super::{AmountPlan, CurrencyPlan, PartyPlan, Plan};
use crate::choices::DateOrder;
use crate::error::{Error, ErrorKind, Position};
use crate::model::Currency;
use crate::parse::table::{trim_cell, Header};

/// How far down a header may sit: ING Deutschland has ~13 preamble lines, DKB a few.
const MAX_HEADER_LINE: usize = 40;
/// No bank's header row is longer than this.
const MAX_HEADER_BYTES: usize = 4096;

/// One bank's export, as data. Column roles list alternative names (the language variants).
pub(super) struct Profile {
    /// The bank's name as people say it (carried into every row's `method`).
    pub name: &'static str,
    pub delimiters: &'static [u8],
    /// The header's leading cells, one list per known variant.
    pub signatures: &'static [&'static [&'static str]],
    /// Date columns by name; the first non-empty cell of those present is the date.
    pub date: &'static [&'static str],
    pub time: &'static [&'static str],
    /// For numeric dates (`31.12.2024`, `12/31/2024`); `None` for ISO and `yyyymmdd` files.
    pub date_order: Option<DateOrder>,
    pub amount: Amount,
    pub decimal: Option<char>,
    /// The column of currency codes (the first at or after the amount column wins, so ING
    /// Deutschland's second `Währung` belongs to `Betrag`).
    pub currency_column: &'static [&'static str],
    /// The currency of every row, or of rows whose currency cell is empty.
    pub currency: Option<Currency>,
    pub counterparty: Party,
    pub description: &'static [&'static str],
    pub type_code: &'static [&'static str],
    pub category: &'static [&'static str],
    /// A status column and the values that mean "booked"; other rows are not counted.
    pub status: Option<(&'static str, &'static [&'static str])>,
    pub fee: Option<&'static str>,
    pub account: &'static [&'static str],
    /// A preamble line `LABEL;value` naming the account (ING Deutschland's `IBAN`).
    pub account_preamble: Option<&'static str>,
    pub order_id: &'static [&'static str],
    pub credit_card: bool,
    pub html_entities: bool,
    /// Positive amounts are money out: Chinese card statements list spending as positive.
    pub invert: bool,
    /// A row whose first cell ends with one of these is the footer: reading stops there
    /// (ICBC's `人民币合计`, SPDB's `合计`).
    pub footer: &'static [&'static str],
    /// Dates are written `MM/DD` and the year comes from the statement month in the title
    /// above the header (`…（个人消费卡账户 2024年01月）`).
    pub title_period: bool,
}

/// How a profile's amount is written.
pub(super) enum Amount {
    Signed(&'static [&'static str]),
    Split {
        debit: &'static str,
        credit: &'static str,
    },
    Directed {
        amount: &'static str,
        direction: &'static str,
        out: &'static [&'static str],
        into: &'static [&'static str],
    },
}

/// How a profile names the other party.
pub(super) enum Party {
    Columns(&'static [&'static str]),
    ByDirection { out: &'static str, into: &'static str },
}

pub(super) const BASE: Profile = Profile {
    name: "",
    delimiters: b",",
    signatures: &[],
    date: &[],
    time: &[],
    date_order: None,
    amount: Amount::Signed(&[]),
    decimal: None,
    currency_column: &[],
    currency: None,
    counterparty: Party::Columns(&[]),
    description: &[],
    type_code: &[],
    category: &[],
    status: None,
    fee: None,
    account: &[],
    account_preamble: None,
    order_id: &[],
    credit_card: false,
    html_entities: false,
    invert: false,
    footer: &[],
    title_period: false,
};

/// A profile's header found in the text.
pub(super) struct Found<'a> {
    pub profile: &'static Profile,
    pub delimiter: u8,
    pub header: Header,
    /// The preamble lines above the header, as written.
    preamble: Vec<&'a str>,
}

/// Finds the first line that starts with a profile's signature. Each line is split once per
/// delimiter; a line longer than any header is skipped unsplit.
pub(super) fn detect(text: &str) -> Option<Found<'_>> {
    let mut offset = 0;
    let mut preamble = Vec::new();
    for (idx, line) in text.split_inclusive('\n').enumerate().take(MAX_HEADER_LINE) {
        offset += line.len();
        if line.len() > MAX_HEADER_BYTES {
            continue;
        }
        for delimiter in [b',', b';'] {
            let cells = split(line, delimiter);
            let found = PROFILES.iter().chain(CN_PROFILES).find(|p| {
                p.delimiters.contains(&delimiter)
                    && p.signatures.iter().any(|s| starts_with(&cells, s))
            });
            if let Some(profile) = found {
                let header = Header {
                    line: u32::try_from(idx + 1).unwrap_or(u32::MAX),
                    body_start: offset,
                    columns: cells,
                };
                return Some(Found { profile, delimiter, header, preamble });
            }
        }
        preamble.push(line);
    }
    None
}

fn split(line: &str, delimiter: u8) -> Vec<String> {
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    let mut cells: Vec<String> =
        line.split(char::from(delimiter)).map(|c| unradical(trim_cell(c))).collect();
    while cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
    cells
}

/// The cell with the Kangxi radicals that PDF text extraction leaves in Chinese headers
/// (`交易⽇期`, `交易⾦额`: U+2F47, U+2FA6, U+2F3F, U+2F94; cn-bank-formats.md §0.2.1) replaced
/// by the characters they look like, as NFKC would.
fn unradical(cell: &str) -> String {
    if cell.chars().all(|c| !('\u{2f00}'..='\u{2fdf}').contains(&c)) {
        return cell.to_string();
    }
    cell.chars()
        .map(|c| match c {
            '\u{2f47}' => '日',
            '\u{2fa6}' => '金',
            '\u{2f3f}' => '手',
            '\u{2f94}' => '言',
            '\u{2f08}' => '人',
            '\u{2f26}' => '子',
            '\u{2f42}' => '文',
            '\u{2f49}' => '月',
            '\u{2f54}' => '水',
            other => other,
        })
        .collect()
}

fn starts_with(cells: &[String], signature: &[&str]) -> bool {
    cells.len() >= signature.len()
        && signature.iter().zip(cells).all(|(s, c)| s.eq_ignore_ascii_case(c) || s == c)
}

/// Resolves a profile's named roles against the header present.
pub(super) fn plan(found: Found) -> Result<super::Plan, Error> {
    let Found { profile, delimiter, header, preamble } = found;
    // Split with the header's delimiter (SPDB's `账号,…,账户类型,…`, ING's `IBAN;…`).
    let preamble: Vec<Vec<String>> = preamble.iter().map(|line| split(line, delimiter)).collect();
    let find = |names: &[&str]| -> Vec<usize> {
        names.iter().filter_map(|n| index_of(&header.columns, n, 0)).collect()
    };
    let first = |names: &[&str]| find(names).first().copied();
    let missing = || Error {
        kind: ErrorKind::MissingHeader {
            format: crate::phrase!(crate::phrase::messages::EXPORT_FROM, profile.name),
            expected: profile.signatures.first().map(|s| s.join(",")).unwrap_or_default(),
        },
        position: Position::row(header.line),
    };
    let dates = find(profile.date);
    if dates.is_empty() {
        return Err(missing());
    }
    let amount = match &profile.amount {
        Amount::Signed(names) => AmountPlan::Signed(first(names).ok_or_else(missing)?),
        Amount::Split { debit, credit } => AmountPlan::Split {
            debit: first(&[debit]).ok_or_else(missing)?,
            credit: first(&[credit]).ok_or_else(missing)?,
        },
        Amount::Directed { amount, direction, out, into } => AmountPlan::Directed {
            amount: first(&[amount]).ok_or_else(missing)?,
            direction: first(&[direction]).ok_or_else(missing)?,
            out: out.iter().map(ToString::to_string).collect(),
            into: into.iter().map(ToString::to_string).collect(),
        },
    };
    let amount_at = match &amount {
        AmountPlan::Signed(a) | AmountPlan::Directed { amount: a, .. } => *a,
        AmountPlan::Split { debit, .. } => *debit,
    };
    let currency_column = profile.currency_column.iter().find_map(|n| {
        index_of(&header.columns, n, amount_at).or_else(|| index_of(&header.columns, n, 0))
    });
    let currency = match (currency_column, profile.currency) {
        (Some(column), fallback) => CurrencyPlan::Column(column, fallback),
        (None, Some(fixed)) => CurrencyPlan::Fixed(fixed),
        (None, None) => return Err(missing()),
    };
    let counterparty = match profile.counterparty {
        Party::Columns(names) => PartyPlan::Columns(find(names)),
        Party::ByDirection { out, into } => match (first(&[out]), first(&[into])) {
            (Some(out), Some(into)) => PartyPlan::ByDirection { out, into },
            _ => PartyPlan::Columns(Vec::new()),
        },
    };
    let status = profile.status.and_then(|(name, booked)| Some((first(&[name])?, booked)));
    let account_text = profile
        .account_preamble
        .and_then(|label| preamble.iter().find(|cells| cells.first().is_some_and(|c| c == label)))
        .and_then(|cells| cells.get(1))
        .map(|value| account_in(value))
        .unwrap_or_default();
    let period = if profile.title_period { period_in(&preamble) } else { None };
    Ok(Plan {
        bank: Some(profile.name),
        delimiter,
        dates,
        time: first(profile.time),
        date_order: profile.date_order,
        amount,
        decimal: profile.decimal,
        currency,
        counterparty,
        description: find(profile.description),
        type_code: first(profile.type_code),
        category: first(profile.category),
        status,
        fee: profile.fee.and_then(|f| first(&[f])),
        account: first(profile.account),
        account_text,
        order_id: first(profile.order_id),
        credit_card: profile.credit_card,
        html_entities: profile.html_entities,
        invert: profile.invert,
        footer: profile.footer,
        period,
        notes: Vec::new(),
        header,
    })
}

/// The statement month a title above the header names: `2024年01月` → (2024, 1).
fn period_in(preamble: &[Vec<String>]) -> Option<(i32, u32)> {
    preamble.iter().flatten().find_map(|cell| {
        let (before, after) = cell.split_once('年')?;
        let year: String = before.chars().rev().take_while(char::is_ascii_digit).collect();
        let year: i32 = year.chars().rev().collect::<String>().parse().ok()?;
        let (month, _) = after.split_once('月')?;
        let month: u32 = month.trim().parse().ok()?;
        ((1900..=2200).contains(&year) && (1..=12).contains(&month)).then_some((year, month))
    })
}

/// The account in a preamble value: `DE12 5001 0517 …` (ING) or `Girokonto DE02…` (DKB), with
/// the words before the number dropped and the spaces inside it removed.
fn account_in(value: &str) -> String {
    value.split_whitespace().skip_while(|word| !word.chars().any(|c| c.is_ascii_digit())).collect()
}

/// The first column at or after `from` named `name` (without regard to case).
fn index_of(columns: &[String], name: &str, from: usize) -> Option<usize> {
    columns
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, c)| c.eq_ignore_ascii_case(name) || c.to_lowercase() == name.to_lowercase())
        .map(|(i, _)| i)
}
