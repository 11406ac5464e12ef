//! One bank CSV row → its transactions, by a [`Plan`]: the date, the signed amount and its
//! currency, the texts, the status (rows a bank marks as not booked are `Cancelled`), the kind
//! from [`kind_of`], the category (the bank's own column where there is one, else the text
//! rules), and a separate fee expense when a fee column holds one (Revolut).

use std::borrow::Cow;

use super::amounts::parse_amount;
use super::categories::from_bank;
use super::dates::{parse_date, parse_time};
use super::{AmountPlan, CurrencyPlan, PartyPlan, Plan};
use crate::choices::DateOrder;
use crate::classify::bank::BankRow;
use crate::classify::bank_cn::is_fee_reason;
use crate::classify::Memo;
use crate::error::{Position, Warning};
use crate::intern::Interner;
use crate::model::Category;
use crate::model::{Currency, Direction, Kind, Money, Source, Transaction};
use crate::parse::table::{unescape_html, Row};
use crate::phrase;
use crate::phrase::{messages as m, reasons as r, Arg, Phrase};

/// Reads one data row, and its fee as a second transaction; a row that cannot be read is a
/// warning naming the cell. Kinds and categories come from the file's `memo`, once per text.
pub(super) fn read_row(
    plan: &Plan,
    row: &Row,
    names: &mut Interner,
    memo: &mut Memo,
) -> Result<(Transaction, Option<Transaction>), Warning> {
    let (time, has_time) = read_date(plan, row)?;
    let currency = read_currency(plan, row)?;
    let decimals = currency.minor_digits();
    let signed = read_amount(plan, row, decimals)?;
    let signed = if plan.invert { signed.saturating_neg() } else { signed };
    let text = |index: Option<usize>| clean(plan, row.get(index));
    let description = match plan.description.as_slice() {
        // Most banks have one description column: its text as it is, one String for the row.
        [only] => text(Some(*only)).into_owned(),
        columns => columns
            .iter()
            .map(|&i| text(Some(i)))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    };
    let counterparty = match &plan.counterparty {
        PartyPlan::Columns(columns) => {
            columns.iter().map(|&i| text(Some(i))).find(|t| !t.is_empty()).unwrap_or_default()
        }
        PartyPlan::ByDirection { out, into } => text(Some(if signed < 0 { *out } else { *into })),
    };
    let counterparty = without_country_code(without_type_prefix(counterparty));
    // BOCOM credit: the way's word starts the text (`消费 美团`); the merchant is the rest.
    let counterparty = match &plan.amount {
        AmountPlan::Directed { direction, .. }
            if clean(plan, row.get(Some(*direction))) == counterparty =>
        {
            match counterparty.split_once(' ') {
                Some((_, rest)) if !rest.trim().is_empty() => Cow::Owned(rest.trim().to_string()),
                _ => counterparty,
            }
        }
        _ => counterparty,
    };
    let type_code = text(plan.type_code);
    let provider_category = text(plan.category);
    let status = text(plan.status.map(|(column, _)| column));
    let not_booked = plan
        .status
        .is_some_and(|(_, booked)| !booked.iter().any(|b| b.eq_ignore_ascii_case(&status)));

    let (kind, reason) = if not_booked {
        (Kind::Cancelled, not_booked_reason(plan, &status))
    } else {
        memo.kind_of(&BankRow {
            amount_minor: signed,
            type_code: &type_code,
            counterparty: &counterparty,
            description: &description,
            credit_card: plan.credit_card,
            hint: None,
        })
    };
    let direction = match (kind, signed.signum()) {
        (Kind::Cancelled, _) | (_, 0) => Direction::Neutral,
        (_, -1) => Direction::Out,
        _ => Direction::In,
    };
    let category = match from_bank(&provider_category) {
        _ if kind == Kind::Expense && is_fee_reason(&reason) => Category::Fees,
        Category::Other => memo.from_text(&counterparty, &description),
        category => category,
    };
    let account = match plan.account {
        Some(column) => row.get(Some(column)).trim_matches('"').trim().to_string(),
        None => plan.account_text.clone(),
    };
    let amount = signed.unsigned_abs();
    let base = Transaction {
        source: Source::BankCsv,
        row: row.line,
        time,
        has_time,
        amount: Money { minor: i64::try_from(amount).unwrap_or(i64::MAX), currency },
        direction,
        kind,
        reason,
        counterparty: names.get(&counterparty),
        description,
        category,
        provider_category: names.get(&provider_category),
        method: names.get(plan.bank.unwrap_or_default()),
        account: names.get(&account),
        status: names.get(&status),
        order_id: text(plan.order_id).into_owned(),
        refunded_minor: 0,
        counterparty_account: crate::intern::empty(),
    };
    let fee = read_fee(plan, row, decimals)?.map(|fee| fee_row(&base, fee, not_booked));
    Ok((base, fee))
}

