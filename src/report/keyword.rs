//! Report section 8, the keyword of the year: one positive word, in Chinese and English, chosen
//! by the transparent rules of [`RULES`] and shown with its reason ("18% of your spending went
//! to books and culture" / "你 18% 的支出花在了书籍与文化上").
//!
//! Each rule measures one thing (a category share, late-night payments, cities, savings) and
//! fires when the measure reaches its threshold. Among the rules that fire, the one furthest
//! above its threshold wins (score = measure ÷ threshold, per-mille; the earlier rule in the
//! table on a tie). Every fired rule is listed in `candidates`, and the whole table in `rules`,
//! so the page can show why. With too little data (fewer than [`MIN_PAYMENTS`] payments or
//! [`MIN_DAYS`] covered days) the keyword is 开篇 / Fresh start, "a first chapter" (the page's
//! keyword section and the story leave it out); when nothing fires, 均衡 /
//! Balanced. The words are all kind: nothing about debt, fast food or excess.

use super::categories::CategoryTotal;
use super::share::permille;
use crate::model::Category;
use crate::phrase::{keywords as k, Arg, Phrase, Template};
use serde::{Deserialize, Serialize};

/// Fewer payments than this and the keyword is the thin-data fallback.
pub const MIN_PAYMENTS: u32 = 20;
/// Fewer covered days than this and the keyword is the thin-data fallback.
pub const MIN_DAYS: u32 = 28;

/// What a rule measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// The share of spending in these categories, per-mille, and what they are about in words.
    Share(&'static [Category], &'static Template),
    /// Cities with a payment (a count).
    Cities,
    /// The share of timed payments made 00:00–04:59, per-mille.
    LateNight,
    /// The share of timed payments made 05:00–08:59, per-mille.
    EarlyMorning,
    /// (income − spending) ÷ income, per-mille.
    SavingsRate,
    /// The share of covered days without spending, per-mille.
    ZeroSpendDays,
}

/// One row of the keyword table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id (`bookworm`).
    pub id: &'static str,
    /// The keyword (`phrase::keywords`).
    pub word: &'static Template,
    /// What it measures.
    pub measure: Measure,
    /// The value at which it fires (per-mille, or a count for `Cities`).
    pub threshold: i64,
}

const fn rule(id: &'static str, word: &'static Template, measure: Measure, threshold: i64) -> Rule {
    Rule { id, word, measure, threshold }
}

/// The keyword table, in order of precedence on a tie.
#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    rule("bookworm", &k::BOOKWORM, Measure::Share(&[Category::EducationCulture], &k::TOPIC_BOOKS), 100),
    rule("explorer", &k::EXPLORER, Measure::Share(&[Category::Travel], &k::TOPIC_TRIPS), 150),
    rule("foodie", &k::FOODIE, Measure::Share(&[Category::Dining], &k::TOPIC_EATING_OUT), 300),
    rule("techLover", &k::TECH_LOVER, Measure::Share(&[Category::Digital], &k::TOPIC_DIGITAL), 150),
    rule("wellness", &k::WELLNESS, Measure::Share(&[Category::Health], &k::TOPIC_HEALTH), 100),
    rule("generous", &k::GENEROUS, Measure::Share(&[Category::GiftsRedPackets], &k::TOPIC_GIFTS), 100),
    rule("homebody", &k::HOMEBODY, Measure::Share(&[Category::Groceries, Category::HousingUtilities], &k::TOPIC_HOME), 400),
    rule("funSeeker", &k::FUN_SEEKER, Measure::Share(&[Category::Entertainment], &k::TOPIC_FUN), 120),
    rule("onTheMove", &k::ON_THE_MOVE, Measure::Share(&[Category::Transport], &k::TOPIC_GETTING_AROUND), 150),
    rule("cityHopper", &k::CITY_HOPPER, Measure::Cities, 5),
    rule("nightOwl", &k::NIGHT_OWL, Measure::LateNight, 100),
    rule("earlyBird", &k::EARLY_BIRD, Measure::EarlyMorning, 200),
    rule("saver", &k::SAVER, Measure::SavingsRate, 300),
    rule("mindful", &k::MINDFUL, Measure::ZeroSpendDays, 400),
];

