//! Alipay (支付宝) CSV exports, all three layouts (statement-formats.md §1). GBK text, `,` with
//! no quoting, cells padded with spaces and order numbers suffixed with TABs. The header is found
//! by content and columns are looked up by name, so a re-ordered or re-saved file still reads.
//!
//! - App "电子客户回单", 2023+ (§1c): a preamble of 8 or 9 `特别提示` notes, a separator naming
//!   `支付宝（中国）网络技术有限公司` or `支付宝支付科技有限公司`, then, padded or not, with or
//!   without the trailing comma:
//!   `交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,`
//! - App "电子客户回单", 2021–2022 (§1b): the separator on line 1, the header on line 2, data up
//!   to a line of dashes and a footer:
//!   `收/支,交易对方,对方账号,商品说明,收/付款方式,金额,交易状态,交易分类,交易订单号,商家订单号,交易时间,`
//! - PC web "支付宝交易记录明细查询" (§1a), legacy: a 4-line preamble, then
//!   `交易号,商家订单号,交易创建时间,付款时间,最近修改时间,交易来源地,类型,交易对方,商品名称,金额（元）,收/支,交易状态,服务费（元）,成功退款（元）,备注,资金状态,`
//!   whose `成功退款（元）` column carries refunds of purchases.

use super::parsed::{unknown_format, Parsed};
use super::table::{find_header, for_each_row, Header, Row};
use crate::error::{Error, ErrorKind, Position, Warning};
use crate::intern::{empty, Interner};
use crate::model::{Category, Direction, Kind, Money, Source, Transaction};
use crate::phrase;
use crate::phrase::{messages as m, reasons as r, Phrase};
use chrono::{NaiveDate, NaiveDateTime};

/// How far down the header may sit: the 2023 preamble is 24 lines; leave room for growth.
const MAX_HEADER_LINE: usize = 80;

/// One Alipay layout: how to recognise its header and what it is called.
struct Layout {
    source: Source,
    /// The header's first cell.
    first: &'static str,
    /// Other header cells that must be present.
    required: &'static [&'static str],
    /// The header as the user would see it, for the missing-header message.
    example: &'static str,
}

const LAYOUTS: &[Layout] = &[
    Layout {
        source: Source::Alipay2023,
        first: "交易时间",
        required: &["交易分类", "金额", "收/支", "交易状态"],
        example: "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注",
    },
    Layout {
        source: Source::Alipay2021,
        first: "收/支",
        required: &["交易对方", "金额", "交易状态", "交易时间"],
        example: "收/支,交易对方,对方账号,商品说明,收/付款方式,金额,交易状态,交易分类,交易订单号,商家订单号,交易时间",
    },
    Layout {
        source: Source::AlipayWeb,
        first: "交易号",
        required: &["交易创建时间", "金额（元）", "收/支", "交易状态"],
        example: "交易号,商家订单号,交易创建时间,付款时间,最近修改时间,交易来源地,类型,交易对方,商品名称,金额（元）,收/支,交易状态,服务费（元）,成功退款（元）,备注,资金状态",
    },
];

/// How the file announced itself.
pub(super) enum Found {
    /// The header row of a layout is present.
    Header(Source, Header),
    /// The preamble says Alipay (in this layout) but no usable header follows.
    PreambleOnly(Source),
}

/// True for an Alipay export, recognised by its header, or by its preamble alone (then the
/// header is reported missing rather than the file called unknown).
pub(super) fn is_alipay(text: &str) -> bool {
    detect(text).is_some()
}

/// How an Alipay export announces itself: its header, or its preamble alone.
fn detect(text: &str) -> Option<Found> {
    for layout in LAYOUTS {
        if let Some(header) =
            find_header(text, ',', Some(layout.first), layout.required, MAX_HEADER_LINE)
        {
            return Some(Found::Header(layout.source, header));
        }
    }
    let mut lines = text.lines().take(MAX_HEADER_LINE);
    if text.lines().next().is_some_and(|l| l.trim().starts_with("支付宝交易记录明细查询"))
    {
        return Some(Found::PreambleOnly(Source::AlipayWeb));
    }
    let announced = lines
        .any(|l| l.contains("电子客户回单") && (l.contains("支付宝") || l.contains("Alipay")))
        || text.lines().take(3).any(|l| l.contains("支付宝账户"));
    announced.then_some(Found::PreambleOnly(Source::Alipay2023))
}

