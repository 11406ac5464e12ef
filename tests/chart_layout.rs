//! The layout test of every chart: each drawn at 360, 390, 768 and 1280 CSS pixels wide (and
//! as tall as the core says for that width, as the page sizes its canvases), in both languages,
//! for the demo, a thin statement (two rows) and non-Chinese bank statements. Every text's box,
//! measured with the page's font metrics (`chart::measure`, the same source the charts lay out
//! with), must lie inside the canvas, and no two texts may overlap. Texts are recorded by a
//! backend that draws nothing, so the boxes are exactly what the charts asked for.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use plotters::prelude::*;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle,
};
use std::cell::RefCell;
use std::rc::Rc;
use yearbook::chart::{self, chart_height, draw_chart, measure, Theme, CHARTS};
use yearbook::present::Lang;
use yearbook::Report;

/// The widths the page is read at: small and common phones, a tablet, a desktop.
const WIDTHS: [u32; 4] = [360, 390, 768, 1280];

/// Slack for rounding to whole pixels, in pixels.
const SLACK: f64 = 0.75;

/// A text as drawn: its words and its box (left, top, right, bottom) in pixels.
#[derive(Debug, Clone)]
struct Drawn {
    text: String,
    bounds: (f64, f64, f64, f64),
}

/// A backend that draws nothing and records every text with its box.
struct Recorder {
    size: (u32, u32),
    texts: Rc<RefCell<Vec<Drawn>>>,
}

#[derive(Debug)]
struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("never")
    }
}

impl std::error::Error for Never {}

impl DrawingBackend for Recorder {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        _: BackendCoord,
        _: BackendColor,
    ) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: BackendCoord,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: BackendCoord,
        _: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        _: I,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: u32,
        _: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        _: I,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Result<(), DrawingErrorKind<Never>> {
        if style.color().alpha == 0.0 || text.trim().is_empty() {
            return Ok(());
        }
        let size = style.size();
        let width = measure::text_width(text, size, matches!(style.style(), FontStyle::Bold));
        let (x, y) = (f64::from(x), f64::from(y));
        let left = match style.anchor().h_pos {
            HPos::Left => x,
            HPos::Center => x - width / 2.0,
            HPos::Right => x - width,
        };
        // The canvas's text baselines "top", "middle" and "bottom" are the em box's.
        let top = match style.anchor().v_pos {
            VPos::Top => y,
            VPos::Center => y - size / 2.0,
            VPos::Bottom => y - size,
        };
        self.texts
            .borrow_mut()
            .push(Drawn { text: text.to_string(), bounds: (left, top, left + width, top + size) });
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Never>> {
        let bold = matches!(style.style(), FontStyle::Bold);
        let width = measure::text_width(text, style.size(), bold);
        Ok((width.ceil() as u32, style.size().ceil() as u32))
    }
}

/// The texts of chart `id` drawn `width` CSS pixels wide at `scale` device pixels per CSS pixel.
fn texts_of(
    id: &str,
    report: &Report,
    width: u32,
    scale: f64,
    lang: Lang,
) -> (Vec<Drawn>, (u32, u32)) {
    let height = chart_height(id, report, lang, width);
    let size =
        ((f64::from(width) * scale).round() as u32, (f64::from(height) * scale).round() as u32);
    let texts = Rc::new(RefCell::new(Vec::new()));
    let area = Recorder { size, texts: Rc::clone(&texts) }.into_drawing_area();
    draw_chart(id, &area, report, &Theme::with_scale(scale), lang).expect("draws");
    drop(area);
    let drawn = texts.borrow().clone();
    (drawn, size)
}

fn overlap(a: &(f64, f64, f64, f64), b: &(f64, f64, f64, f64)) -> bool {
    a.0 + SLACK < b.2 && b.0 + SLACK < a.2 && a.1 + SLACK < b.3 && b.1 + SLACK < a.3
}

