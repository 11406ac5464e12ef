//! Browser tests (`wasm-pack test --headless --chrome`): the exported wasm functions, called as
//! the page calls them, and a real canvas drawn and read back pixel by pixel.

#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yearbook::web::{analyze, demo_statement, draw_monthly_chart};

wasm_bindgen_test_configure!(run_in_browser);

fn file(name: &str, bytes: &[u8]) -> JsValue {
    let file = Object::new();
    Reflect::set(&file, &"name".into(), &name.into()).expect("set");
    Reflect::set(&file, &"bytes".into(), &Uint8Array::from(bytes)).expect("set");
    file.into()
}

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |v, key| Reflect::get(&v, &(*key).into()).expect("property"))
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

#[wasm_bindgen_test]
fn a_fixture_is_read_and_its_chart_drawn_on_a_canvas() {
    let bytes = include_bytes!("fixtures/alipay-2023/basic.csv");
    let result = analyze(Array::of1(&file("basic.csv", bytes))).expect("analyze");
    assert_eq!(get(&result, &["files", "0", "transactions"]).as_f64(), Some(10.0));
    assert!(get(&result, &["files", "0", "error"]).is_null());
    let report = get(&result, &["report"]);
    assert_eq!(get(&report, &["year"]).as_f64(), Some(2024.0));
    assert_eq!(get(&report, &["currencies", "CNY", "spending"]).as_f64(), Some(17452.0));

    let canvas = canvas(600, 300);
    let (blank, _, _) = pixel_census(&canvas);
    assert_eq!(blank, 600 * 300, "a new canvas is transparent black, not white");
    draw_monthly_chart(canvas.clone(), report, 1.0, false).expect("draws");
    let (inked, colours, bar) = pixel_census(&canvas);
    // The background is painted white; axes, labels and bars are not.
    assert!(inked > 2_000, "only {inked} non-background pixels");
    assert!(colours >= 3, "only {colours} colours");
    assert!(bar > 500, "only {bar} pixels of the bar colour");
}

#[wasm_bindgen_test]
fn hidpi_canvas_draws_at_device_resolution() {
    let result = analyze(Array::of1(&file("demo.csv", &demo_statement()))).expect("analyze");
    let report = get(&result, &["report"]);
    let one = canvas(300, 150);
    let two = canvas(600, 300);
    draw_monthly_chart(one.clone(), report.clone(), 1.0, false).expect("draws");
    draw_monthly_chart(two.clone(), report, 2.0, false).expect("draws");
    let (_, _, bars_one) = pixel_census(&one);
    let (_, _, bars_two) = pixel_census(&two);
    // Twice the scale is four times the pixels: the bars fill the same share of a canvas with
    // four times the pixels (margins, axes and text scale too, so the bars keep their size).
    let ratio = bars_two as f64 / bars_one as f64;
    assert!((3.5..4.5).contains(&ratio), "bar pixel ratio {ratio}");
}

#[wasm_bindgen_test]
fn a_pdf_is_refused_with_a_clear_message_and_does_not_hide_other_files() {
    let files =
        Array::of2(&file("bill.pdf", b"%PDF-1.4\n1 0 obj\n"), &file("demo.csv", &demo_statement()));
    let result = analyze(files).expect("analyze");
    let error = get(&result, &["files", "0", "error", "en"]).as_string().expect("an error");
    assert!(error.contains("bill.pdf") && error.contains("PDF"), "{error}");
    // The same sentence in Chinese, for the page's language switch.
    let zh = get(&result, &["files", "0", "error", "zh"]).as_string().expect("in Chinese");
    assert!(zh.starts_with("bill.pdf：") && zh.contains("PDF 文档"), "{zh}");
    assert_eq!(get(&result, &["report", "year"]).as_f64(), Some(2025.0));
}

/// The demo statement's report, as the page holds it.
fn demo_report() -> JsValue {
    let result = analyze(Array::of1(&file("demo.csv", &demo_statement()))).expect("analyze");
    get(&result, &["report"])
}

