//! The only wasm boundary: a handful of free functions the page calls. Each converts types and
//! delegates to the core; no business decision is made here.

use crate::chart::{monthly_spending, Theme};
use crate::choices::{ColumnMapping, CsvPreview, DateOrder, Options};
use crate::error::{Error, ErrorKind, Warning};
use crate::lang::Text;
use crate::model::Source;
use crate::parse::{read, FileRead, Input};
use crate::report::ReportOptions;
use crate::Report;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&format!("cannot pass the result to the page: {e}")))
}

/// A value the page sent, as JSON-shaped JS; `what` names it in the error. (Measured: the same
/// crossing as JSON text through serde_json made the module 20 KB larger gzipped, because
/// serde_json's deserialiser, inlined into every type's visitor, is bigger than this one.)
fn from_js<T: DeserializeOwned>(value: &JsValue, what: &str) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(value.clone())
        .map_err(|e| JsValue::from_str(&format!("{what}: {e}")))
}

/// Installs a panic hook that logs to the console (a panic is a bug; input never causes one).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// At most this many warnings per file cross to the page (the count says how many there are):
/// a file with 100 000 unreadable rows must not make a 100 000-item message.
const MAX_WARNINGS: usize = 200;

/// One file's outcome, as the page lists it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FileOutcome {
    name: String,
    /// The format's display name in both languages, when recognised.
    format: Option<Text>,
    /// The format's stable id (`alipay-2023`, `ofx`, …), when recognised.
    format_id: Option<Source>,
    encoding: Option<String>,
    rows_seen: u32,
    transactions: usize,
    /// Row problems (1-based row and column, and the message as `{zh, en}`), the first
    /// [`MAX_WARNINGS`].
    warnings: Vec<Warning>,
    /// How many row problems there are in all.
    warning_count: usize,
    /// The whole-file problem, as the sentence the user reads in either language (`{zh, en}`),
    /// when nothing could be read.
    error: Option<Text>,
    /// The problem's stable camelCase id (`passwordRequired`, `wrongPassword`,
    /// `ambiguousDates`, `needsMapping`, `unknownFormat`, …): the page picks the step to show.
    error_kind: Option<String>,
    /// The problem's details as the core states them (`{type, example}`, `{type, problem,
    /// preview}`, …).
    error_detail: Option<ErrorKind>,
    /// The top of the table for the column-mapping step, when the problem is `needsMapping`.
    preview: Option<CsvPreview>,
}

impl FileOutcome {
    fn read(name: String, parsed: FileRead) -> FileOutcome {
        FileOutcome {
            name,
            format: Some(crate::phrase::Phrase::new(parsed.source.name()).text()),
            format_id: Some(parsed.source),
            encoding: Some(parsed.encoding),
            rows_seen: parsed.rows_seen,
            transactions: parsed.rows.len(),
            warning_count: parsed.warnings.len(),
            warnings: parsed.warnings.into_iter().take(MAX_WARNINGS).collect(),
            error: None,
            error_kind: None,
            error_detail: None,
            preview: None,
        }
    }

    fn failed(name: String, error: Error) -> FileOutcome {
        let preview = match &error.kind {
            ErrorKind::NeedsMapping { preview, .. } => Some(preview.as_ref().clone()),
            _ => None,
        };
        FileOutcome {
            name,
            format: None,
            format_id: None,
            encoding: None,
            rows_seen: 0,
            transactions: 0,
            warnings: Vec::new(),
            warning_count: 0,
            error: Some(error.phrase().text()),
            error_kind: Some(kind_id(&error.kind)),
            error_detail: Some(error.kind),
            preview,
        }
    }
}

/// The id of an error kind: its serde tag (`ErrorKind` is `#[serde(tag = "type",
/// rename_all = "camelCase")]`), so a kind added to the core gets its id with no change here.
fn kind_id(kind: &ErrorKind) -> String {
    to_js(kind)
        .ok()
        .and_then(|value| js_sys::Reflect::get(&value, &JsValue::from_str("type")).ok())
        .and_then(|tag| tag.as_string())
        .unwrap_or_else(|| "unknown".to_string())
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Analysis {
    files: Vec<FileOutcome>,
    report: Option<Report>,
}

/// What the page sends with one file besides its bytes: the choices the user made for it. All
/// optional; JSON names in camelCase.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct FileChoices {
    /// The ZIP's password as typed; used for this call, never kept.
    password: Option<String>,
    /// `"day-first"` or `"month-first"`, for dates that read both ways.
    date_order: Option<DateOrder>,
    /// The columns as the person mapped them (`ColumnMapping`'s JSON).
    mapping: Option<ColumnMapping>,
}

