//! Old Excel workbooks, `.xls` (cn-bank-formats.md §0.2.4, §7–§9): BIFF8 in an OLE2 compound
//! file, read with calamine, and the `.xls` files that are really an HTML table (what many
//! online banks send under that name). Either way each sheet becomes delimited text, one line
//! per sheet row (so a warning's row is the sheet's row, counted from 1), and that text is read
//! by the bank CSV profiles (`bank_csv/profiles_cn.rs`: CITIC credit, SPDB debit, CCB), the same
//! code a CSV goes through. The first sheet holding a known bank's header is read.
//!
//! Number cells become their shortest decimal (`1234.0` → `1234`, `13.4` → `13.4`), date cells
//! `YYYY-MM-DD HH:MM:SS` as written (wall-clock, never shifted). A workbook no profile knows is
//! an unknown format quoting its first row: the page's column mapping reads text files only.

use super::bank_csv;
use super::parsed::{unknown_format, Parsed};
use super::time::from_excel_serial;
use crate::choices::Options;
use crate::decode::decode;
use crate::error::{Error, ErrorKind, Position, Warning};
use crate::model::Source;
use crate::phrase::{messages as m, Phrase};
use calamine::{Data, Reader, Xls};
use std::io::Cursor;

/// The OLE2 compound file signature every BIFF8 workbook starts with.
const OLE2_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// Rows and columns kept per sheet: bank statements are far smaller, and a damaged dimension
/// must not make the text huge.
const MAX_ROWS: usize = 1_000_000;
const MAX_COLUMNS: usize = 64;
/// How far into an HTML `.xls` its table must start.
const HTML_SNIFF: usize = 4096;

/// True for an OLE2 compound file (BIFF8 `.xls`, but also old Word documents, which `parse`
/// then refuses as a workbook it cannot read).
pub(super) fn is_ole2(bytes: &[u8]) -> bool {
    bytes.starts_with(OLE2_MAGIC)
}

/// Reads a BIFF8 workbook's sheets through the bank profiles.
pub(super) fn parse(bytes: &[u8], options: &Options) -> Result<Parsed, Error> {
    let mut workbook = Xls::new(Cursor::new(bytes)).map_err(|_| {
        Error::new(ErrorKind::Binary { looks_like: Phrase::new(&m::BINARY_UNREADABLE_XLS) })
    })?;
    let mut first_text: Option<String> = None;
    for name in workbook.sheet_names() {
        let Ok(range) = workbook.worksheet_range(&name) else { continue };
        let mut text = String::new();
        let top = range.start().map_or(0, |(row, _)| row as usize).min(MAX_ROWS);
        let left = range.start().map_or(0, |(_, column)| column as usize).min(MAX_COLUMNS);
        text.extend(std::iter::repeat_n('\n', top));
        for row in range.rows().take(MAX_ROWS - top) {
            let cells = std::iter::repeat_n(String::new(), left)
                .chain(row.iter().map(cell_text))
                .take(MAX_COLUMNS);
            push_row(&mut text, cells);
        }
        match read_sheet(&text, options) {
            Some(parsed) => return Ok(parsed),
            None => {
                if first_text.is_none() {
                    first_text =
                        text.lines().find(|l| !l.trim_matches(',').is_empty()).map(String::from);
                }
            }
        }
    }
    Err(unknown_format(&first_text.unwrap_or_default()))
}

/// True for an HTML document holding a table near its start (after a BOM, blanks, a doctype or
/// a comment), whatever the file is named.
pub(super) fn is_html_table(bytes: &[u8]) -> bool {
    let head = bytes.get(..HTML_SNIFF.min(bytes.len())).unwrap_or_default();
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let start = head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    (start.starts_with("<html")
        || start.starts_with("<!doctype html")
        || start.starts_with("<table")
        || start.starts_with("<meta")
        || start.starts_with("<?xml") && head.contains("<html"))
        && head.contains("<table")
}

/// Reads the rows of an HTML table (`<tr>`, `<td>`/`<th>`, tags inside cells dropped, entities
/// decoded) through the bank profiles, with a note that the file was a web page.
pub(super) fn parse_html(bytes: &[u8], options: &Options) -> Result<Parsed, Error> {
    let decoded = decode(bytes);
    let text = html_rows(&decoded.text);
    let mut parsed = read_sheet(&text, options).ok_or_else(|| {
        unknown_format(text.lines().find(|l| !l.trim_matches(',').is_empty()).unwrap_or_default())
    })?;
    parsed
        .warnings
        .insert(0, Warning { position: Position::row(1), message: Phrase::new(&m::XLS_IS_HTML) });
    Ok(parsed)
}

