//! Repeated and overlapping exports: the same statement row read from more than one file (an
//! export and its copy under another name; Jan–Jun and then the whole year of one account).
//! Files are combined as a *multiset union per source account*: a row that several files hold
//! counts once, while identical rows inside one file all count (two coffees at the same minute
//! are two coffees). A row of a later file is a repeat when an earlier file holds a row with the
//! same [`key`] that no other row of the later file has already been paired with; it becomes
//! [`Kind::Duplicate`] with a reason naming the row and file it repeats, so it counts nothing
//! and "What counts" lists it. Which copy is kept depends on the files' order; the totals never
//! do: the kept copy takes the larger of the two copies' refunds netted.
//!
//! The key is where the row comes from (the provider, Alipay's and WeChat Pay's layouts taken
//! as one) and the person's account as the file names it, then either the provider's order or
//! transaction id with the signed amount and currency (Alipay `交易订单号`, WeChat `交易单号`,
//! OFX `FITID`, camt `AcctSvcrRef`, a bank CSV's id column), which then decides alone; or, for
//! a format or row with no id, the date and time, signed amount, currency, counterparty and
//! description. QIF check numbers and MT940 bank references are not ids here: banks reuse them.
//!
//! This step runs before `duplicates.rs` (a bank row mirroring a wallet payment), which is a
//! different question: the same payment seen by two providers, not the same row read twice.

use crate::model::{Currency, Direction, Kind, Source, Transaction};
use crate::phrase::{reasons as r, Arg};
use chrono::NaiveDateTime;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// One file's rows in the combined list, and its name for the reasons.
#[derive(Debug, Clone)]
pub struct FileRows<'a> {
    /// The file's name as the person chose it.
    pub name: &'a str,
    /// Where its rows are in the combined list.
    pub rows: Range<usize>,
}

/// How many rows of a file were already read from an earlier file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlreadyIn {
    /// The earlier file's index among the files given to [`mark_repeats`].
    pub file: usize,
    /// How many of this file's rows it already held.
    pub rows: u32,
}

/// Ids some banks write when there is none.
const NO_ID: &[&str] = &["NONREF", "NOTPROVIDED", "NOT PROVIDED", "NONE", "N/A", "/", "-", "0"];

/// The provider a row comes from, with the layouts of one provider taken as one.
fn provider(source: Source) -> u8 {
    match source {
        Source::Alipay2023 | Source::Alipay2021 | Source::AlipayWeb => 0,
        Source::WechatCsv | Source::WechatXlsx => 1,
        other => 2 + other as u8,
    }
}

/// Whether the source's `order_id` identifies a row (QIF check numbers and MT940 references
/// are reused by banks, so those rows are matched by their content).
fn has_ids(source: Source) -> bool {
    !matches!(source, Source::Qif | Source::Mt940)
}

/// What makes two rows of different files the same row.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Key<'a> {
    /// The provider's id decides, with the amount (a refund may share its purchase's order id).
    Id { provider: u8, account: &'a str, id: &'a str, signed: i64, currency: Currency },
    /// No id: everything the row says.
    Content {
        provider: u8,
        account: &'a str,
        time: NaiveDateTime,
        signed: i64,
        direction: Direction,
        currency: Currency,
        counterparty: &'a str,
        description: &'a str,
    },
}

fn key(t: &Transaction) -> Key<'_> {
    let provider = provider(t.source);
    let account = t.account.trim();
    let id = t.order_id.trim();
    let signed = t.signed_minor();
    if has_ids(t.source) && !id.is_empty() && !NO_ID.iter().any(|no| no.eq_ignore_ascii_case(id)) {
        return Key::Id { provider, account, id, signed, currency: t.amount.currency };
    }
    Key::Content {
        provider,
        account,
        time: t.time,
        signed,
        direction: t.direction,
        currency: t.amount.currency,
        counterparty: t.counterparty.trim(),
        description: t.description.trim(),
    }
}

