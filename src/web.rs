//! The only wasm boundary: a handful of free functions the page calls. Each converts types and
//! delegates to the core; no business decision is made here.

use crate::chart::{monthly_spending, Theme};
use crate::{parse_bytes, Report, Transaction};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&format!("cannot pass the result to the page: {e}")))
}

/// Installs a panic hook that logs to the console (a panic is a bug; input never causes one).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// One file's outcome, as the page lists it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FileOutcome {
    name: String,
    /// The format's display name, when recognised.
    format: Option<String>,
    encoding: Option<String>,
    rows_seen: u32,
    transactions: usize,
    /// Row problems, each a full sentence with row and column.
    warnings: Vec<String>,
    /// The whole-file problem, when nothing could be read.
    error: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Analysis {
    files: Vec<FileOutcome>,
    report: Option<Report>,
}

/// Reads every `{ name, bytes }` in `files` and builds one report over all of them.
/// A file that fails is listed with its error; it never hides the others.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze(files: js_sys::Array) -> Result<JsValue, JsValue> {
    let mut outcomes = Vec::new();
    let mut transactions: Vec<Transaction> = Vec::new();
    for file in files.iter() {
        let name = js_sys::Reflect::get(&file, &JsValue::from_str("name"))?
            .as_string()
            .unwrap_or_else(|| "file".to_string());
        let bytes = js_sys::Reflect::get(&file, &JsValue::from_str("bytes"))?;
        let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
        match parse_bytes(&bytes, &name) {
            Ok(parsed) => {
                outcomes.push(FileOutcome {
                    name,
                    format: Some(parsed.source.display_name().to_string()),
                    encoding: Some(parsed.encoding.clone()),
                    rows_seen: parsed.rows_seen,
                    transactions: parsed.transactions.len(),
                    warnings: parsed.warnings.iter().map(ToString::to_string).collect(),
                    error: None,
                });
                transactions.extend(parsed.transactions);
            }
            Err(error) => outcomes.push(FileOutcome {
                name,
                format: None,
                encoding: None,
                rows_seen: 0,
                transactions: 0,
                warnings: Vec::new(),
                error: Some(error.to_string()),
            }),
        }
    }
    let report = Report::build(&transactions, None);
    to_js(&Analysis { files: outcomes, report })
}

/// Draws the monthly spending chart of `report` (as returned by `analyze`) on `canvas`, whose
/// backing store the page has sized to CSS size × `scale` (the device pixel ratio).
#[wasm_bindgen(js_name = drawMonthlyChart)]
pub fn draw_monthly_chart(
    canvas: HtmlCanvasElement,
    report: JsValue,
    scale: f64,
    dark: bool,
) -> Result<(), JsValue> {
    let report: Report = serde_wasm_bindgen::from_value(report)
        .map_err(|e| JsValue::from_str(&format!("not a report: {e}")))?;
    let backend = CanvasBackend::with_canvas_object(canvas)
        .ok_or_else(|| JsValue::from_str("the canvas has no 2D context"))?;
    let theme = Theme { dark, ..Theme::with_scale(scale) };
    monthly_spending(&backend.into_drawing_area(), &report, &theme)
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The synthetic demo statement: a year of Alipay rows, as the bytes of a downloaded file.
#[wasm_bindgen(js_name = demoStatement)]
pub fn demo_statement() -> Vec<u8> {
    crate::sample::alipay_2023(1500, 2025)
}

/// Formats minor units for display (`1234567` → `12,345.67`), so the page does no arithmetic.
#[wasm_bindgen(js_name = formatMoney)]
pub fn format_money(minor: f64) -> String {
    crate::money::format_minor(minor as i64, 2)
}
