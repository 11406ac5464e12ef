//! `cargo xtask bench [--quick] [--reps N]`: Yearbook's wasm pipeline against the JavaScript way
//! and against native, on the same synthetic statements, in one run (docs/benchmarks.md).
//!
//! The steps: build the release wasm (with wasm-bindgen's `no-modules` glue, as the page loads
//! it) into `target/bench/pkg`, measure its size raw, gzipped and after binaryen's `wasm-opt -Oz`
//! (from bench/'s npm packages); build the release command line; write the statements (Alipay
//! 2023 and Chase checking CSV at 10k, 100k and 1M rows, OFX and WeChat Pay XLSX at 100k, seed 1;
//! `--quick` stops at 100k), kept between runs under a stamp; then `bench/run.mjs` drives
//! Debian's Chromium and times, alternating, the wasm `Session.read`, the JavaScript baseline (the
//! two CSVs only) and `yearbook report FILE --json` (native: the command line's wall time, file
//! read and JSON output included). Medians are reported; the last line is machine-readable, from the
//! largest Alipay file:
//! `bench: wasm_vs_js=<x> wasm_vs_native=<y> wasm_mb_s=<z> native_mb_s=<w> peak_mem_ratio=<m>`.
//!
//! Nothing here is a test: the machine is shared and noisy, so only the ratios mean much.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::sample::Format;
use crate::toolchain::{self, Wasm};
use crate::{cmd, flag_value, Result};

/// Rows of the statements, smallest first; `--quick` takes the first two.
const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];
/// The formats written at every size of [`SIZES`] (the Alipay file and a bank CSV).
const CSV_FORMATS: [Format; 2] = [Format::Alipay2023, Format::ChaseCsv];
/// The formats written at 100k rows only (wasm and native; no JavaScript baseline).
const OTHER_FORMATS: [Format; 2] = [Format::Ofx, Format::WechatXlsx];
/// The rows of [`OTHER_FORMATS`].
const OTHER_ROWS: usize = 100_000;
/// The file the machine-readable line is computed from: the largest of this prefix.
const SUMMARY_PREFIX: &str = "alipay-";
/// The statements' seed: the same bytes on every run and every machine.
const SEED: u64 = 1;
/// One megabyte, as MB/s counts it (decimal, like file managers and network speeds).
const MB: f64 = 1_000_000.0;

/// Timed repetitions of the files of [`LARGE_BYTES`] or more when `--reps` is not given: the two
/// 1M-row files take most of the run, and the whole must stay under 15 minutes on this machine.
const LARGE_REPS: usize = 3;
/// What counts as a large file for [`LARGE_REPS`] (run.mjs applies it: `--large-reps`).
const LARGE_BYTES: u64 = 50_000_000;

/// Command-line options of `cargo xtask bench`.
#[derive(Debug, PartialEq, Eq)]
pub struct Options {
    quick: bool,
    reps: usize,
    /// Repetitions of the files of [`LARGE_BYTES`] or more: [`LARGE_REPS`], or `--reps`.
    large_reps: usize,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options { quick: false, reps: 0, large_reps: LARGE_REPS };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--quick" => options.quick = true,
                "--reps" => {
                    let value = flag_value("--reps", args.next())?;
                    options.reps = value
                        .parse()
                        .ok()
                        .filter(|&n| n > 0)
                        .ok_or_else(|| format!("--reps: `{value}` is not a positive count"))?;
                }
                other => return Err(format!("bench: unexpected argument `{other}`")),
            }
        }
        if options.reps == 0 {
            options.reps = if options.quick { 3 } else { 5 };
        } else {
            options.large_reps = options.reps;
        }
        Ok(options)
    }

    fn sizes(&self) -> &'static [usize] {
        if self.quick {
            &SIZES[..2]
        } else {
            &SIZES
        }
    }

    /// Every statement of the run, as (format, rows): each CSV format at each size, smallest
    /// first, then the OFX and the XLSX at 100k rows.
    fn inputs(&self) -> Vec<(Format, usize)> {
        let mut inputs: Vec<(Format, usize)> = Vec::new();
        for &rows in self.sizes() {
            inputs.extend(CSV_FORMATS.iter().map(|&format| (format, rows)));
        }
        inputs.extend(OTHER_FORMATS.iter().map(|&format| (format, OTHER_ROWS)));
        inputs
    }
}

