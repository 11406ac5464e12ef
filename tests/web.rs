//! Browser tests (`wasm-pack test --headless --chrome`): the wasm boundary called as the page
//! calls it (the worker's `Session`, the main thread's `Report`, `previewCsv`, `checkMapping`,
//! `chartSpecs`), and real canvases drawn and read back pixel by pixel.

#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yearbook::web::{chart_specs, check_mapping, preview_csv, ReportHandle, SessionHandle};

wasm_bindgen_test_configure!(run_in_browser);

/// `{ name, bytes }` as the worker sends a file it read.
fn file(name: &str, bytes: &[u8]) -> JsValue {
    let file = Object::new();
    Reflect::set(&file, &"name".into(), &name.into()).expect("set");
    Reflect::set(&file, &"bytes".into(), &Uint8Array::from(bytes)).expect("set");
    file.into()
}

/// `{ name, bytes, options }`: a file with the choices made for it.
fn file_with(name: &str, bytes: &[u8], options: &str) -> JsValue {
    let file = file(name, bytes);
    let options = js_sys::JSON::parse(options).expect("options JSON");
    Reflect::set(&file, &"options".into(), &options).expect("set");
    file
}

/// A file the worker did not read, as JSON (`{ "name": …, "tooLarge": … }`, …).
fn unread(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("JSON")
}

fn demo() -> JsValue {
    unread(r#"{"name":"demo.csv","demo":true}"#)
}

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |v, key| Reflect::get(&v, &(*key).into()).expect("property"))
}

fn text(value: &JsValue, path: &[&str]) -> String {
    get(value, path).as_string().unwrap_or_default()
}

/// A fresh session's answer to reading `files`.
fn read(files: &[JsValue]) -> JsValue {
    SessionHandle::new().read(files.iter().collect(), JsValue::UNDEFINED).expect("read")
}

fn canvas(width: u32, height: u32) -> HtmlCanvasElement {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let canvas: HtmlCanvasElement =
        document.create_element("canvas").expect("canvas").dyn_into().expect("a canvas");
    canvas.set_width(width);
    canvas.set_height(height);
    document.body().expect("body").append_child(&canvas).expect("attached");
    canvas
}

/// (pixels that are not the white background, distinct colours, pixels of the bar colour,
/// `Theme::spending()`)
fn pixel_census(canvas: &HtmlCanvasElement) -> (usize, usize, usize) {
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d").expect("context").expect("2d").dyn_into().expect("2d context");
    let data = context
        .get_image_data(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()))
        .expect("pixels")
        .data();
    let mut colours = std::collections::HashSet::new();
    let (mut inked, mut bar) = (0, 0);
    for px in data.chunks_exact(4) {
        colours.insert((px[0], px[1], px[2]));
        if px[..3] != [255, 255, 255] {
            inked += 1;
        }
        if px[..3] == [0x00, 0x72, 0xb2] {
            bar += 1;
        }
    }
    (inked, colours.len(), bar)
}

/// The demo statement's report, held as the page's main thread holds it.
fn demo_report() -> ReportHandle {
    ReportHandle::new(get(&read(&[demo()]), &["report"])).expect("a report")
}