/// What the rules read, gathered from the other sections.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Signals<'a> {
    pub categories: &'a [CategoryTotal],
    pub spending: i64,
    pub income: i64,
    pub payments: u32,
    pub covered_days: u32,
    pub zero_spend_days: u32,
    pub timed_payments: u32,
    pub late_night_payments: u32,
    pub early_payments: u32,
    pub cities: u32,
}

/// The keyword section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Keyword {
    /// The chosen rule's id, or `freshStart` / `balanced` for the fallbacks.
    pub id: String,
    /// The keyword.
    pub word: Phrase,
    /// Why, with the number.
    pub reason: Phrase,
    /// Whether a fallback was chosen (no rule applied, or too little data).
    pub fallback: bool,
    /// Every rule that fired, best first.
    pub candidates: Vec<Candidate>,
    /// The whole table, to show how keywords are chosen.
    pub rules: Vec<RuleRow>,
}

/// A rule that fired.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    /// The rule's id.
    pub id: String,
    /// Its keyword.
    pub word: Phrase,
    /// The measured value (per-mille, or a count for cities).
    pub value: i64,
    /// The rule's threshold, in the same unit.
    pub threshold: i64,
    /// value ÷ threshold, per-mille (≥ 1000 for a rule that fired).
    pub score_permille: i64,
    /// The sentence for it.
    pub reason: Phrase,
}

/// One row of the keyword table as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleRow {
    /// The rule's id.
    pub id: String,
    /// Its keyword.
    pub word: Phrase,
    /// The condition in words ("books and culture ≥ 10% of spending").
    pub condition: Phrase,
}

fn measure(rule: &Rule, s: &Signals) -> Option<i64> {
    Some(match rule.measure {
        Measure::Share(categories, _) => {
            let part: i64 = s
                .categories
                .iter()
                .filter(|c| categories.contains(&c.category))
                .map(|c| c.spending_minor)
                .sum();
            permille(part, s.spending)
        }
        Measure::Cities => i64::from(s.cities),
        Measure::LateNight if s.timed_payments > 0 => {
            permille(i64::from(s.late_night_payments), i64::from(s.timed_payments))
        }
        Measure::EarlyMorning if s.timed_payments > 0 => {
            permille(i64::from(s.early_payments), i64::from(s.timed_payments))
        }
        Measure::SavingsRate if s.income > 0 => permille(s.income - s.spending, s.income),
        Measure::ZeroSpendDays if s.covered_days > 0 => {
            permille(i64::from(s.zero_spend_days), i64::from(s.covered_days))
        }
        _ => return None,
    })
}

fn reason(rule: &Rule, value: i64, s: &Signals) -> Phrase {
    let share = Arg::Percent(value);
    match rule.measure {
        Measure::Share(_, topic) => crate::phrase!(k::REASON_SHARE, share, topic),
        Measure::Cities => crate::phrase!(k::REASON_CITIES, Arg::count(value)),
        Measure::LateNight => crate::phrase!(k::REASON_HOURS, share, &k::TOPIC_LATE_NIGHT),
        Measure::EarlyMorning => crate::phrase!(k::REASON_HOURS, share, &k::TOPIC_EARLY_MORNING),
        Measure::SavingsRate => crate::phrase!(k::REASON_SAVINGS, share),
        Measure::ZeroSpendDays => crate::phrase!(
            k::REASON_ZERO_SPEND_DAYS,
            Arg::count(s.zero_spend_days),
            Arg::count(s.covered_days)
        ),
    }
}