pub fn run(root: &Path, options: &Options) -> Result<()> {
    let out = root.join("target/bench");
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let wasm = Wasm::ensure(root)?;
    println!("xtask: wasm32 via {}", wasm.describe());
    let bench_dir = root.join("bench");
    toolchain::ensure_e2e_packages(&bench_dir)?;
    toolchain::ensure_chromium()?;
    let pkg = build_wasm(root, &wasm, &out)?;
    let sizes = wasm_sizes(&bench_dir, &pkg.join("yearbook_bg.wasm"), &out)?;
    cmd::run(
        Command::new("cargo").args(["build", "--release", "--bin", "yearbook"]).current_dir(root),
    )?;
    let cli = root.join("target/release/yearbook");
    let files = options
        .inputs()
        .into_iter()
        .map(|(format, rows)| write_statement(root, &out, format, rows))
        .collect::<Result<Vec<PathBuf>>>()?;

    let mut node = Command::new("node");
    node.arg(bench_dir.join("run.mjs"))
        .arg("--pkg")
        .arg(&pkg)
        .arg("--cli")
        .arg(&cli)
        .args(["--reps", &options.reps.to_string()])
        .args(["--large-reps", &options.large_reps.to_string()])
        .args(["--large-bytes", &LARGE_BYTES.to_string()])
        .args(&files)
        .current_dir(&bench_dir);
    let captured = cmd::run_captured(&mut node)?;
    let results = parse_results(&captured.output)?;
    let summary = summarise(&results)?;
    println!("\n{}", table(&results, &sizes));
    println!("{}", summary.line());
    // Page-ready time per engine (bench_engines.rs).
    crate::bench_engines::run(root, &wasm, crate::bench_engines::DEFAULT_REPS)
}

/// The release wasm and its no-modules glue in `out/pkg` (not `pkg/`, which `dist` owns), built
/// as `dist` builds the page's.
fn build_wasm(root: &Path, wasm: &Wasm, out: &Path) -> Result<PathBuf> {
    toolchain::ensure_wasm_bindgen_cli(root)?;
    let pkg = out.join("pkg");
    crate::dist::build_wasm(root, wasm, &pkg)?;
    Ok(pkg)
}

/// The `.wasm`'s size as built and after `wasm-opt -Oz`, each raw and gzipped (`gzip -9`).
#[derive(Debug, Default)]
struct WasmSizes {
    raw: u64,
    gzipped: u64,
    optimised: Option<(u64, u64)>,
}

fn wasm_sizes(bench_dir: &Path, module: &Path, out: &Path) -> Result<WasmSizes> {
    let raw = fs::metadata(module).map_err(|e| format!("{}: {e}", module.display()))?.len();
    let gzipped = gzip_size(module)?;
    let optimised_path = out.join("yearbook_bg.opt.wasm");
    let mut opt = Command::new(bench_dir.join("node_modules/.bin/wasm-opt"));
    // The features rustc's wasm32 target emits by default; wasm-opt refuses them otherwise.
    opt.args(["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"])
        .args(["--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types"])
        .args(["--enable-multivalue"])
        .arg(module)
        .arg("-o")
        .arg(&optimised_path);
    let optimised = match cmd::run(&mut opt) {
        Ok(()) => {
            let size = fs::metadata(&optimised_path).map(|m| m.len()).unwrap_or(0);
            Some((size, gzip_size(&optimised_path)?))
        }
        Err(message) => {
            println!("xtask: wasm-opt failed, reporting the unoptimised size only: {message}");
            None
        }
    };
    Ok(WasmSizes { raw, gzipped, optimised })
}

fn gzip_size(path: &Path) -> Result<u64> {
    let output = Command::new("gzip")
        .arg("-9")
        .arg("-c")
        .arg(path)
        .output()
        .map_err(|e| format!("cannot run gzip: {e}"))?;
    if !output.status.success() {
        return Err(format!("gzip -9 -c {} failed", path.display()));
    }
    Ok(output.stdout.len() as u64)
}

/// The file name of a statement: `alipay-1000000.csv`, `chase-10000.csv`, `ofx-100000.ofx`,
/// `wechat-100000.xlsx`. run.mjs knows the format by the part before the first `-`.
fn file_name(format: Format, rows: usize) -> String {
    match format {
        Format::Alipay2023 => format!("alipay-{rows}.csv"),
        Format::ChaseCsv => format!("chase-{rows}.csv"),
        Format::Ofx => format!("ofx-{rows}.ofx"),
        Format::WechatXlsx => format!("wechat-{rows}.xlsx"),
    }
}

