//! The generic reader's guess at each column's role, from what the columns hold (`sniff.rs`)
//! and what their headers say in English, German, Dutch and French. The guess says plainly when
//! it is unsure: no date column, no amount column, two equally good amount columns, dates that
//! read both day-first and month-first, unsigned amounts with nothing saying which way they
//! went. The file is then not read on a guess; the person maps the columns.

use super::dates::OrderEvidence;
use super::sniff::{Column, Sniffed};
use super::words::{
    named, AMOUNT, BALANCE, COUNTERPARTY, CREDIT, CURRENCY, DEBIT, DESCRIPTION, DIRECTIONS,
    FOREIGN, TIME, TYPE, VALUE_DATE,
};
use crate::choices::ColumnMapping;
use crate::choices::{DateOrder, Options};
use crate::model::Currency;
use crate::phrase;
use crate::phrase::{messages as m, Phrase};

/// The guess, and why it is not sure (when it is not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Guess {
    pub mapping: ColumnMapping,
    pub problem: Option<Phrase>,
}

/// Nine in ten, or all but one of several: a summary line under a short table ("Total") must
/// not hide its date column.
fn mostly(part: usize, whole: usize) -> bool {
    whole > 0 && (part * 10 >= whole * 9 || (part >= 2 && part + 1 >= whole))
}

fn described(column: &Column) -> Phrase {
    if column.name.is_empty() {
        phrase!(m::AT_COLUMN, column.index + 1)
    } else {
        phrase!(m::AT_COLUMN_NAMED, column.index + 1, &column.name)
    }
}

fn one_based(index: usize) -> Option<u32> {
    u32::try_from(index + 1).ok()
}

