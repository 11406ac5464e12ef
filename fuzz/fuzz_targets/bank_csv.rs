//! Bank CSV exports: the profiles, the generic guesser and the mapping step's preview. Seeded
//! with tests/fixtures/bank-csv.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    yearbook_fuzz::check(&yearbook::parse_bytes(data, "fuzz"));
    if let Ok(preview) = yearbook::parse::preview_csv(data) {
        // The preview's guess, applied as a person would accept it, must read or refuse cleanly.
        let mut options = yearbook::Options::default();
        options.mapping = Some(preview.guess);
        yearbook_fuzz::check(&yearbook::parse_bytes_with(data, "fuzz", &options));
    }
});
