//! The annual report, computed from transactions alone: one file per section. The year is an
//! argument (or the latest year in the data); nothing here reads a clock.
//!
//! Sections 2–11 describe the report's main currency (the one with the most rows in the year);
//! section 1 (`numbers`) is given per currency. All money is integer minor units (`…Minor`),
//! all shares per-mille (`…Permille`, 0–1000). The report holds no rendered text: a sentence it
//! decides (a keyword's reason, a group's explanation) is a [`Phrase`](crate::phrase::Phrase)
//! with typed arguments, a place's name a [`Name`](crate::phrase::Name), and everything else is
//! numbers and ids that `present` and `chart` put into words in either language.

mod calendar;
mod categories;
mod flow;
mod keyword;
mod merchants;
mod moments;
mod months;
mod numbers;
mod places;
mod portrait;
mod reconcile;
pub mod share;
mod timing;
mod yoy;

#[cfg(test)]
pub(crate) mod testing;

pub use calendar::{Calendar, CalendarDay};
pub use categories::{Categories, CategoryGrowth, CategoryTotal};
pub use flow::{FlowLink, FlowNode, MoneyFlow};
pub use keyword::{Candidate, Keyword, Measure, Rule, RuleRow, MIN_DAYS, MIN_PAYMENTS, RULES};
pub use merchants::{MerchantTotal, Merchants};
pub use moments::{Moment, Moments, EVENING_START_HOUR};
pub use months::MonthTotal;
pub use numbers::{FrequentMerchant, Purchase, Streak, YearInNumbers};
pub use places::{Coordinates, CountryTotal, Evidence, Place, PlaceLevel, Places};
pub use portrait::{Axis, Portrait};
pub use reconcile::{KindTotal, RowGroup, RowRef, WhatCounts};
pub use timing::{HourCell, Slot, Timing, LATE_NIGHT_END_HOUR};
pub use yoy::{Change, PreviousYear};

use crate::classify::places::Gazetteer;
use crate::model::{Currency, Kind, Transaction};
use chrono::Datelike;
use merchants::MerchantNames;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything the page and the command line show for one year.
///
/// Its JSON (`yearbook report --json`) is a contract: `year` and `currencies.<CODE>.{spending,
/// income, transactions}` keep their names; sections are added beside them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The calendar year reported on.
    pub year: i32,
    /// The currency the sections below are drawn in: the one asked for, else the one with the
    /// most payments this year.
    pub currency: Currency,
    /// Headline totals per currency, in minor units.
    pub currencies: BTreeMap<Currency, Totals>,
    /// Spending and income per month, January first, always 12 entries.
    pub months: Vec<MonthTotal>,
    /// The month (1 = January) with the most spending; the earlier one on a tie.
    pub busiest_month: Option<u32>,
    /// Every row of the year by kind, so the totals can be checked against the file.
    pub reconciliation: Vec<KindTotal>,
    /// Every year in the data with its number of rows, oldest first, to offer the others.
    pub years: Vec<YearCount>,
    /// §1 The year in numbers, per currency.
    pub numbers: BTreeMap<Currency, YearInNumbers>,
    /// §3 Spending per category.
    pub categories: Categories,
    /// §4 Top merchants.
    pub merchants: Merchants,
    /// §5 Daily spending for a heatmap.
    pub calendar: Calendar,
    /// §6 When you pay: weekday × hour, late night, weekend.
    pub timing: Timing,
    /// §7 Places named in the payments (inferred).
    pub places: Places,
    /// §8 The keyword of the year.
    pub keyword: Keyword,
    /// §9 Category shares on fixed radar axes.
    pub portrait: Portrait,
    /// §10 Income sources to spending categories and savings.
    pub flow: MoneyFlow,
    /// §11 Every row read, accounted for.
    pub what_counts: WhatCounts,
    /// §12 The year before, when the data has it and covers the same months.
    pub previous_year: Option<PreviousYear>,
    /// The story's moments: the first payment, the latest night.
    #[serde(default)]
    pub moments: Moments,
    /// Why the year before is not compared: one of the two years' statements cover only part
    /// of it (`None` when it is compared, or not in the data at all).
    #[serde(default)]
    pub not_compared: Option<Coverage>,
}

