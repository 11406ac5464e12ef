//! `cargo xtask test`: the whole gate, the one command CI runs.
//!
//! Steps run in order and the gate stops at the first failure. A test step that ran zero tests
//! fails: a gate that silently tests nothing is worse than a red one. Tools the steps need are
//! installed on first use (see `toolchain`), inside the step that needs them.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::engines::Engines;
use crate::toolchain::{self, Wasm};
use crate::{cmd, dist, e2e, Result};

/// What one step reports on success: how many tests it ran, if it runs tests.
type Outcome = Result<Option<u64>>;

struct Gate {
    root: PathBuf,
    wasm: Option<Wasm>,
    engines: Option<Engines>,
    /// The command line built for the end-to-end tests, once `dist/` and the fixtures are ready.
    prepared: Option<PathBuf>,
}

impl Gate {
    /// The wasm32 toolchain, found (or installed) once per run.
    fn wasm(&mut self) -> Result<Wasm> {
        if let Some(wasm) = &self.wasm {
            return Ok(wasm.clone());
        }
        let wasm = Wasm::ensure(&self.root)?;
        println!("xtask: wasm32 via {}", wasm.describe());
        self.wasm = Some(wasm.clone());
        Ok(wasm)
    }

    /// Firefox ESR and WebKitGTK with their drivers, found (or installed) once per run.
    fn engines(&mut self) -> Result<Engines> {
        if let Some(engines) = &self.engines {
            return Ok(engines.clone());
        }
        let engines = Engines::ensure(&self.root)?;
        self.engines = Some(engines.clone());
        Ok(engines)
    }

    /// `dist/`, the fixtures and the command line for the end-to-end tests, made once per run.
    fn prepare_end_to_end(&mut self) -> Result<PathBuf> {
        if let Some(cli) = &self.prepared {
            return Ok(cli.clone());
        }
        let wasm = self.wasm()?;
        dist::dist_with(&self.root, &wasm)?;
        let cli = e2e::prepare(&self.root, &self.fixtures())?;
        self.prepared = Some(cli.clone());
        Ok(cli)
    }

    fn fixtures(&self) -> PathBuf {
        self.root.join("target/e2e-fixtures")
    }

    fn cargo(&self) -> Command {
        let mut command = Command::new("cargo");
        command.current_dir(&self.root);
        command
    }

    fn fmt(&mut self) -> Outcome {
        cmd::run_captured(self.cargo().args(["fmt", "--all", "--", "--check"]))?;
        Ok(None)
    }

