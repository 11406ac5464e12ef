//! The money flow as a Sankey: income sources on the left, the money available in the middle,
//! spending categories and savings on the right (the report has already merged categories
//! under 3% into "other", so the right column stays readable). One scale for every column, so
//! a band is as thick at both ends and the columns are equally tall: the flows balance on
//! the page as they do in the numbers.

use super::draw::{self, fit, heading, nothing, text, text_width, Area};
use super::{chart_error, ChartError, Theme};
use crate::phrase::labels::CHART_FLOW;
use crate::present::format::{money_compact, percent};
use crate::present::Lang;
use crate::report::share::permille;
use crate::report::{MoneyFlow, Report};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Node bars' width in CSS pixels.
const NODE_WIDTH: f64 = 14.0;
/// The gap between nodes of a column in CSS pixels.
const NODE_GAP: f64 = 10.0;

/// A node's box in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct NodeBox {
    pub column: u32,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// A link's band: where it leaves its source (x, top, bottom) and enters its target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Band {
    pub source: usize,
    pub target: usize,
    pub from: (f64, f64, f64),
    pub to: (f64, f64, f64),
}

/// The Sankey laid out in `frame` (left, top, right, bottom) with `node_width` and `gap`.
pub(super) fn layout(
    flow: &MoneyFlow,
    (left, top, right, bottom): (f64, f64, f64, f64),
    node_width: f64,
    gap: f64,
) -> (Vec<NodeBox>, Vec<Band>) {
    let total = flow.total_minor.max(1) as f64;
    let count = |c: u32| flow.nodes.iter().filter(|n| n.column == c).count();
    let most = count(0).max(count(2)).max(1);
    let height = (bottom - top).max(1.0);
    let scale = ((height - gap * (most as f64 - 1.0)).max(height * 0.3)) / total;
    let xs = [left, (left + right - node_width) / 2.0, right - node_width];
    let mut boxes = Vec::with_capacity(flow.nodes.len());
    for c in 0..3u32 {
        let in_column: Vec<usize> =
            flow.nodes.iter().enumerate().filter(|(_, n)| n.column == c).map(|(i, _)| i).collect();
        let heights: Vec<f64> = in_column
            .iter()
            .filter_map(|i| flow.nodes.get(*i))
            .map(|n| (n.value_minor.max(0) as f64 * scale).max(1.0))
            .collect();
        let used = heights.iter().sum::<f64>() + gap * (heights.len() as f64 - 1.0).max(0.0);
        let mut y = top + (height - used).max(0.0) / 2.0;
        let x = xs[(c as usize).min(2)];
        for (i, node_height) in in_column.iter().zip(heights) {
            boxes.push((
                *i,
                NodeBox { column: c, x0: x, y0: y, x1: x + node_width, y1: y + node_height },
            ));
            y += node_height + gap;
        }
    }
    boxes.sort_by_key(|(i, _)| *i);
    let boxes: Vec<NodeBox> = boxes.into_iter().map(|(_, b)| b).collect();
    let mut out_used = vec![0.0; boxes.len()];
    let mut in_used = vec![0.0; boxes.len()];
    let mut bands = Vec::with_capacity(flow.links.len());
    for l in &flow.links {
        let (Some(s), Some(t)) = (boxes.get(l.source), boxes.get(l.target)) else { continue };
        let thickness = l.value_minor.max(0) as f64 * scale;
        let (Some(so), Some(ti)) = (out_used.get_mut(l.source), in_used.get_mut(l.target)) else {
            continue;
        };
        let from_top = s.y0 + *so;
        let to_top = t.y0 + *ti;
        *so += thickness;
        *ti += thickness;
        bands.push(Band {
            source: l.source,
            target: l.target,
            from: (s.x1, from_top, from_top + thickness),
            to: (t.x0, to_top, to_top + thickness),
        });
    }
    (boxes, bands)
}

/// The outline of a band: a cubic curve along its top, back along its bottom.
fn band_outline(b: &Band, steps: usize) -> Vec<(f64, f64)> {
    let curve = |t: f64, y0: f64, y1: f64| {
        let (x0, x1) = (b.from.0, b.to.0);
        let mid = (x0 + x1) / 2.0;
        let u = 1.0 - t;
        let x = u * u * u * x0 + 3.0 * u * u * t * mid + 3.0 * u * t * t * mid + t * t * t * x1;
        let y = u * u * u * y0 + 3.0 * u * u * t * y0 + 3.0 * u * t * t * y1 + t * t * t * y1;
        (x, y)
    };
    let mut points: Vec<(f64, f64)> =
        (0..=steps).map(|i| curve(i as f64 / steps as f64, b.from.1, b.to.1)).collect();
    points.extend((0..=steps).rev().map(|i| curve(i as f64 / steps as f64, b.from.2, b.to.2)));
    points
}

/// Whether the Sankey has something to show.
pub(super) fn drawable(report: &Report) -> bool {
    report.flow.total_minor > 0 && !report.flow.links.is_empty()
}