impl FileChoices {
    fn into_options(self) -> Options {
        Options {
            password: self.password,
            date_order: self.date_order,
            mapping: self.mapping,
            ..Options::default()
        }
    }
}

fn property(object: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    js_sys::Reflect::get(object, &JsValue::from_str(key))
}

/// Reads every `{ name, bytes, options? }` in `files` (`options`: `{ password?, dateOrder?,
/// mapping? }`, each file its own) and builds one report over all of them. Returns
/// `{ files: [outcome…], report }`, one outcome per file in order. A file that fails is listed
/// with its error, its `errorKind` and, for `needsMapping`, its `preview`; it never hides the
/// others.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze(files: js_sys::Array) -> Result<JsValue, JsValue> {
    analyze_with(files, JsValue::UNDEFINED)
}

/// Choices about the report itself, as the page sends them (JSON names in camelCase).
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct ReportChoices {
    /// Places the person removed as wrongly inferred (the ids in the places table's `rowIds`).
    exclude_places: Vec<String>,
}

/// [`analyze`] with the person's choices about the report (`{ excludePlaces? }`).
#[wasm_bindgen(js_name = analyzeWith)]
pub fn analyze_with(files: js_sys::Array, report_choices: JsValue) -> Result<JsValue, JsValue> {
    let mut inputs: Vec<(String, Options)> = Vec::new();
    let mut contents: Vec<Vec<u8>> = Vec::new();
    for file in files.iter() {
        let name = property(&file, "name")?.as_string().unwrap_or_else(|| "file".to_string());
        let bytes = js_sys::Uint8Array::new(&property(&file, "bytes")?).to_vec();
        let choices = property(&file, "options")?;
        let choices: FileChoices = if choices.is_undefined() || choices.is_null() {
            FileChoices::default()
        } else {
            from_js(&choices, &format!("{name}: the choices for this file are not valid"))?
        };
        inputs.push((name, choices.into_options()));
        contents.push(bytes);
    }
    let report_choices: ReportChoices = if report_choices.is_undefined() || report_choices.is_null()
    {
        ReportChoices::default()
    } else {
        from_js(&report_choices, "the choices for the report are not valid")?
    };
    // Each file's bytes are given up to the core, which frees them once decoded.
    let batch = read(
        inputs
            .iter()
            .zip(contents)
            .map(|((name, options), bytes)| Input::new(name, bytes).with_options(options)),
    );
    let outcomes = inputs
        .iter()
        .zip(batch.files)
        .map(|((name, _), result)| match result {
            Ok(parsed) => FileOutcome::read(name.clone(), parsed),
            Err(error) => FileOutcome::failed(name.clone(), error),
        })
        .collect();
    let options = ReportOptions { exclude_places: report_choices.exclude_places };
    let report = Report::build_with(&batch.transactions, None, &options);
    to_js(&Analysis { files: outcomes, report })
}

