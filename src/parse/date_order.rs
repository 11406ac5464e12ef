//! Numeric dates whose day/month order the format leaves open (`8/12/13`, `01/23/2019`,
//! `2/10'2020`, `31.12.2024`), and the one inference of that order from a whole file or column
//! ([`evidence`]), used by QIF and the bank CSVs alike: a first number above 12 can only be a
//! day, a second number above 12 only a day too (statement-formats.md §3b), and dots are
//! written day first wherever they are used. When no date settles it, the user's choice
//! ([`DateOrder`]) does, or the caller asks.

use crate::choices::DateOrder;
use chrono::NaiveDate;

/// A numeric date as written, before its order is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumericDate {
    /// `2020-02-10`: a four-digit year first leaves no doubt.
    YearFirst { year: i32, month: u32, day: u32 },
    /// `8/12/13`: two small numbers, then the year; `dots` when dots separate them.
    Pair { first: u32, second: u32, year: i32, dots: bool },
}

/// Two-digit years from 70 on are 19xx, the others 20xx (`12/31'99` is 1999, `8/12/13` 2013).
const PIVOT: u32 = 70;

/// Splits a date written with `/`, `-`, `.`, `'` or spaces between its numbers (`1/ 5'98`) into
/// its three parts; `None` for anything else.
pub(crate) fn split(text: &str) -> Option<NumericDate> {
    let text = text.trim();
    if !text.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.' | '\'' | ' ')) {
        return None;
    }
    let groups: Vec<&str> =
        text.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    let [a, b, c] = groups.as_slice() else { return None };
    let number = |g: &str| g.parse::<u32>().ok();
    if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
        return Some(NumericDate::YearFirst {
            year: i32::try_from(number(a)?).ok()?,
            month: number(b)?,
            day: number(c)?,
        });
    }
    if a.len() > 2 || b.len() > 2 {
        return None;
    }
    let year = match (c.len(), number(c)?) {
        (2, yy) if yy >= PIVOT => 1900 + yy,
        (2, yy) => 2000 + yy,
        (4, yyyy) => yyyy,
        _ => return None,
    };
    Some(NumericDate::Pair {
        first: number(a)?,
        second: number(b)?,
        year: i32::try_from(year).ok()?,
        dots: text.contains('.'),
    })
}

/// What the numeric dates of a file or a column say about their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrderEvidence {
    /// No numeric `a/b/year` date: the order does not matter.
    NotNeeded,
    /// Settled by a date whose first or second number is above 12, or by dots.
    Settled(DateOrder),
    /// Every numeric date reads both ways (`03/04/2024`); `example` is the index of the first
    /// that reads differently each way, `None` when every one reads the same (`01/01/2024`).
    Ambiguous { example: Option<usize> },
    /// Some dates only read day first and others only month first (or dots with a second
    /// number above 12): not one consistent column of dates. The majority, when there is one.
    Conflict { majority: Option<DateOrder> },
}

/// Decides what a file's or a column's dates say about their order. Each item is one date:
/// its first and second numbers and whether dots separate them, or `None` for a date that reads
/// one way only (`2024-01-31`, `25 Feb 2018`).
pub(crate) fn evidence(dates: impl IntoIterator<Item = Option<(u32, u32, bool)>>) -> OrderEvidence {
    let (mut numeric, mut day_first, mut month_first, mut dots) = (false, 0usize, 0usize, false);
    let mut example = None;
    for (i, date) in dates.into_iter().enumerate() {
        let Some((first, second, dotted)) = date else { continue };
        numeric = true;
        dots |= dotted;
        if first > 12 && second <= 12 {
            day_first += 1;
        } else if second > 12 && first <= 12 {
            month_first += 1;
        } else if first <= 12 && second <= 12 && first != second && example.is_none() {
            example = Some(i);
        }
    }
    let majority = match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => Some(DateOrder::DayFirst),
        std::cmp::Ordering::Less => Some(DateOrder::MonthFirst),
        std::cmp::Ordering::Equal => None,
    };
    match (numeric, day_first > 0, month_first > 0) {
        (false, _, _) => OrderEvidence::NotNeeded,
        (true, true, true) => OrderEvidence::Conflict { majority },
        (true, true, false) => OrderEvidence::Settled(DateOrder::DayFirst),
        (true, false, true) if dots => OrderEvidence::Conflict { majority },
        (true, false, true) => OrderEvidence::Settled(DateOrder::MonthFirst),
        (true, false, false) if dots => OrderEvidence::Settled(DateOrder::DayFirst),
        (true, false, false) => OrderEvidence::Ambiguous { example },
    }
}

