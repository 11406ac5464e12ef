//! ZIP archives as the apps e-mail them: ZipCrypto and WinZip AES with a password, and an
//! archive holding several statements. The fixtures were made with Info-ZIP `zip -P` and
//! `7z -mem=AES256`, independent of the `zip` crate that reads them.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{read_one, read_one_with};

use yearbook::archive::{is_workbook, is_zip, needs_password, unpack};
use yearbook::ErrorKind;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(common::root().join("tests/fixtures/zip").join(name)).expect("fixture")
}

#[test]
fn encrypted_zips_open_with_the_right_password_only() {
    for name in ["zipcrypto.zip", "aes.zip"] {
        let bytes = fixture(name);
        assert!(is_zip(&bytes) && !is_workbook(&bytes) && needs_password(&bytes), "{name}");
        let missing = unpack(&bytes, None).expect_err("a password is needed");
        assert_eq!(missing.kind, ErrorKind::PasswordRequired, "{name}");
        for wrong in ["654321", "", "1234567", "password"] {
            let error = unpack(&bytes, Some(wrong)).expect_err("wrong password");
            assert_eq!(error.kind, ErrorKind::WrongPassword, "{name} with {wrong:?}");
        }
        let entries = unpack(&bytes, Some("123456")).expect("opens");
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].name, "支付宝交易明细(20240101-20241231).csv");
        let parsed = read_one(&entries[0].bytes, &entries[0].name).expect("reads");
        assert_eq!(parsed.encoding, "gb18030");
        assert_eq!(parsed.transactions.len(), 10, "{name}");
    }
}

#[test]
fn an_archive_of_two_statements_yields_both() {
    let bytes = fixture("two-statements.zip");
    assert!(!needs_password(&bytes));
    let entries = unpack(&bytes, None).expect("unpacks");
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["支付宝交易明细(20240101-20241231).csv", "sub/alipay-refunds.csv"]);
    let rows: Vec<usize> = entries
        .iter()
        .map(|e| read_one(&e.bytes, &e.name).expect("reads").transactions.len())
        .collect();
    assert_eq!(rows, [10, 8]);
    // A password given for an unencrypted archive is simply not needed.
    assert_eq!(unpack(&bytes, Some("x")).expect("unpacks").len(), 2);
}

#[test]
fn damaged_archives_are_errors_not_panics() {
    let bytes = fixture("aes.zip");
    for cut in [4, 30, 100, bytes.len() / 2, bytes.len() - 10] {
        let result = unpack(&bytes[..cut], Some("123456"));
        assert!(result.is_err(), "a ZIP cut at {cut} bytes must be refused");
    }
    let mut flipped = fixture("zipcrypto.zip");
    for at in (40..flipped.len() - 30).step_by(7) {
        flipped[at] ^= 0x5a;
        let _ = unpack(&flipped, Some("123456"));
    }
}

#[test]
fn file_names_written_in_gbk_by_chinese_windows_read_as_chinese() {
    let entries = unpack(&fixture("gbk-name.zip"), None).expect("unpacks");
    assert_eq!(entries[0].name, "支付宝交易明细(gbk).csv");
}

#[test]
fn a_zip_of_one_statement_reads_as_that_statement_with_its_password() {
    let bytes = fixture("aes.zip");
    let mut options = yearbook::Options::default();
    let error = read_one_with(&bytes, "mail.zip", &options).expect_err("locked");
    assert_eq!(error.kind, ErrorKind::PasswordRequired);
    assert!(error.to_string().starts_with("mail.zip: this ZIP is password-protected"), "{error}");
    options.password = Some("000000".into());
    let error = read_one_with(&bytes, "mail.zip", &options).expect_err("wrong");
    assert_eq!(error.kind, ErrorKind::WrongPassword);
    options.password = Some("123456".into());
    let parsed = read_one_with(&bytes, "mail.zip", &options).expect("opens");
    assert_eq!(parsed.transactions.len(), 10);
    // An archive of several statements reads them all, one after the other.
    let parsed = read_one(&fixture("two-statements.zip"), "two.zip").expect("both read");
    assert_eq!((parsed.transactions.len(), parsed.rows_seen), (18, 18));
}

#[test]
fn a_bad_file_in_an_archive_is_a_warning_beside_the_good_one() {
    let mut cursor = std::io::Cursor::new(Vec::new());
    {
        let mut writer = zip::ZipWriter::new(&mut cursor);
        let options = zip::write::SimpleFileOptions::default();
        let good = std::fs::read(common::root().join("tests/fixtures/alipay-2023/basic.csv"))
            .expect("fixture");
        writer.start_file("good.csv", options).expect("entry");
        std::io::Write::write_all(&mut writer, &good).expect("write");
        writer.start_file("photo.png", options).expect("entry");
        std::io::Write::write_all(&mut writer, b"\x89PNG\r\n").expect("write");
        writer.finish().expect("finish");
    }
    let parsed = read_one(cursor.get_ref(), "mail.zip").expect("the good file reads");
    assert_eq!(parsed.transactions.len(), 10);
    let warning = parsed.warnings.last().expect("the PNG is reported").to_string();
    assert!(warning.contains("photo.png") && warning.contains("a PNG image"), "{warning}");
}

#[test]
fn an_error_inside_an_archive_names_both_files() {
    let mut cursor = std::io::Cursor::new(Vec::new());
    {
        let mut writer = zip::ZipWriter::new(&mut cursor);
        let options = zip::write::SimpleFileOptions::default();
        writer.start_file("notes.txt", options).expect("entry");
        std::io::Write::write_all(&mut writer, b"name,age\nbob,3\n").expect("write");
        writer.finish().expect("finish");
    }
    let error = read_one(cursor.get_ref(), "mail.zip").expect_err("not a statement");
    assert!(
        error.to_string().starts_with("mail.zip › notes.txt: this does not look like"),
        "{error}"
    );
}

#[test]
fn a_zip_inside_a_zip_is_refused_not_followed() {
    let inner = fixture("two-statements.zip");
    let mut cursor = std::io::Cursor::new(Vec::new());
    {
        let mut writer = zip::ZipWriter::new(&mut cursor);
        writer.start_file("inner.zip", zip::write::SimpleFileOptions::default()).expect("entry");
        std::io::Write::write_all(&mut writer, &inner).expect("write");
        writer.finish().expect("finish");
    }
    let error = read_one(cursor.get_ref(), "outer.zip").expect_err("nested");
    assert!(error.to_string().contains("inner.zip is itself a ZIP"), "{error}");
}