/// Choices the user makes about the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReportOptions {
    /// Places the user removed (ids, Chinese or English names, country codes); see
    /// `places.rs`.
    pub exclude_places: Vec<String>,
    /// The currency sections 2–12 are drawn in; `None`, or one the year does not hold, for
    /// the one with the most payments. No amount is ever converted.
    pub currency: Option<Currency>,
}

impl ReportOptions {
    /// The same options, with the sections drawn in `currency`.
    pub fn in_currency(self, currency: Option<Currency>) -> ReportOptions {
        ReportOptions { currency, ..self }
    }

    /// Options that remove these places (ids, names or country codes).
    pub fn excluding_places<S: Into<String>>(places: impl IntoIterator<Item = S>) -> ReportOptions {
        ReportOptions {
            exclude_places: places.into_iter().map(Into::into).collect(),
            currency: None,
        }
    }
}

/// Headline totals for one currency, minor units.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// Net spending (expenses after linked refunds), ≥ 0.
    pub spending: i64,
    /// Income, ≥ 0.
    pub income: i64,
    /// Rows of the year in this currency, of every kind.
    pub transactions: u32,
    /// Expense rows.
    pub payments: u32,
}

/// How many rows a year holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct YearCount {
    /// The year.
    pub year: i32,
    /// Its rows.
    pub transactions: u32,
    /// Its payments and income rows, which decide the year reported when none is asked for.
    pub counted: u32,
}

/// The months a year's statements cover, first to last (1 = January), when the year before
/// the reported one is in the data but covered differently, so the two are not compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    /// The year covered only in part.
    pub year: i32,
    /// Its first month with a row.
    pub first_month: u32,
    /// Its last month with a row.
    pub last_month: u32,
}

impl Report {
    /// Builds the report for `year`, or when `None` for the year with the most payments and
    /// income rows in the data (the later one on a tie: a year's last export usually reaches a
    /// few days into the next, which must not become the report).
    /// Returns `None` when there is nothing to report on.
    pub fn build(transactions: &[Transaction], year: Option<i32>) -> Option<Report> {
        Report::build_with(transactions, year, &ReportOptions::default())
    }

