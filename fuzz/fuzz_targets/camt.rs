//! ISO 20022 camt.052/053/054 XML statements. Seeded with tests/fixtures/camt.
//! Through `yearbook::read`, the entry point the page and the command line use.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    yearbook_fuzz::read_checked([yearbook::Input::new("fuzz", data)]);
});
