//! Bank CSV amounts as written → integer minor units: what [`crate::money::parse_minor`] reads,
//! plus the forms banks add (a currency code before or after, a sign after the symbol, `(12.34)`
//! and `12.34 DR` for money out, space-padded cells), read with the decimal separator the whole
//! column uses, so that `1.234` in a German column is a thousand and `1,25` in a Dutch one is
//! one euro twenty-five.

use crate::money::parse_minor;

/// Reads `text` with `decimals` minor digits. `decimal` is the column's decimal separator when
/// known (`,` or `.`); otherwise each cell decides as `parse_minor` does.
pub(crate) fn parse_amount(
    text: &str,
    decimal: Option<char>,
    decimals: u32,
) -> Result<i64, &'static str> {
    let mut s = text.trim_matches(|c: char| c.is_whitespace() || c == '"');
    let mut negative = false;
    if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        negative = true;
        s = inner.trim();
    }
    // The marks compared in any case, on the cell's own bytes (no upper-cased copy per row).
    let ends_with = |mark: &str| {
        s.len() > mark.len()
            && s.as_bytes()
                .get(s.len() - mark.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(mark.as_bytes()))
    };
    for (mark, out) in [(" DR", true), (" CR", false), ("DR", true), ("CR", false)] {
        if ends_with(mark) {
            negative ^= out;
            s = s.get(..s.len() - mark.len()).unwrap_or_default().trim_end();
            break;
        }
    }
    let s = strip_currency(s);
    let swap = |b: u8| match b {
        b',' => b'.',
        b'.' => b',',
        other => other,
    };
    // Swapped on the stack for any amount a bank writes; a longer cell gets a String.
    let mut buffer = [0u8; 64];
    let swapped: String;
    let s = if decimal == Some(',') {
        // parse_minor reads "1,234.56" and "1.234" (a thousand) unambiguously; swapping the
        // separators turns the column's "1.234,56" and "1,234" (1.234) into those. Both are
        // ASCII, so the bytes stay UTF-8.
        match buffer.get_mut(..s.len()) {
            Some(out) => {
                for (o, &b) in out.iter_mut().zip(s.as_bytes()) {
                    *o = swap(b);
                }
                std::str::from_utf8(out).unwrap_or_default()
            }
            None => {
                swapped = s
                    .chars()
                    .map(|c| match c {
                        ',' => '.',
                        '.' => ',',
                        other => other,
                    })
                    .collect();
                swapped.as_str()
            }
        }
    } else {
        s
    };
    let minor = parse_minor(s, decimals)?;
    Ok(if negative { -minor } else { minor })
}

/// Strips a currency code or a trailing sign: `EUR 12,00`, `12,00 EUR`, `12,00 €`, `12.00$`.
fn strip_currency(s: &str) -> &str {
    let s = s.trim();
    let code_at = |t: &str| t.len() == 3 && t.bytes().all(|b| b.is_ascii_uppercase());
    if let Some((head, rest)) = s.split_once(' ') {
        if code_at(head) {
            return rest.trim();
        }
    }
    // `CNY13.50`, glued (BOCOM credit).
    if let (Some(head), Some(rest)) = (s.get(..3), s.get(3..)) {
        if code_at(head) && rest.starts_with(|c: char| c.is_ascii_digit()) {
            return rest;
        }
    }
    // `-3.90(CN)`: the region of the transaction after the amount (CMB credit).
    if let Some(rest) = s.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        if rest.1.len() == 2 && rest.1.bytes().all(|b| b.is_ascii_uppercase()) {
            return rest.0.trim();
        }
    }
    if let Some((rest, tail)) = s.rsplit_once(' ') {
        if code_at(tail) {
            return rest.trim();
        }
    }
    s.trim_end_matches(['€', '$', '£', '¥', '\u{a0}', ' '])
}

