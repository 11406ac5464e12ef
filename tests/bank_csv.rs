//! Bank CSV exports: every synthetic fixture in `tests/fixtures/bank-csv/` against its
//! `.expected` dump (one per bank profile and pitfall: Latin-1 bytes, CR CR LF, a BOM, padded
//! cells, a preamble, statuses, fees), the generic reader's three outcomes (read when sure, ask
//! with a preview when not, read with the person's mapping), the real samples from
//! `../shared/samples/bank-csv/`, the command line's `--map`, and mutations that must never panic.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::{check_text, dump, read_checked, read_one, read_one_with, root, sample, One, Rng};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use yearbook::money::format_minor;
use yearbook::parse::preview_csv;
use yearbook::{ColumnMapping, DateOrder, ErrorKind, Kind, Options};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/bank-csv").join(name)).expect("fixture exists")
}

/// The bank, encoding, accounts and signed sum per currency, then the common dump.
fn describe(result: &Result<One, yearbook::Error>) -> String {
    let mut out = String::new();
    if let Ok(parsed) = result {
        let banks: Vec<&str> = unique(parsed.transactions.iter().map(|t| &*t.method));
        let accounts: Vec<&str> = unique(parsed.transactions.iter().map(|t| &*t.account));
        let _ = writeln!(
            out,
            "bank: {:?}, encoding: {}, accounts: {:?}",
            banks, parsed.encoding, accounts
        );
        for (currency, sum) in sums(parsed) {
            let _ = writeln!(out, "signed sum {currency}: {}", format_minor(sum, 2));
        }
    }
    out.push_str(&dump(result));
    out
}

fn unique<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for value in values {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen
}

/// Signed minor units per currency code (money out negative, rows that moved nothing zero).
fn sums(parsed: &One) -> BTreeMap<String, i64> {
    let mut sums = BTreeMap::new();
    for t in &parsed.transactions {
        *sums.entry(t.amount.currency.code().to_string()).or_insert(0) += t.signed_minor();
    }
    sums
}

fn check_fixture(name: &str) -> Result<One, yearbook::Error> {
    let result = read_one(&fixture(&format!("{name}.csv")), &format!("{name}.csv"));
    let dir = root().join("tests/fixtures/bank-csv");
    check_text(&describe(&result), &dir.join(format!("{name}.expected")));
    result
}

fn read(name: &str) -> One {
    match check_fixture(name) {
        Ok(parsed) => parsed,
        Err(error) => panic!("{name} must read: {error}"),
    }
}

#[test]
fn chase_checking_trailing_comma_types_and_html_entities() {
    let parsed = read("chase-checking");
    assert!(parsed.warnings.is_empty(), "the trailing comma is no problem: {:?}", parsed.warnings);
    assert_eq!(parsed.transactions.len(), 8);
    assert_eq!(parsed.transactions[4].description, "BARNES & NOBLE #2345 NEW YORK NY");
}

#[test]
fn chase_credit_card_sale_return_payment_and_categories() {
    let parsed = read("chase-credit-card");
    let kinds: Vec<Kind> = parsed.transactions.iter().map(|t| t.kind).collect();
    use Kind::*;
    assert_eq!(kinds, [Expense, Expense, Expense, Refund, Repayment, Expense, Expense, Expense]);
    assert_eq!(&*parsed.transactions[1].counterparty, "BEN & JERRY'S");
}

#[test]
fn revolut_states_fees_exchanges_and_unpadded_hours() {
    let parsed = read("revolut");
    // 12 rows plus two fee rows (the exchange's 0.50 and the ATM's 1.99; the reverted row's fee
    // is not booked either).
    assert_eq!(parsed.rows_seen, 12);
    assert_eq!(parsed.transactions.len(), 15);
    let fees: Vec<(Kind, i64)> = parsed
        .transactions
        .iter()
        .filter(|t| t.description.starts_with("fee"))
        .map(|t| (t.kind, t.spending_minor()))
        .collect();
    assert_eq!(fees, [(Kind::Expense, 50), (Kind::Expense, 199), (Kind::Cancelled, 0)]);
}