/// Reads every data row below the header.
pub(super) fn parse(text: &str) -> Result<Parsed, Error> {
    let Some(found) = detect(text) else { return Err(unknown_format(text)) };
    let (source, header) = match found {
        Found::Header(source, header) => (source, header),
        Found::PreambleOnly(source) => {
            let example = LAYOUTS.iter().find(|l| l.source == source).map_or("", |l| l.example);
            return Err(Error::new(ErrorKind::MissingHeader {
                format: Phrase::new(source.name()),
                expected: example.to_string(),
            }));
        }
    };
    let columns = Columns::new(&header);
    let mut parsed = Parsed {
        source,
        transactions: Vec::with_capacity(expected_rows(text.get(header.body_start..))),
        warnings: Vec::new(),
        rows_seen: 0,
    };
    let mut column_refunds: Vec<(usize, i64)> = Vec::new();
    let mut names = Interner::default();
    for_each_row(text, &header, b',', |row| {
        if row.is_blank() {
            return true;
        }
        // The 2021 and legacy layouts end the data at a line of dashes followed by a summary.
        if row.cells.first().is_some_and(|c| c.starts_with("---")) {
            return false;
        }
        parsed.rows_seen += 1;
        // Alipay never quotes: a stray comma shifts every later cell, so such a row cannot be
        // trusted. Only a trailing empty cell (the trailing comma) may exceed the header.
        let extra = row.cells.len() > header.columns.len() + 1
            || row.cells.iter().skip(header.columns.len()).any(|c| !c.is_empty());
        if extra {
            parsed.warnings.push(Warning {
                position: Position::row(row.line),
                message: phrase!(
                    m::ALIPAY_SHIFTED_ROW,
                    row.cells.len(),
                    header.columns.len(),
                    row.cells.join(",")
                ),
            });
            return true;
        }
        match read_row(row, &columns, &header, source, &mut names) {
            Ok((transaction, refunded)) => {
                if refunded > 0 {
                    column_refunds.push((parsed.transactions.len(), refunded));
                }
                parsed.transactions.push(transaction);
            }
            Err(warning) => parsed.warnings.push(warning),
        }
        true
    });
    apply_refund_column(&mut parsed.transactions, &column_refunds);
    Ok(parsed)
}

/// How many rows to make room for: sized once instead of grown by doubling, which copies the
/// rows again and again and, at its peak, holds room for twice as many (docs/benchmarks.md).
/// One per line, but no more than one per 100 bytes (a real row is 120–180), so that a file
/// of empty lines reserves nothing much.
fn expected_rows(body: Option<&str>) -> usize {
    body.map_or(0, |body| (count_newlines(body.as_bytes()) + 1).min(body.len() / 100))
}

/// `\n` bytes, eight at a time: a byte is zero after `^ 0x0A…` exactly when it was a newline,
/// and `((x & 0x7F…) + 0x7F…) | x` sets each byte's high bit exactly when the byte is not zero
/// (no carry crosses a byte). A byte-at-a-time count cost 2% of parsing a statement.
fn count_newlines(bytes: &[u8]) -> usize {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut words = bytes.chunks_exact(8);
    let mut count = 0;
    for word in &mut words {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(word);
        let x = u64::from_le_bytes(eight) ^ 0x0A0A_0A0A_0A0A_0A0A;
        let not_zero = (((x & LOW) + LOW) | x) & !LOW;
        count += 8 - not_zero.count_ones() as usize;
    }
    count + words.remainder().iter().filter(|&&b| b == b'\n').count()
}

