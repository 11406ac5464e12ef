//! WeChat Pay CSV exports. Seeded with tests/fixtures/wechat-csv.
//! Through `yearbook::read`, the entry point the page and the command line use.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    yearbook_fuzz::read_checked([yearbook::Input::new("fuzz", data)]);
});