#[test]
fn monzo_2018_and_current() {
    read("monzo-2018");
    let current = read("monzo");
    assert_eq!(current.transactions[1].kind, Kind::Transfer, "a pot transfer stays the user's");
    assert!(current.transactions.iter().all(|t| t.has_time), "the Time column is read");
}

#[test]
fn n26_2017_in_german_english_and_french_and_n26_current() {
    for name in ["n26-2017-de", "n26-2017-en", "n26-2017-fr", "n26"] {
        let parsed = read(name);
        assert!(parsed.warnings.is_empty(), "{name}: {:?}", parsed.warnings);
    }
}

#[test]
fn ing_deutschland_latin1_preamble_and_duplicate_currency_column() {
    let bytes = fixture("ing-de.csv");
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture is ISO-8859-1 bytes");
    let parsed = read("ing-de");
    assert_eq!(parsed.encoding, "windows-1252");
    assert_eq!(parsed.transactions[0].row, 16, "the header sits on line 15, after the preamble");
    assert_eq!(&*parsed.transactions[0].account, "DE12500105170123456789");
    read("ing-de-without-saldo");
}

#[test]
fn ing_nederland_unsigned_amounts_with_af_bij_in_both_delimiters() {
    let parsed = read("ing-nl");
    assert_eq!(parsed.warnings.len(), 1, "the row whose Af Bij is neither Af nor Bij");
    read("ing-nl-semicolon");
}

#[test]
fn rabobank_cr_cr_lf_and_explicit_plus() {
    let bytes = fixture("rabobank.csv");
    assert!(bytes.windows(3).any(|w| w == b"\r\r\n"), "the fixture keeps CR CR LF");
    let parsed = read("rabobank");
    let rows: Vec<u32> = parsed.transactions.iter().map(|t| t.row).collect();
    assert_eq!(rows, [2, 3, 4], "one line per LF");
}

#[test]
fn bunq_refund_rows_net_their_purchase() {
    read("bunq");
}

#[test]
fn commerzbank_and_bad_rows_become_positioned_warnings() {
    let parsed = read("commerzbank");
    assert_eq!(parsed.transactions.len(), 3);
    assert_eq!(parsed.warnings.len(), 3, "{:?}", parsed.warnings);
}

#[test]
fn sparkasse_two_digit_years_latin1_and_pending_info() {
    let parsed = read("sparkasse");
    assert_eq!(parsed.transactions[3].kind, Kind::Cancelled);
    read("sparkasse-credit-card");
}

