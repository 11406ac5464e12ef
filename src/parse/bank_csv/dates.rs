//! Bank CSV dates as written → wall-clock [`NaiveDateTime`]: ISO `2021-09-06 6:11:59` (hour not
//! zero-padded), `2018-02-25 12:34:56 +0000`, compact `20200213`, numeric `31.12.2024`,
//! `12/31/2024`, `22.02.18`, and month names (`25 Feb 2018`). Also gives a whole column's dates
//! to `date_order.rs`, which decides whether numeric dates put the day or the month first.
//!
//! Only numeric `a/b/year` dates need an order; every other form reads the same everywhere. A time
//! zone offset written after the time is ignored: times stay as written (ARCHITECTURE.md).

use crate::choices::DateOrder;
use crate::parse::date_order::evidence;
pub(crate) use crate::parse::date_order::OrderEvidence;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// How one cell reads as a date, before an order is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A form that reads one way only (ISO, compact, a month name).
    Fixed,
    /// `a/b/year` with separator `sep`: the order decides which of `a` and `b` is the month.
    Numeric { a: u32, b: u32, sep: char },
}

/// Reads `text` as a date (and a time, when one follows). `order` settles numeric `a/b/year`
/// dates; without it they do not read. The flag is false when only a date was written.
pub(crate) fn parse_date(text: &str, order: Option<DateOrder>) -> Option<(NaiveDateTime, bool)> {
    match fast_date(text.as_bytes(), order) {
        Some(read) => read,
        None => parse_date_general(text, order),
    }
}

/// The two forms nearly every bank row has, read from their ten bytes with no token list:
/// `2024-12-31` and `a/b/yyyy` (two digits each; `-`, `/` or `.` between). `None` for any other
/// text, which the general path reads; what it gives is what the general path gives (tested).
fn fast_date(b: &[u8], order: Option<DateOrder>) -> Option<Option<(NaiveDateTime, bool)>> {
    let [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9] = *b else { return None };
    let digit = |c: u8| c.is_ascii_digit().then(|| u32::from(c - b'0'));
    let sep = |c: u8| matches!(c, b'-' | b'/' | b'.');
    let two = |a: u8, b: u8| Some(digit(a)? * 10 + digit(b)?);
    let four = |a, b, c, d| Some(two(a, b)? * 100 + two(c, d)?);
    let midnight = |date: Option<NaiveDate>| Some(date?.and_hms_opt(0, 0, 0)?).map(|t| (t, false));
    if sep(c4) && sep(c7) {
        let (year, month, day) = (four(c0, c1, c2, c3)?, two(c5, c6)?, two(c8, c9)?);
        return Some(midnight(NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)));
    }
    if sep(c2) && sep(c5) {
        let (a, b, year) = (two(c0, c1)?, two(c3, c4)?, four(c6, c7, c8, c9)?);
        let (day, month) = match order {
            Some(DateOrder::DayFirst) => (a, b),
            Some(DateOrder::MonthFirst) => (b, a),
            None => return Some(None),
        };
        return Some(midnight(NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)));
    }
    None
}

/// [`parse_date`] for every form: what the fast path must agree with.
fn parse_date_general(text: &str, order: Option<DateOrder>) -> Option<(NaiveDateTime, bool)> {
    let (date_part, time_part) = split_date_time(text.trim());
    let date = match read_date(date_part)? {
        (date, Shape::Fixed) => date?,
        (_, Shape::Numeric { a, b, .. }) => {
            let year = numeric_year(date_part)?;
            let (day, month) = match order? {
                DateOrder::DayFirst => (a, b),
                DateOrder::MonthFirst => (b, a),
            };
            NaiveDate::from_ymd_opt(year, month, day)?
        }
    };
    match time_part {
        "" => Some((date.and_hms_opt(0, 0, 0)?, false)),
        time => Some((date.and_time(parse_time(time)?), true)),
    }
}

/// How `text` reads as a date, without choosing an order: `None` when it is not a date at all.
pub(crate) fn shape(text: &str) -> Option<Shape> {
    let (date_part, time_part) = split_date_time(text.trim());
    if !time_part.is_empty() && parse_time(time_part).is_none() {
        return None;
    }
    match read_date(date_part)? {
        (Some(_), shape @ Shape::Fixed) => Some(shape),
        (_, shape @ Shape::Numeric { a, b, .. }) => {
            let year = numeric_year(date_part)?;
            let day_first = NaiveDate::from_ymd_opt(year, b, a).is_some();
            let month_first = NaiveDate::from_ymd_opt(year, a, b).is_some();
            (day_first || month_first).then_some(shape)
        }
        (None, Shape::Fixed) => None,
    }
}

/// Decides the order from every date in a column, by the one inference of
/// `parse/date_order.rs` (which QIF uses too).
pub(crate) fn infer_order<'a>(cells: impl IntoIterator<Item = &'a str>) -> OrderEvidence {
    evidence(cells.into_iter().map(|cell| match shape(cell) {
        Some(Shape::Numeric { a, b, sep }) => Some((a, b, sep == '.')),
        _ => None,
    }))
}

