//! WeChat Pay (微信支付) "微信支付账单明细" export: the CSV sent until about 2025-07 and the rows
//! of the XLSX sent since (statement-formats.md §2; the workbook itself is opened in `xlsx.rs`).
//!
//! UTF-8 with or without a BOM, a preamble of variable length ending in the marker
//! `----------------------微信支付账单明细列表--------------------`, then this header:
//!
//! ```text
//! 交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注
//! ```
//!
//! The header is found by content and columns are looked up by name. `/` means empty in any
//! column; `收/支` is `支出`, `收入` or `/` (中性交易). WeChat has no category column: categories
//! come from the counterparty and item text (`classify::from_text`).

mod kinds;

use super::parsed::{unknown_format, Parsed};
use super::table::{find_header, for_each_row, Header, Row};
use super::time::{from_excel_serial, parse_time};
use crate::error::{Error, ErrorKind, Position, Warning};
use crate::intern::{empty, Interner};
use crate::model::{Category, Direction, Kind, Money, Source, Transaction};
use crate::money::parse_minor;
use crate::phrase;
use crate::phrase::{messages as m, Phrase};
use kinds::{category, classify, flow, net_refunded_by_status, refund_names, Fields};
use std::borrow::Cow;

pub(super) const HEADER_EXAMPLE: &str =
    "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注";
/// Columns without which a row means nothing (`交易时间` is checked as the first cell).
const REQUIRED: &[&str] = &["交易类型", "收/支", "金额(元)", "当前状态"];
/// How far down the header may sit: 17 lines in the CSV, row 17 or 18 in the XLSX; leave room.
pub(super) const MAX_HEADER_LINE: usize = 80;
/// The title on line 1 and inside the marker line above the header.
const TITLE: &str = "微信支付账单明细";

/// How the file announced itself.
pub(super) enum Found {
    /// The header row is present.
    Header(Header),
    /// The preamble says WeChat Pay but no usable header follows.
    PreambleOnly,
}

/// True when `cells` (trimmed) are the WeChat header row.
pub(super) fn is_header(cells: &[String]) -> bool {
    cells.first().is_some_and(|c| c == "交易时间")
        && REQUIRED.iter().all(|r| cells.iter().any(|c| c == r))
}

/// True when a preamble cell names the export (the title, or the marker line holding it).
pub(super) fn announces(cell: &str) -> bool {
    cell.contains(TITLE)
}

/// True for the CSV, recognised by its header row, or at least by its title (then the header is
/// reported missing).
pub(super) fn is_wechat_csv(text: &str) -> bool {
    detect(text).is_some()
}

/// How the CSV announces itself: its header row, or its title alone.
fn detect(text: &str) -> Option<Found> {
    if let Some(header) = find_header(text, ',', Some("交易时间"), REQUIRED, MAX_HEADER_LINE) {
        return Some(Found::Header(header));
    }
    text.lines().take(MAX_HEADER_LINE).any(announces).then_some(Found::PreambleOnly)
}

/// The whole-file error for a WeChat preamble with no header below it.
pub(super) fn missing_header(source: Source) -> Error {
    Error::new(ErrorKind::MissingHeader {
        format: Phrase::new(source.name()),
        expected: HEADER_EXAMPLE.to_string(),
    })
}

/// Reads every data row of the CSV below the header.
pub(super) fn parse(text: &str) -> Result<Parsed, Error> {
    let Some(found) = detect(text) else { return Err(unknown_format(text)) };
    let header = match found {
        Found::Header(header) => header,
        Found::PreambleOnly => return Err(missing_header(Source::WechatCsv)),
    };
    let mut reader = RowReader::new(Source::WechatCsv, &header);
    for_each_row(text, &header, b',', |row| {
        reader.read(row);
        true
    });
    Ok(reader.finish())
}

/// Turns data rows into transactions, for the CSV and the XLSX alike.
pub(super) struct RowReader<'h> {
    header: &'h Header,
    columns: Columns,
    parsed: Parsed,
    /// For the XLSX: a time cell may be an Excel serial number (`Some(is_1904)`).
    excel_serials: Option<bool>,
    /// The file's repeated texts, shared by its rows.
    names: Interner,
    /// The file's categories, once per distinct text.
    memo: crate::classify::Memo,
}