#[test]
fn dkb_bom_preamble_status_and_counterparty_by_direction() {
    let bytes = fixture("dkb.csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let parsed = read("dkb");
    let names: Vec<&str> = parsed.transactions.iter().map(|t| &*t.counterparty).collect();
    assert_eq!(
        names,
        ["REWE Markt GmbH", "ACME GmbH", "Amazon EU S.a.r.l.", "Stadtwerke Musterstadt"]
    );
}

#[test]
fn kbc_space_padded_cells() {
    let parsed = read("kbc");
    assert_eq!(
        parsed.transactions[0].description,
        "BETALING MET DEBETKAART NUMMER 4871 04XX XXXX 1234 COLRUYT GENT"
    );
}

#[test]
fn schwab_withdrawal_and_deposit_columns() {
    read("schwab");
}

#[test]
fn dcu_sign_before_the_dollar() {
    let parsed = read("dcu");
    assert_eq!(parsed.transactions[2].signed_minor(), -797_139);
}

#[test]
fn generic_reader_reads_a_table_it_is_sure_about() {
    let parsed = read("generic-confident");
    assert!(parsed.transactions.iter().all(|t| t.method.is_empty()), "no bank profile matched");
}

#[test]
fn generic_reader_asks_when_dates_read_both_ways() {
    let result = check_fixture("generic-ambiguous");
    let Err(error) = result else { panic!("an ambiguous table must not be read on a guess") };
    let ErrorKind::NeedsMapping { problem, preview } = &error.kind else {
        panic!("expected NeedsMapping, got {error}")
    };
    assert!(problem.to_string().contains("\"03/04/2024\""), "{problem}");
    assert_eq!(preview.header, ["Date", "Details", "Money", "Ref"]);
    assert_eq!(preview.rows.len(), 3);
    let guess = &preview.guess;
    assert_eq!((guess.date, guess.amount, guess.description), (Some(1), Some(3), Some(2)));
    // A comma-separated file with decimal points: the US order is the better guess.
    assert_eq!(guess.date_order, Some(DateOrder::MonthFirst));
    assert_eq!(preview_csv(&fixture("generic-ambiguous.csv")).as_ref(), Ok(preview.as_ref()));
}

#[test]
fn generic_reader_reads_the_ambiguous_table_with_a_mapping() {
    let mapping = ColumnMapping {
        date_order: Some(DateOrder::DayFirst),
        ..ColumnMapping::from_spec("date=1,amount=3,description=2").expect("spec")
    };
    let mut options = Options::default();
    options.mapping = Some(mapping);
    let result =
        read_one_with(&fixture("generic-ambiguous.csv"), "generic-ambiguous.csv", &options);
    let dir = root().join("tests/fixtures/bank-csv");
    check_text(&describe(&result), &dir.join("generic-ambiguous-mapped.expected"));
    let parsed = result.expect("reads with the mapping");
    assert_eq!(parsed.transactions[0].time.format("%Y-%m-%d").to_string(), "2024-04-03");

    // The same file with only the date order chosen reads month first, no mapping needed.
    let mut options = Options::default();
    options.date_order = Some(DateOrder::MonthFirst);
    let parsed = read_one_with(&fixture("generic-ambiguous.csv"), "a.csv", &options)
        .expect("the date order was all that was open");
    assert_eq!(parsed.transactions[0].time.format("%Y-%m-%d").to_string(), "2024-03-04");
}

#[test]
fn preview_of_a_known_bank_names_it_and_maps_its_columns() {
    let preview = preview_csv(&fixture("ing-nl.csv")).expect("a table");
    assert_eq!(preview.bank.as_deref(), Some("ING Nederland"));
    assert_eq!(preview.problem, None);
    let guess = &preview.guess;
    assert_eq!((guess.date, guess.amount, guess.direction), (Some(1), Some(7), Some(6)));
    assert_eq!(guess.direction_out.as_deref(), Some("Af"));
    assert!(preview_csv(b"name,age\nbob,3\n").is_err());
}

/// One real sample: its transactions counted and summed by hand from the file.
struct Sample {
    path: &'static str,
    bank: &'static str,
    transactions: usize,
    /// Signed minor units per currency.
    sums: &'static [(&'static str, i64)],
    first: &'static str,
    last: &'static str,
}

