//! XLSX workbooks, read with calamine into rows of trimmed text cells, and the WeChat Pay
//! "微信支付账单明细" XLSX export found in them (statement-formats.md §2b). The header is the
//! CSV's, on row 17 (2025) or row 18 (2026-04+, one more note), or wherever it sits:
//!
//! ```text
//! 交易时间 | 交易类型 | 交易对方 | 商品 | 收/支 | 金额(元) | 支付方式 | 当前状态 | 交易单号 | 商户单号 | 备注
//! ```
//!
//! Every sheet is searched, in workbook order, for a row holding it: copies made through Excel
//! have a synthetic `Column1…Column11` first row and a second sheet. Since 2026 `金额(元)` is a
//! number cell that only displays "¥"; its value is written as its shortest decimal and read
//! by `money::parse_minor`, which rounds the float noise to the fen. A time cell may be text or
//! an Excel serial date; either is wall-clock time, never shifted.

use super::parsed::{unknown_format, Parsed};
use super::table::{trim_cell, Header, Row};
use super::time::from_excel_serial;
use super::wechat::{self, RowReader};
use crate::error::{Error, ErrorKind};
use crate::model::Source;
use calamine::{DataRef, Reader, Xlsx};
use std::collections::BTreeMap;
use std::io::Cursor;

/// Columns kept per row. WeChat uses 11; a stray cell far to the right must not make every
/// row thousands of cells wide.
const MAX_COLUMNS: u32 = 64;

/// One worksheet as rows of text: only rows holding a cell, in order, each starting at column A.
struct Sheet {
    rows: Vec<Row>,
}

/// Reads a ZIP that may be an XLSX workbook. A ZIP that is no workbook, or a workbook holding
/// no WeChat Pay statement, is a whole-file error that says which.
pub(super) fn parse(bytes: &[u8]) -> Result<Parsed, Error> {
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|_| binary(&crate::phrase::messages::BINARY_ZIP_NO_WORKBOOK))?;
    let is_1904 = workbook.has_1904_epoch();
    let mut first_text: Option<String> = None;
    let mut announced = false;
    let mut readable = false;
    for name in workbook.sheet_names() {
        let Ok(sheet) = read_sheet(&mut workbook, &name, is_1904) else { continue };
        readable = true;
        let top = sheet.rows.iter().take(wechat::MAX_HEADER_LINE);
        if let Some(at) = top.clone().position(|row| wechat::is_header(&row.cells)) {
            return Ok(read_statement(&sheet, at, is_1904));
        }
        announced |= top.clone().any(|row| row.cells.iter().any(|c| wechat::announces(c)));
        if first_text.is_none() {
            first_text = sheet.rows.iter().find(|r| !r.is_blank()).map(|r| {
                let end = r.cells.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
                r.cells[..end].join(",")
            });
        }
    }
    if announced {
        return Err(wechat::missing_header(Source::WechatXlsx));
    }
    if !readable {
        return Err(binary(&crate::phrase::messages::BINARY_UNREADABLE_WORKBOOK));
    }
    Err(unknown_format(&first_text.unwrap_or_default()))
}

fn binary(looks_like: &'static crate::phrase::Template) -> Error {
    Error::new(ErrorKind::Binary { looks_like: crate::phrase::Phrase::new(looks_like) })
}

/// Reads the rows below the header at `header_at`.
fn read_statement(sheet: &Sheet, header_at: usize, is_1904: bool) -> Parsed {
    let header_row = &sheet.rows[header_at];
    let mut columns = header_row.cells.clone();
    while columns.last().is_some_and(String::is_empty) {
        columns.pop();
    }
    let header = Header { line: header_row.line, body_start: 0, columns };
    let mut reader = RowReader::new(Source::WechatXlsx, &header).with_excel_serials(is_1904);
    for row in sheet.rows.iter().skip(header_at + 1) {
        reader.read(row);
    }
    reader.finish()
}

/// Streams one worksheet's cells into rows of text. Reading cell by cell (instead of into a
/// dense range) keeps memory to the cells present, whatever the sheet's declared dimension.
fn read_sheet<RS: std::io::Read + std::io::Seek>(
    workbook: &mut Xlsx<RS>,
    name: &str,
    is_1904: bool,
) -> Result<Sheet, calamine::XlsxError> {
    let mut cells = workbook.worksheet_cells_reader(name)?;
    let mut rows: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    while let Some(cell) = cells.next_cell()? {
        let (row, column) = cell.get_position();
        if column >= MAX_COLUMNS {
            continue;
        }
        let text = cell_text(cell.get_value(), is_1904);
        if text.is_empty() {
            continue;
        }
        let cells = rows.entry(row).or_default();
        let column = column as usize;
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        cells[column] = text;
    }
    let rows =
        rows.into_iter().map(|(row, cells)| Row { line: row.saturating_add(1), cells }).collect();
    Ok(Sheet { rows })
}

/// A cell as text, trimmed like a CSV cell. Numbers keep their shortest decimal form, so
/// `548.58000000000004` reads `548.58`; date cells become wall-clock `2026-04-02 09:30:15`.
fn cell_text(value: &DataRef<'_>, is_1904: bool) -> String {
    match value {
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            trim_cell(s).to_string()
        }
        DataRef::SharedString(s) => trim_cell(s).to_string(),
        DataRef::Float(f) => f.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        DataRef::DateTime(dt) if dt.is_datetime() => from_excel_serial(dt.as_f64(), is_1904)
            .map_or_else(|| dt.as_f64().to_string(), |t| t.format("%Y-%m-%d %H:%M:%S").to_string()),
        DataRef::DateTime(dt) => dt.as_f64().to_string(),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    /// A number as Excel writes it in the cell's XML.
    fn excel(value: &str) -> f64 {
        value.parse().expect("a number")
    }

    #[test]
    fn cells_as_text() {
        let date = |serial| {
            DataRef::DateTime(ExcelDateTime::new(serial, ExcelDateTimeType::DateTime, false))
        };
        for (value, expected) in [
            (DataRef::Float(excel("548.58000000000004")), "548.58"),
            (DataRef::Float(excel("7.0000000000000007E-2")), "0.07"),
            (DataRef::Float(0.1 + 0.2), "0.30000000000000004"),
            (DataRef::Float(-12.5), "-12.5"),
            (DataRef::Int(28), "28"),
            (DataRef::String("3985734\t".into()), "3985734"),
            (DataRef::SharedString("  ¥28.16 "), "¥28.16"),
            (date(46_114.396_006_944_44), "2026-04-02 09:30:15"),
            (date(-5.0), "-5"),
            (DataRef::Bool(true), "TRUE"),
            (DataRef::Empty, ""),
        ] {
            assert_eq!(cell_text(&value, false), expected, "{value:?}");
        }
        // Float noise rounds to the fen through the shared amount reader.
        assert_eq!(crate::money::parse_minor("0.30000000000000004", 2), Ok(30));
    }

    #[test]
    fn a_zip_that_is_not_a_workbook_says_so() {
        // An empty ZIP archive: the end-of-central-directory record alone.
        let mut zip = b"PK\x05\x06".to_vec();
        zip.extend_from_slice(&[0; 18]);
        let error = parse(&zip).expect_err("not a workbook");
        assert!(
            error.to_string().contains("a ZIP archive that holds no Excel workbook"),
            "{error}"
        );
    }
}
