//! One entry of a bank statement → a [`Transaction`]: the part the camt.053 and MT940 readers
//! share. The kind comes from [`crate::classify::bank::kind_of`], except for facts only the
//! statement itself states (statement-formats.md §3c, §3d, §4):
//!
//! - an entry that is not booked (camt `Sts` `PDNG` or `INFO`) moved no money yet: `Cancelled`,
//!   direction `Neutral`, so it counts nowhere; the statement that books it counts it;
//! - a reversal that brings money back (camt `RvslInd` on a credit, MT940 `RD`) undoes an
//!   earlier debit: a `Refund`, netted against its purchase by `link_refunds`;
//! - a reversal that takes money back (camt `RvslInd` on a debit, MT940 `RC`) undoes an earlier
//!   credit: "negative income". The report has no negative income, so it is `Cancelled`, and the
//!   credit it reverses, when it is in the same file, becomes `Cancelled` too: neither counts;
//! - money to or from another account of the same holder (its IBAN or number is one of the
//!   statement accounts in the file) is a `Transfer`.

use crate::classify::bank::BankRow;
use crate::classify::Memo;
use crate::intern::{empty, Interner};
use crate::model::{Category, Direction, Kind, Money, Source, Transaction};
use crate::phrase;
use crate::phrase::{reasons as r, Phrase};
use chrono::NaiveDateTime;
use std::collections::HashMap;

/// How far back the credit a reversal takes back may lie.
const REVERSAL_WINDOW_DAYS: i64 = 180;
/// How many earlier credits of the same amount are weighed for one reversal.
const MAX_CANDIDATES: usize = 64;

/// An entry as a bank statement states it, before its meaning is decided.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    /// 1-based line of the entry (`<Ntry>`, `<TxDtls>`, `:61:`).
    pub row: u32,
    /// Booking date (and time, when the file gives one), as written.
    pub time: NaiveDateTime,
    /// False when only a date was written.
    pub has_time: bool,
    /// The amount, never negative.
    pub amount: Money,
    /// `In` or `Out`, as booked.
    pub direction: Direction,
    /// The statement's reversal mark (`RvslInd`, `RC`, `RD`) when the entry is a reversal.
    pub reversal: Option<&'static str>,
    /// The status code when the entry is not booked (`PDNG`, `INFO`).
    pub not_booked: Option<String>,
    /// The bank's transaction code (`PMNT/ICDT/ESCT`, `NTRF+166`).
    pub type_code: String,
    /// The other party's name, or the best text standing in for it.
    pub counterparty: String,
    /// The other party's IBAN or account number, when the file gives it.
    pub counterparty_account: String,
    /// Remittance text.
    pub description: String,
    /// The statement's own account.
    pub account: String,
    /// The status as written (`BOOK`), empty when the format has none.
    pub status: String,
    /// The bank's reference for the entry, empty when there is none worth keeping.
    pub order_id: String,
    /// The bank's wording of the transaction type (`SEPA-UEBERW`, `SEPA OVERBOEKING`).
    pub provider_category: String,
}

/// Decides the kind of every entry; `own_accounts` are the statement accounts of the file.
pub(super) fn to_transactions(
    entries: Vec<Entry>,
    source: Source,
    own_accounts: &[String],
) -> Vec<Transaction> {
    let own: Vec<String> = own_accounts.iter().map(|a| normalize_account(a)).collect();
    let mut reversed_credits = Vec::new();
    let mut transactions = Vec::with_capacity(entries.len());
    let mut names = Interner::default();
    let mut memo = Memo::new();
    for entry in entries {
        let (kind, reason, direction) = decide(&entry, &own, &mut memo);
        if entry.not_booked.is_none() && entry.reversal.is_some() && direction == Direction::Out {
            reversed_credits.push(transactions.len());
        }
        let category = match kind {
            Kind::Expense | Kind::Income | Kind::Refund => {
                memo.from_text(&entry.counterparty, &entry.description)
            }
            _ => Category::Other,
        };
        transactions.push(Transaction {
            source,
            row: entry.row,
            time: entry.time,
            has_time: entry.has_time,
            amount: entry.amount,
            direction,
            kind,
            reason,
            counterparty: names.get(&entry.counterparty),
            description: entry.description,
            category,
            provider_category: names.get(&entry.provider_category),
            method: empty(),
            account: names.get(&entry.account),
            status: names.get(&entry.status),
            order_id: entry.order_id,
            refunded_minor: 0,
            counterparty_account: names.get(&entry.counterparty_account),
        });
    }
    pair_reversed_credits(&mut transactions, &reversed_credits);
    transactions
}

