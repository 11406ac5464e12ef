//! SWIFT MT940 bank statements (`.sta`, `.940`; statement-formats.md §3d). Lines start with
//! tags (`:20:` reference, `:25:` account, `:28C:` number, `:60F:`/`:60M:` opening balance,
//! `:61:` statement line, `:86:` information, `:62F:`/`:62M:` closing balance, `:64:`, `:65:`);
//! a value runs on over the following lines until the next tag, and a statement ends with `-`.
//! One file may hold many statements, for several accounts.
//!
//! Around the tags sit wrappers and junk that are skipped: SWIFT FIN blocks
//! `{1:F01…}{2:I940…}{4:` … `-}`, SOH/ETX bytes (mBank), bank pre-headers such as
//! `0000 01INGBNL2AXXXX00001` / `940 00` (ING), `ABNANL2A` / `940` (ABN AMRO) and `:940:`
//! (Rabobank), prose before the first tag (Danske Bank) and a trailing `-XXX` (ING).
//!
//! Each `:61:` is one row ([`statement_line`]), described by the `:86:` tags after it
//! ([`information`]). The row's date is the entry (booking) date when written, as camt's
//! `BookgDt`, else the value date. The currency is the opening balance's.

mod information;
mod statement_line;

use super::bank_entry::{clean_text, to_transactions, Entry};
use super::parsed::Parsed;
use crate::error::{Position, Warning};
use crate::model::{Currency, Direction, Money, Source};
use statement_line::{LineProblem, Mark};

/// One tag and its value: the rest of the tag's line, then its continuation lines.
#[derive(Debug)]
struct Tag<'a> {
    /// `20`, `61`, `60F`, …
    name: &'a str,
    /// 1-based line of the tag.
    line: u32,
    /// The text after the tag on its line.
    first: &'a str,
    /// The lines after it, up to the next tag.
    more: Vec<&'a str>,
}

/// A line's content with the transport around it removed: the CR of CRLF, SOH/ETX bytes, and
/// a SWIFT block header up to `{4:`. `None` for lines that are transport only (`{1:…}{2:…}`,
/// `{5:…}`).
fn content(line: &str) -> Option<&str> {
    let line = line.trim_end_matches('\r').trim_matches(|c| c == '\u{1}' || c == '\u{3}');
    if let Some(at) = line.find("{4:") {
        return line.get(at + 3..);
    }
    if line.trim_start().starts_with('{') {
        return None;
    }
    Some(line)
}

/// `:61:` → `("61", rest)`; two digits and an optional letter between colons.
fn tag_of(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start();
    let rest = line.strip_prefix(':')?;
    let end = rest.find(':')?;
    let name = rest.get(..end)?;
    let b = name.as_bytes();
    let valid = matches!(b.len(), 2 | 3)
        && b.iter().take(2).all(u8::is_ascii_digit)
        && b.get(2).is_none_or(u8::is_ascii_uppercase);
    valid.then(|| (name, rest.get(end + 1..).unwrap_or_default()))
}

/// The end of a statement: `-`, `-}` (FIN) or `-XXX` (ING).
fn is_terminator(line: &str) -> bool {
    let t = line.trim();
    t == "-"
        || t.starts_with("-}")
        || (t.len() <= 4 && t.starts_with('-') && t.bytes().skip(1).all(|b| b.is_ascii_uppercase()))
}

/// True for MT940: a `:20:` reference and an opening or closing balance, or statement lines
/// without the `:34F:` floor limit of an MT942 interim report.
pub(super) fn detect(text: &str) -> bool {
    let (mut reference, mut balance, mut line, mut interim) = (false, false, false, false);
    for name in text.lines().filter_map(content).filter_map(tag_of).map(|(name, _)| name) {
        match name {
            "20" => reference = true,
            "60F" | "60M" | "62F" | "62M" => balance = true,
            "61" => line = true,
            "34F" | "13D" => interim = true,
            _ => {}
        }
        if reference && balance {
            return true;
        }
    }
    reference && line && !interim
}

