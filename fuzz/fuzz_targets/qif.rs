//! QIF registers, with no date order and with each one a person can choose. Seeded with
//! tests/fixtures/qif.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yearbook::{DateOrder, Input, Options};

fuzz_target!(|data: &[u8]| {
    yearbook_fuzz::read_checked([Input::new("fuzz", data)]);
    for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
        let mut options = Options::default();
        options.date_order = Some(order);
        yearbook_fuzz::read_checked([Input::new("fuzz", data).with_options(&options)]);
    }
});
