//! The one way real-sample tests read `../shared/samples/` (`common::sample`): a missing folder
//! skips the sample with a counted, printed note, fails under `CI=true`, and a file missing from
//! a folder that is there always fails.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{root, sample_in};

#[test]
fn an_absent_folder_skips_outside_ci_and_fails_under_it() {
    let absent = root().join("target/no-such-samples-folder");
    assert_eq!(sample_in(&absent, "alipay/x.csv", false), None);
    let under_ci = std::panic::catch_unwind(|| sample_in(&absent, "alipay/x.csv", true));
    let message = under_ci.expect_err("CI=true fails");
    let message = message.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("CI=true") && message.contains("is absent"), "{message}");
}

#[test]
fn a_present_folder_reads_its_files_and_fails_on_a_missing_one() {
    let folder = root().join("tests/fixtures");
    let bytes = sample_in(&folder, "ofx/sgml-v1.ofx", true).expect("read");
    assert!(bytes.starts_with(b"OFXHEADER"));
    let missing = std::panic::catch_unwind(|| sample_in(&folder, "ofx/no-such.ofx", false));
    assert!(missing.is_err(), "a named sample that is not there is a failure, not a skip");
}