/// A sheet's text read by a bank profile, as an `.xls` source; `None` when no profile knows it.
fn read_sheet(text: &str, options: &Options) -> Option<Parsed> {
    let mut parsed = bank_csv::parse_known(text, options)?;
    parsed.source = Source::BankXls;
    for row in &mut parsed.transactions {
        row.source = Source::BankXls;
    }
    Some(parsed)
}

/// One cell as the text a CSV would hold.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) => from_excel_serial(dt.as_f64(), false)
            .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_else(|| number(dt.as_f64())),
    }
}

/// The shortest decimal of a number cell: whole numbers without `.0`, the rest as Rust writes
/// them (the shortest text that reads back as the same float).
fn number(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// Appends one row as a CSV line: a cell holding the delimiter or a quote is quoted, line
/// breaks inside a cell become spaces (one sheet row, one line).
fn push_row(text: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            text.push(',');
        }
        let cell = cell.replace(['\r', '\n'], " ");
        if cell.contains([',', '"']) {
            text.push('"');
            text.push_str(&cell.replace('"', "\"\""));
            text.push('"');
        } else {
            text.push_str(&cell);
        }
    }
    text.push('\n');
}

/// The rows of the HTML's tables as CSV lines.
fn html_rows(html: &str) -> String {
    let mut text = String::new();
    let lower = html.to_ascii_lowercase();
    let mut at = 0;
    while let Some(start) = lower.get(at..).and_then(|rest| rest.find("<tr")).map(|i| i + at) {
        let end =
            lower.get(start..).and_then(|r| r.find("</tr")).map_or(lower.len(), |i| i + start);
        let row_lower = lower.get(start..end).unwrap_or_default();
        let row = html.get(start..end).unwrap_or_default();
        let mut cells = Vec::new();
        let mut from = 0;
        while let Some(open) = next_cell(row_lower, from) {
            let Some(content_start) =
                row_lower.get(open..).and_then(|r| r.find('>')).map(|i| open + i + 1)
            else {
                break;
            };
            let close = next_cell(row_lower, content_start).unwrap_or(row_lower.len());
            let inner = row_lower.get(content_start..close).unwrap_or_default();
            let inner_end =
                inner.find("</td").or_else(|| inner.find("</th")).unwrap_or(inner.len());
            let content = row.get(content_start..content_start + inner_end).unwrap_or_default();
            cells.push(unescape(&strip_tags(content)).trim().to_string());
            from = close;
            if cells.len() >= MAX_COLUMNS {
                break;
            }
        }
        push_row(&mut text, cells.into_iter());
        at = end.max(start + 3);
    }
    text
}

/// Where the next `<td` or `<th` opens at or after `from`.
fn next_cell(lower: &str, from: usize) -> Option<usize> {
    let rest = lower.get(from..)?;
    let td = rest.find("<td");
    let th = rest.find("<th");
    match (td, th) {
        (Some(a), Some(b)) => Some(from + a.min(b)),
        (Some(a), None) | (None, Some(a)) => Some(from + a),
        (None, None) => None,
    }
}

fn strip_tags(content: &str) -> String {
    let mut out = String::with_capacity(content.len());
    let mut in_tag = false;
    for c in content.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references; anything else
/// stays as written.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let tail = rest.get(at..).unwrap_or_default();
        let entity = tail
            .get(1..)
            .and_then(|t| t.find(';'))
            .filter(|&e| e <= 10)
            .and_then(|e| tail.get(1..=e));
        let decoded = entity.and_then(|name| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            numeric => {
                let number = numeric.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (decoded, entity) {
            (Some(c), Some(name)) => {
                out.push(c);
                rest = tail.get(name.len() + 2..).unwrap_or_default();
            }
            _ => {
                out.push('&');
                rest = tail.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_tables_become_rows() {
        let html = "<html><body><table><tr><th>交易日期</th><th>金额</th></tr>\
            <tr><td>2024-01-02</td><td><b>1,234.50</b></td></tr>\
            <tr><td>A&amp;B &#20013;</td><td>x\"y</td></tr></table></body></html>";
        assert_eq!(html_rows(html), "交易日期,金额\n2024-01-02,\"1,234.50\"\nA&B 中,\"x\"\"y\"\n");
        assert!(is_html_table(html.as_bytes()));
        assert!(!is_html_table(b"a,b\n1,2\n"));
        assert_eq!(html_rows("<tr><td>unclosed"), "unclosed\n");
        assert_eq!(html_rows("<tr<td"), "\n");
    }

    #[test]
    fn numbers_as_their_shortest_text() {
        assert_eq!(number(1234.0), "1234");
        assert_eq!(number(13.4), "13.4");
        assert_eq!(number(-0.5), "-0.5");
        assert_eq!(number(f64::NAN), "NaN");
    }
}
