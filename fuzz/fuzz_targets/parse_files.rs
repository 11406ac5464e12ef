//! Several files at once: the input is split at each `\0\0\0\0` into up to eight files, read by
//! `parse_files`, which marks cross-file duplicates; then the report is built over all of them.
//! Seeded with pairs of fixtures (see `cargo xtask fuzz`).
#![no_main]

use libfuzzer_sys::fuzz_target;

const SEPARATOR: &[u8] = b"\0\0\0\0";

fuzz_target!(|data: &[u8]| {
    let mut files: Vec<(&str, &[u8])> = Vec::new();
    let mut rest = data;
    while files.len() < 7 {
        match rest.windows(SEPARATOR.len()).position(|w| w == SEPARATOR) {
            Some(at) => {
                files.push(("fuzz", &rest[..at]));
                rest = &rest[at + SEPARATOR.len()..];
            }
            None => break,
        }
    }
    files.push(("fuzz", rest));
    let (results, all) = yearbook::parse::parse_files(&files, &Default::default());
    assert_eq!(results.len(), files.len());
    results.iter().for_each(yearbook_fuzz::check);
    yearbook_fuzz::check_report(&all);
});