/// Splits the text into statements of tags, skipping everything that is not a tag's value.
fn statements(text: &str) -> Vec<Vec<Tag<'_>>> {
    let mut statements: Vec<Vec<Tag<'_>>> = Vec::new();
    let mut in_value = false;
    for (index, raw) in text.split('\n').enumerate() {
        let line_no = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let Some(line) = content(raw) else {
            in_value = false;
            continue;
        };
        if is_terminator(line) {
            in_value = false;
            continue;
        }
        if let Some((name, first)) = tag_of(line) {
            if name == "20" || statements.is_empty() {
                statements.push(Vec::new());
            }
            if let Some(statement) = statements.last_mut() {
                statement.push(Tag { name, line: line_no, first, more: Vec::new() });
            }
            in_value = true;
        } else if in_value && !line.trim().is_empty() {
            if let Some(tag) = statements.last_mut().and_then(|s| s.last_mut()) {
                tag.more.push(line);
            }
        }
    }
    statements
}

/// Reads every statement in the file.
pub(super) fn parse(text: &str) -> Parsed {
    let mut parsed = Parsed::new(Source::Mt940);
    let statements = statements(text);
    let accounts: Vec<String> = statements
        .iter()
        .flatten()
        .filter(|t| t.name == "25")
        .map(|t| t.first.trim().to_string())
        .filter(|a| !a.is_empty())
        .collect();
    let mut entries = Vec::new();
    for tags in &statements {
        read_statement(tags, &mut entries, &mut parsed);
    }
    parsed.transactions = to_transactions(entries, Source::Mt940, &accounts);
    parsed
}

/// The currency of a balance, `C100722EUR0,00`: mark, YYMMDD, currency, amount.
fn balance_currency(value: &str) -> Option<Currency> {
    Currency::from_code(value.trim().get(7..10)?)
}

