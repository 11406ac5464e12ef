//! The data every parser produces and every report reads: transactions, money, kinds, sources.
//! Data only; no parsing and no arithmetic policy lives here.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// An amount of money in integer minor units (分 for CNY, cents for EUR/USD). In a
/// [`Transaction`] it is the magnitude as written (never negative); [`Direction`] says which way
/// the money went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// Minor units: 1234 CNY means ¥12.34.
    pub minor: i64,
    /// The currency the amount is written in.
    pub currency: Currency,
}

impl Money {
    /// Money in Chinese yuan, from 分.
    pub fn cny(minor: i64) -> Money {
        Money { minor, currency: Currency::Cny }
    }
}

/// The currencies Yearbook knows by name; statements in others keep their ISO code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    /// Chinese yuan renminbi, the currency of every Alipay and WeChat Pay statement.
    Cny,
}

impl Currency {
    /// The symbol written before an amount.
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Cny => "¥",
        }
    }

    /// Minor units per major unit (100 分 per 元).
    pub fn minor_per_major(self) -> i64 {
        match self {
            Currency::Cny => 100,
        }
    }
}

/// Which export a transaction was read from. Spelled the same as the parser module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Alipay app export, "电子客户回单", 2023+ layout (`交易时间` first).
    Alipay2023,
}

impl Source {
    /// The name a person reads in the page and in messages.
    pub fn display_name(self) -> &'static str {
        match self {
            Source::Alipay2023 => "Alipay app export (2023+ layout)",
        }
    }
}

/// What a row means for the annual report. Only `Expense` counts as spending and only `Income`
/// as income; everything else is shown in the reconciliation with its reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// Money paid for goods or services.
    Expense,
    /// Money received that is the user's gain (salary, gifts, red packets received).
    Income,
    /// Money returned for an earlier purchase; it nets that purchase, never counts as income.
    Refund,
    /// Money moved between the user's own accounts (余额宝, top-ups, withdrawals).
    Transfer,
    /// Buying or selling funds, or their yield.
    Investment,
    /// Paying back credit (花呗, credit cards): the purchases were already counted.
    Repayment,
    /// An order that was closed with no money moving.
    Cancelled,
    /// A row the classifier cannot place; shown, never counted.
    Other,
}

/// Which way money moved, from the account holder's view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// Money left the user's account (Alipay `支出`, a negative bank amount).
    Out,
    /// Money came in (Alipay `收入`, a positive bank amount).
    In,
    /// The provider marks the row as neither (Alipay `不计收支`, WeChat `/`).
    Neutral,
}

/// One row of a statement, with its meaning decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Transaction {
    /// The export the row came from.
    pub source: Source,
    /// The 1-based line of the row in the decoded file, as an editor shows it.
    pub row: u32,
    /// Wall-clock time as written in the statement (UTC+8 for Chinese exports); never shifted.
    #[serde(serialize_with = "serialize_time")]
    pub time: NaiveDateTime,
    /// The amount as written, never negative.
    pub amount: Money,
    /// Which way the money went, as the statement says.
    pub direction: Direction,
    /// What the row means for the report.
    pub kind: Kind,
    /// Why it got that kind, in words a person understands.
    pub reason: String,
    /// The other side: merchant, person or institution.
    pub counterparty: String,
    /// The item or description.
    pub description: String,
    /// The provider's own category (Alipay `交易分类`), empty when the export has none.
    pub category: String,
    /// How it was paid (`余额`, `花呗`, a card), empty when unknown.
    pub method: String,
    /// The provider's status text (`交易成功`, `退款成功`, …).
    pub status: String,
    /// The provider's order or transaction id, trimmed.
    pub order_id: String,
    /// Net amount that counts as spending, in minor units, after linked refunds (≥ 0). Only
    /// non-zero for `Expense`.
    pub spending_minor: i64,
}

fn serialize_time<S: serde::Serializer>(time: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&time.format("%Y-%m-%d %H:%M:%S"))
}