    /// [`Report::build`] with the user's choices (places removed).
    pub fn build_with(
        transactions: &[Transaction],
        year: Option<i32>,
        options: &ReportOptions,
    ) -> Option<Report> {
        let all = transactions;
        // A row read twice (a repeated export, a bank row mirroring a wallet payment) is the
        // same money: only "What counts" lists it; every other number is as if it were read
        // once, so adding a file again never changes the report.
        let transactions: Vec<&Transaction> =
            all.iter().filter(|t| t.kind != Kind::Duplicate).collect();
        let transactions = transactions.as_slice();
        let years = years(transactions);
        let year =
            year.or_else(|| years.iter().max_by_key(|y| (y.counted, y.year)).map(|y| y.year))?;
        let mut currencies: BTreeMap<Currency, Totals> = BTreeMap::new();
        for t in transactions.iter().filter(|t| t.time.year() == year) {
            let totals = currencies.entry(t.amount.currency).or_default();
            totals.transactions += 1;
            totals.spending = totals.spending.saturating_add(t.spending_minor());
            match t.kind {
                Kind::Expense => totals.payments += 1,
                Kind::Income => totals.income = totals.income.saturating_add(t.amount.minor),
                _ => {}
            }
        }
        // The person's choice when the year holds it; else the most payments (then rows).
        let currency =
            options.currency.filter(|c| currencies.contains_key(c)).unwrap_or_else(|| {
                currencies
                    .iter()
                    .max_by_key(|(_, totals)| (totals.payments, totals.transactions))
                    .map_or(Currency::CNY, |(c, _)| *c)
            });
        let rows_of = |year: i32, currency: Currency| -> Vec<&Transaction> {
            transactions
                .iter()
                .filter(|t| t.time.year() == year && t.amount.currency == currency)
                .copied()
                .collect()
        };
        let in_view = rows_of(year, currency);
        let before = year.checked_sub(1).map(|y| rows_of(y, currency)).unwrap_or_default();
        let gazetteer = Gazetteer::new();
        let named: Vec<&Transaction> = transactions
            .iter()
            .filter(|t| t.time.year() == year || Some(t.time.year()) == year.checked_sub(1))
            .copied()
            .collect();
        let names = MerchantNames::new(&named, &gazetteer);

        let numbers: BTreeMap<Currency, YearInNumbers> =
            currencies.keys().map(|c| (*c, numbers::compute(&rows_of(year, *c), &names))).collect();
        let main = numbers.get(&currency).cloned().unwrap_or_default();
        let mut months = months::by_month(&in_view);
        let category_totals = categories::totals(&in_view);
        let (this_span, before_span) = (months_covered(&in_view), months_covered(&before));
        let not_compared = match (this_span, before_span) {
            (Some(this), Some(earlier)) if !comparable(this, earlier) => {
                // Name the year covered less; on a tie, the earlier one.
                let months = |(first, last): (u32, u32)| last.saturating_sub(first);
                let (y, (first_month, last_month)) = if months(earlier) <= months(this) {
                    (year - 1, earlier)
                } else {
                    (year, this)
                };
                Some(Coverage { year: y, first_month, last_month })
            }
            _ => None,
        };
        let previous_year = (!before.is_empty() && not_compared.is_none()).then(|| {
            let before_numbers = numbers::compute(&before, &names);
            PreviousYear {
                year: year - 1,
                change: yoy::change(&main, &before_numbers, currency),
                numbers: before_numbers,
                months: months::by_month(&before),
                categories: categories::totals(&before),
            }
        });
        if let Some(previous) = &previous_year {
            months::compare(&mut months, &previous.months);
        }
        let grew_most = previous_year
            .as_ref()
            .and_then(|p| categories::grew_most(&category_totals, &p.categories, currency));
        let timing = timing::compute(&in_view);
        let places = places::infer(&in_view, &gazetteer, &options.exclude_places);
        let calendar = calendar::compute(year, &in_view);
        let early_payments =
            timing.cells.iter().filter(|c| (5..9).contains(&c.hour)).map(|c| c.payments).sum();
        let keyword = keyword::choose(&keyword::Signals {
            categories: &category_totals,
            spending: main.spending_minor,
            income: main.income_minor,
            payments: main.payments,
            covered_days: main.covered_days,
            zero_spend_days: main.zero_spend_days,
            timed_payments: timing.payments_with_time,
            late_night_payments: timing.late_night.payments,
            early_payments,
            cities: u32::try_from(places.cities.len()).unwrap_or(u32::MAX),
        });
        Some(Report {
            year,
            currency,
            currencies,
            busiest_month: months::busiest(&months),
            months,
            reconciliation: reconcile::by_kind(&in_view),
            years,
            portrait: portrait::compute(&category_totals),
            flow: flow::compute(&in_view, &category_totals, &names),
            categories: Categories { items: category_totals, grew_most },
            merchants: merchants::compute(&in_view, &names),
            calendar,
            timing,
            places,
            keyword,
            what_counts: reconcile::what_counts(all, year, currency),
            previous_year,
            moments: moments::compute(&in_view, &names),
            not_compared,
            numbers,
        })
    }

    /// The totals in the report's main currency.
    pub fn totals(&self) -> Totals {
        self.currencies.get(&self.currency).copied().unwrap_or_default()
    }
}

/// The hour late night ends (payments from 00:00 to this hour, exclusive, are late-night), for
/// charts that mark it.
pub fn timing_late_night_end() -> u32 {
    LATE_NIGHT_END_HOUR
}

