//! Format detection and dispatch: decoded text in, [`Parsed`] transactions and row warnings out.
//!
//! Detection looks at content, never at file names or fixed line counts: the header row is found
//! by its column names wherever it sits (statement-formats.md §0 and §5).

mod alipay;
mod bank_csv;
mod bank_entry;
mod camt;
mod date_order;
mod files;
mod mt940;
mod ofx;
mod qif;
mod sgml;
mod table;
mod time;
mod wechat;
mod xlsx;
mod xml;

use crate::decode::{decode, sniff_binary};
use crate::error::{Error, ErrorKind, Position, Warning};
use crate::model::{Currency, Source, Transaction};
use crate::phrase::{messages as m, Phrase};
use serde::Serialize;

pub use bank_csv::{preview_csv, ColumnMapping, CsvPreview, PreviewRow};
pub use files::{parse_files, parse_files_each, read_files, read_owned, Batch, FileRead};

/// The statement formats this build reads, as the error message lists them.
pub const SUPPORTED: &[Source] = &[
    Source::Alipay2023,
    Source::Alipay2021,
    Source::AlipayWeb,
    Source::WechatCsv,
    Source::WechatXlsx,
    Source::Ofx,
    Source::Qif,
    Source::Camt,
    Source::Mt940,
    Source::BankCsv,
];

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

/// Choices the user makes when a file cannot decide for itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// How to read dates like `8/12/13` when the file does not settle it.
    pub date_order: Option<DateOrder>,
    /// The password of an encrypted ZIP, typed by the user; used once, never stored.
    pub password: Option<String>,
    /// The currency of files that name none (QIF; an OFX statement without `CURDEF`); US
    /// dollars when unset.
    pub currency: Option<Currency>,
    /// Which column of a bank CSV is which, as the person mapped them; when present the
    /// generic CSV reader uses it as given instead of guessing (and never asks).
    pub mapping: Option<ColumnMapping>,
}

/// The order of day and month in a numeric date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrder {
    /// `31/12/2024`: day, month, year.
    DayFirst,
    /// `12/31/2024`: month, day, year.
    MonthFirst,
}

/// Detects the format of `bytes` and reads it. `file_name` only labels messages.
///
/// Whole-file problems (empty, binary, unknown format) are an [`Error`]; nothing here panics on
/// any input.
pub fn parse_bytes(bytes: &[u8], file_name: &str) -> Result<Parsed, Error> {
    parse_bytes_with(bytes, file_name, &Options::default())
}

/// [`parse_bytes`] with the user's choices for what the file leaves open.
pub fn parse_bytes_with(bytes: &[u8], file_name: &str, options: &Options) -> Result<Parsed, Error> {
    in_file(parse_bytes_inner(bytes, options), file_name)
}

/// [`parse_bytes_with`] for bytes the caller gives up: a file that is decoded into new text (an
/// Alipay export in GBK, a Windows-1252 bank file) is freed as soon as its text exists, so the
/// bytes, the text and the rows are never all held at once. The result is the same.
pub fn parse_owned(bytes: Vec<u8>, file_name: &str, options: &Options) -> Result<Parsed, Error> {
    in_file(parse_owned_inner(bytes, options), file_name)
}

/// Labels an outcome with its file: the error, and every warning's position.
fn in_file(result: Result<Parsed, Error>, file_name: &str) -> Result<Parsed, Error> {
    result.map_err(|e| e.in_file(file_name)).map(|mut parsed| {
        for warning in &mut parsed.warnings {
            // A warning about a file inside an archive reads `mail.zip › inner.csv`.
            warning.position.file = Some(match warning.position.file.take() {
                Some(inner) => format!("{file_name} › {inner}"),
                None => file_name.to_string(),
            });
        }
        parsed
    })
}

fn parse_bytes_inner(bytes: &[u8], options: &Options) -> Result<Parsed, Error> {
    if let Some(outcome) = parse_not_text(bytes, options) {
        return outcome;
    }
    let decoded = decode(bytes);
    parse_text(&decoded.text, decoded.encoding, Some((bytes, &decoded)), options)
}

fn parse_owned_inner(bytes: Vec<u8>, options: &Options) -> Result<Parsed, Error> {
    if let Some(outcome) = parse_not_text(&bytes, options) {
        return outcome;
    }
    let decoded = decode(&bytes);
    // UTF-8 text is the bytes themselves, not a copy; camt reads its declared encoding from the
    // bytes. Only text decoded into a string of its own lets the bytes go first.
    if matches!(decoded.text, std::borrow::Cow::Borrowed(_)) || camt::detect(&decoded.text) {
        return parse_text(&decoded.text, decoded.encoding, Some((&bytes, &decoded)), options);
    }
    let encoding = decoded.encoding;
    let text = decoded.text.into_owned();
    drop(bytes);
    parse_text(&text, encoding, None, options)
}