/// Every problem of chart `id` of `report` at every width, in one language.
fn problems(name: &str, report: &Report, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for spec in CHARTS {
        for width in WIDTHS {
            for scale in [1.0, 2.0] {
                let (texts, (w, h)) = texts_of(spec.id, report, width, scale, lang);
                let at = format!("{name} {} {lang:?} {width}px ×{scale}", spec.id);
                let (w, h) = (f64::from(w), f64::from(h));
                for t in &texts {
                    let (l, top, r, b) = t.bounds;
                    if l < -SLACK || top < -SLACK || r > w + SLACK || b > h + SLACK {
                        out.push(format!(
                            "{at}: \"{}\" leaves the {w}×{h} canvas at ({l:.0}, {top:.0})–({r:.0}, {b:.0})",
                            t.text
                        ));
                    }
                }
                for (i, a) in texts.iter().enumerate() {
                    for b in texts.iter().skip(i + 1) {
                        if overlap(&a.bounds, &b.bounds) {
                            out.push(format!("{at}: \"{}\" overlaps \"{}\"", a.text, b.text));
                        }
                    }
                }
                // A name cut to fit must not read like its neighbour: no two cut labels alike.
                let cut: Vec<&str> =
                    texts.iter().map(|t| t.text.as_str()).filter(|t| t.ends_with('…')).collect();
                for (i, a) in cut.iter().enumerate() {
                    if cut.iter().skip(i + 1).any(|b| b == a) {
                        out.push(format!("{at}: two labels cut to the same \"{a}\""));
                    }
                }
            }
        }
    }
    out
}

fn check(name: &str, report: &Report) {
    let mut all = problems(name, report, Lang::En);
    all.extend(problems(name, report, Lang::Zh));
    // All of them in a file, for reading; the first few in the failure.
    let out = common::root().join("target/chart-layout");
    let _ = std::fs::create_dir_all(&out);
    let _ = std::fs::write(out.join(format!("{}.txt", name.replace('/', "_"))), all.join("\n"));
    let shown: Vec<&String> = all.iter().take(60).collect();
    assert!(
        all.is_empty(),
        "{} layout problems, the first {}:\n{shown:#?}",
        all.len(),
        shown.len()
    );
}

fn report_of(bytes: &[u8], name: &str) -> Report {
    let one = common::read_one(bytes, name).expect("reads");
    Report::build(&one.transactions, None).expect("a report")
}

/// Two rows of an Alipay export: a coffee and a red packet sent (a transfer, not spending).
fn thin() -> Report {
    let text = "\
------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------
交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,
2024-12-30 21:32:14,餐饮美食,瑞幸咖啡(深圳科技园店),/,生椰拿铁,支出,15.90,花呗,交易成功,2024123000001\t,T2024123000001\t,,
2024-02-10 19:30:00,转账红包,王*明,/,发红包,支出,88.88,余额,交易成功,2024021000009\t,\t,,
";
    let report = report_of(text.as_bytes(), "thin.csv");
    assert_eq!(report.what_counts.rows_read, 2, "the thin statement has two rows");
    report
}

#[test]
fn the_demo_reads_cleanly_at_every_width() {
    let demo = yearbook::sample::alipay_2023(2000, 7);
    check("demo", &report_of(&demo, "demo.csv"));
}

#[test]
fn a_thin_statement_reads_cleanly_at_every_width() {
    check("thin", &thin());
}

#[test]
fn a_us_bank_statement_reads_cleanly_at_every_width() {
    let chase = yearbook_samples::chase_checking(600, 3);
    check("chase", &report_of(&chase, "chase.csv"));
}

#[test]
fn real_european_bank_statements_read_cleanly_at_every_width() {
    for sample in ["mt940/wolph-betterplace/sepa_mt9401.sta", "camt053/kedder-iso20022/simple.xml"]
    {
        let Some(bytes) = common::sample(sample) else { continue };
        check(sample, &report_of(&bytes, sample));
    }
}

#[test]
fn the_recorder_sees_what_the_charts_draw() {
    // A wrong recorder (one that saw no text, or measured nothing) would pass everything.
    let demo = report_of(&yearbook::sample::alipay_2023(300, 7), "demo.csv");
    let (texts, _) = texts_of("months", &demo, 390, 1.0, Lang::En);
    assert!(texts.len() >= 12, "{texts:?}");
    assert!(texts.iter().all(|t| t.bounds.2 > t.bounds.0 && t.bounds.3 > t.bounds.1));
    let wide = measure::text_width("WWWW", 13.0, false);
    assert!(wide > measure::text_width("iiii", 13.0, false) * 2.0);
    assert!(measure::text_width("餐饮", 13.0, false) >= 26.0);
    assert!(chart::chart_spec("months").is_some());
}