    fn clippy_native(&mut self) -> Outcome {
        let mut clippy = self.cargo();
        clippy.args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]);
        cmd::run_captured(&mut clippy)?;
        Ok(None)
    }

    fn clippy_wasm(&mut self) -> Outcome {
        let mut clippy = self.wasm()?.clippy()?;
        clippy
            .args(["-p", "yearbook", "--lib", "--tests", "--", "-D", "warnings"])
            .current_dir(&self.root);
        cmd::run_captured(&mut clippy)?;
        Ok(None)
    }

    fn test_native(&mut self) -> Outcome {
        let captured = cmd::run_captured(self.cargo().args(["test", "--workspace"]))?;
        at_least_one(cargo_passed(&captured.output), "cargo test")
    }

    fn test_browser(&mut self) -> Outcome {
        let wasm = self.wasm()?;
        toolchain::ensure_wasm_pack()?;
        toolchain::ensure_wasm_bindgen_cli(&self.root)?;
        toolchain::ensure_chromium()?;
        let mut test = match wasm {
            Wasm::Rustup => {
                let mut test = Command::new("wasm-pack");
                test.args(["test", "--headless", "--chrome", "--chromedriver"])
                    .arg(toolchain::CHROMEDRIVER)
                    .args(["--mode", "no-install", "."]);
                test
            }
            Wasm::Debian { .. } => {
                // What `wasm-pack test --headless --chrome` runs, without wasm-pack (see
                // `Wasm::Debian`): cargo test with wasm-bindgen's runner driving Chromium.
                let mut test = self.cargo();
                test.args(["test", "--target", toolchain::WASM_TARGET])
                    .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
                    .env("WASM_BINDGEN_TEST_ONLY_WEB", "1")
                    .env("CHROMEDRIVER", toolchain::CHROMEDRIVER);
                wasm.apply(&mut test);
                test
            }
        };
        test.current_dir(&self.root);
        patient(&mut test);
        let captured = cmd::run_captured(&mut test)?;
        at_least_one(cargo_passed(&captured.output), "wasm-pack test")
    }

    /// The same browser tests in Firefox ESR through geckodriver (`wasm-pack test --firefox`).
    fn test_browser_firefox(&mut self) -> Outcome {
        let wasm = self.wasm()?;
        let engines = self.engines()?;
        toolchain::ensure_wasm_bindgen_cli(&self.root)?;
        let mut test = match wasm {
            Wasm::Rustup => {
                toolchain::ensure_wasm_pack()?;
                let mut test = Command::new("wasm-pack");
                test.args(["test", "--headless", "--firefox", "--geckodriver"])
                    .arg(&engines.geckodriver)
                    .args(["--mode", "no-install", "."]);
                test
            }
            Wasm::Debian { .. } => {
                let mut test = self.cargo();
                test.args(["test", "--target", toolchain::WASM_TARGET])
                    .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
                    .env("WASM_BINDGEN_TEST_ONLY_WEB", "1")
                    .env("GECKODRIVER", &engines.geckodriver)
                    .env_remove("CHROMEDRIVER");
                wasm.apply(&mut test);
                test
            }
        };
        // geckodriver starts the `firefox` on PATH: Debian's firefox-esr, through the link.
        test.env("PATH", engines.path_with_firefox()).current_dir(&self.root);
        patient(&mut test);
        let captured = cmd::run_captured(&mut test)?;
        at_least_one(cargo_passed(&captured.output), "wasm-pack test --firefox")
    }

    fn end_to_end(&mut self) -> Outcome {
        let cli = self.prepare_end_to_end()?;
        toolchain::ensure_chromium()?;
        crate::engines::ensure_cjk_font()?;
        let fixtures = self.fixtures();
        let e2e = self.root.join("tests/e2e");
        toolchain::ensure_e2e_packages(&e2e)?;
        let mut playwright = Command::new("npx");
        playwright
            .args(["--no", "playwright", "test"])
            .current_dir(&e2e)
            .env("YEARBOOK_FIXTURES", &fixtures)
            .env("YEARBOOK_CLI", &cli)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        let captured = cmd::run_captured(&mut playwright)?;
        at_least_one(playwright_passed(&captured.output), "playwright test")
    }

    /// The page in Firefox ESR and WebKitGTK through WebDriver (`tests/e2e/engines/`), run by
    /// Playwright Test's runner (its server, fixtures and reporting) under a virtual display.
    fn end_to_end_engines(&mut self) -> Outcome {
        let cli = self.prepare_end_to_end()?;
        let engines = self.engines()?;
        let fixtures = self.fixtures();
        let e2e = self.root.join("tests/e2e");
        toolchain::ensure_e2e_packages(&e2e)?;
        let mut playwright = Command::new("npx");
        playwright
            .args(["--no", "playwright", "test", "--config", "engines.config.mjs"])
            .current_dir(&e2e)
            .env("YEARBOOK_FIXTURES", &fixtures)
            .env("YEARBOOK_CLI", &cli)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        engines.apply(&mut playwright);
        let captured = cmd::run_captured(&mut Engines::under_xvfb(&playwright))?;
        at_least_one(playwright_passed(&captured.output), "playwright test (Firefox, WebKit)")
    }
}

type Step = fn(&mut Gate) -> Outcome;

const STEPS: [(&str, Step); 8] = [
    ("fmt", Gate::fmt),
    ("clippy (native)", Gate::clippy_native),
    ("clippy (wasm32)", Gate::clippy_wasm),
    ("tests (native)", Gate::test_native),
    ("tests (browser, wasm-pack)", Gate::test_browser),
    ("tests (browser, Firefox)", Gate::test_browser_firefox),
    ("dist + end-to-end", Gate::end_to_end),
    ("end-to-end (Firefox, WebKit)", Gate::end_to_end_engines),
];

enum Status {
    Passed(Option<u64>),
    Failed,
    NotRun,
}

/// Runs the gate and prints the summary; `Ok(false)` when a step failed.
pub fn run(root: &Path) -> Result<bool> {
    let mut gate = Gate { root: root.to_path_buf(), wasm: None, engines: None, prepared: None };
    let mut results: Vec<(&str, Status, Option<Duration>)> = Vec::new();
    let mut failed = false;
    for (index, (name, step)) in STEPS.iter().enumerate() {
        if failed {
            results.push((name, Status::NotRun, None));
            continue;
        }
        println!("\n==> [{}/{}] {name}", index + 1, STEPS.len());
        let started = Instant::now();
        let outcome = step(&mut gate);
        let elapsed = started.elapsed();
        match outcome {
            Ok(tests) => results.push((name, Status::Passed(tests), Some(elapsed))),
            Err(message) => {
                eprintln!("\nxtask: step `{name}` failed: {message}");
                results.push((name, Status::Failed, Some(elapsed)));
                failed = true;
            }
        }
    }
    print_summary(&results);
    Ok(!failed)
}

