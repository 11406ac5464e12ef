//! The column-mapping contract between Yearbook and the person when the generic reader cannot
//! tell which column is which: [`ColumnMapping`] (what the page's mapping step and the command
//! line's `--map` send back) and [`CsvPreview`] (what they show). Every row and column number
//! here is **1-based, as a person counts** in a spreadsheet.

use super::DateOrder;
use crate::model::Currency;
use crate::phrase::{messages as m, Phrase};
use serde::{Deserialize, Serialize};

/// Which column plays which role in a bank CSV, chosen by the person or guessed by Yearbook.
///
/// Columns are 1-based. A field left out (`null` in JSON) is worked out from the file: the
/// delimiter is sniffed, the header row found by content, the decimal separator and the date
/// order read from the whole column. The column roles are used exactly as given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ColumnMapping {
    /// The cell separator: `,`, `;`, TAB or `|`.
    pub delimiter: Option<char>,
    /// The 1-based line of the header row; `0` when the file has no header row.
    pub header_row: Option<u32>,
    /// The date column (booking date).
    pub date: Option<u32>,
    /// A separate time-of-day column, when the date column holds no time.
    pub time: Option<u32>,
    /// A signed amount column (or an unsigned one with `direction`).
    pub amount: Option<u32>,
    /// The money-out column of a debit/credit pair (`Withdrawal`, `Soll`, `Money Out`).
    pub debit: Option<u32>,
    /// The money-in column of a debit/credit pair (`Deposit`, `Haben`, `Money In`).
    pub credit: Option<u32>,
    /// The column saying which way an unsigned amount went (`Af Bij`, `S/H`, `CR/DR`).
    pub direction: Option<u32>,
    /// The `direction` value meaning money out (`Af`), compared without regard to case.
    pub direction_out: Option<String>,
    /// The `direction` value meaning money in (`Bij`).
    pub direction_in: Option<String>,
    /// The column holding each row's currency code.
    pub currency: Option<u32>,
    /// The currency of every row, when no column names it.
    pub fixed_currency: Option<Currency>,
    /// The other party: merchant, payee, payer.
    pub counterparty: Option<u32>,
    /// Description, memo, purpose.
    pub description: Option<u32>,
    /// The bank's own transaction type (`ACH_DEBIT`, `Lastschrift`).
    #[serde(rename = "type")]
    pub type_column: Option<u32>,
    /// Whether numeric dates such as `03/04/2024` put the day or the month first.
    pub date_order: Option<DateOrder>,
    /// The decimal separator of the amounts: `,` or `.`.
    pub decimal: Option<char>,
}

/// What the page's mapping step shows: the top of the table, where the header seems to be, and
/// Yearbook's best guess at the columns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CsvPreview {
    /// The bank whose export this is, when its header is one Yearbook knows.
    pub bank: Option<String>,
    /// The text encoding the file was decoded with.
    pub encoding: String,
    /// The cell separator found.
    pub delimiter: char,
    /// The first lines of the file, split into cells (the preamble included), so the person can
    /// point at the header row.
    pub lines: Vec<PreviewRow>,
    /// 1-based lines that look like a header (cells that are labels, not dates or amounts).
    pub header_candidates: Vec<u32>,
    /// The header's cells as written (empty when the file has none).
    pub header: Vec<String>,
    /// The first data rows below the header, up to ten.
    pub rows: Vec<PreviewRow>,
    /// Yearbook's best guess; complete when `problem` is `None`.
    pub guess: ColumnMapping,
    /// Why the guess is not sure enough to read the file without asking, in plain words.
    #[serde(serialize_with = "crate::phrase::edge::optional_text")]
    pub problem: Option<crate::phrase::Phrase>,
}

/// One line of the preview.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PreviewRow {
    /// 1-based line in the file.
    pub line: u32,
    /// The cells, trimmed.
    pub cells: Vec<String>,
}

