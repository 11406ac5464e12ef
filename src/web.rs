//! The only wasm boundary: two classes and three functions, each converting types and
//! delegating to the core; every decision is made in `session`, `present` and `chart`.
//!
//! - `Session` (the page's worker): reads the files it is given, keeps their rows, and answers
//!   with what the page shows (each file's listing, the report, its headline and sections in both
//!   languages, the status line); `choose` builds the report again without reading the files;
//!   `Session.admits(size)` says whether the page reads a file of that size at all.
//! - `Report` (the page's main thread): a report read once from the worker's answer, then drawn
//!   (every chart, the share card, the story's cards) as often as the page needs without
//!   crossing again.
//! - `previewCsv` (the mapping step opened on a file already read), `checkMapping` (the mapping
//!   step's rule, before the file is read again) and `chartSpecs` (the charts and their sizes).
//!
//! Everything crosses as JSON-shaped values (`serde_wasm_bindgen`, `json_compatible`).

use crate::chart::{Theme, CHARTS};
use crate::choices::{ColumnMapping, DateOrder, Options};
use crate::lang::Lang;
use crate::present::{
    describe_report, headline, story, story_text, Headline, Section, Story, StoryText,
};
use crate::report::{Report, ReportOptions};
use crate::session::{Audience, Content, Input, Listing, Session, Status};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
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

/// [`from_js`], with the default for `undefined` and `null`.
fn from_js_or_default<T: DeserializeOwned + Default>(
    value: &JsValue,
    what: &str,
) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        Ok(T::default())
    } else {
        from_js(value, what)
    }
}

/// Installs a panic hook that logs to the console (a panic is a bug; input never causes one).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// One file as the worker sends it: `{ name, bytes }` when it was read (a `Uint8Array`, taken
/// apart from the rest), `{ name, demo: true }` for the demo statement, `{ name, tooLarge: size }`
/// when `Session.admits(size)` said no, and `{ name, unreadable: reason }` when the browser could
/// not read it; `options` with each.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FileSent {
    name: String,
    #[serde(default)]
    demo: bool,
    too_large: Option<f64>,
    unreadable: Option<String>,
    #[serde(default)]
    options: FileChoices,
}

/// What the page sends with one file besides its bytes: the choices the user made for it. All
/// optional; JSON names in camelCase.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct FileChoices {
    /// The ZIP's password as typed; used for this read, never kept.
    password: Option<String>,
    /// `"day-first"` or `"month-first"`, for dates that read both ways.
    date_order: Option<DateOrder>,
    /// The columns as the person mapped them (`ColumnMapping`'s JSON).
    mapping: Option<ColumnMapping>,
}

impl FileSent {
    fn into_input(self, bytes: Option<Vec<u8>>) -> Input {
        let content = if self.demo {
            Content::Bytes(crate::sample::alipay_2023(1500, 2025))
        } else if let Some(bytes) = bytes {
            Content::Bytes(bytes)
        } else if let Some(size) = self.too_large {
            // A size from JS is a whole number of bytes; `as` saturates anything else.
            Content::TooLarge { size: size as u64 }
        } else {
            let reason = self.unreadable.unwrap_or_else(|| "the page gave no bytes".to_string());
            Content::Unreadable { reason }
        };
        let FileChoices { password, date_order, mapping } = self.options;
        let options = Options { password, date_order, mapping, ..Options::default() };
        Input { name: self.name, content, options }
    }
}

/// Choices about the report itself, as the page sends them (JSON names in camelCase).
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct ReportChoices {
    /// Places the person removed as wrongly inferred (the ids in the places table's `rowIds`).
    exclude_places: Vec<String>,
    /// The year picked in the page; `None` (or absent) for the core's default.
    year: Option<i32>,
    /// The currency picked in the page (`"CNY"`); `None` for the core's default.
    currency: Option<crate::Currency>,
}

/// What the page shows after a change: each file's listing, the report (for the main thread's
/// `Report`), its headline, its sections and its story in each page language, and the status
/// line.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Shown<'a> {
    files: Vec<Listing<'a>>,
    report: Option<&'a Report>,
    headline: Option<Headline>,
    /// By language tag (`en`, `zh-CN`): described here, in the worker, so the page's main
    /// thread only builds elements and switching language is instant.
    sections: BTreeMap<&'static str, Vec<Section>>,
    /// The story's cards as words, by language tag, amounts hidden and shown; empty when the
    /// data tells no story.
    story: BTreeMap<&'static str, StoryText>,
    status: Status,
}

