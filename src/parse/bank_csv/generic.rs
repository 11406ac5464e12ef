//! The generic reader's two ways to a [`Plan`]: from its own guess when the guess is sure, and
//! from the person's [`ColumnMapping`], used as given. An unsure guess becomes
//! [`ErrorKind::NeedsMapping`] with a [`CsvPreview`], which the page shows for the mapping step.

use super::amounts::infer_decimal;
use super::dates::{infer_order, OrderEvidence};
use super::guess::guess;
use super::sniff::{is_label_row, sniff, Sniffed};
use super::{AmountPlan, CurrencyPlan, PartyPlan, Plan};
use crate::choices::{ColumnMapping, CsvPreview, PreviewRow};
use crate::choices::{DateOrder, Options};
use crate::error::{Error, ErrorKind, Position, Warning};
use crate::model::Currency;
use crate::parse::table::Header;
use crate::phrase;
use crate::phrase::{messages as m, Phrase, Template};

/// Lines of the file shown in the preview, and data rows below the header.
const PREVIEW_LINES: usize = 15;
const PREVIEW_ROWS: usize = 10;

/// The preview of a sniffed table, with the guess and why it is unsure.
pub(super) fn preview(sniffed: &Sniffed, options: &Options) -> CsvPreview {
    let guess = guess(sniffed, options);
    let row = |r: &crate::parse::table::Row| PreviewRow { line: r.line, cells: r.cells.clone() };
    CsvPreview {
        bank: None,
        encoding: String::new(),
        delimiter: char::from(sniffed.delimiter),
        lines: sniffed.records.iter().take(PREVIEW_LINES).map(row).collect(),
        header_candidates: sniffed
            .records
            .iter()
            .take(40)
            .filter(|r| is_label_row(r))
            .map(|r| r.line)
            .collect(),
        header: sniffed.header_cells().to_vec(),
        rows: sniffed.data().take(PREVIEW_ROWS).map(row).collect(),
        guess: guess.mapping,
        problem: guess.problem,
    }
}

/// Reads a table the profiles do not know, when the guess is sure; otherwise asks.
pub(super) fn read_guessed(
    text: &str,
    sniffed: &Sniffed,
    options: &Options,
) -> Result<Plan, Error> {
    let preview = preview(sniffed, options);
    if let Some(problem) = preview.problem.clone() {
        let line = sniffed.header.and_then(|h| sniffed.records.get(h)).map(|r| r.line);
        return Err(Error {
            kind: ErrorKind::NeedsMapping { problem, preview: Box::new(preview) },
            position: line.map(Position::row).unwrap_or_default(),
        });
    }
    plan_from_mapping(text, sniffed, &preview.guess, options)
}