fn decide(entry: &Entry, own: &[String], memo: &mut Memo) -> (Kind, Phrase, Direction) {
    if let Some(status) = &entry.not_booked {
        let reason = match status.as_str() {
            "PDNG" => Phrase::new(&r::ENTRY_PENDING),
            "INFO" => Phrase::new(&r::ENTRY_INFO),
            other => phrase!(r::ENTRY_NOT_BOOKED, other),
        };
        return (Kind::Cancelled, reason, Direction::Neutral);
    }
    let signed = match entry.direction {
        Direction::Out => -entry.amount.minor,
        _ => entry.amount.minor,
    };
    let hint = match (entry.reversal, entry.direction) {
        (Some(mark), Direction::In) => Some((Kind::Refund, phrase!(r::ENTRY_REVERSAL, mark))),
        (Some(mark), _) => Some((Kind::Cancelled, phrase!(r::ENTRY_REVERSAL_OF_CREDIT, mark))),
        (None, direction) => {
            let other = normalize_account(&entry.counterparty_account);
            (!other.is_empty() && own.contains(&other)).then(|| {
                let way = if direction == Direction::Out {
                    &r::ENTRY_TO_OWN_ACCOUNT
                } else {
                    &r::ENTRY_FROM_OWN_ACCOUNT
                };
                (Kind::Transfer, phrase!(*way, entry.counterparty_account.trim()))
            })
        }
    };
    let (kind, reason) = memo.kind_of(&BankRow {
        amount_minor: signed,
        type_code: &entry.type_code,
        counterparty: &entry.counterparty,
        description: &entry.description,
        credit_card: false,
        hint: hint.as_ref().map(|(kind, reason)| (*kind, reason)),
    });
    (kind, reason, entry.direction)
}

/// Finds, for each reversal that took money back, the credit it reverses: earlier in the file,
/// same account, amount and currency, booked up to [`REVERSAL_WINDOW_DAYS`] before; among the
/// latest [`MAX_CANDIDATES`] such credits the same counterparty is preferred, then the latest.
/// Both rows then count nowhere. One pass in file order with a pool of credits per amount, so
/// a hostile file of thousands of equal reversals stays linear.
fn pair_reversed_credits(transactions: &mut [Transaction], reversals: &[usize]) {
    /// The credits of one account and amount: all in file order, those already passed, and
    /// how many have been passed.
    #[derive(Default)]
    struct Pool {
        all: Vec<usize>,
        next: usize,
        passed: Vec<usize>,
    }
    let mut pools: HashMap<(crate::model::Shared, Money), Pool> = HashMap::new();
    for (i, t) in transactions.iter().enumerate() {
        if t.kind == Kind::Income {
            pools.entry((t.account.clone(), t.amount)).or_default().all.push(i);
        }
    }
    for &r in reversals {
        let Some(reversal) = transactions.get(r) else { continue };
        let Some(pool) = pools.get_mut(&(reversal.account.clone(), reversal.amount)) else {
            continue;
        };
        while let Some(&i) = pool.all.get(pool.next).filter(|&&i| i < r) {
            pool.passed.push(i);
            pool.next += 1;
        }
        let from = pool.passed.len().saturating_sub(MAX_CANDIDATES);
        let found = pool
            .passed
            .iter()
            .enumerate()
            .skip(from)
            .filter_map(|(slot, &i)| transactions.get(i).map(|t| (slot, i, t)))
            .filter(|(_, _, t)| {
                t.time <= reversal.time
                    && (reversal.time - t.time).num_days() <= REVERSAL_WINDOW_DAYS
            })
            .max_by_key(|(_, i, t)| (t.counterparty == reversal.counterparty, t.time, *i))
            .map(|(slot, i, t)| (slot, i, t.row));
        let Some((slot, original, original_row)) = found else { continue };
        // Near the end of `passed`: shifts at most MAX_CANDIDATES entries.
        pool.passed.remove(slot);
        let reversal_row = reversal.row;
        if let Some(credit) = transactions.get_mut(original) {
            credit.kind = Kind::Cancelled;
            credit.category = Category::Other;
            credit.reason = phrase!(r::ENTRY_CREDIT_TAKEN_BACK, reversal_row);
        }
        if let Some(reversal) = transactions.get_mut(r) {
            // The mark (`RC`, `RvslInd`) is the argument of the reversal's own reason.
            let mark = reversal.reason.same_arg(0).unwrap_or("reversal").to_string();
            reversal.reason = phrase!(r::ENTRY_REVERSAL_PAIRED, mark, original_row);
        }
    }
}

/// Statement text for people: soft hyphens (U+00AD) removed, tabs, line breaks and runs of
/// spaces made one space, trimmed.
pub(super) fn clean_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()) {
        let word: String = word.chars().filter(|&c| c != '\u{AD}').collect();
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    out
}

