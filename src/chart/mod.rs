//! Drawing the report with plotters, generic over the backend: the page passes a canvas, tests
//! and the command line pass `SVGBackend`. Nothing here builds a backend; money becomes `f64`
//! only here, for drawing.

mod months;
pub mod theme;

pub use months::monthly_spending;
pub use theme::Theme;

use std::fmt;

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
