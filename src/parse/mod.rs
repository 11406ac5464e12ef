//! Format detection and dispatch: one file's bytes in, its transactions and row warnings out.
//! [`FORMATS`] is every format this build reads, in the order they are tried; `files.rs` reads
//! several files at once through it ([`read`], the one entry point).
//!
//! Detection looks at content, never at file names or fixed line counts: the header row is found
//! by its column names wherever it sits (statement-formats.md §0 and §5).
//!
//! Adding a format is one module here and one row in [`FORMATS`].

mod alipay;
mod bank_csv;
mod bank_entry;
mod camt;
mod date_order;
mod files;
mod jd;
mod meituan;
mod mt940;
mod ofx;
mod parsed;
mod qif;
mod sgml;
mod table;
mod time;
mod wechat;
mod xls;
mod xlsx;
mod xml;

use crate::archive;
use crate::choices::{CsvPreview, Options};
use crate::decode::{decode, sniff_binary};
use crate::error::{Error, ErrorKind, Position, Warning};
use crate::model::Source;
use crate::phrase::{messages as m, Phrase};
use parsed::{unknown_format, Parsed};
use std::borrow::Cow;

pub use files::{read, AlreadyIn, Batch, FileRead, Input};

/// How a format is recognised and read.
#[derive(Clone, Copy)]
enum Reader {
    /// A ZIP of statement files, each read through [`FORMATS`] again.
    Archive {
        /// True for the archive's bytes.
        detect: fn(&[u8]) -> bool,
    },
    /// Read from the file's bytes (a workbook), before any decoding.
    Bytes {
        /// True for bytes of this format.
        detect: fn(&[u8]) -> bool,
        /// Reads them.
        read: fn(&[u8], &Options) -> Result<Parsed, Error>,
        /// The encoding of the text inside, as the file's outcome names it.
        encoding: &'static str,
    },
    /// Read from the file's text, decoded as `decode.rs` decides.
    Text {
        /// True for text of this format.
        detect: fn(&str) -> bool,
        /// Reads it.
        read: fn(&str, &Options) -> Result<Parsed, Error>,
    },
}

/// One format this build reads.
struct Format {
    /// The sources its rows are named with, as messages list them (an archive has none: the
    /// files inside it have theirs).
    sources: &'static [Source],
    /// How it is recognised and read.
    reader: Reader,
}

/// Every format, in the order they are tried: the first whose `detect` says yes reads the file.
/// Bytes come before text (a file that no bytes reader takes and that does not look binary is
/// decoded once, then offered to the text readers). The order matters where two could claim a
/// file: an archive before a workbook (both are ZIPs), the wallets' exports by their headers
/// before the bank formats, and the generic bank CSV reader last, since it takes any text and
/// itself says when the text is not a table.
const FORMATS: &[Format] = &[
    Format { sources: &[], reader: Reader::Archive { detect: archive::is_archive } },
    Format {
        sources: &[Source::WechatXlsx],
        reader: Reader::Bytes {
            detect: archive::is_zip,
            read: |bytes, _| xlsx::parse(bytes),
            encoding: "UTF-8",
        },
    },
    Format {
        sources: &[Source::BankXls],
        reader: Reader::Bytes { detect: xls::is_ole2, read: xls::parse, encoding: "BIFF8" },
    },
    Format {
        sources: &[],
        reader: Reader::Bytes {
            detect: xls::is_html_table,
            read: xls::parse_html,
            encoding: "HTML",
        },
    },
    // Before Alipay: JD's header holds every column Alipay's detection looks for.
    Format {
        sources: &[Source::Jd],
        reader: Reader::Text { detect: jd::is_jd, read: |text, _| jd::parse(text) },
    },
    Format {
        sources: &[Source::Meituan],
        reader: Reader::Text { detect: meituan::is_meituan, read: |text, _| meituan::parse(text) },
    },
    Format {
        sources: &[Source::Alipay2023, Source::Alipay2021, Source::AlipayWeb],
        reader: Reader::Text { detect: alipay::is_alipay, read: |text, _| alipay::parse(text) },
    },
    Format {
        sources: &[Source::WechatCsv],
        reader: Reader::Text { detect: wechat::is_wechat_csv, read: |text, _| wechat::parse(text) },
    },
    Format {
        sources: &[Source::Ofx],
        reader: Reader::Text { detect: ofx::detect, read: ofx::parse },
    },
    Format {
        sources: &[Source::Qif],
        reader: Reader::Text { detect: qif::detect, read: qif::parse },
    },
    Format {
        sources: &[Source::Camt],
        reader: Reader::Text { detect: camt::detect, read: |text, _| camt::parse(text) },
    },
    Format {
        sources: &[Source::Mt940],
        reader: Reader::Text { detect: mt940::detect, read: |text, _| Ok(mt940::parse(text)) },
    },
    Format {
        sources: &[Source::BankCsv],
        reader: Reader::Text { detect: |_| true, read: bank_csv::parse },
    },
];