impl ColumnMapping {
    /// Reads the command line's `--map` text: `date=1,amount=4,description=3`, with
    /// `counterparty=N`, `debit=N,credit=N`, `direction=N:Af:Bij` (column, money-out value,
    /// money-in value), `currency=N` or `currency=EUR`, `time=N`, `type=N`, `header=N`
    /// (0 for none). Columns count from 1.
    pub fn from_spec(spec: &str) -> Result<ColumnMapping, String> {
        let mut mapping = ColumnMapping::default();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (role, value) = part
                .split_once('=')
                .ok_or_else(|| format!("\"{part}\" is not role=column (e.g. date=1)"))?;
            let (role, value) = (role.trim().to_ascii_lowercase(), value.trim());
            let column = |v: &str| -> Result<u32, String> {
                match v.trim().parse::<u32>() {
                    Ok(n) if n >= 1 => Ok(n),
                    _ => Err(format!(
                        "{role}={v}: columns count from 1, as in a spreadsheet (e.g. {role}=2)"
                    )),
                }
            };
            match role.as_str() {
                "date" => mapping.date = Some(column(value)?),
                "time" => mapping.time = Some(column(value)?),
                "amount" => mapping.amount = Some(column(value)?),
                "debit" | "out" => mapping.debit = Some(column(value)?),
                "credit" | "in" => mapping.credit = Some(column(value)?),
                "counterparty" | "payee" => mapping.counterparty = Some(column(value)?),
                "description" | "memo" => mapping.description = Some(column(value)?),
                "type" => mapping.type_column = Some(column(value)?),
                "header" => {
                    mapping.header_row = Some(value.parse().map_err(|_| {
                        format!("header={value}: give the header's line number, or 0 for none")
                    })?)
                }
                "currency" => match value.parse::<u32>() {
                    Ok(_) => mapping.currency = Some(column(value)?),
                    Err(_) => {
                        mapping.fixed_currency = Some(Currency::from_code(value).ok_or_else(
                            || format!("currency={value}: give a column or a code such as EUR"),
                        )?)
                    }
                },
                "direction" => {
                    let mut pieces = value.split(':');
                    let at = column(pieces.next().unwrap_or_default())?;
                    let (out, into) = match (pieces.next(), pieces.next(), pieces.next()) {
                        (Some(o), Some(i), None) if !o.trim().is_empty() && !i.trim().is_empty() => {
                            (o.trim(), i.trim())
                        }
                        _ => {
                            return Err(format!(
                                "direction={value}: give the column and the values for money out and in, e.g. direction=6:Af:Bij"
                            ))
                        }
                    };
                    mapping.direction = Some(at);
                    mapping.direction_out = Some(out.to_string());
                    mapping.direction_in = Some(into.to_string());
                }
                other => {
                    return Err(format!(
                        "unknown role \"{other}\" (use date, time, amount, debit, credit, direction, currency, counterparty, description, type, header)"
                    ))
                }
            }
        }
        mapping.check().map_err(|problem| format!("--map: {problem} (e.g. date=1,amount=4)"))?;
        Ok(mapping)
    }

    /// Whether the mapping names enough to read a table: a date column; an amount column or
    /// both a money-out and a money-in column; with a direction column, the values that mean
    /// money out and money in. The one rule for the page's mapping step, `--map` and the generic
    /// reader; whether the columns exist is checked against the file when it is read.
    pub fn check(&self) -> Result<(), Phrase> {
        let given = |value: &Option<String>| value.as_deref().is_some_and(|v| !v.trim().is_empty());
        if self.date.is_none() {
            Err(Phrase::new(&m::CSV_MAPPING_NO_DATE))
        } else if self.amount.is_none() && (self.debit.is_none() || self.credit.is_none()) {
            Err(Phrase::new(&m::CSV_MAPPING_NO_AMOUNT))
        } else if self.direction.is_some()
            && !(given(&self.direction_out) && given(&self.direction_in))
        {
            Err(Phrase::new(&m::CSV_MAPPING_NO_DIRECTION_VALUES))
        } else {
            Ok(())
        }
    }

    /// Parses a delimiter as typed: `,`, `;`, `|`, `tab` or `\t`.
    pub fn delimiter_from(text: &str) -> Result<char, String> {
        match text {
            "," | ";" | "|" => text.chars().next().ok_or_else(String::new),
            "\t" | "\\t" | "tab" | "TAB" => Ok('\t'),
            other => Err(format!("--delimiter {other}: use , ; | or tab")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_as_typed_on_the_command_line() {
        let mapping = ColumnMapping::from_spec("date=1, amount=4,description=3,counterparty=2")
            .expect("valid");
        assert_eq!(
            (mapping.date, mapping.amount, mapping.description, mapping.counterparty),
            (Some(1), Some(4), Some(3), Some(2))
        );
        let pair = ColumnMapping::from_spec("date=2,debit=6,credit=7,currency=USD").expect("ok");
        assert_eq!((pair.debit, pair.credit), (Some(6), Some(7)));
        assert_eq!(pair.fixed_currency, Currency::from_code("USD"));
        let directed =
            ColumnMapping::from_spec("date=1,amount=7,direction=6:Af:Bij,header=0").expect("ok");
        assert_eq!(directed.direction, Some(6));
        assert_eq!(directed.direction_out.as_deref(), Some("Af"));
        assert_eq!(directed.direction_in.as_deref(), Some("Bij"));
        assert_eq!(directed.header_row, Some(0));
    }

    #[test]
    fn bad_specs_say_what_to_type() {
        for (spec, says) in [
            ("amount=4", "--map: the mapping names no date column"),
            ("date=1", "--map: the mapping names no amount column"),
            ("date=1,debit=3", "names no amount column"),
            ("date=0,amount=2", "columns count from 1"),
            ("date=x,amount=2", "columns count from 1"),
            ("date=1,amount=2,direction=3", "direction=6:Af:Bij"),
            ("date=1,amount=2,colour=3", "unknown role \"colour\""),
            ("date", "is not role=column"),
            ("date=1,amount=2,currency=euro", "a code such as EUR"),
        ] {
            let error = ColumnMapping::from_spec(spec).expect_err(spec);
            assert!(error.contains(says), "{spec}: {error}");
        }
    }

    /// The rule the page's mapping step and `--map` share, case by case.
    #[test]
    fn a_mapping_needs_a_date_an_amount_and_the_direction_values() {
        let with = |f: fn(&mut ColumnMapping)| {
            let mut mapping = ColumnMapping::default();
            f(&mut mapping);
            mapping.check().err().map(|problem| problem.template())
        };
        assert_eq!(with(|_| {}), Some(&m::CSV_MAPPING_NO_DATE));
        assert_eq!(with(|m| m.amount = Some(2)), Some(&m::CSV_MAPPING_NO_DATE));
        assert_eq!(with(|m| m.date = Some(1)), Some(&m::CSV_MAPPING_NO_AMOUNT));
        let debit_only = |m: &mut ColumnMapping| (m.date, m.debit) = (Some(1), Some(3));
        assert_eq!(with(debit_only), Some(&m::CSV_MAPPING_NO_AMOUNT));
        assert_eq!(with(|m| (m.date, m.amount) = (Some(1), Some(2))), None);
        assert_eq!(with(|m| (m.date, m.debit, m.credit) = (Some(1), Some(2), Some(3))), None);
        let directed = |m: &mut ColumnMapping| {
            (m.date, m.amount, m.direction) = (Some(1), Some(2), Some(3));
            m.direction_out = Some("Af".into());
            m.direction_in = Some("  ".into());
        };
        assert_eq!(with(directed), Some(&m::CSV_MAPPING_NO_DIRECTION_VALUES));
        let both = |m: &mut ColumnMapping| {
            (m.date, m.amount, m.direction) = (Some(1), Some(2), Some(3));
            (m.direction_out, m.direction_in) = (Some("Af".into()), Some("Bij".into()));
        };
        assert_eq!(with(both), None);
        // The command line says the same, naming its option.
        let error = ColumnMapping::from_spec("date=1").expect_err("no amount");
        assert!(error.starts_with("--map: the mapping names no amount column"), "{error}");
    }

    #[cfg(not(target_arch = "wasm32"))] // serde_json is a native-only dependency
    #[test]
    fn json_shape_is_camel_case_with_one_based_columns() {
        let json = r#"{"delimiter":";","headerRow":3,"date":1,"amount":7,"direction":6,
            "directionOut":"Af","directionIn":"Bij","fixedCurrency":"EUR","type":5,
            "dateOrder":"day-first","decimal":","}"#;
        let mapping: ColumnMapping = serde_json::from_str(json).expect("reads");
        assert_eq!(mapping.delimiter, Some(';'));
        assert_eq!(mapping.header_row, Some(3));
        assert_eq!(mapping.type_column, Some(5));
        assert_eq!(mapping.date_order, Some(DateOrder::DayFirst));
        assert_eq!(mapping.fixed_currency, Some(Currency::EUR));
        let back = serde_json::to_value(&mapping).expect("writes");
        assert_eq!(back["directionOut"], "Af");
        assert_eq!(back["type"], 5);
    }
}
