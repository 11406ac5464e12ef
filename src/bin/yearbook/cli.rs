//! The command line's commands, argument handling and output over the same core the page uses:
//! `yearbook parse FILE... [--json] [--lang zh|en]`, `yearbook report FILE... [--year Y] [--json]`,
//! `yearbook render FILE... [--year Y] [--lang zh|en] --out DIR` (or `--out chart.svg`).

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;
use yearbook::present::format::money;
use yearbook::present::headline;
use yearbook::session::{Audience, Content, FileOutcome, Input, Listing, Session};
use yearbook::{Currency, DateOrder, ErrorKind, Options, Report, ReportOptions};

const USAGE: &str = "usage:
  yearbook parse FILE... [--json] [--lang zh|en] print the transactions read from each file
                         (reasons and messages in English, or in Chinese with --lang zh)
  yearbook report FILE... [--year YEAR] [--json] print the annual report
  yearbook render FILE... [--year YEAR] [--lang zh|en] [--show-amounts] --out DIR
                         write every chart as SVG, the share card, the story cards and report.html
                         (--out CHART.svg draws the monthly chart alone)
options for files that leave it open:
  --password P           the password of an encrypted ZIP (as Alipay and WeChat e-mail them)
  --date-order dmy|mdy   read dates like 8/12/13 day first (dmy) or month first (mdy)
  --currency CODE        the currency of files that name none (QIF), e.g. EUR; USD if unset
  --report-currency CODE the currency the report's sections are drawn in (default: the one
                         with the most payments); amounts are never converted
  --map date=1,amount=4,description=3[,counterparty=N][,debit=N,credit=N][,direction=N:Af:Bij]
                         which column of a bank CSV is which (columns count from 1)
  --decimal , | .        the decimal separator of the mapped amounts
  --delimiter ';'        the cell separator of the mapped CSV (, ; | or tab)";

struct Args {
    command: String,
    files: Vec<String>,
    json: bool,
    year: Option<i32>,
    report_currency: Option<Currency>,
    out: Option<String>,
    lang: yearbook::present::Lang,
    show_amounts: bool,
    options: Options,
}

