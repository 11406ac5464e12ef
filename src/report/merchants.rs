//! Report section 4, merchants: the top ten by amount and by number of payments, grouped by the
//! cleaned merchant name (`classify::clean_merchant`), so `瑞幸咖啡(深圳科技园店)` and
//! `瑞幸咖啡(南山店)` are one merchant. Expense rows only; a bank row with no counterparty is
//! named from its description; a payment that names nobody in either (`/`, empty, only dates
//! and references) is counted in `unnamedPayments` and left out of the ranking.

use super::share::permille;
use crate::classify::{clean_merchant, merchant_from_description, places::Gazetteer};
use crate::model::{Category, Kind, Transaction};
use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How many merchants each ranking lists.
pub const TOP: usize = 10;

/// The merchants section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Merchants {
    /// Up to ten merchants, most spending first (then more payments, then name).
    pub by_amount: Vec<MerchantTotal>,
    /// Up to ten merchants, most payments first (then more spending, then name).
    pub by_count: Vec<MerchantTotal>,
    /// How many different merchants were paid.
    pub distinct: u32,
    /// Payments whose counterparty names nobody.
    pub unnamed_payments: u32,
}

/// One merchant's year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MerchantTotal {
    /// The cleaned name.
    pub name: String,
    /// Net spending there, minor units.
    pub spending_minor: i64,
    /// Expense rows.
    pub payments: u32,
    /// Share of the year's spending, per-mille.
    pub share_permille: i64,
    /// The category with most of the spending there.
    pub category: Category,
    /// The first payment's date.
    pub first_date: NaiveDate,
    /// The last payment's date.
    pub last_date: NaiveDate,
    /// The counterparty texts merged under this name, as written (at most five).
    pub spellings: Vec<String>,
}

/// Cleaned merchant names, computed once per distinct counterparty, and for a row whose
/// counterparty names nobody (a bank row with no counterparty column), once per distinct
/// description (`classify::merchant_from_description`).
pub(crate) struct MerchantNames<'a> {
    names: FxHashMap<&'a str, String>,
    from_descriptions: FxHashMap<&'a str, String>,
}

impl<'a> MerchantNames<'a> {
    /// Cleans the counterparty of every row given, or its description when that names nobody.
    pub(crate) fn new(rows: &[&'a Transaction], places: &Gazetteer) -> MerchantNames<'a> {
        let mut names: FxHashMap<&'a str, String> = FxHashMap::default();
        let mut from_descriptions = FxHashMap::default();
        for t in rows {
            let name = names
                .entry(&*t.counterparty)
                .or_insert_with(|| clean_merchant(&t.counterparty, places));
            if name.is_empty() {
                from_descriptions
                    .entry(t.description.as_str())
                    .or_insert_with(|| merchant_from_description(&t.description, places));
            }
        }
        MerchantNames { names, from_descriptions }
    }

    /// The cleaned name of a row's counterparty, or of its description when the counterparty
    /// names nobody (empty when neither does).
    pub(crate) fn of(&self, t: &Transaction) -> &str {
        match self.names.get(&*t.counterparty).map_or("", String::as_str) {
            "" => self.from_descriptions.get(t.description.as_str()).map_or("", String::as_str),
            name => name,
        }
    }

    /// The text a row's name was taken from, as written: its counterparty, or its description.
    fn written<'t>(&self, t: &'t Transaction) -> &'t str {
        match self.names.get(&*t.counterparty).map_or("", String::as_str) {
            "" => &t.description,
            _ => &t.counterparty,
        }
    }
}

#[derive(Default)]
struct Acc<'a> {
    spending: i64,
    payments: u32,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    by_category: BTreeMap<Category, i64>,
    spellings: Vec<&'a str>,
}