/// Decides the order for every date of a file (QIF). `Err` carries the index of a date that
/// reads both ways when neither the file nor `chosen` settles it.
///
/// A file that contradicts itself (`13/01/2020` and `01/13/2020`) follows the majority, the
/// user's choice on a tie, else month first; the dates that do not fit then fail to read.
pub(crate) fn infer(dates: &[NumericDate], chosen: Option<DateOrder>) -> Result<DateOrder, usize> {
    let pairs = dates.iter().map(|date| match *date {
        NumericDate::Pair { first, second, dots, .. } => Some((first, second, dots)),
        NumericDate::YearFirst { .. } => None,
    });
    Ok(match evidence(pairs) {
        OrderEvidence::Settled(order) => order,
        OrderEvidence::Conflict { majority } => {
            majority.or(chosen).unwrap_or(DateOrder::MonthFirst)
        }
        OrderEvidence::Ambiguous { example } => match (chosen, example) {
            (Some(order), _) => order,
            (None, Some(at)) => return Err(at),
            // Every date reads the same either way (`01/01/2020`): the order does not matter.
            (None, None) => DateOrder::MonthFirst,
        },
        OrderEvidence::NotNeeded => chosen.unwrap_or(DateOrder::MonthFirst),
    })
}

/// The calendar date, read in `order`; `None` when it does not exist.
pub(crate) fn to_date(date: NumericDate, order: DateOrder) -> Option<NaiveDate> {
    match (date, order) {
        (NumericDate::YearFirst { year, month, day }, _) => {
            NaiveDate::from_ymd_opt(year, month, day)
        }
        (NumericDate::Pair { first, second, year, .. }, DateOrder::DayFirst) => {
            NaiveDate::from_ymd_opt(year, second, first)
        }
        (NumericDate::Pair { first, second, year, .. }, DateOrder::MonthFirst) => {
            NaiveDate::from_ymd_opt(year, first, second)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateOrder::{DayFirst, MonthFirst};

    fn ymd(text: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
    }

    #[test]
    fn every_written_form_reads() {
        for (text, order, expected) in [
            ("8/12/13", MonthFirst, "2013-08-12"),
            ("8/12/13", DayFirst, "2013-12-08"),
            ("01/23/2019", MonthFirst, "2019-01-23"),
            ("2/10'2020", MonthFirst, "2020-02-10"),
            ("12/31'99", MonthFirst, "1999-12-31"),
            (" 1/ 5'98", MonthFirst, "1998-01-05"),
            ("1/5'01", MonthFirst, "2001-01-05"),
            ("31.12.2020", DayFirst, "2020-12-31"),
            ("31-12-69", DayFirst, "2069-12-31"),
            ("2020-02-10", DayFirst, "2020-02-10"),
            ("2020/2/10", MonthFirst, "2020-02-10"),
        ] {
            let read = split(text).and_then(|d| to_date(d, order));
            assert_eq!(read, ymd(expected), "{text:?} read {order:?}");
        }
    }

    #[test]
    fn what_is_not_a_date() {
        for text in [
            "",
            "2/10",
            "1/2/3/4",
            "Feb 10 2020",
            "123/1/2020",
            "1/2/123",
            "1/2/20202",
            "１/2/2020",
        ] {
            assert_eq!(split(text), None, "{text:?}");
        }
        let feb_30 = split("2/30/2020").and_then(|d| to_date(d, MonthFirst));
        assert_eq!(feb_30, None);
        assert_eq!(split("13/13/2020").and_then(|d| to_date(d, MonthFirst)), None);
    }

    fn infer_texts(texts: &[&str], chosen: Option<DateOrder>) -> Result<DateOrder, usize> {
        let dates: Vec<NumericDate> = texts.iter().filter_map(|t| split(t)).collect();
        infer(&dates, chosen)
    }

    #[test]
    fn the_whole_file_decides_the_order() {
        type Case = (&'static [&'static str], Option<DateOrder>, Result<DateOrder, usize>);
        let cases: &[Case] = &[
            // One date above 12 settles every other date of the file.
            (&["8/12/13", "9/1/13", "25/12/13"], None, Ok(DayFirst)),
            (&["8/12/13", "9/1/13", "12/25/13"], None, Ok(MonthFirst)),
            // The file wins over the user's choice: 01/23 cannot be day first.
            (&["01/23/2019"], Some(DayFirst), Ok(MonthFirst)),
            // Nothing settles it: the user's choice, or the index of an example to ask about.
            (&["8/12/13", "9/1/13"], Some(DayFirst), Ok(DayFirst)),
            (&["1/1/13", "8/12/13", "9/1/13"], None, Err(1)),
            // Dates that read the same both ways need no choice.
            (&["1/1/13", "5/5/13"], None, Ok(MonthFirst)),
            (&["2020-01-02", "2020-03-04"], None, Ok(MonthFirst)),
            (&[], None, Ok(MonthFirst)),
            // A file that contradicts itself follows the majority, then the choice.
            (&["13/1/20", "14/1/20", "1/13/20"], None, Ok(DayFirst)),
            (&["13/1/20", "1/13/20"], Some(DayFirst), Ok(DayFirst)),
            (&["13/1/20", "1/13/20"], None, Ok(MonthFirst)),
            // Dots are written day first: nothing to ask.
            (&["1.2.2020", "3.4.2020"], None, Ok(DayFirst)),
        ];
        for (texts, chosen, expected) in cases {
            assert_eq!(infer_texts(texts, *chosen), *expected, "{texts:?} with {chosen:?}");
        }
    }
}
