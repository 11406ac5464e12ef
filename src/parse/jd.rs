//! JD (京东) bill exports (cn-bank-formats.md §10): UTF-8 with a BOM, a preamble from
//! `导出信息：` and `京东账号名：…`, then
//! `交易时间,商户名称,交易说明,金额,收/付款方式,交易状态,收/支,交易分类,交易订单号,商家订单号,备注`
//! with a TAB after times and order numbers and a trailing comma.
//!
//! The header looks like Alipay's 2023 one (`交易时间`, `收/付款方式`, `交易分类`, `收/支`), so
//! this reader comes before Alipay's and knows JD by `商户名称` and `交易说明` (or the preamble).
//!
//! `金额` is the gross amount paid; JD writes what came back into the same cell,
//! `131.77(已退款89.84)` or `468.32(已全额退款)`, and also lists each refund as its own
//! `不计收支` row `退款-…`. The purchase is netted here by what its cell says (the number JD
//! itself states), so its refund rows are refunds already applied and are not linked again:
//! the group counts once, net. `先享后付` and other `不计收支` rows count nothing.

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

/// How far down the header may sit: the preamble is 21 lines.
const MAX_HEADER_LINE: usize = 60;
const REQUIRED: &[&str] = &["商户名称", "交易说明", "金额", "收/付款方式", "收/支"];

/// True for a JD export: its preamble, or its header.
pub(super) fn is_jd(text: &str) -> bool {
    let mut lines = text.lines().map(|l| l.trim_start_matches('\u{feff}').trim());
    let first = lines.by_ref().find(|l| !l.is_empty()).unwrap_or_default();
    let second = lines.next().unwrap_or_default();
    (first.starts_with("导出信息") && second.starts_with("京东账号名")) || header(text).is_some()
}

fn header(text: &str) -> Option<Header> {
    find_header(text, ',', Some("交易时间"), REQUIRED, MAX_HEADER_LINE)
}

/// The named columns of the header present.
struct Columns {
    time: Option<usize>,
    merchant: Option<usize>,
    item: Option<usize>,
    amount: Option<usize>,
    method: Option<usize>,
    status: Option<usize>,
    way: Option<usize>,
    category: Option<usize>,
    order: Option<usize>,
}

pub(super) fn parse(text: &str) -> Result<Parsed, Error> {
    let header = header(text).ok_or_else(|| unknown_format(text))?;
    let at = |name: &str| header.index_of(name);
    let columns = Columns {
        time: at("交易时间"),
        merchant: at("商户名称"),
        item: at("交易说明"),
        amount: at("金额"),
        method: at("收/付款方式"),
        status: at("交易状态"),
        way: at("收/支"),
        category: at("交易分类"),
        order: at("交易订单号"),
    };
    let mut parsed = Parsed::new(Source::Jd);
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

/// `131.77(已退款89.84)` → (13177, Some(8984)); `468.32(已全额退款)` → (46832, Some(46832)).
fn amount_and_refund(cell: &str) -> Result<(i64, Option<i64>), &'static str> {
    let cell = cell.trim();
    let Some((gross, note)) = cell.split_once('(').or_else(|| cell.split_once('（')) else {
        return Ok((parse_minor(cell, 2)?, None));
    };
    let gross = parse_minor(gross.trim(), 2)?;
    let note = note.trim_end_matches([')', '）']);
    if note.contains("全额退款") {
        return Ok((gross, Some(gross)));
    }
    match note.strip_prefix("已退款") {
        Some(refunded) => Ok((gross, Some(parse_minor(refunded.trim(), 2)?.min(gross)))),
        None => Ok((gross, None)),
    }
}

