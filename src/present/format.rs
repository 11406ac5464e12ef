//! Numbers, money and dates as display strings in either language. Money stays integer minor
//! units here too: compact amounts are rounded with integer arithmetic.

use super::Lang;
use crate::model::{Currency, Money};
use crate::money::format_minor;
use chrono::{Datelike, NaiveDate};

/// An amount with its currency: `¥1,234.50`, `€7.00`, `CHF 12.00`.
/// A negative amount reads `−¥12.00`, the sign before the symbol.
pub fn money(currency: Currency, minor: i64) -> String {
    let sign = if minor < 0 { "−" } else { "" };
    let abs = i64::try_from(minor.unsigned_abs()).unwrap_or(i64::MAX);
    format!("{sign}{}", Money { minor: abs, currency }.display())
}

/// A short amount for axes and tight labels: `¥1.2万` / `¥12k`, `¥800`, `¥2.5`. Integer
/// arithmetic only: one decimal at most, rounded half away from zero, none when it is zero.
pub fn money_compact(currency: Currency, minor: i64, lang: Lang) -> String {
    let sign = if minor < 0 { "−" } else { "" };
    let minor = i128::from(minor).abs();
    let per_major = i128::from(currency.minor_per_major().max(1));
    let steps: &[(i128, &str)] = match lang {
        Lang::En => &[(1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k")],
        Lang::Zh => &[(100_000_000, "亿"), (10_000, "万")],
    };
    let major = minor / per_major;
    let (unit, suffix) = steps.iter().copied().find(|(unit, _)| major >= *unit).unwrap_or((1, ""));
    let body = if unit == 1 && major >= 100 {
        // Whole units from 100 up: ¥800, ¥3294.
        ((minor + per_major / 2) / per_major).to_string()
    } else {
        let divisor = per_major * unit;
        let tenths = (minor * 10 + divisor / 2) / divisor;
        if tenths % 10 == 0 {
            (tenths / 10).to_string()
        } else {
            format!("{}.{}", tenths / 10, tenths % 10)
        }
    };
    format!("{sign}{}{body}{suffix}", currency.symbol().trim_end())
}

/// A per-mille share as a percentage: `18%`, `0.4%`.
pub fn percent(permille: i64) -> String {
    crate::report::share::percent(permille)
}

/// A signed per-mille change: `+25%`, `−8%`.
pub fn percent_change(permille: i64) -> String {
    let sign = if permille < 0 { "−" } else { "+" };
    format!("{sign}{}", percent(permille.saturating_abs()))
}

/// A date in a sentence: `3月14日` / `14 Mar`.
pub fn date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}月{}日", date.month(), date.day()),
        Lang::En => format!("{} {}", date.day(), super::i18n::month(date.month(), lang)),
    }
}

/// A date with its year: `2025年3月14日` / `14 Mar 2025`.
pub fn date_with_year(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => {
            format!("{} {} {}", date.day(), super::i18n::month(date.month(), lang), date.year())
        }
    }
}

/// A span of days: `3月1日–3月14日` / `1–14 Mar`, or one date when they are the same.
pub fn date_range(from: NaiveDate, to: NaiveDate, lang: Lang) -> String {
    if from == to {
        return date(from, lang);
    }
    match lang {
        Lang::En if from.month() == to.month() && from.year() == to.year() => {
            format!("{}–{}", from.day(), date(to, lang))
        }
        _ => format!("{}–{}", date(from, lang), date(to, lang)),
    }
}

/// A count with its noun: `3 天` / `3 days`, `1 day`.
pub fn count(n: u32, zh_unit: &str, en_one: &str, en_many: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{n} {zh_unit}"),
        Lang::En if n == 1 => format!("1 {en_one}"),
        Lang::En => format!("{n} {en_many}"),
    }
}

/// An English count with its noun: `1 day`, `3 days`.
pub fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// An integer with thousands separators: `12,345`.
pub fn integer(n: i64) -> String {
    format_minor(n, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn money_in_both_languages() {
        assert_eq!(money(Currency::CNY, 123450), "¥1,234.50");
        assert_eq!(money(Currency::CNY, -500), "−¥5.00");
        let yen = Currency::from_code("JPY").expect("a code");
        assert_eq!(money(yen, 1200), "¥1,200");
        assert_eq!(money(Currency::CNY, i64::MIN), "−¥92,233,720,368,547,758.07");
        assert_eq!(money_compact(Currency::CNY, 3_500_000, Lang::En), "¥35k");
        assert_eq!(money_compact(Currency::CNY, 3_500_000, Lang::Zh), "¥3.5万");
        assert_eq!(money_compact(Currency::CNY, 80_000, Lang::Zh), "¥800");
        assert_eq!(money_compact(Currency::CNY, 329_440, Lang::Zh), "¥3294");
        assert_eq!(money_compact(Currency::CNY, 250_000_000, Lang::Zh), "¥250万");
        assert_eq!(money_compact(Currency::CNY, 30_000_000_000, Lang::Zh), "¥3亿");
        assert_eq!(money_compact(Currency::CNY, 120_000, Lang::En), "¥1.2k");
        assert_eq!(money_compact(Currency::CNY, -250, Lang::En), "−¥2.5");
        assert_eq!(money_compact(Currency::CNY, i64::MIN, Lang::En), "−¥92233720.4B");
    }

    #[test]
    fn dates_and_counts() {
        assert_eq!(date(day("2025-03-14"), Lang::Zh), "3月14日");
        assert_eq!(date(day("2025-03-14"), Lang::En), "14 Mar");
        assert_eq!(date_with_year(day("2025-03-14"), Lang::En), "14 Mar 2025");
        assert_eq!(date_range(day("2025-03-01"), day("2025-03-14"), Lang::En), "1–14 Mar");
        assert_eq!(date_range(day("2025-02-27"), day("2025-03-02"), Lang::Zh), "2月27日–3月2日");
        assert_eq!(count(1, "天", "day", "days", Lang::En), "1 day");
        assert_eq!(count(3, "天", "day", "days", Lang::Zh), "3 天");
        assert_eq!(percent_change(-80), "−8%");
        assert_eq!(integer(1234567), "1,234,567");
    }
}
