//! ZIP archives: the password-protected ZIP in which Alipay and WeChat Pay e-mail their exports
//! (ZipCrypto or WinZip AES), and any ZIP holding several statements. Bytes in, the statement
//! files inside out; the password is an argument, used once and never kept.
//!
//! Sizes are capped so that a hostile archive (a zip bomb) is refused instead of filling memory.

use crate::decode::ZIP_MAGIC;
use crate::error::{Error, ErrorKind};
use crate::phrase;
use crate::phrase::{messages as m, Phrase};
use std::io::{Cursor, Read};

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

/// True for the bytes of a ZIP archive (an XLSX workbook is one too).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC)
}

/// True for a ZIP of statements (the archive the apps e-mail), as opposed to a workbook.
pub fn is_archive(bytes: &[u8]) -> bool {
    is_zip(bytes) && !is_workbook(bytes)
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
    unpack_within(bytes, password, MAX_TOTAL_BYTES)
}

/// [`unpack`] with at most `max_total` bytes unpacked, all entries together (a parameter so the
/// tests can prove the cap on a small bomb).
fn unpack_within(
    bytes: &[u8],
    password: Option<&str>,
    max_total: u64,
) -> Result<Vec<Entry>, Error> {
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
        let budget = max_total - total;
        let mut content = Vec::new();
        let read = (&mut file).take(budget + 1).read_to_end(&mut content);
        match read {
            Ok(n) if n as u64 > budget => {
                return Err(damaged(phrase!(m::ZIP_TOO_LARGE, max_total / 1024 / 1024)));
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A ZIP of `entries` (name, length): each entry that many zero bytes, deflated.
    fn zeros(entries: &[(&str, usize)]) -> Vec<u8> {
        let mut cursor = Cursor::new(Vec::new());
        let mut writer = zip::ZipWriter::new(&mut cursor);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, len) in entries {
            writer.start_file(*name, options).expect("entry");
            writer.write_all(&vec![0u8; *len]).expect("write");
        }
        writer.finish().expect("finish");
        cursor.into_inner()
    }

    const MB: usize = 1024 * 1024;

    #[test]
    fn a_zip_bomb_is_refused_at_the_cap_without_unpacking_it_all() {
        // 8 MB of zeros deflate to about 8 KB: a bomb, small.
        let bomb = zeros(&[("statement.csv", 8 * MB)]);
        assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
        let error = unpack_within(&bomb, None, 2 * MB as u64).expect_err("over the cap");
        assert!(matches!(error.kind, ErrorKind::DamagedArchive { .. }), "{error}");
        assert!(error.to_string().contains("more than 2 MB"), "{error}");
        // The cap counts all entries together: two of 1.5 MB pass one by one, not together.
        let split = zeros(&[("a.csv", 3 * MB / 2), ("b.csv", 3 * MB / 2)]);
        assert!(unpack_within(&split, None, 2 * MB as u64).is_err());
        let entries = unpack_within(&split, None, 3 * MB as u64).expect("within the cap");
        assert_eq!(entries.iter().map(|e| e.bytes.len()).sum::<usize>(), 3 * MB);
        // Exactly at the cap is allowed.
        assert!(unpack_within(&zeros(&[("c.csv", 2 * MB)]), None, 2 * MB as u64).is_ok());
        // The real cap is in force through `unpack`.
        assert_eq!(unpack(&split, None).expect("small").len(), 2);
    }

    #[test]
    fn an_archive_of_too_many_files_is_refused_before_reading_them() {
        let names: Vec<String> = (0..=MAX_ENTRIES).map(|i| format!("{i}.csv")).collect();
        let entries: Vec<(&str, usize)> = names.iter().map(|n| (n.as_str(), 1)).collect();
        let error = unpack(&zeros(&entries), None).expect_err("too many");
        assert!(error.to_string().contains("more than 1000"), "{error}");
    }
}