/// The legacy web export writes a purchase's refunds in its `成功退款（元）` column *and*, when
/// the refund falls inside the exported dates, as a separate `退款-` row. Net from the column
/// only when no such row is in the file, so that a refund is never applied twice; the rows are
/// linked later like every other refund.
fn apply_refund_column(transactions: &mut [Transaction], column_refunds: &[(usize, i64)]) {
    for &(at, refunded) in column_refunds {
        let Some(purchase) = transactions.get(at) else { continue };
        if purchase.kind != Kind::Expense {
            continue;
        }
        let id = purchase.order_id.clone();
        let has_row = transactions.iter().any(|t| {
            t.kind == Kind::Refund && t.order_id.split_once('_').is_some_and(|(p, _)| p == id)
        });
        if has_row {
            continue;
        }
        let purchase = &mut transactions[at];
        let netted = purchase.net_refund(refunded);
        purchase.reason = crate::phrase!(r::ALIPAY_REFUND_COLUMN, crate::model::Money::cny(netted));
    }
}

/// Column indices by name; the layouts name some columns differently.
struct Columns {
    time: Option<usize>,
    category: Option<usize>,
    counterparty: Option<usize>,
    description: Option<usize>,
    direction: Option<usize>,
    amount: Option<usize>,
    method: Option<usize>,
    status: Option<usize>,
    order_id: Option<usize>,
    refunded: Option<usize>,
}

impl Columns {
    fn new(header: &Header) -> Columns {
        let any = |names: &[&str]| names.iter().find_map(|n| header.index_of(n));
        Columns {
            time: any(&["交易时间", "交易创建时间"]),
            category: header.index_of("交易分类"),
            counterparty: header.index_of("交易对方"),
            description: any(&["商品说明", "商品名称"]),
            direction: header.index_of("收/支"),
            amount: any(&["金额", "金额（元）"]),
            method: header.index_of("收/付款方式"),
            status: header.index_of("交易状态"),
            order_id: any(&["交易订单号", "交易号"]),
            refunded: header.index_of("成功退款（元）"),
        }
    }
}

/// Reads one row; also returns the legacy `成功退款（元）` amount (0 when absent).
fn read_row(
    row: &Row,
    columns: &Columns,
    header: &Header,
    source: Source,
    names: &mut Interner,
) -> Result<(Transaction, i64), Warning> {
    let time_text = row.get(columns.time);
    let (time, has_time) = parse_time(time_text).ok_or_else(|| {
        header.cell_warning(
            row,
            columns.time,
            phrase!(m::CANNOT_READ_TIME, time_text, "2023-02-12 21:32:14"),
        )
    })?;
    let amount_text = row.get(columns.amount);
    let minor = crate::money::parse_minor(amount_text, 2).map_err(|problem| {
        header.cell_warning(
            row,
            columns.amount,
            phrase!(m::CANNOT_READ_AMOUNT, amount_text, m::known(problem)),
        )
    })?;
    let direction_text = row.get(columns.direction);
    let direction = match direction_text {
        "支出" => Direction::Out,
        "收入" => Direction::In,
        "不计收支" | "其他" | "" => Direction::Neutral,
        other => {
            return Err(header.cell_warning(
                row,
                columns.direction,
                phrase!(m::ALIPAY_UNKNOWN_DIRECTION, other),
            ))
        }
    };
    let fields = Fields {
        category: row.get(columns.category),
        counterparty: row.get(columns.counterparty),
        description: row.get(columns.description),
        status: row.get(columns.status),
        direction,
    };
    let (kind, reason) = classify(&fields);
    let absolute = minor.abs();
    let direction = flow(direction, kind, fields.description);
    let refunded = match row.get(columns.refunded) {
        "" => 0,
        text => crate::money::parse_minor(text, 2).map_err(|problem| {
            header.cell_warning(
                row,
                columns.refunded,
                phrase!(m::CANNOT_READ_REFUNDED, text, m::known(problem)),
            )
        })?,
    };
    let transaction = Transaction {
        source,
        row: row.line,
        time,
        has_time,
        amount: Money::cny(absolute),
        direction,
        kind,
        reason,
        counterparty: names.get(fields.counterparty),
        description: fields.description.to_string(),
        category: match kind {
            Kind::Expense if fields.category == "亲友代付" => Category::Other,
            _ => crate::classify::from_alipay(fields.category),
        },
        provider_category: names.get(fields.category),
        method: names.get(row.get(columns.method)),
        account: empty(),
        status: names.get(fields.status),
        order_id: row.get(columns.order_id).to_string(),
        refunded_minor: 0,
        counterparty_account: crate::intern::empty(),
    };
    Ok((transaction, refunded.abs()))
}