fn read_row(
    header: &Header,
    columns: &Columns,
    row: &Row,
    names: &mut Interner,
) -> Result<Transaction, Warning> {
    let cell = |c: Option<usize>| row.get(c);
    let written = cell(columns.time);
    let (time, has_time) = parse_time(written).ok_or_else(|| {
        header.cell_warning(row, columns.time, phrase!(m::CANNOT_READ_DATE, written, &m::DATE_ISO))
    })?;
    let amount_cell = cell(columns.amount);
    let (gross, refunded) = amount_and_refund(amount_cell).map_err(|problem| {
        header.cell_warning(
            row,
            columns.amount,
            phrase!(m::CANNOT_READ_AMOUNT, amount_cell, m::known(problem)),
        )
    })?;
    let item = cell(columns.item);
    let merchant = cell(columns.merchant);
    let way = cell(columns.way);
    let status = cell(columns.status);
    let method = cell(columns.method);
    let is_refund = item.starts_with("退款") || status.contains("退款成功");
    let (kind, direction, reason, refunded_minor) = match way {
        _ if gross == 0 => (Kind::Other, Direction::Neutral, Phrase::new(&r::BANK_ZERO), 0),
        "支出" | "不计收支" if refunded.is_some() => {
            let back = refunded.unwrap_or_default();
            let left = Money::cny(gross - back).display();
            let reason = if back >= gross {
                Phrase::new(&r::JD_FULLY_REFUNDED)
            } else {
                phrase!(r::JD_PARTLY_REFUNDED, Money::cny(back).display(), left)
            };
            (Kind::Expense, Direction::Out, reason, back)
        }
        "支出" => (Kind::Expense, Direction::Out, Phrase::new(&r::PAYMENT), 0),
        "收入" => (Kind::Income, Direction::In, Phrase::new(&r::INCOME), 0),
        // Already netted from the purchase's cell: marked applied so it is not linked again.
        _ if is_refund => (Kind::Refund, Direction::In, Phrase::new(&r::JD_REFUND), gross),
        "不计收支" | "" => (Kind::Other, Direction::Neutral, Phrase::new(&r::JD_NEUTRAL), 0),
        other => {
            return Err(header.cell_warning(
                row,
                columns.way,
                phrase!(m::CSV_DIRECTION, other, "支出", "收入"),
            ));
        }
    };
    // deg's rule: a `京东平台商户` purchase is named by the first word of its item.
    let counterparty = match item.split_whitespace().next() {
        Some(first) if merchant == "京东平台商户" && !is_refund && first.chars().count() <= 4 => {
            first
        }
        _ => merchant,
    };
    let provider_category = cell(columns.category);
    let category = match kind {
        Kind::Expense => match from_jd(provider_category) {
            Category::Other => from_text(merchant, &format!("{item} {provider_category}")),
            category => category,
        },
        _ => Category::Other,
    };
    Ok(Transaction {
        source: Source::Jd,
        row: row.line,
        time,
        has_time,
        amount: Money::cny(gross),
        direction,
        kind,
        reason,
        counterparty: names.get(counterparty),
        description: item.to_string(),
        category,
        provider_category: names.get(provider_category),
        method: names.get(method),
        account: names.get(""),
        counterparty_account: crate::intern::empty(),
        status: names.get(status),
        order_id: cell(columns.order).to_string(),
        refunded_minor,
    })
}

/// JD's own categories (`交易分类`, the first when several are listed) → the report's.
const JD_CATEGORIES: &[(&str, Category)] = &[
    ("食品", Category::Groceries),
    ("生鲜", Category::Groceries),
    ("酒饮", Category::Groceries),
    ("日用", Category::Groceries),
    ("服饰", Category::Shopping),
    ("鞋", Category::Shopping),
    ("箱包", Category::Shopping),
    ("美妆", Category::Shopping),
    ("家居", Category::Shopping),
    ("家电", Category::Digital),
    ("家用电器", Category::Digital),
    ("数码", Category::Digital),
    ("手机", Category::Digital),
    ("电脑", Category::Digital),
    ("图书", Category::EducationCulture),
    ("教育", Category::EducationCulture),
    ("医药", Category::Health),
    ("保健", Category::Health),
    ("运动", Category::Shopping),
    ("母婴", Category::Shopping),
    ("玩具", Category::Shopping),
    ("汽车", Category::Transport),
    ("充值缴费", Category::HousingUtilities),
    ("旅行", Category::Travel),
];

fn from_jd(category: &str) -> Category {
    let first = category.split_whitespace().next().unwrap_or_default();
    JD_CATEGORIES
        .iter()
        .find(|(word, _)| first.contains(word))
        .map_or(Category::Other, |(_, category)| *category)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refunds_written_in_the_amount_cell() {
        assert_eq!(amount_and_refund("10.20"), Ok((1020, None)));
        assert_eq!(amount_and_refund("131.77(已退款89.84)"), Ok((13177, Some(8984))));
        assert_eq!(amount_and_refund("468.32(已全额退款)"), Ok((46832, Some(46832))));
        assert_eq!(amount_and_refund("5.00(已退款9.00)"), Ok((500, Some(500))), "never more");
        assert!(amount_and_refund("abc").is_err());
    }
}