#[wasm_bindgen_test]
fn a_fixture_is_read_and_its_chart_drawn_on_a_canvas() {
    let bytes = include_bytes!("fixtures/alipay-2023/basic.csv");
    let result = read(&[file("basic.csv", bytes)]);
    assert_eq!(get(&result, &["files", "0", "transactions"]).as_f64(), Some(10.0));
    assert!(get(&result, &["files", "0", "error"]).is_undefined());
    assert_eq!(text(&result, &["files", "0", "format"]), "alipay-2023");
    assert_eq!(
        text(&result, &["files", "0", "summary", "en"]),
        "Alipay app export (2023+ layout) · 10 transactions"
    );
    let report = get(&result, &["report"]);
    assert_eq!(get(&report, &["year"]).as_f64(), Some(2024.0));
    assert_eq!(get(&report, &["currencies", "CNY", "spending"]).as_f64(), Some(17452.0));
    // The headline as the core words it, in both languages.
    assert_eq!(text(&result, &["headline", "title", "en"]), "Your 2024");
    assert_eq!(text(&result, &["headline", "lines", "0", "currency"]), "CNY");
    assert_eq!(
        text(&result, &["headline", "lines", "0", "text", "zh"]),
        "CNY：支出 ¥174.52，收入 ¥1,288.00，本年共 9 笔交易。"
    );
    assert_eq!(text(&result, &["status", "state"]), "done");
    assert_eq!(text(&result, &["status", "message", "en"]), "Read 10 transactions from 1 file.");

    let canvas = canvas(600, 300);
    let (blank, _, _) = pixel_census(&canvas);
    assert_eq!(blank, 600 * 300, "a new canvas is transparent black, not white");
    let held = ReportHandle::new(report).expect("a report");
    held.draw_chart("months", canvas.clone(), 1.0, false, "en").expect("draws");
    let (inked, colours, bar) = pixel_census(&canvas);
    // The background is painted white; axes, labels and bars are not.
    assert!(inked > 2_000, "only {inked} non-background pixels");
    assert!(colours >= 3, "only {colours} colours");
    assert!(bar > 500, "only {bar} pixels of the bar colour");
}

#[wasm_bindgen_test]
fn hidpi_canvas_draws_at_device_resolution() {
    let held = demo_report();
    let one = canvas(300, 150);
    let two = canvas(600, 300);
    held.draw_chart("months", one.clone(), 1.0, false, "en").expect("draws");
    held.draw_chart("months", two.clone(), 2.0, false, "en").expect("draws");
    let (_, _, bars_one) = pixel_census(&one);
    let (_, _, bars_two) = pixel_census(&two);
    // Twice the scale is four times the pixels: the bars fill the same share of a canvas with
    // four times the pixels (margins, axes and text scale too, so the bars keep their size).
    let ratio = bars_two as f64 / bars_one as f64;
    assert!((3.5..4.5).contains(&ratio), "bar pixel ratio {ratio}");
}

#[wasm_bindgen_test]
fn a_pdf_is_refused_with_a_clear_message_and_does_not_hide_other_files() {
    let result = read(&[file("bill.pdf", b"%PDF-1.4\n1 0 obj\n"), demo()]);
    let error = text(&result, &["files", "0", "error", "en"]);
    assert!(error.contains("bill.pdf") && error.contains("PDF"), "{error}");
    // The same sentence in Chinese, for the page's language switch.
    let zh = text(&result, &["files", "0", "error", "zh"]);
    assert!(zh.starts_with("bill.pdf：") && zh.contains("PDF 文档"), "{zh}");
    assert_eq!(text(&result, &["files", "0", "errorKind"]), "binary");
    assert!(get(&result, &["files", "0", "step"]).is_null(), "nothing to ask: it is final");
    assert_eq!(get(&result, &["report", "year"]).as_f64(), Some(2025.0));
    assert_eq!(text(&result, &["files", "1", "format"]), "alipay-2023");
    let status = text(&result, &["status", "message", "en"]);
    assert!(status.ends_with("1 file could not be read; see the list of files."), "{status}");
}

