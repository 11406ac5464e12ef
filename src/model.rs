//! The data every parser produces and every report reads: transactions, money, kinds, sources.
//! Data only; no parsing and no arithmetic policy lives here.

pub use crate::classify::Category;
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
    #[serde(rename = "alipay-2023")]
    Alipay2023,
    /// Alipay app export, "电子客户回单", 2021–2022 layout (`收/支` first).
    #[serde(rename = "alipay-2021")]
    Alipay2021,
    /// Alipay PC-web export "支付宝交易记录明细查询" (legacy, until 2022).
    #[serde(rename = "alipay-web")]
    AlipayWeb,
}

impl Source {
    /// The name a person reads in the page and in messages.
    pub fn display_name(self) -> &'static str {
        match self {
            Source::Alipay2023 => "Alipay app export (2023+ layout)",
            Source::Alipay2021 => "Alipay app export (2021–2022 layout)",
            Source::AlipayWeb => "Alipay PC-web export (支付宝交易记录明细查询)",
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

/// Which way money moved, from the account holder's view. For rows a provider marks as neither
/// income nor spending (Alipay `不计收支`), the parser still says which way the money went where it
/// can tell (a refund comes in, a repayment goes out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// Money left the user's account (Alipay `支出`, a negative bank amount).
    Out,
    /// Money came in (Alipay `收入`, a positive bank amount).
    In,
    /// No money moved (a cancelled order), or the way cannot be told.
    Neutral,
}

/// One row of a statement, with its meaning decided.
///
/// Serialises in the command line's contract shape (see [`TransactionJson`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transaction {
    /// The export the row came from.
    pub source: Source,
    /// The 1-based line of the row in the decoded file, as an editor shows it.
    pub row: u32,
    /// Wall-clock time as written in the statement (UTC+8 for Chinese exports); never shifted.
    pub time: NaiveDateTime,
    /// False when the statement gives only a date; `time` is then midnight.
    pub has_time: bool,
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
    /// Yearbook's report category.
    pub category: Category,
    /// The provider's own category (Alipay `交易分类`), empty when the export has none.
    pub provider_category: String,
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

impl Transaction {
    /// The amount signed from the user's view: money out negative, in positive, and zero when no
    /// money moved.
    pub fn signed_minor(&self) -> i64 {
        match self.direction {
            Direction::Out => -self.amount.minor,
            Direction::In => self.amount.minor,
            Direction::Neutral => 0,
        }
    }
}

/// The JSON shape of a transaction, fixed by the command-line contract (`yearbook parse
/// --json`) and shared by the page: `date`, `time`, signed `amount` in minor units, `currency`,
/// `counterparty`, `description`, `kind`, `category`, `reason`, then the details.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TransactionJson<'a> {
    date: String,
    time: Option<String>,
    amount: i64,
    currency: Currency,
    counterparty: &'a str,
    description: &'a str,
    kind: Kind,
    category: Category,
    reason: &'a str,
    spending: i64,
    row: u32,
    source: Source,
    provider_category: &'a str,
    method: &'a str,
    status: &'a str,
    order_id: &'a str,
}

impl Serialize for Transaction {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        TransactionJson {
            date: self.time.format("%Y-%m-%d").to_string(),
            time: self.has_time.then(|| self.time.format("%H:%M:%S").to_string()),
            amount: self.signed_minor(),
            currency: self.amount.currency,
            counterparty: &self.counterparty,
            description: &self.description,
            kind: self.kind,
            category: self.category,
            reason: &self.reason,
            spending: self.spending_minor,
            row: self.row,
            source: self.source,
            provider_category: &self.provider_category,
            method: &self.method,
            status: &self.status,
            order_id: &self.order_id,
        }
        .serialize(s)
    }
}
