//! Report section 12, year over year: when the data has the year before the reported one (in
//! the report's currency), its year in numbers, months and categories, and the changes that a
//! sentence needs. (`Report::years` lists every year in the data for a year picker; the months
//! section carries last year's cumulative curve and the categories section the category that
//! grew most.)

use super::categories::CategoryTotal;
use super::months::MonthTotal;
use super::numbers::YearInNumbers;
use super::share::permille;
use crate::model::Currency;
use crate::phrase::{sentences as s, Arg, Phrase};
use serde::{Deserialize, Serialize};

/// The previous year, beside the reported one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PreviousYear {
    /// The previous calendar year.
    pub year: i32,
    /// Its year in numbers (the report's currency).
    pub numbers: YearInNumbers,
    /// Its twelve months.
    pub months: Vec<MonthTotal>,
    /// Its categories.
    pub categories: Vec<CategoryTotal>,
    /// This year against it.
    pub change: Change,
}

/// This year minus the previous one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// Spending difference, minor units.
    pub spending_minor: i64,
    /// Relative to the previous year's spending, per-mille; `None` when that was zero.
    pub spending_permille: Option<i64>,
    /// Income difference, minor units.
    pub income_minor: i64,
    /// Relative to the previous year's income, per-mille; `None` when that was zero.
    pub income_permille: Option<i64>,
    /// Difference in the number of payments.
    pub payments: i64,
    /// The spending comparison in a sentence.
    pub sentence: Phrase,
}

/// Compares `numbers` with the previous year's.
pub(super) fn change(
    numbers: &YearInNumbers,
    before: &YearInNumbers,
    currency: Currency,
) -> Change {
    let spending = numbers.spending_minor.saturating_sub(before.spending_minor);
    let income = numbers.income_minor.saturating_sub(before.income_minor);
    let relative = |d: i64, base: i64| (base > 0).then(|| permille(d, base));
    let spending_permille = relative(spending, before.spending_minor);
    let amount = Arg::money(currency, spending.saturating_abs());
    let share = spending_permille.map(|p| Arg::Percent(p.saturating_abs()));
    let sentence = match (spending.signum(), share) {
        (0, _) => Phrase::new(&s::SAME_AS_LAST_YEAR),
        (1, Some(p)) => crate::phrase!(s::MORE_THAN_LAST_YEAR, amount, p),
        (1, None) => crate::phrase!(s::MORE_THAN_NOTHING, amount),
        // Less than a year that spent something always has a relative change.
        (_, p) => crate::phrase!(s::LESS_THAN_LAST_YEAR, amount, p.unwrap_or(Arg::Percent(0))),
    };
    Change {
        spending_minor: spending,
        spending_permille,
        income_minor: income,
        income_permille: relative(income, before.income_minor),
        payments: i64::from(numbers.payments) - i64::from(before.payments),
        sentence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(spending: i64, income: i64, payments: u32) -> YearInNumbers {
        YearInNumbers {
            spending_minor: spending,
            income_minor: income,
            payments,
            ..YearInNumbers::default()
        }
    }

    #[test]
    fn more_less_and_the_same() {
        let c = change(&year(150000, 0, 30), &year(120000, 50000, 40), Currency::CNY);
        assert_eq!((c.spending_minor, c.spending_permille), (30000, Some(250)));
        assert_eq!((c.income_minor, c.income_permille), (-50000, Some(-1000)));
        assert_eq!(c.payments, -10);
        assert_eq!(c.sentence, "You spent ¥300.00 more than last year (+25%)");
        let c = change(&year(90000, 0, 1), &year(120000, 0, 1), Currency::CNY);
        assert_eq!(c.sentence.render(crate::lang::Lang::Zh), "比去年少花了 ¥300.00（−25%）");
        assert_eq!(c.income_permille, None, "no income either year");
        let c = change(&year(100, 0, 1), &year(0, 0, 0), Currency::EUR);
        assert_eq!(
            (c.spending_permille, c.sentence.to_string().as_str()),
            (None, "You spent €1.00 more than last year")
        );
        let c = change(&year(100, 0, 1), &year(100, 0, 1), Currency::CNY);
        assert_eq!(c.sentence, "You spent the same as last year");
    }
}