fn print_summary(results: &[(&str, Status, Option<Duration>)]) {
    let width = results.iter().map(|(name, ..)| name.len()).max().unwrap_or(4).max(4);
    println!("\n{:<width$}  {:<7}  {:>8}  {:>5}", "step", "status", "time", "tests");
    let (mut passed, mut failed, mut not_run) = (0, 0, 0);
    for (name, status, elapsed) in results {
        let (label, tests) = match status {
            Status::Passed(tests) => {
                passed += 1;
                ("ok", tests.map_or("-".to_string(), |n| n.to_string()))
            }
            Status::Failed => {
                failed += 1;
                ("FAILED", "-".to_string())
            }
            Status::NotRun => {
                not_run += 1;
                ("not run", "-".to_string())
            }
        };
        let time = elapsed.map_or("-".to_string(), format_duration);
        println!("{name:<width$}  {label:<7}  {time:>8}  {tests:>5}");
    }
    let total: Duration = results.iter().filter_map(|(.., elapsed)| *elapsed).sum();
    println!("{:<width$}  {:<7}  {:>8}", "total", "", format_duration(total));
    let not_run = if not_run > 0 { format!(", {not_run} not run") } else { String::new() };
    println!("\nxtask test: {passed} passed, {failed} failed{not_run}");
}

fn format_duration(duration: Duration) -> String {
    let seconds = duration.as_secs_f64();
    if seconds < 60.0 {
        format!("{seconds:.1}s")
    } else {
        let whole = duration.as_secs();
        format!("{}m {:02}s", whole / 60, whole % 60)
    }
}

fn at_least_one(passed: u64, what: &str) -> Outcome {
    if passed == 0 {
        Err(format!("{what} ran no tests (0 passed): the step would prove nothing"))
    } else {
        Ok(Some(passed))
    }
}

/// Removes terminal colour codes (`ESC [ … letter`), which some tools print even into a pipe.
fn strip_ansi(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

/// The sum of N over libtest's `test result: ok. N passed; …` lines (cargo test and
/// wasm-bindgen-test-runner print the same line).
fn cargo_passed(output: &str) -> u64 {
    strip_ansi(output)
        .lines()
        .filter_map(|line| {
            let (_, rest) = line.split_once("test result: ")?;
            let (_, counts) = rest.split_once(". ")?;
            counts.split_once(" passed")?.0.trim().parse::<u64>().ok()
        })
        .sum()
}

/// N from Playwright's closing `N passed (12.3s)` line.
fn playwright_passed(output: &str) -> u64 {
    strip_ansi(output)
        .lines()
        .filter_map(|line| {
            let (count, rest) = line.trim().split_once(' ')?;
            rest.starts_with("passed").then(|| count.parse::<u64>().ok()).flatten()
        })
        .next_back()
        .unwrap_or(0)
}

/// wasm-bindgen's test runner gives the whole browser run, WebDriver requests included, 20 s by
/// default (`WASM_BINDGEN_TEST_TIMEOUT`): on a loaded two-core machine one request alone took
/// longer and failed a green suite. The gate allows five minutes unless the caller says otherwise.
fn patient(test: &mut Command) {
    if std::env::var_os("WASM_BINDGEN_TEST_TIMEOUT").is_none() {
        test.env("WASM_BINDGEN_TEST_TIMEOUT", "300");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_counts_every_test_binary() {
        let output = "\
running 3 tests
test a ... ok
test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

     Running tests/parse.rs
test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
   Doc-tests yearbook
test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.20s
";
        assert_eq!(cargo_passed(output), 15);
        assert_eq!(cargo_passed("no tests to run!\n"), 0);
    }

    #[test]
    fn wasm_bindgen_test_runner_counts() {
        let output = "Running headless tests in Chrome on `http://127.0.0.1:41393/`\n\
            \u{1b}[32mtest result: ok. 4 passed; 0 failed; 0 ignored; 0 filtered out; finished in 0.31s\u{1b}[0m\n";
        assert_eq!(cargo_passed(output), 4);
    }

    #[test]
    fn playwright_reads_the_closing_line() {
        let output = "\
Running 6 tests using 1 worker

  ✓  1 e2e.spec.mjs:10:1 › drop (2.1s)
  ✘  2 e2e.spec.mjs:30:1 › pdf (1.0s)

  1 failed
    e2e.spec.mjs:30:1 › pdf
  5 passed (14.2s)
";
        assert_eq!(playwright_passed(output), 5);
        assert_eq!(
            playwright_passed("\u{1b}[32m  6 passed\u{1b}[39m\u{1b}[2m (9.0s)\u{1b}[22m\n"),
            6
        );
        assert_eq!(playwright_passed("Error: No tests found\n"), 0);
    }

    #[test]
    fn zero_tests_fail_the_step() {
        assert!(at_least_one(0, "cargo test").is_err());
        assert_eq!(at_least_one(7, "cargo test"), Ok(Some(7)));
    }

    #[test]
    fn durations_read_as_a_person_would() {
        assert_eq!(format_duration(Duration::from_millis(1234)), "1.2s");
        assert_eq!(format_duration(Duration::from_secs(125)), "2m 05s");
    }
}
