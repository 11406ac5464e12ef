//! Format detection and dispatch: decoded text in, [`Parsed`] transactions and row warnings out.
//!
//! Detection looks at content, never at file names or fixed line counts: the header row is found
//! by its column names wherever it sits (statement-formats.md §0 and §5).

mod alipay;
mod table;

use crate::decode::{decode, sniff_binary};
use crate::error::{Error, ErrorKind, Warning};
use crate::model::{Source, Transaction};
use serde::Serialize;

/// The statement formats this build reads, as the error message lists them.
pub const SUPPORTED: &[Source] = &[Source::Alipay2023, Source::Alipay2021, Source::AlipayWeb];

/// What one file yielded: its transactions and the row problems met on the way.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Parsed {
    /// The format the file was recognised as.
    pub source: Source,
    /// The text encoding it was decoded with.
    pub encoding: String,
    /// Every data row that could be read, in file order, each with a kind and a reason.
    pub transactions: Vec<Transaction>,
    /// Problems with single rows; those rows are left out of `transactions`.
    pub warnings: Vec<Warning>,
    /// Data rows seen below the header (read or not), for reconciliation.
    pub rows_seen: u32,
}

/// Detects the format of `bytes` and reads it. `file_name` only labels messages.
///
/// Whole-file problems (empty, binary, unknown format) are an [`Error`]; nothing here panics on
/// any input.
pub fn parse_bytes(bytes: &[u8], file_name: &str) -> Result<Parsed, Error> {
    parse_bytes_inner(bytes).map_err(|e| e.in_file(file_name)).map(|mut parsed| {
        for warning in &mut parsed.warnings {
            warning.position.file = Some(file_name.to_string());
        }
        parsed
    })
}

fn parse_bytes_inner(bytes: &[u8]) -> Result<Parsed, Error> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::new(ErrorKind::Empty));
    }
    if let Some(looks_like) = sniff_binary(bytes) {
        return Err(Error::new(ErrorKind::Binary { looks_like: looks_like.to_string() }));
    }
    let decoded = decode(bytes);
    let text = decoded.text.as_ref();
    let mut parsed = if let Some(found) = alipay::detect(text) {
        alipay::parse(text, found)?
    } else {
        return Err(unknown_format(text));
    };
    parsed.encoding = decoded.encoding.to_string();
    crate::classify::link_refunds(&mut parsed.transactions);
    Ok(parsed)
}

fn unknown_format(text: &str) -> Error {
    let first_line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default();
    let mut shown: String = first_line.chars().take(80).collect();
    if first_line.chars().count() > 80 {
        shown.push('…');
    }
    Error::new(ErrorKind::UnknownFormat {
        first_line: shown,
        supported: SUPPORTED.iter().map(|s| s.display_name().to_string()).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_file_problems_say_what_the_file_looked_like() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "the file is empty"),
            (b"  \r\n\t\n", "the file is empty"),
            (b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", "this file is a PDF document"),
            (&[0x00, 0x9f, 0x13, 0x00, 0x42], "this file is binary data"),
            (b"name,age\nbob,3\n", "this does not look like any statement Yearbook reads"),
        ];
        for (bytes, expected) in cases {
            let error = parse_bytes(bytes, "upload.bin").expect_err("must be refused");
            let message = error.to_string();
            assert!(message.starts_with("upload.bin: "), "{message}");
            assert!(message.contains(expected), "{message:?} should contain {expected:?}");
        }
    }

    #[test]
    fn unknown_format_lists_what_is_read_and_quotes_the_file() {
        let error = parse_bytes("日期,金额\n".as_bytes(), "x.csv").expect_err("unknown");
        let message = error.to_string();
        assert!(message.contains("Alipay app export (2023+ layout)"), "{message}");
        assert!(message.contains("\"日期,金额\""), "{message}");
    }
}
