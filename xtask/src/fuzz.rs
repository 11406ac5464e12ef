//! `cargo xtask fuzz [--minutes N] [TARGET...]`: runs the cargo-fuzz targets in `fuzz/` one after
//! the other, each for N minutes (default 1; fractions allowed), and prints how long each ran,
//! how many inputs it tried, its corpus size and whether it crashed.
//!
//! Each target's corpus lives in `target/fuzz-corpus/<target>` (kept between runs, never
//! committed) and is seeded, read-only, from the committed fixtures of its format under
//! `tests/fixtures/`. A crash leaves its input in `fuzz/artifacts/<target>/`; it becomes a
//! regression fixture under `tests/fixtures/`, a test that reads it, and a fix. Needs a nightly
//! toolchain (libFuzzer instrumentation) and cargo-fuzz, which is installed from crates.io on
//! first use. The log of a run is in docs/benchmarks.md.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::{cmd, flag_value, Result};

/// Every target and the fixture folders that seed it.
const TARGETS: &[(&str, &[&str])] = &[
    (
        "detect",
        &[
            "alipay-2023",
            "alipay-2021",
            "alipay-web",
            "wechat-csv",
            "wechat-xlsx",
            "ofx",
            "qif",
            "camt",
            "mt940",
            "bank-csv",
            "zip",
            "cn-bank",
        ],
    ),
    ("alipay", &["alipay-2023", "alipay-2021", "alipay-web"]),
    ("wechat_csv", &["wechat-csv"]),
    ("wechat_xlsx", &["wechat-xlsx"]),
    ("ofx", &["ofx"]),
    ("qif", &["qif"]),
    ("camt", &["camt"]),
    ("mt940", &["mt940"]),
    ("bank_csv", &["bank-csv"]),
    ("zip", &["zip", "wechat-xlsx"]),
    ("xls", &["cn-bank"]),
    ("parse_files", &["alipay-2023", "wechat-csv", "ofx", "bank-csv"]),
];

/// Command-line options of `cargo xtask fuzz`.
#[derive(Debug, PartialEq)]
pub struct Options {
    minutes: f64,
    targets: Vec<String>,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options { minutes: 1.0, targets: Vec::new() };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--minutes" => {
                    let value = flag_value("--minutes", args.next())?;
                    options.minutes = value
                        .parse::<f64>()
                        .ok()
                        .filter(|m| m.is_finite() && *m > 0.0)
                        .ok_or_else(|| format!("--minutes: `{value}` is not a positive number"))?;
                }
                name if TARGETS.iter().any(|(t, _)| *t == name) => {
                    options.targets.push(name.to_string())
                }
                other => {
                    let known: Vec<&str> = TARGETS.iter().map(|(t, _)| *t).collect();
                    return Err(format!(
                        "fuzz: unknown target or option `{other}` (targets: {})",
                        known.join(", ")
                    ));
                }
            }
        }
        Ok(options)
    }

    fn selected(&self) -> Vec<(&'static str, &'static [&'static str])> {
        TARGETS
            .iter()
            .filter(|(name, _)| self.targets.is_empty() || self.targets.iter().any(|t| t == name))
            .copied()
            .collect()
    }
}

/// One target's run.
struct Outcome {
    target: &'static str,
    seconds: f64,
    runs: Option<u64>,
    corpus: usize,
    crashed: bool,
}

pub fn run(root: &Path, options: &Options) -> Result<()> {
    ensure_tools()?;
    let seconds = (options.minutes * 60.0).round().max(1.0) as u64;
    let fuzz_dir = root.join("fuzz");
    let mut outcomes = Vec::new();
    for (target, seeds) in options.selected() {
        let corpus = root.join("target/fuzz-corpus").join(target);
        fs::create_dir_all(&corpus)
            .map_err(|e| format!("cannot create {}: {e}", corpus.display()))?;
        let seed_dirs: Vec<PathBuf> = seeds
            .iter()
            .map(|s| root.join("tests/fixtures").join(s))
            .filter(|d| d.is_dir())
            .collect();
        let mut fuzz = Command::new("cargo");
        // No sanitizer: the crate forbids unsafe code, and AddressSanitizer would cost two
        // thirds of the inputs tried per second; debug assertions and overflow checks stay on.
        fuzz.args(["+nightly", "fuzz", "run", "--sanitizer", "none", target])
            .arg(&corpus)
            .args(&seed_dirs)
            .arg("--")
            .arg(format!("-max_total_time={seconds}"))
            // A statement is a few megabytes at most; larger inputs only slow the search.
            .args(["-max_len=262144", "-timeout=20", "-rss_limit_mb=3072", "-print_final_stats=1"])
            .current_dir(&fuzz_dir);
        let started = Instant::now();
        let captured = cmd::run_streamed(&mut fuzz)?;
        let elapsed = started.elapsed().as_secs_f64();
        let crashed = !captured.status.success();
        outcomes.push(Outcome {
            target,
            // libFuzzer's own count of the time it fuzzed (the build is not fuzzing).
            seconds: fuzzed_seconds(&captured.output).unwrap_or(elapsed),
            runs: final_stat(&captured.output, "stat::number_of_executed_units"),
            corpus: fs::read_dir(&corpus).map(|d| d.count()).unwrap_or(0),
            crashed,
        });
        if crashed {
            println!("xtask: {target} crashed; its input is in fuzz/artifacts/{target}/");
        }
    }
    println!("\n{}", summary(&outcomes));
    let crashed: Vec<&str> = outcomes.iter().filter(|o| o.crashed).map(|o| o.target).collect();
    if crashed.is_empty() {
        Ok(())
    } else {
        Err(format!("crashed: {} (inputs under fuzz/artifacts/)", crashed.join(", ")))
    }
}

