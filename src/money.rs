//! Money: [`Money`] and [`Currency`] (integer minor units and an ISO 4217 code), reading
//! amounts as written in statements into minor units, never through `f64`, and writing them back
//! for people.
//!
//! Reading accepts currency signs (`¥` `￥` `$` `£` `€`), a sign before or after the symbol, an
//! explicit `+`, thousands separators, a decimal comma, and the binary-float noise that
//! spreadsheet cells carry (`548.58000000000004`, `7.0000000000000007E-2`), rounding half away
//! from zero.
//!
//! It sits below `model` and `phrase` (which both use it), so that a phrase can carry an amount
//! without the phrases and the model importing each other.

use serde::{Deserialize, Serialize};

/// An amount of money in integer minor units (分 for CNY, cents for EUR/USD). In a
/// [`Transaction`] it is the magnitude as written (never negative); [`Direction`] says which way
/// the money went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// Minor units: 1234 CNY means ¥12.34.
    pub minor: i64,
    /// The currency the amount is written in.
    pub currency: Currency,
}

impl Money {
    /// Money in Chinese yuan, from 分.
    pub fn cny(minor: i64) -> Money {
        Money { minor, currency: Currency::CNY }
    }

    /// For people: `¥1,234.50`, `€8.78`, `DKK 829,419.78`.
    pub fn display(&self) -> String {
        format!(
            "{}{}",
            self.currency.symbol(),
            format_minor(self.minor, self.currency.minor_digits())
        )
    }
}

/// A currency by its ISO 4217 code (`CNY`, `EUR`, `DKK`, …). Serialises as the code.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    /// Chinese yuan renminbi, the currency of every Alipay and WeChat Pay statement.
    pub const CNY: Currency = Currency(*b"CNY");
    /// Euro.
    pub const EUR: Currency = Currency(*b"EUR");
    /// US dollar.
    pub const USD: Currency = Currency(*b"USD");
    /// Pound sterling.
    pub const GBP: Currency = Currency(*b"GBP");

    /// The currency with this three-letter code (any case), if it is one.
    pub fn from_code(code: &str) -> Option<Currency> {
        let bytes = code.trim().as_bytes();
        match bytes {
            [a, b, c] if bytes.iter().all(u8::is_ascii_alphabetic) => Some(Currency([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => None,
        }
    }

    /// The ISO code, e.g. `"CNY"`.
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// The sign written before an amount; the code and a space for currencies without one.
    pub fn symbol(self) -> String {
        match &self.0 {
            b"CNY" | b"JPY" => "¥".to_string(),
            b"EUR" => "€".to_string(),
            b"USD" => "$".to_string(),
            b"GBP" => "£".to_string(),
            _ => format!("{} ", self.code()),
        }
    }

    /// Digits after the decimal point (ISO 4217 exponent): 2 for most, 0 for yen and won, 3
    /// for the dinars.
    pub fn minor_digits(self) -> u32 {
        match &self.0 {
            b"JPY" | b"KRW" | b"ISK" | b"CLP" | b"VND" | b"UGX" | b"PYG" | b"XOF" | b"XAF" => 0,
            b"BHD" | b"KWD" | b"OMR" | b"JOD" | b"TND" | b"IQD" | b"LYD" => 3,
            _ => 2,
        }
    }

    /// Minor units per major unit (100 分 per 元).
    pub fn minor_per_major(self) -> i64 {
        10i64.pow(self.minor_digits())
    }
}

impl std::fmt::Debug for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Currency, D::Error> {
        let code = String::deserialize(d)?;
        Currency::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("not a currency code: {code}")))
    }
}

/// Reads `text` as an amount with `decimals` minor digits (2 for 元/分) and returns minor units.
///
/// The error is a short phrase for a warning: `expected a number like 1200.00`.
pub fn parse_minor(text: &str, decimals: u32) -> Result<i64, &'static str> {
    match plain_minor(text, decimals) {
        Some(minor) => Ok(minor),
        None => parse_written(text, decimals),
    }
}

