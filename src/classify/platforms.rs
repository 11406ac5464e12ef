//! Cross-platform duplicates: a bank, card or wallet row that mirrors a JD (京东) or Meituan
//! (美团) bill row (cn-bank-formats.md §12). JD's own note 5 warns that paying by card "既产生
//! 京东交易也同步产生银行交易"; loaded together, the two files would count it twice. The platform
//! row wins, because it names the goods, the shop and the category; the mirror becomes
//! [`Kind::Duplicate`] and counts nothing, its reason naming the platform row.
//!
//! A row from any other source mirrors a platform row when its counterparty or description
//! names the platform or its payment company (JD: `京东`, `网银在线` — BOC's
//! `网银在线-京东商城…`, BOCOM's `消费 京东商城平台商户`; Meituan: `美团`, `钱袋宝`, `大众点评`,
//! `三快` — BOC's `钱袋宝支付-大众点评App美团…`, a WeChat row paid to `美团`), has the same amount
//! (JD's gross amount, as the bank booked it) and currency, moves money the same way (a JD
//! refund and the bank's `存入` both come in), and falls on the same day or the day before or
//! after. Matching is one-to-one, same-day pairs first, and only ever other → platform, so two
//! identical orders in one file stay two orders. This pass runs before the wallet pass of
//! `duplicates.rs`, which it does not change.

use crate::model::{Currency, Direction, Kind, Source, Transaction};
use crate::phrase::reasons as r;
use rustc_hash::FxHashMap;

/// How many days apart a mirror may be booked from the platform row.
const WINDOW_DAYS: i64 = 1;

/// The names a bank or wallet gives a payment to the platform of `source`.
fn names_of(source: Source) -> &'static [&'static str] {
    match source {
        Source::Jd => &["京东", "网银在线", "jd.com", "jingdong"],
        Source::Meituan => &["美团", "钱袋宝", "大众点评", "三快", "meituan"],
        _ => &[],
    }
}

fn is_platform(source: Source) -> bool {
    matches!(source, Source::Jd | Source::Meituan)
}

fn same_way(a: Direction, b: Direction) -> bool {
    a == b || a == Direction::Neutral || b == Direction::Neutral
}

