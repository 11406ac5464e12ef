//! A terse builder for the report's unit tests: `tx("2024-02-29 13:05", 1250).from("瑞幸咖啡")
//! .cat(Category::Dining)` is a ¥12.50 coffee expense. Test-only.

use crate::model::{Category, Currency, Direction, Kind, Money, Source, Transaction};
use chrono::{NaiveDate, NaiveDateTime};

/// An expense of `minor` 分 at `when` (`YYYY-MM-DD` without a time, or `YYYY-MM-DD HH:MM`),
/// counted in full as spending, CNY, category Other, no counterparty.
pub(crate) fn tx(when: &str, minor: i64) -> Transaction {
    let (time, has_time) = match NaiveDateTime::parse_from_str(when, "%Y-%m-%d %H:%M") {
        Ok(time) => (time, true),
        Err(_) => {
            let date = NaiveDate::parse_from_str(when, "%Y-%m-%d").expect("test date");
            (date.and_hms_opt(0, 0, 0).expect("midnight"), false)
        }
    };
    Transaction {
        source: Source::Alipay2023,
        row: 0,
        time,
        has_time,
        amount: Money::cny(minor),
        direction: Direction::Out,
        kind: Kind::Expense,
        reason: crate::phrase::Phrase::new(&crate::phrase::reasons::PAYMENT),
        counterparty: crate::intern::empty(),
        description: String::new(),
        category: Category::Other,
        provider_category: crate::intern::empty(),
        method: crate::intern::empty(),
        account: crate::intern::empty(),
        status: crate::intern::empty(),
        order_id: String::new(),
        refunded_minor: 0,
        counterparty_account: crate::intern::empty(),
    }
}

/// Builder steps on a test transaction.
pub(crate) trait Tx: Sized {
    /// Another kind: income and refunds come in, nothing but expenses counts as spending.
    fn kind(self, kind: Kind) -> Self;
    /// The counterparty.
    fn from(self, counterparty: &str) -> Self;
    /// The item description.
    fn item(self, description: &str) -> Self;
    /// The category.
    fn cat(self, category: Category) -> Self;
    /// What still counts as spending after refunds.
    fn spent(self, minor: i64) -> Self;
    /// Another currency.
    fn currency(self, currency: Currency) -> Self;
    /// The file row.
    fn row(self, row: u32) -> Self;
}

impl Tx for Transaction {
    fn kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self.direction = match kind {
            Kind::Income | Kind::Refund => Direction::In,
            Kind::Cancelled => Direction::Neutral,
            _ => Direction::Out,
        };
        self
    }
    fn from(mut self, counterparty: &str) -> Self {
        self.counterparty = counterparty.into();
        self
    }
    fn item(mut self, description: &str) -> Self {
        self.description = description.to_string();
        self
    }
    fn cat(mut self, category: Category) -> Self {
        self.category = category;
        self
    }
    fn spent(mut self, minor: i64) -> Self {
        self.refunded_minor = self.amount.minor - minor;
        self
    }
    fn currency(mut self, currency: Currency) -> Self {
        self.amount.currency = currency;
        self
    }
    fn row(mut self, row: u32) -> Self {
        self.row = row;
        self
    }
}

/// References to a list of transactions, as the sections take them.
pub(crate) fn refs(transactions: &[Transaction]) -> Vec<&Transaction> {
    transactions.iter().collect()
}