const SAMPLES: &[Sample] = &[
    // 7 rows: -8.78 -7.08 +8.78 -8.76 +7.08 -7.07 -7.99 = -23.82 (the two refunds cancel two
    // purchases). No balance column.
    Sample {
        path: "bunq/2019-03-02_11-50-46_bunq-statement.csv",
        bank: "bunq",
        transactions: 7,
        sums: &[("EUR", -2382)],
        first: "2018-12-06 00:00:00",
        last: "2018-12-17 00:00:00",
    },
    Sample {
        path: "commerzbank/Umsaetze_KtoNr538917600_EUR_02-03-2018_1503.CSV",
        bank: "Commerzbank",
        transactions: 1,
        sums: &[("EUR", -1722)],
        first: "2018-03-02 00:00:00",
        last: "2018-03-02 00:00:00",
    },
    // Af 1,25; Bij 1,25; Bij 0,00; Bij 20,00; Af 0,31; Af 0,31: -1.25 + 1.25 + 0 + 20 - 0.62 =
    // 19.38. No balance column.
    Sample {
        path: "ing-nl/ing_ok.csv",
        bank: "ING Nederland",
        transactions: 6,
        sums: &[("EUR", 1938)],
        first: "2020-02-13 00:00:00",
        last: "2019-12-13 00:00:00",
    },
    Sample {
        path: "ing-nl/ing_ok_Mutatiesoort_Extra.csv",
        bank: "ING Nederland",
        transactions: 6,
        sums: &[("EUR", 1938)],
        first: "2020-02-13 00:00:00",
        last: "2019-12-13 00:00:00",
    },
    Sample {
        path: "monzo/MonzoDataExport_February2018_2018-02-26_174335.csv",
        bank: "Monzo",
        transactions: 1,
        sums: &[("GBP", -1000)],
        first: "2018-02-25 12:34:56",
        last: "2018-02-25 12:34:56",
    },
    Sample {
        path: "n26/20171001-20171106.csv",
        bank: "N26",
        transactions: 1,
        sums: &[("EUR", -5999)],
        first: "2017-10-01 00:00:00",
        last: "2017-10-01 00:00:00",
    },
    // -337,49 + 50,00 - 750,00 = -1037.49 (the second row lacks its opening quote).
    Sample {
        path: "rabobank/CSV_A_20180414_112204.csv",
        bank: "Rabobank",
        transactions: 3,
        sums: &[("EUR", -103_749)],
        first: "2018-03-01 00:00:00",
        last: "2018-03-16 00:00:00",
    },
    // All COMPLETED: -250 - 9.5 - 4.85 + 500 - 51.13 - 5.07 - 14.14 = 165.31.
    Sample {
        path: "revolut/2021-october.csv",
        bank: "Revolut",
        transactions: 7,
        sums: &[("EUR", 16_531)],
        first: "2021-09-05 11:32:41",
        last: "2021-09-08 07:17:49",
    },
    // COMPLETED: -250 + 0 - 38.71 + 500 - 21.58 - 33.89 - 69.26 = 86.56; the two PENDING rows
    // (-44.57, -73.58) are Cancelled and move nothing. The last row has no Completed Date.
    Sample {
        path: "revolut/2022-january.csv",
        bank: "Revolut",
        transactions: 9,
        sums: &[("EUR", 8656)],
        first: "2022-01-02 12:16:55",
        last: "2022-01-15 11:30:37",
    },
    // Deposit $1.00, withdrawal $2.00.
    Sample {
        path: "schwab/schwab_XXX234_Checking_Transactions_20220203.csv",
        bank: "Charles Schwab",
        transactions: 2,
        sums: &[("USD", -100)],
        first: "2022-07-31 00:00:00",
        last: "2022-02-03 00:00:00",
    },
    Sample {
        path: "sparkasse/20180226-1000594757-umsatz.CSV",
        bank: "Sparkasse",
        transactions: 1,
        sums: &[("EUR", -3699)],
        first: "2018-02-22 00:00:00",
        last: "2018-02-22 00:00:00",
    },
    Sample {
        path: "sparkasse-creditcard/umsatz-1234________1234-20180227.CSV",
        bank: "Sparkasse credit card",
        transactions: 1,
        sums: &[("EUR", -500)],
        first: "2018-02-20 00:00:00",
        last: "2018-02-20 00:00:00",
    },
];

fn at(t: &yearbook::Transaction) -> String {
    t.time.format("%Y-%m-%d %H:%M:%S").to_string()
}

#[test]
fn real_samples_count_sum_and_dates() {
    for case in SAMPLES {
        let Some(bytes) = sample(&format!("bank-csv/{}", case.path)) else { return };
        let parsed = read_one(&bytes, case.path).unwrap_or_else(|e| panic!("{e}"));
        assert!(parsed.warnings.is_empty(), "{}: {:?}", case.path, parsed.warnings);
        assert_eq!(parsed.transactions.len(), case.transactions, "{}", case.path);
        let expected: BTreeMap<String, i64> =
            case.sums.iter().map(|(c, s)| (c.to_string(), *s)).collect();
        assert_eq!(sums(&parsed), expected, "{}", case.path);
        let (first, last) = (&parsed.transactions[0], &parsed.transactions[case.transactions - 1]);
        assert_eq!(
            (at(first).as_str(), at(last).as_str()),
            (case.first, case.last),
            "{}",
            case.path
        );
        assert!(parsed.transactions.iter().all(|t| *t.method == *case.bank), "{}", case.path);
    }
}