/// The statement formats this build reads, in the order of [`Source`] (as the unknown-format
/// message lists them).
pub fn supported() -> Vec<Source> {
    let mut sources: Vec<Source> = FORMATS.iter().flat_map(|f| f.sources.iter().copied()).collect();
    sources.sort();
    sources
}

/// The preview the page's mapping step shows for a bank CSV's `bytes`: the top of the table,
/// the header candidates and Yearbook's guess at the columns. An error when the bytes are not a
/// table at all.
pub fn preview_csv(bytes: &[u8]) -> Result<CsvPreview, Error> {
    bank_csv::preview_csv(bytes).map_err(listing_supported)
}

/// One file read by the dispatcher: what its reader made of it, and the text encoding.
struct FileParse {
    parsed: Parsed,
    encoding: &'static str,
}

/// Detects the format of one file's bytes and reads it, refunds linked within the file. Owned
/// bytes are freed as soon as their text exists (an Alipay export in GBK, a Windows-1252 bank
/// file), so the bytes, the text and the rows are never all held at once.
///
/// Whole-file problems (empty, binary, unknown format) are an [`Error`]; nothing here panics on
/// any input.
fn read_one(bytes: Cow<'_, [u8]>, options: &Options) -> Result<FileParse, Error> {
    read_bytes(bytes, options).map_err(listing_supported)
}

fn read_bytes(bytes: Cow<'_, [u8]>, options: &Options) -> Result<FileParse, Error> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::new(ErrorKind::Empty));
    }
    for format in FORMATS {
        match format.reader {
            Reader::Archive { detect } if detect(&bytes) => {
                let entries = archive::unpack(&bytes, options.password.as_deref())?;
                drop(bytes);
                return read_archive(entries, options);
            }
            Reader::Bytes { detect, read, encoding } if detect(&bytes) => {
                let parsed = linked(read(&bytes, options)?);
                return Ok(FileParse { parsed, encoding });
            }
            _ => {}
        }
    }
    if let Some(looks_like) = sniff_binary(&bytes) {
        return Err(Error::new(ErrorKind::Binary { looks_like: m::known(looks_like) }));
    }
    let decoded = decode(&bytes);
    let encoding = decoded.encoding;
    match decoded.text {
        // UTF-8 text is the bytes themselves, not a copy.
        Cow::Borrowed(text) => read_text(text, encoding, options),
        Cow::Owned(text) => {
            drop(bytes);
            read_text(&text, encoding, options)
        }
    }
}

/// Offers decoded text to the text readers, in [`FORMATS`] order.
fn read_text(text: &str, encoding: &'static str, options: &Options) -> Result<FileParse, Error> {
    let reader = FORMATS.iter().find_map(|format| match format.reader {
        Reader::Text { detect, read } if detect(text) => Some(read),
        _ => None,
    });
    let Some(read) = reader else { return Err(unknown_format(text)) };
    match read(text, options) {
        Ok(parsed) => Ok(FileParse { parsed: linked(parsed), encoding }),
        Err(mut error) => {
            if let ErrorKind::NeedsMapping { preview, .. } = &mut error.kind {
                preview.encoding = encoding.to_string();
            }
            Err(error)
        }
    }
}

/// Refunds linked to their purchases within one file.
fn linked(mut parsed: Parsed) -> Parsed {
    crate::classify::link_refunds(&mut parsed.transactions);
    parsed
}

