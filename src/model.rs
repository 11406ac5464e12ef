//! The data every parser produces and every report reads: transactions, money, kinds, sources.
//! Data only; no parsing and no arithmetic policy lives here.

mod category;

pub use crate::intern::Shared;
pub use crate::money::{Currency, Money};
pub use category::Category;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// Which export a transaction was read from. Spelled the same as the parser module.
/// (Deserialize: the report, which names rows by source, comes back from the page. Ordered as
/// declared, which is the order messages list the formats in.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    /// WeChat Pay "微信支付账单明细" CSV export (until about 2025-07).
    #[serde(rename = "wechat-csv")]
    WechatCsv,
    /// WeChat Pay "微信支付账单明细" XLSX export (about 2025-07 onward).
    #[serde(rename = "wechat-xlsx")]
    WechatXlsx,
    /// A JD (京东) bill export.
    #[serde(rename = "jd")]
    Jd,
    /// A Meituan (美团) bill export.
    #[serde(rename = "meituan")]
    Meituan,
    /// An OFX bank or credit-card download, also delivered as QFX (Quicken) or QBO (QuickBooks).
    #[serde(rename = "ofx")]
    Ofx,
    /// A Quicken Interchange Format (QIF) export.
    #[serde(rename = "qif")]
    Qif,
    /// An ISO 20022 bank statement in XML: camt.053, or the camt.052 report and camt.054
    /// notification that share its entries.
    #[serde(rename = "camt")]
    Camt,
    /// A SWIFT MT940 bank statement (`.sta`, `.940`).
    #[serde(rename = "mt940")]
    Mt940,
    /// A bank's old Excel export (`.xls`, BIFF8, or an HTML table so named): CITIC, SPDB, CCB.
    #[serde(rename = "bank-xls")]
    BankXls,
    /// A bank's CSV export: a known bank by its header row, or any table of dates and amounts
    /// (the bank's name is in each row's `method`).
    #[serde(rename = "bank-csv")]
    BankCsv,
}

impl Source {
    /// The name a person reads in the page and in messages, in English.
    pub fn display_name(self) -> &'static str {
        self.name().en
    }

    /// The name in English and Chinese (`phrase::messages`).
    pub fn name(self) -> &'static crate::phrase::Template {
        use crate::phrase::messages as m;
        match self {
            Source::Alipay2023 => &m::SOURCE_ALIPAY_2023,
            Source::Alipay2021 => &m::SOURCE_ALIPAY_2021,
            Source::AlipayWeb => &m::SOURCE_ALIPAY_WEB,
            Source::WechatCsv => &m::SOURCE_WECHAT_CSV,
            Source::WechatXlsx => &m::SOURCE_WECHAT_XLSX,
            Source::Ofx => &m::SOURCE_OFX,
            Source::Qif => &m::SOURCE_QIF,
            Source::Camt => &m::SOURCE_CAMT,
            Source::Mt940 => &m::SOURCE_MT940,
            Source::BankCsv => &m::SOURCE_BANK_CSV,
            Source::BankXls => &m::SOURCE_BANK_XLS,
            Source::Jd => &m::SOURCE_JD,
            Source::Meituan => &m::SOURCE_MEITUAN,
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
    /// The same payment already read from another file (a bank row mirroring an Alipay or
    /// WeChat payment); counted once, there.
    Duplicate,
    /// A row the classifier cannot place; shown, never counted.
    Other,
}

impl Kind {
    /// The kind's name as a group of rows ("Refunds" / "退款"), in `phrase::names`.
    pub fn name(self) -> &'static crate::phrase::Template {
        use crate::phrase::names as n;
        match self {
            Kind::Expense => &n::KIND_EXPENSE,
            Kind::Income => &n::KIND_INCOME,
            Kind::Refund => &n::KIND_REFUND,
            Kind::Transfer => &n::KIND_TRANSFER,
            Kind::Investment => &n::KIND_INVESTMENT,
            Kind::Repayment => &n::KIND_REPAYMENT,
            Kind::Cancelled => &n::KIND_CANCELLED,
            Kind::Duplicate => &n::KIND_DUPLICATE,
            Kind::Other => &n::KIND_OTHER,
        }
    }
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

