//! Format detection on any bytes: the binary sniffing, the encoding guess and the whole
//! dispatch of `parse_bytes`. Seeded with every fixture of every format.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = yearbook::decode::sniff_binary(data);
    let decoded = yearbook::decode::decode(data);
    assert!(!decoded.encoding.is_empty());
    yearbook_fuzz::check(&yearbook::parse_bytes(data, "fuzz"));
});
