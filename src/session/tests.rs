//! The session: files read together and listed in order, the report rebuilt from the rows held,
//! the page's size rule, the status line and the two listings' shapes.

use super::*;
use crate::lang::Lang;

const BASIC: &[u8] = include_bytes!("../../tests/fixtures/alipay-2023/basic.csv");
const AMBIGUOUS_QIF: &[u8] = include_bytes!("../../tests/fixtures/qif/ambiguous.qif");

fn bytes(name: &str, bytes: &[u8]) -> Input {
    Input {
        name: name.into(),
        content: Content::Bytes(bytes.to_vec()),
        options: Options::default(),
    }
}

fn refused(name: &str, content: Content) -> Input {
    Input { name: name.into(), content, options: Options::default() }
}

#[test]
fn files_are_listed_in_the_order_given_whatever_became_of_them() {
    let mut session = Session::new();
    session.read(vec![
        refused("huge.csv", Content::TooLarge { size: PAGE_FILE_LIMIT + 1 }),
        bytes("basic.csv", BASIC),
        refused("gone.csv", Content::Unreadable { reason: "NotFoundError".into() }),
        bytes("bill.pdf", b"%PDF-1.4\n"),
        bytes("again.csv", BASIC),
    ]);
    let names: Vec<&str> = session.files().iter().map(|f| f.file.as_str()).collect();
    assert_eq!(names, ["huge.csv", "basic.csv", "gone.csv", "bill.pdf", "again.csv"]);
    let kinds: Vec<Option<&str>> =
        session.files().iter().map(|f| f.read.as_ref().err().map(|e| e.kind.id())).collect();
    assert_eq!(kinds, [Some("tooLarge"), None, Some("unreadable"), Some("binary"), None]);
    // Each read file's rows are its own range of the one list.
    let (first, second) = (&session.files()[1], &session.files()[4]);
    assert_eq!(session.rows(first).len(), 10);
    assert_eq!(session.rows(second).len(), 10);
    assert_eq!(session.transactions().len(), 20);
    assert!(session.rows(&session.files()[0]).is_empty());
    let gone = session.files()[2].read.as_ref().expect_err("not read").phrase();
    assert_eq!(gone.render(Lang::En), "gone.csv: cannot open the file: NotFoundError");
    assert!(session.report().is_some());

    // Reading again replaces everything read before.
    session.read(vec![bytes("bill.pdf", b"%PDF-1.4\n")]);
    assert_eq!(session.files().len(), 1);
    assert!(session.transactions().is_empty() && session.report().is_none());
}

#[test]
fn the_page_reads_files_up_to_its_limit() {
    assert!(admits(0) && admits(PAGE_FILE_LIMIT));
    assert!(!admits(PAGE_FILE_LIMIT + 1));
    assert_eq!(PAGE_FILE_LIMIT, 400 * 1024 * 1024);
}

#[test]
fn a_new_choice_rebuilds_the_report_from_the_rows_held() {
    let mut session = Session::new();
    session.read(vec![bytes("demo.csv", &crate::sample::alipay_2023(1500, 2025))]);
    let rows = session.transactions().as_ptr();
    let report = session.report().expect("a report").clone();
    let place = report.places.cities.first().expect("a city").id.clone();

    session.choose(None, ReportOptions::excluding_places([place.clone()]));
    let fewer = session.report().expect("a report");
    assert!(fewer.places.cities.iter().all(|city| city.id != place), "{place} is gone");
    assert_eq!(fewer.places.cities.len() + 1, report.places.cities.len());
    // Spending is the same: a place labels payments, it does not filter them.
    assert_eq!(fewer.currencies, report.currencies);
    // Nothing was read again: the same rows, where they were.
    assert_eq!(session.transactions().as_ptr(), rows);

    // Another year: the demo has no row before 2025.
    session.choose(Some(2024), ReportOptions::excluding_places([place.clone()]));
    let before = session.report().expect("a report of an empty year");
    assert_eq!((before.year, before.currencies.len()), (2024, 0));
    session.choose(Some(2025), ReportOptions::excluding_places([place.clone()]));
    assert_eq!(session.report().map(|r| r.year), Some(2025));
    assert_eq!(session.transactions().as_ptr(), rows);

    // The choices stay for the next files read.
    session.read(vec![bytes("demo.csv", &crate::sample::alipay_2023(1500, 2025))]);
    let again = session.report().expect("a report");
    assert!(again.places.cities.iter().all(|city| city.id != place));
}

#[test]
fn the_status_says_what_was_read_and_what_waits() {
    let status = |inputs: Vec<Input>| {
        let mut session = Session::new();
        session.read(inputs);
        let status = session.status();
        (status.state, status.message.render(Lang::En), status.message.render(Lang::Zh))
    };
    assert_eq!(
        status(vec![bytes("basic.csv", BASIC)]),
        (
            State::Done,
            "Read 10 transactions from 1 file.".into(),
            "从 1 个文件中读取了 10 笔交易。".into()
        )
    );
    let (state, en, _) = status(vec![bytes("a.csv", BASIC), bytes("b.pdf", b"%PDF-1.4\n")]);
    assert_eq!(state, State::Done);
    assert_eq!(
        en,
        "Read 10 transactions from 1 file. 1 file could not be read; see the list of files."
    );
    let (state, en, _) = status(vec![bytes("a.csv", BASIC), bytes("b.qif", AMBIGUOUS_QIF)]);
    assert_eq!(
        (state, en.as_str()),
        (State::Done, "Yearbook needs your help with 1 file; see the list of files.")
    );
    let (state, en, zh) = status(vec![bytes("b.qif", AMBIGUOUS_QIF)]);
    assert_eq!(state, State::NeedsInput);
    assert_eq!(en, "No report yet: Yearbook needs your help with 1 file; see the list of files.");
    assert_eq!(zh, "还没有报告：有 1 个文件需要你补充信息，见文件列表。");
    let (state, en, _) = status(vec![bytes("b.pdf", b"%PDF-1.4\n")]);
    assert_eq!((state, en.as_str()), (State::Error, "No report yet: see the list of files."));
    let header_only = "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,\n";
    let (state, en, _) = status(vec![bytes("empty.csv", header_only.as_bytes())]);
    assert_eq!(
        (state, en.as_str()),
        (State::Error, "No report yet: the files hold no transactions.")
    );
}