#[wasm_bindgen_test]
fn files_the_worker_did_not_read_are_said_by_the_core() {
    let limit = 400.0 * 1024.0 * 1024.0;
    assert!(SessionHandle::admits(limit) && !SessionHandle::admits(limit + 1.0));
    let result = read(&[
        unread(&format!(r#"{{"name":"huge.csv","tooLarge":{}}}"#, 401.0 * 1024.0 * 1024.0)),
        unread(r#"{"name":"gone.csv","unreadable":"NotReadableError: the file changed"}"#),
        demo(),
    ]);
    assert_eq!(text(&result, &["files", "0", "errorKind"]), "tooLarge");
    assert_eq!(
        text(&result, &["files", "0", "error", "en"]),
        "huge.csv: this file is 401.0 MB, more than the 400.0 MB a browser tab can read at once; export a shorter period, or use the yearbook command line, which has no limit"
    );
    assert!(
        text(&result, &["files", "0", "error", "zh"]).starts_with("huge.csv：这个文件有 401.0 MB")
    );
    assert_eq!(text(&result, &["files", "1", "errorKind"]), "unreadable");
    assert_eq!(
        text(&result, &["files", "1", "error", "en"]),
        "gone.csv: cannot open the file: NotReadableError: the file changed"
    );
    assert!(get(&result, &["files", "2", "transactions"]).as_f64().unwrap_or(0.0) > 1000.0);
}

#[wasm_bindgen_test]
fn every_chart_is_drawn_on_a_canvas_and_none_is_blank() {
    let held = demo_report();
    let specs: Array = chart_specs().expect("specs").dyn_into().expect("an array");
    assert_eq!(specs.length(), 10);
    let start = js_sys::Date::now();
    for spec in specs.iter() {
        let id = text(&spec, &["id"]);
        let (width, height) = (get(&spec, &["width"]).as_f64(), get(&spec, &["height"]).as_f64());
        let (width, height) = (width.unwrap_or(0.0) as u32, height.unwrap_or(0.0) as u32);
        assert!(width >= 300 && height >= 200, "{id}: {width}×{height}");
        for lang in ["zh-CN", "en"] {
            let canvas = canvas(width, height);
            let t0 = js_sys::Date::now();
            held.draw_chart(&id, canvas.clone(), 1.0, false, lang).expect("draws");
            console_log!("{id} ({lang}): {} ms", js_sys::Date::now() - t0);
            let (inked, colours, _) = pixel_census(&canvas);
            let all = (width * height) as usize;
            assert!(inked > all / 50, "{id} ({lang}): only {inked} of {all} pixels drawn");
            assert!(colours >= 4, "{id} ({lang}): only {colours} colours");
        }
    }
    console_log!("20 charts drawn in {} ms", js_sys::Date::now() - start);
    assert!(held.draw_chart("pie", canvas(10, 10), 1.0, false, "en").is_err());
    for not_a_report in [JsValue::from_str("{\"year\":"), JsValue::from(3), Object::new().into()] {
        let error = ReportHandle::new(not_a_report).err().and_then(|e| e.as_string());
        assert!(error.is_some_and(|e| e.starts_with("not a report: ")), "refused with a reason");
    }
}

#[wasm_bindgen_test]
fn dark_charts_paint_a_dark_background() {
    let canvas = canvas(400, 200);
    demo_report().draw_chart("months", canvas.clone(), 1.0, true, "en").expect("draws");
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d").expect("context").expect("2d").dyn_into().expect("2d context");
    let corner = context.get_image_data(1.0, 1.0, 1.0, 1.0).expect("pixel").data();
    assert_eq!(corner[..3], [0x1b, 0x1d, 0x22], "the dark background");
}

#[wasm_bindgen_test]
fn the_sections_come_described_in_both_page_languages() {
    let t0 = js_sys::Date::now();
    let result = read(&[demo()]);
    console_log!("demo read, reported and described twice: {} ms", js_sys::Date::now() - t0);
    for (lang, title) in [("zh-CN", "这一年的数字"), ("en", "The year in numbers")] {
        let sections: Array = get(&result, &["sections", lang]).dyn_into().expect("an array");
        assert_eq!(sections.length(), 12);
        let first = sections.get(0);
        assert_eq!(text(&first, &["id"]), "numbers");
        assert_eq!(text(&first, &["title"]), title);
        let months = sections.get(1);
        assert_eq!(text(&months, &["chart"]), "months");
        let rows: Array = get(&months, &["tables", "0", "rows"]).dyn_into().expect("rows");
        assert_eq!(rows.length(), 12);
        // camelCase keys, money already formatted.
        assert!(get(&months, &["tables", "0", "rowIds"]).is_object());
        let cell = text(&months, &["tables", "0", "rows", "0", "1"]);
        assert!(cell.starts_with('¥'), "{cell}");
    }
}

#[wasm_bindgen_test]
fn the_share_card_is_a_1080_by_1920_png() {
    let canvas = canvas(10, 10);
    demo_report().draw_share_card(canvas.clone(), "zh-CN", false).expect("draws");
    assert_eq!((canvas.width(), canvas.height()), (1080, 1920));
    let url = canvas.to_data_url_with_type("image/png").expect("a PNG");
    let base64 = url.strip_prefix("data:image/png;base64,").expect("a PNG data URL");
    let binary = web_sys::window().expect("window").atob(base64).expect("base64");
    let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
    assert_eq!(bytes[..8], [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A], "PNG signature");
    assert_eq!(&bytes[12..16], b"IHDR");
    let width = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
    let height = u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
    assert_eq!((width, height), (1080, 1920));
    assert_eq!(&bytes[bytes.len() - 8..bytes.len() - 4], b"IEND");
    let (inked, colours, _) = pixel_census(&canvas);
    assert!(inked > 1080 * 1920 / 2 && colours > 20, "{inked} pixels, {colours} colours");
}

#[wasm_bindgen_test]
fn every_story_card_is_drawn_at_1080_by_1920_and_the_words_come_in_both_languages() {
    let result = read(&[demo()]);
    for lang in ["en", "zh-CN"] {
        for form in ["hidden", "shown"] {
            let cards: Array = get(&result, &["story", lang, form]).dyn_into().expect("cards");
            assert!((8..=14).contains(&cards.length()), "{lang} {form}: {}", cards.length());
            let last = cards.get(cards.length() - 1);
            assert_eq!(text(&last, &["id"]), "poster");
            assert!(!text(&last, &["alt"]).is_empty());
        }
    }
    let cards: Array = get(&result, &["story", "en", "hidden"]).dyn_into().expect("cards");
    let report = demo_report();
    for index in 0..cards.length() {
        let canvas = canvas(10, 10);
        report.draw_story_card(index as usize, canvas.clone(), "en", false).expect("draws");
        assert_eq!((canvas.width(), canvas.height()), (1080, 1920));
        let (inked, colours, _) = pixel_census(&canvas);
        assert!(
            inked > 1080 * 1920 / 2 && colours > 10,
            "card {index}: {inked} pixels, {colours} colours"
        );
    }
}

#[wasm_bindgen_test]
fn each_file_gets_its_own_choices_and_the_core_names_the_step() {
    let qif = include_bytes!("fixtures/qif/ambiguous.qif");
    // The same bytes twice: with a date order it reads, without one it asks.
    let result = read(&[
        file_with("chosen.qif", qif, r#"{"dateOrder":"day-first"}"#),
        file("open.qif", qif),
    ]);
    assert!(get(&result, &["files", "0", "error"]).is_undefined());
    assert_eq!(text(&result, &["files", "0", "format"]), "qif");
    assert!(get(&result, &["files", "0", "transactions"]).as_f64().unwrap_or(0.0) > 0.0);
    assert_eq!(text(&result, &["files", "1", "errorKind"]), "ambiguousDates");
    assert_eq!(text(&result, &["files", "1", "step", "kind"]), "dateOrder");
    assert_eq!(text(&result, &["files", "1", "step", "example"]), "8/12/13");
    // The file that read still makes a report; the status says one waits.
    assert!(get(&result, &["report", "year"]).as_f64().is_some());
    assert_eq!(
        text(&result, &["status", "message", "en"]),
        "Yearbook needs your help with 1 file; see the list of files."
    );

    let zip = include_bytes!("fixtures/zip/aes.zip");
    let asked = read(&[file("mail.zip", zip)]);
    assert_eq!(text(&asked, &["files", "0", "step", "kind"]), "password");
    assert_eq!(get(&asked, &["files", "0", "step", "wrong"]).as_bool(), Some(false));
    assert!(get(&asked, &["report"]).is_null());
    assert_eq!(text(&asked, &["status", "state"]), "needs-input");
    let wrong = read(&[file_with("mail.zip", zip, r#"{"password":"654321"}"#)]);
    assert_eq!(text(&wrong, &["files", "0", "errorKind"]), "wrongPassword");
    assert_eq!(get(&wrong, &["files", "0", "step", "wrong"]).as_bool(), Some(true));
    let opened = read(&[file_with("mail.zip", zip, r#"{"password":"123456"}"#)]);
    assert_eq!(get(&opened, &["report", "currencies", "CNY", "spending"]).as_f64(), Some(17452.0));
}

#[wasm_bindgen_test]
fn a_table_that_needs_mapping_carries_its_preview_and_reads_with_the_mapping() {
    let csv = include_bytes!("fixtures/bank-csv/generic-ambiguous.csv");
    let asked = read(&[file("bank.csv", csv)]);
    assert_eq!(text(&asked, &["files", "0", "errorKind"]), "needsMapping");
    assert_eq!(text(&asked, &["files", "0", "step", "kind"]), "mapping");
    let header: Array =
        get(&asked, &["files", "0", "step", "preview", "header"]).dyn_into().expect("header");
    let header: Vec<String> = header.iter().filter_map(|c| c.as_string()).collect();
    assert_eq!(header, ["Date", "Details", "Money", "Ref"]);
    let guess = get(&asked, &["files", "0", "step", "preview", "guess"]);
    assert_eq!(get(&guess, &["date"]).as_f64(), Some(1.0));
    assert_eq!(text(&asked, &["files", "0", "step", "preview", "delimiter"]), ",");
    assert!(!text(&asked, &["files", "0", "step", "problem", "zh"]).is_empty());

    let mapping = r#"{"mapping":{"date":1,"amount":3,"description":2,"dateOrder":"day-first"}}"#;
    let read_back = read(&[file_with("bank.csv", csv, mapping)]);
    assert!(get(&read_back, &["files", "0", "error"]).is_undefined());
    assert_eq!(get(&read_back, &["files", "0", "transactions"]).as_f64(), Some(3.0));
    assert_eq!(get(&read_back, &["files", "0", "mappable"]).as_bool(), Some(true));
    // 04/05/2024 read day first is 4 May: the report's year is 2024 and salary is income.
    assert_eq!(get(&read_back, &["report", "year"]).as_f64(), Some(2024.0));

    let preview = preview_csv(csv).expect("a preview");
    assert_eq!(text(&preview, &["header", "2"]), "Money");
    let refused = preview_csv(b"%PDF-1.4\n").expect_err("not a table");
    assert!(text(&refused, &["en"]).contains("PDF") && text(&refused, &["zh"]).contains("PDF"));
}

#[wasm_bindgen_test]
fn the_mapping_step_asks_the_core_before_reading_again() {
    let check =
        |json: &str| check_mapping(js_sys::JSON::parse(json).expect("JSON")).expect("checked");
    let refused = check(r#"{"date":1}"#);
    assert_eq!(
        text(&refused, &["en"]),
        "These columns cannot be read: the mapping names no amount column (or no debit and credit pair)."
    );
    assert_eq!(
        text(&refused, &["zh"]),
        "按这些列无法读取：列映射中没有指定金额列（或支出列与收入列）。"
    );
    assert!(text(&check(r#"{"amount":3}"#), &["en"]).contains("no date column"));
    let direction = check(r#"{"date":1,"amount":3,"direction":2,"directionOut":"Af"}"#);
    assert!(text(&direction, &["en"]).contains("money out and money in"));
    assert!(check(r#"{"date":1,"debit":3,"credit":4}"#).is_null());
    assert!(check(
        r#"{"date":1,"amount":3,"direction":2,"directionOut":"Af","directionIn":"Bij"}"#
    )
    .is_null());
    let error = check_mapping(JsValue::from_str("date=1")).expect_err("not a mapping");
    assert!(error.as_string().unwrap_or_default().starts_with("not a column mapping"));
}

#[wasm_bindgen_test]
fn invalid_choices_are_refused_naming_the_file() {
    let csv = include_bytes!("fixtures/bank-csv/generic-ambiguous.csv");
    let error = SessionHandle::new()
        .read(Array::of1(&file_with("bank.csv", csv, r#"{"dateOrder":"sideways"}"#)), JsValue::NULL)
        .expect_err("refused");
    let message = error.as_string().unwrap_or_default();
    assert!(message.starts_with("bank.csv: ") && message.contains("sideways"), "{message}");
}

#[wasm_bindgen_test]
fn warnings_are_placed_by_the_core_in_both_languages() {
    let csv = include_bytes!("fixtures/alipay-2023/bad-rows.csv");
    let result = read(&[file("bad-rows.csv", csv)]);
    assert_eq!(get(&result, &["files", "0", "warningCount"]).as_f64(), Some(5.0));
    assert_eq!(get(&result, &["files", "0", "moreWarnings"]).as_f64(), Some(0.0));
    let warnings: Array = get(&result, &["files", "0", "warnings"]).dyn_into().expect("warnings");
    assert_eq!(warnings.length(), 5);
    let second = warnings.get(1);
    assert_eq!(
        (get(&second, &["row"]).as_f64(), get(&second, &["column"]).as_f64()),
        (Some(27.0), Some(7.0))
    );
    assert_eq!(
        text(&second, &["message", "en"]),
        "row 27, column 7 \"金额\": cannot read the amount \"1.2O\" (expected a number like 1200.00)"
    );
    assert_eq!(
        text(&second, &["message", "zh"]),
        "第 27 行，第 7 列“金额”：无法读取金额“1.2O”（应为类似 1200.00 的数字）"
    );
}

#[wasm_bindgen_test]
fn a_place_the_person_removes_leaves_the_report_without_reading_again() {
    let mut session = SessionHandle::new();
    let cities = |result: &JsValue| -> Vec<String> {
        let cities: Array =
            get(result, &["report", "places", "cities"]).dyn_into().expect("cities");
        cities.iter().map(|c| text(&c, &["id"])).collect()
    };
    let first = session.read(Array::of1(&demo()), JsValue::UNDEFINED).expect("read");
    let all = cities(&first);
    assert!(all.len() >= 2, "{all:?}");
    let choices =
        js_sys::JSON::parse(&format!(r#"{{"excludePlaces":["{}"]}}"#, all[0])).expect("JSON");
    let t0 = js_sys::Date::now();
    let fewer = session.choose(choices).expect("chosen");
    console_log!("the report again from the rows held: {} ms", js_sys::Date::now() - t0);
    assert_eq!(cities(&fewer), all[1..], "only the removed place is gone");
    // Spending does not change: a place is a label on payments, not a filter of them.
    let total = |r: &JsValue| get(r, &["report", "currencies", "CNY", "spending"]).as_f64();
    assert_eq!(total(&fewer), total(&first));
    // The files are listed as they were read.
    assert_eq!(
        get(&fewer, &["files", "0", "transactions"]),
        get(&first, &["files", "0", "transactions"])
    );
    let back = session.choose(JsValue::UNDEFINED).expect("chosen");
    assert_eq!(cities(&back), all);
    assert!(session.choose(js_sys::JSON::parse(r#"{"excludePlaces":3}"#).expect("JSON")).is_err());
}