/// cargo-fuzz from crates.io when missing; nightly must already be there (rustup's, offline
/// machines cannot fetch it on demand).
fn ensure_tools() -> Result<()> {
    if cmd::probe(Command::new("cargo").args(["+nightly", "--version"])).is_none() {
        return Err("fuzzing needs a nightly toolchain: `rustup toolchain install nightly`".into());
    }
    if cmd::probe(Command::new("cargo").args(["fuzz", "--version"])).is_none() {
        println!("xtask: cargo-fuzz is missing; installing it from crates.io (a few minutes)");
        cmd::run(Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]))?;
    }
    Ok(())
}

/// The seconds of libFuzzer's closing `Done 1177 runs in 10 second(s)` line.
fn fuzzed_seconds(output: &str) -> Option<f64> {
    output.lines().rev().find_map(|line| {
        let rest = line.trim().strip_prefix("Done ")?;
        let (_, after) = rest.split_once(" runs in ")?;
        after.strip_suffix(" second(s)")?.trim().parse().ok()
    })
}

/// A number from libFuzzer's `-print_final_stats=1` lines (`stat::name:   123`).
fn final_stat(output: &str, name: &str) -> Option<u64> {
    output.lines().rev().find_map(|line| {
        let rest = line.trim().strip_prefix(name)?.strip_prefix(':')?;
        rest.trim().parse().ok()
    })
}

fn summary(outcomes: &[Outcome]) -> String {
    let mut text = format!(
        "{:<12} {:>9} {:>12} {:>8}  {}\n",
        "target", "seconds", "inputs run", "corpus", "result"
    );
    for o in outcomes {
        text.push_str(&format!(
            "{:<12} {:>9.0} {:>12} {:>8}  {}\n",
            o.target,
            o.seconds,
            o.runs.map_or("?".to_string(), |r| r.to_string()),
            o.corpus,
            if o.crashed { "CRASHED" } else { "no crash" }
        ));
    }
    let crashed = outcomes.iter().filter(|o| o.crashed).count();
    text.push_str(&format!("fuzz: {} targets, {crashed} crashed", outcomes.len()));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn options_pick_targets_and_minutes() {
        let all = Options::parse(&[]).unwrap();
        assert_eq!((all.minutes, all.selected().len()), (1.0, TARGETS.len()));
        let some = Options::parse(&args(&["--minutes", "2.5", "qif", "zip"])).unwrap();
        assert_eq!(some.minutes, 2.5);
        let names: Vec<&str> = some.selected().iter().map(|(t, _)| *t).collect();
        assert_eq!(names, ["qif", "zip"], "in the table's order");
        assert!(Options::parse(&args(&["--minutes", "0"])).is_err());
        assert!(Options::parse(&args(&["pdf"])).is_err());
    }

    #[test]
    fn every_target_has_a_source_file_and_seeds_that_exist() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        for (target, seeds) in TARGETS {
            let source = root.join("fuzz/fuzz_targets").join(format!("{target}.rs"));
            assert!(source.is_file(), "{} is missing", source.display());
            for seed in *seeds {
                assert!(root.join("tests/fixtures").join(seed).is_dir(), "{target}: {seed}");
            }
        }
    }

    #[test]
    fn final_stats_are_read_from_libfuzzers_output() {
        let output = "#1024 pulse\nDone 5000 runs in 60 second(s)\n\
            stat::number_of_executed_units: 123456\nstat::peak_rss_mb:              88\n";
        assert_eq!(final_stat(output, "stat::number_of_executed_units"), Some(123456));
        assert_eq!(final_stat(output, "stat::peak_rss_mb"), Some(88));
        assert_eq!(final_stat(output, "stat::slowest_unit_time_sec"), None);
        assert_eq!(fuzzed_seconds(output), Some(60.0));
        assert_eq!(fuzzed_seconds("Done 3 runs\n"), None);
    }
}