#[cfg(not(target_arch = "wasm32"))] // serde_json is a native-only dependency
mod listings {
    use super::*;
    use crate::choices::DateOrder;
    use serde_json::{json, Value};

    fn listed(inputs: Vec<Input>, audience: Audience) -> Vec<Value> {
        let mut session = Session::new();
        session.read(inputs);
        session.listings(audience).iter().map(|l| serde_json::to_value(l).expect("JSON")).collect()
    }

    const BAD_ROWS: &[u8] = include_bytes!("../../tests/fixtures/alipay-2023/bad-rows.csv");

    #[test]
    fn the_command_line_gets_every_row_and_one_language() {
        let files = listed(
            vec![bytes("bad-rows.csv", BAD_ROWS), bytes("bill.pdf", b"%PDF-1.4\n")],
            Audience::CommandLine(Lang::Zh),
        );
        let read = &files[0];
        let keys: Vec<&str> =
            read.as_object().expect("an object").keys().map(String::as_str).collect();
        assert_eq!(keys, ["encoding", "file", "format", "rowsSeen", "transactions", "warnings"]);
        assert_eq!(read["format"], "alipay-2023");
        assert!(read["transactions"][0]["reason"].as_str().is_some_and(|r| !r.is_ascii()));
        let warning = &read["warnings"][1];
        assert_eq!(
            (&warning["row"], &warning["column"], &warning["columnName"]),
            (&json!(27), &json!(7), &json!("金额"))
        );
        let message = warning["message"].as_str().unwrap_or_default();
        assert!(message.starts_with("bad-rows.csv，第 27 行，第 7 列“金额”："), "{message}");
        assert_eq!(
            files[1],
            json!({"file": "bill.pdf", "format": null, "transactions": [], "warnings": [],
                "error": "bill.pdf：这个文件是PDF 文档，不像 Yearbook 能读取的任何账单；请把账单导出为 CSV"})
        );
    }

    #[test]
    fn the_page_gets_counts_both_languages_and_the_step() {
        let mut qif = bytes("chosen.qif", AMBIGUOUS_QIF);
        qif.options.date_order = Some(DateOrder::DayFirst);
        let files = listed(
            vec![bytes("bad-rows.csv", BAD_ROWS), bytes("open.qif", AMBIGUOUS_QIF), qif],
            Audience::Page,
        );
        let read = &files[0];
        assert_eq!(read["transactions"], 1);
        assert_eq!(read["summary"]["en"], "Alipay app export (2023+ layout) · 1 transaction");
        assert_eq!(read["summary"]["zh"], "支付宝 App 导出账单（2023 年起的格式）：1 笔交易");
        assert_eq!((&read["warningCount"], &read["moreWarnings"]), (&json!(5), &json!(0)));
        assert_eq!(
            read["warnings"][1]["message"]["en"]
                .as_str()
                .map(|m| m.starts_with("row 27, column 7 \"金额\": ")),
            Some(true)
        );
        assert_eq!(
            (&read["errorKind"], &read["step"], &read["mappable"]),
            (&Value::Null, &Value::Null, &json!(false))
        );
        let open = &files[1];
        assert_eq!(open["errorKind"], "ambiguousDates");
        assert_eq!(open["step"], json!({"kind": "dateOrder", "example": "8/12/13"}));
        assert!(open["error"]["zh"].as_str().is_some_and(|e| e.starts_with("open.qif，第 6 行：")));
        assert_eq!(
            (&open["format"], &open["transactions"], &open["summary"]),
            (&Value::Null, &json!(0), &Value::Null)
        );
        assert_eq!(files[2]["format"], "qif");
    }

    #[test]
    fn the_page_gets_at_most_its_share_of_warnings_and_the_count() {
        let header = "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,\n";
        let mut csv = header.to_string();
        for _ in 0..MAX_PAGE_WARNINGS + 5 {
            csv.push_str("2024-03-10 12:01:00,餐饮美食,店,/,米线,支出,1.2O,卡,交易成功,1,,,\n");
        }
        csv.push_str("2024-03-10 12:01:00,餐饮美食,店,/,米线,支出,1.20,卡,交易成功,2,,,\n");
        let page = listed(vec![bytes("bad.csv", csv.as_bytes())], Audience::Page);
        assert_eq!(page[0]["warnings"].as_array().map(Vec::len), Some(MAX_PAGE_WARNINGS));
        assert_eq!(page[0]["warningCount"], MAX_PAGE_WARNINGS + 5);
        assert_eq!(page[0]["moreWarnings"], 5);
        let all = listed(vec![bytes("bad.csv", csv.as_bytes())], Audience::CommandLine(Lang::En));
        assert_eq!(all[0]["warnings"].as_array().map(Vec::len), Some(MAX_PAGE_WARNINGS + 5));
    }
}
