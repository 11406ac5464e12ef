//! The native command line: `parse --json` is a contract other tools read, `report` and
//! `render` run over the same core, and a bad file never hides the good ones.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use std::process::Command;

fn yearbook(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_yearbook"))
        .args(args)
        .current_dir(common::root())
        .output()
        .expect("the binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn parse_json_lists_transactions_with_kind_and_reason() {
    let (code, stdout, _) =
        yearbook(&["parse", "tests/fixtures/alipay-2023/refunds.csv", "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let file = &value["files"][0];
    assert_eq!(file["format"], "alipay-2023");
    assert_eq!(file["encoding"], "UTF-8");
    let first = &file["transactions"][0];
    assert_eq!(first["row"], 26);
    assert_eq!(first["date"], "2024-05-20");
    assert_eq!(first["time"], "10:00:00");
    // A refund is money in: positive, and it is a refund, not income.
    assert_eq!(first["amount"], 10000);
    assert_eq!(first["currency"], "CNY");
    assert_eq!(first["kind"], "refund");
    assert!(first["reason"].as_str().is_some_and(|r| r.contains("row 31")));
    let jacket = &file["transactions"][5];
    assert_eq!(jacket["amount"], -29900, "money out is negative");
    assert_eq!(jacket["category"], "shopping");
    assert_eq!(jacket["spending"], 19900);
}

#[test]
fn one_bad_file_never_hides_the_others() {
    let (code, stdout, stderr) =
        yearbook(&["report", "tests/fixtures/alipay-2023/basic.csv", "Cargo.toml", "--json"]);
    assert_eq!(code, 1, "a failed file makes the exit code 1");
    assert!(stderr.contains("Cargo.toml: this does not look like any statement"), "{stderr}");
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(value["year"], 2024);
    assert_eq!(value["currencies"]["CNY"]["spending"], 17452);
    assert_eq!(value["currencies"]["CNY"]["income"], 128800);
    assert_eq!(value["currencies"]["CNY"]["transactions"], 9);
    assert_eq!(value["errors"][0]["file"], "Cargo.toml");
}

#[test]
fn render_writes_an_svg_chart() {
    let out = common::root().join("target/cli-test-chart.svg");
    let out_text = out.to_string_lossy().into_owned();
    let (code, _, stderr) =
        yearbook(&["render", "tests/fixtures/alipay-2023/basic.csv", "--out", &out_text]);
    assert_eq!(code, 0, "{stderr}");
    let svg = std::fs::read_to_string(&out).expect("written");
    assert!(svg.starts_with("<svg") && svg.contains("Spending per month, 2024"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(yearbook(&["parse"]).0, 2);
    assert_eq!(yearbook(&["frobnicate", "x"]).0, 2);
}

#[test]
fn parse_json_warnings_carry_row_and_column() {
    let (code, stdout, stderr) =
        yearbook(&["parse", "tests/fixtures/alipay-2023/bad-rows.csv", "--json"]);
    assert_eq!(code, 0, "row problems are warnings, not failures");
    assert!(stderr.contains("row 27, column 7 \"金额\""), "{stderr}");
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let warning = &value["files"][0]["warnings"][1];
    assert_eq!(warning["row"], 27);
    assert_eq!(warning["column"], 7);
    assert!(warning["message"].as_str().is_some_and(|m| m.contains("\"1.2O\"")));
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

/// `--lang zh` changes the words and nothing else: the same rows, the reasons and warnings in
/// Chinese (the refund still names its purchase's row), English without it.
#[test]
fn parse_json_lang_zh_prints_chinese_reasons_and_warnings() {
    let file = "tests/fixtures/alipay-2023/refunds.csv";
    let (code, zh, _) = yearbook(&["parse", file, "--json", "--lang", "zh"]);
    assert_eq!(code, 0);
    let (_, en, _) = yearbook(&["parse", file, "--json"]);
    let zh: serde_json::Value = serde_json::from_str(&zh).expect("JSON");
    let en: serde_json::Value = serde_json::from_str(&en).expect("JSON");
    let (zh_rows, en_rows) = (&zh["files"][0]["transactions"], &en["files"][0]["transactions"]);
    assert_eq!(zh_rows.as_array().map(Vec::len), en_rows.as_array().map(Vec::len));
    let first = zh_rows[0]["reason"].as_str().unwrap_or_default();
    assert!(first.contains("第 31 行") && first.contains("不算收入"), "{first}");
    for (z, e) in
        zh_rows.as_array().into_iter().flatten().zip(en_rows.as_array().into_iter().flatten())
    {
        assert_eq!((&z["row"], &z["amount"], &z["kind"]), (&e["row"], &e["amount"], &e["kind"]));
        let (z, e) =
            (z["reason"].as_str().unwrap_or_default(), e["reason"].as_str().unwrap_or_default());
        assert!(has_chinese(z) && z != e, "{z} / {e}");
    }
    let (_, stdout, stderr) =
        yearbook(&["parse", "tests/fixtures/alipay-2023/bad-rows.csv", "--json", "--lang", "zh"]);
    assert!(stderr.contains("第 27 行，第 7 列“金额”"), "{stderr}");
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let message = value["files"][0]["warnings"][1]["message"].as_str().unwrap_or_default();
    assert!(message.contains("无法读取金额“1.2O”"), "{message}");
    // And a whole-file error.
    let (code, _, stderr) = yearbook(&["parse", "Cargo.toml", "--lang", "zh"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("Cargo.toml：这不像 Yearbook 能读取的任何账单"), "{stderr}");
}

/// `yearbook render` of the Alipay fixture in Chinese into `target/DIR`, emptied first.
fn render_basic_in_chinese(dir: &str) -> std::path::PathBuf {
    let out = common::root().join("target").join(dir);
    let _ = std::fs::remove_dir_all(&out);
    let out_text = out.to_string_lossy().into_owned();
    let (code, _, stderr) = yearbook(&[
        "render",
        "tests/fixtures/alipay-2023/basic.csv",
        "--lang",
        "zh",
        "--out",
        &out_text,
    ]);
    assert_eq!(code, 0, "{stderr}");
    out
}

#[test]
fn render_writes_every_chart_the_share_card_and_a_standalone_page() {
    let out = render_basic_in_chinese("cli-test-render");
    let out_text = out.to_string_lossy().into_owned();
    // Each chart at its natural width, as tall as the core lays it out there.
    let bytes = std::fs::read(common::root().join("tests/fixtures/alipay-2023/basic.csv"))
        .expect("the fixture");
    let rows = common::read_one(&bytes, "basic.csv").expect("reads").transactions;
    let report = yearbook::Report::build(&rows, None).expect("a report");
    for chart in yearbook::chart::CHARTS {
        let svg = std::fs::read_to_string(out.join(format!("{}.svg", chart.id))).expect("written");
        let height = yearbook::chart::chart_height(
            chart.id,
            &report,
            yearbook::present::Lang::Zh,
            chart.width,
        );
        let size = format!("<svg width=\"{}\" height=\"{height}\"", chart.width);
        assert!(svg.starts_with(&size), "{}: {}", chart.id, &svg[..60.min(svg.len())]);
    }
    let card = std::fs::read_to_string(out.join("share-card.svg")).expect("the share card");
    assert!(card.starts_with("<svg width=\"1080\" height=\"1920\""));
    // Amounts are hidden by default: no yuan sign anywhere on the card of a yuan statement.
    assert!(!card.contains('¥'), "amounts are hidden by default");
    // The story's cards, numbered in reading order and named by their fact, the poster last.
    let mut stories: Vec<String> = std::fs::read_dir(&out)
        .expect("the folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("story-"))
        .collect();
    stories.sort();
    assert_eq!(stories.first().map(String::as_str), Some("story-01-year.svg"), "{stories:?}");
    assert!(stories.iter().any(|s| s.ends_with("-places.svg")), "{stories:?}");
    let poster = format!("story-{:02}-poster.svg", stories.len());
    assert_eq!(stories.last(), Some(&poster), "{stories:?}");
    for name in &stories {
        let svg = std::fs::read_to_string(out.join(name)).expect("a card");
        assert!(svg.starts_with("<svg width=\"1080\" height=\"1920\""), "{name}");
        assert!(!svg.contains('¥'), "{name}: amounts are hidden by default");
    }
    let year = std::fs::read_to_string(out.join("story-01-year.svg")).expect("the first card");
    assert!(year.contains("笔支付"), "the year in one number: its payments, in Chinese");
    let page = std::fs::read_to_string(out.join("report.html")).expect("the page");
    assert!(page.contains("<html lang=\"zh-CN\">") && page.contains("这一年的数字"));
    let charts = page.matches("<div class=\"chart\">").count();
    assert!(charts >= 8, "the charts of the sections shown, inline: {charts}");
    assert_eq!(page.matches("<svg").count(), charts + 1, "the charts and the card, inline");
    for banned in ["<script", "src=\"", "href=\"", "url(", "@import"] {
        assert!(!page.contains(banned), "{banned}: the page must open offline");
    }
    let (code, _, stderr) = yearbook(&[
        "render",
        "tests/fixtures/alipay-2023/basic.csv",
        "--lang",
        "xx",
        "--out",
        &out_text,
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--lang needs zh"));
}

#[test]
fn password_opens_the_zip_the_apps_email() {
    let (code, _, stderr) = yearbook(&["report", "tests/fixtures/zip/aes.zip", "--json"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("password-protected"), "{stderr}");
    let (code, stdout, stderr) =
        yearbook(&["report", "tests/fixtures/zip/aes.zip", "--password", "123456", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(value["currencies"]["CNY"]["spending"], 17452);
}

/// Money is written with its currency's own digits: yen have none, dinars three. (Every amount
/// used to be printed with two, so ¥1,200 read "¥12.00" and KWD 12.345 "KWD 123.45".)
#[test]
fn yen_and_dinars_print_with_their_own_decimals() {
    let file = "tests/fixtures/money/jpy-kwd.ofx";
    let (code, stdout, stderr) = yearbook(&["parse", file]);
    assert_eq!(code, 0, "{stderr}");
    for amount in
        ["¥1,200  ", "¥38,500  ", "¥250,000  ", "KWD 12.345  ", "KWD 3.500  ", "KWD 1,500.000  "]
    {
        assert!(stdout.contains(amount), "{amount:?} in\n{stdout}");
    }
    let (code, stdout, stderr) = yearbook(&["report", file]);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = stdout.lines().take(3).collect();
    assert_eq!(
        lines,
        [
            "Your 2025",
            "JPY: spending ¥39,700, income ¥250,000, 3 transactions this year.",
            "KWD: spending KWD 15.845, income KWD 1,500.000, 3 transactions this year.",
        ]
    );
    assert!(stdout.contains("   5      KWD 15.845     2 payments"), "{stdout}");
    // The JSON keeps minor units, as it always did.
    let (_, json, _) = yearbook(&["report", file, "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["currencies"]["JPY"]["spending"], 39700);
    assert_eq!(value["currencies"]["KWD"]["spending"], 15845);
}

/// The headline is the page's and report.html's, in either language.
#[test]
fn the_report_starts_with_the_headline_in_either_language() {
    let (code, stdout, _) =
        yearbook(&["report", "tests/fixtures/alipay-2023/basic.csv", "--lang", "zh"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().take(2).collect();
    assert_eq!(lines, ["你的 2024 年", "CNY：支出 ¥174.52，收入 ¥1,288.00，本年共 9 笔交易。"]);
    let out = render_basic_in_chinese("cli-test-headline");
    let page = std::fs::read_to_string(out.join("report.html")).expect("the page");
    assert!(page.contains("<h1>你的 2024 年</h1>"), "the title");
    assert!(page.contains(&format!("<p class=\"headline\" data-currency=\"CNY\">{}</p>", lines[1])));
}

/// `--map` refuses what the page's mapping step refuses, with the same words.
#[test]
fn map_needs_what_the_mapping_step_needs() {
    let csv = "tests/fixtures/bank-csv/generic-ambiguous.csv";
    for (spec, says) in [
        ("amount=3", "--map: the mapping names no date column"),
        (
            "date=1,debit=3",
            "--map: the mapping names no amount column (or no debit and credit pair)",
        ),
    ] {
        let (code, _, stderr) = yearbook(&["parse", csv, "--map", spec]);
        assert_eq!(code, 2, "{spec}");
        assert!(stderr.starts_with(says), "{spec}: {stderr}");
    }
}

#[test]
fn report_currency_draws_the_sections_in_the_currency_asked_for_and_year_picks_the_year() {
    let files = ["tests/fixtures/overlap/alipay-year.csv", "tests/fixtures/overlap/chase-h1.csv"];
    let report = |extra: &[&str]| {
        let mut args = vec!["report", files[0], files[1], "--json"];
        args.extend_from_slice(extra);
        let (code, stdout, stderr) = yearbook(&args);
        assert_eq!(code, 0, "{stderr}");
        serde_json::from_str::<serde_json::Value>(&stdout).expect("JSON")
    };
    // Nine payments in yuan against six in dollars: yuan by default.
    let default = report(&[]);
    assert_eq!(default["currency"], "CNY");
    assert_eq!(default["whatCounts"]["spendingMinor"], 71300);
    let dollars = report(&["--report-currency", "USD"]);
    assert_eq!(dollars["currency"], "USD");
    // January–June of the Chase export: 35 + 120 + 45 + 4.50 + 4.50 + 88 dollars, unconverted.
    assert_eq!(dollars["whatCounts"]["spendingMinor"], 29700);
    assert_eq!(dollars["currencies"], default["currencies"], "the headline keeps every currency");
    let (code, _, stderr) = yearbook(&["report", files[0], "--report-currency", "yuan"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--report-currency needs a code like CNY"), "{stderr}");
}