/// An unknown-format error with the list of formats this build reads.
fn listing_supported(mut error: Error) -> Error {
    if let ErrorKind::UnknownFormat { supported: listed, .. } = &mut error.kind {
        *listed = supported().into_iter().map(|s| Phrase::new(s.name())).collect();
    }
    error
}

/// Reads every statement in an unpacked archive as one file: their rows one after the other, the
/// format of the first that reads. A file inside that cannot be read becomes a warning naming it
/// (one bad file never hides the others); when none reads, the first file's error is the answer.
///
/// Each entry's bytes are freed once decoded, as any owned file's are.
fn read_archive(entries: Vec<archive::Entry>, options: &Options) -> Result<FileParse, Error> {
    let several = entries.len() > 1;
    let mut merged: Option<FileParse> = None;
    let mut failures: Vec<Error> = Vec::new();
    for archive::Entry { name, bytes } in entries {
        // A ZIP inside a ZIP is refused rather than followed (a zip quine never ends).
        let result = if archive::is_archive(&bytes) {
            Err(Error::new(ErrorKind::DamagedArchive {
                detail: crate::phrase!(m::ZIP_IN_ZIP, &name),
            }))
        } else {
            read_one(Cow::Owned(bytes), options).map_err(|error| Error {
                position: Position { file: Some(name.clone()), ..error.position },
                ..error
            })
        };
        match result {
            Ok(mut read) if several => {
                for warning in &mut read.parsed.warnings {
                    warning.position.file.get_or_insert_with(|| name.clone());
                }
                match merged.as_mut() {
                    Some(all) => {
                        all.parsed.transactions.append(&mut read.parsed.transactions);
                        all.parsed.warnings.append(&mut read.parsed.warnings);
                        all.parsed.rows_seen += read.parsed.rows_seen;
                    }
                    None => merged = Some(read),
                }
            }
            Ok(read) => merged = Some(read),
            Err(error) => failures.push(error),
        }
    }
    let Some(mut read) = merged else {
        return Err(failures.into_iter().next().unwrap_or_else(|| {
            Error::new(ErrorKind::DamagedArchive { detail: Phrase::new(&m::ZIP_EMPTY) })
        }));
    };
    read.parsed.warnings.extend(failures.into_iter().map(|error| Warning {
        position: error.position.clone(),
        message: Error { position: Position::default(), ..error }.phrase(),
    }));
    Ok(read)
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
            let batch = read([Input::new("upload.bin", *bytes)]);
            let error = batch.files[0].as_ref().expect_err("must be refused");
            let message = error.to_string();
            assert!(message.starts_with("upload.bin: "), "{message}");
            assert!(message.contains(expected), "{message:?} should contain {expected:?}");
        }
    }

    #[test]
    fn unknown_format_lists_what_is_read_and_quotes_the_file() {
        let batch = read([Input::new("x.csv", "日期,金额\n".as_bytes())]);
        let error = batch.files[0].as_ref().expect_err("unknown");
        let message = error.to_string();
        assert!(message.contains("Alipay app export (2023+ layout)"), "{message}");
        assert!(message.contains("\"日期,金额\""), "{message}");
        // In the order of `Source`, every source of the table once.
        let listed: Vec<Source> = supported();
        assert_eq!(listed.first(), Some(&Source::Alipay2023));
        assert_eq!(listed.last(), Some(&Source::BankCsv));
        assert!(listed.contains(&Source::WechatXlsx) && listed.contains(&Source::Camt));
        assert!(message.contains("WeChat Pay") && message.contains("MT940"), "{message}");
    }

    #[test]
    fn bytes_readers_come_before_text_readers_and_the_catch_all_is_last() {
        let first_text = FORMATS.iter().position(|f| matches!(f.reader, Reader::Text { .. }));
        let last_bytes = FORMATS.iter().rposition(|f| !matches!(f.reader, Reader::Text { .. }));
        assert!(last_bytes < first_text, "the table lists bytes readers first");
        let last = FORMATS.last().expect("formats");
        assert_eq!(last.sources, &[Source::BankCsv], "the generic reader takes any text");
        let mut sources: Vec<Source> = FORMATS.iter().flat_map(|f| f.sources.to_vec()).collect();
        let all = sources.len();
        sources.sort();
        sources.dedup();
        assert_eq!(sources.len(), all, "each source is read by one format");
    }
}
