//! `cargo xtask bench-engines` (and the last part of `cargo xtask bench`): how long the built page
//! takes to be ready in each engine, Chromium, Firefox ESR and WebKitGTK, opened from `file://`
//! (`tests/e2e/engines/ready.mjs`, timed by the page's own `yearbook-ready` mark).

use std::path::Path;
use std::process::Command;

use crate::engines::Engines;
use crate::toolchain::{self, Wasm};
use crate::{cmd, dist, Result};

/// Loads of the page per engine.
pub const DEFAULT_REPS: usize = 5;

/// Builds `dist/` and prints the page-ready times per engine.
pub fn run(root: &Path, wasm: &Wasm, reps: usize) -> Result<()> {
    dist::dist_with(root, wasm)?;
    toolchain::ensure_chromium()?;
    let engines = Engines::ensure(root)?;
    let e2e = root.join("tests/e2e");
    toolchain::ensure_e2e_packages(&e2e)?;
    let mut node = Command::new("node");
    node.arg("engines/ready.mjs")
        .arg("--page")
        .arg(root.join("dist").join(dist::PAGE))
        .args(["--reps", &reps.to_string()])
        .current_dir(&e2e);
    engines.apply(&mut node);
    cmd::run(&mut Engines::under_xvfb(&node))
}

/// `--reps N` or [`DEFAULT_REPS`].
pub fn parse_reps(args: &[String]) -> Result<usize> {
    match args {
        [] => Ok(DEFAULT_REPS),
        [flag, value] if flag == "--reps" => value
            .parse()
            .ok()
            .filter(|&n: &usize| n > 0)
            .ok_or_else(|| format!("--reps: `{value}` is not a positive count")),
        _ => Err(format!("bench-engines: expected [--reps N], got `{}`", args.join(" "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reps_default_and_must_be_positive() {
        let args = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(parse_reps(&args(&[])), Ok(DEFAULT_REPS));
        assert_eq!(parse_reps(&args(&["--reps", "3"])), Ok(3));
        assert!(parse_reps(&args(&["--reps", "0"])).is_err());
        assert!(parse_reps(&args(&["--quick"])).is_err());
    }
}