/// The files a person added, as the page's worker holds them (`session::Session`).
#[wasm_bindgen(js_name = Session)]
pub struct SessionHandle {
    session: Session,
}

#[wasm_bindgen(js_class = Session)]
impl SessionHandle {
    /// A session with no files.
    #[wasm_bindgen(constructor)]
    #[allow(clippy::new_without_default)] // a JS constructor; JS has no `Default`
    pub fn new() -> SessionHandle {
        SessionHandle { session: Session::new() }
    }

    /// Whether the page reads a file of `size` bytes (`session::admits`); the worker sends one
    /// it does not as `{ name, tooLarge: size }`, without reading it.
    pub fn admits(size: f64) -> bool {
        crate::session::admits(size as u64)
    }

    /// Reads `files` (`[{ name, bytes | demo | tooLarge | unreadable, options? }]`, see
    /// [`FileSent`]) in place of the files read before, with `choices` about the report
    /// (`{ excludePlaces? }`), and returns what the page shows ([`Shown`]).
    pub fn read(&mut self, files: js_sys::Array, choices: JsValue) -> Result<JsValue, JsValue> {
        let choices: ReportChoices =
            from_js_or_default(&choices, "the choices for the report are not valid")?;
        let mut inputs = Vec::new();
        for file in files.iter() {
            let property = |key: &str| js_sys::Reflect::get(&file, &JsValue::from_str(key));
            let name = property("name")?.as_string().unwrap_or_default();
            let sent: FileSent =
                from_js(&file, &format!("{name}: the choices for this file are not valid"))?;
            let bytes = property("bytes")?;
            let bytes = (!bytes.is_undefined() && !bytes.is_null())
                .then(|| js_sys::Uint8Array::new(&bytes).to_vec());
            inputs.push(sent.into_input(bytes));
        }
        self.session.choose(
            choices.year,
            ReportOptions::excluding_places(choices.exclude_places).in_currency(choices.currency),
        );
        // Each file's bytes are given up to the core, which frees them once decoded.
        self.session.read(inputs);
        self.shown()
    }

    /// Builds the report again with `choices` (`{ excludePlaces? }`) from the rows held, without
    /// reading a file again; returns what the page shows, as [`SessionHandle::read`] does.
    pub fn choose(&mut self, choices: JsValue) -> Result<JsValue, JsValue> {
        let choices: ReportChoices =
            from_js_or_default(&choices, "the choices for the report are not valid")?;
        self.session.choose(
            choices.year,
            ReportOptions::excluding_places(choices.exclude_places).in_currency(choices.currency),
        );
        self.shown()
    }

    fn shown(&self) -> Result<JsValue, JsValue> {
        let report = self.session.report();
        let sections = report
            .map(|report| {
                [Lang::En, Lang::Zh]
                    .into_iter()
                    .map(|lang| (lang.tag(), describe_report(report, lang)))
                    .collect()
            })
            .unwrap_or_default();
        let story = report
            .map(|report| {
                [Lang::En, Lang::Zh]
                    .into_iter()
                    .map(|lang| (lang.tag(), story_text(report, lang)))
                    .collect()
            })
            .unwrap_or_default();
        to_js(&Shown {
            files: self.session.listings(Audience::Page),
            report,
            headline: report.map(headline),
            sections,
            story,
            status: self.session.status(),
        })
    }
}

/// The top of a CSV for the column-mapping step: its lines, header candidates, first rows and
/// Yearbook's guess at the columns (`CsvPreview`). Throws the problem as `{ zh, en }` when the
/// bytes are not a table.
#[wasm_bindgen(js_name = previewCsv)]
pub fn preview_csv(bytes: &[u8]) -> Result<JsValue, JsValue> {
    match crate::parse::preview_csv(bytes) {
        Ok(preview) => to_js(&preview),
        Err(error) => Err(to_js(&error.phrase().text())?),
    }
}

