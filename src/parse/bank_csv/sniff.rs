//! The generic reader's first look at a table it does not know: which delimiter it uses (`,`
//! `;` TAB `|`, chosen by how consistently each splits the lines), where the header row is (the
//! row of labels right above the first row holding a date and an amount, wherever a preamble
//! puts it), and what each column holds, measured over all of its cells.

use super::amounts::{infer_decimal, parse_amount};
use super::dates::{infer_order, parse_time, shape, OrderEvidence, Shape};
use crate::parse::table::{for_each_row, Header, Row};

const CANDIDATES: &[u8] = b",;\t|";
/// Lines looked at to choose the delimiter and find the header.
const SNIFF_LINES: usize = 60;
/// Rows studied per column; enough to settle date order and decimal separator.
const MAX_ROWS: usize = 5000;
/// Columns measured: a line of a hundred thousand commas must not cost a hundred thousand
/// passes over the rows.
const MAX_COLUMNS: usize = 200;
/// Distinct values kept per column, to spot direction columns (`Af`/`Bij`).
const MAX_VALUES: usize = 8;

/// A table as first seen.
#[derive(Debug)]
pub(super) struct Sniffed {
    pub delimiter: u8,
    /// The first records of the file (preamble included), trimmed, with 1-based lines.
    pub records: Vec<Row>,
    /// The most common number of cells in a row.
    pub width: usize,
    /// Index in `records` of the header row, if there is one.
    pub header: Option<usize>,
    /// Index in `records` of the first data row.
    pub first_data: usize,
}

/// What one column holds, over every data row.
#[derive(Debug, Clone, Default)]
pub(super) struct Column {
    /// 0-based.
    pub index: usize,
    /// The header cell, or "" without a header.
    pub name: String,
    pub filled: usize,
    pub dates: usize,
    pub amounts: usize,
    /// Amounts written with cents or a currency sign (so not an id or a count).
    pub money: usize,
    pub negatives: usize,
    pub codes: usize,
    pub times: usize,
    pub account_like: usize,
    pub text_chars: usize,
    /// Up to `MAX_VALUES` distinct values, as written.
    pub values: Vec<String>,
    pub distinct_overflow: bool,
    pub order: Option<OrderEvidence>,
    /// A date that reads both ways, to show the person.
    pub ambiguous_example: Option<String>,
    pub decimal: Option<char>,
    /// The first currency sign met (`$`, `€`, `£`).
    pub symbol: Option<char>,
}

/// Sniffs `text`: `None` when it is no table of dates and amounts (fewer than `min_width`
/// columns, or no cell that is a date or an amount). `delimiter` overrides the sniffing. A
/// statement has a date, an amount and a text (3); a person's mapping may name just two.
pub(super) fn sniff(text: &str, delimiter: Option<char>, min_width: usize) -> Option<Sniffed> {
    let delimiter = match delimiter {
        Some(d) => u8::try_from(d).ok().filter(u8::is_ascii)?,
        None => sniff_delimiter(text),
    };
    let records = read_records(text, delimiter, MAX_ROWS + SNIFF_LINES);
    let width = modal_width(records.iter().take(SNIFF_LINES));
    if width < min_width.max(2) {
        return None;
    }
    let head = records.iter().take(SNIFF_LINES);
    let first_data = head.clone().position(is_data_row);
    let header = match first_data {
        Some(0) => None,
        Some(at) => records.get(at - 1).filter(|r| is_label_row(r)).map(|_| at - 1),
        None => {
            let statement_like = records.iter().any(|r| {
                r.cells.iter().any(|c| shape(c).is_some() || (is_amountish(c) && has_cents(c)))
            });
            if !statement_like {
                return None;
            }
            head.clone().position(|r| is_label_row(r) && r.cells.len() >= width)
        }
    };
    let first_data = first_data.unwrap_or_else(|| header.map_or(0, |h| h + 1));
    Some(Sniffed { delimiter, records, width, header, first_data })
}