/// Writes the statement of `rows` rows unless the one there was made by the same generator.
/// Through `cargo run --release -p xtask -- sample`: this xtask is a debug build, which takes
/// minutes over the million rows that the release build writes in seconds.
fn write_statement(root: &Path, out: &Path, format: Format, rows: usize) -> Result<PathBuf> {
    let name = file_name(format, rows);
    let path = out.join(&name);
    let stamp_path = out.join(format!("{name}.stamp"));
    let probe = Sha256::digest(format.bytes(300, SEED));
    let hex: String = probe.iter().map(|b| format!("{b:02x}")).collect();
    let stamp = format!("rows={rows} seed={SEED} generator={hex}\n");
    if path.is_file() && fs::read_to_string(&stamp_path).ok().as_deref() == Some(stamp.as_str()) {
        return Ok(path);
    }
    println!("xtask: writing the {rows}-row {} statement (kept for later runs)", format.name());
    let file =
        fs::File::create(&path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    let mut sample = Command::new("cargo");
    sample
        .args(["run", "--quiet", "--release", "-p", "xtask", "--", "sample"])
        .args(["--format", format.name(), "--rows", &rows.to_string()])
        .args(["--seed", &SEED.to_string()])
        .current_dir(root)
        .stdout(file);
    cmd::run(&mut sample)?;
    fs::write(&stamp_path, stamp)
        .map_err(|e| format!("cannot write {}: {e}", stamp_path.display()))?;
    Ok(path)
}

/// One `result` line of run.mjs: one file through one pipeline.
#[derive(Debug, Clone, PartialEq)]
struct Measured {
    file: String,
    pipeline: String,
    bytes: u64,
    rows: u64,
    /// Milliseconds of each timed repetition.
    ms: Vec<f64>,
    /// Peak memory in bytes: wasm linear memory, JS heap growth or process RSS.
    memory: u64,
    /// Anything else on the line (`wasm_spending`, `js_spending`).
    extra: Vec<(String, String)>,
}

impl Measured {
    fn median_ms(&self) -> f64 {
        median(&self.ms)
    }

    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / MB / (self.median_ms() / 1000.0)
    }

    fn rows_per_s(&self) -> f64 {
        self.rows as f64 / (self.median_ms() / 1000.0)
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

fn parse_results(output: &str) -> Result<Vec<Measured>> {
    let mut results = Vec::new();
    for line in output.lines() {
        let Some(rest) = line.strip_prefix("result\t") else { continue };
        let mut measured = Measured {
            file: String::new(),
            pipeline: String::new(),
            bytes: 0,
            rows: 0,
            ms: Vec::new(),
            memory: 0,
            extra: Vec::new(),
        };
        for field in rest.split('\t') {
            let (key, value) =
                field.split_once('=').ok_or_else(|| format!("run.mjs: bad field `{field}`"))?;
            let number = || value.parse::<u64>().map_err(|_| format!("run.mjs: `{field}`"));
            match key {
                "file" => measured.file = value.to_string(),
                "pipeline" => measured.pipeline = value.to_string(),
                "bytes" => measured.bytes = number()?,
                "rows" => measured.rows = number()?,
                "memory" => measured.memory = number()?,
                "ms" => {
                    measured.ms = value
                        .split(',')
                        .filter(|v| !v.is_empty())
                        .map(|v| v.parse::<f64>().map_err(|_| format!("run.mjs: `{field}`")))
                        .collect::<Result<_>>()?
                }
                _ => measured.extra.push((key.to_string(), value.to_string())),
            }
        }
        results.push(measured);
    }
    if results.is_empty() {
        return Err("run.mjs printed no results".into());
    }
    Ok(results)
}

fn find<'a>(results: &'a [Measured], file: &str, pipeline: &str) -> Result<&'a Measured> {
    results
        .iter()
        .find(|m| m.file == file && m.pipeline == pipeline)
        .ok_or_else(|| format!("run.mjs gave no {pipeline} result for {file}"))
}

