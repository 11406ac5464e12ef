//! Bank CSV exports (statement-formats.md §3e): a table of bank profiles recognised by their
//! exact header row, and a generic reader for every other table of dates and amounts.
//!
//! - A **profile** (`profile.rs`, the table in `profiles.rs`) is data: delimiter, the header's leading columns as the bank
//!   writes them, and which named column plays which role (date, amount rule, currency,
//!   counterparty, status, fee). Chase, Revolut, Monzo, N26, ING (DE and NL), Rabobank, bunq,
//!   Commerzbank, Sparkasse, DKB, KBC, Charles Schwab and DCU are profiles.
//! - The **generic reader** (`sniff.rs`, `guess.rs`, `generic.rs`) sniffs the delimiter, finds
//!   the header by content and infers each column's role from all of its cells. When it is sure
//!   it reads the file; when it is not, the file is refused with [`ErrorKind::NeedsMapping`],
//!   carrying a [`CsvPreview`] and its best guess, and the person maps the columns
//!   ([`ColumnMapping`], through `Options::mapping`).
//!
//! Both end in the same [`Plan`] (resolved column indices and rules), read row by row in
//! `rows.rs`, where every row gets its kind from [`crate::classify::bank::kind_of`].
//!
//! [`ErrorKind::NeedsMapping`]: crate::error::ErrorKind::NeedsMapping

mod amounts;
mod categories;
mod dates;
mod generic;
mod guess;
mod profile;
mod profiles;
mod profiles_cn;
mod rows;
mod sniff;
mod words;

use super::parsed::{unknown_format, Parsed};
use super::table::{for_each_row, Header};
use crate::choices::DateOrder;
use crate::choices::{ColumnMapping, CsvPreview, Options};
use crate::decode::{decode, sniff_binary};
use crate::error::{Error, ErrorKind, Warning};
use crate::model::{Currency, Source};
use std::borrow::Cow;

/// How to read one table, whoever decided it (a profile, the guess, or the person's mapping).
/// Column indices are 0-based here; messages add 1.
#[derive(Debug, Clone)]
pub(super) struct Plan {
    /// The bank's name when a profile matched (`Revolut`), else `None`.
    pub bank: Option<&'static str>,
    pub delimiter: u8,
    /// The header row (its cells name the columns in warnings); synthetic when there is none.
    pub header: Header,
    /// Date columns, the first non-empty one wins (Revolut: `Completed Date`, then `Started`).
    pub dates: Vec<usize>,
    /// A separate time-of-day column (Monzo's `Time`).
    pub time: Option<usize>,
    /// Settles numeric dates such as `03/04/2024`.
    pub date_order: Option<DateOrder>,
    pub amount: AmountPlan,
    /// The amounts' decimal separator, when known for the whole column.
    pub decimal: Option<char>,
    pub currency: CurrencyPlan,
    pub counterparty: PartyPlan,
    /// Description columns, joined with a space (Rabobank's `Omschrijving-1..3`).
    pub description: Vec<usize>,
    pub type_code: Option<usize>,
    /// The bank's own category (Chase, Monzo, N26 `Kategorie`).
    pub category: Option<usize>,
    /// A status column and the values that mean "booked"; any other value is not counted.
    pub status: Option<(usize, &'static [&'static str])>,
    /// A fee column whose non-zero values are separate fee expenses (Revolut's `Fee`).
    pub fee: Option<usize>,
    /// The user's own account column (IBAN, card number).
    pub account: Option<usize>,
    /// The account named in the preamble instead (ING Deutschland's `IBAN;…` line).
    pub account_text: String,
    pub order_id: Option<usize>,
    /// A credit-card export: a positive `Payment` row pays the card off.
    pub credit_card: bool,
    /// Descriptions may hold HTML entities such as `&amp;` (Chase).
    pub html_entities: bool,
    /// Positive amounts are money out (Chinese card statements).
    pub invert: bool,
    /// First-cell endings that mark the footer, where reading stops (`合计`).
    pub footer: &'static [&'static str],
    /// The statement's year and month, for `MM/DD` dates without a year (CMB credit).
    pub period: Option<(i32, u32)>,
    /// Problems with the file as a whole that still let it be read (an assumed date order).
    pub notes: Vec<Warning>,
}

/// Where a row's signed amount comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum AmountPlan {
    /// One signed column: negative is money out.
    Signed(usize),
    /// Two unsigned columns, one filled per row (`Withdrawal`/`Deposit`).
    Split { debit: usize, credit: usize },
    /// An unsigned amount and a column saying which way it went (`Af`/`Bij`).
    Directed { amount: usize, direction: usize, out: Vec<String>, into: Vec<String> },
}

/// Where a row's currency comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CurrencyPlan {
    /// A column of ISO codes; the fallback serves empty cells.
    Column(usize, Option<Currency>),
    /// One currency for the whole file.
    Fixed(Currency),
}

/// Where a row's counterparty comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum PartyPlan {
    /// The first non-empty of these columns.
    Columns(Vec<usize>),
    /// One column for money out (the payee), another for money in (the payer): DKB.
    ByDirection { out: usize, into: usize },
}