/// Guesses every role in `sniffed`, using `options.date_order` for dates that read both ways.
pub(super) fn guess(sniffed: &Sniffed, options: &Options) -> Guess {
    let columns = sniffed.columns();
    let mut problems: Vec<Phrase> = Vec::new();
    let mut mapping = ColumnMapping {
        delimiter: Some(char::from(sniffed.delimiter)),
        header_row: sniffed.header.and_then(|h| sniffed.records.get(h)).map(|r| r.line),
        ..ColumnMapping::default()
    };
    let mut used: Vec<usize> = Vec::new();

    // The date: every filled cell a date, booking date before value date.
    let dates: Vec<&Column> = columns
        .iter()
        .filter(|c| {
            mostly(c.dates, c.filled) && !matches!(c.order, Some(OrderEvidence::Conflict { .. }))
        })
        .collect();
    let date = dates.iter().find(|c| !named(&c.name, VALUE_DATE)).or(dates.first()).copied();
    match date {
        None => problems.push(Phrase::new(&m::GUESS_NO_DATES)),
        Some(date) => {
            used.push(date.index);
            mapping.date = one_based(date.index);
            match date.order {
                Some(OrderEvidence::Settled(order)) => mapping.date_order = Some(order),
                Some(OrderEvidence::Ambiguous { .. }) => match options.date_order {
                    Some(order) => mapping.date_order = Some(order),
                    None => {
                        let us = sniffed.delimiter == b','
                            && columns.iter().any(|c| c.decimal == Some('.'));
                        mapping.date_order =
                            Some(if us { DateOrder::MonthFirst } else { DateOrder::DayFirst });
                        problems.push(phrase!(
                            m::GUESS_AMBIGUOUS_DATES,
                            date.ambiguous_example.as_deref().unwrap_or_default()
                        ));
                    }
                },
                _ => {}
            }
        }
    }
    let time = columns.iter().find(|c| {
        !used.contains(&c.index)
            && c.dates == 0
            && (named(&c.name, TIME) || mostly(c.times, c.filled))
            && c.times > 0
    });
    if let Some(time) = time {
        used.push(time.index);
        mapping.time = one_based(time.index);
    }

    // The amount: a column of numbers, not a balance, not an id.
    let numbers: Vec<&Column> = columns
        .iter()
        .filter(|c| {
            !used.contains(&c.index)
                && mostly(c.amounts, c.filled)
                && !named(&c.name, BALANCE)
                && (c.money > 0
                    || c.negatives > 0
                    || named(&c.name, AMOUNT)
                    || named(&c.name, DEBIT)
                    || named(&c.name, CREDIT))
        })
        .collect();
    let amount_named: Vec<&Column> = numbers
        .iter()
        .filter(|c| named(&c.name, AMOUNT) && !named(&c.name, FOREIGN))
        .copied()
        .collect();
    let debits: Vec<&Column> = numbers.iter().filter(|c| named(&c.name, DEBIT)).copied().collect();
    let credits: Vec<&Column> =
        numbers.iter().filter(|c| named(&c.name, CREDIT)).copied().collect();
    let n_rows = sniffed.data().count();
    let mut signed: Option<&Column> = None;
    let mut amount_columns: Vec<&Column> = Vec::new();
    match (amount_named.as_slice(), debits.as_slice(), credits.as_slice(), numbers.as_slice()) {
        ([only], _, _, _) => signed = Some(only),
        ([first, second, ..], _, _, _) => {
            signed = Some(first);
            problems.push(phrase!(m::GUESS_TWO_AMOUNTS, described(first), described(second)));
        }
        ([], [debit], [credit], _) => {
            mapping.debit = one_based(debit.index);
            mapping.credit = one_based(credit.index);
            amount_columns = vec![debit, credit];
        }
        ([], _, _, [only]) => signed = Some(only),
        ([], _, _, [first, second]) if first.filled + second.filled <= n_rows => {
            mapping.debit = one_based(first.index);
            mapping.credit = one_based(second.index);
            amount_columns = vec![first, second];
            problems.push(phrase!(m::GUESS_WHICH_IS_OUT, described(first), described(second)));
        }
        ([], _, _, [first, second, ..]) => {
            signed = Some(first);
            problems.push(phrase!(m::GUESS_TWO_AMOUNTS, described(first), described(second)));
        }
        ([], _, _, []) => problems.push(Phrase::new(&m::GUESS_NO_AMOUNTS)),
    }
    if let Some(amount) = signed {
        mapping.amount = one_based(amount.index);
        amount_columns = vec![amount];
        if amount.negatives == 0 && amount.filled > 0 {
            match direction_column(&columns, amount.index) {
                Some((column, out, into)) => {
                    mapping.direction = one_based(column);
                    mapping.direction_out = Some(out);
                    mapping.direction_in = Some(into);
                    used.push(column);
                }
                None if amount.filled >= 2 => problems.push(Phrase::new(&m::GUESS_NO_DIRECTION)),
                None => {}
            }
        }
    }
    used.extend(amount_columns.iter().map(|c| c.index));
    let decimals: Vec<char> = amount_columns.iter().filter_map(|c| c.decimal).collect();
    mapping.decimal = decimals.first().copied().filter(|d| decimals.iter().all(|x| x == d));

    // The currency: a column of ISO codes (the first at or after the amount), else a sign or a
    // code in the amount's header.
    let after = amount_columns.first().map_or(0, |c| c.index);
    let currencies: Vec<&Column> = columns
        .iter()
        .filter(|c| {
            !used.contains(&c.index)
                && c.filled > 0
                && !named(&c.name, FOREIGN)
                && (mostly(c.codes, c.filled)
                    || (named(&c.name, CURRENCY)
                        && c.values
                            .iter()
                            .all(|v| v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase()))))
        })
        .collect();
    let currency = currencies.iter().find(|c| c.index >= after).or(currencies.first());
    match currency {
        Some(column) => {
            used.push(column.index);
            mapping.currency = one_based(column.index);
        }
        None => mapping.fixed_currency = amount_columns.iter().find_map(|c| currency_of(c)),
    }

    // Texts: the counterparty and the description by name, else the longest text.
    let texts: Vec<&Column> = columns
        .iter()
        .filter(|c| {
            !used.contains(&c.index)
                && c.filled > 0
                && c.dates == 0
                && c.amounts * 2 < c.filled
                && c.account_like * 2 < c.filled
        })
        .collect();
    let counterparty =
        longest(texts.iter().filter(|c| named(&c.name, COUNTERPARTY)).copied().collect());
    if let Some(column) = counterparty {
        mapping.counterparty = one_based(column.index);
        used.push(column.index);
    }
    let texts: Vec<&Column> = texts.into_iter().filter(|c| !used.contains(&c.index)).collect();
    let kind = texts
        .iter()
        .find(|c| named(&c.name, TYPE) && !named(&c.name, DESCRIPTION) && !c.distinct_overflow);
    if let Some(column) = kind {
        mapping.type_column = one_based(column.index);
        used.push(column.index);
    }
    let texts: Vec<&Column> = texts.into_iter().filter(|c| !used.contains(&c.index)).collect();
    let description =
        longest(texts.iter().filter(|c| named(&c.name, DESCRIPTION)).copied().collect())
            .or_else(|| longest(texts.clone()));
    mapping.description = description.and_then(|c| one_based(c.index));

    let problem = problems.into_iter().reduce(|all, one| phrase!(m::LIST, all, one));
    Guess { mapping, problem }
}

/// The column with the longest text on average (the leftmost of equals).
fn longest(candidates: Vec<&Column>) -> Option<&Column> {
    candidates.into_iter().max_by_key(|c| (c.text_chars / c.filled.max(1), usize::MAX - c.index))
}

