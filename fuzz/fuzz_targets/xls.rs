//! Old Excel workbooks (`.xls`, BIFF8 in OLE2, and HTML tables so named) and the Chinese bank,
//! JD and Meituan exports read through them. Seeded with tests/fixtures/cn-bank. Through
//! `yearbook::read`, the entry point the page and the command line use: calamine's `Xls` reader
//! sees every mutated workbook, and a panic there would abort the page.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    yearbook_fuzz::read_checked([yearbook::Input::new("fuzz.xls", data)]);
});
