//! Report section 3, categories: net spending, payments and share per category, most spending
//! first, and the category that grew most against the previous year.
//!
//! Shares are per-mille of the year's net spending and add up to exactly 1000 (largest
//! remainder, `share.rs`). "Grew most" is the largest increase in minor units (not in percent,
//! which would crown a category that went from ¥1 to ¥5); it is reported only when the data has
//! the previous year and some category grew.

use super::share::{permille, shares_permille};
use crate::model::{Category, Currency, Kind, Transaction};
use crate::phrase::{sentences as s, Arg, Phrase};
use serde::{Deserialize, Serialize};

/// The categories section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Categories {
    /// Every category with a payment this year, most spending first (then the order of
    /// [`Category::ALL`]).
    pub items: Vec<CategoryTotal>,
    /// The category whose spending rose most against the previous year.
    pub grew_most: Option<CategoryGrowth>,
}

/// One category's year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CategoryTotal {
    /// The category.
    pub category: Category,
    /// Net spending, minor units.
    pub spending_minor: i64,
    /// Expense rows.
    pub payments: u32,
    /// Share of the year's spending, per-mille; the shares add up to 1000.
    pub share_permille: i64,
}

/// A category's change against the previous year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CategoryGrowth {
    /// The category.
    pub category: Category,
    /// This year's spending.
    pub spending_minor: i64,
    /// The previous year's.
    pub previous_spending_minor: i64,
    /// The difference, > 0.
    pub increase_minor: i64,
    /// The increase relative to the previous year, per-mille; `None` when the previous year
    /// spent nothing there.
    pub change_permille: Option<i64>,
    /// The sentence to show.
    pub reason: Phrase,
}

/// Totals per category for one year's rows in one currency.
pub(super) fn totals(rows: &[&Transaction]) -> Vec<CategoryTotal> {
    let mut spending = [0i64; Category::ALL.len()];
    let mut payments = [0u32; Category::ALL.len()];
    for t in rows.iter().filter(|t| t.kind == Kind::Expense) {
        let Some(i) = Category::ALL.iter().position(|c| *c == t.category) else { continue };
        spending[i] = spending[i].saturating_add(t.spending_minor);
        payments[i] += 1;
    }
    let shares = shares_permille(&spending);
    let mut items: Vec<CategoryTotal> = Category::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| payments[*i] > 0)
        .map(|(i, c)| CategoryTotal {
            category: *c,
            spending_minor: spending[i],
            payments: payments[i],
            share_permille: shares[i],
        })
        .collect();
    items.sort_by_key(|c| std::cmp::Reverse(c.spending_minor));
    items
}

/// The category with the largest increase from `previous` to `current`, if any grew.
pub(super) fn grew_most(
    current: &[CategoryTotal],
    previous: &[CategoryTotal],
    currency: Currency,
) -> Option<CategoryGrowth> {
    let before =
        |c: Category| previous.iter().find(|p| p.category == c).map_or(0, |p| p.spending_minor);
    let best = current
        .iter()
        .map(|c| (c, before(c.category)))
        .filter(|(c, b)| c.spending_minor > *b)
        .max_by_key(|(c, b)| {
            let position = Category::ALL.iter().position(|x| *x == c.category);
            (c.spending_minor - b, std::cmp::Reverse(position))
        })?;
    let (c, previous_spending) = best;
    let increase = c.spending_minor - previous_spending;
    let change = (previous_spending > 0).then(|| permille(increase, previous_spending));
    let amount = Arg::money(currency, increase);
    let reason = match change {
        Some(change) => {
            crate::phrase!(s::GREW, c.category.name(), amount, Arg::Percent(change))
        }
        None => crate::phrase!(s::NEW_THIS_YEAR, c.category.name(), amount),
    };
    Some(CategoryGrowth {
        category: c.category,
        spending_minor: c.spending_minor,
        previous_spending_minor: previous_spending,
        increase_minor: increase,
        change_permille: change,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing::{refs, tx, Tx};

    #[test]
    fn amounts_counts_and_shares() {
        let rows = vec![
            tx("2024-01-01", 3000).cat(Category::Dining),
            tx("2024-01-02", 1000).cat(Category::Dining),
            tx("2024-01-03", 4000).cat(Category::EducationCulture),
            tx("2024-01-04", 2000).cat(Category::Transport),
            tx("2024-01-05", 5000).cat(Category::Travel).spent(0),
            tx("2024-01-06", 9999).cat(Category::Health).kind(Kind::Refund),
        ];
        let items = totals(&refs(&rows));
        let order: Vec<Category> = items.iter().map(|c| c.category).collect();
        // Dining and books tie at 4000: the order of Category::ALL decides.
        assert_eq!(
            order,
            [Category::Dining, Category::EducationCulture, Category::Transport, Category::Travel]
        );
        assert_eq!((items[0].spending_minor, items[0].payments), (4000, 2));
        let shares: Vec<i64> = items.iter().map(|c| c.share_permille).collect();
        assert_eq!(shares, [400, 400, 200, 0], "of 10000");
    }

    #[test]
    fn shares_add_up_with_thirds() {
        let rows = vec![
            tx("2024-01-01", 100).cat(Category::Dining),
            tx("2024-01-01", 100).cat(Category::Groceries),
            tx("2024-01-01", 100).cat(Category::Shopping),
        ];
        let items = totals(&refs(&rows));
        assert_eq!(items.iter().map(|c| c.share_permille).sum::<i64>(), 1000);
    }

    #[test]
    fn growth_is_the_largest_increase_in_money() {
        let last = vec![
            tx("2023-01-01", 100).cat(Category::Health),
            tx("2023-01-01", 10000).cat(Category::Dining),
        ];
        let this = vec![
            tx("2024-01-01", 500).cat(Category::Health), // +400%, +¥4
            tx("2024-01-01", 15000).cat(Category::Dining), // +50%, +¥50
            tx("2024-01-01", 2000).cat(Category::Travel), // new, +¥20
        ];
        let g =
            grew_most(&totals(&refs(&this)), &totals(&refs(&last)), Currency::CNY).expect("growth");
        assert_eq!(g.category, Category::Dining);
        assert_eq!((g.increase_minor, g.change_permille), (5000, Some(500)));
        assert_eq!(g.reason, "You spent ¥50.00 more on dining than last year (+50%)");
        assert_eq!(g.reason.render(crate::lang::Lang::Zh), "餐饮的支出比去年多了 ¥50.00（+50%）");
        assert!(g.reason.shows_money());
    }

    #[test]
    fn a_new_category_has_no_percentage_and_nothing_grew_means_none() {
        let this = vec![tx("2024-01-01", 2000).cat(Category::Travel)];
        let g = grew_most(&totals(&refs(&this)), &[], Currency::CNY).expect("growth");
        assert_eq!((g.category, g.change_permille), (Category::Travel, None));
        assert_eq!(g.reason, "New this year: ¥20.00 on travel");
        let shrunk = vec![tx("2024-01-01", 10).cat(Category::Travel)];
        assert_eq!(grew_most(&totals(&refs(&shrunk)), &totals(&refs(&this)), Currency::CNY), None);
    }
}