/// The outcome of a file that is not text: empty, an archive, a workbook, a binary refused by
/// what it looks like; `None` for text.
fn parse_not_text(bytes: &[u8], options: &Options) -> Option<Result<Parsed, Error>> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Some(Err(Error::new(ErrorKind::Empty)));
    }
    // A ZIP is either a workbook (WeChat Pay's XLSX) or the archive the apps e-mail.
    if crate::archive::is_zip(bytes) && !crate::archive::is_workbook(bytes) {
        return Some(
            crate::archive::unpack(bytes, options.password.as_deref())
                .and_then(|entries| parse_archive(&entries, options)),
        );
    }
    if bytes.starts_with(xlsx::ZIP_MAGIC) {
        return Some(xlsx::parse(bytes).map(|mut parsed| {
            crate::classify::link_refunds(&mut parsed.transactions);
            parsed
        }));
    }
    sniff_binary(bytes)
        .map(|looks_like| Err(Error::new(ErrorKind::Binary { looks_like: m::known(looks_like) })))
}

/// Detects the format of decoded text and reads it. `raw` is the file's bytes and their
/// decoding, which only camt needs (it honours the encoding its XML declaration names).
fn parse_text(
    text: &str,
    encoding: &'static str,
    raw: Option<(&[u8], &crate::decode::Decoded<'_>)>,
    options: &Options,
) -> Result<Parsed, Error> {
    let mut parsed = if let Some(found) = alipay::detect(text) {
        alipay::parse(text, found)?
    } else if let Some(found) = wechat::detect(text) {
        wechat::parse(text, found)?
    } else if ofx::detect(text) {
        ofx::parse(text, options)?
    } else if qif::detect(text) {
        qif::parse(text, options)?
    } else if let Some((bytes, decoded)) = raw.filter(|_| camt::detect(text)) {
        camt::parse(bytes, decoded)?
    } else if mt940::detect(text) {
        mt940::parse(text)
    } else if let Some(read) = bank_csv::read(text, encoding, options) {
        read?
    } else {
        return Err(unknown_format(text));
    };
    if parsed.encoding.is_empty() {
        // camt names its own: it honours the XML declaration's encoding.
        parsed.encoding = encoding.to_string();
    }
    crate::classify::link_refunds(&mut parsed.transactions);
    Ok(parsed)
}

/// Reads every statement in an unpacked archive as one file: their rows one after the other, the
/// format of the first that reads. A file inside that cannot be read becomes a warning naming it
/// (one bad file never hides the others); when none reads, the first file's error is the answer.
fn parse_archive(entries: &[crate::archive::Entry], options: &Options) -> Result<Parsed, Error> {
    let mut merged: Option<Parsed> = None;
    let mut failures: Vec<Error> = Vec::new();
    for entry in entries {
        let named = |e: Error| {
            let Error { kind, position } = e;
            Error { kind, position: Position { file: Some(entry.name.clone()), ..position } }
        };
        // A ZIP inside a ZIP is refused rather than followed (a zip quine never ends).
        let result =
            if crate::archive::is_zip(&entry.bytes) && !crate::archive::is_workbook(&entry.bytes) {
                Err(Error::new(ErrorKind::DamagedArchive {
                    detail: crate::phrase!(m::ZIP_IN_ZIP, &entry.name),
                }))
            } else {
                parse_bytes_inner(&entry.bytes, options).map_err(named)
            };
        match (result, merged.as_mut()) {
            (Ok(mut parsed), _) if entries.len() > 1 => {
                for warning in &mut parsed.warnings {
                    warning.position.file.get_or_insert_with(|| entry.name.clone());
                }
                match merged.as_mut() {
                    Some(all) => {
                        all.transactions.append(&mut parsed.transactions);
                        all.warnings.append(&mut parsed.warnings);
                        all.rows_seen += parsed.rows_seen;
                    }
                    None => merged = Some(parsed),
                }
            }
            (Ok(parsed), _) => merged = Some(parsed),
            (Err(error), _) => failures.push(error),
        }
    }
    let Some(mut parsed) = merged else {
        return Err(failures.into_iter().next().unwrap_or_else(|| {
            Error::new(ErrorKind::DamagedArchive { detail: Phrase::new(&m::ZIP_EMPTY) })
        }));
    };
    parsed.warnings.extend(failures.into_iter().map(|error| Warning {
        position: error.position.clone(),
        message: Error { position: Position::default(), ..error }.phrase(),
    }));
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
        supported: SUPPORTED.iter().map(|s| Phrase::new(s.name())).collect(),
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
