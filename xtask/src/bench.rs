//! `cargo xtask bench [--quick] [--reps N]`: Yearbook's wasm pipeline against the fastest
//! JavaScript ways, DuckDB-wasm and native, on the same synthetic statements, in one run
//! (docs/benchmarks.md).
//!
//! The steps: build the release wasm (with wasm-bindgen's `no-modules` glue, as the page loads
//! it) into `target/bench/pkg`, measure its size raw, gzipped and after binaryen's `wasm-opt -Oz`
//! (from bench/'s npm packages); build the release command line; write the statements (Alipay
//! 2023 and Chase checking CSV at 10k, 100k and 1M rows; OFX, camt.053, MT940 and WeChat Pay
//! XLSX at 100k; seed 1; `--quick` stops at 100k), kept between runs under a stamp; then
//! `bench/run.mjs` drives Debian's Chromium: page ready, then per file, alternating, the wasm
//! `Session.read`, the JavaScript ways (PapaParse, uDSV, d3-dsv for the CSVs, SheetJS for the
//! XLSX), DuckDB-wasm (the CSVs; its instantiation apart) and `yearbook report FILE --json`
//! (native: the command line's wall time, file read and JSON output included). Medians are
//! reported; the last line is machine-readable (see [`Summary`]):
//! `bench: wasm_vs_best_js=… wasm_vs_native=… native_mb_s=… peak_mem_ratio=… wasm_gz_kb=… ready_ms=…`.
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
/// The formats written at 100k rows only (wasm and native; SheetJS for the XLSX).
const OTHER_FORMATS: [Format; 4] =
    [Format::Ofx, Format::Camt053, Format::Mt940, Format::WechatXlsx];
/// The rows of [`OTHER_FORMATS`].
const OTHER_ROWS: usize = 100_000;
/// The CSV statements, by file name prefix (the ones `wasm_vs_best_js` and `native_mb_s` read).
const CSV_PREFIXES: [&str; 2] = ["alipay-", "chase-"];
/// The fewest rows of a CSV file that `wasm_vs_best_js` counts (the issue: "100k rows and more").
const BEST_JS_MIN_ROWS: u64 = 100_000;
/// The JavaScript ways, fastest-first candidates for `wasm_vs_best_js` (DuckDB-wasm, the SQL way,
/// is shown beside them but is not "JavaScript").
const JS_PIPELINES: [&str; 4] = ["papaparse", "udsv", "d3-dsv", "sheetjs"];
/// Every pipeline of a file in the table's order, with what its memory column measures.
const PIPELINES: [(&str, &str); 7] = [
    ("wasm", "linear"),
    ("native", "RSS"),
    ("papaparse", "JS heap"),
    ("udsv", "JS heap"),
    ("d3-dsv", "JS heap"),
    ("sheetjs", "JS heap"),
    ("duckdb", "not measured"),
];
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
    let summary = summarise(&results, &sizes)?;
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
/// `camt-100000.xml`, `mt940-100000.sta`, `wechat-100000.xlsx`. run.mjs knows the format by the
/// part before the first `-`.
fn file_name(format: Format, rows: usize) -> String {
    match format {
        Format::Alipay2023 => format!("alipay-{rows}.csv"),
        Format::ChaseCsv => format!("chase-{rows}.csv"),
        Format::Ofx => format!("ofx-{rows}.ofx"),
        Format::WechatXlsx => format!("wechat-{rows}.xlsx"),
        Format::Camt053 => format!("camt-{rows}.xml"),
        Format::Mt940 => format!("mt940-{rows}.sta"),
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

/// The machine-readable line's numbers (the definitions).
#[derive(Debug, PartialEq)]
struct Summary {
    /// The smallest, over the CSV files of [`BEST_JS_MIN_ROWS`] rows or more, of the fastest
    /// JavaScript way's median over wasm's (> 1: wasm is faster).
    wasm_vs_best_js: f64,
    /// The largest, over every file, of wasm's median over native's.
    wasm_vs_native: f64,
    /// The smallest native MB/s over the CSV files.
    native_mb_s: f64,
    /// The largest wasm peak linear memory over the file's size, over the text formats (all
    /// but the XLSX).
    peak_mem_ratio: f64,
    /// `gzip -9` of the shipped `.wasm`, KiB.
    wasm_gz_kb: f64,
    /// Page ready (ready.html), median ms.
    ready_ms: f64,
}

impl Summary {
    fn line(&self) -> String {
        format!(
            "bench: wasm_vs_best_js={:.2} wasm_vs_native={:.2} native_mb_s={:.1} peak_mem_ratio={:.2} wasm_gz_kb={:.0} ready_ms={:.0}",
            self.wasm_vs_best_js,
            self.wasm_vs_native,
            self.native_mb_s,
            self.peak_mem_ratio,
            self.wasm_gz_kb,
            self.ready_ms
        )
    }
}

fn is_csv(file: &str) -> bool {
    CSV_PREFIXES.iter().any(|p| file.starts_with(p))
}

/// The fastest JavaScript way's result for `file`, if it had any.
fn fastest_js<'a>(results: &'a [Measured], file: &str) -> Option<&'a Measured> {
    JS_PIPELINES
        .iter()
        .filter_map(|p| find(results, file, p).ok())
        .min_by(|a, b| a.median_ms().total_cmp(&b.median_ms()))
}