/// [`parse_minor`] for every way an amount is written.
fn parse_written(text: &str, decimals: u32) -> Result<i64, &'static str> {
    let mut s = text.trim_matches(|c: char| c.is_whitespace() || c == '"');
    let mut negative = false;
    // Signs may stand before or after the currency symbol: "-$7,971.39", "$-7.00", "¥-3".
    loop {
        let before = s;
        s = s.trim_start();
        if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
            negative = !negative;
            s = rest;
        } else if let Some(rest) = s.strip_prefix('+') {
            s = rest;
        }
        for symbol in ['¥', '￥', '$', '£', '€'] {
            if let Some(rest) = s.strip_prefix(symbol) {
                s = rest;
            }
        }
        if s == before {
            break;
        }
    }
    if let Some(rest) = s.strip_suffix('-') {
        // Some banks write the sign last: "12.50-".
        negative = !negative;
        s = rest;
    }
    let s = s.trim();
    if s.is_empty() {
        return Err("expected a number like 1200.00");
    }

    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(at) => {
            let exponent: i32 =
                s[at + 1..].parse().map_err(|_| "expected a number like 1200.00")?;
            (&s[..at], exponent)
        }
        None => (s, 0),
    };
    let (integer, fraction) = split_decimal(mantissa)?;

    let digits: String = integer.chars().chain(fraction.chars()).collect();
    let digits = digits.trim_start_matches('0');
    // i128 holds 38 digits; more than that is not money.
    if digits.len() > 36 {
        return Err("the amount is too large");
    }
    let value: i128 = if digits.is_empty() {
        0
    } else {
        digits.parse().map_err(|_| "expected a number like 1200.00")?
    };
    let shift = i64::from(exponent) + i64::from(decimals) - fraction.len() as i64;
    let minor = if shift >= 0 {
        let factor =
            10i128.checked_pow(u32::try_from(shift).map_err(|_| "the amount is too large")?);
        factor.and_then(|f| value.checked_mul(f)).ok_or("the amount is too large")?
    } else {
        match 10i128.checked_pow(u32::try_from(-shift).unwrap_or(u32::MAX)) {
            Some(divisor) => (value + divisor / 2) / divisor,
            None => 0,
        }
    };
    let minor = i64::try_from(minor).map_err(|_| "the amount is too large")?;
    Ok(if negative { -minor } else { minor })
}

/// The common case without allocating: `1234.56`, ASCII digits with at most one point and no
/// more decimals than asked, which the general path above reads the same way (its test
/// `plain_amounts_take_the_fast_path_to_the_same_value` compares the two). A statement has one
/// amount per row, so this is on the hot path (docs/benchmarks.md).
fn plain_minor(text: &str, decimals: u32) -> Option<i64> {
    let (integer, fraction) = match text.split_once('.') {
        Some((_, "")) => return None,
        Some(parts) => parts,
        None => (text, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if integer.is_empty() || integer.len() > 15 || fraction.len() > decimals as usize {
        return None;
    }
    if decimals > 6 || !digits(integer) || !digits(fraction) {
        return None;
    }
    let number = |s: &str| s.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
    let scale = 10i64.pow(decimals);
    let fraction_scale = 10i64.pow(decimals - fraction.len() as u32);
    Some(number(integer) * scale + number(fraction) * fraction_scale)
}

/// Splits "1,234.50" / "1.234,50" / "155,5" / "107," into integer and fraction digits, deciding
/// which separator is the decimal one.
fn split_decimal(s: &str) -> Result<(String, String), &'static str> {
    const BAD: &str = "expected a number like 1200.00";
    if !s.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | ' ' | '\u{a0}')) {
        return Err(BAD);
    }
    let last_dot = s.rfind('.');
    let last_comma = s.rfind(',');
    let decimal_at = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(d.max(c)),
        (Some(d), None) => {
            // "1.234.567" has several dots: they group thousands.
            if s.matches('.').count() > 1 {
                None
            } else {
                Some(d)
            }
        }
        (None, Some(c)) => {
            // A single comma followed by exactly three digits groups thousands ("1,200");
            // otherwise it is a decimal comma ("-8,78", "155,5", "107,").
            let after = &s[c + 1..];
            if s.matches(',').count() > 1 || after.len() == 3 {
                None
            } else {
                Some(c)
            }
        }
        (None, None) => None,
    };
    let (integer, fraction) = match decimal_at {
        Some(at) => (&s[..at], &s[at + 1..]),
        None => (s, ""),
    };
    if fraction.contains(['.', ',', '\'', ' ']) {
        return Err(BAD);
    }
    // Grouping separators must group thousands: every group after the first has three digits.
    let mut groups = integer.split(['.', ',', '\'', ' ', '\u{a0}']);
    let first_group_ok = groups
        .next()
        .is_some_and(|g| g.len() <= 3 || !integer.contains(['.', ',', '\'', ' ', '\u{a0}']));
    if !first_group_ok || groups.any(|g| g.len() != 3) {
        return Err(BAD);
    }
    let integer: String = integer.chars().filter(char::is_ascii_digit).collect();
    if integer.is_empty() && fraction.is_empty() {
        return Err(BAD);
    }
    Ok((integer, fraction.to_string()))
}

