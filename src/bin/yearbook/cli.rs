//! The command line's commands, argument handling and output over the same core the page uses:
//! `yearbook parse FILE... [--json]`, `yearbook report FILE... [--year Y] [--json]`,
//! `yearbook render FILE... --out chart.svg [--year Y]`.

use plotters::prelude::*;
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;
use yearbook::chart::{monthly_spending, Theme};
use yearbook::money::format_minor;
use yearbook::{parse_bytes, Parsed, Report, Transaction};

const USAGE: &str = "usage:
  yearbook parse FILE... [--json]               print the transactions read from each file
  yearbook report FILE... [--year YEAR] [--json] print the annual report
  yearbook render FILE... --out CHART.svg [--year YEAR]  draw the monthly spending chart";

struct Args {
    command: String,
    files: Vec<String>,
    json: bool,
    year: Option<i32>,
    out: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut raw = std::env::args().skip(1);
    let command = raw.next().ok_or_else(|| USAGE.to_string())?;
    let mut args = Args { command, files: Vec::new(), json: false, year: None, out: None };
    while let Some(arg) = raw.next() {
        match arg.as_str() {
            "--json" => args.json = true,
            "--year" => {
                let value = raw.next().ok_or("--year needs a value, e.g. --year 2025")?;
                args.year =
                    Some(value.parse().map_err(|_| format!("--year: not a year: {value}"))?);
            }
            "--out" => args.out = Some(raw.next().ok_or("--out needs a file name")?),
            "-h" | "--help" => return Err(USAGE.to_string()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            _ => args.files.push(arg),
        }
    }
    if args.files.is_empty() {
        return Err(format!("no input files\n{USAGE}"));
    }
    Ok(args)
}

/// Runs the command line and returns its exit code.
pub fn run() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    // Read every file; one bad file never hides the others.
    let mut parsed: Vec<(String, Parsed)> = Vec::new();
    let mut failed = Vec::new();
    for file in &args.files {
        let result = std::fs::read(file)
            .map_err(|e| format!("{file}: cannot open the file: {e}"))
            .and_then(|bytes| parse_bytes(&bytes, file).map_err(|e| e.to_string()));
        match result {
            Ok(p) => parsed.push((file.clone(), p)),
            Err(message) => {
                eprintln!("error: {message}");
                failed.push(serde_json::json!({ "file": file, "message": message }));
            }
        }
    }
    for (_, p) in &parsed {
        for warning in &p.warnings {
            eprintln!("warning: {warning}");
        }
    }
    let transactions: Vec<Transaction> =
        parsed.iter().flat_map(|(_, p)| p.transactions.iter().cloned()).collect();

    let outcome = match args.command.as_str() {
        "parse" => print_parse(&args, &parsed, &failed),
        "report" => print_report(&args, &transactions, &failed),
        "render" => render(&args, &transactions),
        other => Err(format!("unknown command {other}\n{USAGE}")),
    };
    match outcome {
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
        Ok(()) if failed.is_empty() => ExitCode::SUCCESS,
        Ok(()) => ExitCode::FAILURE,
    }
}

/// Writes to stdout; a closed pipe (`yearbook parse f | head`) ends quietly instead of panicking.
fn emit(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| format!("cannot write JSON: {e}"))
}

fn print_parse(
    args: &Args,
    parsed: &[(String, Parsed)],
    failed: &[serde_json::Value],
) -> Result<(), String> {
    if args.json {
        let mut files: Vec<serde_json::Value> = parsed
            .iter()
            .map(|(file, p)| {
                let warnings: Vec<serde_json::Value> = p
                    .warnings
                    .iter()
                    .map(|w| {
                        serde_json::json!({
                            "row": w.position.row,
                            "column": w.position.column,
                            "columnName": w.position.column_name,
                            "message": w.to_string(),
                        })
                    })
                    .collect();
                serde_json::json!({
                    "file": file,
                    "format": p.source,
                    "encoding": p.encoding,
                    "rowsSeen": p.rows_seen,
                    "transactions": p.transactions,
                    "warnings": warnings,
                })
            })
            .collect();
        files.extend(failed.iter().map(|f| {
            serde_json::json!({
                "file": f["file"], "format": null, "transactions": [], "warnings": [],
                "error": f["message"],
            })
        }));
        emit(&to_json(&serde_json::json!({ "files": files }))?);
        return Ok(());
    }
    let mut text = String::new();
    for (file, p) in parsed {
        let _ = writeln!(
            text,
            "{file}: {} ({}), {} transactions, {} warnings",
            p.source.display_name(),
            p.encoding,
            p.transactions.len(),
            p.warnings.len()
        );
        for t in &p.transactions {
            let _ = writeln!(
                text,
                "  row {:>5}  {}  {:>12}  {:<10}  {}  [{}]",
                t.row,
                t.time.format("%Y-%m-%d %H:%M:%S"),
                format!("{}{}", t.amount.currency.symbol(), format_minor(t.amount.minor, 2)),
                format!("{:?}", t.kind).to_lowercase(),
                t.counterparty,
                t.reason
            );
        }
    }
    emit(&text);
    Ok(())
}

fn print_report(
    args: &Args,
    transactions: &[Transaction],
    failed: &[serde_json::Value],
) -> Result<(), String> {
    let report = Report::build(transactions, args.year);
    if args.json {
        let mut value = match &report {
            Some(report) => serde_json::to_value(report).map_err(|e| e.to_string())?,
            None => serde_json::json!({ "year": args.year, "currencies": {} }),
        };
        if !failed.is_empty() {
            value["errors"] = serde_json::Value::Array(failed.to_vec());
        }
        emit(&to_json(&value)?);
        return Ok(());
    }
    let Some(report) = report else {
        emit("no transactions to report on\n");
        return Ok(());
    };
    let money = |minor: i64| format!("{}{}", report.currency.symbol(), format_minor(minor, 2));
    let mut text = String::new();
    let totals = report.totals();
    let _ = writeln!(text, "Yearbook {}", report.year);
    let _ =
        writeln!(text, "  spending  {} over {} payments", money(totals.spending), totals.payments);
    let _ = writeln!(text, "  income    {}", money(totals.income));
    for m in &report.months {
        let _ = writeln!(
            text,
            "  {:>2}  {:>14}  {:>4} payments",
            m.month,
            money(m.spending_minor),
            m.n_payments
        );
    }
    let _ = writeln!(text, "  reconciliation:");
    for k in &report.reconciliation {
        let _ = writeln!(
            text,
            "    {:<10} {:>6} rows  {:>14} written  {:>14} counted",
            format!("{:?}", k.kind).to_lowercase(),
            k.count,
            money(k.amount_minor),
            money(k.spending_minor)
        );
    }
    emit(&text);
    Ok(())
}

fn render(args: &Args, transactions: &[Transaction]) -> Result<(), String> {
    let out = args.out.as_deref().ok_or_else(|| format!("render needs --out FILE.svg\n{USAGE}"))?;
    let report = Report::build(transactions, args.year).ok_or("no transactions to draw")?;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (800, 400)).into_drawing_area();
        monthly_spending(&area, &report, &Theme::default()).map_err(|e| e.to_string())?;
    }
    std::fs::write(out, svg).map_err(|e| format!("cannot write {out}: {e}"))?;
    eprintln!("wrote {out}");
    Ok(())
}