fn condition(rule: &Rule) -> Phrase {
    let threshold = Arg::Percent(rule.threshold);
    match rule.measure {
        Measure::Share(_, topic) => crate::phrase!(k::WHEN_SHARE, topic, threshold),
        Measure::Cities => crate::phrase!(k::WHEN_CITIES, Arg::count(rule.threshold)),
        Measure::LateNight => crate::phrase!(k::WHEN_HOURS, &k::TOPIC_LATE_NIGHT, threshold),
        Measure::EarlyMorning => crate::phrase!(k::WHEN_HOURS, &k::TOPIC_EARLY_MORNING, threshold),
        Measure::SavingsRate => crate::phrase!(k::WHEN_SAVINGS, threshold),
        Measure::ZeroSpendDays => crate::phrase!(k::WHEN_ZERO_SPEND_DAYS, threshold),
    }
}

/// Chooses the keyword of the year.
pub(super) fn choose(s: &Signals) -> Keyword {
    let rules = RULES
        .iter()
        .map(|r| RuleRow {
            id: r.id.to_string(),
            word: Phrase::new(r.word),
            condition: condition(r),
        })
        .collect();
    if s.payments < MIN_PAYMENTS || s.covered_days < MIN_DAYS {
        return Keyword {
            id: "freshStart".to_string(),
            word: Phrase::new(&k::FRESH_START),
            reason: crate::phrase!(
                k::REASON_TOO_FEW,
                Arg::count(s.payments),
                Arg::count(s.covered_days)
            ),
            fallback: true,
            candidates: Vec::new(),
            rules,
        };
    }
    let mut candidates: Vec<(usize, Candidate)> = RULES
        .iter()
        .enumerate()
        .filter_map(|(i, rule)| {
            let value = measure(rule, s)?;
            (rule.threshold > 0 && value >= rule.threshold).then(|| {
                (
                    i,
                    Candidate {
                        id: rule.id.to_string(),
                        word: Phrase::new(rule.word),
                        value,
                        threshold: rule.threshold,
                        score_permille: permille(value, rule.threshold),
                        reason: reason(rule, value, s),
                    },
                )
            })
        })
        .collect();
    candidates.sort_by_key(|(i, c)| (std::cmp::Reverse(c.score_permille), *i));
    let candidates: Vec<Candidate> = candidates.into_iter().map(|(_, c)| c).collect();
    match candidates.first() {
        Some(best) => Keyword {
            id: best.id.clone(),
            word: best.word.clone(),
            reason: best.reason.clone(),
            fallback: false,
            candidates,
            rules,
        },
        None => {
            let top = s.categories.iter().map(|c| c.share_permille).max().unwrap_or(0);
            Keyword {
                id: "balanced".to_string(),
                word: Phrase::new(&k::BALANCED),
                reason: crate::phrase!(k::REASON_BALANCED, Arg::Percent(top)),
                fallback: true,
                candidates,
                rules,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::model::Transaction;
    use crate::report::categories::totals;
    use crate::report::testing::{refs, tx, Tx};

    /// Signals for `rows` spread over 100 covered days with 60 of them zero-spend days.
    fn keyword_of(rows: &[Transaction], extra: impl FnOnce(&mut Signals)) -> Keyword {
        let categories = totals(&refs(rows));
        let mut s = Signals {
            categories: &categories,
            spending: rows.iter().map(|t| t.spending_minor()).sum(),
            payments: u32::try_from(rows.len()).expect("few rows"),
            covered_days: 100,
            zero_spend_days: 30,
            ..Signals::default()
        };
        extra(&mut s);
        choose(&s)
    }

    fn spread(category: Category, n: usize, minor: i64) -> Vec<Transaction> {
        (0..n).map(|_| tx("2024-06-01", minor).cat(category)).collect()
    }

    #[test]
    fn bookworm_with_its_reason() {
        // Books 18 × ¥10 = ¥180 of ¥1000: 18%; shopping, which no rule reads, the rest.
        let mut rows = spread(Category::EducationCulture, 18, 1000);
        rows.extend(spread(Category::Shopping, 82, 1000));
        let k = keyword_of(&rows, |_| {});
        assert_eq!(k.id, "bookworm");
        assert_eq!(k.word.text(), crate::lang::Text::new("书香", "Bookworm"));
        assert_eq!(k.reason, "18% of your spending went to books and culture");
        assert_eq!(k.reason.render(Lang::Zh), "你 18% 的支出花在了书籍与文化上");
        assert!(!k.fallback);
        assert_eq!(k.candidates[0].score_permille, 1800, "180‰ ÷ 100‰");
    }

    #[test]
    fn the_rule_furthest_above_its_threshold_wins() {
        // Dining 60% (score 2000) against books 15% (score 1500).
        let mut rows = spread(Category::Dining, 60, 1000);
        rows.extend(spread(Category::EducationCulture, 15, 1000));
        rows.extend(spread(Category::Shopping, 25, 1000));
        let k = keyword_of(&rows, |_| {});
        assert_eq!(k.id, "foodie");
        let ids: Vec<&str> = k.candidates.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["foodie", "bookworm"]);
    }

    #[test]
    fn patterns_beyond_categories() {
        let rows = spread(Category::Shopping, 10, 1000);
        let mut rows2 = rows.clone();
        rows2.extend(spread(Category::Other, 30, 1000));
        // Shopping 25% fires nothing; 30 of 40 timed payments late at night: 750‰ → 7500.
        let k = keyword_of(&rows2, |s| {
            s.timed_payments = 40;
            s.late_night_payments = 30;
        });
        assert_eq!(k.id, "nightOwl");
        assert_eq!(k.reason, "75% of your payments were made between midnight and 5 a.m.");
        let k = keyword_of(&rows2, |s| {
            s.income = 1_000_000;
            s.spending = 400_000;
        });
        assert_eq!(
            (k.id.as_str(), k.reason.to_string().as_str()),
            ("saver", "You kept 60% of your income")
        );
        let k = keyword_of(&rows2, |s| s.cities = 8);
        assert_eq!(
            (k.id.as_str(), k.reason.render(Lang::Zh).as_str()),
            ("cityHopper", "你在 8 座城市留下了消费足迹")
        );
    }

    #[test]
    fn balanced_when_nothing_fires() {
        let mut rows = spread(Category::Shopping, 25, 1000);
        rows.extend(spread(Category::Other, 25, 1000));
        rows.extend(spread(Category::Dining, 25, 1000));
        rows.extend(spread(Category::Transport, 10, 1000));
        rows.extend(spread(Category::Fees, 15, 1000));
        let k = keyword_of(&rows, |_| {});
        assert_eq!(k.id, "balanced");
        assert!(k.fallback && k.candidates.is_empty());
        assert_eq!(k.reason, "No single kind of spending took more than 25% of your year");
    }

    #[test]
    fn fresh_start_for_thin_data() {
        let rows = spread(Category::EducationCulture, 5, 1000); // 100% books, but 5 payments
        let k = keyword_of(&rows, |_| {});
        assert_eq!(k.id, "freshStart");
        assert!(k.fallback);
        assert_eq!(k.reason, "A first chapter: 5 payments over 100 days");
        let rows = spread(Category::EducationCulture, 30, 1000);
        assert_eq!(keyword_of(&rows, |s| s.covered_days = 10).id, "freshStart", "ten days");
        let one = keyword_of(&rows[..1], |s| s.covered_days = 1);
        assert_eq!(one.reason, "A first chapter: 1 payment over 1 day");
        assert_eq!(one.reason.render(Lang::Zh), "开篇：1 天里的 1 笔支付");
    }

    #[test]
    fn the_table_is_kind_and_complete() {
        assert!(RULES.len() >= 12);
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
        for rule in RULES {
            for word in ["debt", "fast food", "excess", "broke", "负债", "快餐", "剁手", "月光"]
            {
                assert!(
                    !rule.word.en.to_lowercase().contains(word) && !rule.word.zh.contains(word),
                    "{rule:?}"
                );
            }
        }
        let k = keyword_of(&spread(Category::Dining, 30, 100), |_| {});
        assert_eq!(k.rules.len(), RULES.len());
        assert_eq!(k.rules[0].condition, "books and culture ≥ 10% of spending");
        assert!(RULES.iter().all(|r| !reason(r, r.threshold, &Signals::default()).shows_money()));
    }
}
