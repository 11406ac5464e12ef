//! Reading bytes the caller gives up (`Input::new(name, Vec<u8>)`: the page and the command
//! line) frees a file's bytes once its text is decoded; the outcome must be exactly that of
//! reading borrowed bytes, for every fixture, the Alipay fixtures in GB18030, a Windows-1252
//! file, and mutants of a GBK export.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{mutant, root, Rng};
use std::path::{Path, PathBuf};
use yearbook::{read, Input, Options};

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else if path.extension().and_then(|e| e.to_str()) != Some("expected") {
            out.push(path);
        }
    }
}

/// Every field of both outcomes, rows, warnings and errors alike.
fn same_either_way(name: &str, bytes: &[u8], options: &Options) {
    let borrowed = read([Input::new(name, bytes).with_options(options)]);
    let owned = read([Input::new(name, bytes.to_vec()).with_options(options)]);
    assert_eq!(format!("{owned:?}"), format!("{borrowed:?}"), "{name}");
}

#[test]
fn owned_bytes_read_exactly_as_borrowed_ones() {
    let mut files = Vec::new();
    files_under(&root().join("tests/fixtures"), &mut files);
    files.sort();
    assert!(files.len() > 40, "{} fixtures", files.len());
    let mut gbk = 0;
    for path in &files {
        let bytes = std::fs::read(path).expect("fixture");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
        same_either_way(name, &bytes, &Options::default());
        if path.to_string_lossy().contains("alipay") {
            let text = String::from_utf8_lossy(&bytes);
            let (encoded, _, _) = encoding_rs::GB18030.encode(&text);
            same_either_way(name, &encoded, &Options::default());
            gbk += 1;
        }
    }
    assert!(gbk >= 3, "the Alipay fixtures were read as GBK too");
    // Windows-1252, decoded into new text like GBK.
    let latin1 = b"Buchungstag;Betrag;Verwendungszweck\n01.02.2024;-1,00;Geb\xFChr\n";
    same_either_way("konto.csv", latin1, &Options::default());
}

#[test]
fn mutants_of_a_gbk_export_read_the_same_either_way() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/alipay-2023/basic.csv"))
        .expect("fixture");
    let seed = encoding_rs::GB18030.encode(&text).0.into_owned();
    let mut rng = Rng(7);
    for _ in 0..300 {
        let bytes = mutant(&mut rng, &seed, b",\n\"\xB2\xE2\x80\xFF0-.");
        same_either_way("mutant.csv", &bytes, &Options::default());
    }
}

#[test]
fn a_batch_of_owned_files_is_the_batch_of_borrowed_ones() {
    let fixture = |p: &str| std::fs::read(root().join(p)).expect("fixture");
    let text = String::from_utf8(fixture("tests/fixtures/alipay-2023/basic.csv")).expect("utf-8");
    let gbk = encoding_rs::GB18030.encode(&text).0.into_owned();
    let wechat = fixture("tests/fixtures/wechat-csv/basic.csv");
    let none = Options::default();
    let borrowed = read([
        Input::new("a.csv", gbk.as_slice()).with_options(&none),
        Input::new("w.csv", wechat.as_slice()),
        Input::new("x", &b""[..]),
    ]);
    let owned = read([
        Input::new("a.csv", gbk.clone()).with_options(&none),
        Input::new("w.csv", wechat),
        Input::new("x", vec![]),
    ]);
    assert_eq!(format!("{owned:?}"), format!("{borrowed:?}"));
    assert!(owned.transactions.len() > 10 && owned.files[2].is_err());
}
