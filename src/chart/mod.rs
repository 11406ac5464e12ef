//! Drawing the report with plotters, generic over the backend: the page passes a canvas, tests
//! and the command line pass `SVGBackend`. Nothing here builds a backend; money becomes `f64`
//! only here, for drawing. Every chart is a function
//! `fn(area, report, theme, lang) -> Result<(), ChartError>` that reads the report's aggregates
//! only (never transactions), so drawing costs the same for ten rows or a million.
//! [`CHARTS`] lists them with their natural sizes; [`draw_chart`] draws one by id;
//! [`story_card`] draws one card of the story (`present::story`).

mod bars;
mod calendar;
mod categories;
mod cumulative;
mod draw;
mod flow;
mod keyword;
mod land;
mod merchants;
mod months;
mod places;
mod portrait;
mod share_card;
mod story;
pub mod theme;
mod timing;

pub use calendar::calendar_heatmap;
pub use categories::categories;
pub use cumulative::cumulative_spending;
pub use flow::money_flow;
pub use keyword::keyword_card;
pub use merchants::top_merchants;
pub use months::monthly_spending;
pub use places::places_map;
pub use portrait::portrait_radar;
pub use share_card::{share_card, shown, SHARE_CARD_SIZE};
pub use story::{story_card, STORY_CARD_SIZE};
pub use theme::Theme;
pub use timing::weekday_hour;

use crate::present::Lang;
use crate::report::Report;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend};
use std::fmt;

/// A chart the report draws, with the size (CSS pixels) it is designed for; serialised
/// `{id, width, height}` for the page, which sizes its canvases by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ChartSpec {
    /// Stable id, used by `describe_report`'s sections, the page and the file names.
    pub id: &'static str,
    /// Natural width.
    pub width: u32,
    /// Natural height.
    pub height: u32,
}

/// Every chart, in reading order.
pub const CHARTS: [ChartSpec; 10] = [
    ChartSpec { id: "months", width: 800, height: 400 },
    ChartSpec { id: "categories", width: 800, height: 460 },
    ChartSpec { id: "merchants", width: 800, height: 420 },
    ChartSpec { id: "calendar", width: 900, height: 210 },
    ChartSpec { id: "timing", width: 800, height: 330 },
    ChartSpec { id: "places", width: 800, height: 560 },
    ChartSpec { id: "keyword", width: 600, height: 340 },
    ChartSpec { id: "portrait", width: 640, height: 540 },
    ChartSpec { id: "flow", width: 900, height: 540 },
    ChartSpec { id: "cumulative", width: 800, height: 400 },
];

/// The spec of chart `id`, if there is one.
pub fn chart_spec(id: &str) -> Option<ChartSpec> {
    CHARTS.iter().find(|c| c.id == id).copied()
}

/// Draws chart `id` of `report` on `area`.
pub fn draw_chart<DB: DrawingBackend>(
    id: &str,
    area: &DrawingArea<DB, Shift>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    match id {
        "months" => monthly_spending(area, report, theme, lang),
        "cumulative" => cumulative_spending(area, report, theme, lang),
        "categories" => categories(area, report, theme, lang),
        "merchants" => top_merchants(area, report, theme, lang),
        "calendar" => calendar_heatmap(area, report, theme, lang),
        "timing" => weekday_hour(area, report, theme, lang),
        "places" => places_map(area, report, theme, lang),
        "portrait" => portrait_radar(area, report, theme, lang),
        "flow" => money_flow(area, report, theme, lang),
        "keyword" => keyword_card(area, report, theme, lang),
        other => Err(ChartError(format!("there is no chart called \"{other}\""))),
    }
}

/// A drawing failure, as text (backend errors are not `Send`/`Clone` across backends).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not draw the chart: {}", self.0)
    }
}

impl std::error::Error for ChartError {}

fn chart_error(e: impl fmt::Debug) -> ChartError {
    ChartError(format!("{e:?}"))
}