/// The ratios of the largest Alipay statement, for the machine-readable line.
#[derive(Debug, PartialEq)]
struct Summary {
    wasm_vs_js: f64,
    wasm_vs_native: f64,
    wasm_mb_s: f64,
    native_mb_s: f64,
    peak_mem_ratio: f64,
}

impl Summary {
    fn line(&self) -> String {
        format!(
            "bench: wasm_vs_js={:.2} wasm_vs_native={:.2} wasm_mb_s={:.1} native_mb_s={:.1} peak_mem_ratio={:.2}",
            self.wasm_vs_js, self.wasm_vs_native, self.wasm_mb_s, self.native_mb_s, self.peak_mem_ratio
        )
    }
}

/// `wasm_vs_js`: how many times faster wasm is than the JavaScript way (> 1 is faster);
/// `wasm_vs_native`: how many times slower wasm is than native (1.5 is the target's limit);
/// `peak_mem_ratio`: wasm's peak linear memory over the file's size. All on the largest Alipay
/// file (the 1M-row one in a full run), whatever else was measured.
fn summarise(results: &[Measured]) -> Result<Summary> {
    let largest = results
        .iter()
        .filter(|m| m.file.starts_with(SUMMARY_PREFIX))
        .max_by_key(|m| m.bytes)
        .ok_or("no Alipay statement among the results")?;
    let wasm = find(results, &largest.file, "wasm")?;
    let js = find(results, &largest.file, "js")?;
    let native = find(results, &largest.file, "native")?;
    Ok(Summary {
        wasm_vs_js: js.median_ms() / wasm.median_ms(),
        wasm_vs_native: wasm.median_ms() / native.median_ms(),
        wasm_mb_s: wasm.mb_per_s(),
        native_mb_s: native.mb_per_s(),
        peak_mem_ratio: wasm.memory as f64 / wasm.bytes as f64,
    })
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn kib(bytes: u64) -> String {
    format!("{:.0} KiB", bytes as f64 / 1024.0)
}

fn table(results: &[Measured], sizes: &WasmSizes) -> String {
    let mut files: Vec<(&str, u64)> = Vec::new();
    for m in results {
        if !files.iter().any(|(f, _)| *f == m.file) {
            files.push((&m.file, m.bytes));
        }
    }
    let mut text = format!(
        "{:<22} {:>9} {:>9} {:<8} {:>10} {:>8} {:>11} {:>12} {:>6}\n",
        "file", "rows", "MB", "pipeline", "median ms", "MB/s", "rows/s", "peak memory", "×file"
    );
    for (file, bytes) in &files {
        for (pipeline, memory_kind) in [("wasm", "linear"), ("js", "JS heap"), ("native", "RSS")] {
            let Ok(m) = find(results, file, pipeline) else { continue };
            text.push_str(&format!(
                "{:<22} {:>9} {:>9.1} {:<8} {:>10.1} {:>8.1} {:>11.0} {:>12} {:>6.2}  ({memory_kind})\n",
                file,
                m.rows,
                *bytes as f64 / MB,
                pipeline,
                m.median_ms(),
                m.mb_per_s(),
                m.rows_per_s(),
                mib(m.memory),
                m.memory as f64 / *bytes as f64,
            ));
        }
        let ratio = |a: &str, b: &str| -> Option<f64> {
            Some(
                find(results, file, a).ok()?.median_ms() / find(results, file, b).ok()?.median_ms(),
            )
        };
        let charts = find(results, file, "charts").ok();
        let against_js = match ratio("js", "wasm") {
            Some(x) => format!("wasm is {x:.2}× faster than JS"),
            None => "no JS baseline for this format".to_string(),
        };
        text.push_str(&format!(
            "{:<22} {against_js}, {:.2}× the time of native; {} charts drawn in {:.1} ms\n",
            "",
            ratio("wasm", "native").unwrap_or(f64::NAN),
            charts.map_or(0, |c| c.rows),
            charts.map_or(f64::NAN, Measured::median_ms),
        ));
        if let Ok(check) = find(results, file, "check") {
            let get =
                |k: &str| check.extra.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
            let yearbook = get("wasm_spending").unwrap_or("?");
            text.push_str(&match get("js_spending") {
                Some(js) => format!(
                    "{:<22} spending (minor units): Yearbook {yearbook}, JS baseline {js} (the baseline classifies less)\n",
                    ""
                ),
                None => format!("{:<22} spending (minor units): Yearbook {yearbook}\n", ""),
            });
        }
    }
    text.push_str(&format!(
        "\n.wasm: {} raw, {} gzipped (gzip -9)",
        kib(sizes.raw),
        kib(sizes.gzipped)
    ));
    match sizes.optimised {
        Some((raw, gzipped)) => text.push_str(&format!(
            "; after wasm-opt -Oz: {} raw, {} gzipped\n",
            kib(raw),
            kib(gzipped)
        )),
        None => text.push_str("; wasm-opt did not run\n"),
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn options_default_to_five_reps_or_three_when_quick() {
        assert_eq!(Options::parse(&[]), Ok(Options { quick: false, reps: 5, large_reps: 3 }));
        let quick = Options::parse(&args(&["--quick"])).unwrap();
        assert_eq!((quick.reps, quick.sizes()), (3, &SIZES[..2]));
        let seven = Options::parse(&args(&["--reps", "7"])).unwrap();
        assert_eq!((seven.reps, seven.large_reps), (7, 7), "--reps applies to every file");
        assert!(Options::parse(&args(&["--reps", "0"])).is_err());
        assert!(Options::parse(&args(&["--fast"])).is_err());
    }

    #[test]
    fn inputs_are_both_csv_formats_at_every_size_then_ofx_and_xlsx_at_100k() {
        let names = |options: &Options| -> Vec<String> {
            options.inputs().into_iter().map(|(f, rows)| file_name(f, rows)).collect()
        };
        let quick = Options::parse(&args(&["--quick"])).unwrap();
        assert_eq!(
            names(&quick),
            [
                "alipay-10000.csv",
                "chase-10000.csv",
                "alipay-100000.csv",
                "chase-100000.csv",
                "ofx-100000.ofx",
                "wechat-100000.xlsx"
            ]
        );
        let full = names(&Options::parse(&[]).unwrap());
        assert_eq!(full.len(), 8);
        assert_eq!(full[4..6], ["alipay-1000000.csv", "chase-1000000.csv"]);
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&[5.0, 1.0, 3.0]), 3.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn results_give_the_machine_readable_line_of_the_largest_alipay_file() {
        // chase-big.csv is larger, but the line keeps its meaning: the largest Alipay file.
        let output = "noise\n\
            result\tfile=alipay-a.csv\tpipeline=wasm\tbytes=1000000\trows=10\tms=100.000,300.000,200.000\tmemory=4000000\n\
            result\tfile=alipay-b.csv\tpipeline=wasm\tbytes=10000000\trows=100\tms=1000.000\tmemory=15000000\n\
            result\tfile=alipay-b.csv\tpipeline=js\tbytes=10000000\trows=100\tms=4000.000\tmemory=9\n\
            result\tfile=alipay-b.csv\tpipeline=native\tbytes=10000000\trows=100\tms=800.000\tmemory=9\n\
            result\tfile=alipay-b.csv\tpipeline=check\tbytes=10000000\trows=100\tms=\tmemory=0\twasm_spending=7\tjs_spending=8\n\
            result\tfile=chase-big.csv\tpipeline=wasm\tbytes=90000000\trows=100\tms=10.000\tmemory=1\n\
            result\tfile=chase-big.csv\tpipeline=native\tbytes=90000000\trows=100\tms=10.000\tmemory=1\n";
        let results = parse_results(output).unwrap();
        assert_eq!(results.len(), 7);
        assert_eq!(results[0].median_ms(), 200.0);
        assert_eq!(results[4].extra[1], ("js_spending".to_string(), "8".to_string()));
        let summary = summarise(&results).unwrap();
        // alipay-b.csv: 10 MB in 1 s = 10 MB/s; native 10 MB in 0.8 s = 12.5 MB/s; 15 MB of 10 MB.
        assert_eq!(
            summary.line(),
            "bench: wasm_vs_js=4.00 wasm_vs_native=1.25 wasm_mb_s=10.0 native_mb_s=12.5 peak_mem_ratio=1.50"
        );
        let printed = table(&results, &WasmSizes::default());
        assert!(printed.contains("wasm is 4.00× faster than JS, 1.25× the time of native"));
        assert!(printed.contains("no JS baseline for this format, 1.00× the time of native"));
        assert!(parse_results("nothing\n").is_err());
        assert!(parse_results("result\tfile=a\tbytes=x\n").is_err());
    }
}
