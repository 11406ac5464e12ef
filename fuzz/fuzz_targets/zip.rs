//! ZIP archives (the password-protected exports, several statements in one archive): unpacking
//! with no password and with a wrong one, then every entry read together by `yearbook::read`.
//! The archive code caps entries and unpacked bytes, so a bomb is refused. Seeded with
//! tests/fixtures/zip and the XLSX workbooks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yearbook::archive::unpack;
use yearbook::Input;

fuzz_target!(|data: &[u8]| {
    let _ = yearbook::archive::is_workbook(data);
    let _ = yearbook::archive::needs_password(data);
    let _ = unpack(data, Some("wrong password"));
    if let Ok(entries) = unpack(data, None) {
        let files = entries.into_iter().map(|e| (e.name, e.bytes)).collect::<Vec<_>>();
        let batch = yearbook_fuzz::read_checked(
            files.iter().map(|(name, bytes)| Input::new(name, bytes.as_slice())),
        );
        yearbook_fuzz::check_report(&batch);
    }
    // The same archive as one file, as the page reads it.
    yearbook_fuzz::read_checked([Input::new("fuzz.zip", data)]);
});