/// An account as compared: letters and digits only, upper case (`NL26 VAYB…` = `nl26vayb…`).
pub(super) fn normalize_account(account: &str) -> String {
    account.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Currency;
    use chrono::NaiveDate;

    fn entry(row: u32, day: u32, minor: i64, direction: Direction) -> Entry {
        let date = NaiveDate::from_ymd_opt(2024, 3, day).unwrap_or_default();
        Entry {
            row,
            time: date.and_hms_opt(0, 0, 0).unwrap_or_default(),
            has_time: false,
            amount: Money { minor, currency: Currency::EUR },
            direction,
            reversal: None,
            not_booked: None,
            type_code: "PMNT/RCDT/ESCT".into(),
            counterparty: "ACME GmbH".into(),
            counterparty_account: String::new(),
            description: String::new(),
            account: "DE02120300000000202051".into(),
            status: "BOOK".into(),
            order_id: String::new(),
            provider_category: String::new(),
        }
    }

    fn kinds(transactions: &[Transaction]) -> Vec<(Kind, Direction)> {
        transactions.iter().map(|t| (t.kind, t.direction)).collect()
    }

    #[test]
    fn a_reversed_credit_and_its_credit_both_count_nowhere() {
        let credit = entry(10, 1, 5000, Direction::In);
        let other_credit =
            Entry { counterparty: "Someone else".into(), ..entry(12, 2, 5000, Direction::In) };
        let reversal = Entry { reversal: Some("RC"), ..entry(20, 5, 5000, Direction::Out) };
        let out = to_transactions(vec![credit, other_credit, reversal], Source::Mt940, &[]);
        use Direction::*;
        use Kind::*;
        assert_eq!(kinds(&out), [(Cancelled, In), (Income, In), (Cancelled, Out)]);
        assert_eq!(out[0].reason, "credit taken back by the reversal on row 20: it is not income");
        assert_eq!(
            out[2].reason,
            "reversal (RC) of the credit on row 10: takes it back, so neither row counts"
        );
        assert_eq!(out.iter().map(|t| t.spending_minor()).sum::<i64>(), 0);
    }

    #[test]
    fn a_reversal_without_its_credit_is_not_spending() {
        let reversal = Entry { reversal: Some("RvslInd"), ..entry(7, 5, 5000, Direction::Out) };
        let later_credit = entry(9, 6, 5000, Direction::In);
        let out = to_transactions(vec![reversal, later_credit], Source::Camt, &[]);
        assert_eq!(out[0].kind, Kind::Cancelled);
        assert!(
            out[0].reason.to_string().starts_with("reversal (RvslInd) of an earlier credit"),
            "{}",
            out[0].reason
        );
        assert_eq!(
            out[1].kind,
            Kind::Income,
            "a credit after the reversal is not what it reverses"
        );
    }

    #[test]
    fn a_reversed_debit_is_a_refund() {
        let reversal = Entry { reversal: Some("RD"), ..entry(7, 5, 1999, Direction::In) };
        let out = to_transactions(vec![reversal], Source::Mt940, &[]);
        assert_eq!(
            (out[0].kind, out[0].reason.to_string().as_str()),
            (Kind::Refund, "reversal (RD): undoes an earlier entry")
        );
    }

    #[test]
    fn thousands_of_equal_reversals_pair_one_to_one() {
        let mut entries: Vec<Entry> = (0..3000).map(|i| entry(i, 1, 100, Direction::In)).collect();
        entries.extend(
            (0..2000)
                .map(|i| Entry { reversal: Some("RC"), ..entry(5000 + i, 2, 100, Direction::Out) }),
        );
        let out = to_transactions(entries, Source::Mt940, &[]);
        let cancelled = out.iter().filter(|t| t.kind == Kind::Cancelled).count();
        assert_eq!(cancelled, 4000, "2000 reversals and the 2000 credits they take back");
        assert_eq!(out.iter().filter(|t| t.kind == Kind::Income).count(), 1000);
    }

    #[test]
    fn a_flood_of_reversals_before_their_credits_stays_fast() {
        let mut entries: Vec<Entry> = (0..20_000)
            .map(|i| Entry { reversal: Some("RC"), ..entry(i, 2, 100, Direction::Out) })
            .collect();
        entries.extend((0..20_000).map(|i| entry(30_000 + i, 1, 100, Direction::In)));
        let out = to_transactions(entries, Source::Mt940, &[]);
        // Credits later in the file are not what a reversal takes back.
        assert_eq!(out.iter().filter(|t| t.kind == Kind::Income).count(), 20_000);
    }

    #[test]
    fn pending_entries_move_no_money() {
        let pending =
            Entry { not_booked: Some("PDNG".into()), ..entry(3, 5, 1999, Direction::Out) };
        let out = to_transactions(vec![pending], Source::Camt, &[]);
        assert_eq!(kinds(&out), [(Kind::Cancelled, Direction::Neutral)]);
        assert_eq!(out[0].signed_minor(), 0);
    }

    #[test]
    fn money_to_an_account_of_the_same_file_is_a_transfer() {
        let to_savings = Entry {
            counterparty_account: "de89 3704 0044 0532 0130 00".into(),
            ..entry(3, 5, 20_000, Direction::Out)
        };
        let out =
            to_transactions(vec![to_savings], Source::Camt, &["DE89370400440532013000".into()]);
        assert_eq!(out[0].kind, Kind::Transfer);
        assert!(
            out[0].reason.to_string().starts_with("moved to your own account"),
            "{}",
            out[0].reason
        );
    }

    #[test]
    fn text_is_cleaned_for_people() {
        assert_eq!(clean_text(" 22\u{AD}-07\u{AD}-2010\tGP\r\nSEOUL  "), "22-07-2010 GP SEOUL");
        assert_eq!(clean_text("\u{AD}"), "");
    }
}
