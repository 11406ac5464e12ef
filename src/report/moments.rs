//! Moments of the year for the story: the first payment of the year and the latest-night one.
//! Both are single payments (expense rows whose spending still counts after refunds), kept with
//! the cleaned merchant name so a card can say where.
//!
//! **The latest night.** Among payments with a time of day, the one latest in the night: the
//! latest from 00:00 to 04:59 (the late-night hours of `timing.rs`), or, when there is none, the
//! latest from 22:00 to 23:59. A date-only row has no hour and is never the latest night; a year
//! without an evening payment has no such moment. Ties go to the earliest date.

use super::merchants::MerchantNames;
use super::timing::LATE_NIGHT_END_HOUR;
use crate::model::{Category, Kind, Transaction};
use chrono::{NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

/// The hour from which an evening payment can be the latest night when none was after midnight.
pub const EVENING_START_HOUR: u32 = 22;

/// The story's moments.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Moments {
    /// The year's first payment (the earliest time; the first row read on a tie).
    pub first_payment: Option<Moment>,
    /// The payment latest in the night (see the module's notes).
    pub latest_night: Option<Moment>,
}

/// One payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Moment {
    /// Wall-clock time as written (midnight for a date-only row).
    pub time: NaiveDateTime,
    /// Whether the statement gave a time of day.
    pub has_time: bool,
    /// The cleaned merchant name; empty when the row names none.
    pub merchant: String,
    /// Net spending, minor units.
    pub amount_minor: i64,
    /// Its category.
    pub category: Category,
}

/// Night order of a time of day: after-midnight hours come after the evening ones.
fn night_rank(t: &Transaction) -> Option<(u8, u32)> {
    if !t.has_time {
        return None;
    }
    let seconds = t.time.num_seconds_from_midnight();
    match t.time.hour() {
        h if h < LATE_NIGHT_END_HOUR => Some((1, seconds)),
        h if h >= EVENING_START_HOUR => Some((0, seconds)),
        _ => None,
    }
}

/// The moments of one year's rows in one currency.
pub(super) fn compute(rows: &[&Transaction], names: &MerchantNames) -> Moments {
    let payments = rows.iter().filter(|t| t.kind == Kind::Expense && t.spending_minor() > 0);
    // Payments at the same moment (bank rows carry a date only) are told apart by what they
    // are, never by where they stand in the files: the order files are dropped in, or which
    // file's copy of a repeated row is kept, must not change the story.
    let key = |t| order(t, names);
    let mut first: Option<&Transaction> = None;
    let mut latest: Option<(&Transaction, (u8, u32))> = None;
    for t in payments {
        if first.is_none_or(|f| key(t) < key(f)) {
            first = Some(t);
        }
        if let Some(rank) = night_rank(t) {
            let later = latest.is_none_or(|(l, r)| rank > r || (rank == r && key(t) < key(l)));
            if later {
                latest = Some((t, rank));
            }
        }
    }
    let moment = |t: &Transaction| Moment {
        time: t.time,
        has_time: t.has_time,
        merchant: names.of(t).to_string(),
        amount_minor: t.spending_minor(),
        category: t.category,
    };
    Moments { first_payment: first.map(moment), latest_night: latest.map(|(t, _)| moment(t)) }
}

/// The order payments at the same moment take: the larger first, then by name and text.
fn order<'a>(
    t: &'a Transaction,
    names: &'a MerchantNames,
) -> (chrono::NaiveDateTime, std::cmp::Reverse<i64>, &'a str, &'a str) {
    (t.time, std::cmp::Reverse(t.spending_minor()), names.of(t), t.description.as_str())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{tx, Tx};
    use super::*;
    use crate::classify::places::Gazetteer;

    fn moments(rows: &[Transaction]) -> Moments {
        let refs: Vec<&Transaction> = rows.iter().collect();
        let names = MerchantNames::new(&refs, &Gazetteer::new());
        compute(&refs, &names)
    }

    #[test]
    fn the_first_payment_and_the_latest_night() {
        let rows = vec![
            tx("2025-01-01 09:00", 500).kind(Kind::Transfer),
            tx("2025-01-02 23:30", 800).from("全家便利店"),
            tx("2025-01-01 10:15", 1200).from("瑞幸咖啡"),
            tx("2025-03-01 02:10", 3000).from("滴滴出行"),
            tx("2025-04-01 03:45", 4000).spent(0).from("退掉的"),
            tx("2025-05-01 01:00", 900).from("美团"),
            tx("2025-06-01", 100),
        ];
        let m = moments(&rows);
        let first = m.first_payment.expect("a payment");
        assert_eq!(first.merchant, "瑞幸咖啡", "a transfer is not a payment");
        assert_eq!(first.amount_minor, 1200);
        let night = m.latest_night.expect("after midnight");
        assert_eq!(
            night.merchant, "滴滴出行",
            "02:10 is later than 01:00 and 23:30; refunded 03:45 left out"
        );
    }

    #[test]
    fn an_evening_is_the_latest_night_only_without_a_later_one_and_daytime_never() {
        let m = moments(&[tx("2025-01-02 22:40", 800), tx("2025-01-03 21:59", 800)]);
        assert_eq!(m.latest_night.map(|n| n.time.hour()), Some(22));
        let m = moments(&[tx("2025-01-02 12:00", 800), tx("2025-01-03", 800)]);
        assert_eq!(m.latest_night, None);
        assert_eq!(m.first_payment.map(|f| f.has_time), Some(true));
        assert_eq!(moments(&[]), Moments::default());
    }
}
