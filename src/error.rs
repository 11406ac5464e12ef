//! Errors and warnings. A whole-file problem is an [`Error`]; a problem with one row is a
//! [`Warning`] that travels beside the transactions that could be read. `Display` is the sentence
//! the user reads.

use serde::Serialize;
use std::fmt;

/// Where something is in an uploaded file.
///
/// Every number is **1-based, as a person sees it** in a spreadsheet or text editor: the first
/// line is row 1 and the first column is column 1.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Position {
    /// The file name as the user chose it, when known.
    pub file: Option<String>,
    /// 1-based line (CSV) or row (spreadsheet).
    pub row: Option<u32>,
    /// 1-based column number.
    pub column: Option<u32>,
    /// The column's header text, when there is a header.
    pub column_name: Option<String>,
}

impl Position {
    /// A position on a row, no column.
    pub fn row(row: u32) -> Position {
        Position { row: Some(row), ..Position::default() }
    }

    /// A position on a cell, with the column's header text.
    pub fn cell(row: u32, column: u32, column_name: &str) -> Position {
        Position {
            row: Some(row),
            column: Some(column),
            column_name: Some(column_name.to_string()),
            ..Position::default()
        }
    }

    /// The same position in a named file.
    pub fn in_file(mut self, file: &str) -> Position {
        self.file = Some(file.to_string());
        self
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if let Some(file) = &self.file {
            parts.push(file.clone());
        }
        if let Some(row) = self.row {
            parts.push(format!("row {row}"));
        }
        match (&self.column_name, self.column) {
            (Some(name), Some(n)) => parts.push(format!("column {n} \"{name}\"")),
            (None, Some(n)) => parts.push(format!("column {n}")),
            (Some(name), None) => parts.push(format!("column \"{name}\"")),
            (None, None) => {}
        }
        f.write_str(&parts.join(", "))
    }
}

/// A whole-file problem: nothing could be read from this file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Error {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Where, when it is one place.
    pub position: Position,
}

/// The kinds of whole-file problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "type")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file has no bytes, or only whitespace.
    Empty,
    /// The file is a binary format Yearbook does not read (yet), e.g. a PDF.
    Binary {
        /// What the file looks like, e.g. "a PDF document".
        looks_like: String,
    },
    /// Text that matches no statement format.
    UnknownFormat {
        /// The first non-empty line, shortened, so the user recognises the file.
        first_line: String,
        /// The formats Yearbook reads.
        supported: Vec<String>,
    },
    /// A ZIP whose files are encrypted, opened without a password.
    PasswordRequired,
    /// A ZIP opened with a password that does not decrypt it.
    WrongPassword,
    /// A ZIP that cannot be unpacked.
    DamagedArchive {
        /// What is wrong with it.
        detail: String,
    },
    /// Numeric dates such as `8/12/13` that no date in the file settles as day-first or
    /// month-first; the user chooses (`Options::date_order`).
    AmbiguousDates {
        /// A date from the file that reads both ways, as written.
        example: String,
    },
    /// The file announces a known format (an ISO 20022 namespace, MT940 tags) but its structure
    /// breaks before any statement could be read.
    Malformed {
        /// The format the file announced.
        format: String,
        /// What is wrong and where, e.g. "line 7: the closing tag </Ntry> is missing".
        detail: String,
    },
    /// A table of dates and amounts whose columns Yearbook cannot tell apart for sure (no date
    /// or amount column, two equally good candidates, dates that read both ways). The person
    /// maps the columns (`Options::mapping`); the preview carries the top of the table and the
    /// best guess (`preview.guess`) for that step.
    NeedsMapping {
        /// Why the guess is unsure, in plain words.
        problem: String,
        /// The first lines, the header candidates, the first rows and the guessed mapping.
        preview: Box<crate::parse::CsvPreview>,
    },
    /// The file announces a known format but its header row is missing or damaged.
    MissingHeader {
        /// The format the preamble announced.
        format: String,
        /// The header columns that were expected.
        expected: String,
    },
}

impl Error {
    /// An error about the whole file.
    pub fn new(kind: ErrorKind) -> Error {
        Error { kind, position: Position::default() }
    }

    /// The same error, naming the file it is about; an error about a file inside an archive
    /// becomes `archive.zip › inner.csv`.
    pub fn in_file(mut self, file: &str) -> Error {
        self.position.file = Some(match self.position.file.take() {
            Some(inner) => format!("{file} › {inner}"),
            None => file.to_string(),
        });
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let position = self.position.to_string();
        if !position.is_empty() {
            write!(f, "{position}: ")?;
        }
        match &self.kind {
            ErrorKind::Empty => f.write_str("the file is empty; export the statement again"),
            ErrorKind::Binary { looks_like } => write!(
                f,
                "this file is {looks_like} and does not look like any statement Yearbook reads; export the statement as CSV"
            ),
            ErrorKind::UnknownFormat { first_line, supported } => write!(
                f,
                "this does not look like any statement Yearbook reads; it reads: {}. The file starts with \"{first_line}\"",
                supported.join("; ")
            ),
            ErrorKind::PasswordRequired => f.write_str(
                "this ZIP is password-protected: type the password from the Alipay or WeChat app (it is used once and never stored)",
            ),
            ErrorKind::WrongPassword => {
                f.write_str("the password does not open this ZIP; check it and try again")
            }
            ErrorKind::DamagedArchive { detail } => {
                write!(f, "this ZIP archive cannot be unpacked: {detail}")
            }
            ErrorKind::AmbiguousDates { example } => write!(
                f,
                "the dates in this file could be read either way (is \"{example}\" day/month or month/day?); choose whether it writes the day first (31/12/2024) or the month first (12/31/2024)"
            ),
            ErrorKind::Malformed { format, detail } => {
                write!(f, "this file looks like the {format}, but it is damaged: {detail}")
            }
            ErrorKind::NeedsMapping { problem, preview } => {
                write!(
                    f,
                    "Yearbook could not tell which column is which in this table ({problem}); map the columns (which one holds the date, the amount and the description) and it will be read"
                )?;
                let sep = preview.delimiter.to_string();
                let (what, cells) = match preview.rows.first() {
                    _ if !preview.header.is_empty() => ("its header row is", &preview.header),
                    Some(row) => ("it has no header row; its first row is", &row.cells),
                    None => return Ok(()),
                };
                let line = cells.join(&sep);
                let shown: String = line.chars().take(120).collect();
                let more = if line.chars().count() > 120 { "…" } else { "" };
                write!(f, "; {what} \"{shown}{more}\"")
            }
            ErrorKind::MissingHeader { format, expected } => write!(
                f,
                "this file looks like the {format}, but its header row is missing or damaged (expected a line like \"{expected}\")"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// A problem with one row or cell; the rest of the file is still read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Where the problem is (1-based row and column).
    pub position: Position,
    /// What is wrong, naming the offending value.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.position, self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_positions_read_as_a_person_counts() {
        let warning = Warning {
            position: Position::cell(12, 7, "金额").in_file("a.csv"),
            message: "cannot read the amount \"1,2O0.00\"".into(),
        };
        assert_eq!(
            warning.to_string(),
            "a.csv, row 12, column 7 \"金额\": cannot read the amount \"1,2O0.00\""
        );
    }

    #[test]
    fn errors_name_the_file_and_what_it_looked_like() {
        let error = Error::new(ErrorKind::Binary { looks_like: "a PDF document".into() })
            .in_file("bill.pdf");
        assert_eq!(
            error.to_string(),
            "bill.pdf: this file is a PDF document and does not look like any statement Yearbook reads; export the statement as CSV"
        );
    }
}