/// Marks every row that mirrors a JD or Meituan row as [`Kind::Duplicate`]. Rows may come in
/// any order and from any number of files.
pub fn mark_platform_duplicates(transactions: &mut [Transaction]) {
    let mut platform_by_amount: FxHashMap<(Currency, i64), Vec<usize>> = FxHashMap::default();
    for (i, t) in transactions.iter().enumerate() {
        let counts = matches!(t.kind, Kind::Expense | Kind::Refund | Kind::Repayment);
        if is_platform(t.source) && counts && t.amount.minor != 0 {
            platform_by_amount.entry((t.amount.currency, t.amount.minor)).or_default().push(i);
        }
    }
    if platform_by_amount.is_empty() {
        return;
    }
    // Lower-cased once per candidate row; only rows that name some platform are candidates.
    let candidates: Vec<(usize, String)> = transactions
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            !is_platform(t.source) && !matches!(t.kind, Kind::Duplicate | Kind::Cancelled)
        })
        .map(|(i, t)| (i, format!("{} {}", t.counterparty, t.description).to_lowercase()))
        .filter(|(_, text)| {
            [Source::Jd, Source::Meituan]
                .iter()
                .any(|&s| names_of(s).iter().any(|n| text.contains(n)))
        })
        .collect();
    let mut used = vec![false; transactions.len()];
    let mut matched: Vec<(usize, usize)> = Vec::new();
    for gap in 0..=WINDOW_DAYS {
        for (m, text) in &candidates {
            if used[*m] {
                continue;
            }
            let mirror = &transactions[*m];
            let key = (mirror.amount.currency, mirror.amount.minor);
            let partner = platform_by_amount.get(&key).into_iter().flatten().copied().find(|&p| {
                let platform = &transactions[p];
                !used[p]
                    && names_of(platform.source).iter().any(|n| text.contains(n))
                    && same_way(mirror.direction, platform.direction)
                    && (mirror.time.date() - platform.time.date()).num_days().abs() == gap
            });
            if let Some(p) = partner {
                used[*m] = true;
                used[p] = true;
                matched.push((*m, p));
            }
        }
    }
    for (m, p) in matched {
        let reason =
            crate::phrase!(r::DUPLICATE, transactions[p].row, transactions[p].source.name());
        let row = &mut transactions[m];
        row.kind = Kind::Duplicate;
        row.reason = reason;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Money};
    use chrono::NaiveDate;

    fn row(
        source: Source,
        line: u32,
        day: u32,
        minor: i64,
        way: Direction,
        text: &str,
    ) -> Transaction {
        let time = NaiveDate::from_ymd_opt(2024, 12, day).and_then(|d| d.and_hms_opt(0, 0, 0));
        Transaction {
            source,
            row: line,
            time: time.unwrap_or_default(),
            has_time: false,
            amount: Money::cny(minor),
            direction: way,
            kind: if way == Direction::In { Kind::Refund } else { Kind::Expense },
            reason: crate::phrase::Phrase::new(&r::PAYMENT),
            counterparty: text.into(),
            description: String::new(),
            category: Category::Other,
            provider_category: crate::intern::empty(),
            method: crate::intern::empty(),
            account: crate::intern::empty(),
            counterparty_account: crate::intern::empty(),
            status: crate::intern::empty(),
            order_id: String::new(),
            refunded_minor: 0,
        }
    }

    fn kinds(rows: &[Transaction]) -> Vec<Kind> {
        rows.iter().map(|t| t.kind).collect()
    }

    use Direction::{In, Out};

    #[test]
    fn bank_rows_mirroring_jd_and_meituan_count_once_and_twins_stay() {
        let mut rows = vec![
            row(Source::Jd, 24, 28, 6090, Out, "牛肉丸"),
            row(Source::Jd, 25, 28, 8984, In, "京东平台商户"),
            row(Source::Meituan, 24, 18, 3550, Out, "某某烤肉"),
            // A JD-named row, read first, cannot take the Meituan order of its amount.
            row(Source::BankCsv, 8, 18, 3550, Out, "网银在线-京东"),
            // BOC credit, booked the day after; the refund comes in too.
            row(Source::BankCsv, 3, 29, 6090, Out, "网银在线-京东商城业务"),
            row(Source::BankCsv, 5, 28, 8984, In, "网银在线"),
            row(Source::BankCsv, 4, 18, 3550, Out, "钱袋宝支付-大众点评App美团"),
            // Same amount, but the bank row names another merchant: not a mirror.
            row(Source::BankCsv, 6, 28, 6090, Out, "某某超市"),
            // A second identical JD-named bank row: its partner is taken, so it stays.
            row(Source::BankCsv, 7, 29, 6090, Out, "网银在线-京东商城业务"),
        ];
        mark_platform_duplicates(&mut rows);
        use Kind::{Duplicate, Expense, Refund};
        assert_eq!(
            kinds(&rows),
            [Expense, Refund, Expense, Expense, Duplicate, Duplicate, Duplicate, Expense, Expense]
        );
        assert_eq!(
            rows[4].reason,
            "same payment as row 24 of the JD bill export (京东账单): counted there"
        );
    }

    #[test]
    fn a_wechat_row_paying_meituan_is_the_mirror_not_the_order() {
        let mut rows = vec![
            row(Source::WechatCsv, 30, 10, 2000, Out, "美团"),
            row(Source::Meituan, 22, 10, 2000, Out, "美团商家代金券-123456"),
        ];
        mark_platform_duplicates(&mut rows);
        assert_eq!(kinds(&rows), [Kind::Duplicate, Kind::Expense]);
    }
}