/// Reads `2023-02-12 21:32:14`, and the forms Excel leaves after a re-save (`2023/2/12 21:32`,
/// or a bare date). The flag is false when only a date was written.
fn parse_time(text: &str) -> Option<(NaiveDateTime, bool)> {
    if let Some(time) = exact_time(text) {
        return Some((time, true));
    }
    const FORMATS: &[&str] =
        &["%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M"];
    let with_time = FORMATS.iter().find_map(|f| NaiveDateTime::parse_from_str(text, f).ok());
    with_time.map(|t| (t, true)).or_else(|| {
        ["%Y-%m-%d", "%Y/%m/%d"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| (t, false))
    })
}

/// `2023-02-12 21:32:14` exactly, as every row of an untouched export has it, read without
/// chrono's format interpreter (the parser's largest cost per row before, docs/benchmarks.md).
/// Anything else, an impossible date included, goes to `parse_time`'s general formats.
fn exact_time(text: &str) -> Option<NaiveDateTime> {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1, b' ', h0, h1, b':', i0, i1, b':', s0, s1] =
        *text.as_bytes()
    else {
        return None;
    };
    let number = |digits: &[u8]| -> Option<u32> {
        digits
            .iter()
            .try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
    };
    let year = i32::try_from(number(&[y0, y1, y2, y3])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&[m0, m1])?, number(&[d0, d1])?)?.and_hms_opt(
        number(&[h0, h1])?,
        number(&[i0, i1])?,
        number(&[s0, s1])?,
    )
}

/// Which way the money went. Alipay writes `不计收支` for many rows whose money did move: a refund
/// comes in, a fund sale or a 余额宝 withdrawal comes back, a repayment or a purchase goes out.
fn flow(written: Direction, kind: Kind, description: &str) -> Direction {
    match (written, kind) {
        (_, Kind::Cancelled) => Direction::Neutral,
        (Direction::Neutral, Kind::Refund) => Direction::In,
        (Direction::Neutral, Kind::Transfer | Kind::Investment) => {
            let back = ["卖出", "收益发放", "转出", "提现"];
            if back.iter().any(|k| description.contains(k)) {
                Direction::In
            } else {
                Direction::Out
            }
        }
        (Direction::Neutral, Kind::Repayment) => Direction::Out,
        (written, _) => written,
    }
}

/// The cells that decide a row's kind.
struct Fields<'a> {
    category: &'a str,
    counterparty: &'a str,
    description: &'a str,
    status: &'a str,
    direction: Direction,
}

