//! Meituan (美团) bill exports (cn-bank-formats.md §11): UTF-8 with a BOM, CRLF, the title
//! `美团交易账单明细`, a summary and notes, `【美团交易账单明细列表】`, then
//! `交易创建时间,交易成功时间,交易类型,订单标题,收/支,支付方式,订单金额,实付金额,交易单号,商家单号,备注`
//! with `¥` amounts and a TAB inside the quoted order numbers.
//!
//! `实付金额` is what moved (the list price `订单金额` is higher after a discount). `交易类型`
//! decides the kind, which deg ignores: `支付` spending, `退款` a refund (linked to its
//! purchase by the same title), `还款` (`【美团月付】主动还款…`) a repayment of 美团月付, whose
//! purchases were counted when made. A purchase whose title names no other category is
//! Dining: most Meituan orders are meals.

use super::parsed::{unknown_format, Parsed};
use super::table::{find_header, for_each_row, Header, Row};
use super::time::parse_time;
use crate::classify::from_text;
use crate::error::{Error, Warning};
use crate::intern::Interner;
use crate::model::{Category, Direction, Kind, Money, Source, Transaction};
use crate::money::parse_minor;
use crate::phrase;
use crate::phrase::{messages as m, reasons as r, Phrase};

const MAX_HEADER_LINE: usize = 60;
const REQUIRED: &[&str] = &["交易类型", "订单标题", "收/支", "实付金额"];

/// True for a Meituan export: its title, or its header.
pub(super) fn is_meituan(text: &str) -> bool {
    let first =
        text.lines().map(|l| l.trim_start_matches('\u{feff}').trim()).find(|l| !l.is_empty());
    first.is_some_and(|l| l.starts_with("美团交易账单明细")) || header(text).is_some()
}

fn header(text: &str) -> Option<Header> {
    find_header(text, ',', Some("交易创建时间"), REQUIRED, MAX_HEADER_LINE)
}

struct Columns {
    created: Option<usize>,
    kind: Option<usize>,
    title: Option<usize>,
    way: Option<usize>,
    method: Option<usize>,
    paid: Option<usize>,
    order: Option<usize>,
}

pub(super) fn parse(text: &str) -> Result<Parsed, Error> {
    let header = header(text).ok_or_else(|| unknown_format(text))?;
    let at = |name: &str| header.index_of(name);
    let columns = Columns {
        created: at("交易创建时间").or_else(|| at("交易成功时间")),
        kind: at("交易类型"),
        title: at("订单标题"),
        way: at("收/支"),
        method: at("支付方式"),
        paid: at("实付金额").or_else(|| at("订单金额")),
        order: at("交易单号"),
    };
    let mut parsed = Parsed::new(Source::Meituan);
    let mut names = Interner::default();
    for_each_row(text, &header, b',', |row| {
        if row.is_blank() {
            return true;
        }
        parsed.rows_seen += 1;
        match read_row(&header, &columns, row, &mut names) {
            Ok(t) => parsed.transactions.push(t),
            Err(w) => parsed.warnings.push(w),
        }
        true
    });
    Ok(parsed)
}

/// The shop in an order title: `<shop>（<branch>） 订单详情` → `<shop>（<branch>）`.
fn shop(title: &str) -> &str {
    title.strip_suffix("订单详情").map_or(title, str::trim)
}

fn read_row(
    header: &Header,
    columns: &Columns,
    row: &Row,
    names: &mut Interner,
) -> Result<Transaction, Warning> {
    let cell = |c: Option<usize>| row.get(c);
    let written = cell(columns.created);
    let (time, has_time) = parse_time(written).ok_or_else(|| {
        header.cell_warning(
            row,
            columns.created,
            phrase!(m::CANNOT_READ_DATE, written, &m::DATE_ISO),
        )
    })?;
    let paid_cell = cell(columns.paid);
    let minor =
        parse_minor(paid_cell.trim_start_matches(['¥', '￥']).trim(), 2).map_err(|problem| {
            header.cell_warning(
                row,
                columns.paid,
                phrase!(m::CANNOT_READ_AMOUNT, paid_cell, m::known(problem)),
            )
        })?;
    let amount = minor.saturating_abs();
    let kind_word = cell(columns.kind);
    let way = cell(columns.way);
    let title = cell(columns.title);
    let (kind, direction, reason) = match (kind_word, way) {
        _ if amount == 0 => (Kind::Other, Direction::Neutral, Phrase::new(&r::BANK_ZERO)),
        ("还款", _) => (Kind::Repayment, Direction::Out, Phrase::new(&r::MEITUAN_REPAYMENT)),
        ("退款", _) => (Kind::Refund, Direction::In, Phrase::new(&r::REFUND)),
        (_, "支出") => (Kind::Expense, Direction::Out, Phrase::new(&r::PAYMENT)),
        (_, "收入") => (Kind::Income, Direction::In, Phrase::new(&r::INCOME)),
        (_, "不计收支" | "") => {
            (Kind::Other, Direction::Neutral, Phrase::new(&r::MEITUAN_NEUTRAL))
        }
        (_, other) => {
            return Err(header.cell_warning(
                row,
                columns.way,
                phrase!(m::CSV_DIRECTION, other, "支出", "收入"),
            ));
        }
    };
    let counterparty = shop(title);
    let category = match kind {
        Kind::Expense => match from_text(counterparty, title) {
            Category::Other => Category::Dining,
            category => category,
        },
        _ => Category::Other,
    };
    Ok(Transaction {
        source: Source::Meituan,
        row: row.line,
        time,
        has_time,
        amount: Money::cny(amount),
        direction,
        kind,
        reason,
        counterparty: names.get(counterparty),
        description: title.to_string(),
        category,
        provider_category: names.get(kind_word),
        method: names.get(cell(columns.method)),
        account: names.get(""),
        counterparty_account: crate::intern::empty(),
        status: names.get(""),
        order_id: cell(columns.order).to_string(),
        refunded_minor: 0,
    })
}