fn years(transactions: &[&Transaction]) -> Vec<YearCount> {
    let mut counts = BTreeMap::<i32, (u32, u32)>::new();
    for t in transactions {
        let (all, counted) = counts.entry(t.time.year()).or_default();
        *all += 1;
        *counted += u32::from(matches!(t.kind, Kind::Expense | Kind::Income));
    }
    counts
        .into_iter()
        .map(|(year, (transactions, counted))| YearCount { year, transactions, counted })
        .collect()
}

/// Whether two years whose rows span these months (first, last) are compared: their first
/// months and their last months are at most a month apart. A year's statements that start in
/// March are not set against a whole year (−96% says nothing), and a quiet January is no reason
/// to refuse a comparison.
fn comparable(this: (u32, u32), before: (u32, u32)) -> bool {
    this.0.abs_diff(before.0) <= 1 && this.1.abs_diff(before.1) <= 1
}

/// The first and last month with a row, `None` for no rows.
fn months_covered(rows: &[&Transaction]) -> Option<(u32, u32)> {
    let first = rows.iter().map(|t| t.time.month()).min()?;
    let last = rows.iter().map(|t| t.time.month()).max()?;
    Some((first, last))
}

#[cfg(test)]
mod tests {
    use super::testing::{tx, Tx};
    use super::*;
    use crate::model::Category;

    /// Two years in CNY, a few euros, and places in merchant names.
    fn two_years() -> Vec<Transaction> {
        let mut rows = vec![
            tx("2023-02-01 12:00", 10000).cat(Category::Dining).from("麦当劳"),
            tx("2023-05-01 12:00", 5000).cat(Category::Travel).from("如家酒店"),
            tx("2023-05-02 12:00", 300000).kind(Kind::Income).from("某某科技有限公司"),
            tx("2024-01-05 08:30", 2000).cat(Category::Dining).from("瑞幸咖啡(深圳科技园店)"),
            tx("2024-02-29 23:10", 30000).cat(Category::Travel).from("全季酒店(杭州西湖店)"),
            tx("2024-03-03 01:30", 4000).cat(Category::Dining).from("东莞肯德基有限公司"),
            tx("2024-03-04 12:00", 4000).spent(1000).cat(Category::Shopping).from("优衣库"),
            tx("2024-03-05 12:00", 3000).kind(Kind::Refund).from("优衣库"),
            tx("2024-04-01 12:00", 500000).kind(Kind::Income).from("某某科技有限公司"),
            tx("2024-04-02 12:00", 100000).kind(Kind::Transfer),
            tx("2024-05-01", 1500).currency(Currency::EUR).from("STARBUCKS #1234"),
        ];
        for (i, t) in rows.iter_mut().enumerate() {
            t.row = u32::try_from(i).expect("few rows") + 2;
        }
        rows
    }

    #[test]
    fn every_section_is_built_and_agrees_with_the_others() {
        let rows = two_years();
        let r = Report::build(&rows, None).expect("a report");
        assert_eq!((r.year, r.currency), (2024, Currency::CNY));
        // Headline: 2000 + 30000 + 4000 + 1000 = 37000.
        assert_eq!(r.totals().spending, 37000);
        let cny = &r.numbers[&Currency::CNY];
        assert_eq!((cny.spending_minor, cny.income_minor, cny.payments), (37000, 500000, 4));
        assert_eq!(r.numbers[&Currency::EUR].spending_minor, 1500, "numbers per currency");
        assert_eq!(r.months[11].cumulative_spending_minor, 37000);
        assert_eq!(r.months[11].previous_cumulative_spending_minor, Some(15000));
        let grew = r.categories.grew_most.as_ref().expect("travel grew");
        assert_eq!((grew.category, grew.increase_minor), (Category::Travel, 25000));
        assert_eq!(r.categories.items.iter().map(|c| c.spending_minor).sum::<i64>(), 37000);
        assert_eq!(r.merchants.by_amount[0].name, "全季酒店");
        assert_eq!(r.calendar.days.len(), 366);
        assert_eq!(r.calendar.days.iter().map(|d| d.spending_minor).sum::<i64>(), 37000);
        assert_eq!(r.timing.late_night.payments, 1, "01:30 on 3 March");
        let cities: Vec<&str> = r.places.cities.iter().map(|c| c.name.zh.as_ref()).collect();
        assert_eq!(cities, ["杭州", "东莞", "深圳"], "one payment each: most spending first");
        assert_eq!(r.portrait.axes.len(), 11);
        let flow_in: i64 =
            r.flow.links.iter().filter(|l| l.target == 1).map(|l| l.value_minor).sum();
        assert_eq!(flow_in, 500000);
        assert_eq!(r.what_counts.rows_read, 11);
        assert_eq!(r.what_counts.groups.iter().map(|g| g.count).sum::<u32>(), 11);
        assert_eq!(r.what_counts.spending_minor, r.totals().spending);
        let previous = r.previous_year.as_ref().expect("2023 is in the data");
        assert_eq!((previous.year, previous.numbers.spending_minor), (2023, 15000));
        assert_eq!(previous.change.spending_minor, 22000);
        assert_eq!(r.keyword.id, "freshStart", "four payments are too few");
    }