impl<'h> RowReader<'h> {
    /// A reader for rows below `header`.
    pub(super) fn new(source: Source, header: &'h Header) -> RowReader<'h> {
        RowReader {
            header,
            columns: Columns::new(header),
            parsed: Parsed::new(source),
            excel_serials: None,
            names: Interner::default(),
            memo: crate::classify::Memo::new(),
        }
    }

    /// Lets time cells be Excel serial dates, in the workbook's date system.
    pub(super) fn with_excel_serials(mut self, is_1904: bool) -> RowReader<'h> {
        self.excel_serials = Some(is_1904);
        self
    }

    /// Reads one data row: a transaction (two for a withdrawal with a fee) or a warning.
    pub(super) fn read(&mut self, row: &Row) {
        if row.is_blank() {
            return;
        }
        self.parsed.rows_seen += 1;
        let width = self.header.columns.len();
        // Only the CSV can split a cell on a stray comma. An XLSX row ends at its last filled
        // cell, and cells right of the table are notes beside it.
        let cells = if self.excel_serials.is_some() {
            let mut cells: Vec<String> = row.cells.iter().take(width).cloned().collect();
            cells.resize(width, String::new());
            Some(Cow::Owned(cells))
        } else {
            align(&row.cells, width, self.columns.counterparty, self.columns.direction)
        };
        let Some(cells) = cells else {
            self.parsed.warnings.push(Warning {
                position: Position::row(row.line),
                message: phrase!(
                    m::WECHAT_SHIFTED_ROW,
                    row.cells.len(),
                    width,
                    row.cells.join(",")
                ),
            });
            return;
        };
        let missing = [self.columns.amount, self.columns.direction, self.columns.status]
            .into_iter()
            .flatten()
            .filter(|&i| i >= cells.len())
            .min();
        if let Some(at) = missing {
            let name = self.header.columns.get(at).map_or("", String::as_str);
            self.parsed.warnings.push(Warning {
                position: Position::row(row.line),
                message: phrase!(m::WECHAT_SHORT_ROW, cells.len(), at + 1, name, cells.join(",")),
            });
            return;
        }
        let aligned = Row { line: row.line, cells: cells.into_owned() };
        match self.read_row(&aligned) {
            Ok((main, fee)) => self.parsed.transactions.extend(std::iter::once(main).chain(fee)),
            Err(warning) => self.parsed.warnings.push(warning),
        }
    }

    /// The transactions and warnings read so far, with purchases refunded outside the file
    /// netted from their status.
    pub(super) fn finish(mut self) -> Parsed {
        net_refunded_by_status(&mut self.parsed.transactions);
        self.parsed
    }

    fn read_time(&self, row: &Row) -> Result<(chrono::NaiveDateTime, bool), Warning> {
        let text = row.get(self.columns.time);
        let serial = || {
            let is_1904 = self.excel_serials?;
            let serial: f64 = text.parse().ok()?;
            from_excel_serial(serial, is_1904).map(|t| (t, true))
        };
        parse_time(text).or_else(serial).ok_or_else(|| {
            self.header.cell_warning(
                row,
                self.columns.time,
                phrase!(m::CANNOT_READ_TIME, text, "2019-09-26 12:45:27"),
            )
        })
    }