/// A time of day as written: `6:11:59`, `12:34`, `12:34:56.789`, optionally followed by a zone
/// (`+0000`, `Z`, `UTC`), which is ignored, or by AM/PM.
pub(crate) fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    let clock_end = text.find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'));
    let (clock, rest) = text.split_at(clock_end.unwrap_or(text.len()));
    let rest = rest.trim().to_ascii_lowercase();
    let mut parts = clock.split(':');
    let hour: u32 = parts.next()?.parse().ok()?;
    let minute: u32 = parts.next()?.parse().ok()?;
    let second: u32 = match parts.next() {
        Some(s) => s.split('.').next()?.parse().ok()?,
        None => 0,
    };
    if parts.next().is_some() || minute > 59 {
        return None;
    }
    let hour = match rest.as_str() {
        "am" | "a.m." if (1..=12).contains(&hour) => hour % 12,
        "pm" | "p.m." if (1..=12).contains(&hour) => hour % 12 + 12,
        "am" | "a.m." | "pm" | "p.m." => return None,
        _ if rest.is_empty() || rest.starts_with(['+', '-', 'z']) || rest.starts_with("utc") => {
            hour
        }
        _ => return None,
    };
    NaiveTime::from_hms_opt(hour, minute, second)
}

/// Splits `2021-09-06 6:11:59` into date and time: the time starts at the first space (or `T`)
/// followed by a token holding a colon. `25 Feb 2018` stays whole.
fn split_date_time(text: &str) -> (&str, &str) {
    for (at, c) in text.char_indices() {
        let splits = c == ' ' || (c == 'T' && at > 0);
        if !splits {
            continue;
        }
        let rest = text.get(at + 1..).unwrap_or_default().trim_start();
        let token = rest.split(' ').next().unwrap_or_default();
        if token.starts_with(|d: char| d.is_ascii_digit()) && token.contains(':') {
            return (text.get(..at).unwrap_or_default().trim(), rest);
        }
    }
    (text, "")
}

/// Reads the date part. For fixed forms the date (or `None` when it does not exist, such as
/// 2019-02-30); for numeric ones the two leading numbers.
fn read_date(text: &str) -> Option<(Option<NaiveDate>, Shape)> {
    let sep = text.chars().find(|c| matches!(c, '-' | '/' | '.' | ' '));
    let tokens: Vec<&str> =
        text.split(['-', '/', '.', ' ', ',']).filter(|t| !t.is_empty()).collect();
    let number = |t: &str| -> Option<u32> {
        (t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten()
    };
    match tokens.as_slice() {
        [compact] if compact.len() == 8 && compact.bytes().all(|b| b.is_ascii_digit()) => {
            let year = compact.get(..4)?.parse().ok()?;
            let month = compact.get(4..6)?.parse().ok()?;
            let day = compact.get(6..)?.parse().ok()?;
            Some((NaiveDate::from_ymd_opt(year, month, day), Shape::Fixed))
        }
        [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
            let date = NaiveDate::from_ymd_opt(number(y)? as i32, number(m)?, number(d)?);
            Some((date, Shape::Fixed))
        }
        [d, name, y] if name.chars().all(char::is_alphabetic) => {
            let date = NaiveDate::from_ymd_opt(full_year(y)?, month_named(name)?, number(d)?);
            Some((date, Shape::Fixed))
        }
        [name, d, y] if name.chars().all(char::is_alphabetic) => {
            let date = NaiveDate::from_ymd_opt(full_year(y)?, month_named(name)?, number(d)?);
            Some((date, Shape::Fixed))
        }
        [a, b, y] if a.len() <= 2 && b.len() <= 2 && matches!(y.len(), 2 | 4) => {
            let (a, b) = (number(a)?, number(b)?);
            number(y)?;
            Some((None, Shape::Numeric { a, b, sep: sep? }))
        }
        _ => None,
    }
}

fn numeric_year(text: &str) -> Option<i32> {
    full_year(text.split(['-', '/', '.', ' ']).rfind(|t| !t.is_empty())?)
}

/// `2024` as is; `24` as 2024 and `98` as 1998 (statements are recent).
fn full_year(text: &str) -> Option<i32> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = text.parse().ok()?;
    match text.len() {
        4 => Some(year),
        2 if year < 70 => Some(2000 + year),
        2 => Some(1900 + year),
        _ => None,
    }
}