#[wasm_bindgen_test]
fn every_chart_is_drawn_on_a_canvas_and_none_is_blank() {
    use yearbook::web::{chart_ids, chart_size, draw_chart};
    let report = demo_report();
    let ids: Vec<String> = chart_ids().iter().filter_map(|v| v.as_string()).collect();
    assert_eq!(ids.len(), 10, "{ids:?}");
    let start = js_sys::Date::now();
    for id in &ids {
        let size = chart_size(id).expect("a size");
        for lang in ["zh-CN", "en"] {
            let canvas = canvas(size[0], size[1]);
            let t0 = js_sys::Date::now();
            draw_chart(id, canvas.clone(), report.clone(), 1.0, false, lang).expect("draws");
            console_log!("{id} ({lang}): {} ms", js_sys::Date::now() - t0);
            let (inked, colours, _) = pixel_census(&canvas);
            let all = (size[0] * size[1]) as usize;
            assert!(inked > all / 50, "{id} ({lang}): only {inked} of {all} pixels drawn");
            assert!(colours >= 4, "{id} ({lang}): only {colours} colours");
        }
    }
    let elapsed = js_sys::Date::now() - start;
    console_log!("20 charts drawn in {elapsed} ms");
    let t0 = js_sys::Date::now();
    yearbook::web::describe_report(report.clone(), "en").expect("sections");
    console_log!("describeReport: {} ms", js_sys::Date::now() - t0);
    assert!(draw_chart("pie", canvas(10, 10), report, 1.0, false, "en").is_err());
}

#[wasm_bindgen_test]
fn dark_charts_paint_a_dark_background() {
    let report = demo_report();
    let canvas = canvas(400, 200);
    yearbook::web::draw_chart("months", canvas.clone(), report, 1.0, true, "en").expect("draws");
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d").expect("context").expect("2d").dyn_into().expect("2d context");
    let corner = context.get_image_data(1.0, 1.0, 1.0, 1.0).expect("pixel").data();
    assert_eq!(corner[..3], [0x1b, 0x1d, 0x22], "the dark background");
}

#[wasm_bindgen_test]
fn describe_report_gives_every_section_in_both_languages() {
    let report = demo_report();
    for (lang, title) in [("zh", "这一年的数字"), ("en", "The year in numbers")] {
        let sections = yearbook::web::describe_report(report.clone(), lang).expect("sections");
        let sections: Array = sections.dyn_into().expect("an array");
        assert_eq!(sections.length(), 12);
        let first = sections.get(0);
        assert_eq!(get(&first, &["id"]).as_string().as_deref(), Some("numbers"));
        assert_eq!(get(&first, &["title"]).as_string().as_deref(), Some(title));
        let months = sections.get(1);
        assert_eq!(get(&months, &["chart"]).as_string().as_deref(), Some("months"));
        let rows: Array = get(&months, &["tables", "0", "rows"]).dyn_into().expect("rows");
        assert_eq!(rows.length(), 12);
        // camelCase keys, money already formatted.
        assert!(get(&months, &["tables", "0", "rowIds"]).is_object());
        let cell = get(&months, &["tables", "0", "rows", "0", "1"]).as_string().expect("a cell");
        assert!(cell.starts_with('¥'), "{cell}");
    }
}

