//! Helpers shared by the native integration tests: the expected-dump format, the `check`
//! helper that compares against committed files (`UPDATE_EXPECT=1` rewrites them), and access
//! to the real sample files in `../shared/samples/`, which are read from there, never copied.

#![allow(dead_code)] // each test binary uses a different subset of these helpers

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use yearbook::money::format_minor;
use yearbook::{Error, FileRead, Input, Options, Report, Transaction};

/// One file read alone through [`yearbook::read`]: its outcome, and its rows (the batch's).
#[derive(Debug)]
pub struct One {
    /// What the file yielded.
    pub file: FileRead,
    /// Its rows.
    pub transactions: Vec<Transaction>,
}

impl std::ops::Deref for One {
    type Target = FileRead;
    fn deref(&self) -> &FileRead {
        &self.file
    }
}

/// The `index`-th file of a batch with a copy of its rows, as [`read_one`] gives one file.
pub fn file_of(batch: &yearbook::Batch, index: usize) -> Result<One, Error> {
    let file = batch.files.get(index).expect("a file of the batch").clone()?;
    Ok(One { transactions: batch.rows(&file).to_vec(), file })
}

/// [`read_one_with`], asserting the crate's invariants over the outcome
/// ([`yearbook::Batch::check_invariants`]): what every robustness test checks on any input.
pub fn read_checked(bytes: &[u8], name: &str, options: &Options) -> Result<One, Error> {
    let mut batch = yearbook::read([Input::new(name, bytes).with_options(options)]);
    if let Err(broken) = batch.check_invariants() {
        panic!("{name}: {broken}");
    }
    let file = batch.files.pop().expect("one outcome for one file")?;
    Ok(One { file, transactions: batch.transactions })
}

/// Reads one file alone, with no choices made.
pub fn read_one(bytes: &[u8], name: &str) -> Result<One, Error> {
    read_one_with(bytes, name, Options::none())
}

/// Reads one file alone, with the person's choices.
pub fn read_one_with(bytes: &[u8], name: &str, options: &Options) -> Result<One, Error> {
    let mut batch = yearbook::read([Input::new(name, bytes).with_options(options)]);
    let file = batch.files.pop().expect("one outcome for one file")?;
    Ok(One { file, transactions: batch.transactions })
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One line per transaction, then one per warning, then the report's headline.
pub fn dump(result: &Result<One, yearbook::Error>) -> String {
    let mut out = String::new();
    let parsed = match result {
        Ok(parsed) => parsed,
        Err(error) => {
            let _ = writeln!(out, "error: {error}");
            return out;
        }
    };
    let _ = writeln!(out, "source: {:?}, rows seen: {}", parsed.source, parsed.rows_seen);
    for t in &parsed.transactions {
        let _ = writeln!(
            out,
            "row {} | {} | {:?} {} | {:?} {:?} | spending {} | {} | {} | {}",
            t.row,
            t.time.format("%Y-%m-%d %H:%M:%S"),
            t.direction,
            format_minor(t.amount.minor, 2),
            t.kind,
            t.category,
            format_minor(t.spending_minor(), 2),
            t.counterparty,
            t.description,
            t.reason
        );
    }
    for warning in &parsed.warnings {
        let _ = writeln!(out, "warning: {warning}");
    }
    if let Some(report) = Report::build(&parsed.transactions, None) {
        let totals = report.totals();
        let _ = writeln!(
            out,
            "report {}: spending {} in {} payments, income {}",
            report.year,
            format_minor(totals.spending, 2),
            totals.payments,
            format_minor(totals.income, 2)
        );
    }
    out
}

/// Compares `actual` with the committed file at `expected_path`; `UPDATE_EXPECT=1` rewrites it.
pub fn check_text(actual: &str, expected_path: &Path) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(expected_path, actual).expect("write expected file");
        return;
    }
    let expected = std::fs::read_to_string(expected_path).unwrap_or_else(|_| {
        panic!("missing {}; run with UPDATE_EXPECT=1 to create it", expected_path.display())
    });
    if expected != actual {
        let out =
            root().join("target/expect-actual").join(expected_path.file_name().unwrap_or_default());
        let _ = std::fs::create_dir_all(out.parent().unwrap_or(Path::new(".")));
        let _ = std::fs::write(&out, actual);
        panic!(
            "{} differs from the actual output (written to {}); diff them, and if the change is right rerun with UPDATE_EXPECT=1\n--- expected\n{expected}\n--- actual\n{actual}",
            expected_path.display(),
            out.display()
        );
    }
}