/// Where a sample has a running balance, the balance after the last row minus the balance
/// before the first equals the sum of the rows in between.
#[test]
fn real_samples_reconcile_with_their_running_balance() {
    let Some(bytes) = sample("bank-csv/revolut/2021-october.csv") else { return };
    let parsed = read_one(&bytes, "2021-october.csv").expect("reads");
    // Balance after row 1 is 165.52 after -250: 415.52 before it; 580.83 after the last row.
    let sum: i64 = parsed.transactions.iter().map(|t| t.signed_minor()).sum();
    assert_eq!(sum, 58_083 - (16_552 + 25_000));

    // Rabobank: Volgnr 9565 is followed by 9590, so only rows 9590-9591 run on: after the last
    // +12334,53; before 9590 +13084,53 - 50,00.
    let Some(bytes) = sample("bank-csv/rabobank/CSV_A_20180414_112204.csv") else { return };
    let parsed = read_one(&bytes, "rabobank.csv").expect("reads");
    let tail: i64 = parsed.transactions[1..].iter().map(|t| t.signed_minor()).sum();
    assert_eq!(tail, 1_233_453 - (1_308_453 - 5000));
    assert_eq!(
        &*parsed.transactions[1].account, "NL77RABO0311467415",
        "the stray quote is dropped"
    );

    // Revolut 2022: the balances do not run on across the 0.00 hold (442.67 → 420.74), so only
    // the top-up reconciles: 723.53 - 223.53.
    let Some(bytes) = sample("bank-csv/revolut/2022-january.csv") else { return };
    let parsed = read_one(&bytes, "2022-january.csv").expect("reads");
    assert_eq!(parsed.transactions[3].signed_minor(), 72_353 - 22_353);
    let pending: Vec<Kind> = parsed.transactions.iter().map(|t| t.kind).collect();
    assert_eq!(pending.iter().filter(|k| **k == Kind::Cancelled).count(), 2);
    assert_eq!(pending[1], Kind::Other, "the 0.00 temporary hold moved nothing");
}

#[test]
fn command_line_map_reads_what_the_guess_would_not() {
    let file = root().join("tests/fixtures/bank-csv/generic-ambiguous.csv");
    let run = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_yearbook"))
            .arg("parse")
            .arg(&file)
            .args(extra)
            .output()
            .expect("the binary runs")
    };
    let asked = run(&["--json"]);
    assert!(!asked.status.success());
    let stderr = String::from_utf8_lossy(&asked.stderr);
    assert!(stderr.contains("could not tell which column is which"), "{stderr}");

    let mapped = run(&[
        "--map",
        "date=1,amount=3,description=2,currency=EUR",
        "--date-order",
        "dmy",
        "--decimal",
        ".",
        "--json",
    ]);
    assert!(mapped.status.success(), "{}", String::from_utf8_lossy(&mapped.stderr));
    let json: serde_json::Value = serde_json::from_slice(&mapped.stdout).expect("JSON");
    let file = &json["files"][0];
    assert_eq!(file["format"], "bank-csv");
    let rows = file["transactions"].as_array().expect("transactions");
    let dates: Vec<&str> = rows.iter().filter_map(|t| t["date"].as_str()).collect();
    assert_eq!(dates, ["2024-04-03", "2024-05-04", "2024-07-06"]);
    assert_eq!(rows[1]["amount"], 150_000);
    assert_eq!(rows[1]["currency"], "EUR");

    let bad = run(&["--map", "amount=3"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("the mapping names no date column"));
}