    /// One row → its transaction, and a withdrawal's service fee as a second one.
    fn read_row(&mut self, row: &Row) -> Result<(Transaction, Option<Transaction>), Warning> {
        let c = &self.columns;
        let (time, has_time) = self.read_time(row)?;
        let amount_text = row.get(c.amount);
        let minor = parse_minor(amount_text, 2).map_err(|problem| {
            self.header.cell_warning(
                row,
                c.amount,
                phrase!(m::CANNOT_READ_AMOUNT, amount_text, m::known(problem)),
            )
        })?;
        let direction = match row.get(c.direction) {
            "支出" => Direction::Out,
            "收入" => Direction::In,
            "/" | "" => Direction::Neutral,
            other => {
                return Err(self.header.cell_warning(
                    row,
                    c.direction,
                    phrase!(m::WECHAT_UNKNOWN_DIRECTION, other),
                ))
            }
        };
        let fields = Fields {
            kind: row.get(c.kind),
            counterparty: value(row.get(c.counterparty)),
            description: value(row.get(c.description)),
            status: value(row.get(c.status)),
            direction,
        };
        let (kind, mut reason) = classify(&fields);
        let mut amount = minor.abs();
        let note = value(row.get(c.note));
        let mut fee = None;
        if !matches!(kind, Kind::Expense | Kind::Income | Kind::Refund | Kind::Cancelled) {
            // A withdrawal's amount includes WeChat's service fee: split it off as spending.
            match service_fee(note) {
                Some(Ok(minor)) if minor > 0 && minor <= amount => {
                    amount -= minor;
                    reason = phrase!(
                        crate::phrase::reasons::WECHAT_WITH_FEE,
                        reason,
                        crate::model::Money::cny(amount),
                        crate::model::Money::cny(minor)
                    );
                    fee = Some(minor);
                }
                Some(Ok(_)) | None => {}
                Some(Err(_)) => {
                    return Err(self.header.cell_warning(
                        row,
                        c.note,
                        phrase!(m::WECHAT_FEE_UNREADABLE, note),
                    ))
                }
            }
        }
        let (counterparty, description) = match kind {
            Kind::Refund => refund_names(&fields),
            _ => (fields.counterparty.to_string(), fields.description.to_string()),
        };
        let category = match kind {
            Kind::Expense | Kind::Income | Kind::Refund | Kind::Cancelled => {
                category(&fields, &counterparty, &mut self.memo)
            }
            _ => Category::Other,
        };
        let order_id = value(row.get(c.order_id)).to_string();
        let main = Transaction {
            source: self.parsed.source,
            row: row.line,
            time,
            has_time,
            amount: Money::cny(amount),
            direction: flow(direction, kind, fields.kind),
            kind,
            reason,
            counterparty: self.names.get(&counterparty),
            description,
            category,
            provider_category: self.names.get(fields.kind),
            method: self.names.get(value(row.get(c.method))),
            account: empty(),
            status: self.names.get(fields.status),
            order_id,
            refunded_minor: 0,
            counterparty_account: crate::intern::empty(),
        };
        let Some(fee) = fee else { return Ok((main, None)) };
        let fee_row = Transaction {
            amount: Money::cny(fee),
            direction: Direction::Out,
            kind: Kind::Expense,
            reason: phrase!(crate::phrase::reasons::WECHAT_FEE, fields.kind, note),
            counterparty: self.names.get("微信支付"),
            description: note.to_string(),
            category: Category::Fees,
            ..main.clone()
        };
        Ok((main, Some(fee_row)))
    }
}

/// Lines a row's cells up with the header. A CSV row with more cells than the header had an
/// unquoted comma inside `交易对方` (`WALMART HONG KONG CO.,LIMITED`): the columns before it are
/// anchored from the start, the ones after it from the end, and the extra cells are merged back
/// into it, as long as `收/支` then holds one of its three values. Failing that, extra cells
/// that are all empty (a trailing comma) are dropped. `None` when neither lines up.
fn align(
    cells: &[String],
    width: usize,
    merge_into: Option<usize>,
    check: Option<usize>,
) -> Option<Cow<'_, [String]>> {
    if cells.len() <= width {
        return Some(Cow::Borrowed(cells));
    }
    let extra = cells.len() - width;
    if let Some(at) = merge_into.filter(|&at| at < width) {
        let mut merged: Vec<String> = cells.iter().take(at).cloned().collect();
        merged.push(cells.get(at..=at + extra).unwrap_or_default().join(","));
        merged.extend(cells.iter().skip(at + extra + 1).cloned());
        let lines_up = check.is_none_or(|d| {
            merged.get(d).is_some_and(|v| matches!(v.as_str(), "支出" | "收入" | "/"))
        });
        if lines_up {
            return Some(Cow::Owned(merged));
        }
    }
    let (kept, dropped) = cells.split_at(width);
    dropped.iter().all(String::is_empty).then_some(Cow::Borrowed(kept))
}

