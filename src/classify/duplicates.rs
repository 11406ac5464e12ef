//! Cross-file duplicates: a bank or card row that mirrors a payment already read from an Alipay
//! or WeChat Pay export. Alipay's own note 3 warns that a card-funded payment "也同步产生银行交易"
//! (statement-formats.md §4): loaded together, the two files would count it twice.
//!
//! A bank row is a duplicate when its counterparty or description names the wallet (支付宝,
//! 财付通, 微信, Alipay, Tenpay, WeChat, WEIXIN) and a wallet row has the same amount and
//! currency, moves money the same way, and falls on the same day or the day before or after
//! (dates only: bank rows rarely have times). Matching is one-to-one and only ever bank → wallet,
//! so two identical coffees in one file stay two coffees. The wallet row keeps the payment; the
//! bank row becomes [`Kind::Duplicate`] and counts nothing.

use crate::model::{Currency, Direction, Kind, Source, Transaction};
use crate::phrase::reasons as r;
use rustc_hash::FxHashMap;

/// Names a bank statement gives a payment made through a wallet (case-insensitive).
const WALLET_NAMES: &[&str] = &["支付宝", "财付通", "微信", "alipay", "tenpay", "wechat", "weixin"];

/// How many days apart a bank row may be booked from the wallet payment it mirrors.
const WINDOW_DAYS: i64 = 1;

/// True for the wallet exports, whose rows carry the real merchant and item.
fn is_wallet(source: Source) -> bool {
    matches!(
        source,
        Source::Alipay2023
            | Source::Alipay2021
            | Source::AlipayWeb
            | Source::WechatCsv
            | Source::WechatXlsx
    )
}

fn names_wallet(transaction: &Transaction) -> bool {
    let text = format!("{} {}", transaction.counterparty, transaction.description).to_lowercase();
    WALLET_NAMES.iter().any(|name| text.contains(name))
}

fn same_way(a: Direction, b: Direction) -> bool {
    a == b || a == Direction::Neutral || b == Direction::Neutral
}