/// A column whose every value is one of a known pair of direction words; returns it with the
/// values for out and in as the file writes them.
fn direction_column(columns: &[Column], amount: usize) -> Option<(usize, String, String)> {
    columns.iter().filter(|c| c.index != amount && c.filled > 0 && !c.distinct_overflow).find_map(
        |column| {
            DIRECTIONS.iter().find_map(|(outs, ins)| {
                let is = |list: &[&str], v: &str| list.iter().any(|w| w.eq_ignore_ascii_case(v));
                let all_known = column.values.iter().all(|v| is(outs, v) || is(ins, v));
                if !all_known {
                    return None;
                }
                let written = |list: &[&str]| {
                    column.values.iter().find(|v| is(list, v)).cloned().or_else(|| {
                        list.first().map(|w| {
                            let mut s = w.to_string();
                            if let Some(first) = s.get_mut(..1) {
                                first.make_ascii_uppercase();
                            }
                            s
                        })
                    })
                };
                Some((column.index, written(outs)?, written(ins)?))
            })
        },
    )
}

/// The currency an amount column's header or signs name: `Betrag (EUR)`, `Amount ($)`, `$12.00`.
fn currency_of(column: &Column) -> Option<Currency> {
    let upper = column.name.to_uppercase();
    for (mark, code) in
        [("EUR", "EUR"), ("€", "EUR"), ("USD", "USD"), ("$", "USD"), ("GBP", "GBP"), ("£", "GBP")]
    {
        if upper.contains(mark) {
            return Currency::from_code(code);
        }
    }
    match column.symbol? {
        '$' => Some(Currency::USD),
        '€' => Some(Currency::EUR),
        '£' => Some(Currency::GBP),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::bank_csv::sniff::sniff;

    fn guessed(text: &str) -> Guess {
        guess(&sniff(text, None, 3).expect("a table"), &Options::default())
    }

    #[test]
    fn a_plain_table_is_guessed_with_confidence() {
        let guess = guessed(
            "Date,Description,Amount,Balance\n2024-01-02,Coffee,-3.50,96.50\n2024-01-05,Salary,1200.00,1296.50\n",
        );
        assert_eq!(guess.problem, None);
        let m = guess.mapping;
        assert_eq!(
            (m.date, m.description, m.amount, m.header_row),
            (Some(1), Some(2), Some(3), Some(1))
        );
        assert_eq!(m.decimal, Some('.'));
    }

    #[test]
    fn unsure_guesses_say_why() {
        for (text, says) in [
            ("Ref,Text,Amount\nA1,Coffee,-3.50\nA2,Tea,-2.00\n", "no column holds dates"),
            ("Date,Text,Note\n2024-01-02,Coffee,x\n2024-01-03,Tea,y\n", "no column holds amounts"),
            (
                "Date,Text,Amount\n03/04/2024,Coffee,-3.50\n04/05/2024,Tea,-2.00\n",
                "could be day/month or month/day",
            ),
            ("Date;Text;Amount;Amount EUR\n03.04.2024;Coffee;-3,50;-3,50\n", "could be the amount"),
            (
                "Date;Text;A;B\n03.04.2024;Coffee;3,50;\n04.04.2024;Salary;;1200,00\n",
                "which one is money out",
            ),
            (
                "Date;Text;Amount\n03.04.2024;Coffee;3,50\n04.04.2024;Tea;2,00\n",
                "every amount is positive",
            ),
        ] {
            let guess = guessed(text);
            let problem = guess.problem.map(|p| p.to_string()).unwrap_or_default();
            assert!(problem.contains(says), "{text:?}: {problem:?}");
        }
    }

    #[test]
    fn directions_debit_credit_pairs_and_currencies() {
        let directed = guessed(
            "Datum;Naam;Af Bij;Bedrag;Munt\n20240102;Bakker;Af;3,50;EUR\n20240103;Werk;Bij;1200,00;EUR\n",
        );
        assert_eq!(directed.problem, None);
        let m = directed.mapping;
        assert_eq!((m.amount, m.direction, m.currency), (Some(4), Some(3), Some(5)));
        assert_eq!(
            (m.direction_out.as_deref(), m.direction_in.as_deref()),
            (Some("Af"), Some("Bij"))
        );
        assert_eq!(m.counterparty, Some(2));
        assert_eq!(m.decimal, Some(','));

        let split = guessed(
            "Date,Memo,Paid out,Paid in,Balance\n02/01/2024,Coffee,$3.50,,$96.50\n15/01/2024,Salary,,$1200.00,$1296.50\n",
        );
        assert_eq!(split.problem, None);
        let m = split.mapping;
        assert_eq!((m.debit, m.credit, m.amount), (Some(3), Some(4), None));
        assert_eq!(m.fixed_currency, Some(Currency::USD));
        assert_eq!(m.date_order, Some(DateOrder::DayFirst));
    }
}