/// The delimiter that splits the first lines most consistently into the most cells. Cells are
/// counted outside quotes, without a full CSV parse per candidate.
pub(super) fn sniff_delimiter(text: &str) -> u8 {
    let mut best = (b',', 0usize);
    for &delimiter in CANDIDATES {
        let widths = line_widths(text, char::from(delimiter));
        let width = modal(widths.iter().copied());
        let agreeing = widths.iter().filter(|&&w| w == width).count();
        let score = agreeing * width.saturating_sub(1);
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// The number of cells in each of the first `SNIFF_LINES` lines, splitting at `delimiter` outside
/// double quotes (a quoted cell may hold the delimiter or a line break).
fn line_widths(text: &str, delimiter: char) -> Vec<usize> {
    let mut widths = Vec::new();
    let (mut in_quotes, mut cells, mut filled) = (false, 1usize, false);
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => {
                if filled {
                    widths.push(cells);
                }
                (cells, filled) = (1, false);
                if widths.len() >= SNIFF_LINES {
                    return widths;
                }
                continue;
            }
            c if c == delimiter && !in_quotes => cells += 1,
            _ => {}
        }
        filled |= !c.is_whitespace();
    }
    if filled {
        widths.push(cells);
    }
    widths
}

/// The most common value of two or more (ties: the larger).
fn modal(widths: impl Iterator<Item = usize>) -> usize {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for width in widths.filter(|&w| w >= 2) {
        match counts.iter_mut().find(|(w, _)| *w == width) {
            Some((_, n)) => *n += 1,
            None => counts.push((width, 1)),
        }
    }
    counts.iter().max_by_key(|&&(w, n)| (n, w)).map_or(0, |&(w, _)| w)
}

fn read_records(text: &str, delimiter: u8, limit: usize) -> Vec<Row> {
    let whole = Header { line: 0, body_start: 0, columns: Vec::new() };
    let mut records = Vec::new();
    for_each_row(text, &whole, delimiter, |row| {
        let mut cells = row.cells.clone();
        while cells.last().is_some_and(String::is_empty) && cells.len() > 1 {
            cells.pop();
        }
        records.push(Row { line: row.line, cells });
        records.len() < limit
    });
    records
}

/// The most common cell count among rows of two or more cells (ties: the wider).
fn modal_width<'a>(records: impl Iterator<Item = &'a Row>) -> usize {
    modal(records.map(|r| r.cells.len()))
}

/// A cell that names a column: it holds a letter and is neither a date nor an amount.
pub(super) fn is_label(cell: &str) -> bool {
    cell.chars().any(char::is_alphabetic) && shape(cell).is_none() && !is_amountish(cell)
}

/// Two or more cells, three quarters of them labels.
pub(super) fn is_label_row(row: &Row) -> bool {
    let filled: Vec<&String> = row.cells.iter().filter(|c| !c.is_empty()).collect();
    let labels = filled.iter().filter(|c| is_label(c)).count();
    filled.len() >= 2 && labels * 4 >= filled.len() * 3
}

/// Three or more cells, one a date and another an amount.
fn is_data_row(row: &Row) -> bool {
    let date = row.cells.iter().position(|c| shape(c).is_some());
    row.cells.len() >= 3
        && date.is_some_and(|d| {
            row.cells.iter().enumerate().any(|(i, c)| i != d && is_amountish(c) && !c.is_empty())
        })
}

fn is_amountish(cell: &str) -> bool {
    shape(cell).is_none() && parse_amount(cell, None, 2).is_ok()
}

/// `12,50`, `-7.08`, `$1.00`, `€ 3`: written like money rather than like an id or a count.
fn has_cents(cell: &str) -> bool {
    if cell.contains(['$', '€', '£', '¥']) {
        return true;
    }
    let digits_end = cell.rfind(|c: char| c.is_ascii_digit()).map_or(0, |i| i + 1);
    let number = cell.get(..digits_end).unwrap_or_default().as_bytes();
    match number.len().checked_sub(3).and_then(|at| number.get(at..)) {
        Some([sep, tens, units]) => {
            matches!(sep, b'.' | b',') && tens.is_ascii_digit() && units.is_ascii_digit()
        }
        _ => false,
    }
}

