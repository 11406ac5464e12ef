//! Alipay exports (2023+, 2021 and the legacy web layout). Seeded with tests/fixtures/alipay-*.
//! Through `yearbook::read`, the entry point the page and the command line use.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    yearbook_fuzz::read_checked([yearbook::Input::new("fuzz", data)]);
});