    #[test]
    fn every_currency_gets_its_report_and_none_is_converted() {
        // Two payments in GBP with many transfers, three payments in CNY: CNY by default.
        let mut rows: Vec<Transaction> =
            (1..=3).map(|d| tx(&format!("2024-03-0{d}"), 1000)).collect();
        rows.extend((1..=2).map(|d| tx(&format!("2024-04-0{d}"), 500).currency(Currency::GBP)));
        rows.extend(
            (0..5).map(|_| tx("2024-04-09", 9).kind(Kind::Transfer).currency(Currency::GBP)),
        );
        let r = Report::build(&rows, None).expect("a report");
        assert_eq!(r.currency, Currency::CNY, "the most payments, not the most rows");
        let gbp = ReportOptions::default().in_currency(Some(Currency::GBP));
        let r = Report::build_with(&rows, None, &gbp).expect("a report");
        assert_eq!(r.currency, Currency::GBP);
        assert_eq!(r.categories.items.iter().map(|c| c.spending_minor).sum::<i64>(), 1000);
        assert_eq!(r.months[3].spending_minor, 1000, "April in pounds, nothing converted");
        assert_eq!(r.what_counts.spending_minor, 1000);
        // A currency the year does not hold falls back to the default.
        let eur = ReportOptions::default().in_currency(Some(Currency::EUR));
        assert_eq!(
            Report::build_with(&rows, None, &eur).expect("a report").currency,
            Currency::CNY
        );
    }

    #[test]
    fn removing_places_recomputes_them() {
        let rows = two_years();
        let options = ReportOptions::excluding_places(["杭州", "cn-441900"]);
        let r = Report::build_with(&rows, None, &options).expect("a report");
        let cities: Vec<&str> = r.places.cities.iter().map(|c| c.name.zh.as_ref()).collect();
        assert_eq!(cities, ["深圳"]);
        assert_eq!(r.places.provinces.len(), 1, "广东 through 深圳 only");
        assert_eq!(r.places.provinces[0].spending_minor, 2000);
    }

    #[test]
    fn an_earlier_year_has_no_previous_year_and_nothing_is_nothing() {
        let rows = two_years();
        let r = Report::build(&rows, Some(2023)).expect("a report");
        assert!(r.previous_year.is_none());
        assert!(r.months.iter().all(|m| m.previous_cumulative_spending_minor.is_none()));
        assert_eq!(r.categories.grew_most, None);
        assert_eq!(r.what_counts.rows_read, 11, "other years are accounted for too");
        assert!(Report::build(&[], None).is_none());
    }

