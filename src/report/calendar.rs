//! Report section 5, the calendar: one cell per day of the year for a GitHub-style heatmap.
//!
//! Columns are weeks and rows are weekdays, Monday first (ISO, as Chinese calendars print
//! them): `week` 0 is the week holding 1 January, so a year spans 53 or 54 columns. A day's
//! `level` (0–4) is its colour: 0 for no spending, and 1–4 for the quartiles of the days that
//! had spending, by the nearest-rank method; `levelUpperBounds` holds the three cut points
//! (level 1 ≤ bound 0 < level 2 ≤ bound 1 < level 3 ≤ bound 2 < level 4) for the legend.
//! Days outside the span the data covers (see `numbers.rs`) have `covered: false`: a blank
//! there means "no data", not "no spending", and only covered days count as zero-spend days.

use super::numbers::{active_dates, coverage};
use crate::model::{Kind, Transaction};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The calendar section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Calendar {
    /// Every day of the year, 1 January first (365 or 366).
    pub days: Vec<CalendarDay>,
    /// Week columns the year spans.
    pub weeks: u32,
    /// The week column of each month's first day, January first (12 entries), for labels.
    pub month_start_weeks: Vec<u32>,
    /// The cut points between levels 1–2, 2–3 and 3–4, minor units; empty when no day had
    /// spending.
    pub level_upper_bounds: Vec<i64>,
    /// The most spent on one day.
    pub max_spending_minor: i64,
    /// Covered days with no spending: days to celebrate.
    pub zero_spend_days: u32,
    /// Days with spending.
    pub active_days: u32,
    /// Days the data covers.
    pub covered_days: u32,
}

/// One day of the heatmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CalendarDay {
    /// The date.
    pub date: NaiveDate,
    /// 0 = Monday … 6 = Sunday: the heatmap row.
    pub weekday: u32,
    /// The heatmap column.
    pub week: u32,
    /// Net spending that day, minor units.
    pub spending_minor: i64,
    /// Expense rows that day.
    pub payments: u32,
    /// Colour level, 0 (nothing spent) to 4.
    pub level: u8,
    /// Whether the data covers this day.
    pub covered: bool,
}

/// The calendar of `year` for that year's rows in one currency.
pub(super) fn compute(year: i32, rows: &[&Transaction]) -> Calendar {
    let Some(jan1) = NaiveDate::from_ymd_opt(year, 1, 1) else { return Calendar::default() };
    let offset = jan1.weekday().num_days_from_monday();
    let mut days: Vec<CalendarDay> = jan1
        .iter_days()
        .take_while(|d| d.year() == year)
        .map(|date| CalendarDay {
            date,
            weekday: date.weekday().num_days_from_monday(),
            week: (date.ordinal0() + offset) / 7,
            spending_minor: 0,
            payments: 0,
            level: 0,
            covered: false,
        })
        .collect();
    for t in rows.iter().filter(|t| t.kind == Kind::Expense) {
        let Some(day) = days.get_mut(t.time.ordinal0() as usize) else { continue };
        if day.date != t.time.date() {
            continue;
        }
        day.spending_minor = day.spending_minor.saturating_add(t.spending_minor());
        day.payments += 1;
    }
    let span = coverage(rows);
    for day in &mut days {
        day.covered = span.is_some_and(|(first, last)| first <= day.date && day.date <= last);
    }
    let mut spent: Vec<i64> = days.iter().map(|d| d.spending_minor).filter(|v| *v > 0).collect();
    spent.sort_unstable();
    let bounds: Vec<i64> = if spent.is_empty() {
        Vec::new()
    } else {
        (1..=3usize)
            .filter_map(|k| spent.get((k * spent.len()).div_ceil(4).saturating_sub(1)).copied())
            .collect()
    };
    for day in &mut days {
        day.level = level(day.spending_minor, &bounds);
    }
    let active = u32::try_from(active_dates(rows).len()).unwrap_or(u32::MAX);
    let covered = u32::try_from(days.iter().filter(|d| d.covered).count()).unwrap_or(0);
    Calendar {
        weeks: days.last().map_or(0, |d| d.week + 1),
        month_start_weeks: days.iter().filter(|d| d.date.day() == 1).map(|d| d.week).collect(),
        level_upper_bounds: bounds,
        max_spending_minor: spent.last().copied().unwrap_or(0),
        zero_spend_days: u32::try_from(
            days.iter().filter(|d| d.covered && d.spending_minor <= 0).count(),
        )
        .unwrap_or(0),
        active_days: active,
        covered_days: covered,
        days,
    }
}