/// `/` means empty in every WeChat column.
fn value(cell: &str) -> &str {
    if cell == "/" {
        ""
    } else {
        cell
    }
}

/// The fee in a `备注` such as `服务费¥0.10`: `None` when the note names no fee.
fn service_fee(note: &str) -> Option<Result<i64, &'static str>> {
    let (_, after) = note.split_once("服务费")?;
    let amount: String = after
        .trim_start_matches([':', '：', ' '])
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '¥' | '￥'))
        .collect();
    Some(parse_minor(&amount, 2))
}

/// Column indices by name.
struct Columns {
    time: Option<usize>,
    kind: Option<usize>,
    counterparty: Option<usize>,
    description: Option<usize>,
    direction: Option<usize>,
    amount: Option<usize>,
    method: Option<usize>,
    status: Option<usize>,
    order_id: Option<usize>,
    note: Option<usize>,
}

impl Columns {
    fn new(header: &Header) -> Columns {
        Columns {
            time: header.index_of("交易时间"),
            kind: header.index_of("交易类型"),
            counterparty: header.index_of("交易对方"),
            description: header.index_of("商品"),
            direction: header.index_of("收/支"),
            amount: header.index_of("金额(元)"),
            method: header.index_of("支付方式"),
            status: header.index_of("当前状态"),
            order_id: header.index_of("交易单号"),
            note: header.index_of("备注"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(line: &str) -> Vec<String> {
        line.split(',').map(str::to_string).collect()
    }

    #[test]
    fn stray_commas_are_merged_into_the_counterparty() {
        let header = cells(HEADER_EXAMPLE);
        for (row, expected) in [
            // As written: nothing to do.
            ("t,商户消费,A,B,支出,¥1,m,s,1,2,/", Some("t,商户消费,A,B,支出,¥1,m,s,1,2,/")),
            // edge-sky/Bills-save #12: one comma inside the counterparty.
            (
                "t,商户消费,WALMART HONG KONG CO.,LIMITED,B,支出,¥1,m,s,1,2,/",
                Some("t,商户消费,WALMART HONG KONG CO.,LIMITED,B,支出,¥1,m,s,1,2,/"),
            ),
            // Two commas.
            ("t,x,A,B,C,item,收入,¥1,m,s,1,2,/", Some("t,x,A,B,C,item,收入,¥1,m,s,1,2,/")),
            // A trailing comma only.
            ("t,x,A,B,/,¥1,m,s,1,2,/,", Some("t,x,A,B,/,¥1,m,s,1,2,/")),
            // Extra cells that line nothing up.
            ("t,x,A,B,支出,¥1,m,s,1,2,/,junk", None),
        ] {
            let row_cells = cells(row);
            let repaired = align(&row_cells, header.len(), Some(2), Some(4));
            let joined = repaired.as_ref().map(|c| c.join(","));
            assert_eq!(joined.as_deref(), expected, "{row}");
            if let Some(c) = repaired {
                assert_eq!(c.len(), header.len(), "{row}");
                assert!(matches!(c[4].as_str(), "支出" | "收入" | "/"), "{row}");
            }
        }
    }

    #[test]
    fn merged_counterparty_keeps_its_comma() {
        let row = cells("t,商户消费,WALMART HONG KONG CO.,LIMITED,B,支出,¥1,m,s,1,2,/");
        let aligned = align(&row, 11, Some(2), Some(4)).expect("lines up");
        assert_eq!(aligned[2], "WALMART HONG KONG CO.,LIMITED");
        assert_eq!(aligned[3], "B");
    }

    #[test]
    fn service_fees_in_notes() {
        for (note, expected) in [
            ("服务费¥0.10", Some(Ok(10))),
            ("服务费￥1.00", Some(Ok(100))),
            ("服务费：¥2", Some(Ok(200))),
            ("/", None),
            ("", None),
            ("赞赏作者的收款_20230623", None),
            ("服务费¥", Some(Err("expected a number like 1200.00"))),
        ] {
            assert_eq!(service_fee(note), expected, "{note:?}");
        }
    }
}