/// The merchants section for one year's rows in one currency.
pub(super) fn compute(rows: &[&Transaction], names: &MerchantNames) -> Merchants {
    let mut acc: BTreeMap<&str, Acc> = BTreeMap::new();
    let mut unnamed = 0;
    let mut total = 0i64;
    for t in rows.iter().filter(|t| t.kind == Kind::Expense) {
        total = total.saturating_add(t.spending_minor());
        let name = names.of(t);
        if name.is_empty() {
            unnamed += 1;
            continue;
        }
        let a = acc.entry(name).or_default();
        let date = t.time.date();
        a.spending = a.spending.saturating_add(t.spending_minor());
        a.payments += 1;
        a.first = Some(a.first.map_or(date, |d| d.min(date)));
        a.last = Some(a.last.map_or(date, |d| d.max(date)));
        *a.by_category.entry(t.category).or_default() += t.spending_minor();
        let written = names.written(t);
        if a.spellings.len() < 5 && !a.spellings.contains(&written) {
            a.spellings.push(written);
        }
    }
    let all: Vec<MerchantTotal> = acc
        .into_iter()
        .filter_map(|(name, a)| {
            let category = a
                .by_category
                .iter()
                .max_by_key(|(c, v)| (**v, std::cmp::Reverse(**c)))
                .map_or(Category::Other, |(c, _)| *c);
            Some(MerchantTotal {
                name: name.to_string(),
                spending_minor: a.spending,
                payments: a.payments,
                share_permille: permille(a.spending, total),
                category,
                first_date: a.first?,
                last_date: a.last?,
                spellings: a.spellings.iter().map(|s| s.to_string()).collect(),
            })
        })
        .collect();
    let mut by_amount = all.clone();
    by_amount.sort_by(|a, b| {
        b.spending_minor
            .cmp(&a.spending_minor)
            .then(b.payments.cmp(&a.payments))
            .then(a.name.cmp(&b.name))
    });
    by_amount.truncate(TOP);
    let distinct = u32::try_from(all.len()).unwrap_or(u32::MAX);
    let mut by_count = all;
    by_count.sort_by(|a, b| {
        b.payments
            .cmp(&a.payments)
            .then(b.spending_minor.cmp(&a.spending_minor))
            .then(a.name.cmp(&b.name))
    });
    by_count.truncate(TOP);
    Merchants { by_amount, by_count, distinct, unnamed_payments: unnamed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing::{refs, tx, Tx};

    #[test]
    fn branches_merge_and_rankings_differ() {
        let rows = vec![
            tx("2024-01-02 08:00", 1500).from("瑞幸咖啡(深圳科技园店)").cat(Category::Dining),
            tx("2024-03-02 08:00", 1500).from("瑞幸咖啡(南山店)").cat(Category::Dining),
            tx("2024-05-02 08:00", 1200).from("瑞幸咖啡(南山店)").cat(Category::Dining),
            tx("2024-02-10 12:00", 99900).from("Apple Inc.").cat(Category::Digital),
            tx("2024-02-11 12:00", 500).from("/"),
            tx("2024-02-12 12:00", 300).from("瑞幸咖啡").kind(Kind::Refund),
        ];
        let rows = refs(&rows);
        let names = MerchantNames::new(&rows, &Gazetteer::new());
        let m = compute(&rows, &names);
        assert_eq!(m.distinct, 2);
        assert_eq!(m.unnamed_payments, 1);
        assert_eq!(m.by_amount[0].name, "Apple");
        assert_eq!(m.by_count[0].name, "瑞幸咖啡");
        let coffee = &m.by_count[0];
        assert_eq!((coffee.payments, coffee.spending_minor), (3, 4200), "1500 + 1500 + 1200");
        assert_eq!(coffee.first_date, NaiveDate::from_ymd_opt(2024, 1, 2).expect("date"));
        assert_eq!(coffee.last_date, NaiveDate::from_ymd_opt(2024, 5, 2).expect("date"));
        assert_eq!(coffee.spellings, ["瑞幸咖啡(深圳科技园店)", "瑞幸咖啡(南山店)"]);
        // 4200 of 4200 + 99900 + 500 = 104600 → 40.15‰ → 40.
        assert_eq!(coffee.share_permille, 40);
        assert_eq!(coffee.category, Category::Dining);
    }

    #[test]
    fn top_ten_only() {
        let rows: Vec<Transaction> =
            (0..15).map(|i| tx("2024-06-01", 100 + i).from(&format!("店{i}"))).collect();
        let rows = refs(&rows);
        let names = MerchantNames::new(&rows, &Gazetteer::new());
        let m = compute(&rows, &names);
        assert_eq!(m.distinct, 15);
        assert_eq!(m.by_amount.len(), 10);
        assert_eq!(m.by_amount[0].name, "店14");
        assert_eq!(m.by_amount[9].name, "店5");
    }
}
