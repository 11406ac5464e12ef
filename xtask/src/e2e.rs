//! What the end-to-end tests need besides `dist/`: the synthetic statements (a small one and a
//! 50 MB one, the latter kept between runs because writing it takes a minute in a debug build)
//! and the command line, whose `yearbook report --json` gives the totals the page must show.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::sample::Format;
use crate::{cmd, sample, Result};

/// Rows of the large statement: about 134 bytes each in GB18030, so 390 000 rows are 51.8 MB.
pub const LARGE_ROWS: usize = 390_000;
const LARGE_SEED: u64 = 1;
/// The large statement's file name in the fixtures folder.
pub const LARGE_FILE: &str = "alipay-50mb.csv";

/// Writes the fixtures into `dir` and builds the command line; returns its path for the tests.
pub fn prepare(root: &Path, dir: &Path) -> Result<PathBuf> {
    sample::write_e2e_fixtures(dir)?;
    write_large(dir)?;
    cmd::run(
        Command::new("cargo").args(["build", "--quiet", "--bin", "yearbook"]).current_dir(root),
    )?;
    let cli = root.join("target/debug/yearbook");
    if cli.is_file() {
        Ok(cli)
    } else {
        Err(format!("built the command line but {} is missing", cli.display()))
    }
}

/// The large statement, rewritten only when its stamp says it was made with other rows, another
/// seed or another generator (the stamp holds a digest of a small statement from the same code).
fn write_large(dir: &Path) -> Result<()> {
    let path = dir.join(LARGE_FILE);
    let stamp_path = dir.join(format!("{LARGE_FILE}.stamp"));
    let stamp = large_stamp();
    let current = fs::read_to_string(&stamp_path).ok();
    if path.is_file() && current.as_deref() == Some(stamp.as_str()) {
        return Ok(());
    }
    println!("xtask: writing the {LARGE_ROWS}-row statement for the end-to-end tests (kept for later runs)");
    let bytes = Format::Alipay2023.bytes(LARGE_ROWS, LARGE_SEED);
    fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    fs::write(&stamp_path, stamp).map_err(|e| format!("cannot write {}: {e}", stamp_path.display()))
}

fn large_stamp() -> String {
    let probe = Sha256::digest(Format::Alipay2023.bytes(300, LARGE_SEED));
    let hex: String = probe.iter().map(|b| format!("{b:02x}")).collect();
    format!("rows={LARGE_ROWS} seed={LARGE_SEED} generator={hex}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stamp_names_rows_seed_and_generator() {
        let stamp = large_stamp();
        assert!(stamp.starts_with("rows=390000 seed=1 generator="), "{stamp}");
        assert_eq!(stamp.trim_end().len(), "rows=390000 seed=1 generator=".len() + 64);
        assert_eq!(stamp, large_stamp(), "the same code gives the same stamp");
    }
}