#[test]
fn mutated_bank_csvs_never_panic() {
    let dir = root().join("tests/fixtures/bank-csv");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .map(|p| std::fs::read(p).expect("fixture"))
        .collect();
    seeds.sort();
    let mut rng = Rng(2024);
    let (mut read, mut asked) = (0, 0);
    let mut mapped = Options::default();
    mapped.mapping =
        ColumnMapping::from_spec("date=1,amount=3,direction=2:Af:Bij,counterparty=4,type=5").ok();
    for round in 0..1500 {
        let seed = &seeds[round % seeds.len()];
        let mut bytes = seed.clone();
        for _ in 0..1 + rng.below(6) {
            if bytes.is_empty() {
                break;
            }
            let at = rng.below(bytes.len());
            match rng.below(6) {
                0 => bytes[at] = rng.next() as u8,
                1 => {
                    bytes.remove(at);
                }
                2 => bytes.insert(at, b",;\t|\"\n\r-.$\xE4\xFF"[rng.below(12)]),
                3 => bytes.truncate(at),
                4 => {
                    let len = rng.below(40).min(bytes.len() - at);
                    let chunk = bytes[at..at + len].to_vec();
                    let to = rng.below(bytes.len());
                    bytes.splice(to..to, chunk);
                }
                _ => {
                    let len = rng.below(12).min(bytes.len() - at);
                    bytes.drain(at..at + len);
                }
            }
        }
        let options = if round % 5 == 0 { mapped.clone() } else { Options::default() };
        match read_checked(&bytes, "mutant.csv", &options) {
            Ok(parsed) => read += usize::from(!parsed.transactions.is_empty()),
            Err(error) => {
                asked += usize::from(matches!(error.kind, ErrorKind::NeedsMapping { .. }));
                assert!(!error.to_string().is_empty());
            }
        }
        let _ = preview_csv(&bytes);
    }
    // Most mutants keep readable rows (a cut before the first data row leaves none); some lose
    // their header and are handed to the person.
    assert!(read > 600, "only {read} of 1500 mutants yielded transactions");
    assert!(asked > 0, "no mutant needed mapping");
}

#[test]
fn a_mapping_reads_even_a_two_column_table() {
    let text = b"when,how much\n2024-01-02,-3.50\n2024-01-03,-2.25\n";
    let unmapped = read_one(text, "two.csv").expect_err("two columns are no statement");
    assert!(matches!(unmapped.kind, ErrorKind::UnknownFormat { .. }), "{unmapped}");
    let mut options = Options::default();
    options.mapping = Some(ColumnMapping::from_spec("date=1,amount=2,currency=EUR").expect("spec"));
    let parsed = read_one_with(text, "two.csv", &options).expect("mapped");
    let amounts: Vec<i64> = parsed.transactions.iter().map(|t| t.signed_minor()).collect();
    assert_eq!(amounts, [-350, -225]);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    // A column the table does not have sends the person back to the mapping step.
    options.mapping = Some(ColumnMapping::from_spec("date=1,amount=7").expect("spec"));
    let error = read_one_with(text, "two.csv", &options).expect_err("no column 7");
    assert!(error.to_string().contains("the amount column 7 does not exist"), "{error}");
}

/// The JSON the page reads for its mapping step: the error's kind, and the preview with its
/// guess in the mapping contract's camelCase, 1-based shape.
#[test]
fn needs_mapping_json_shape_for_the_page() {
    let error = read_one(&fixture("generic-ambiguous.csv"), "a.csv").expect_err("asks");
    let json = serde_json::to_value(&error.kind).expect("serialises");
    assert_eq!(json["type"], "needsMapping");
    // The problem in both languages: the page shows the one it is in.
    assert!(json["problem"]["en"].as_str().is_some_and(|p| p.contains("day/month")));
    assert!(json["problem"]["zh"].as_str().is_some_and(|p| p.contains("日/月")));
    assert_eq!(json["preview"]["problem"], json["problem"]);
    let preview = &json["preview"];
    assert_eq!(preview["encoding"], "UTF-8");
    assert_eq!(preview["delimiter"], ",");
    assert_eq!(preview["headerCandidates"], serde_json::json!([1]));
    assert_eq!(preview["rows"][0]["line"], 2);
    assert_eq!(preview["rows"][0]["cells"][0], "03/04/2024");
    let guess = &preview["guess"];
    assert_eq!((guess["date"].as_u64(), guess["amount"].as_u64()), (Some(1), Some(3)));
    assert_eq!(guess["headerRow"], 1);
    assert_eq!(guess["dateOrder"], "month-first");
    // What the page sends back reads as a mapping.
    let mut back: ColumnMapping = serde_json::from_value(guess.clone()).expect("round trip");
    back.date_order = Some(DateOrder::DayFirst);
    let mut options = Options::default();
    options.mapping = Some(back);
    assert!(read_one_with(&fixture("generic-ambiguous.csv"), "a.csv", &options).is_ok());
}
