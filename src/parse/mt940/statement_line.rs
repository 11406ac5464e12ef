//! The MT940 statement line, tag `:61:` (statement-formats.md §3d):
//!
//! ```text
//! YYMMDD [MMDD] (C|D|RC|RD) [funds code] amount (N|F|S)xxx customer-ref [//bank-ref]
//! [supplementary details on the next line]
//! ```
//!
//! The funds code is one letter, the third of the currency (`CR300,` and `DR119,35` in euro,
//! `DK829419,78` in Danish kroner), so a mark is never read as `CR`/`DR`. Amounts use a decimal
//! comma and may be `107,`, `11,8` or zero-padded `000000001213,28`. Years have two digits:
//! `00`–`79` are 2000–2079 and `80`–`99` are 1980–1999. The optional entry (booking) date has
//! no year; it takes the year that puts it nearest the value date, so `991231` `0102` is booked
//! on 2 January 2000.

use crate::phrase;
use crate::phrase::messages as m;
use chrono::{Datelike, NaiveDate};

/// The debit/credit mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    /// `C`: money in.
    Credit,
    /// `D`: money out.
    Debit,
    /// `RC`: reversal of a credit, so money goes out again.
    ReversalOfCredit,
    /// `RD`: reversal of a debit, so money comes back.
    ReversalOfDebit,
}

/// A `:61:` line, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct StatementLine {
    /// The value date (`YYMMDD`).
    pub value_date: NaiveDate,
    /// The entry (booking) date (`MMDD`), when written and valid.
    pub entry_date: Option<NaiveDate>,
    /// Which way the money went.
    pub mark: Mark,
    /// The funds code letter, when written.
    pub funds_code: Option<char>,
    /// The amount as written with a decimal point instead of the comma (`1213.28`, `107.`).
    pub amount: String,
    /// The transaction type, e.g. `NTRF`, `NMSC`, `N426`.
    pub type_code: String,
    /// The account owner's reference (`NONREF` when there is none).
    pub customer_ref: String,
    /// The bank's reference, after `//`.
    pub bank_ref: String,
    /// Text after the 16 characters a customer reference may have: Rabobank writes the
    /// counterparty's account and name there (`0121470966      W.P. Jansen`).
    pub beyond_ref: String,
    /// The supplementary details on the following line(s).
    pub supplementary: String,
}

/// A problem in a `:61:` line; `offset` counts characters from the start of the value (0 is
/// the first character after `:61:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LineProblem {
    /// Where in the value, in characters from its start.
    pub offset: usize,
    /// What is wrong, naming the value.
    pub message: crate::phrase::Phrase,
}

fn problem(offset: usize, message: crate::phrase::Phrase) -> LineProblem {
    LineProblem { offset, message }
}

/// Reads a `:61:` value. A bad entry date is not fatal: the line is read on its value date and
/// the problem comes back beside it.
pub(super) fn parse(
    value: &str,
    continuation: &[&str],
) -> Result<(StatementLine, Option<LineProblem>), LineProblem> {
    let chars: Vec<char> = value.chars().collect();
    let text = |from: usize, to: usize| -> String {
        chars.get(from..to.min(chars.len())).map_or(String::new(), |c| c.iter().collect())
    };
    let digits_at = |at: usize, n: usize| -> Option<u32> {
        let part = chars.get(at..at + n)?;
        if !part.iter().all(char::is_ascii_digit) {
            return None;
        }
        part.iter().collect::<String>().parse().ok()
    };

    let (Some(yy), Some(mm), Some(dd)) = (digits_at(0, 2), digits_at(2, 2), digits_at(4, 2)) else {
        return Err(problem(0, phrase!(m::MT940_VALUE_DATE_FORMAT, text(0, 6))));
    };
    let value_date = NaiveDate::from_ymd_opt(full_year(yy), mm, dd)
        .ok_or_else(|| problem(0, phrase!(m::MT940_VALUE_DATE_INVALID, text(0, 6))))?;
    let mut at = 6;
    let mut entry_date = None;
    let mut note = None;
    if let (Some(month), Some(day)) = (digits_at(6, 2), digits_at(8, 2)) {
        entry_date = nearest_date(value_date, month, day);
        if entry_date.is_none() {
            note = Some(problem(
                6,
                phrase!(m::MT940_ENTRY_DATE_INVALID, text(6, 10), value_date.to_string()),
            ));
        }
        at = 10;
    }

    let mark = match (chars.get(at), chars.get(at + 1)) {
        (Some('R'), Some('C')) => Mark::ReversalOfCredit,
        (Some('R'), Some('D')) => Mark::ReversalOfDebit,
        (Some('C'), _) => Mark::Credit,
        (Some('D'), _) => Mark::Debit,
        _ => return Err(problem(at, phrase!(m::MT940_MARK, text(at, at + 2)))),
    };
    at += if matches!(mark, Mark::ReversalOfCredit | Mark::ReversalOfDebit) { 2 } else { 1 };

    let mut funds_code = None;
    if let (Some(&letter), Some(next)) = (chars.get(at), chars.get(at + 1)) {
        if letter.is_ascii_alphabetic() && (next.is_ascii_digit() || *next == ',') {
            funds_code = Some(letter);
            at += 1;
        }
    }

    let amount_start = at;
    while chars.get(at).is_some_and(|c| c.is_ascii_digit() || *c == ',') {
        at += 1;
    }
    let amount = text(amount_start, at);
    if !amount.chars().any(|c| c.is_ascii_digit()) || amount.matches(',').count() > 1 {
        return Err(problem(
            amount_start,
            phrase!(m::MT940_AMOUNT, text(amount_start, amount_start + 12)),
        ));
    }

    let mut type_code = String::new();
    if let Some(kind) = chars.get(at).filter(|c| matches!(c, 'N' | 'F' | 'S')) {
        let code = chars.get(at + 1..at + 4).filter(|c| c.iter().all(char::is_ascii_alphanumeric));
        if let Some(code) = code {
            type_code = std::iter::once(*kind).chain(code.iter().copied()).collect();
            at += 4;
        }
    }

    let rest = text(at, chars.len());
    let (customer, bank_ref) = match rest.split_once("//") {
        Some((customer, bank)) => (customer.to_string(), bank.trim().to_string()),
        None => (rest.clone(), String::new()),
    };
    let customer_ref: String = customer.chars().take(16).collect();
    let beyond_ref: String = customer.chars().skip(16).collect();
    let supplementary = super::super::bank_entry::clean_text(&continuation.join(" "));
    let line = StatementLine {
        value_date,
        entry_date,
        mark,
        funds_code,
        amount: amount.replace(',', "."),
        type_code,
        customer_ref: customer_ref.trim().to_string(),
        bank_ref,
        beyond_ref: super::super::bank_entry::clean_text(&beyond_ref),
        supplementary,
    };
    Ok((line, note))
}