/// The top of a CSV for the column-mapping step: its lines, header candidates, first rows and
/// Yearbook's guess at the columns (`CsvPreview`). Throws the error's sentence when the bytes are
/// not a table.
#[wasm_bindgen(js_name = previewCsv)]
pub fn preview_csv(bytes: &[u8]) -> Result<JsValue, JsValue> {
    match crate::parse::preview_csv(bytes) {
        Ok(preview) => to_js(&preview),
        Err(error) => Err(JsValue::from_str(&error.to_string())),
    }
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
    let report = report_from(report)?;
    let backend = CanvasBackend::with_canvas_object(canvas)
        .ok_or_else(|| JsValue::from_str("the canvas has no 2D context"))?;
    let theme = Theme { dark, ..Theme::with_scale(scale) };
    monthly_spending(&backend.into_drawing_area(), &report, &theme, crate::present::Lang::En)
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The synthetic demo statement: a year of Alipay rows, as the bytes of a downloaded file.
#[wasm_bindgen(js_name = demoStatement)]
pub fn demo_statement() -> Vec<u8> {
    crate::sample::alipay_2023(1500, 2025)
}

/// Formats minor units for display, so the page does no arithmetic: with a currency code, as
/// the report writes amounts (`123456, "CNY"` → `¥1,234.56`, `"JPY"` → `¥123,456`); without one,
/// the digits alone (`1234567` → `12,345.67`).
#[wasm_bindgen(js_name = formatMoney)]
pub fn format_money(minor: f64, currency: Option<String>) -> String {
    match currency.as_deref().and_then(crate::model::Currency::from_code) {
        Some(currency) => crate::present::format::money(currency, minor as i64),
        None => crate::money::format_minor(minor as i64, 2),
    }
}

fn report_from(value: JsValue) -> Result<Report, JsValue> {
    from_js(&value, "not a report")
}

fn canvas_backend(canvas: HtmlCanvasElement) -> Result<CanvasBackend, JsValue> {
    CanvasBackend::with_canvas_object(canvas)
        .ok_or_else(|| JsValue::from_str("the canvas has no 2D context"))
}

/// The ids of every chart, in reading order; `describeReport`'s sections name theirs.
#[wasm_bindgen(js_name = chartIds)]
pub fn chart_ids() -> js_sys::Array {
    crate::chart::CHARTS.iter().map(|c| JsValue::from_str(c.id)).collect()
}

/// The size chart `id` is designed for, `[width, height]` in CSS pixels, to size its canvas.
#[wasm_bindgen(js_name = chartSize)]
pub fn chart_size(id: &str) -> Result<Vec<u32>, JsValue> {
    let spec = crate::chart::chart_spec(id)
        .ok_or_else(|| JsValue::from_str(&format!("there is no chart called \"{id}\"")))?;
    Ok(vec![spec.width, spec.height])
}

/// Draws chart `id` of `report` (as returned by `analyze`) on `canvas`, whose backing store is
/// CSS size × `scale`, with labels in `lang` (`zh…` for Chinese, anything else English).
#[wasm_bindgen(js_name = drawChart)]
pub fn draw_chart(
    id: &str,
    canvas: HtmlCanvasElement,
    report: JsValue,
    scale: f64,
    dark: bool,
    lang: &str,
) -> Result<(), JsValue> {
    ReportHandle::new(report)?.draw_chart(id, canvas, scale, dark, lang)
}

/// Every section of `report` as display data (titles, sentences, chart id, tables), in `lang`.
#[wasm_bindgen(js_name = describeReport)]
pub fn describe_report(report: JsValue, lang: &str) -> Result<JsValue, JsValue> {
    ReportHandle::new(report)?.describe(lang)
}

/// Draws the 1080×1920 share card of `report` on `canvas` (resized to that); no money value
/// appears unless `show_amounts`.
#[wasm_bindgen(js_name = drawShareCard)]
pub fn draw_share_card(
    canvas: HtmlCanvasElement,
    report: JsValue,
    lang: &str,
    show_amounts: bool,
) -> Result<(), JsValue> {
    share_card_on(canvas, &report_from(report)?, lang, show_amounts)
}

fn share_card_on(
    canvas: HtmlCanvasElement,
    report: &Report,
    lang: &str,
    show_amounts: bool,
) -> Result<(), JsValue> {
    let (width, height) = crate::chart::SHARE_CARD_SIZE;
    canvas.set_width(width);
    canvas.set_height(height);
    let area = canvas_backend(canvas)?.into_drawing_area();
    crate::chart::share_card(&area, report, crate::present::Lang::from_tag(lang), show_amounts)
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// A report held on the wasm side: read once from the page's report (the object `analyze`
/// returns), then drawn and described as often as the page needs without
/// crossing the boundary again. The page keeps one per report on screen (ten charts, their
/// redraws on resize, colour scheme, pixel ratio and language, and the share card) and calls
/// `free()` when it shows another; the free functions above read the report on every call.
#[wasm_bindgen(js_name = Report)]
pub struct ReportHandle {
    report: Report,
}

#[wasm_bindgen(js_class = Report)]
impl ReportHandle {
    /// Reads `report` (as returned by `analyze`); throws when it is not one.
    #[wasm_bindgen(constructor)]
    pub fn new(report: JsValue) -> Result<ReportHandle, JsValue> {
        Ok(ReportHandle { report: report_from(report)? })
    }

    /// [`draw_chart`] of this report.
    #[wasm_bindgen(js_name = drawChart)]
    pub fn draw_chart(
        &self,
        id: &str,
        canvas: HtmlCanvasElement,
        scale: f64,
        dark: bool,
        lang: &str,
    ) -> Result<(), JsValue> {
        let theme = Theme { dark, ..Theme::with_scale(scale) };
        let area = canvas_backend(canvas)?.into_drawing_area();
        let lang = crate::present::Lang::from_tag(lang);
        crate::chart::draw_chart(id, &area, &self.report, &theme, lang)
            .map_err(|e| JsValue::from_str(&e.to_string()))
    }

    /// [`describe_report`] of this report.
    pub fn describe(&self, lang: &str) -> Result<JsValue, JsValue> {
        to_js(&crate::present::describe_report(&self.report, crate::present::Lang::from_tag(lang)))
    }

    /// [`draw_share_card`] of this report.
    #[wasm_bindgen(js_name = drawShareCard)]
    pub fn draw_share_card(
        &self,
        canvas: HtmlCanvasElement,
        lang: &str,
        show_amounts: bool,
    ) -> Result<(), JsValue> {
        share_card_on(canvas, &self.report, lang, show_amounts)
    }
}