fn warning(plan: &Plan, row: &Row, column: usize, message: Phrase) -> Warning {
    let name = plan.header.columns.get(column).map_or("", String::as_str);
    Warning {
        position: Position::cell(row.line, u32::try_from(column + 1).unwrap_or(u32::MAX), name),
        message,
    }
}

fn read_date(plan: &Plan, row: &Row) -> Result<(chrono::NaiveDateTime, bool), Warning> {
    let first = plan.dates.first().copied().unwrap_or(0);
    let column =
        plan.dates.iter().copied().find(|&i| !row.get(Some(i)).is_empty()).unwrap_or(first);
    let cell = row.get(Some(column));
    let example = match plan.date_order {
        Some(DateOrder::DayFirst) => &m::DATE_DAY_FIRST,
        Some(DateOrder::MonthFirst) => &m::DATE_MONTH_FIRST,
        None => &m::DATE_ISO,
    };
    let (date, mut has_time) = parse_date(cell, plan.date_order)
        .or_else(|| year_less(cell, plan.period))
        .ok_or_else(|| warning(plan, row, column, phrase!(m::CANNOT_READ_DATE, cell, example)))?;
    let mut time = date;
    if let Some(column) = plan.time {
        let cell = row.get(Some(column));
        if !cell.is_empty() {
            let clock = parse_time(cell).or_else(|| compact_time(cell)).ok_or_else(|| {
                warning(plan, row, column, phrase!(m::CANNOT_READ_TIME, cell, "14:05:09"))
            })?;
            time = date.date().and_time(clock);
            has_time = true;
        }
    }
    Ok((time, has_time))
}

/// `MM/DD` in a statement whose title names its month: the year is the title's, or the one
/// before for months after it (a January bill lists December's rows). cn-bank-formats.md §2b.
fn year_less(cell: &str, period: Option<(i32, u32)>) -> Option<(chrono::NaiveDateTime, bool)> {
    let (year, month_of_bill) = period?;
    let (month, day) = cell.trim().split_once('/')?;
    let (month, day): (u32, u32) = (month.parse().ok()?, day.parse().ok()?);
    let year = if month > month_of_bill { year - 1 } else { year };
    Some((chrono::NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(0, 0, 0)?, false))
}

/// A time written without colons, `HHMMSS` (ABC).
fn compact_time(cell: &str) -> Option<chrono::NaiveTime> {
    let cell = cell.trim();
    if cell.len() != 6 || !cell.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let part = |at: usize| cell.get(at..at + 2).and_then(|p| p.parse().ok());
    chrono::NaiveTime::from_hms_opt(part(0)?, part(2)?, part(4)?)
}

/// A currency cell as Chinese statements write it: an ISO code, a Chinese name (`人民币`), or
/// a code before the amount in the same cell (`CNY 12.34`, `CNY13.50`).
fn currency_in(cell: &str) -> Option<Currency> {
    let cell = cell.trim();
    let named = match cell {
        "人民币" | "人民币元" | "RMB" | "rmb" => Some("CNY"),
        "美元" | "美金" => Some("USD"),
        "日元" => Some("JPY"),
        "欧元" => Some("EUR"),
        "港币" | "港元" => Some("HKD"),
        "英镑" => Some("GBP"),
        "澳元" => Some("AUD"),
        "加元" => Some("CAD"),
        "新加坡元" => Some("SGD"),
        "韩元" => Some("KRW"),
        "泰铢" => Some("THB"),
        "瑞士法郎" => Some("CHF"),
        _ => None,
    };
    if let Some(code) = named {
        return Currency::from_code(code);
    }
    if let Some(currency) = Currency::from_code(cell) {
        return Some(currency);
    }
    let code = cell.get(..3)?;
    let rest = cell.get(3..)?;
    let amount_follows = rest.starts_with(|c: char| c == ' ' || c.is_ascii_digit() || c == '-');
    (code.bytes().all(|b| b.is_ascii_uppercase()) && amount_follows)
        .then(|| Currency::from_code(code))
        .flatten()
}