/// Why the mapping step cannot read with `mapping` (`ColumnMapping`'s JSON), as `{ zh, en }`,
/// or `null` when it names enough (`session::check_mapping`).
#[wasm_bindgen(js_name = checkMapping)]
pub fn check_mapping(mapping: JsValue) -> Result<JsValue, JsValue> {
    let mapping: ColumnMapping = from_js(&mapping, "not a column mapping")?;
    to_js(&crate::session::check_mapping(&mapping).map(|refusal| refusal.text()))
}

/// Every chart in reading order, `[{ id, width, height }]`, the size in CSS pixels it is
/// designed for; the sections name theirs by id.
#[wasm_bindgen(js_name = chartSpecs)]
pub fn chart_specs() -> Result<JsValue, JsValue> {
    to_js(&CHARTS)
}

fn canvas_area(
    canvas: HtmlCanvasElement,
) -> Result<plotters::drawing::DrawingArea<CanvasBackend, plotters::coord::Shift>, JsValue> {
    CanvasBackend::with_canvas_object(canvas)
        .map(IntoDrawingArea::into_drawing_area)
        .ok_or_else(|| JsValue::from_str("the canvas has no 2D context"))
}

/// A report held on the wasm side: read once from the report in the worker's answer, then drawn
/// as often as the page needs without crossing the boundary again. The page keeps one per
/// report on screen (ten charts, their redraws on resize, colour scheme, pixel ratio and
/// language, and the share card) and calls `free()` when it shows another.
#[wasm_bindgen(js_name = Report)]
pub struct ReportHandle {
    report: Report,
    /// Its story's cards, chosen once.
    story: Story,
}

#[wasm_bindgen(js_class = Report)]
impl ReportHandle {
    /// Reads `report` (the `report` of the worker's answer); throws when it is not one.
    #[wasm_bindgen(constructor)]
    pub fn new(report: JsValue) -> Result<ReportHandle, JsValue> {
        let report: Report = from_js(&report, "not a report")?;
        Ok(ReportHandle { story: story(&report), report })
    }

    /// Draws chart `id` on `canvas`, whose backing store the page has sized to CSS size ×
    /// `scale` (the device pixel ratio), dark or light, with labels in `lang` (`zh…` for
    /// Chinese, anything else English).
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
        crate::chart::draw_chart(
            id,
            &canvas_area(canvas)?,
            &self.report,
            &theme,
            Lang::from_tag(lang),
        )
        .map_err(|e| JsValue::from_str(&e.to_string()))
    }

    /// How tall chart `id` is drawn `width` CSS pixels wide with labels in `lang`, in CSS
    /// pixels: the page sets its canvas's height to this before drawing.
    #[wasm_bindgen(js_name = chartHeight)]
    pub fn chart_height(&self, id: &str, width: f64, lang: &str) -> u32 {
        let width = if width.is_finite() { width.round().clamp(1.0, 10_000.0) as u32 } else { 800 };
        crate::chart::chart_height(id, &self.report, Lang::from_tag(lang), width)
    }

    /// Draws the 1080×1920 share card on `canvas` (resized to that); no money value appears
    /// unless `show_amounts`.
    #[wasm_bindgen(js_name = drawShareCard)]
    pub fn draw_share_card(
        &self,
        canvas: HtmlCanvasElement,
        lang: &str,
        show_amounts: bool,
    ) -> Result<(), JsValue> {
        let (width, height) = crate::chart::SHARE_CARD_SIZE;
        canvas.set_width(width);
        canvas.set_height(height);
        let area = canvas_area(canvas)?;
        crate::chart::share_card(&area, &self.report, Lang::from_tag(lang), show_amounts)
            .map_err(|e| JsValue::from_str(&e.to_string()))
    }

    /// Draws card `index` of the story (the order of the answer's `story`) on `canvas`, resized
    /// to 1080×1920; no money value appears unless `show_amounts`.
    #[wasm_bindgen(js_name = drawStoryCard)]
    pub fn draw_story_card(
        &self,
        index: usize,
        canvas: HtmlCanvasElement,
        lang: &str,
        show_amounts: bool,
    ) -> Result<(), JsValue> {
        let (width, height) = crate::chart::STORY_CARD_SIZE;
        canvas.set_width(width);
        canvas.set_height(height);
        let area = canvas_area(canvas)?;
        let lang = Lang::from_tag(lang);
        crate::chart::story_card(&area, &self.report, &self.story, index, lang, show_amounts)
            .map_err(|e| JsValue::from_str(&e.to_string()))
    }
}
