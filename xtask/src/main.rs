//! `cargo xtask`: the project's automation (toolchain bootstrap, build, dist, serve, sample and the test gate).
//!
//! Run `cargo xtask help` for the commands. Everything is plain std Rust so that a fresh clone
//! needs nothing but cargo to get going; the tools the gate needs are installed on first use.

mod bench;
mod bench_engines;
mod cmd;
mod dist;
mod e2e;
mod engines;
mod fuzz;
mod gate;
mod sample;
mod serve;
mod toolchain;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Every fallible step reports a sentence for the person at the terminal, nothing more.
pub type Result<T, E = String> = std::result::Result<T, E>;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  build | dist                 build the wasm (release) and assemble dist/yearbook.html,
                               one self-contained page (dist/index.html is the same file)
  serve [--port N] [--no-build]
                               dist, then serve dist/ on http://127.0.0.1:N/ (default 8080)
  sample --format alipay-2023|chase-csv|ofx|wechat-xlsx|camt053|mt940 [--rows N] [--seed S]
                               write a synthetic statement to stdout (default 400 rows, seed 7)
  bench [--quick] [--reps N]   time the wasm pipeline against the JavaScript way and native
                               on synthetic statements (docs/benchmarks.md)
  bench-engines [--reps N]     page-ready time of the built page per engine (Chromium,
                               Firefox ESR, WebKitGTK), from file:// (also the end of bench)
  fuzz [--minutes N] [TARGET...]
                               run the cargo-fuzz targets in fuzz/, N minutes each (default 1)
  test                         the whole gate: fmt, clippy (native, wasm32), native tests,
                               browser tests (Chromium, Firefox), dist + end-to-end tests
                               (Chromium; Firefox ESR and WebKitGTK)
  help                         this text

environment:
  XTASK_WASM_TOOLCHAIN=rustup|debian   use this wasm32 toolchain instead of detecting one
  YEARBOOK_E2E_PORT=N                  the end-to-end tests' server port (default 8765)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("build" | "dist") => no_options(&args[1..]).and_then(|()| dist::dist(&root)),
        Some("serve") => serve::Options::parse(&args[1..]).and_then(|o| serve::serve(&root, &o)),
        Some("bench") => bench::Options::parse(&args[1..]).and_then(|o| bench::run(&root, &o)),
        Some("bench-engines") => bench_engines::parse_reps(&args[1..]).and_then(|reps| {
            let wasm = toolchain::Wasm::ensure(&root)?;
            bench_engines::run(&root, &wasm, reps)
        }),
        Some("fuzz") => fuzz::Options::parse(&args[1..]).and_then(|o| fuzz::run(&root, &o)),
        Some("sample") => sample::Options::parse(&args[1..]).and_then(|o| sample::write(&o)),
        Some("test") => match no_options(&args[1..]).and_then(|()| gate::run(&root)) {
            // The gate has printed its summary, which is the last line a person should see.
            Ok(true) => return ExitCode::SUCCESS,
            Ok(false) => return ExitCode::FAILURE,
            Err(message) => Err(message),
        },
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn no_options(args: &[String]) -> Result<()> {
    match args.first() {
        None => Ok(()),
        Some(arg) => Err(format!("unexpected argument `{arg}`\n\n{USAGE}")),
    }
}

/// The repository root: the parent of this crate's manifest directory, fixed at compile time so
/// that the commands work from any current directory.
fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// Reads the value after a `--flag`, naming the flag when it is missing.
fn flag_value<'a>(flag: &str, value: Option<&'a String>) -> Result<&'a str> {
    value.map(String::as_str).ok_or_else(|| format!("`{flag}` needs a value"))
}