/// Marks every row that an earlier file already holds as [`Kind::Duplicate`] (see the module's
/// documentation) and returns, per file, which earlier files held how many of its rows.
/// Nothing happens with fewer than two files holding rows. Never panics: a range outside
/// `transactions` is read as far as it goes.
pub fn mark_repeats(
    transactions: &mut [Transaction],
    files: &[FileRows<'_>],
) -> Vec<Vec<AlreadyIn>> {
    let mut already: Vec<Vec<AlreadyIn>> = vec![Vec::new(); files.len()];
    if files.iter().filter(|f| !f.rows.is_empty()).count() < 2 {
        return already;
    }
    let within = |range: &Range<usize>| {
        range.start.min(transactions.len())..range.end.min(transactions.len())
    };
    // (repeat, kept, kept's file)
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    {
        let rows: &[Transaction] = transactions;
        let mut kept: FxHashMap<Key<'_>, Vec<(usize, usize)>> = FxHashMap::default();
        for (f, file) in files.iter().enumerate() {
            let mut seen: FxHashMap<Key<'_>, usize> = FxHashMap::default();
            let mut new: Vec<(Key<'_>, usize)> = Vec::new();
            for i in within(&file.rows) {
                let k = key(&rows[i]);
                let nth = seen.entry(k).or_insert(0);
                let j = *nth;
                *nth += 1;
                match kept.get(&key(&rows[i])).and_then(|earlier| earlier.get(j)) {
                    Some(&(at, from)) => pairs.push((i, at, from)),
                    None => new.push((key(&rows[i]), i)),
                }
            }
            for (k, i) in new {
                kept.entry(k).or_default().push((i, f));
            }
        }
    }
    for (repeat, at, from) in pairs {
        let refunded = transactions[repeat].refunded_minor;
        let Some(file) = files.get(from) else { continue };
        let kept = &mut transactions[at];
        kept.refunded_minor = kept.refunded_minor.max(refunded);
        let reason = crate::phrase!(r::REPEATED, kept.row, Arg::Same(file.name.to_string()));
        let row = &mut transactions[repeat];
        row.kind = Kind::Duplicate;
        row.reason = reason;
        if let Some(f) = files.iter().position(|f| f.rows.contains(&repeat)) {
            match already[f].iter_mut().find(|a| a.file == from) {
                Some(entry) => entry.rows += 1,
                None => already[f].push(AlreadyIn { file: from, rows: 1 }),
            }
        }
    }
    already
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Money};
    use chrono::NaiveDate;

    fn row(source: Source, line: u32, minute: u32, minor: i64, who: &str, id: &str) -> Transaction {
        let time = NaiveDate::from_ymd_opt(2024, 3, 10).and_then(|d| d.and_hms_opt(12, minute, 0));
        Transaction {
            source,
            row: line,
            time: time.unwrap_or_default(),
            has_time: true,
            amount: Money::cny(minor),
            direction: Direction::Out,
            kind: Kind::Expense,
            reason: crate::phrase::Phrase::new(&r::PAYMENT),
            counterparty: who.into(),
            description: String::new(),
            category: Category::Other,
            provider_category: crate::intern::empty(),
            method: crate::intern::empty(),
            account: crate::intern::empty(),
            status: crate::intern::empty(),
            order_id: id.to_string(),
            refunded_minor: 0,
            counterparty_account: crate::intern::empty(),
        }
    }

    fn spending(rows: &[Transaction]) -> i64 {
        rows.iter().map(Transaction::spending_minor).sum()
    }

    fn files<'a>(sizes: &[(&'a str, usize)]) -> Vec<FileRows<'a>> {
        let mut start = 0;
        sizes
            .iter()
            .map(|&(name, n)| {
                start += n;
                FileRows { name, rows: start - n..start }
            })
            .collect()
    }

    #[test]
    fn a_copy_counts_once_and_names_the_file_it_repeats() {
        let one = [
            row(Source::Alipay2023, 2, 1, 1500, "咖啡", "A1"),
            row(Source::Alipay2023, 3, 2, 900, "面包", "A2"),
        ];
        let mut rows: Vec<Transaction> = one.iter().chain(one.iter()).cloned().collect();
        let already = mark_repeats(&mut rows, &files(&[("a.csv", 2), ("copy.csv", 2)]));
        assert_eq!(spending(&rows), 2400);
        assert_eq!(already, [vec![], vec![AlreadyIn { file: 0, rows: 2 }]]);
        assert_eq!(rows[2].kind, Kind::Duplicate);
        assert_eq!(rows[2].reason, "already read as row 2 of a.csv: counted once, there");
        assert_eq!(rows[2].reason.render(crate::lang::Lang::Zh), "与 a.csv 第 2 行相同：只计一次");
    }

    #[test]
    fn identical_rows_inside_one_file_all_count_and_overlaps_count_once() {
        // File 1: two coffees at the same minute (no id), and lunch. File 2: three coffees at
        // that minute and dinner. The union holds three coffees, lunch and dinner.
        let coffee = row(Source::Qif, 5, 1, 1500, "COFFEE", "");
        let mut rows = vec![
            coffee.clone(),
            coffee.clone(),
            row(Source::Qif, 7, 3, 4000, "LUNCH", ""),
            coffee.clone(),
            coffee.clone(),
            coffee,
            row(Source::Qif, 9, 4, 7000, "DINNER", ""),
        ];
        let already = mark_repeats(&mut rows, &files(&[("jan-jun.qif", 3), ("apr-dec.qif", 4)]));
        assert_eq!(spending(&rows), 3 * 1500 + 4000 + 7000);
        assert_eq!(already[1], [AlreadyIn { file: 0, rows: 2 }]);
        let alone = &mut rows[..2].to_vec();
        assert!(mark_repeats(alone, &files(&[("one.qif", 2)]))[0].is_empty());
        assert_eq!(spending(alone), 3000, "two coffees in one file are two coffees");
    }

    #[test]
    fn an_id_decides_alone_and_order_never_changes_a_total() {
        // The same Alipay order in two layouts: the times differ by the layouts' rounding, the
        // id and amount agree. A refund shares its purchase's order id but not its amount.
        let purchase = row(Source::Alipay2023, 2, 1, 5000, "优衣库", "2024031000001");
        let mut refund = row(Source::Alipay2023, 3, 5, 2000, "优衣库", "2024031000001");
        refund.direction = Direction::In;
        refund.kind = Kind::Refund;
        let mut netted = purchase.clone();
        netted.refunded_minor = 2000;
        let mut other_layout = row(Source::Alipay2021, 8, 2, 5000, "优衣库 ", "2024031000001");
        other_layout.description = "T恤".into();
        for order in [[0, 1], [1, 0]] {
            let groups = [vec![netted.clone(), refund.clone()], vec![other_layout.clone()]];
            let mut rows: Vec<Transaction> =
                order.iter().flat_map(|&g| groups[g].clone()).collect();
            let sizes: Vec<(&str, usize)> =
                order.iter().map(|&g| (["new.csv", "old.csv"][g], groups[g].len())).collect();
            mark_repeats(&mut rows, &files(&sizes));
            assert_eq!(spending(&rows), 3000, "order {order:?}: the refund nets the kept copy");
            assert_eq!(rows.iter().filter(|t| t.kind == Kind::Duplicate).count(), 1);
            assert_eq!(rows.iter().filter(|t| t.kind == Kind::Refund).count(), 1);
        }
    }

    #[test]
    fn what_is_not_a_repeat() {
        let base = row(Source::Ofx, 4, 1, 1500, "COFFEE", "F1");
        let mut other_account = base.clone();
        other_account.account = "2222".into();
        let cases = [
            ("another id", row(Source::Ofx, 4, 1, 1500, "COFFEE", "F2")),
            ("another account", other_account),
            ("another provider", row(Source::Camt, 4, 1, 1500, "COFFEE", "F1")),
            ("another amount", row(Source::Ofx, 4, 1, 1600, "COFFEE", "F1")),
            ("MT940 references are no ids", row(Source::Mt940, 4, 1, 1500, "TEA", "NONREF")),
        ];
        for (why, other) in cases {
            let first = if other.source == Source::Mt940 {
                row(Source::Mt940, 4, 1, 1500, "COFFEE", "NONREF")
            } else {
                base.clone()
            };
            let written = first.amount.minor + other.amount.minor;
            let mut rows = vec![first, other];
            mark_repeats(&mut rows, &files(&[("a", 1), ("b", 1)]));
            assert_eq!(spending(&rows), written, "{why}");
            assert!(rows.iter().all(|t| t.kind == Kind::Expense), "{why}");
        }
    }
}