/// The decimal separator a column of amounts uses, from every cell: the later of `.` and `,` in
/// `1.234,56`; a lone separator followed by one or two digits; the other one when a separator
/// repeats (`1,234,567`). `None` when no cell settles it (only whole numbers, only `1,234`) or
/// when cells disagree.
pub(crate) fn infer_decimal<'a>(cells: impl IntoIterator<Item = &'a str>) -> Option<char> {
    let (mut commas, mut dots) = (0usize, 0usize);
    for cell in cells {
        let Some(first) = cell.find(|c: char| c.is_ascii_digit()) else { continue };
        let Some(last) = cell.rfind(|c: char| c.is_ascii_digit()) else { continue };
        let number = cell.get(first..=last).unwrap_or_default();
        if !number.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\'')) {
            continue;
        }
        let vote = match (number.rfind('.'), number.rfind(',')) {
            (Some(d), Some(c)) => Some(if d > c { '.' } else { ',' }),
            (Some(at), None) | (None, Some(at)) => {
                let sep = if number.as_bytes().get(at) == Some(&b'.') { '.' } else { ',' };
                let after = number.len() - at - 1;
                if number.matches(sep).count() > 1 {
                    Some(if sep == '.' { ',' } else { '.' })
                } else if after == 1 || after == 2 {
                    Some(sep)
                } else {
                    None
                }
            }
            (None, None) => None,
        };
        match vote {
            Some(',') => commas += 1,
            Some(_) => dots += 1,
            None => {}
        }
    }
    match (commas, dots) {
        (0, 0) => None,
        (_, 0) => Some(','),
        (0, _) => Some('.'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_with_a_known_separator() {
        for (text, decimal, expected) in [
            ("-8,78", Some(','), Ok(-878)),
            ("1,25", Some(','), Ok(125)),
            ("1.234,56", Some(','), Ok(123_456)),
            ("1.234", Some(','), Ok(123_400)),
            ("+50,00", Some(','), Ok(5000)),
            ("  -3,40   ", Some(','), Ok(-340)),
            ("-$7,971.39", Some('.'), Ok(-797_139)),
            ("$1.00", Some('.'), Ok(100)),
            ("1,234", Some('.'), Ok(123_400)),
            ("-10", None, Ok(-1000)),
            ("-59.99", None, Ok(-5999)),
            ("EUR 12,00", Some(','), Ok(1200)),
            ("12,00 EUR", Some(','), Ok(1200)),
            ("-12,34 €", Some(','), Ok(-1234)),
            ("(12.34)", Some('.'), Ok(-1234)),
            ("12.34 DR", Some('.'), Ok(-1234)),
            ("12.34 CR", Some('.'), Ok(1234)),
            ("12.34 dr", Some('.'), Ok(-1234)),
            ("12,34Cr", Some(','), Ok(1234)),
            ("-12,34 €", None, Ok(-1234)),
            // Longer than the stack buffer for the swap: the same reading.
            (
                " 1.000.000.000.000.000,25                                              ",
                Some(','),
                Ok(100_000_000_000_000_025),
            ),
            (
                "€ 1.000.000.000.000,25 ………………………………………………………………",
                Some(','),
                Err("expected a number like 1200.00"),
            ),
            ("1.2.3", Some(','), Err("expected a number like 1200.00")),
            ("abc", None, Err("expected a number like 1200.00")),
            ("", Some(','), Err("expected a number like 1200.00")),
            ("DR", None, Err("expected a number like 1200.00")),
        ] {
            assert_eq!(parse_amount(text, decimal, 2), expected, "{text:?} with {decimal:?}");
        }
    }

    #[test]
    fn decimal_separator_from_the_whole_column() {
        for (cells, expected) in [
            (&["-8,78", "7,08", "1.234,56"][..], Some(',')),
            (&["-59.99", "1,234.50"][..], Some('.')),
            (&["1,234", "-10"][..], None),
            (&["1,234", "2,50"][..], Some(',')),
            (&["1,234,567", "12"][..], Some('.')),
            (&["1.234.567"][..], Some(',')),
            (&["-$7,971.39", "$2.00"][..], Some('.')),
            (&["1,5", "2.5"][..], None),
            (&["", "n/a"][..], None),
            (&["155,5", "107,"][..], Some(',')),
        ] {
            assert_eq!(infer_decimal(cells.iter().copied()), expected, "{cells:?}");
        }
    }
}
