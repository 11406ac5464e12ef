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
    /// Chase's checking-account CSV download, UTF-8.
    ChaseCsv,
    /// An OFX 1.02 SGML bank statement of the same kind of account.
    Ofx,
    /// WeChat Pay's XLSX export, 2026 layout.
    WechatXlsx,
    /// An ISO 20022 camt.053 statement of the same account as the Chase CSV.
    Camt053,
    /// An MT940 file of the same account as the Chase CSV.
    Mt940,
}

impl Format {
    /// The names `--format` takes.
    pub const NAMES: &'static str = "alipay-2023, chase-csv, ofx, wechat-xlsx, camt053, mt940";

    pub fn parse(name: &str) -> Result<Format> {
        match name {
            "alipay-2023" => Ok(Format::Alipay2023),
            "chase-csv" => Ok(Format::ChaseCsv),
            "ofx" => Ok(Format::Ofx),
            "wechat-xlsx" => Ok(Format::WechatXlsx),
            "camt053" => Ok(Format::Camt053),
            "mt940" => Ok(Format::Mt940),
            other => Err(format!("unknown sample format `{other}` (known: {})", Format::NAMES)),
        }
    }

    /// The statement's bytes: deterministic for a given row count and seed.
    pub fn bytes(self, rows: usize, seed: u64) -> Vec<u8> {
        match self {
            Format::Alipay2023 => yearbook::sample::alipay_2023(rows, seed),
            Format::ChaseCsv => yearbook_samples::chase_checking(rows, seed),
            Format::Ofx => yearbook_samples::ofx_statement(rows, seed),
            Format::WechatXlsx => yearbook_samples::wechat_xlsx(rows, seed),
            Format::Camt053 => yearbook_samples::camt053_statement(rows, seed),
            Format::Mt940 => yearbook_samples::mt940_statement(rows, seed),
        }
    }

    /// The name `--format` takes for this format.
    pub fn name(self) -> &'static str {
        match self {
            Format::Alipay2023 => "alipay-2023",
            Format::ChaseCsv => "chase-csv",
            Format::Ofx => "ofx",
            Format::WechatXlsx => "wechat-xlsx",
            Format::Camt053 => "camt053",
            Format::Mt940 => "mt940",
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
        let format = format
            .ok_or_else(|| format!("sample: `--format F` is required (F: {})", Format::NAMES))?;
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
