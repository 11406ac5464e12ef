//! Money moved between the person's own accounts, seen across files: one file alone cannot tell
//! that the IBAN a payment went to is the person's savings account, or that the 500.00 leaving
//! the current account is the 500.00 arriving in the savings account's statement. Two rules,
//! both only ever turning a payment or income row into a [`Kind::Transfer`] with its reason:
//!
//! - **the other side is an own account**: the row's counterparty account (camt `CdtrAcct`/
//!   `DbtrAcct`, MT940 `:86:` ?31, OFX `BANKACCTTO`) is the account of a statement among the
//!   files (camt `Acct`, MT940 `:25:`, OFX `ACCTID`, a bank CSV's account column), and not the
//!   row's own account. Accounts are compared by their letters and digits; an IBAN matches the
//!   account number it ends with, and MT940's `BLZ/number` and trailing currency are dropped;
//! - **a transfer pair**: money out of one account and the same amount and currency into
//!   another account within [`PAIR_WINDOW_DAYS`] days, one-to-one, the nearest days first, never
//!   within one account. Rows naming no account (wallet exports) are never paired.
//!
//! Payments to other people (rent to a landlord, money to a friend) name accounts that are not
//! the person's and stay spending. Runs after `repeats.rs` and before `duplicates.rs`.

use crate::model::{Currency, Direction, Kind, Transaction};
use crate::phrase::{reasons as r, Arg};
use rustc_hash::FxHashMap;

/// How many days apart the two halves of a transfer pair may be booked.
pub const PAIR_WINDOW_DAYS: i64 = 3;

/// An account as compared: letters and digits, upper case; MT940's `BLZ/` prefix and a trailing
/// currency code dropped; a number's leading zeros dropped. Empty for no account.
fn account_key(account: &str) -> String {
    let last = account.rsplit('/').find(|part| !part.trim().is_empty()).unwrap_or("");
    let mut key: String =
        last.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    let bytes = key.as_bytes();
    if bytes.len() > 6
        && bytes[bytes.len() - 3..].iter().all(u8::is_ascii_uppercase)
        && bytes[bytes.len() - 4].is_ascii_digit()
    {
        key.truncate(key.len() - 3);
    }
    if key.bytes().all(|b| b.is_ascii_digit()) {
        key = key.trim_start_matches('0').to_string();
    }
    key
}

/// Whether two account keys name one account: equal, or an IBAN ending in the other's number
/// (at least six digits).
fn same_account(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let iban_ends_with = |iban: &str, number: &str| {
        number.len() >= 6
            && number.bytes().all(|b| b.is_ascii_digit())
            && iban.len() > 4
            && iban.as_bytes()[..2].iter().all(u8::is_ascii_uppercase)
            && iban.ends_with(number)
    };
    iban_ends_with(a, b) || iban_ends_with(b, a)
}

fn movable(t: &Transaction) -> bool {
    matches!(t.kind, Kind::Expense | Kind::Income) && t.amount.minor > 0
}