/// Marks every bank row that mirrors a wallet row as [`Kind::Duplicate`], with no spending and a
/// reason naming the wallet row. Rows may come in any order and from any number of files.
pub fn mark_duplicates(transactions: &mut [Transaction]) {
    // Every wallet row goes in: a fast hash (docs/benchmarks.md).
    let mut wallet_by_amount: FxHashMap<(Currency, i64), Vec<usize>> = FxHashMap::default();
    for (i, t) in transactions.iter().enumerate() {
        if is_wallet(t.source)
            && !matches!(t.kind, Kind::Cancelled | Kind::Duplicate)
            && t.amount.minor != 0
        {
            wallet_by_amount.entry((t.amount.currency, t.amount.minor)).or_default().push(i);
        }
    }
    if wallet_by_amount.is_empty() {
        return;
    }
    let bank: Vec<usize> = (0..transactions.len())
        .filter(|&i| {
            let t = &transactions[i];
            !is_wallet(t.source)
                && !matches!(t.kind, Kind::Duplicate | Kind::Cancelled)
                && names_wallet(t)
        })
        .collect();
    let mut used = vec![false; transactions.len()];
    let mut matched: Vec<(usize, usize)> = Vec::new();
    // Same-day pairs first, so a row a day off never takes the partner of an exact one.
    for gap in 0..=WINDOW_DAYS {
        for &b in &bank {
            if used[b] {
                continue;
            }
            let row = &transactions[b];
            let candidates = wallet_by_amount.get(&(row.amount.currency, row.amount.minor));
            let partner = candidates.into_iter().flatten().copied().find(|&w| {
                let wallet = &transactions[w];
                !used[w]
                    && same_way(row.direction, wallet.direction)
                    && (row.time.date() - wallet.time.date()).num_days().abs() == gap
            });
            if let Some(w) = partner {
                used[b] = true;
                used[w] = true;
                matched.push((b, w));
            }
        }
    }
    for (b, w) in matched {
        let reason =
            crate::phrase!(r::DUPLICATE, transactions[w].row, transactions[w].source.name());
        let row = &mut transactions[b];
        // A duplicate counts nothing: spending follows the kind.
        row.kind = Kind::Duplicate;
        row.reason = reason;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Money};
    use chrono::NaiveDate;

    fn row(source: Source, row: u32, day: u32, minor: i64, counterparty: &str) -> Transaction {
        let time = NaiveDate::from_ymd_opt(2024, 3, day).and_then(|d| d.and_hms_opt(12, 0, 0));
        Transaction {
            source,
            row,
            time: time.unwrap_or_default(),
            has_time: source != Source::Ofx,
            amount: Money::cny(minor),
            direction: Direction::Out,
            kind: Kind::Expense,
            reason: crate::phrase::Phrase::new(&crate::phrase::reasons::PAYMENT),
            counterparty: counterparty.into(),
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

    fn kinds(transactions: &[Transaction]) -> Vec<Kind> {
        transactions.iter().map(|t| t.kind).collect()
    }

    #[test]
    fn a_mirrored_bank_row_is_marked_and_names_the_wallet_row() {
        let mut rows = vec![
            row(Source::Alipay2023, 42, 10, 2816, "云膳过桥米线"),
            row(Source::Ofx, 7, 10, 2816, "支付宝-云膳过桥米线"),
        ];
        mark_duplicates(&mut rows);
        assert_eq!(kinds(&rows), [Kind::Expense, Kind::Duplicate]);
        assert_eq!(rows[1].spending_minor(), 0);
        assert_eq!(rows[0].spending_minor(), 2816, "the wallet row keeps the payment");
        assert_eq!(
            rows[1].reason,
            "same payment as row 42 of the Alipay app export (2023+ layout): counted there"
        );
    }

    #[test]
    fn genuine_twins_in_one_file_are_never_merged() {
        let mut rows = vec![
            row(Source::WechatCsv, 20, 10, 1500, "咖啡店"),
            row(Source::WechatCsv, 21, 10, 1500, "咖啡店"),
            // One bank row mirrors one of them; the other coffee stays.
            row(Source::Qif, 3, 10, 1500, "财付通 TENPAY"),
            // Two coffees in one bank file with no wallet partner left: both stay.
            row(Source::Ofx, 8, 10, 900, "STARBUCKS"),
            row(Source::Ofx, 9, 10, 900, "STARBUCKS"),
        ];
        mark_duplicates(&mut rows);
        assert_eq!(
            kinds(&rows),
            [Kind::Expense, Kind::Expense, Kind::Duplicate, Kind::Expense, Kind::Expense]
        );
        assert!(
            rows[2].reason.to_string().contains("row 20 of the WeChat Pay CSV export"),
            "{}",
            rows[2].reason
        );
    }

    #[test]
    fn one_to_one_two_bank_rows_one_wallet_row() {
        let mut rows = vec![
            row(Source::Alipay2023, 30, 10, 5000, "超市"),
            row(Source::Ofx, 4, 10, 5000, "ALIPAY*SUPERMARKET"),
            row(Source::Ofx, 5, 10, 5000, "ALIPAY*SUPERMARKET"),
        ];
        mark_duplicates(&mut rows);
        assert_eq!(kinds(&rows), [Kind::Expense, Kind::Duplicate, Kind::Expense]);
    }

    #[test]
    fn what_is_not_a_duplicate() {
        let cases: &[(&str, Transaction, Transaction)] = &[
            (
                "no wallet counterpart at all",
                row(Source::Alipay2023, 1, 10, 2000, "书店"),
                row(Source::Ofx, 2, 10, 3100, "支付宝"),
            ),
            (
                "one fen apart",
                row(Source::Alipay2023, 1, 10, 2816, "米线"),
                row(Source::Ofx, 2, 10, 2817, "支付宝"),
            ),
            (
                "two days apart",
                row(Source::Alipay2023, 1, 10, 2816, "米线"),
                row(Source::Ofx, 2, 12, 2816, "支付宝"),
            ),
            (
                "the bank row does not name a wallet",
                row(Source::Alipay2023, 1, 10, 2816, "米线"),
                row(Source::Ofx, 2, 10, 2816, "MCDONALD'S"),
            ),
            (
                "another currency",
                row(Source::Alipay2023, 1, 10, 2816, "米线"),
                Transaction {
                    amount: Money { minor: 2816, currency: Currency::USD },
                    ..row(Source::Ofx, 2, 10, 2816, "ALIPAY")
                },
            ),
            (
                "money moving the other way",
                row(Source::Alipay2023, 1, 10, 2816, "米线"),
                Transaction { direction: Direction::In, ..row(Source::Ofx, 2, 10, 2816, "ALIPAY") },
            ),
        ];
        for (why, wallet, bank) in cases {
            let mut rows = vec![wallet.clone(), bank.clone()];
            mark_duplicates(&mut rows);
            assert_eq!(kinds(&rows), [Kind::Expense, Kind::Expense], "{why}");
            assert_eq!(rows[1].spending_minor(), bank.spending_minor(), "{why}");
        }
    }

    #[test]
    fn one_day_either_way_matches() {
        for bank_day in [9, 10, 11] {
            let mut rows = vec![
                row(Source::WechatXlsx, 19, 10, 2816, "米线"),
                row(Source::Ofx, 2, bank_day, 2816, "WEIXIN PAY"),
            ];
            mark_duplicates(&mut rows);
            assert_eq!(rows[1].kind, Kind::Duplicate, "bank row on day {bank_day}");
        }
    }

    #[test]
    fn the_same_day_partner_wins_over_one_a_day_off() {
        // Bank row A (day 10) could take either wallet row, B (day 12) only the day-11 one.
        // The exact-day pass pairs A with the day-10 row, leaving the day-11 row for B.
        let mut rows = vec![
            row(Source::Alipay2023, 40, 11, 1000, "便利店"),
            row(Source::Alipay2023, 41, 10, 1000, "便利店"),
            row(Source::Ofx, 2, 10, 1000, "支付宝"),
            row(Source::Ofx, 3, 12, 1000, "支付宝"),
        ];
        mark_duplicates(&mut rows);
        assert_eq!(kinds(&rows)[2..], [Kind::Duplicate, Kind::Duplicate]);
        assert!(rows[2].reason.to_string().contains("row 41"), "{}", rows[2].reason);
        assert!(rows[3].reason.to_string().contains("row 40"), "{}", rows[3].reason);
    }
}
