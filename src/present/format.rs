//! Numbers and money as display strings (table cells, axes). Money stays integer minor
//! units here too: compact amounts are rounded with integer arithmetic.

use super::Lang;
use crate::model::{Currency, Money};
use crate::money::format_minor;

/// An amount with its currency: `¥1,234.50`, `€7.00`, `CHF 12.00`.
/// A negative amount reads `−¥12.00`, the sign before the symbol (as in phrases).
pub fn money(currency: Currency, minor: i64) -> String {
    crate::phrase::money(Money { minor, currency })
}

/// The units each language groups large numbers by, largest first: thousands, millions and
/// billions in English; 万 (10⁴) and 亿 (10⁸) in Chinese. A number format, not a word: the two
/// languages do not even group by the same powers.
const COMPACT_UNITS_EN: &[(i128, &str)] = &[(1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k")];
const COMPACT_UNITS_ZH: &[(i128, &str)] = &[(100_000_000, "亿"), (10_000, "万")];

/// A short amount for axes and tight labels: `¥1.2万` / `¥12k`, `¥800`, `¥2.5`. Integer
/// arithmetic only: one decimal at most, rounded half away from zero, none when it is zero.
pub fn money_compact(currency: Currency, minor: i64, lang: Lang) -> String {
    let sign = if minor < 0 { "−" } else { "" };
    let minor = i128::from(minor).abs();
    let per_major = i128::from(currency.minor_per_major().max(1));
    let steps = if lang == Lang::Zh { COMPACT_UNITS_ZH } else { COMPACT_UNITS_EN };
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
    crate::phrase::percent(permille)
}

/// A signed per-mille change: `+25%`, `−8%`.
pub fn percent_change(permille: i64) -> String {
    let sign = if permille < 0 { "−" } else { "+" };
    format!("{sign}{}", percent(permille.saturating_abs()))
}

/// An integer with thousands separators: `12,345`.
pub fn integer(n: i64) -> String {
    format_minor(n, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn percentages_and_integers() {
        assert_eq!(percent_change(-80), "−8%");
        assert_eq!(percent_change(250), "+25%");
        assert_eq!(integer(1234567), "1,234,567");
    }
}
