//! Errors and warnings. A whole-file problem is an [`Error`]; a problem with one row is a
//! [`Warning`] that travels beside the transactions that could be read. `Display` is the sentence
//! the user reads, in English; [`Error::phrase`] and [`Warning::render`] give it in either
//! language (`phrase::messages` holds the wording).

use crate::lang::Lang;
use crate::phrase::{messages as m, Arg, Phrase};
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

impl Position {
    /// The position in words, `None` when it names nothing.
    pub fn phrase(&self) -> Option<Phrase> {
        let mut parts: Vec<Phrase> = Vec::new();
        if let Some(file) = &self.file {
            parts.push(Phrase::same(file.as_str()));
        }
        if let Some(row) = self.row {
            parts.push(crate::phrase!(m::AT_ROW, row));
        }
        match (&self.column_name, self.column) {
            (Some(name), Some(n)) => parts.push(crate::phrase!(m::AT_COLUMN_NAMED, n, name)),
            (None, Some(n)) => parts.push(crate::phrase!(m::AT_COLUMN, n)),
            (Some(name), None) => parts.push(crate::phrase!(m::AT_COLUMN_NAME, name)),
            (None, None) => {}
        }
        parts.into_iter().reduce(|all, part| crate::phrase!(m::AT_AND, all, part))
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.phrase() {
            Some(phrase) => write!(f, "{phrase}"),
            None => Ok(()),
        }
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

/// The kinds of whole-file problem. Serialised for the page, which shows each phrase as
/// `{zh, en}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "type")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file has no bytes, or only whitespace.
    Empty,
    /// The file is a binary format Yearbook does not read (yet), e.g. a PDF.
    Binary {
        /// What the file looks like, e.g. "a PDF document".
        #[serde(serialize_with = "crate::phrase::edge::text")]
        looks_like: Phrase,
    },
    /// Text that matches no statement format.
    UnknownFormat {
        /// The first non-empty line, shortened, so the user recognises the file.
        first_line: String,
        /// The formats Yearbook reads.
        #[serde(serialize_with = "crate::phrase::edge::texts")]
        supported: Vec<Phrase>,
    },
    /// A ZIP whose files are encrypted, opened without a password.
    PasswordRequired,
    /// A ZIP opened with a password that does not decrypt it.
    WrongPassword,
    /// A ZIP that cannot be unpacked.
    DamagedArchive {
        /// What is wrong with it.
        #[serde(serialize_with = "crate::phrase::edge::text")]
        detail: Phrase,
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
        #[serde(serialize_with = "crate::phrase::edge::text")]
        format: Phrase,
        /// What is wrong and where, e.g. "line 7: the closing tag </Ntry> is missing".
        #[serde(serialize_with = "crate::phrase::edge::text")]
        detail: Phrase,
    },
    /// A table of dates and amounts whose columns Yearbook cannot tell apart for sure (no date
    /// or amount column, two equally good candidates, dates that read both ways). The person
    /// maps the columns (`Options::mapping`); the preview carries the top of the table and the
    /// best guess (`preview.guess`) for that step.
    NeedsMapping {
        /// Why the guess is unsure, in plain words.
        #[serde(serialize_with = "crate::phrase::edge::text")]
        problem: Phrase,
        /// The first lines, the header candidates, the first rows and the guessed mapping.
        preview: Box<crate::choices::CsvPreview>,
    },
    /// The file announces a known format but its header row is missing or damaged.
    MissingHeader {
        /// The format the preamble announced.
        #[serde(serialize_with = "crate::phrase::edge::text")]
        format: Phrase,
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

impl Error {
    /// The sentence the user reads, with the position in front, in either language.
    pub fn phrase(&self) -> Phrase {
        let what = self.kind.phrase();
        match self.position.phrase() {
            Some(position) => crate::phrase!(m::AT_WHERE, position, what),
            None => what,
        }
    }
}

impl ErrorKind {
    /// What went wrong, in words.
    pub fn phrase(&self) -> Phrase {
        use crate::phrase;
        match self {
            ErrorKind::Empty => Phrase::new(&m::ERROR_EMPTY),
            ErrorKind::Binary { looks_like } => phrase!(m::ERROR_BINARY, looks_like.clone()),
            ErrorKind::UnknownFormat { first_line, supported } => {
                let list = supported
                    .iter()
                    .cloned()
                    .reduce(|all, one| phrase!(m::LIST, all, one))
                    .unwrap_or_else(|| Phrase::same(""));
                phrase!(m::ERROR_UNKNOWN_FORMAT, list, first_line)
            }
            ErrorKind::PasswordRequired => Phrase::new(&m::ERROR_PASSWORD_REQUIRED),
            ErrorKind::WrongPassword => Phrase::new(&m::ERROR_WRONG_PASSWORD),
            ErrorKind::DamagedArchive { detail } => {
                phrase!(m::ERROR_DAMAGED_ARCHIVE, detail.clone())
            }
            ErrorKind::AmbiguousDates { example } => phrase!(m::ERROR_AMBIGUOUS_DATES, example),
            ErrorKind::Malformed { format, detail } => {
                phrase!(m::ERROR_MALFORMED, format.clone(), detail.clone())
            }
            ErrorKind::NeedsMapping { problem, preview } => {
                let sep = preview.delimiter.to_string();
                let (template, cells) = match preview.rows.first() {
                    _ if !preview.header.is_empty() => {
                        (&m::ERROR_NEEDS_MAPPING_HEADER, &preview.header)
                    }
                    Some(row) => (&m::ERROR_NEEDS_MAPPING_FIRST_ROW, &row.cells),
                    None => return phrase!(m::ERROR_NEEDS_MAPPING, problem.clone()),
                };
                let line = cells.join(&sep);
                let mut shown: String = line.chars().take(120).collect();
                if line.chars().count() > 120 {
                    shown.push('…');
                }
                Phrase::with(template, vec![Arg::Phrase(problem.clone()), Arg::Same(shown)])
            }
            ErrorKind::MissingHeader { format, expected } => {
                phrase!(m::ERROR_MISSING_HEADER, format.clone(), expected)
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.phrase())
    }
}

impl std::error::Error for Error {}

/// A problem with one row or cell; the rest of the file is still read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Where the problem is (1-based row and column).
    pub position: Position,
    /// What is wrong, naming the offending value, in both languages (`{zh, en}` for the page).
    #[serde(serialize_with = "crate::phrase::edge::text")]
    pub message: Phrase,
}

impl Warning {
    /// A warning at `position`.
    pub fn new(position: Position, message: Phrase) -> Warning {
        Warning { position, message }
    }

    /// The position and the message in `lang`, as the page lists them.
    pub fn render(&self, lang: Lang) -> String {
        match self.position.phrase() {
            Some(position) => {
                crate::phrase!(m::AT_WHERE, position, self.message.clone()).render(lang)
            }
            None => self.message.render(lang),
        }
    }
}

/// English, position first (an empty position still gets its `: `, as the dumps have it).
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
            message: crate::phrase!(m::CANNOT_READ_AMOUNT, "1,2O0.00", &m::AMOUNT_NOT_A_NUMBER),
        };
        assert_eq!(
            warning.to_string(),
            "a.csv, row 12, column 7 \"金额\": cannot read the amount \"1,2O0.00\" (expected a number like 1200.00)"
        );
        assert_eq!(
            warning.render(Lang::Zh),
            "a.csv，第 12 行，第 7 列“金额”：无法读取金额“1,2O0.00”（应为类似 1200.00 的数字）"
        );
    }

    #[test]
    fn errors_name_the_file_and_what_it_looked_like() {
        let error = Error::new(ErrorKind::Binary { looks_like: Phrase::new(&m::BINARY_PDF) })
            .in_file("bill.pdf");
        assert_eq!(
            error.phrase().render(Lang::Zh),
            "bill.pdf：这个文件是PDF 文档，不像 Yearbook 能读取的任何账单；请把账单导出为 CSV"
        );
        assert_eq!(
            error.to_string(),
            "bill.pdf: this file is a PDF document and does not look like any statement Yearbook reads; export the statement as CSV"
        );
    }
}