fn read_statement(tags: &[Tag<'_>], entries: &mut Vec<Entry>, parsed: &mut Parsed) {
    let account = tags.iter().find(|t| t.name == "25").map_or("", |t| t.first.trim());
    // The opening balance names the currency; the closing and available balances, or a
    // currency written after the account number (Rabobank `1291.99.348EUR`), stand in.
    let currency = ["60F", "60M", "62F", "62M", "64", "65"]
        .iter()
        .flat_map(|name| tags.iter().filter(move |t| t.name == *name))
        .find_map(|t| balance_currency(t.first))
        .or_else(|| {
            let split = account.len().checked_sub(3).filter(|&n| n > 0)?;
            Currency::from_code(account.get(split..)?)
        });
    let mut index = 0;
    while let Some(tag) = tags.get(index) {
        index += 1;
        if tag.name != "61" {
            continue;
        }
        parsed.rows_seen += 1;
        // Every :86: right after the :61: describes it (Rabobank writes one per line).
        let mut information: Vec<&str> = Vec::new();
        while let Some(next) = tags.get(index).filter(|t| t.name == "86") {
            information.push(next.first);
            information.extend(next.more.iter().copied());
            index += 1;
        }
        match read_line(tag, &information, account, currency) {
            Ok((entry, note)) => {
                entries.push(entry);
                parsed.warnings.extend(note);
            }
            Err(warning) => parsed.warnings.push(warning),
        }
    }
}

fn line_warning(tag: &Tag<'_>, problem: LineProblem) -> Warning {
    // The value starts after `:61:`, so its first character is column 5.
    let column = u32::try_from(problem.offset + tag.name.len() + 3).unwrap_or(u32::MAX);
    Warning {
        position: Position::cell(tag.line, column, &format!(":{}:", tag.name)),
        message: problem.message,
    }
}

fn read_line(
    tag: &Tag<'_>,
    information: &[&str],
    account: &str,
    currency: Option<Currency>,
) -> Result<(Entry, Option<Warning>), Warning> {
    let (line, note) =
        statement_line::parse(tag.first, &tag.more).map_err(|p| line_warning(tag, p))?;
    let note = note.map(|p| line_warning(tag, p));
    let Some(currency) = currency else {
        return Err(Warning {
            position: Position::row(tag.line),
            message: crate::phrase::Phrase::new(&crate::phrase::messages::MT940_NO_CURRENCY),
        });
    };
    let minor =
        crate::money::parse_minor(&line.amount, currency.minor_digits()).map_err(|p| Warning {
            position: Position::row(tag.line),
            message: crate::phrase!(
                crate::phrase::messages::CANNOT_READ_AMOUNT,
                line.amount.replace('.', ","),
                crate::phrase::messages::known(p)
            ),
        })?;
    let (direction, reversal) = match line.mark {
        Mark::Credit => (Direction::In, None),
        Mark::Debit => (Direction::Out, None),
        Mark::ReversalOfCredit => (Direction::Out, Some("RC")),
        Mark::ReversalOfDebit => (Direction::In, Some("RD")),
    };
    let info = information::parse(information);
    // Stand-ins when no name is given, most specific first, as camt falls back to `Ustrd`.
    let counterparty = [
        &info.name,
        &line.beyond_ref,
        &info.first_line,
        &info.description,
        &info.booking_text,
        &line.supplementary,
    ]
    .into_iter()
    .find(|t| !t.is_empty())
    .cloned()
    .unwrap_or_default();
    let description = [&info.description, &line.supplementary]
        .into_iter()
        .find(|t| !t.is_empty())
        .cloned()
        .unwrap_or_default();
    let type_code = match (line.type_code.as_str(), info.gvc.as_str()) {
        (code, "") => code.to_string(),
        (code, gvc) => format!("{code}+{gvc}"),
    };
    let date = line.entry_date.unwrap_or(line.value_date);
    let entry = Entry {
        row: tag.line,
        time: date.and_time(chrono::NaiveTime::MIN),
        has_time: false,
        amount: Money { minor, currency },
        direction,
        reversal,
        not_booked: None,
        type_code,
        counterparty,
        counterparty_account: info.account,
        description,
        account: account.to_string(),
        status: String::new(),
        order_id: line.bank_ref,
        provider_category: clean_text(&info.booking_text),
    };
    Ok((entry, note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_what_is_not_one() {
        assert_eq!(tag_of(":61:1005"), Some(("61", "1005")));
        assert_eq!(tag_of(":28C:00001/001"), Some(("28C", "00001/001")));
        assert_eq!(tag_of(":60F:C1"), Some(("60F", "C1")));
        assert_eq!(tag_of(":940:"), None, "Rabobank's pre-header");
        assert_eq!(tag_of(":NS:22"), None);
        assert_eq!(tag_of("940 00"), None);
        assert_eq!(tag_of(":6:"), None);
        assert_eq!(tag_of(":"), None);
    }

    #[test]
    fn wrappers_are_transport() {
        assert_eq!(content("{1:F01BANKFRPPAXXX0000000000}"), None);
        assert_eq!(content("{2:I940BANKFRPPXXXXN}{4:"), Some(""));
        assert_eq!(content("{1:F01X}{2:I940X}{4::20:REF"), Some(":20:REF"));
        assert_eq!(content("\u{1}:20:X\r"), Some(":20:X"));
        assert_eq!(content(" Fuellzeichen\r"), Some(" Fuellzeichen"));
        assert!(is_terminator("-") && is_terminator("-}") && is_terminator("-XXX"));
        assert!(is_terminator("-}{5:{CHK:123}}") && is_terminator(" - \r"));
        assert!(!is_terminator("-Zahlung") && !is_terminator("- 12"));
    }

    #[test]
    fn detection() {
        assert!(detect(":20:X\n:25:1\n:60F:C100722EUR0,00\n"));
        assert!(detect("{1:F01}{2:I940}{4:\n:20:X\n:61:2508010801D42,50NTRF\n-}"));
        assert!(!detect(":20:X\n:25:1\n:34F:EURD0,\n:61:2508010801D42,50NTRF\n"), "MT942");
        assert!(!detect("Datum;Betrag\n:20: is not enough\n"));
    }

    #[test]
    fn statement_level_information_after_the_closing_balance_is_not_a_row() {
        let parsed = parse(
            ":20:X\n:25:NL01\n:60F:C100722EUR0,00\n:61:100722D1,10NTRFNONREF\n:86:first\n:62F:C100723EUR3,47\n:86:D000004C000002D25,24C28,71\n-XXX\n",
        );
        assert_eq!(parsed.transactions.len(), 1);
        assert_eq!(parsed.transactions[0].description, "first");
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    }
}