/// Reads `text` as a bank CSV: with the person's mapping when `options` holds one, else by a
/// bank profile, else by the generic reader. The last resort of detection, so any text comes
/// here: when it is not a table of dates and amounts at all, the format is unknown.
pub(super) fn parse(text: &str, options: &Options) -> Result<Parsed, Error> {
    let text = normalise_line_ends(text);
    let text = text.as_ref();
    let not_a_table = || unknown_format(text);
    let plan = if let Some(mapping) = &options.mapping {
        let sniffed = sniff::sniff(text, mapping.delimiter, 2).ok_or_else(not_a_table)?;
        generic::plan_from_mapping(text, &sniffed, mapping, options)
    } else if let Some(found) = profile::detect(text) {
        profile::plan(found)
    } else {
        let sniffed = sniff::sniff(text, None, 3).ok_or_else(not_a_table)?;
        generic::read_guessed(text, &sniffed, options)
    };
    plan.map(|plan| read_plan(text, &plan))
}

/// Reads `text` when a bank profile knows its header (a sheet of an `.xls` workbook, turned
/// into text by `xls.rs`); `None` when none does.
pub(super) fn parse_known(text: &str, _options: &Options) -> Option<Parsed> {
    let plan = profile::plan(profile::detect(text)?).ok()?;
    Some(read_plan(text, &plan))
}

/// The preview the page's mapping step shows for `bytes`: the top of the table, the header
/// candidates and Yearbook's guess at the columns (a recognised bank's columns when its header
/// is known). An error when the bytes are not a table at all.
pub(super) fn preview_csv(bytes: &[u8]) -> Result<CsvPreview, Error> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::new(ErrorKind::Empty));
    }
    if let Some(looks_like) = sniff_binary(bytes) {
        return Err(Error::new(ErrorKind::Binary {
            looks_like: crate::phrase::messages::known(looks_like),
        }));
    }
    let decoded = decode(bytes);
    let text = normalise_line_ends(decoded.text.as_ref());
    let text = text.as_ref();
    let Some(sniffed) = sniff::sniff(text, None, 3) else {
        return Err(unknown_format(text));
    };
    let mut preview = generic::preview(&sniffed, &Options::default());
    if let Some(found) = profile::detect(text) {
        let bank = found.profile.name;
        if let Ok(plan) = profile::plan(found) {
            preview.guess = plan.to_mapping();
            preview.problem = None;
            preview.header = plan.header.columns.clone();
        }
        preview.bank = Some(bank.to_string());
    }
    preview.encoding = decoded.encoding.to_string();
    Ok(preview)
}

/// Reads every row below the plan's header.
fn read_plan(text: &str, plan: &Plan) -> Parsed {
    let mut parsed = Parsed {
        source: Source::BankCsv,
        transactions: Vec::new(),
        warnings: plan.notes.clone(),
        rows_seen: 0,
    };
    let mut names = crate::intern::Interner::default();
    let mut memo = crate::classify::Memo::new();
    for_each_row(text, &plan.header, plan.delimiter, |row| {
        if row.is_blank() {
            return true;
        }
        let first = row.get(Some(0));
        if plan.footer.iter().any(|end| first.ends_with(end)) {
            return false;
        }
        parsed.rows_seen += 1;
        match rows::read_row(plan, row, &mut names, &mut memo) {
            Ok((row, fee)) => parsed.transactions.extend(std::iter::once(row).chain(fee)),
            Err(warning) => parsed.warnings.push(warning),
        }
        true
    });
    parsed
}

/// Old Mac exports (KBC) end lines with a bare CR; read them as lines, as an editor does. Files
/// with any LF keep their bytes, so line numbers match the file (Rabobank's CR CR LF counts one
/// line per LF).
fn normalise_line_ends(text: &str) -> Cow<'_, str> {
    if text.contains('\r') && !text.contains('\n') {
        Cow::Owned(text.replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

impl Plan {
    /// The plan as the mapping contract states it (1-based columns), for the preview.
    fn to_mapping(&self) -> ColumnMapping {
        let one = |i: usize| u32::try_from(i + 1).ok();
        let mut mapping = ColumnMapping {
            delimiter: Some(char::from(self.delimiter)),
            header_row: Some(self.header.line),
            date: self.dates.first().and_then(|&i| one(i)),
            time: self.time.and_then(one),
            description: self.description.first().and_then(|&i| one(i)),
            type_column: self.type_code.and_then(one),
            date_order: self.date_order,
            decimal: self.decimal,
            ..ColumnMapping::default()
        };
        match &self.amount {
            AmountPlan::Signed(a) => mapping.amount = one(*a),
            AmountPlan::Split { debit, credit } => {
                mapping.debit = one(*debit);
                mapping.credit = one(*credit);
            }
            AmountPlan::Directed { amount, direction, out, into } => {
                mapping.amount = one(*amount);
                mapping.direction = one(*direction);
                mapping.direction_out = out.first().cloned();
                mapping.direction_in = into.first().cloned();
            }
        }
        match self.currency {
            CurrencyPlan::Column(c, _) => mapping.currency = one(c),
            CurrencyPlan::Fixed(currency) => mapping.fixed_currency = Some(currency),
        }
        mapping.counterparty = match &self.counterparty {
            PartyPlan::Columns(columns) => columns.first().and_then(|&i| one(i)),
            PartyPlan::ByDirection { out, .. } => one(*out),
        };
        mapping
    }
}
