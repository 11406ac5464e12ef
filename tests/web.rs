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

/// (pixels that are not the white background, distinct colours, pixels of the bar colour)
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
        if px[..3] == [0x16, 0x77, 0xff] {
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
    let error = get(&result, &["files", "0", "error"]).as_string().expect("an error");
    assert!(error.contains("bill.pdf") && error.contains("PDF"), "{error}");
    assert_eq!(get(&result, &["report", "year"]).as_f64(), Some(2025.0));
}
