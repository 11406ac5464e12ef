//! Charts drawn natively to SVG and compared with committed golden files (`tests/golden/`);
//! `UPDATE_EXPECT=1` rewrites them, and a mismatch is written under `target/expect-actual/`.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use plotters::prelude::*;
use yearbook::chart::{monthly_spending, Theme};
use yearbook::{parse_bytes, Report};

fn report_of(rows: usize, seed: u64) -> Report {
    let parsed = parse_bytes(&yearbook::sample::alipay_2023(rows, seed), "s.csv").expect("reads");
    Report::build(&parsed.transactions, None).expect("report")
}

fn svg(report: &Report, theme: &Theme, size: (u32, u32)) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        monthly_spending(&area, report, theme).expect("draws");
    }
    svg
}

#[test]
fn monthly_spending_golden() {
    let actual = svg(&report_of(800, 9), &Theme::default(), (800, 400));
    common::check_text(&actual, &common::root().join("tests/golden/monthly-spending.svg"));
}

#[test]
fn twelve_bars_and_the_busiest_month_highlighted() {
    let report = report_of(800, 9);
    let drawn = svg(&report, &Theme::default(), (800, 400));
    let theme = Theme::default();
    let hex = |c: plotters::style::RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    let bars = drawn.matches(&format!("fill=\"{}\"", hex(theme.spending()))).count();
    let highlighted = drawn.matches(&format!("fill=\"{}\"", hex(theme.highlight()))).count();
    assert_eq!((bars, highlighted), (11, 1), "11 ordinary bars and 1 highlighted");
    assert!(drawn.contains("Spending per month, 2025"));
}

#[test]
fn hidpi_scales_text_with_the_backing_store() {
    let report = report_of(200, 1);
    let title_size = |svg: &str| -> f64 {
        let at = svg.find("font-size=\"").expect("the title has a font size") + 11;
        svg[at..].split('"').next().and_then(|n| n.parse().ok()).expect("a number")
    };
    let one = title_size(&svg(&report, &Theme::with_scale(1.0), (400, 200)));
    let two = title_size(&svg(&report, &Theme::with_scale(2.0), (800, 400)));
    assert!((two / one - 2.0).abs() < 0.01, "title {one} on 1×, {two} on 2×: must double");
}