/// A two-digit year: `00`–`79` → 2000–2079, `80`–`99` → 1980–1999.
pub(super) fn full_year(yy: u32) -> i32 {
    let yy = i32::try_from(yy % 100).unwrap_or(0);
    if yy < 80 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// The date with this month and day nearest to `near`, in its year or the one before or after.
fn nearest_date(near: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    [near.year() - 1, near.year(), near.year() + 1]
        .into_iter()
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .min_by_key(|date| (*date - near).num_days().abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// One row per `:61:` value: value date, entry date, mark, funds code, amount, type, refs.
    macro_rules! line {
        ($name:ident, $value:expr, $value_date:expr, $entry:expr, $mark:ident, $funds:expr, $amount:expr, $type_code:expr, $customer:expr, $bank:expr, $beyond:expr) => {
            #[test]
            fn $name() {
                let (line, note) = parse($value, &[]).expect("reads");
                assert_eq!(note, None);
                assert_eq!(line.value_date, $value_date, "value date");
                assert_eq!(line.entry_date, $entry, "entry date");
                assert_eq!(line.mark, Mark::$mark, "mark");
                assert_eq!(line.funds_code, $funds, "funds code");
                assert_eq!(line.amount, $amount, "amount");
                assert_eq!(line.type_code, $type_code, "type");
                assert_eq!(line.customer_ref, $customer, "customer reference");
                assert_eq!(line.bank_ref, $bank, "bank reference");
                assert_eq!(line.beyond_ref, $beyond, "beyond the reference");
            }
        };
    }

    line!(
        plain_debit,
        "100722D25,03NTRFNONREF",
        date(2010, 7, 22),
        None,
        Debit,
        None,
        "25.03",
        "NTRF",
        "NONREF",
        "",
        ""
    );
    line!(
        entry_date_and_bank_ref,
        "2508010801D42,50NTRFNONREF//BANKREF001",
        date(2025, 8, 1),
        Some(date(2025, 8, 1)),
        Debit,
        None,
        "42.50",
        "NTRF",
        "NONREF",
        "BANKREF001",
        ""
    );
    line!(
        euro_funds_code_credit,
        "0709040904CR300,NTRFTFNr 40005 MSGID//0724710345313905",
        date(2007, 9, 4),
        Some(date(2007, 9, 4)),
        Credit,
        Some('R'),
        "300.",
        "NTRF",
        "TFNr 40005 MSGID",
        "0724710345313905",
        ""
    );
    line!(
        euro_funds_code_debit,
        "1811271127DR119,35NDDTNONREF",
        date(2018, 11, 27),
        Some(date(2018, 11, 27)),
        Debit,
        Some('R'),
        "119.35",
        "NDDT",
        "NONREF",
        "",
        ""
    );
    line!(
        krone_funds_code,
        "1207020702DK829419,78NTRFNONREF",
        date(2012, 7, 2),
        Some(date(2012, 7, 2)),
        Debit,
        Some('K'),
        "829419.78",
        "NTRF",
        "NONREF",
        "",
        ""
    );
    line!(
        reversal_of_credit_with_funds_code,
        "0709040904RCR204,88NRTINONREF",
        date(2007, 9, 4),
        Some(date(2007, 9, 4)),
        ReversalOfCredit,
        Some('R'),
        "204.88",
        "NRTI",
        "NONREF",
        "",
        ""
    );
    line!(
        reversal_of_debit,
        "240305RD15,NRTIREF1",
        date(2024, 3, 5),
        None,
        ReversalOfDebit,
        None,
        "15.",
        "NRTI",
        "REF1",
        "",
        ""
    );
    line!(
        rabobank_zero_padded_with_name,
        "110527D000000001213,28N0440121470966      W.P. Jansen                      ",
        date(2011, 5, 27),
        None,
        Debit,
        None,
        "000000001213.28",
        "N044",
        "0121470966",
        "",
        "W.P. Jansen"
    );
    line!(
        no_decimals,
        "1105210523D107,N426NONREF",
        date(2011, 5, 21),
        Some(date(2011, 5, 23)),
        Debit,
        None,
        "107.",
        "N426",
        "NONREF",
        "",
        ""
    );
    line!(
        one_decimal,
        "1105220523D11,8N426NONREF",
        date(2011, 5, 22),
        Some(date(2011, 5, 23)),
        Debit,
        None,
        "11.8",
        "N426",
        "NONREF",
        "",
        ""
    );

    #[test]
    fn entry_dates_roll_over_the_year_boundary() {
        for (value, value_date, entry_date) in [
            ("9912310102C5,00NTRFX", date(1999, 12, 31), date(2000, 1, 2)),
            ("2001020102C5,00NTRFX", date(2020, 1, 2), date(2020, 1, 2)),
            ("2401021229D5,00NTRFX", date(2024, 1, 2), date(2023, 12, 29)),
            ("2312300103D5,00NTRFX", date(2023, 12, 30), date(2024, 1, 3)),
            ("8001010101C1,NTRFX", date(1980, 1, 1), date(1980, 1, 1)),
            ("7912311231C1,NTRFX", date(2079, 12, 31), date(2079, 12, 31)),
            // 29 February exists only in the leap year next door.
            ("2312300229C1,NTRFX", date(2023, 12, 30), date(2024, 2, 29)),
        ] {
            let (line, note) = parse(value, &[]).expect("reads");
            assert_eq!(note, None, "{value}");
            assert_eq!(
                (line.value_date, line.entry_date),
                (value_date, Some(entry_date)),
                "{value}"
            );
        }
    }

    #[test]
    fn supplementary_details_come_from_the_next_lines() {
        let (line, _) =
            parse("2508060806D31,00NMSCNONREF//BANKREF006", &["Paiement  mobile"]).expect("reads");
        assert_eq!(line.supplementary, "Paiement mobile");
    }

    #[test]
    fn a_bad_entry_date_reads_on_the_value_date_with_a_note() {
        let (line, note) = parse("1602290230D5,00NTRFNONREF", &[]).expect("reads");
        assert_eq!((line.value_date, line.entry_date), (date(2016, 2, 29), None));
        let note = note.expect("a note");
        assert_eq!(note.offset, 6);
        assert!(note.message.to_string().contains("\"0230\" is not a date"), "{}", note.message);
    }

    #[test]
    fn bad_lines_say_what_and_where() {
        for (value, offset, says) in [
            ("160230D5,00NTRF", 0, "the value date \"160230\" is not a date"),
            ("1602X0D5,00NTRF", 0, "expected the value date as YYMMDD, found \"1602X0\""),
            ("", 0, "found \"\""),
            ("160228X5,00NTRF", 6, "expected C, D, RC or RD after the date, found \"X5\""),
            (
                "1602280228DNTRF",
                11,
                "expected an amount like 1234,56 after the mark, found \"NTRF\"",
            ),
            ("160228C,NTRF", 7, "found \",NTRF\""),
            ("160228C1,2,3NTRF", 7, "found \"1,2,3NTRF\""),
            ("16022", 0, "found \"16022\""),
            ("160228R", 6, "found \"R\""),
            ("160228\u{e9}\u{e9}", 6, "found \"\u{e9}\u{e9}\""),
        ] {
            let error = parse(value, &[]).expect_err(value);
            assert_eq!(error.offset, offset, "{value}");
            assert!(error.message.to_string().contains(says), "{value}: {}", error.message);
        }
    }

    #[test]
    fn two_digit_years_fall_in_fixed_windows() {
        assert_eq!([full_year(0), full_year(25), full_year(79)], [2000, 2025, 2079]);
        assert_eq!([full_year(80), full_year(99)], [1980, 1999]);
    }
}
