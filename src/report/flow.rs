//! Report section 10, money flow: a Sankey from where money came from to where it went.
//!
//! Three columns. Left: income sources (the cleaned counterparty of income rows; the
//! [`MAX_SOURCES`] largest, the rest merged into "other income"), plus "from savings" when the
//! year spent more than it earned. Middle: one node, the money available. Right: spending
//! categories, plus "savings" when income exceeded spending. A category under
//! [`MIN_CATEGORY_PERMILLE`] of spending (3%) is merged with "other" so a chart stays readable
//! with many categories. The flows balance by construction: what enters the middle node
//! (income + from savings) equals what leaves it (spending + savings), both equal to
//! `totalMinor` = max(income, spending).

use super::categories::CategoryTotal;
use super::merchants::MerchantNames;
use super::share::permille;
use crate::model::{Category, Kind, Transaction};
use crate::phrase::{labels as l, Phrase};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Income sources drawn separately; the rest are merged.
pub const MAX_SOURCES: usize = 5;
/// Categories below this share of spending (per-mille) are merged into "other".
pub const MIN_CATEGORY_PERMILLE: i64 = 30;

/// The Sankey's data.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoneyFlow {
    /// Nodes, left column first.
    pub nodes: Vec<FlowNode>,
    /// Links between nodes, by index into `nodes`.
    pub links: Vec<FlowLink>,
    /// What flows through the middle: max(income, spending), minor units.
    pub total_minor: i64,
    /// Categories merged into "other" for being small.
    pub merged_categories: Vec<Category>,
}

/// One Sankey node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowNode {
    /// Stable id: `income:<name>`, `income:other`, `fromSavings`, `available`,
    /// `category:<category>`, `category:other`, `savings`.
    pub id: String,
    /// What to write beside it: a name as written, a category, or a fixed word.
    pub label: Phrase,
    /// 0 = sources, 1 = the money available, 2 = where it went.
    pub column: u32,
    /// The money through it, minor units.
    pub value_minor: i64,
}

/// One Sankey link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowLink {
    /// Index of the source node.
    pub source: usize,
    /// Index of the target node.
    pub target: usize,
    /// Minor units.
    pub value_minor: i64,
}

/// The money flow for one year's rows in one currency.
pub(super) fn compute(
    rows: &[&Transaction],
    categories: &[CategoryTotal],
    names: &MerchantNames,
) -> MoneyFlow {
    let mut sources: BTreeMap<&str, i64> = BTreeMap::new();
    for t in rows.iter().filter(|t| t.kind == Kind::Income) {
        *sources.entry(names.of(t)).or_default() += t.amount.minor;
    }
    let mut sources: Vec<(&str, i64)> = sources.into_iter().filter(|(_, v)| *v > 0).collect();
    sources.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let income: i64 = sources.iter().map(|s| s.1).sum();
    let spending: i64 = categories.iter().map(|c| c.spending_minor).sum();
    let total = income.max(spending);
    if total <= 0 {
        return MoneyFlow::default();
    }

    let mut nodes: Vec<FlowNode> = Vec::new();
    let mut links: Vec<FlowLink> = Vec::new();
    let node = |nodes: &mut Vec<FlowNode>, id: String, label: Phrase, column, value| {
        nodes.push(FlowNode { id, label, column, value_minor: value });
        nodes.len() - 1
    };
    let mut lefts: Vec<(usize, i64)> = Vec::new();
    let other_income: i64 = sources.iter().skip(MAX_SOURCES).map(|s| s.1).sum();
    for (name, value) in sources.iter().take(MAX_SOURCES) {
        let label = if name.is_empty() { Phrase::new(&l::UNNAMED) } else { Phrase::same(*name) };
        lefts.push((node(&mut nodes, format!("income:{name}"), label, 0, *value), *value));
    }
    if other_income > 0 {
        let id =
            node(&mut nodes, "income:other".into(), Phrase::new(&l::OTHER_INCOME), 0, other_income);
        lefts.push((id, other_income));
    }
    if spending > income {
        let gap = spending - income;
        let id = node(&mut nodes, "fromSavings".into(), Phrase::new(&l::FROM_SAVINGS), 0, gap);
        lefts.push((id, gap));
    }
    let available = node(&mut nodes, "available".into(), Phrase::new(&l::AVAILABLE), 1, total);
    for (id, value) in lefts {
        links.push(FlowLink { source: id, target: available, value_minor: value });
    }

    let mut merged: Vec<Category> = Vec::new();
    let mut other_spending = 0i64;
    let mut rights: Vec<(usize, i64)> = Vec::new();
    for c in categories.iter().filter(|c| c.spending_minor > 0) {
        if c.category == Category::Other
            || permille(c.spending_minor, spending) < MIN_CATEGORY_PERMILLE
        {
            other_spending += c.spending_minor;
            if c.category != Category::Other {
                merged.push(c.category);
            }
            continue;
        }
        let id = node(
            &mut nodes,
            format!("category:{}", category_id(c.category)),
            Phrase::new(c.category.name()),
            2,
            c.spending_minor,
        );
        rights.push((id, c.spending_minor));
    }
    if other_spending > 0 {
        let id = node(
            &mut nodes,
            "category:other".into(),
            Phrase::new(Category::Other.name()),
            2,
            other_spending,
        );
        rights.push((id, other_spending));
    }
    if income > spending {
        let saved = income - spending;
        let id = node(&mut nodes, "savings".into(), Phrase::new(&l::SAVINGS), 2, saved);
        rights.push((id, saved));
    }
    for (id, value) in rights {
        links.push(FlowLink { source: available, target: id, value_minor: value });
    }
    merged.sort();
    MoneyFlow { nodes, links, total_minor: total, merged_categories: merged }
}

