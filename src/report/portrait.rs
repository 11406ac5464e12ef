//! Report section 9, the consumption portrait: the share of spending in each category on fixed
//! radar axes, so two years (or two people) draw comparable shapes.
//!
//! The axes are [`Category::ALL`] without fees and "other", which describe no habit. Values are
//! per-mille of all spending (the same numbers as the categories section), not re-normalised
//! over the axes, so the eleven values add up to 1000 minus the fees and "other" shares.

use super::categories::CategoryTotal;
use crate::model::Category;
use serde::{Deserialize, Serialize};

/// The radar chart's data.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Portrait {
    /// One axis per category, always in the same order.
    pub axes: Vec<Axis>,
    /// The largest value, to scale the chart.
    pub max_permille: i64,
}

/// One radar axis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Axis {
    /// The category.
    pub category: Category,
    /// Its share of spending, per-mille.
    pub value_permille: i64,
}

/// The radar axes, in order.
pub fn axes() -> impl Iterator<Item = Category> {
    Category::ALL.into_iter().filter(|c| !matches!(c, Category::Fees | Category::Other))
}

/// The portrait from the categories section.
pub(super) fn compute(categories: &[CategoryTotal]) -> Portrait {
    let axes: Vec<Axis> = axes()
        .map(|category| Axis {
            category,
            value_permille: categories
                .iter()
                .find(|c| c.category == category)
                .map_or(0, |c| c.share_permille),
        })
        .collect();
    let max_permille = axes.iter().map(|a| a.value_permille).max().unwrap_or(0);
    Portrait { axes, max_permille }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::categories::totals;
    use crate::report::testing::{refs, tx, Tx};

    #[test]
    fn fixed_axes_with_shares_of_all_spending() {
        let rows = vec![
            tx("2024-01-01", 5000).cat(Category::Travel),
            tx("2024-01-01", 3000).cat(Category::Dining),
            tx("2024-01-01", 2000).cat(Category::Other),
        ];
        let p = compute(&totals(&refs(&rows)));
        let order: Vec<Category> = p.axes.iter().map(|a| a.category).collect();
        assert_eq!(order.len(), 11);
        assert_eq!(order[0], Category::Dining);
        assert_eq!(order[10], Category::GiftsRedPackets);
        let value = |c: Category| p.axes.iter().find(|a| a.category == c).map(|a| a.value_permille);
        assert_eq!(value(Category::Travel), Some(500));
        assert_eq!(value(Category::Dining), Some(300));
        assert_eq!(value(Category::Health), Some(0));
        assert_eq!(value(Category::Other), None, "no axis for other");
        assert_eq!(p.max_permille, 500);
        let empty = compute(&[]);
        assert_eq!((empty.axes.len(), empty.max_permille), (11, 0));
    }
}