fn read_currency(plan: &Plan, row: &Row) -> Result<Currency, Warning> {
    match plan.currency {
        CurrencyPlan::Fixed(currency) => Ok(currency),
        CurrencyPlan::Column(column, fallback) => {
            let cell = row.get(Some(column));
            match (currency_in(cell), fallback) {
                (Some(currency), _) => Ok(currency),
                (None, Some(fallback)) if cell.is_empty() => Ok(fallback),
                _ => Err(warning(plan, row, column, phrase!(m::CANNOT_READ_CURRENCY, cell))),
            }
        }
    }
}

/// The signed amount in minor units: money out negative.
fn read_amount(plan: &Plan, row: &Row, decimals: u32) -> Result<i64, Warning> {
    let number = |column: usize| -> Result<i64, Warning> {
        let cell = row.get(Some(column));
        parse_amount(cell, plan.decimal, decimals).map_err(|problem| {
            warning(plan, row, column, phrase!(m::CANNOT_READ_AMOUNT, cell, m::known(problem)))
        })
    };
    match &plan.amount {
        AmountPlan::Signed(column) => number(*column),
        AmountPlan::Split { debit, credit } => {
            let (out_cell, in_cell) = (row.get(Some(*debit)), row.get(Some(*credit)));
            let out = if out_cell.is_empty() { 0 } else { number(*debit)?.abs() };
            let into = if in_cell.is_empty() { 0 } else { number(*credit)?.abs() };
            if out_cell.is_empty() && in_cell.is_empty() {
                return Err(warning(plan, row, *debit, Phrase::new(&m::CSV_NO_AMOUNT)));
            }
            Ok(into.saturating_sub(out))
        }
        AmountPlan::Directed { amount, direction, out, into } => {
            let magnitude = number(*amount)?.abs();
            let way = row.get(Some(*direction));
            // The value itself, or the first word of a longer text (BOCOM credit's `消费 美团`).
            let is = |values: &[String]| {
                values.iter().any(|v| {
                    v.eq_ignore_ascii_case(way)
                        || way.strip_prefix(v.as_str()).is_some_and(|rest| rest.starts_with(' '))
                })
            };
            if is(out) {
                Ok(-magnitude)
            } else if is(into) {
                Ok(magnitude)
            } else {
                Err(warning(
                    plan,
                    row,
                    *direction,
                    phrase!(m::CSV_DIRECTION, way, out.join("/"), into.join("/")),
                ))
            }
        }
    }
}

/// A non-zero fee cell, as a positive amount.
fn read_fee(plan: &Plan, row: &Row, decimals: u32) -> Result<Option<i64>, Warning> {
    let Some(column) = plan.fee else { return Ok(None) };
    let cell = row.get(Some(column));
    if cell.is_empty() {
        return Ok(None);
    }
    let fee = parse_amount(cell, plan.decimal, decimals).map_err(|problem| {
        warning(plan, row, column, phrase!(m::CANNOT_READ_FEE, cell, m::known(problem)))
    })?;
    Ok((fee != 0).then(|| fee.saturating_abs()))
}

fn fee_row(base: &Transaction, fee: i64, not_booked: bool) -> Transaction {
    let bank =
        if base.method.is_empty() { Arg::from(&r::THE_BANK) } else { Arg::from(&*base.method) };
    let (kind, direction, reason) = if not_booked {
        (Kind::Cancelled, Direction::Neutral, phrase!(r::CSV_FEE_NOT_BOOKED, bank))
    } else {
        (Kind::Expense, Direction::Out, phrase!(r::CSV_FEE, bank))
    };
    Transaction {
        amount: Money { minor: fee, currency: base.amount.currency },
        direction,
        kind,
        reason,
        description: if base.description.is_empty() {
            "fee".to_string()
        } else {
            format!("fee: {}", base.description)
        },
        category: Category::Fees,
        order_id: String::new(),
        ..base.clone()
    }
}

fn not_booked_reason(plan: &Plan, status: &str) -> Phrase {
    let column = plan
        .status
        .and_then(|(column, _)| plan.header.columns.get(column))
        .map_or(Arg::from(&r::STATUS), Arg::from);
    let shown = if status.is_empty() { Arg::from(&r::EMPTY) } else { Arg::from(status) };
    phrase!(r::CSV_NOT_BOOKED, column, shown)
}