fn parse_args() -> Result<Args, String> {
    let mut raw = std::env::args().skip(1);
    let command = raw.next().ok_or_else(|| USAGE.to_string())?;
    let mut args = Args {
        command,
        files: Vec::new(),
        json: false,
        year: None,
        report_currency: None,
        out: None,
        lang: yearbook::present::Lang::En,
        show_amounts: false,
        options: Options::default(),
    };
    while let Some(arg) = raw.next() {
        match arg.as_str() {
            "--json" => args.json = true,
            "--year" => {
                let value = raw.next().ok_or("--year needs a value, e.g. --year 2025")?;
                args.year =
                    Some(value.parse().map_err(|_| format!("--year: not a year: {value}"))?);
            }
            "--out" => args.out = Some(raw.next().ok_or("--out needs a file name")?),
            "--lang" => {
                args.lang = match raw.next().as_deref() {
                    Some(tag) if tag.starts_with("zh") => yearbook::present::Lang::Zh,
                    Some(tag) if tag.starts_with("en") => yearbook::present::Lang::En,
                    _ => return Err("--lang needs zh (Chinese) or en (English)".into()),
                }
            }
            "--show-amounts" => args.show_amounts = true,
            "--date-order" => {
                args.options.date_order = match raw.next().as_deref() {
                    Some("dmy") => Some(DateOrder::DayFirst),
                    Some("mdy") => Some(DateOrder::MonthFirst),
                    _ => {
                        return Err("--date-order needs dmy (day first) or mdy (month first)".into())
                    }
                }
            }
            "--password" => {
                // For the encrypted ZIP the apps e-mail; used for this run only.
                args.options.password =
                    Some(raw.next().ok_or("--password needs the ZIP's password")?);
            }
            "--currency" => {
                let value = raw.next().unwrap_or_default();
                let currency = Currency::from_code(&value)
                    .ok_or_else(|| format!("--currency needs a code like EUR, not \"{value}\""))?;
                args.options.currency = Some(currency);
            }
            "--report-currency" => {
                let value = raw.next().unwrap_or_default();
                let currency = Currency::from_code(&value).ok_or_else(|| {
                    format!("--report-currency needs a code like CNY, not \"{value}\"")
                })?;
                args.report_currency = Some(currency);
            }
            "--map" => {
                let spec = raw.next().ok_or("--map needs columns, e.g. --map date=1,amount=4")?;
                let given = yearbook::ColumnMapping::from_spec(&spec)?;
                let mapping = args.options.mapping.get_or_insert_with(Default::default);
                *mapping = yearbook::ColumnMapping {
                    delimiter: mapping.delimiter,
                    decimal: mapping.decimal,
                    ..given
                };
            }
            "--decimal" => {
                let value = raw.next().unwrap_or_default();
                let decimal = match value.as_str() {
                    "," | "." => value.chars().next(),
                    _ => return Err(format!("--decimal needs , or . (not \"{value}\")")),
                };
                args.options.mapping.get_or_insert_with(Default::default).decimal = decimal;
            }
            "--delimiter" => {
                let value = raw.next().unwrap_or_default();
                let delimiter = yearbook::ColumnMapping::delimiter_from(&value)?;
                args.options.mapping.get_or_insert_with(Default::default).delimiter =
                    Some(delimiter);
            }
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
    if args.options.mapping.as_ref().is_some_and(|m| m.date.is_none()) {
        return Err(format!("--decimal and --delimiter go with --map\n{USAGE}"));
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
    // Read every file; one bad file never hides the others. The files are read together so a
    // bank row mirroring an Alipay or WeChat payment is counted once; each file's bytes are
    // freed once decoded.
    let inputs = args
        .files
        .iter()
        .map(|file| Input {
            name: file.clone(),
            content: match std::fs::read(file) {
                Ok(bytes) => Content::Bytes(bytes),
                Err(e) => Content::Unreadable { reason: e.to_string() },
            },
            options: args.options.clone(),
        })
        .collect();
    let mut session = Session::new();
    session.choose(args.year, ReportOptions::default().in_currency(args.report_currency));
    session.read(inputs);
    let failed = failures(&session);
    for outcome in &failed {
        if let Err(error) = &outcome.read {
            eprintln!("error: {}", error.phrase().render(args.lang));
        }
    }
    for outcome in session.files() {
        for warning in outcome.read.iter().flat_map(|read| &read.warnings) {
            eprintln!("warning: {}", warning.render(args.lang));
        }
    }

    let outcome = match args.command.as_str() {
        "parse" => print_parse(&args, &session, &failed),
        "report" => print_report(&args, session.report(), &failed),
        "render" => render(&args, session.report()),
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

/// The files that could not be read, in the order the contract lists them: those that could
/// not be opened first, then those that were not statements, each group in the order given.
fn failures(session: &Session) -> Vec<&FileOutcome> {
    let mut failed: Vec<&FileOutcome> =
        session.files().iter().filter(|f| f.read.is_err()).collect();
    failed.sort_by_key(
        |f| !matches!(&f.read, Err(e) if matches!(e.kind, ErrorKind::Unreadable { .. })),
    );
    failed
}

/// Writes to stdout; a closed pipe (`yearbook parse f | head`) ends quietly instead of panicking.
fn emit(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| format!("cannot write JSON: {e}"))
}

fn print_parse(args: &Args, session: &Session, failed: &[&FileOutcome]) -> Result<(), String> {
    let read = session.files().iter().filter(|f| f.read.is_ok());
    if args.json {
        // The contract lists the files read first, then those that failed. Through a JSON
        // value, whose keys are sorted, as they always were.
        let audience = Audience::CommandLine(args.lang);
        let files: Vec<Listing<'_>> = read
            .chain(failed.iter().copied())
            .map(|f| f.listing(session.rows(f), audience))
            .collect();
        let files = serde_json::to_value(&files).map_err(|e| format!("cannot write JSON: {e}"))?;
        emit(&to_json(&serde_json::Value::Object(
            [("files".to_string(), files)].into_iter().collect(),
        ))?);
        return Ok(());
    }
    let mut text = String::new();
    for file in read {
        let Ok(p) = &file.read else { continue };
        let rows = session.rows(file);
        let _ = writeln!(
            text,
            "{}: {} ({}), {} transactions, {} warnings",
            file.file,
            p.source.display_name(),
            p.encoding,
            rows.len(),
            p.warnings.len()
        );
        for t in rows {
            let _ = writeln!(
                text,
                "  row {:>5}  {}  {:>12}  {:<10}  {}  [{}]",
                t.row,
                t.time.format("%Y-%m-%d %H:%M:%S"),
                money(t.amount.currency, t.amount.minor),
                format!("{:?}", t.kind).to_lowercase(),
                t.counterparty,
                t.reason.render(args.lang)
            );
        }
    }
    emit(&text);
    Ok(())
}

fn print_report(
    args: &Args,
    report: Option<&Report>,
    failed: &[&FileOutcome],
) -> Result<(), String> {
    if args.json {
        let mut value = match report {
            Some(report) => serde_json::to_value(report).map_err(|e| e.to_string())?,
            None => serde_json::json!({ "year": args.year, "currencies": {} }),
        };
        if !failed.is_empty() {
            let errors = failed.iter().filter_map(|f| {
                let message = f.read.as_ref().err()?.phrase().render(args.lang);
                Some(serde_json::json!({ "file": f.file, "message": message }))
            });
            value["errors"] = serde_json::Value::Array(errors.collect());
        }
        emit(&to_json(&value)?);
        return Ok(());
    }
    let Some(report) = report else {
        emit("no transactions to report on\n");
        return Ok(());
    };
    let lang = args.lang;
    let in_currency = |minor: i64| money(report.currency, minor);
    let mut text = String::new();
    // The same headline as the page and report.html.
    let headline = headline(report);
    let _ = writeln!(text, "{}", headline.title.render(lang));
    for line in &headline.lines {
        let _ = writeln!(text, "{}", line.text.render(lang));
    }
    let _ = writeln!(text, "  months ({}):", report.currency);
    for m in &report.months {
        let _ = writeln!(
            text,
            "  {:>2}  {:>14}  {:>4} payments",
            m.month,
            in_currency(m.spending_minor),
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
            in_currency(k.amount_minor),
            in_currency(k.spending_minor)
        );
    }
    emit(&text);
    Ok(())
}

fn render(args: &Args, report: Option<&Report>) -> Result<(), String> {
    let out = args.out.as_deref().ok_or_else(|| format!("render needs --out DIR\n{USAGE}"))?;
    let report = report.ok_or("no transactions to draw")?;
    crate::render::render(std::path::Path::new(out), report, args.lang, args.show_amounts)
}
