//! Several files at once: the input is split at each `\0\0\0\0` into up to eight files, read
//! together by `yearbook::read`, which marks cross-file duplicates; then the report is built
//! over all of them. Seeded with pairs of fixtures (see `cargo xtask fuzz`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use yearbook::Input;

const SEPARATOR: &[u8] = b"\0\0\0\0";

fuzz_target!(|data: &[u8]| {
    let mut files: Vec<Input<'_>> = Vec::new();
    let mut rest = data;
    while files.len() < 7 {
        match rest.windows(SEPARATOR.len()).position(|w| w == SEPARATOR) {
            Some(at) => {
                files.push(Input::new("fuzz", &rest[..at]));
                rest = &rest[at + SEPARATOR.len()..];
            }
            None => break,
        }
    }
    files.push(Input::new("fuzz", rest));
    let count = files.len();
    let batch = yearbook_fuzz::read_checked(files);
    assert_eq!(batch.files.len(), count);
    yearbook_fuzz::check_report(&batch);
});