/// Decides what a row means for the report, with the reason in words (statement-formats.md §4).
fn classify(f: &Fields<'_>) -> (Kind, Phrase) {
    let own_account = |s: &str| {
        ["余额宝", "转入", "转出到", "充值-", "提现", "账户转存", "余额-"]
            .iter()
            .any(|k| s.contains(k))
    };
    if f.status == "交易关闭" {
        if f.direction == Direction::Out {
            return (Kind::Expense, Phrase::new(&r::ALIPAY_PAID_THEN_CLOSED));
        }
        return (Kind::Cancelled, Phrase::new(&r::ALIPAY_CLOSED));
    }
    if f.category == "退款" || f.status == "退款成功" || f.description.starts_with("退款-")
    {
        return (Kind::Refund, Phrase::new(&r::REFUND));
    }
    let yue_bao_move = f.description.starts_with("余额宝-")
        && ["转入", "转出"].iter().any(|k| f.description.contains(k));
    if yue_bao_move && !f.description.contains("收益发放") {
        return (Kind::Transfer, Phrase::new(&r::ALIPAY_YUE_BAO));
    }
    if f.category == "投资理财"
        || f.description.contains("收益发放")
        || f.description.ends_with("-买入")
        || f.description.contains("-卖出")
    {
        return (Kind::Investment, Phrase::new(&r::ALIPAY_INVESTMENT));
    }
    if f.category == "信用借还" || f.status == "还款成功" || f.description.contains("还款")
    {
        return (Kind::Repayment, Phrase::new(&r::ALIPAY_REPAYMENT));
    }
    if f.direction == Direction::Neutral
        && (own_account(f.description) || own_account(f.counterparty))
    {
        return (Kind::Transfer, Phrase::new(&r::ALIPAY_OWN_ACCOUNTS));
    }
    match f.direction {
        Direction::Out if f.category == "亲友代付" => {
            (Kind::Expense, Phrase::new(&r::ALIPAY_FAMILY_CARD))
        }
        Direction::Out if f.status == "等待确认收货" => {
            (Kind::Expense, Phrase::new(&r::ALIPAY_ESCROW))
        }
        Direction::Out if f.category == "转账红包" => {
            (Kind::Expense, Phrase::new(&r::ALIPAY_GIFT_SENT))
        }
        Direction::Out => (Kind::Expense, Phrase::new(&r::PAYMENT)),
        Direction::In if f.category == "转账红包" || f.description.contains("红包") => {
            (Kind::Income, Phrase::new(&r::ALIPAY_RECEIVED))
        }
        Direction::In => (Kind::Income, Phrase::new(&r::INCOME)),
        Direction::Neutral => (Kind::Other, Phrase::new(&r::ALIPAY_NEUTRAL)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_are_counted_eight_at_a_time_exactly() {
        let texts = ["", "\n", "a\nb", "\n\n\n\n\n\n\n\n\n", "交易\n\x0b\x09\u{8a}\n\u{7f}\n"];
        for text in texts.iter().map(|t| t.repeat(3)) {
            for start in 0..text.len().min(9) {
                let bytes = &text.as_bytes()[start..];
                let slow = bytes.iter().filter(|&&b| b == b'\n').count();
                assert_eq!(count_newlines(bytes), slow, "{bytes:?}");
            }
        }
        let all: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        assert_eq!(count_newlines(&all), 16);
    }

    #[test]
    fn the_exact_time_fast_path_agrees_with_chrono() {
        let cases = [
            "2023-02-12 21:32:14",
            "2024-02-29 00:00:00",
            "2023-02-29 12:00:00",
            "2023-12-31 23:59:59",
            "2023-12-31 23:59:60",
            "2023-13-01 10:00:00",
            "2023-02-12 24:00:00",
            "2023-2-12 21:32:14 ",
            "2023/02/12 21:32:14",
            "２０２３-02-12 21:32:14",
            "20230-2-12 21:32:14",
        ];
        for text in cases {
            let chrono = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").ok();
            if let Some(fast) = exact_time(text) {
                assert_eq!(Some(fast), chrono, "{text}");
            }
            assert_eq!(parse_time(text).map(|(t, _)| t), parse_time_general(text), "{text}");
        }
        assert!(exact_time("2023-02-12 21:32:14").is_some());
        assert_eq!(exact_time("2023-02-12 21:32"), None);
    }

    /// `parse_time` as it was, without the fast path.
    fn parse_time_general(text: &str) -> Option<NaiveDateTime> {
        const FORMATS: &[&str] =
            &["%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M"];
        FORMATS.iter().find_map(|f| NaiveDateTime::parse_from_str(text, f).ok()).or_else(|| {
            ["%Y-%m-%d", "%Y/%m/%d"]
                .iter()
                .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
    }
}