/// A counterparty without the type word CGB writes before it in full-width parentheses,
/// `（消费）示例商户A` → `示例商户A` (the type stays in the type column), so that a refund
/// and its purchase name the same merchant.
fn without_type_prefix(text: Cow<'_, str>) -> Cow<'_, str> {
    let Some(rest) = text.strip_prefix('（') else { return text };
    match rest.split_once('）') {
        Some((word, name)) if word.chars().count() <= 4 && !name.trim().is_empty() => {
            Cow::Owned(name.trim().to_string())
        }
        _ => text,
    }
}

/// A counterparty without the country code BOC's converter glues onto Chinese merchant names,
/// `网银在线-京东商城业务CHN` → `网银在线-京东商城业务` (a Latin name keeps its `… USA`).
fn without_country_code(text: Cow<'_, str>) -> Cow<'_, str> {
    let cut = text.len().saturating_sub(3);
    let (Some(head), Some(code)) = (text.get(..cut), text.get(cut..)) else { return text };
    let glued = head.chars().next_back().is_some_and(|c| !c.is_ascii());
    if glued && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Cow::Owned(head.to_string())
    } else {
        text
    }
}

/// A text cell as a person should read it: `&amp;` decoded for banks that write HTML entities,
/// runs of padding spaces collapsed, a lone `-` placeholder empty. Borrowed from the cell when
/// it is already so (most cells): no String per cell.
fn clean<'a>(plan: &Plan, cell: &'a str) -> Cow<'a, str> {
    clean_text(cell, plan.html_entities)
}

fn clean_text(cell: &str, html_entities: bool) -> Cow<'_, str> {
    let cell = cell.trim_matches('"').trim();
    // Already collapsed: no whitespace but single spaces (the cell is trimmed).
    let mut space_before = false;
    let collapsed = cell.chars().all(|c| {
        let fine = !c.is_whitespace() || (c == ' ' && !space_before);
        space_before = c == ' ';
        fine
    });
    let collapsed: Cow<'_, str> = if collapsed {
        Cow::Borrowed(cell)
    } else {
        Cow::Owned(cell.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    // N26 writes "-" for an empty payment reference, BOC a run of dashes, ABC `--`.
    if !collapsed.is_empty() && collapsed.chars().all(|c| c == '-') {
        return Cow::Borrowed("");
    }
    if html_entities && collapsed.contains('&') {
        Cow::Owned(unescape_html(&collapsed))
    } else {
        collapsed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_borrows_only_what_is_already_clean() {
        // What clean_text gave before it borrowed: always a new, collapsed String.
        let plain = |cell: &str, html: bool| {
            let collapsed = cell.trim_matches('"').split_whitespace().collect::<Vec<_>>();
            let collapsed = collapsed.join(" ");
            if collapsed == "-" {
                String::new()
            } else if html && collapsed.contains('&') {
                unescape_html(&collapsed)
            } else {
                collapsed
            }
        };
        for cell in [
            "STARBUCKS STORE 1",
            "  padded  ",
            "two  spaces",
            "tab\there",
            "nbsp\u{a0}here",
            "全角\u{3000}空格",
            "\"quoted\"",
            "-",
            " - ",
            "AT&amp;T",
            "",
            "a\nb",
        ] {
            for html in [false, true] {
                let got = clean_text(cell, html);
                assert_eq!(got, plain(cell, html), "{cell:?}");
                // A new String only where whitespace is collapsed or an entity decoded.
                let rewritten =
                    ["two  spaces", "tab\there", "nbsp\u{a0}here", "全角\u{3000}空格", "a\nb"]
                        .contains(&cell)
                        || (html && cell == "AT&amp;T");
                assert_eq!(matches!(got, Cow::Owned(_)), rewritten, "{cell:?} {html}");
            }
        }
    }

    #[test]
    fn html_entities_as_chase_writes_them() {
        for (text, expected) in [
            ("AMAZON MKTPLACE PMTS &amp; CO", "AMAZON MKTPLACE PMTS & CO"),
            ("BEN &amp; JERRY&#39;S", "BEN & JERRY'S"),
            ("A &lt;B&gt; &quot;C&quot; &#x27;D&#x27;", "A <B> \"C\" 'D'"),
            ("AT&T", "AT&T"),
            ("R&D &unknown; &", "R&D &unknown; &"),
            ("&#99999999;", "&#99999999;"),
            ("", ""),
        ] {
            assert_eq!(unescape_html(text), expected, "{text:?}");
        }
    }
}