impl Direction {
    /// The direction of a signed amount from the user's view: negative out, positive in, zero
    /// neutral.
    pub fn of_signed(minor: i64) -> Direction {
        match minor.cmp(&0) {
            std::cmp::Ordering::Less => Direction::Out,
            std::cmp::Ordering::Equal => Direction::Neutral,
            std::cmp::Ordering::Greater => Direction::In,
        }
    }
}

/// One row of a statement, with its meaning decided.
///
/// Texts that repeat from row to row (counterparty, provider category, method, account,
/// status) are [`Shared`]: one allocation per distinct text in a file, not one per row.
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
    /// Why it got that kind, in words a person understands, in English and Chinese.
    pub reason: crate::phrase::Phrase,
    /// The other side: merchant, person or institution.
    pub counterparty: Shared,
    /// The item or description.
    pub description: String,
    /// Yearbook's report category.
    pub category: Category,
    /// The provider's own category (Alipay `交易分类`), empty when the export has none.
    pub provider_category: Shared,
    /// How it was paid (`余额`, `花呗`, a card), empty when unknown.
    pub method: Shared,
    /// The user's own account the row belongs to (an IBAN, a card, an OFX ACCTID), empty when
    /// the export names none.
    pub account: Shared,
    /// The provider's status text (`交易成功`, `退款成功`, …).
    pub status: Shared,
    /// The provider's order or transaction id, trimmed (OFX `FITID`, camt `AcctSvcrRef`, …).
    pub order_id: String,
    /// The other side's account as the statement gives it (camt `CdtrAcct`/`DbtrAcct`, MT940
    /// `:86:` ?31, OFX `BANKACCTTO`), empty when it names none: one of the person's own
    /// accounts makes the row a transfer (`classify::own_accounts`).
    pub counterparty_account: Shared,
    /// How much of this row linked refunds have netted, in minor units; 0 as read. What counts
    /// as spending is derived from it, the kind and the amount ([`Transaction::spending_minor`]),
    /// so no reader and no later step can make a transfer count, or a refund count twice.
    pub refunded_minor: i64,
}

impl Transaction {
    /// The net amount that counts as spending, in minor units: for an `Expense`, its amount less
    /// what linked refunds have netted (never below zero); for every other kind, nothing.
    pub fn spending_minor(&self) -> i64 {
        match self.kind {
            Kind::Expense => {
                let amount = self.amount.minor.max(0);
                amount - self.refunded_minor.clamp(0, amount)
            }
            _ => 0,
        }
    }

    /// Nets up to `refund` minor units of a refund against this row's spending and returns
    /// how much it netted (nothing for a row that is not an expense, never more than is left).
    pub fn net_refund(&mut self, refund: i64) -> i64 {
        let netted = refund.clamp(0, self.spending_minor());
        self.refunded_minor += netted;
        netted
    }

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
    reason: String,
    spending: i64,
    account: &'a str,
    row: u32,
    source: Source,
    provider_category: &'a str,
    method: &'a str,
    status: &'a str,
    order_id: &'a str,
}

impl Transaction {
    /// The contract shape with the reason in `lang` (`yearbook parse --json --lang zh`).
    pub fn to_json(&self, lang: crate::lang::Lang) -> TransactionJson<'_> {
        TransactionJson {
            date: self.time.format("%Y-%m-%d").to_string(),
            time: self.has_time.then(|| self.time.format("%H:%M:%S").to_string()),
            amount: self.signed_minor(),
            currency: self.amount.currency,
            counterparty: &self.counterparty,
            description: &self.description,
            kind: self.kind,
            category: self.category,
            reason: self.reason.render(lang),
            spending: self.spending_minor(),
            account: &self.account,
            row: self.row,
            source: self.source,
            provider_category: &self.provider_category,
            method: &self.method,
            status: &self.status,
            order_id: &self.order_id,
        }
    }
}

/// The contract shape, the reason in English.
impl Serialize for Transaction {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json(crate::lang::Lang::En).serialize(s)
    }
}