/// A real sample under `../shared/samples/`, or `None` when the folder is absent, which every
/// real-sample test reads through: each skipped sample is counted and printed (to the terminal,
/// past the test harness's capture), and under `CI=true` a missing folder fails the test
/// instead. A sample missing from a folder that is there always fails: the test names a file
/// that does not exist.
pub fn sample(relative: &str) -> Option<Vec<u8>> {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    sample_in(&root().join("../shared/samples"), relative, ci)
}

/// [`sample`] from `folder`, `ci` saying whether a missing folder fails.
pub fn sample_in(folder: &Path, relative: &str, ci: bool) -> Option<Vec<u8>> {
    let path = folder.join(relative);
    if folder.is_dir() {
        return Some(
            std::fs::read(&path).unwrap_or_else(|e| {
                panic!("the real sample {} cannot be read: {e}", path.display())
            }),
        );
    }
    assert!(!ci, "CI=true but {} is absent: the real-sample tests cannot run", folder.display());
    static SKIPPED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let skipped = SKIPPED.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
    // Straight to stderr: `eprintln!` would be captured and shown only if the test failed.
    let _ = writeln!(
        std::io::stderr(),
        "skipped real sample {skipped} of this test binary: {relative} ({} is absent)",
        folder.display()
    );
    None
}

/// SplitMix64, so the mutation tests make the same mutants on every run.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `seed` with one to eight random edits: a byte changed, removed, or inserted from `alphabet`
/// (bytes that mean something to the format), a cut, or a chunk copied elsewhere.
pub fn mutant(rng: &mut Rng, seed: &[u8], alphabet: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..1 + rng.below(8) {
        if bytes.is_empty() {
            break;
        }
        let at = rng.below(bytes.len());
        match rng.below(5) {
            0 => bytes[at] = rng.next() as u8,
            1 => {
                bytes.remove(at);
            }
            2 => bytes.insert(at, alphabet[rng.below(alphabet.len())]),
            3 => bytes.truncate(at),
            _ => {
                let len = rng.below(64).min(bytes.len() - at);
                let chunk = bytes[at..at + len].to_vec();
                let to = rng.below(bytes.len());
                bytes.splice(to..to, chunk);
            }
        }
    }
    bytes
}

/// The parts of a ZIP archive, in order.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("an entry");
            let mut data = Vec::new();
            file.read_to_end(&mut data).expect("readable");
            (file.name().to_string(), data)
        })
        .collect()
}

/// A ZIP archive of `parts`, stored without compression.
pub fn rezip(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in parts {
        writer.start_file(name.as_str(), options).expect("start");
        writer.write_all(data).expect("write");
    }
    writer.finish().expect("finish").into_inner()
}

/// The signed sum of `transactions` per currency code, for checking a sample against sums worked
/// out by hand.
pub fn sums_by_currency(
    transactions: &[yearbook::Transaction],
) -> std::collections::BTreeMap<String, i64> {
    let mut sums = std::collections::BTreeMap::new();
    for t in transactions {
        *sums.entry(t.amount.currency.to_string()).or_default() += t.signed_minor();
    }
    sums
}

/// The first and last dates of `transactions` (`YYYY-MM-DD`), `None` when there are none.
pub fn date_span(transactions: &[yearbook::Transaction]) -> Option<(String, String)> {
    let dates: Vec<String> =
        transactions.iter().map(|t| t.time.format("%Y-%m-%d").to_string()).collect();
    dates.iter().min().cloned().zip(dates.iter().max().cloned())
}