/// `Feb`, `February`, `Sept` → 2: a month's English name or a prefix of it of three letters or
/// more, so that a word such as "Decathlon" is not December.
fn month_named(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let at = MONTHS.iter().position(|m| m.starts_with(&lower))?;
    u32::try_from(at + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateOrder::{DayFirst, MonthFirst};

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").expect("test time")
    }

    #[test]
    fn the_fast_path_reads_what_the_general_path_reads() {
        // Every ten-byte text of these digits and separators in the two fast forms' places,
        // and in the others', under each order.
        let digits = ["00", "01", "09", "12", "13", "29", "30", "31", "99", "1a", " 1"];
        let years = ["2024", "2023", "1999", "0000", "9999", "24 1", "2o24"];
        let seps = ["-", "/", ".", " ", ","];
        let mut checked = 0;
        for order in [None, Some(DayFirst), Some(MonthFirst)] {
            for a in digits {
                for b in digits {
                    for y in years {
                        for s1 in seps {
                            for s2 in seps {
                                for text in
                                    [format!("{y}{s1}{a}{s2}{b}"), format!("{a}{s1}{b}{s2}{y}")]
                                {
                                    assert_eq!(
                                        parse_date(&text, order),
                                        parse_date_general(&text, order),
                                        "{text:?} {order:?}"
                                    );
                                    checked += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 50_000);
        assert!(
            fast_date(b"2024-02-29", None).is_some() && fast_date(b"2024-2-29", None).is_none()
        );
    }

    #[test]
    fn dates_as_banks_write_them() {
        for (text, order, expected, has_time) in [
            ("2021-09-06 6:11:59", None, Some("2021-09-06 06:11:59"), true),
            ("2018-02-25 12:34:56 +0000", None, Some("2018-02-25 12:34:56"), true),
            ("2024-01-31T10:00:00Z", None, Some("2024-01-31 10:00:00"), true),
            ("20200213", None, Some("2020-02-13 00:00:00"), false),
            ("31.12.2024", Some(DayFirst), Some("2024-12-31 00:00:00"), false),
            ("22.02.18", Some(DayFirst), Some("2018-02-22 00:00:00"), false),
            ("03/04/2024", Some(DayFirst), Some("2024-04-03 00:00:00"), false),
            ("03/04/2024", Some(MonthFirst), Some("2024-03-04 00:00:00"), false),
            ("03/04/2024", None, None, false),
            ("7/31/2022", Some(MonthFirst), Some("2022-07-31 00:00:00"), false),
            ("7/31/2022", Some(DayFirst), None, false),
            ("25 Feb 2018", None, Some("2018-02-25 00:00:00"), false),
            ("25-Feb-2018 14:05", None, Some("2018-02-25 14:05:00"), true),
            ("Feb 25, 2018", None, Some("2018-02-25 00:00:00"), false),
            ("02/25/2018 3:04 PM", Some(MonthFirst), Some("2018-02-25 15:04:00"), true),
            ("2019-02-30", None, None, false),
            ("20191332", None, None, false),
            ("01.01.2018 - 25.02.2018", Some(DayFirst), None, false),
            ("Datei erstellt am: 25.02.2018", Some(DayFirst), None, false),
            ("-12,50", Some(DayFirst), None, false),
            ("1.234", Some(DayFirst), None, false),
            ("", None, None, false),
            ("2021-09-06 25:00:00", None, None, false),
        ] {
            let read = parse_date(text, order);
            assert_eq!(read.map(|(t, _)| t), expected.map(at), "{text:?} {order:?}");
            if let Some((_, flag)) = read {
                assert_eq!(flag, has_time, "{text:?}");
            }
        }
    }

    #[test]
    fn order_from_the_whole_column() {
        use OrderEvidence::*;
        for (cells, expected) in [
            (&["2024-01-02", "2024-01-03"][..], NotNeeded),
            (&["03/04/2024", "13/04/2024"][..], Settled(DayFirst)),
            (&["03/04/2024", "04/13/2024"][..], Settled(MonthFirst)),
            (&["03/04/2024", "04/05/2024"][..], Ambiguous { example: Some(0) }),
            (&["05/05/2024", "04/04/2024"][..], Ambiguous { example: None }),
            (&["03.04.2024", "04.05.2024"][..], Settled(DayFirst)),
            (&["13/04/2024", "04/13/2024"][..], Conflict { majority: None }),
            (
                &["13/04/2024", "14/04/2024", "04/13/2024"][..],
                Conflict { majority: Some(DayFirst) },
            ),
            (&["04.13.2024"][..], Conflict { majority: Some(MonthFirst) }),
            (&["note", "03/04/24", "25/12/24"][..], Settled(DayFirst)),
        ] {
            assert_eq!(infer_order(cells.iter().copied()), expected, "{cells:?}");
        }
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("2024-01-02"), Some(Shape::Fixed));
        assert_eq!(shape("03/04/2024"), Some(Shape::Numeric { a: 3, b: 4, sep: '/' }));
        assert_eq!(shape("13/13/2024"), None);
        assert_eq!(shape("12345"), None);
        assert_eq!(shape("-8,78"), None);
        assert_eq!(shape("1.25"), None);
        assert_eq!(shape("Umsatz gebucht"), None);
        assert_eq!(shape("Decathlon 12 2020"), None);
        assert_eq!(shape("Sept 3 2020"), Some(Shape::Fixed));
    }
}