fn summarise(results: &[Measured], sizes: &WasmSizes) -> Result<Summary> {
    let wasm: Vec<&Measured> = results.iter().filter(|m| m.pipeline == "wasm").collect();
    if wasm.is_empty() {
        return Err("run.mjs gave no wasm result".into());
    }
    let fold = |values: Vec<f64>, pick: fn(f64, f64) -> f64| -> f64 {
        values.into_iter().reduce(pick).unwrap_or(f64::NAN)
    };
    let best_js = wasm
        .iter()
        .filter(|w| is_csv(&w.file) && w.rows >= BEST_JS_MIN_ROWS)
        .filter_map(|w| Some(fastest_js(results, &w.file)?.median_ms() / w.median_ms()))
        .collect();
    let vs_native = wasm
        .iter()
        .map(|w| Ok(w.median_ms() / find(results, &w.file, "native")?.median_ms()))
        .collect::<Result<Vec<f64>>>()?;
    let native_mb_s = results
        .iter()
        .filter(|m| m.pipeline == "native" && is_csv(&m.file))
        .map(Measured::mb_per_s)
        .collect();
    let peak = wasm
        .iter()
        .filter(|w| !w.file.ends_with(".xlsx"))
        .map(|w| w.memory as f64 / w.bytes as f64)
        .collect();
    Ok(Summary {
        wasm_vs_best_js: fold(best_js, f64::min),
        wasm_vs_native: fold(vs_native, f64::max),
        native_mb_s: fold(native_mb_s, f64::min),
        peak_mem_ratio: fold(peak, f64::max),
        wasm_gz_kb: sizes.gzipped as f64 / 1024.0,
        ready_ms: results
            .iter()
            .find(|m| m.pipeline == "ready")
            .map_or(f64::NAN, Measured::median_ms),
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
        if m.pipeline != "ready" && !files.iter().any(|(f, _)| *f == m.file) {
            files.push((&m.file, m.bytes));
        }
    }
    let mut text = format!(
        "{:<22} {:>9} {:>9} {:<10} {:>10} {:>8} {:>11} {:>12} {:>6}\n",
        "file", "rows", "MB", "pipeline", "median ms", "MB/s", "rows/s", "peak memory", "×file"
    );
    for (file, bytes) in &files {
        for (pipeline, memory_kind) in PIPELINES {
            let Ok(m) = find(results, file, pipeline) else { continue };
            text.push_str(&format!(
                "{:<22} {:>9} {:>9.1} {:<10} {:>10.1} {:>8.1} {:>11.0} {:>12} {:>6.2}  ({memory_kind})\n",
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
        let wasm_ms = find(results, file, "wasm").map_or(f64::NAN, Measured::median_ms);
        let native = find(results, file, "native").map_or(f64::NAN, Measured::median_ms);
        let charts = find(results, file, "charts").ok();
        let against_js = match fastest_js(results, file) {
            Some(js) => format!(
                "wasm is {:.2}× faster than the fastest JavaScript way ({})",
                js.median_ms() / wasm_ms,
                js.pipeline
            ),
            None => "no JavaScript way for this format".to_string(),
        };
        text.push_str(&format!(
            "{:<22} {against_js}, {:.2}× the time of native; {} charts drawn in {:.1} ms\n",
            "",
            wasm_ms / native,
            charts.map_or(0, |c| c.rows),
            charts.map_or(f64::NAN, Measured::median_ms),
        ));
        if let (Ok(duckdb), Ok(init)) =
            (find(results, file, "duckdb"), find(results, file, "duckdb-init"))
        {
            text.push_str(&format!(
                "{:<22} DuckDB-wasm: wasm is {:.2}× faster; its instantiation took {:.0} ms more\n",
                "",
                duckdb.median_ms() / wasm_ms,
                init.median_ms(),
            ));
        }
        if let Ok(check) = find(results, file, "check") {
            let spending: Vec<String> = check
                .extra
                .iter()
                .filter_map(|(k, v)| {
                    let name = k.strip_suffix("_spending")?;
                    Some(format!("{} {v}", if name == "wasm" { "Yearbook" } else { name }))
                })
                .collect();
            text.push_str(&format!("{:<22} spending (minor units): {}\n", "", spending.join(", ")));
        }
    }
    if let Ok(ready) = find(results, "(page)", "ready") {
        text.push_str(&format!(
            "\npage ready (wasm compiled and instantiated, a worker instantiated): {:.0} ms (median of {})\n",
            ready.median_ms(),
            ready.ms.len()
        ));
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
    fn inputs_are_both_csv_formats_at_every_size_then_the_others_at_100k() {
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
                "camt-100000.xml",
                "mt940-100000.sta",
                "wechat-100000.xlsx"
            ]
        );
        let full = names(&Options::parse(&[]).unwrap());
        assert_eq!(full.len(), 10);
        assert_eq!(full[4..6], ["alipay-1000000.csv", "chase-1000000.csv"]);
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&[5.0, 1.0, 3.0]), 3.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn results_give_the_machine_readable_line_over_every_file() {
        // alipay-a.csv has fewer than 100k rows: it does not count for wasm_vs_best_js, but it
        // counts for wasm_vs_native (max), native_mb_s (min) and peak_mem_ratio (max).
        let output = "noise\n\
            result\tfile=(page)\tpipeline=ready\tbytes=0\trows=0\tms=900.000,700.000,800.000\tmemory=0\n\
            result\tfile=alipay-a.csv\tpipeline=wasm\tbytes=1000000\trows=10\tms=100.000,300.000,200.000\tmemory=4000000\n\
            result\tfile=alipay-a.csv\tpipeline=udsv\tbytes=1000000\trows=10\tms=20.000\tmemory=9\n\
            result\tfile=alipay-a.csv\tpipeline=native\tbytes=1000000\trows=10\tms=100.000\tmemory=9\n\
            result\tfile=alipay-b.csv\tpipeline=wasm\tbytes=10000000\trows=100000\tms=1000.000\tmemory=15000000\n\
            result\tfile=alipay-b.csv\tpipeline=papaparse\tbytes=10000000\trows=100000\tms=4000.000\tmemory=9\n\
            result\tfile=alipay-b.csv\tpipeline=udsv\tbytes=10000000\trows=100000\tms=3000.000\tmemory=9\n\
            result\tfile=alipay-b.csv\tpipeline=duckdb\tbytes=10000000\trows=100000\tms=500.000\tmemory=0\n\
            result\tfile=alipay-b.csv\tpipeline=duckdb-init\tbytes=10000000\trows=0\tms=1200.000\tmemory=0\n\
            result\tfile=alipay-b.csv\tpipeline=native\tbytes=10000000\trows=100000\tms=800.000\tmemory=9\n\
            result\tfile=alipay-b.csv\tpipeline=check\tbytes=10000000\trows=100000\tms=\tmemory=0\twasm_spending=7\tudsv_spending=8\n\
            result\tfile=chase-b.csv\tpipeline=wasm\tbytes=5000000\trows=100000\tms=100.000\tmemory=5000000\n\
            result\tfile=chase-b.csv\tpipeline=d3-dsv\tbytes=5000000\trows=100000\tms=250.000\tmemory=9\n\
            result\tfile=chase-b.csv\tpipeline=native\tbytes=5000000\trows=100000\tms=50.000\tmemory=9\n\
            result\tfile=wechat-b.xlsx\tpipeline=wasm\tbytes=1000000\trows=100000\tms=100.000\tmemory=50000000\n\
            result\tfile=wechat-b.xlsx\tpipeline=sheetjs\tbytes=1000000\trows=100000\tms=50.000\tmemory=9\n\
            result\tfile=wechat-b.xlsx\tpipeline=native\tbytes=1000000\trows=100000\tms=100.000\tmemory=9\n";
        let results = parse_results(output).unwrap();
        assert_eq!(results.len(), 17);
        assert_eq!(results[1].median_ms(), 200.0);
        assert_eq!(results[10].extra[1], ("udsv_spending".to_string(), "8".to_string()));
        let sizes = WasmSizes { raw: 0, gzipped: 512_000, optimised: None };
        let summary = summarise(&results, &sizes).unwrap();
        // best JS: alipay-b 3000/1000 = 3.0 (uDSV; DuckDB is not JavaScript), chase-b 250/100 =
        // 2.5 (the XLSX is not a CSV); wasm/native max: chase-b 2.0; native MB/s min: alipay-a
        // 1 MB in 0.1 s = 10; peak: alipay-a 4.0 (the XLSX's 50 is not a text format).
        assert_eq!(
            summary.line(),
            "bench: wasm_vs_best_js=2.50 wasm_vs_native=2.00 native_mb_s=10.0 peak_mem_ratio=4.00 wasm_gz_kb=500 ready_ms=800"
        );
        let printed = table(&results, &sizes);
        assert!(printed.contains(
            "wasm is 3.00× faster than the fastest JavaScript way (udsv), 1.25× the time of native"
        ));
        assert!(printed
            .contains("DuckDB-wasm: wasm is 0.50× faster; its instantiation took 1200 ms more"));
        assert!(printed.contains("spending (minor units): Yearbook 7, udsv 8"));
        assert!(printed.contains("wasm is 0.50× faster than the fastest JavaScript way (sheetjs)"));
        assert!(printed.contains("page ready (wasm compiled and instantiated, a worker instantiated): 800 ms (median of 3)"));
        assert!(parse_results("nothing\n").is_err());
        assert!(parse_results("result\tfile=a\tbytes=x\n").is_err());
    }
}