#[wasm_bindgen_test]
fn the_share_card_is_a_1080_by_1920_png() {
    let report = demo_report();
    let canvas = canvas(10, 10);
    yearbook::web::draw_share_card(canvas.clone(), report, "zh-CN", false).expect("draws");
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

/// `{ name, bytes, options }` as the page sends a file with the choices made for it.
fn file_with(name: &str, bytes: &[u8], options: &str) -> JsValue {
    let file = file(name, bytes);
    let options = js_sys::JSON::parse(options).expect("options JSON");
    Reflect::set(&file, &"options".into(), &options).expect("set");
    file
}

#[wasm_bindgen_test]
fn each_file_gets_its_own_choices_and_a_stable_error_kind() {
    let qif = include_bytes!("fixtures/qif/ambiguous.qif");
    // The same bytes twice: with a date order it reads, without one it asks.
    let files = Array::of2(
        &file_with("chosen.qif", qif, r#"{"dateOrder":"day-first"}"#),
        &file("open.qif", qif),
    );
    let result = analyze(files).expect("analyze");
    assert!(get(&result, &["files", "0", "error"]).is_null());
    assert_eq!(get(&result, &["files", "0", "formatId"]).as_string().as_deref(), Some("qif"));
    assert!(get(&result, &["files", "0", "transactions"]).as_f64().unwrap_or(0.0) > 0.0);
    assert_eq!(
        get(&result, &["files", "1", "errorKind"]).as_string().as_deref(),
        Some("ambiguousDates")
    );
    let example = get(&result, &["files", "1", "errorDetail", "example"]).as_string();
    assert_eq!(example.as_deref(), Some("8/12/13"));
    assert!(get(&result, &["files", "1", "preview"]).is_null());
    // The file that read still makes a report.
    assert!(get(&result, &["report", "year"]).as_f64().is_some());

    let pdf = analyze(Array::of1(&file("bill.pdf", b"%PDF-1.4\n"))).expect("analyze");
    assert_eq!(get(&pdf, &["files", "0", "errorKind"]).as_string().as_deref(), Some("binary"));
    assert!(get(&pdf, &["report"]).is_null());
}

#[wasm_bindgen_test]
fn a_table_that_needs_mapping_carries_its_preview_and_reads_with_the_mapping() {
    let csv = include_bytes!("fixtures/bank-csv/generic-ambiguous.csv");
    let asked = analyze(Array::of1(&file("bank.csv", csv))).expect("analyze");
    assert_eq!(
        get(&asked, &["files", "0", "errorKind"]).as_string().as_deref(),
        Some("needsMapping")
    );
    let header: Array =
        get(&asked, &["files", "0", "preview", "header"]).dyn_into().expect("header");
    let header: Vec<String> = header.iter().filter_map(|c| c.as_string()).collect();
    assert_eq!(header, ["Date", "Details", "Money", "Ref"]);
    assert_eq!(get(&asked, &["files", "0", "preview", "guess", "date"]).as_f64(), Some(1.0));
    assert_eq!(
        get(&asked, &["files", "0", "preview", "delimiter"]).as_string().as_deref(),
        Some(",")
    );

    let mapping = r#"{"mapping":{"date":1,"amount":3,"description":2,"dateOrder":"day-first"}}"#;
    let read = analyze(Array::of1(&file_with("bank.csv", csv, mapping))).expect("analyze");
    assert!(
        get(&read, &["files", "0", "error"]).is_null(),
        "{:?}",
        get(&read, &["files", "0", "error"])
    );
    assert_eq!(get(&read, &["files", "0", "transactions"]).as_f64(), Some(3.0));
    // 04/05/2024 read day first is 4 May: the report's year is 2024 and salary is income.
    assert_eq!(get(&read, &["report", "year"]).as_f64(), Some(2024.0));

    let preview = yearbook::web::preview_csv(csv).expect("a preview");
    assert_eq!(get(&preview, &["header", "2"]).as_string().as_deref(), Some("Money"));
    let refused = yearbook::web::preview_csv(b"%PDF-1.4\n").expect_err("not a table");
    assert!(refused.as_string().unwrap_or_default().contains("PDF"), "{refused:?}");
}

#[wasm_bindgen_test]
fn invalid_choices_are_refused_naming_the_file() {
    let csv = include_bytes!("fixtures/bank-csv/generic-ambiguous.csv");
    let error = analyze(Array::of1(&file_with("bank.csv", csv, r#"{"dateOrder":"sideways"}"#)))
        .expect_err("refused");
    let message = error.as_string().unwrap_or_default();
    assert!(message.starts_with("bank.csv: ") && message.contains("sideways"), "{message}");
}

#[wasm_bindgen_test]
fn warnings_carry_row_and_column_and_are_counted() {
    let csv = include_bytes!("fixtures/alipay-2023/bad-rows.csv");
    let result = analyze(Array::of1(&file("bad-rows.csv", csv))).expect("analyze");
    let count = get(&result, &["files", "0", "warningCount"]).as_f64().expect("a count");
    let warnings: Array = get(&result, &["files", "0", "warnings"]).dyn_into().expect("warnings");
    assert!(count >= 1.0 && f64::from(warnings.length()) == count, "{count}");
    let first = warnings.get(0);
    assert!(get(&first, &["position", "row"]).as_f64().unwrap_or(0.0) >= 1.0);
    let en = get(&first, &["message", "en"]).as_string().unwrap_or_default();
    let zh = get(&first, &["message", "zh"]).as_string().unwrap_or_default();
    assert!(!en.is_empty() && !zh.is_empty() && zh != en, "{en} / {zh}");
}

#[wasm_bindgen_test]
fn money_is_formatted_by_the_core_with_its_currency() {
    use yearbook::web::format_money;
    assert_eq!(format_money(123456.0, Some("CNY".into())), "¥1,234.56");
    assert_eq!(format_money(123456.0, Some("JPY".into())), "¥123,456");
    assert_eq!(format_money(-700.0, Some("EUR".into())), "−€7.00");
    assert_eq!(format_money(1234567.0, None), "12,345.67");
    assert_eq!(format_money(1234567.0, Some("not a code".into())), "12,345.67");
}

#[wasm_bindgen_test]
fn a_place_the_person_removes_leaves_the_report() {
    use yearbook::web::analyze_with;
    let files = || Array::of1(&file("demo.csv", &demo_statement()));
    let cities = |result: &JsValue| -> Vec<String> {
        let cities: Array =
            get(result, &["report", "places", "cities"]).dyn_into().expect("cities");
        cities.iter().filter_map(|c| get(&c, &["id"]).as_string()).collect()
    };
    let all = cities(&analyze_with(files(), JsValue::UNDEFINED).expect("analyze"));
    assert!(all.len() >= 2, "{all:?}");
    let choices =
        js_sys::JSON::parse(&format!(r#"{{"excludePlaces":["{}"]}}"#, all[0])).expect("JSON");
    let fewer = analyze_with(files(), choices).expect("analyze");
    let left = cities(&fewer);
    assert_eq!(left, all[1..], "only the removed place is gone");
    // Spending does not change: a place is a label on payments, not a filter of them.
    let total = |r: &JsValue| get(r, &["report", "currencies", "CNY", "spending"]).as_f64();
    assert_eq!(total(&fewer), total(&analyze(files()).expect("analyze")));
    let refused =
        analyze_with(files(), js_sys::JSON::parse(r#"{"excludePlaces":3}"#).expect("JSON"));
    assert!(refused.is_err());
}

#[wasm_bindgen_test]
fn a_report_held_by_the_core_draws_and_describes_as_the_report_object_does() {
    use yearbook::web::{chart_ids, chart_size, describe_report, draw_chart, ReportHandle};
    let report = demo_report();
    let held = ReportHandle::new(report.clone()).expect("a report");
    let json = |v: JsValue| js_sys::JSON::stringify(&v).expect("JSON").as_string();
    for lang in ["en", "zh-CN"] {
        let expected = json(describe_report(report.clone(), lang).expect("sections"));
        assert!(expected.as_ref().is_some_and(|text| text.len() > 1000), "{lang}: {expected:?}");
        assert_eq!(json(held.describe(lang).expect("sections")), expected, "{lang}");
    }
    let pixels = |canvas: &HtmlCanvasElement| -> Vec<u8> {
        let context: CanvasRenderingContext2d =
            canvas.get_context("2d").expect("context").expect("2d").dyn_into().expect("2d");
        let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
        context.get_image_data(0.0, 0.0, w, h).expect("pixels").data().to_vec()
    };
    let start = js_sys::Date::now();
    for id in chart_ids().iter().filter_map(|v| v.as_string()) {
        let size = chart_size(&id).expect("a size");
        let (ours, theirs) = (canvas(size[0], size[1]), canvas(size[0], size[1]));
        held.draw_chart(&id, ours.clone(), 2.0, true, "zh-CN").expect("draws");
        draw_chart(&id, theirs.clone(), report.clone(), 2.0, true, "zh-CN").expect("draws");
        assert!(pixel_census(&ours).0 > 0, "{id}: nothing drawn");
        assert!(pixels(&ours) == pixels(&theirs), "{id}: the held report draws differently");
    }
    console_log!("10 charts of the held report, twice: {} ms", js_sys::Date::now() - start);
    let card = canvas(10, 10);
    held.draw_share_card(card.clone(), "en", false).expect("the share card");
    assert_eq!((card.width(), card.height()), (1080, 1920));
    assert!(held.draw_chart("pie", canvas(10, 10), 1.0, false, "en").is_err());
    for not_a_report in [JsValue::from_str("{\"year\":"), JsValue::from(3), Object::new().into()] {
        let error = ReportHandle::new(not_a_report).err().and_then(|e| e.as_string());
        assert!(error.is_some_and(|e| e.starts_with("not a report: ")), "refused with a reason");
    }
}
