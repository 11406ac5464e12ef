//! ZIP archives (the password-protected exports, several statements in one archive): unpacking
//! with no password and with a wrong one, then every entry through `parse_files`. The archive
//! code caps entries and unpacked bytes, so a bomb is refused. Seeded with tests/fixtures/zip
//! and the XLSX workbooks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yearbook::archive::unpack;

fuzz_target!(|data: &[u8]| {
    let _ = yearbook::archive::is_workbook(data);
    let _ = yearbook::archive::needs_password(data);
    let _ = unpack(data, Some("wrong password"));
    if let Ok(entries) = unpack(data, None) {
        let files: Vec<(&str, &[u8])> =
            entries.iter().map(|e| (e.name.as_str(), e.bytes.as_slice())).collect();
        let (results, all) = yearbook::parse::parse_files(&files, &Default::default());
        results.iter().for_each(yearbook_fuzz::check);
        yearbook_fuzz::check_report(&all);
    }
});