    #[test]
    fn the_default_year_has_the_most_payments_and_income_not_the_latest_date() {
        // 2021: thirteen payments; 2024: two; 2025: one payment and many transfers.
        let mut rows: Vec<Transaction> =
            (1..=12).map(|m| tx(&format!("2021-{m:02}-10 12:00"), 100)).collect();
        rows.push(tx("2021-12-30 12:00", 100));
        rows.extend([tx("2024-01-02 09:00", 500), tx("2024-03-02 09:00", 500)]);
        rows.push(tx("2025-01-01 09:00", 500));
        rows.extend((0..20).map(|_| tx("2025-02-01 09:00", 500).kind(Kind::Transfer)));
        let r = Report::build(&rows, None).expect("a report");
        assert_eq!(r.year, 2021, "thirteen payments beat the newest year's handful");
        let counts: Vec<(i32, u32, u32)> =
            r.years.iter().map(|y| (y.year, y.transactions, y.counted)).collect();
        assert_eq!(counts, [(2021, 13, 13), (2024, 2, 2), (2025, 21, 1)]);
        assert_eq!(Report::build(&rows, Some(2024)).expect("asked for").year, 2024);
        // A tie goes to the later year.
        let tie = [tx("2022-05-01", 100), tx("2023-05-01", 100)];
        assert_eq!(Report::build(&tie, None).expect("a report").year, 2023);
        // Rows read twice do not count twice towards the choice.
        let mut twice = vec![tx("2022-05-01", 100), tx("2023-05-01", 100)];
        twice.push(tx("2023-05-01", 100).kind(Kind::Duplicate));
        twice.push(tx("2022-06-01", 100));
        assert_eq!(Report::build(&twice, None).expect("a report").year, 2022);
    }

    #[test]
    fn years_covered_differently_are_not_compared() {
        // 2021 covered March–December, 2022 the whole year: not compared, and said why.
        let mut rows: Vec<Transaction> =
            (3..=12).map(|m| tx(&format!("2021-{m:02}-10 12:00"), 10000)).collect();
        rows.extend((1..=12).map(|m| tx(&format!("2022-{m:02}-10 12:00"), 500)));
        let r = Report::build(&rows, Some(2022)).expect("a report");
        assert_eq!(r.previous_year, None);
        assert_eq!(r.not_compared, Some(Coverage { year: 2021, first_month: 3, last_month: 12 }));
        assert!(r.months.iter().all(|m| m.previous_cumulative_spending_minor.is_none()));
        // A year that is one day of January, against a whole one: the short one is named.
        let mut rows: Vec<Transaction> =
            (1..=12).map(|m| tx(&format!("2021-{m:02}-10 12:00"), 10000)).collect();
        rows.push(tx("2022-01-02 12:00", 500));
        let r = Report::build(&rows, Some(2022)).expect("a report");
        assert_eq!(r.not_compared, Some(Coverage { year: 2022, first_month: 1, last_month: 1 }));
        assert!(r.previous_year.is_none());
        // February–December against January–December: a quiet January still compares.
        let mut rows: Vec<Transaction> =
            (2..=12).map(|m| tx(&format!("2021-{m:02}-10 12:00"), 10000)).collect();
        rows.extend((1..=12).map(|m| tx(&format!("2022-{m:02}-10 12:00"), 500)));
        let r = Report::build(&rows, Some(2022)).expect("a report");
        assert_eq!(r.not_compared, None);
        assert_eq!(r.previous_year.expect("compared").numbers.spending_minor, 110000);
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_json_round_trips_with_camel_case_names() {
        let r = Report::build(&two_years(), None).expect("a report");
        let json = serde_json::to_value(&r).expect("serialise");
        for key in ["year", "currencies", "numbers", "whatCounts", "previousYear", "keyword"] {
            assert!(json.get(key).is_some(), "{key}");
        }
        assert_eq!(json["currencies"]["CNY"]["spending"], 37000, "the contract's names");
        assert_eq!(
            json["keyword"]["word"]["key"], "FRESH_START",
            "a phrase by its template's name"
        );
        assert_eq!(json["whatCounts"]["summary"]["args"][1]["money"]["currency"], "CNY");
        let back: Report = serde_json::from_value(json).expect("deserialise, as the page does");
        assert_eq!(back, r);
    }
}