/// Formats minor units for people: `1234567` → `12,345.67` (no currency sign).
pub fn format_minor(minor: i64, decimals: u32) -> String {
    let factor = 10i64.pow(decimals);
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let major = abs / factor as u64;
    let fraction = abs % factor as u64;
    let major = major.to_string();
    let mut grouped = String::new();
    for (i, c) in major.chars().enumerate() {
        if i > 0 && (major.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if decimals == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction:0width$}", width = decimals as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! amount {
        ($name:ident, $text:expr, $minor:expr) => {
            #[test]
            fn $name() {
                assert_eq!(parse_minor($text, 2), Ok($minor), "reading {:?}", $text);
            }
        };
    }

    #[test]
    fn plain_amounts_take_the_fast_path_to_the_same_value() {
        // Every string of up to six characters over digits and a point, at every scale.
        let alphabet = ['0', '1', '5', '9', '.'];
        let mut texts = vec![String::new()];
        let mut all = Vec::new();
        for _ in 0..6 {
            texts = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            all.extend(texts.iter().cloned());
        }
        all.extend(["999999999999999.99", "000000000000001", "1234567890123.4"].map(String::from));
        let mut fast = 0;
        for text in &all {
            for decimals in 0..=3 {
                if let Some(minor) = plain_minor(text, decimals) {
                    fast += 1;
                    assert_eq!(Ok(minor), parse_written(text, decimals), "{text:?} at {decimals}");
                }
            }
        }
        assert!(fast > 10_000, "the fast path took only {fast} of them");
        assert_eq!(plain_minor("1,234.50", 2), None, "separators go the general way");
        assert_eq!(plain_minor("12.345", 2), None, "rounding goes the general way");
    }

    amount!(plain, "28.16", 2816);
    amount!(padded_by_alipay, "49.74               ", 4974);
    amount!(whole_number, "27", 2700);
    amount!(one_decimal, "11.8", 1180);
    amount!(yen_sign, "¥28.16", 2816);
    amount!(fullwidth_yen_sign, "￥0.35", 35);
    amount!(thousands_sep, "1,234.50", 123450);
    amount!(thousands_no_decimals, "¥1,200", 120000);
    amount!(large_alipay_income, "222228.50", 22222850);
    amount!(sign_before_symbol, "-$7,971.39", -797139);
    amount!(sign_after_symbol, "$-7.00", -700);
    amount!(explicit_plus_decimal_comma, "+50,00", 5000);
    amount!(decimal_comma, "-8,78", -878);
    amount!(decimal_comma_one_digit, "155,5", 15550);
    amount!(decimal_comma_no_digits, "107,", 10700);
    amount!(german_thousands, "1.234,56", 123456);
    amount!(german_thousands_only, "1.234.567", 123456700);
    amount!(float_noise_up, "548.58000000000004", 54858);
    amount!(float_noise_down, "16.539999999999999", 1654);
    amount!(exponent_noise, "7.0000000000000007E-2", 7);
    amount!(rounds_half_away_from_zero, "0.005", 1);
    amount!(rounds_negative_half_away, "-0.005", -1);
    amount!(trailing_minus, "12.50-", -1250);
    amount!(quoted, "\"-36,99\"", -3699);
    amount!(zero, "0.00", 0);
    amount!(leading_dot, ".5", 50);

    #[test]
    fn rejects_what_is_not_a_number() {
        for text in ["", "  ", "abc", "1,2O0.00", "12.3.4,5", "--", "1e", "¥", "1.2.3e400"] {
            assert!(parse_minor(text, 2).is_err(), "{text:?} should not read as an amount");
        }
    }

    #[test]
    fn absurd_exponents_do_not_overflow() {
        assert_eq!(parse_minor("1e400", 2), Err("the amount is too large"));
        assert_eq!(parse_minor("1e-400", 2), Ok(0));
        assert_eq!(parse_minor("99999999999999999999999", 2), Err("the amount is too large"));
    }

    #[test]
    fn formats_with_grouping() {
        assert_eq!(format_minor(123456789, 2), "1,234,567.89");
        assert_eq!(format_minor(-5, 2), "-0.05");
        assert_eq!(format_minor(100000, 2), "1,000.00");
        assert_eq!(format_minor(99, 0), "99");
    }
}
