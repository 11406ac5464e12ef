//! `yearbook render`: the report drawn to files. `--out DIR` writes one SVG per chart
//! (`months.svg`, …, at each chart's natural width and as tall as the core lays it out there),
//! `share-card.svg` (1080×1920, amounts hidden unless `--show-amounts`), the story's cards
//! (`story-01-year.svg`, …, the poster last; the same rule for amounts) and `report.html`, a
//! standalone page with every section's text,
//! table and chart inline that opens offline. `--out NAME.svg` writes the monthly chart alone,
//! as before.

use plotters::prelude::*;
use std::path::Path;
use yearbook::chart::{
    chart_height, draw_chart, share_card, story_card, ChartSpec, Theme, CHARTS, SHARE_CARD_SIZE,
    STORY_CARD_SIZE,
};
use yearbook::present::{describe_report, html, story, Lang};
use yearbook::Report;

fn chart_svg(spec: &ChartSpec, report: &Report, lang: Lang) -> Result<String, String> {
    let mut svg = String::new();
    {
        let height = chart_height(spec.id, report, lang, spec.width);
        let area = SVGBackend::with_string(&mut svg, (spec.width, height)).into_drawing_area();
        draw_chart(spec.id, &area, report, &Theme::default(), lang).map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// Writes the report's charts, share card and page under `out` (or one chart to `out.svg`).
pub fn render(out: &Path, report: &Report, lang: Lang, show_amounts: bool) -> Result<(), String> {
    if out.extension().is_some_and(|e| e.eq_ignore_ascii_case("svg")) {
        let spec = CHARTS[0];
        return write(out, &chart_svg(&spec, report, lang)?);
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut charts = Vec::with_capacity(CHARTS.len());
    for spec in &CHARTS {
        let svg = chart_svg(spec, report, lang)?;
        write(&out.join(format!("{}.svg", spec.id)), &svg)?;
        charts.push((spec.id.to_string(), svg));
    }
    let mut card = String::new();
    {
        let area = SVGBackend::with_string(&mut card, SHARE_CARD_SIZE).into_drawing_area();
        share_card(&area, report, lang, show_amounts).map_err(|e| e.to_string())?;
    }
    write(&out.join("share-card.svg"), &card)?;
    let story = story(report);
    for (i, c) in story.cards.iter().enumerate() {
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, STORY_CARD_SIZE).into_drawing_area();
            story_card(&area, report, &story, i, lang, show_amounts).map_err(|e| e.to_string())?;
        }
        write(&out.join(format!("story-{:02}-{}.svg", i + 1, c.id)), &svg)?;
    }
    let sections = describe_report(report, lang);
    write(
        &out.join("report.html"),
        &html::report_page(report, lang, &sections, &charts, Some(&card)),
    )
}