/// Draws the money flow of `report` as a Sankey.
pub fn money_flow<DB: DrawingBackend>(
    area: &Area<DB>,
    report: &Report,
    theme: &Theme,
    lang: Lang,
) -> Result<(), ChartError> {
    let flow = &report.flow;
    let title = CHART_FLOW.get(lang);
    if !drawable(report) {
        return nothing(area, theme, lang, title);
    }
    let top = heading(area, theme, title, "")?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let margin = theme.pxf(super::theme::size::MARGIN);
    let size = theme.pxf(super::theme::size::SMALL);
    let currency = report.currency;
    let label_of = |i: usize| -> (String, String) {
        flow.nodes.get(i).map_or((String::new(), String::new()), |n| {
            (
                n.label.render(lang),
                format!(
                    "{} · {}",
                    money_compact(currency, n.value_minor, lang),
                    percent(permille(n.value_minor, flow.total_minor))
                ),
            )
        })
    };
    // Each side column of labels gets at most a quarter of the width; names and values are cut
    // to it, never drawn past the edge.
    let column_cap = w * 0.26;
    let widest = |column: u32| {
        flow.nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.column == column)
            .map(|(i, _)| {
                let (a, b) = label_of(i);
                text_width(&format!("{a} · {b}"), size)
                    .min(text_width(&a, size).max(text_width(&b, size)).max(column_cap * 0.5))
            })
            .fold(0.0_f64, f64::max)
            .min(column_cap)
    };
    let frame = (
        margin + widest(0) + theme.pxf(8.0),
        top + size * 1.6,
        w - margin - widest(2) - theme.pxf(8.0),
        h - margin,
    );
    let (boxes, bands) = layout(flow, frame, theme.pxf(NODE_WIDTH), theme.pxf(NODE_GAP));
    let colour = |i: usize| -> RGBColor {
        let node = flow.nodes.get(i);
        match node.map(|n| n.id.as_str()) {
            Some("available") => theme.muted(),
            Some("fromSavings") => theme.previous(),
            Some("savings") => theme.income(),
            Some(id) if id.starts_with("income:") => theme.income(),
            _ => {
                let rank = flow.nodes.iter().take(i).filter(|n| n.column == 2).count();
                theme.series(rank)
            }
        }
    };
    for b in &bands {
        let tint = if b.target < flow.nodes.len()
            && flow.nodes.get(b.target).is_some_and(|n| n.column == 2)
        {
            colour(b.target)
        } else {
            colour(b.source)
        };
        draw::polygon(area, &band_outline(b, 24), theme.translucent(tint, 0.35).filled())?;
    }
    let name_style = theme.text(super::theme::size::SMALL, theme.ink());
    let value_style = theme.text(super::theme::size::SMALL, theme.muted());
    let line = size * 1.25;
    for (i, b) in boxes.iter().enumerate() {
        draw::rect(area, (b.x0, b.y0), (b.x1, b.y1), colour(i).filled())?;
    }
    // Labels: two lines (name, then amount and share) beside a tall node, one line beside a
    // thin one, all on one line when two would not fit the column's height, and the smallest
    // nodes unlabelled when even that is too tall; nudged apart within the column so none
    // overlaps or leaves the chart.
    for column in [0u32, 2] {
        let room = (frame.0 - margin - theme.pxf(8.0), w - margin - frame.2 - theme.pxf(8.0));
        let room = if column == 0 { room.0 } else { room.1 };
        let in_column: Vec<(usize, &NodeBox)> =
            boxes.iter().enumerate().filter(|(_, b)| b.column == column).collect();
        let available = h - margin - top;
        let one_line = |(i, b): &(usize, &NodeBox)| {
            let (name, value) = label_of(*i);
            text_width(&format!("{name} · {value}"), size) <= room || b.y1 - b.y0 < 2.0 * line
        };
        let mut two_lines: Vec<bool> = in_column.iter().map(|c| !one_line(c)).collect();
        let needed =
            |two: &[bool]| two.iter().map(|t| if *t { 2.0 } else { 1.0 }).sum::<f64>() * line;
        if needed(&two_lines) > available {
            two_lines.iter_mut().for_each(|t| *t = false);
        }
        let mut shown: Vec<bool> = vec![true; in_column.len()];
        let mut order: Vec<usize> = (0..in_column.len()).collect();
        order.sort_by(|a, b| {
            let height = |k: usize| in_column.get(k).map_or(0.0, |(_, b)| b.y1 - b.y0);
            height(*a).total_cmp(&height(*b))
        });
        let mut count = in_column.len() as f64;
        for k in order {
            if count * line <= available {
                break;
            }
            if let Some(s) = shown.get_mut(k) {
                *s = false;
            }
            count -= 1.0;
        }
        let mut labels: Vec<(usize, f64, f64, bool)> = in_column
            .iter()
            .zip(two_lines.iter().zip(&shown))
            .filter(|(_, (_, shown))| **shown)
            .map(|((i, b), (two, _))| {
                let lines = if *two { 2.0 } else { 1.0 };
                (*i, (b.y0 + b.y1) / 2.0, lines * line, *two)
            })
            .collect();
        let mut floor = top;
        for l in &mut labels {
            l.1 = l.1.max(floor + l.2 / 2.0);
            floor = l.1 + l.2 / 2.0;
        }
        let mut ceiling = h - margin;
        for l in labels.iter_mut().rev() {
            l.1 = l.1.min(ceiling - l.2 / 2.0);
            ceiling = l.1 - l.2 / 2.0;
        }
        for (i, centre, _, two) in labels {
            let Some(b) = boxes.get(i) else { continue };
            let (name, value) = label_of(i);
            let (x, anchor) = if column == 0 {
                (b.x0 - theme.pxf(6.0), HPos::Right)
            } else {
                (b.x1 + theme.pxf(6.0), HPos::Left)
            };
            if two {
                let name = fit(&name, room, size);
                let value = fit(&value, room, size);
                text(area, &name, (x, centre - line / 2.0), &name_style, anchor, VPos::Center)?;
                text(area, &value, (x, centre + line / 2.0), &value_style, anchor, VPos::Center)?;
            } else {
                // The value kept whole and the name cut when the line is too long; the name
                // alone when even the value leaves no room.
                let tail = format!(" · {value}");
                let name_room = room - text_width(&tail, size);
                let both = if text_width(&format!("{name}{tail}"), size) <= room {
                    format!("{name}{tail}")
                } else if name_room >= size * 3.0 {
                    format!("{}{tail}", fit(&name, name_room, size))
                } else {
                    fit(&name, room, size)
                };
                text(area, &both, (x, centre), &name_style, anchor, VPos::Center)?;
            }
        }
    }
    if let Some((i, b)) = boxes.iter().enumerate().find(|(_, b)| b.column == 1) {
        let centre = ((b.x0 + b.x1) / 2.0, b.y0 - theme.pxf(4.0));
        text(area, &label_of(i).0, centre, &name_style, HPos::Center, VPos::Bottom)?;
    }
    area.present().map_err(chart_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrase::Phrase;
    use crate::report::{FlowLink, FlowNode};

    fn node(id: &str, column: u32, value: i64) -> FlowNode {
        FlowNode { id: id.into(), label: Phrase::same(id), column, value_minor: value }
    }

    fn flow() -> MoneyFlow {
        MoneyFlow {
            nodes: vec![
                node("income:a", 0, 6000),
                node("income:b", 0, 4000),
                node("available", 1, 10000),
                node("category:x", 2, 5000),
                node("category:y", 2, 3000),
                node("savings", 2, 2000),
            ],
            links: vec![
                FlowLink { source: 0, target: 2, value_minor: 6000 },
                FlowLink { source: 1, target: 2, value_minor: 4000 },
                FlowLink { source: 2, target: 3, value_minor: 5000 },
                FlowLink { source: 2, target: 4, value_minor: 3000 },
                FlowLink { source: 2, target: 5, value_minor: 2000 },
            ],
            total_minor: 10000,
            merged_categories: Vec::new(),
        }
    }

    #[test]
    fn columns_are_equally_tall_and_bands_tile_the_middle() {
        let (boxes, bands) = layout(&flow(), (0.0, 0.0, 300.0, 220.0), 10.0, 10.0);
        let height =
            |c: u32| boxes.iter().filter(|b| b.column == c).map(|b| b.y1 - b.y0).sum::<f64>();
        // Three right nodes need two gaps: 220 − 20 = 200 px for 10000, so 0.02 px per unit.
        assert!((height(0) - 200.0).abs() < 1e-9, "{}", height(0));
        assert!((height(2) - 200.0).abs() < 1e-9);
        assert!((height(1) - 200.0).abs() < 1e-9);
        let middle = boxes[2];
        let into: f64 = bands.iter().filter(|b| b.target == 2).map(|b| b.to.2 - b.to.1).sum();
        let out: f64 = bands.iter().filter(|b| b.source == 2).map(|b| b.from.2 - b.from.1).sum();
        assert!((into - 200.0).abs() < 1e-9 && (out - 200.0).abs() < 1e-9, "{into} {out}");
        // Bands leave the middle from its top down, without overlap.
        let first = bands.iter().find(|b| b.source == 2).expect("a band");
        assert_eq!(first.from.1, middle.y0);
        let last = bands.iter().rev().find(|b| b.source == 2).expect("a band");
        assert!((last.from.2 - middle.y1).abs() < 1e-9);
        // Every band is as thick at both ends.
        assert!(bands.iter().all(|b| ((b.from.2 - b.from.1) - (b.to.2 - b.to.1)).abs() < 1e-9));
    }

    #[test]
    fn hostile_links_are_skipped() {
        let mut f = flow();
        f.links.push(FlowLink { source: 99, target: 0, value_minor: 5 });
        f.links.push(FlowLink { source: 0, target: 2, value_minor: -5 });
        let (boxes, bands) = layout(&f, (0.0, 0.0, 100.0, 100.0), 10.0, 10.0);
        assert_eq!(boxes.len(), 6);
        assert_eq!(bands.len(), 6, "the out-of-range link is dropped, the negative one is empty");
    }
}