/// Turns a mapping into a plan, filling what it leaves open from the file. A mapping that names
/// a column the table does not have is refused with the preview, so it can be corrected.
pub(super) fn plan_from_mapping(
    text: &str,
    sniffed: &Sniffed,
    mapping: &ColumnMapping,
    options: &Options,
) -> Result<Plan, Error> {
    // The same rule as the page's mapping step and `--map`, before the columns are looked up.
    mapping.check().map_err(|problem| ask(sniffed, options, problem))?;
    let resniffed;
    let sniffed = match mapping.delimiter {
        Some(d) if u32::from(d) != u32::from(sniffed.delimiter) => {
            resniffed = sniff(text, Some(d), 2)
                .ok_or_else(|| ask(sniffed, options, phrase!(m::CSV_NO_SPLIT, d.to_string())))?;
            &resniffed
        }
        _ => sniffed,
    };
    let (header_line, columns) = match mapping.header_row {
        Some(0) => (0, Vec::new()),
        Some(line) => {
            let record = sniffed
                .records
                .iter()
                .find(|r| r.line == line)
                .ok_or_else(|| ask(sniffed, options, phrase!(m::CSV_NOT_A_ROW, line)))?;
            (line, record.cells.clone())
        }
        // Found by content; without a header, the data starts at the first row holding a date
        // and an amount, below any preamble.
        None => match sniffed.header.and_then(|h| sniffed.records.get(h)) {
            Some(record) => (record.line, record.cells.clone()),
            None => {
                let first = sniffed.records.get(sniffed.first_data).map_or(1, |r| r.line);
                (first.saturating_sub(1), Vec::new())
            }
        },
    };
    let body_start = line_start(text, header_line);
    let rows: Vec<&crate::parse::table::Row> =
        sniffed.records.iter().filter(|r| r.line > header_line && !r.is_blank()).collect();
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0).max(columns.len());
    let column = |role: &'static Template, value: Option<u32>| -> Result<Option<usize>, Error> {
        match value {
            None => Ok(None),
            Some(n) if n >= 1 && (n as usize) <= width => Ok(Some(n as usize - 1)),
            Some(n) => Err(ask(sniffed, options, phrase!(m::CSV_NO_SUCH_COLUMN, role, n, width))),
        }
    };
    let cells = |index: usize| rows.iter().map(move |r| r.get(Some(index)));

    let Some(date) = column(&m::ROLE_DATE, mapping.date)? else {
        return Err(ask(sniffed, options, Phrase::new(&m::CSV_MAPPING_NO_DATE)));
    };
    let mut notes = Vec::new();
    let date_order = match (mapping.date_order, infer_order(cells(date))) {
        (Some(order), _) => Some(order),
        (None, OrderEvidence::Settled(order)) => Some(order),
        (None, OrderEvidence::NotNeeded) => options.date_order,
        (None, OrderEvidence::Ambiguous { .. } | OrderEvidence::Conflict { .. }) => {
            match options.date_order {
                Some(order) => Some(order),
                None => {
                    notes.push(Warning {
                        position: Position::row(header_line.max(1)),
                        message: Phrase::new(&m::CSV_DATES_DAY_FIRST),
                    });
                    Some(DateOrder::DayFirst)
                }
            }
        }
    };
    let amount = match (
        column(&m::ROLE_AMOUNT, mapping.amount)?,
        column(&m::ROLE_DEBIT, mapping.debit)?,
        column(&m::ROLE_CREDIT, mapping.credit)?,
        column(&m::ROLE_DIRECTION, mapping.direction)?,
    ) {
        (Some(amount), _, _, Some(direction)) => AmountPlan::Directed {
            amount,
            direction,
            out: mapping.direction_out.iter().cloned().collect(),
            into: mapping.direction_in.iter().cloned().collect(),
        },
        (Some(amount), _, _, None) => AmountPlan::Signed(amount),
        (None, Some(debit), Some(credit), _) => AmountPlan::Split { debit, credit },
        _ => return Err(ask(sniffed, options, Phrase::new(&m::CSV_MAPPING_NO_AMOUNT))),
    };
    let amount_cells: Vec<&str> = match &amount {
        AmountPlan::Signed(a) | AmountPlan::Directed { amount: a, .. } => cells(*a).collect(),
        AmountPlan::Split { debit, credit } => cells(*debit).chain(cells(*credit)).collect(),
    };
    let decimal = mapping.decimal.or_else(|| infer_decimal(amount_cells.iter().copied()));
    let currency = match (column(&m::ROLE_CURRENCY, mapping.currency)?, mapping.fixed_currency) {
        (Some(c), fallback) => CurrencyPlan::Column(c, fallback.or(options.currency)),
        (None, Some(fixed)) => CurrencyPlan::Fixed(fixed),
        (None, None) => CurrencyPlan::Fixed(options.currency.unwrap_or_else(|| {
            notes.push(Warning {
                position: Position::row(header_line.max(1)),
                message: Phrase::new(&m::CSV_ASSUMED_USD),
            });
            Currency::USD
        })),
    };
    let counterparty = column(&m::ROLE_COUNTERPARTY, mapping.counterparty)?;
    let description = column(&m::ROLE_DESCRIPTION, mapping.description)?;
    let header_columns = if columns.is_empty() {
        (1..=width).map(|n| format!("column {n}")).collect()
    } else {
        columns
    };
    Ok(Plan {
        bank: None,
        delimiter: sniffed.delimiter,
        header: Header { line: header_line, body_start, columns: header_columns },
        dates: vec![date],
        time: column(&m::ROLE_TIME, mapping.time)?,
        date_order,
        amount,
        decimal,
        currency,
        counterparty: PartyPlan::Columns(counterparty.into_iter().collect()),
        description: description.into_iter().collect(),
        type_code: column(&m::ROLE_TYPE, mapping.type_column)?,
        category: None,
        status: None,
        fee: None,
        account: None,
        account_text: String::new(),
        order_id: None,
        credit_card: false,
        html_entities: false,
        invert: false,
        footer: &[],
        period: None,
        notes,
    })
}

/// The error that sends the person to the mapping step.
fn ask(sniffed: &Sniffed, options: &Options, problem: Phrase) -> Error {
    let mut preview = preview(sniffed, options);
    preview.problem = Some(problem.clone());
    Error::new(ErrorKind::NeedsMapping { problem, preview: Box::new(preview) })
}

/// The byte offset where the line after 1-based `line` starts (0 for line 0).
fn line_start(text: &str, line: u32) -> usize {
    text.split_inclusive('\n').take(line as usize).map(str::len).sum()
}
