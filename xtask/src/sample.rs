//! `cargo xtask sample`: writes a synthetic statement, byte for byte as a person would download it,
//! to stdout (and the end-to-end fixtures to disk).

use std::io::Write;
use std::path::Path;

use crate::{flag_value, Result};

/// The statement formats `sample` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Alipay's 2023 CSV export, GB18030-encoded.
    Alipay2023,
}

impl Format {
    fn parse(name: &str) -> Result<Format> {
        match name {
            "alipay-2023" => Ok(Format::Alipay2023),
            other => Err(format!("unknown sample format `{other}` (known: alipay-2023)")),
        }
    }

    /// The statement's bytes: deterministic for a given row count and seed.
    pub fn bytes(self, rows: usize, seed: u64) -> Vec<u8> {
        match self {
            Format::Alipay2023 => yearbook::sample::alipay_2023(rows, seed),
        }
    }
}

/// Command-line options of `cargo xtask sample`.
pub struct Options {
    format: Format,
    rows: usize,
    seed: u64,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options> {
        let mut format = None;
        let mut rows = 400;
        let mut seed = 7;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--format" => format = Some(Format::parse(flag_value("--format", args.next())?)?),
                "--rows" => {
                    let value = flag_value("--rows", args.next())?;
                    rows =
                        value.parse().map_err(|_| format!("--rows: `{value}` is not a count"))?;
                }
                "--seed" => {
                    let value = flag_value("--seed", args.next())?;
                    seed =
                        value.parse().map_err(|_| format!("--seed: `{value}` is not a number"))?;
                }
                other => return Err(format!("sample: unexpected argument `{other}`")),
            }
        }
        let format = format.ok_or("sample: `--format alipay-2023` is required")?;
        Ok(Options { format, rows, seed })
    }
}

pub fn write(options: &Options) -> Result<()> {
    let bytes = options.format.bytes(options.rows, options.seed);
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(&bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| format!("cannot write the sample to stdout: {e}"))
}

/// Writes the end-to-end fixtures into `dir` (created if needed).
pub fn write_e2e_fixtures(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join("alipay-2023.csv");
    std::fs::write(&path, Format::Alipay2023.bytes(400, 7))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}
