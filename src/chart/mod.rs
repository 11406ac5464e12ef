//! Drawing the report with plotters, generic over the backend: the page passes a canvas, tests
//! and the command line pass `SVGBackend`. Nothing here builds a backend; money becomes `f64`
//! only here, for drawing. Every chart is a function
//! `fn(area, report, theme, lang) -> Result<(), ChartError>` that reads the report's aggregates
//! only (never transactions), so drawing costs the same for ten rows or a million.
//! [`CHARTS`] lists them with their natural sizes; [`draw_chart`] draws one by id;
//! [`story_card`] draws one card of the story (`present::story`).

mod axis;
mod bars;
mod calendar;
mod categories;
mod cumulative;
mod draw;
mod flow;
mod keyword;
mod land;
pub mod measure;
mod merchants;
mod metrics;
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
pub use places::{map_view, places_map};
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

/// A chart the report draws, with the size (CSS pixels) it is designed for on a desktop;
/// serialised `{id, width, height}` for the page, which reserves that shape until the chart is
/// drawn at its real width and [`chart_height`] says how tall.
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

/// A chart's height when it has nothing to draw, in CSS pixels.
const NOTHING_HEIGHT: f64 = 150.0;

/// How tall chart `id` of `report` is drawn `width` CSS pixels wide in `lang`, in CSS pixels:
/// the page sizes each canvas by this, and the command line its SVGs. Charts grow taller than
/// their natural proportions on a phone (labels keep their size while the width shrinks), lists
/// are as tall as their rows, and a chart with nothing to draw is short.
pub fn chart_height(id: &str, report: &Report, lang: Lang, width: u32) -> u32 {
    let w = f64::from(width.clamp(200, 4000));
    let narrow = w < 600.0;
    let theme = Theme::default();
    let bars_height = |title: &str, subtitle: &str, bars: &[bars::Bar]| {
        if bars.is_empty() {
            return NOTHING_HEIGHT;
        }
        let top = draw::heading_layout(&theme, w, title, subtitle, &[]).bottom;
        let row = bars::row_height(bars::stacked(&theme, w, bars));
        top + 2.0 + row * bars.len() as f64 + theme::size::MARGIN
    };
    let height = match id {
        "months" | "cumulative" => {
            if narrow {
                (w * 0.85).max(300.0)
            } else {
                (w * 0.5).clamp(300.0, 420.0)
            }
        }
        "categories" => {
            let (title, subtitle, bars) = categories::parts(report, lang);
            bars_height(title, &subtitle, &bars)
        }
        "merchants" => {
            let (title, subtitle, bars) = merchants::parts(report, lang);
            bars_height(title, subtitle, &bars)
        }
        "calendar" => calendar::height(report, lang, w),
        "timing" if report.timing.payments_with_time == 0 => NOTHING_HEIGHT,
        "timing" => {
            if narrow {
                360.0
            } else {
                (w * 0.4).clamp(300.0, 360.0)
            }
        }
        "places" if places::dots(report).is_empty() => NOTHING_HEIGHT,
        "places" => {
            if narrow {
                w * 1.05
            } else {
                (w * 0.7).min(600.0)
            }
        }
        "keyword" => 340.0,
        "portrait" if !portrait::drawable(report) => NOTHING_HEIGHT,
        "portrait" => portrait::height(report, lang, w).clamp(240.0, 600.0),
        "flow" if !flow::drawable(report) => NOTHING_HEIGHT,
        "flow" => {
            if narrow {
                520.0
            } else {
                540.0
            }
        }
        _ => 300.0,
    };
    height.round().clamp(100.0, 4000.0) as u32
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
