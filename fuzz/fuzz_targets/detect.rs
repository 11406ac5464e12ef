//! Format detection on any bytes: the binary sniffing, the encoding decision (BOM, declaration,
//! guess) and the whole dispatch of `yearbook::read`. Seeded with every fixture of every format.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = yearbook::decode::sniff_binary(data);
    let decoded = yearbook::decode::decode(data);
    assert!(!decoded.encoding.is_empty());
    yearbook_fuzz::read_checked([yearbook::Input::new("fuzz", data)]);
});
