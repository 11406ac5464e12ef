//! OFX/QFX/QBO downloads (SGML and XML bodies). Seeded with tests/fixtures/ofx. With and without
//! a currency for statements that name none.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yearbook::{Currency, Input, Options};

fuzz_target!(|data: &[u8]| {
    yearbook_fuzz::read_checked([Input::new("fuzz", data)]);
    // Options is non_exhaustive: built by assignment outside the crate.
    let mut options = Options::default();
    options.currency = Currency::from_code("EUR");
    yearbook_fuzz::read_checked([Input::new("fuzz", data).with_options(&options)]);
});
