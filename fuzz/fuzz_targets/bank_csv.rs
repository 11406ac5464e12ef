//! Bank CSV exports: the profiles, the generic guesser and the mapping step's preview. Seeded
//! with tests/fixtures/bank-csv.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yearbook::Input;

fuzz_target!(|data: &[u8]| {
    yearbook_fuzz::read_checked([Input::new("fuzz", data)]);
    if let Ok(preview) = yearbook::parse::preview_csv(data) {
        // The preview's guess, applied as a person would accept it, must read or refuse cleanly.
        let mut options = yearbook::Options::default();
        options.mapping = Some(preview.guess);
        yearbook_fuzz::read_checked([Input::new("fuzz", data).with_options(&options)]);
    }
});