fn level(spending: i64, bounds: &[i64]) -> u8 {
    if spending <= 0 {
        return 0;
    }
    let above = bounds.iter().filter(|b| spending > **b).count();
    u8::try_from(above + 1).unwrap_or(4).min(4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing::{refs, tx, Tx};

    #[test]
    fn leap_year_layout_monday_first() {
        let c = compute(2024, &[]);
        assert_eq!(c.days.len(), 366);
        // 1 Jan 2024 is a Monday: row 0 of column 0. 31 Dec 2024 is a Tuesday in column 52.
        assert_eq!((c.days[0].weekday, c.days[0].week), (0, 0));
        let last = c.days[365];
        assert_eq!(
            (last.date.to_string().as_str(), last.weekday, last.week),
            ("2024-12-31", 1, 52)
        );
        assert_eq!(c.weeks, 53);
        assert_eq!(c.days[59].date.to_string(), "2024-02-29");
        assert_eq!(c.month_start_weeks.len(), 12);
        assert_eq!(c.month_start_weeks[1], 4, "1 Feb 2024 is day 31, a Thursday, in column 4");
        assert!(c.level_upper_bounds.is_empty());
        assert_eq!((c.zero_spend_days, c.covered_days), (0, 0), "no data covers no day");
    }

    #[test]
    fn sunday_new_year_starts_a_short_first_week() {
        let c = compute(2023, &[]);
        assert_eq!(c.days.len(), 365);
        // 1 Jan 2023 is a Sunday: the last row of column 0; Monday 2 Jan opens column 1.
        assert_eq!((c.days[0].weekday, c.days[0].week), (6, 0));
        assert_eq!((c.days[1].weekday, c.days[1].week), (0, 1));
        assert_eq!(c.weeks, 53, "31 Dec 2023, a Sunday, is in column 52");
    }

    #[test]
    fn levels_by_quartile_and_zero_days_inside_the_covered_span() {
        let rows: Vec<Transaction> = (1..=8)
            .map(|i| tx(&format!("2024-03-{:02}", i * 2), i * 100))
            .chain([
                tx("2024-03-02", 50).kind(Kind::Transfer), // no spending, but covered
                tx("2024-03-16", 900).spent(0),            // refunded: a zero day
                tx("2024-03-20", 1).kind(Kind::Income),    // extends the span to 20 March
            ])
            .collect();
        let c = compute(2024, &refs(&rows));
        // Spending days: 100, 200, …, 800 → nearest-rank quartiles 200, 400, 600.
        assert_eq!(c.level_upper_bounds, [200, 400, 600]);
        let day = |d: u32| c.days[(59 + d) as usize]; // 1 March is index 60
        assert_eq!(day(2).level, 1, "100");
        assert_eq!(day(4).level, 1, "200 is at the bound");
        assert_eq!(day(6).level, 2, "300");
        assert_eq!(day(16).level, 4, "800");
        assert_eq!(day(16).payments, 2, "the refunded purchase is still a payment");
        assert_eq!(day(3).level, 0);
        assert_eq!(c.max_spending_minor, 800);
        // Covered: 2–20 March = 19 days, 8 with spending.
        assert_eq!((c.covered_days, c.active_days, c.zero_spend_days), (19, 8, 11));
        assert!(!day(1).covered && day(2).covered && day(20).covered && !day(21).covered);
    }
}
