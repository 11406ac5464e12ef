//! What every reader hands back to the dispatcher, below it so that no reader imports
//! `parse/mod.rs`: [`Parsed`] (one file's rows, row warnings and count of rows seen) and the
//! whole-file "unknown format" error a reader gives for text it finally cannot place.

use crate::error::{Error, ErrorKind};
use crate::model::{Source, Transaction};

/// What one reader made of one file: its transactions and the row problems met on the way.
/// The dispatcher turns it into the file's [`super::FileRead`], with the encoding it decoded.
#[derive(Debug, Clone)]
pub(crate) struct Parsed {
    /// The format the file was recognised as.
    pub source: Source,
    /// Every data row that could be read, in file order, each with a kind and a reason.
    pub transactions: Vec<Transaction>,
    /// Problems with single rows; those rows are left out of `transactions`.
    pub warnings: Vec<crate::error::Warning>,
    /// Data rows seen below the header (read or not), for reconciliation.
    pub rows_seen: u32,
}

impl Parsed {
    /// Nothing read yet from a file of `source`.
    pub fn new(source: Source) -> Parsed {
        Parsed { source, transactions: Vec::new(), warnings: Vec::new(), rows_seen: 0 }
    }
}

/// The whole-file error for text no reader can place, quoting its first non-empty line (at most
/// 80 characters) so the person recognises the file. The dispatcher adds the list of formats
/// this build reads (`ErrorKind::UnknownFormat::supported`), which lives above the readers.
pub(crate) fn unknown_format(text: &str) -> Error {
    let first_line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default();
    let mut shown: String = first_line.chars().take(80).collect();
    if first_line.chars().count() > 80 {
        shown.push('…');
    }
    Error::new(ErrorKind::UnknownFormat { first_line: shown, supported: Vec::new() })
}