/// An IBAN or an account number: six or more digits, letters only in upper case, no decimal
/// separator.
fn is_account_like(cell: &str) -> bool {
    let compact: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    compact.chars().filter(char::is_ascii_digit).count() >= 6
        && compact.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// Common ISO 4217 codes; a column of these is a currency column. (Any three capitals would
/// take in type codes such as `POS` or `ATM`.)
const CODES: &[&str] = &[
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN",
    "CZK", "HUF", "RON", "BGN", "ISK", "TRY", "RUB", "UAH", "INR", "HKD", "SGD", "KRW", "TWD",
    "THB", "MYR", "IDR", "PHP", "VND", "ZAR", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "ILS",
    "AED", "SAR", "QAR", "KWD", "BHD", "EGP", "MAD", "NGN", "KES",
];

impl Sniffed {
    /// The header's cells, or none.
    pub fn header_cells(&self) -> &[String] {
        self.header.and_then(|h| self.records.get(h)).map_or(&[], |r| r.cells.as_slice())
    }

    /// The data rows: records from the first data row on with two or more filled cells (a
    /// lone "Total" or notice line is no row of the table).
    pub fn data(&self) -> impl Iterator<Item = &Row> {
        let filled = |r: &&Row| r.cells.iter().filter(|c| !c.is_empty()).count() >= 2;
        self.records.iter().skip(self.first_data).filter(filled)
    }

    /// Every column's measurements.
    pub fn columns(&self) -> Vec<Column> {
        let header = self.header_cells();
        let n_columns = self.width.max(header.len()).min(MAX_COLUMNS);
        (0..n_columns)
            .map(|index| {
                let cells: Vec<&str> = self.data().map(|r| r.get(Some(index))).collect();
                let mut column = measure(cells.iter().copied());
                column.index = index;
                column.name = header.get(index).cloned().unwrap_or_default();
                column
            })
            .collect()
    }
}

fn measure<'a>(cells: impl Iterator<Item = &'a str> + Clone) -> Column {
    let mut column = Column::default();
    for cell in cells.clone().filter(|c| !c.is_empty()) {
        column.filled += 1;
        let date = shape(cell);
        if date.is_some() {
            column.dates += 1;
        }
        if let (Some(Shape::Numeric { a, b, .. }), None) = (date, &column.ambiguous_example) {
            if a <= 12 && b <= 12 {
                column.ambiguous_example = Some(cell.to_string());
            }
        }
        if date.is_none() {
            if let Ok(minor) = parse_amount(cell, None, 2) {
                column.amounts += 1;
                column.negatives += usize::from(minor < 0);
                column.money += usize::from(has_cents(cell));
                column.symbol =
                    column.symbol.or_else(|| cell.chars().find(|c| matches!(c, '$' | '€' | '£')));
            }
        }
        column.codes += usize::from(CODES.contains(&cell));
        column.times += usize::from(date.is_none() && parse_time(cell).is_some());
        column.account_like += usize::from(is_account_like(cell));
        column.text_chars += cell.chars().count();
        if !column.values.iter().any(|v| v == cell) {
            if column.values.len() < MAX_VALUES {
                column.values.push(cell.to_string());
            } else {
                column.distinct_overflow = true;
            }
        }
    }
    if column.dates > 0 {
        column.order = Some(infer_order(cells.clone()));
    }
    column.decimal = infer_decimal(cells);
    column
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_by_consistency() {
        for (text, expected) in [
            ("a,b,c\n1,2,3\n4,5,6\n", b','),
            ("Datum;Betrag;Text\n01.02.2018;-1,50;x\n02.02.2018;1.234,56;y\n", b';'),
            ("date\tamount\tmemo\n2024-01-02\t-1.00\ta, b, c\n", b'\t'),
            ("date|amount|memo\n2024-01-02|-1.00|coffee, large\n", b'|'),
            ("\"d\",\"a\",\"m\"\n\"2024-01-02\",\"-1,50\",\"x; y\"\n", b','),
            ("Konto;DE12\n\nDatum;Betrag;Text;Saldo\n01.02.2018;-1,50;x;2,00\n", b';'),
        ] {
            assert_eq!(char::from(sniff_delimiter(text)), char::from(expected), "{text:?}");
        }
    }

    #[test]
    fn header_below_a_preamble() {
        let text = "Account;DE12 3456\nPeriod;01.01.2024 - 31.01.2024\n\nDate;Text;Amount;Balance\n02.01.2024;Coffee;-3,50;100,00\n";
        let sniffed = sniff(text, None, 3).expect("a table");
        assert_eq!(sniffed.delimiter, b';');
        assert_eq!(sniffed.header_cells(), ["Date", "Text", "Amount", "Balance"]);
        assert_eq!(sniffed.records.get(sniffed.first_data).map(|r| r.line), Some(5));
    }

    #[test]
    fn no_header_and_not_a_table() {
        let headless =
            sniff("2024-01-02,Coffee,-3.50\n2024-01-03,Tea,-2.00\n", None, 3).expect("table");
        assert_eq!(headless.header, None);
        assert_eq!(headless.first_data, 0);
        assert!(sniff("name,age\nbob,3\n", None, 3).is_none());
        assert!(
            sniff("just some prose, with commas, here\nand more, of it, yes\n", None, 3).is_none()
        );
        assert!(sniff("", None, 3).is_none());
    }
}