/// Marks the rows that move money between the person's own accounts (see the module's
/// documentation) as transfers. Rows may come in any order and from any number of files.
pub fn mark_own_transfers(transactions: &mut [Transaction]) {
    let keys: Vec<String> = transactions.iter().map(|t| account_key(&t.account)).collect();
    let mut own: Vec<&str> = keys.iter().map(String::as_str).filter(|k| !k.is_empty()).collect();
    own.sort_unstable();
    own.dedup();
    if own.is_empty() {
        return;
    }
    // The other side is one of the person's accounts.
    let mut to_own: Vec<(usize, String)> = Vec::new();
    for (i, t) in transactions.iter().enumerate() {
        if !movable(t) || t.counterparty_account.is_empty() {
            continue;
        }
        let other = account_key(&t.counterparty_account);
        if !same_account(&other, &keys[i]) && own.iter().any(|o| same_account(o, &other)) {
            to_own.push((i, t.counterparty_account.trim().to_string()));
        }
    }
    // A row moved to an own account still takes its other half in that account's file.
    let mut goes_to: Vec<Option<String>> = vec![None; transactions.len()];
    for (i, account) in to_own {
        goes_to[i] = Some(account_key(&account));
        let t = &mut transactions[i];
        let way =
            if t.direction == Direction::Out { &r::OWN_ACCOUNT_TO } else { &r::OWN_ACCOUNT_FROM };
        t.kind = Kind::Transfer;
        t.reason = crate::phrase!(*way, account);
    }
    // Transfer pairs: out of one account, into another, same amount, within a few days.
    let mut incoming: FxHashMap<(Currency, i64), Vec<usize>> = FxHashMap::default();
    let pairable = |i: usize, t: &Transaction| {
        (movable(t) || goes_to[i].is_some()) && t.amount.minor > 0 && !keys[i].is_empty()
    };
    for (i, t) in transactions.iter().enumerate() {
        if pairable(i, t) && t.direction == Direction::In {
            incoming.entry((t.amount.currency, t.amount.minor)).or_default().push(i);
        }
    }
    if incoming.is_empty() {
        return;
    }
    let outgoing: Vec<usize> = (0..transactions.len())
        .filter(|&i| {
            let t = &transactions[i];
            pairable(i, t) && t.direction == Direction::Out
        })
        .collect();
    let mut used = vec![false; transactions.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for gap in 0..=PAIR_WINDOW_DAYS {
        for &out in &outgoing {
            if used[out] {
                continue;
            }
            let row = &transactions[out];
            let candidates = incoming.get(&(row.amount.currency, row.amount.minor));
            let partner = candidates.into_iter().flatten().copied().find(|&inn| {
                !used[inn]
                    && !same_account(&keys[inn], &keys[out])
                    // Both halves already known as moved to an own account: nothing to pair.
                    && (goes_to[out].is_none() || goes_to[inn].is_none())
                    // Moved to a named account: its other half is in that account.
                    && goes_to[out].as_deref().is_none_or(|to| same_account(to, &keys[inn]))
                    && goes_to[inn].as_deref().is_none_or(|from| same_account(from, &keys[out]))
                    && (transactions[inn].time.date() - row.time.date()).num_days().abs() == gap
            });
            if let Some(inn) = partner {
                used[out] = true;
                used[inn] = true;
                pairs.push((out, inn));
            }
        }
    }
    for (out, inn) in pairs {
        // A row already explained by the account it names keeps that reason.
        let (out_named, in_named) = (goes_to[out].is_some(), goes_to[inn].is_some());
        let (to, from) = (transactions[inn].account.clone(), transactions[out].account.clone());
        let (arrived, left) = (transactions[inn].time.date(), transactions[out].time.date());
        if !out_named {
            let t = &mut transactions[out];
            t.kind = Kind::Transfer;
            t.reason = crate::phrase!(r::PAIR_OUT, to.to_string(), Arg::FullDate(arrived));
        }
        if !in_named {
            let t = &mut transactions[inn];
            t.kind = Kind::Transfer;
            t.reason = crate::phrase!(r::PAIR_IN, from.to_string(), Arg::FullDate(left));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Money, Source};
    use chrono::NaiveDate;

    fn row(account: &str, day: u32, signed: i64, to: &str) -> Transaction {
        let time = NaiveDate::from_ymd_opt(2024, 3, day).and_then(|d| d.and_hms_opt(0, 0, 0));
        Transaction {
            source: Source::Camt,
            row: day,
            time: time.unwrap_or_default(),
            has_time: false,
            amount: Money::cny(signed.abs()),
            direction: Direction::of_signed(signed),
            kind: if signed < 0 { Kind::Expense } else { Kind::Income },
            reason: crate::phrase::Phrase::new(&r::BANK_PAYMENT),
            counterparty: "Someone".into(),
            description: String::new(),
            category: Category::Other,
            provider_category: crate::intern::empty(),
            method: crate::intern::empty(),
            account: account.into(),
            status: crate::intern::empty(),
            order_id: String::new(),
            refunded_minor: 0,
            counterparty_account: to.into(),
        }
    }

    fn kinds(rows: &[Transaction]) -> Vec<Kind> {
        rows.iter().map(|t| t.kind).collect()
    }

    #[test]
    fn accounts_match_across_formats() {
        assert_eq!(account_key("NL91INGB0001234567EUR"), "NL91INGB0001234567");
        assert_eq!(account_key("37040044/0532013000"), "532013000");
        assert_eq!(account_key("DE89 3704 0044 0532 0130 00"), "DE89370400440532013000");
        assert_eq!(account_key("000123456789"), "123456789");
        assert!(same_account(&account_key("DE89370400440532013000"), &account_key("0532013000")));
        assert!(same_account(
            &account_key("37040044/0532013000"),
            &account_key("de89 3704 0044 0532 0130 00")
        ));
        assert!(!same_account(&account_key("DE89370400440532013000"), &account_key("13000")));
        assert!(!same_account("", ""));
    }

    #[test]
    fn a_payment_to_an_account_seen_in_another_file_is_a_transfer() {
        let mut rows = vec![
            // The current account (camt) pays the savings account's IBAN…
            row("DE02120300000000202051", 10, -50_000, "DE89 3704 0044 0532 0130 00"),
            // …whose own statement (MT940, BLZ/number) is among the files.
            row("37040044/0532013000", 20, 1_000, ""),
            // Rent to the landlord's account stays spending.
            row("DE02120300000000202051", 11, -90_000, "DE44500105175407324931"),
        ];
        mark_own_transfers(&mut rows);
        assert_eq!(kinds(&rows), [Kind::Transfer, Kind::Income, Kind::Expense]);
        assert_eq!(
            rows[0].reason,
            "moved to your own account DE89 3704 0044 0532 0130 00, whose statement is among your files: the money stays yours"
        );
    }

    #[test]
    fn transfer_pairs_are_one_to_one_across_accounts_and_never_within_one() {
        let mut rows = vec![
            row("A-1", 10, -30_000, ""),
            row("B-2", 12, 30_000, ""),
            // A second outflow of the same amount has no partner left.
            row("A-1", 10, -30_000, ""),
            // Money out and back into one account is no pair.
            row("C-3", 5, -7_000, ""),
            row("C-3", 5, 7_000, ""),
            // Four days apart is too far.
            row("A-1", 20, -4_000, ""),
            row("B-2", 24, 4_000, ""),
            // A row naming no account is never paired.
            row("", 10, 30_000, ""),
        ];
        mark_own_transfers(&mut rows);
        assert_eq!(
            kinds(&rows),
            [
                Kind::Transfer,
                Kind::Transfer,
                Kind::Expense,
                Kind::Expense,
                Kind::Income,
                Kind::Expense,
                Kind::Income,
                Kind::Income
            ]
        );
        assert_eq!(rows[0].reason, "the same amount arrived in your account B-2 on 12 Mar 2024: moved between your accounts, not spent");
        assert_eq!(
            rows[1].reason.render(crate::lang::Lang::Zh),
            "同一笔钱于 2024年3月10日 从你的账户 A-1 转出：在你的账户之间转移，不是收入"
        );
    }
}
