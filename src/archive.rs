//! ZIP archives: the password-protected ZIP in which Alipay and WeChat Pay e-mail their exports
//! (ZipCrypto or WinZip AES), and any ZIP holding several statements. Bytes in, the statement
//! files inside out; the password is an argument, used once and never kept.
//!
//! Sizes are capped so that a hostile archive (a zip bomb) is refused instead of filling memory.

use crate::error::{Error, ErrorKind};
use crate::phrase;
use crate::phrase::{messages as m, Phrase};
use std::io::{Cursor, Read};

/// The first bytes of every ZIP (and so of every XLSX workbook).
pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// At most this many files are read from one archive.
const MAX_ENTRIES: usize = 1000;
/// At most this many bytes are unpacked from one archive, all entries together.
const MAX_TOTAL_BYTES: u64 = 512 * 1024 * 1024;

/// One file unpacked from an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its path inside the archive.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// A file name as stored. Without the UTF-8 flag the ZIP format says CP437, but Info-ZIP on
/// Linux writes UTF-8 and Chinese Windows writes GBK: take UTF-8 when the bytes are valid UTF-8,
/// else GB18030.
fn entry_name(raw: &[u8]) -> String {
    match std::str::from_utf8(raw) {
        Ok(name) => name.to_string(),
        Err(_) => encoding_rs::GB18030.decode_without_bom_handling(raw).0.into_owned(),
    }
}

/// True for the bytes of a ZIP archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC)
}

/// True when the ZIP is an Excel workbook rather than an archive of statements.
pub fn is_workbook(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .map(|archive| archive.file_names().any(|n| n == "xl/workbook.xml"))
        .unwrap_or(false)
}

/// True when any file in the ZIP is encrypted (so a password must be asked for).
pub fn needs_password(bytes: &[u8]) -> bool {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return false };
    (0..archive.len()).any(|i| archive.by_index_raw(i).is_ok_and(|f| f.encrypted()))
}

/// Unpacks every regular file (skipping folders and macOS `__MACOSX/` and `._` clutter),
/// decrypting with `password` where a file is encrypted.
pub fn unpack(bytes: &[u8], password: Option<&str>) -> Result<Vec<Entry>, Error> {
    let damaged = |detail: Phrase| Error::new(ErrorKind::DamagedArchive { detail });
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| damaged(Phrase::same(e.to_string())))?;
    if archive.len() > MAX_ENTRIES {
        return Err(damaged(phrase!(m::ZIP_TOO_MANY_FILES, archive.len(), MAX_ENTRIES)));
    }
    let mut entries = Vec::new();
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let result = match password {
            Some(password) => archive.by_index_decrypt(index, password.as_bytes()),
            None => archive.by_index(index),
        };
        let mut file = match result {
            Ok(file) => file,
            Err(zip::result::ZipError::UnsupportedArchive(m))
                if m == zip::result::ZipError::PASSWORD_REQUIRED =>
            {
                return Err(Error::new(ErrorKind::PasswordRequired));
            }
            Err(zip::result::ZipError::InvalidPassword) => {
                return Err(Error::new(ErrorKind::WrongPassword));
            }
            Err(e) => return Err(damaged(Phrase::same(e.to_string()))),
        };
        let name = entry_name(file.name_raw());
        let basename = name.rsplit('/').next().unwrap_or_default();
        if file.is_dir() || name.starts_with("__MACOSX/") || basename.starts_with("._") {
            continue;
        }
        let encrypted = file.encrypted();
        // Read at most what is left of the budget, plus one byte to notice going over it.
        let budget = MAX_TOTAL_BYTES - total;
        let mut content = Vec::new();
        let read = (&mut file).take(budget + 1).read_to_end(&mut content);
        match read {
            Ok(n) if n as u64 > budget => {
                return Err(damaged(phrase!(m::ZIP_TOO_LARGE, MAX_TOTAL_BYTES / 1024 / 1024)));
            }
            Ok(n) => total += n as u64,
            // ZipCrypto accepts one wrong password in 256; the checksum then fails.
            Err(_) if encrypted => return Err(Error::new(ErrorKind::WrongPassword)),
            Err(e) => return Err(damaged(Phrase::same(format!("{name}: {e}")))),
        }
        entries.push(Entry { name, bytes: content });
    }
    if entries.is_empty() {
        return Err(damaged(Phrase::new(&m::ZIP_EMPTY)));
    }
    Ok(entries)
}
