//! WeChat Pay XLSX workbooks (ZIP, sharedStrings, cells). Seeded with tests/fixtures/wechat-xlsx.
//! Through `yearbook::read`, the entry point the page and the command line use.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    yearbook_fuzz::read_checked([yearbook::Input::new("fuzz", data)]);
});