fn category_id(category: Category) -> String {
    // The English name, which ids have always been made of: `housing-utilities`.
    let label = category.name().en.to_lowercase();
    label
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::places::Gazetteer;
    use crate::report::categories::totals;
    use crate::report::testing::{refs, tx, Tx};

    fn flow(rows: &[Transaction]) -> MoneyFlow {
        let rows = refs(rows);
        compute(&rows, &totals(&rows), &MerchantNames::new(&rows, &Gazetteer::new()))
    }

    /// Σ into the middle = Σ out of it = total; every node's value matches its links.
    fn assert_balanced(f: &MoneyFlow) {
        let available = f.nodes.iter().position(|n| n.id == "available").expect("middle node");
        let into: i64 =
            f.links.iter().filter(|l| l.target == available).map(|l| l.value_minor).sum();
        let out: i64 =
            f.links.iter().filter(|l| l.source == available).map(|l| l.value_minor).sum();
        assert_eq!(into, out, "flows balance");
        assert_eq!(into, f.total_minor);
        for (i, n) in f.nodes.iter().enumerate().filter(|(i, _)| *i != available) {
            let through: i64 = f
                .links
                .iter()
                .filter(|l| l.source == i || l.target == i)
                .map(|l| l.value_minor)
                .sum();
            assert_eq!(through, n.value_minor, "{}", n.id);
        }
    }

    #[test]
    fn income_over_spending_leaves_savings() {
        let rows = vec![
            tx("2024-01-10", 800000).kind(Kind::Income).from("某某科技有限公司"),
            tx("2024-02-10", 800000).kind(Kind::Income).from("某某科技有限公司"),
            tx("2024-03-10", 20000).kind(Kind::Income).from("张三"),
            tx("2024-01-11", 300000).cat(Category::HousingUtilities),
            tx("2024-01-12", 200000).cat(Category::Dining),
            tx("2024-01-13", 10000).cat(Category::Health), // 1.8% of 560000: merged
            tx("2024-01-14", 50000).cat(Category::Other),
        ];
        let f = flow(&rows);
        assert_balanced(&f);
        assert_eq!(f.total_minor, 1620000, "income 1600000 + 20000");
        let ids: Vec<&str> = f.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "income:某某",
                "income:张三",
                "available",
                "category:housing-utilities",
                "category:dining",
                "category:other",
                "savings"
            ]
        );
        let value = |id: &str| f.nodes.iter().find(|n| n.id == id).map(|n| n.value_minor);
        assert_eq!(value("category:other"), Some(60000), "other 50000 + health 10000");
        assert_eq!(value("savings"), Some(1060000), "1620000 − 560000");
        assert_eq!(f.merged_categories, [Category::Health]);
        assert_eq!(f.nodes[0].label, Phrase::same("某某"));
    }

    #[test]
    fn spending_over_income_draws_on_savings_and_sources_merge() {
        let mut rows: Vec<Transaction> = (1..=7)
            .map(|i| tx("2024-01-01", i * 1000).kind(Kind::Income).from(&format!("来源{i}")))
            .collect();
        rows.push(tx("2024-01-02", 50000).cat(Category::Travel));
        let f = flow(&rows);
        assert_balanced(&f);
        // Income 28000; spending 50000 → 22000 from savings, no savings node.
        assert_eq!(f.total_minor, 50000);
        let ids: Vec<&str> = f.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(
            ids[..5],
            ["income:来源7", "income:来源6", "income:来源5", "income:来源4", "income:来源3"]
        );
        let value = |id: &str| f.nodes.iter().find(|n| n.id == id).map(|n| n.value_minor);
        assert_eq!(value("income:other"), Some(3000), "来源1 + 来源2");
        assert_eq!(value("fromSavings"), Some(22000));
        assert_eq!(value("savings"), None);
    }

    #[test]
    fn nothing_flows_without_money() {
        assert_eq!(flow(&[]), MoneyFlow::default());
    }
}
