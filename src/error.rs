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
    /// The page did not read the file because of its size (`session::admits`): a browser tab
    /// cannot hold a statement this large. The command line has no such limit.
    TooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The largest size the page reads, in bytes.
        limit: u64,
    },
    /// The browser or the operating system could not give Yearbook the file's bytes (moved,
    /// deleted, no permission).
    Unreadable {
        /// Their reason, as they gave it.
        reason: String,
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
    /// The kind's stable camelCase id, its serde tag (`passwordRequired`, `needsMapping`, …):
    /// the page marks a file's entry with it, and a test keeps the two spellings equal.
    pub fn id(&self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty",
            ErrorKind::Binary { .. } => "binary",
            ErrorKind::UnknownFormat { .. } => "unknownFormat",
            ErrorKind::PasswordRequired => "passwordRequired",
            ErrorKind::WrongPassword => "wrongPassword",
            ErrorKind::DamagedArchive { .. } => "damagedArchive",
            ErrorKind::AmbiguousDates { .. } => "ambiguousDates",
            ErrorKind::Malformed { .. } => "malformed",
            ErrorKind::NeedsMapping { .. } => "needsMapping",
            ErrorKind::MissingHeader { .. } => "missingHeader",
            ErrorKind::TooLarge { .. } => "tooLarge",
            ErrorKind::Unreadable { .. } => "unreadable",
        }
    }

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
            ErrorKind::TooLarge { size, limit } => {
                phrase!(m::ERROR_TOO_LARGE, megabytes(*size), megabytes(*limit))
            }
            ErrorKind::Unreadable { reason } => phrase!(m::ERROR_UNREADABLE, reason),
        }
    }
}

/// A size as a person reads it in these messages: mebibytes with one decimal (`401.0 MB`),
/// rounded half up with integer arithmetic.
fn megabytes(bytes: u64) -> String {
    const MIB: u128 = 1024 * 1024;
    let tenths = (u128::from(bytes) * 10 + MIB / 2) / MIB;
    format!("{}.{} MB", tenths / 10, tenths % 10)
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

    /// The position and the message in `lang`, as the command line prints them.
    pub fn render(&self, lang: Lang) -> String {
        self.phrase().render(lang)
    }

    /// The position (file included) and the message.
    pub fn phrase(&self) -> Phrase {
        Warning::placed(self.position.phrase(), &self.message)
    }

    /// The position within its file and the message, as the page lists them under the file's
    /// name: `row 27, column 7 "金额": cannot read the amount …`.
    pub fn phrase_in_file(&self) -> Phrase {
        let position = Position { file: None, ..self.position.clone() };
        Warning::placed(position.phrase(), &self.message)
    }

    fn placed(position: Option<Phrase>, message: &Phrase) -> Phrase {
        match position {
            Some(position) => crate::phrase!(m::AT_WHERE, position, message.clone()),
            None => message.clone(),
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
        // Listed under its file, the file's name is not said again.
        assert_eq!(
            warning.phrase_in_file().render(Lang::Zh),
            "第 12 行，第 7 列“金额”：无法读取金额“1,2O0.00”（应为类似 1200.00 的数字）"
        );
        assert_eq!(
            warning.phrase_in_file().render(Lang::En),
            "row 12, column 7 \"金额\": cannot read the amount \"1,2O0.00\" (expected a number like 1200.00)"
        );
    }

    #[test]
    fn the_page_limit_says_both_sizes() {
        let error = Error::new(ErrorKind::TooLarge { size: 401 * 1024 * 1024, limit: 400 << 20 })
            .in_file("huge.csv");
        assert_eq!(
            error.to_string(),
            "huge.csv: this file is 401.0 MB, more than the 400.0 MB a browser tab can read at once; export a shorter period, or use the yearbook command line, which has no limit"
        );
        assert_eq!(
            error.phrase().render(Lang::Zh),
            "huge.csv：这个文件有 401.0 MB，超过了浏览器标签页一次能读取的 400.0 MB；请导出较短的时间段，或使用没有大小限制的 yearbook 命令行"
        );
        assert_eq!(megabytes(0), "0.0 MB");
        assert_eq!(megabytes(1024 * 1024 / 20 + 1), "0.1 MB", "half a tenth rounds up");
        assert_eq!(megabytes(1024 * 1024 / 20 - 1), "0.0 MB");
        assert_eq!(megabytes(u64::MAX), "17592186044416.0 MB");
    }

    #[cfg(not(target_arch = "wasm32"))] // serde_json is a native-only dependency
    #[test]
    fn every_kind_id_is_its_serde_tag() {
        let preview = Box::<crate::choices::CsvPreview>::default();
        let kinds = [
            ErrorKind::Empty,
            ErrorKind::Binary { looks_like: Phrase::new(&m::BINARY_PDF) },
            ErrorKind::UnknownFormat { first_line: String::new(), supported: Vec::new() },
            ErrorKind::PasswordRequired,
            ErrorKind::WrongPassword,
            ErrorKind::DamagedArchive { detail: Phrase::same("") },
            ErrorKind::AmbiguousDates { example: String::new() },
            ErrorKind::Malformed { format: Phrase::same(""), detail: Phrase::same("") },
            ErrorKind::NeedsMapping { problem: Phrase::same(""), preview },
            ErrorKind::MissingHeader { format: Phrase::same(""), expected: String::new() },
            ErrorKind::TooLarge { size: 1, limit: 0 },
            ErrorKind::Unreadable { reason: String::new() },
        ];
        for kind in kinds {
            let json = serde_json::to_value(&kind).expect("serialises");
            assert_eq!(json["type"], kind.id(), "{kind:?}");
        }
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
