//! Charts drawn natively to SVG and compared with committed golden files (`tests/golden/`);
//! `UPDATE_EXPECT=1` rewrites them, and a mismatch is written under `target/expect-actual/`.
//! Beside the goldens, structural checks that a wrong chart fails: bar counts, the highlighted
//! month, one heatmap cell per day, one radar axis per category, balanced Sankey flows, labels
//! in the requested language, and a share card that shows no money unless asked to.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

mod common;

use common::read_one;

use chrono::Datelike;
use plotters::prelude::*;
use yearbook::chart::{self, draw_chart, monthly_spending, share_card, Theme, CHARTS};
use yearbook::phrase::{sentences, Arg, Phrase};
use yearbook::present::Lang;
use yearbook::{Report, Transaction};

fn transactions(rows: usize, seed: u64) -> Vec<Transaction> {
    read_one(&yearbook::sample::alipay_2023(rows, seed), "s.csv").expect("reads").transactions
}

fn report_of(rows: usize, seed: u64) -> Report {
    Report::build(&transactions(rows, seed), None).expect("report")
}

/// 2025 from seed 9 and a 2024 made of seed 4's year moved back by a year.
fn two_years() -> Report {
    let mut all = transactions(800, 9);
    let mut before = transactions(700, 4);
    for t in &mut before {
        t.time = t.time.with_year(t.time.year() - 1).expect("2025 has no 29 February");
    }
    all.extend(before);
    Report::build(&all, Some(2025)).expect("report")
}

fn svg_of(id: &str, report: &Report, lang: Lang) -> String {
    let spec = chart::chart_spec(id).expect("a chart");
    let height = chart::chart_height(id, report, lang, spec.width);
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (spec.width, height)).into_drawing_area();
        draw_chart(id, &area, report, &Theme::default(), lang).expect("draws");
    }
    svg
}

fn card_of(report: &Report, lang: Lang, show_amounts: bool) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, chart::SHARE_CARD_SIZE).into_drawing_area();
        share_card(&area, report, lang, show_amounts).expect("draws");
    }
    svg
}

fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// The text of every `<text>` element.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>').and_then(|(_, rest)| rest.split_once("</text>")))
        .map(|(text, _)| {
            let text = text.trim().replace("&apos;", "'").replace("&quot;", "\"");
            text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        })
        .collect()
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn every_chart_matches_its_golden_file() {
    let report = two_years();
    for spec in CHARTS {
        let actual = svg_of(spec.id, &report, Lang::En);
        common::check_text(&actual, &common::root().join(format!("tests/golden/{}.svg", spec.id)));
    }
    for id in ["months", "calendar", "places", "flow"] {
        let actual = svg_of(id, &report, Lang::Zh);
        common::check_text(&actual, &common::root().join(format!("tests/golden/{id}-zh.svg")));
    }
    common::check_text(
        &card_of(&report, Lang::Zh, false),
        &common::root().join("tests/golden/share-card-zh.svg"),
    );
    common::check_text(
        &card_of(&report, Lang::En, true),
        &common::root().join("tests/golden/share-card-en-amounts.svg"),
    );
}

#[test]
fn monthly_spending_golden() {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (800, 400)).into_drawing_area();
        monthly_spending(&area, &report_of(800, 9), &Theme::default(), Lang::En).expect("draws");
    }
    common::check_text(&svg, &common::root().join("tests/golden/monthly-spending.svg"));
}

#[test]
fn twelve_bars_and_the_busiest_month_highlighted() {
    let report = report_of(800, 9);
    let drawn = svg_of("months", &report, Lang::En);
    let theme = Theme::default();
    let bars = drawn.matches(&format!("fill=\"{}\"", hex(theme.spending()))).count();
    let highlighted = drawn.matches(&format!("fill=\"{}\"", hex(theme.highlight()))).count();
    // One swatch of each in the legend.
    assert_eq!((bars, highlighted), (11 + 1, 1 + 1), "11 ordinary bars and 1 highlighted");
    assert!(drawn.contains("Spending per month, 2025"));
    // The highlighted bar is the busiest month's: the tallest rectangle.
    let heights: Vec<(f64, bool)> = drawn
        .lines()
        .filter(|l| {
            l.starts_with("<rect")
                && (l.contains(&hex(theme.spending())) || l.contains(&hex(theme.highlight())))
        })
        .map(|l| {
            let h = l
                .split("height=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .and_then(|n| n.parse().ok());
            (h.unwrap_or(0.0), l.contains(&hex(theme.highlight())))
        })
        .collect();
    let tallest = heights.iter().copied().fold((0.0, false), |a, b| if b.0 > a.0 { b } else { a });
    assert!(tallest.1, "the tallest bar is the highlighted one: {heights:?}");
    let busiest = report.busiest_month.expect("a busiest month");
    let max = report.months.iter().map(|m| m.spending_minor).max();
    assert_eq!(report.months.iter().find(|m| m.month == busiest).map(|m| m.spending_minor), max);
}

#[test]
fn last_year_appears_only_when_the_data_has_it() {
    let previous = hex(Theme::default().previous());
    let one = svg_of("months", &report_of(800, 9), Lang::En);
    let two = svg_of("months", &two_years(), Lang::En);
    assert!(!one.contains(&previous) && !texts(&one).contains(&"Last year".to_string()));
    assert!(two.contains(&previous) && texts(&two).contains(&"Last year".to_string()));
    let cumulative = svg_of("cumulative", &two_years(), Lang::En);
    assert!(texts(&cumulative).iter().any(|t| t == "Last year 2024"));
    // Income is drawn as a line with a dot per month.
    let income = hex(Theme::default().income());
    assert!(two.matches(&format!("fill=\"{income}\"")).count() >= 12);
}

#[test]
fn labels_follow_the_language() {
    let report = two_years();
    let zh = texts(&svg_of("months", &report, Lang::Zh));
    assert!(zh.contains(&"2025 年每月支出".to_string()), "{zh:?}");
    for m in ["1月", "6月", "12月"] {
        assert!(zh.contains(&m.to_string()), "{m} in {zh:?}");
    }
    assert!(!zh.iter().any(|t| t == "Jan" || t == "Spending"));
    let en = texts(&svg_of("months", &report, Lang::En));
    assert!(en.contains(&"Jan".to_string()) && en.contains(&"Dec".to_string()));
    // Every chart but those showing statement text (merchant and payer names) is free of
    // Chinese in English, and has Chinese in Chinese.
    for id in [
        "months",
        "cumulative",
        "categories",
        "calendar",
        "timing",
        "places",
        "portrait",
        "keyword",
    ] {
        let en = texts(&svg_of(id, &report, Lang::En));
        assert!(!en.iter().any(|t| has_cjk(t)), "{id}: {en:?}");
        let zh = texts(&svg_of(id, &report, Lang::Zh));
        assert!(zh.iter().any(|t| has_cjk(t)), "{id}: {zh:?}");
    }
}

#[test]
fn one_calendar_cell_per_day() {
    let report = two_years();
    let svg = svg_of("calendar", &report, Lang::En);
    // The background, one rectangle per day of 2025, and the legend (no data + five levels).
    assert_eq!(report.calendar.days.len(), 365);
    assert_eq!(svg.matches("<rect").count(), 1 + 365 + 6);
    let zero = report.calendar.zero_spend_days;
    assert!(texts(&svg).contains(&format!("{zero} days without spending")));
    // Every level of the scale is used by some day, in its colour.
    for level in 1..=4u8 {
        let n = report.calendar.days.iter().filter(|d| d.covered && d.level == level).count();
        let drawn = svg.matches(&format!("fill=\"{}\"", hex(Theme::default().heat(level)))).count();
        assert_eq!(drawn, n + 1, "level {level}: {n} days and its legend swatch");
    }
}

#[test]
fn weekday_hour_heatmap_has_168_cells_and_marks_the_busiest() {
    let report = two_years();
    let svg = svg_of("timing", &report, Lang::En);
    // Background, 7 × 24 cells, the busiest cell's ring, five legend swatches and the ring's.
    assert_eq!(svg.matches("<rect").count(), 1 + 168 + 1 + 5 + 1);
    let b = report.timing.busiest.expect("a busiest hour");
    let weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][b.weekday as usize];
    assert!(texts(&svg).contains(&format!("Busiest: {weekday} {}:00 ({})", b.hour, b.payments)));
}

#[test]
fn one_bar_per_category_and_ten_merchants() {
    let report = two_years();
    let theme = Theme::default();
    let fills = |svg: &str| {
        svg.matches(&format!("fill=\"{}\"", hex(theme.spending()))).count()
            + svg.matches(&format!("fill=\"{}\"", hex(theme.highlight()))).count()
    };
    let categories = svg_of("categories", &report, Lang::En);
    assert_eq!(fills(&categories), report.categories.items.len());
    let top = &report.categories.items[0];
    assert!(categories.contains(&format!("fill=\"{}\"", hex(theme.highlight()))));
    assert!(texts(&categories)
        .iter()
        .any(|t| t.starts_with(&format!("{}%", top.share_permille / 10))
            || t.contains(&format!("{}%", (top.share_permille + 5) / 10))));
    let merchants = svg_of("merchants", &report, Lang::En);
    assert_eq!(fills(&merchants), 10);
}

#[test]
fn radar_has_one_axis_per_category() {
    let report = two_years();
    let svg = svg_of("portrait", &report, Lang::En);
    let labels = texts(&svg);
    assert_eq!(report.portrait.axes.len(), 11);
    for axis in &report.portrait.axes {
        // Named with its share; a category with none is named alone (its "0%" is the shape's).
        let name = axis.category.name().en;
        let n = if axis.value_permille > 0 {
            labels.iter().filter(|t| t.starts_with(&format!("{name} ")) && t.ends_with('%')).count()
        } else {
            labels.iter().filter(|t| *t == name).count()
        };
        assert_eq!(n, 1, "{name}: {labels:?}");
    }
    // Four rings and eleven spokes in the grid colour.
    let grid = hex(Theme::default().grid());
    assert_eq!(
        svg.matches(&format!("<polyline fill=\"none\" opacity=\"1\" stroke=\"{grid}\"")).count(),
        4 + 11
    );
}

#[test]
fn sankey_flows_balance_and_every_link_is_a_band() {
    let report = two_years();
    let f = &report.flow;
    let available = f.nodes.iter().position(|n| n.id == "available").expect("middle");
    let into: i64 = f.links.iter().filter(|l| l.target == available).map(|l| l.value_minor).sum();
    let out: i64 = f.links.iter().filter(|l| l.source == available).map(|l| l.value_minor).sum();
    assert_eq!((into, out), (f.total_minor, f.total_minor));
    let svg = svg_of("flow", &report, Lang::En);
    assert_eq!(svg.matches("<polygon").count(), f.links.len());
    let labels = texts(&svg);
    for n in &f.nodes {
        let label = n.label.render(Lang::En);
        let named = |t: &String| *t == label || t.starts_with(&format!("{label} · "));
        assert!(labels.iter().any(named), "{label} in {labels:?}");
    }
}

#[test]
fn places_are_dots_with_their_names() {
    let report = two_years();
    let svg = svg_of("places", &report, Lang::En);
    let cities = &report.places.cities;
    assert!(cities.len() >= 3, "the sample names several cities");
    // Each city is a dot on a rim of the background colour.
    assert_eq!(svg.matches("<circle").count(), 2 * cities.len());
    let labels = texts(&svg);
    for c in cities.iter().take(8) {
        assert!(labels.contains(&c.name.en.to_string()), "{} in {labels:?}", c.name.en);
    }
    assert!(svg.matches("<polygon").count() >= 3, "land is drawn");
}

#[test]
fn a_us_statement_gets_a_map_of_the_us_and_no_places_no_map() {
    let chase = yearbook_samples::chase_checking(400, 3);
    let one = read_one(&chase, "chase.csv").expect("reads");
    let mut report = Report::build(&one.transactions, None).expect("report");
    // The synthetic Chase statement pays in Seattle, Houston, Chicago, New York and Boston:
    // the map shows those, and no China (it used to show China for every bank statement).
    assert!(!report.places.cities.is_empty());
    let (west, east, south, north) = chart::map_view(&report, 1.6).expect("a map");
    let inside =
        |(lon, lat): (f64, f64)| (west..=east).contains(&lon) && (south..=north).contains(&lat);
    for c in &report.places.cities {
        assert!(inside((c.coordinates.lon, c.coordinates.lat)), "{} outside", c.name.en);
    }
    for (city, at) in
        [("Beijing", (116.4, 39.9)), ("Shanghai", (121.5, 31.2)), ("Urumqi", (87.6, 43.8))]
    {
        assert!(!inside(at), "{city} is on a US statement's map: {west} {east} {south} {north}");
    }
    assert!(svg_of("places", &report, Lang::En).matches("<polygon").count() >= 1, "land is drawn");
    // Without places: no map at all, in the chart or on the share card.
    report.places = yearbook::report::Places::default();
    assert_eq!(chart::map_view(&report, 1.6), None);
    let theme = Theme::default();
    for lang in [Lang::En, Lang::Zh] {
        let svg = svg_of("places", &report, lang);
        assert_eq!(svg.matches("<polygon").count(), 0, "{lang:?}: land drawn without places");
        assert!(!svg.contains(&hex(theme.land())) && !svg.contains(&hex(theme.sea())));
        assert!(svg.contains(yearbook::phrase::labels::NOTHING_TO_DRAW.get(lang)));
        let card = card_of(&report, lang, false);
        assert!(!card.contains("<polygon"), "{lang:?}: a map on the card");
    }
    assert!(chart::chart_height("places", &report, Lang::En, 390) < 200, "a short placeholder");
}

#[test]
fn places_abroad_get_a_map_of_where_they_are_not_of_china() {
    let mut report = two_years();
    let china = svg_of("places", &report, Lang::En);
    for (city, (lon, lat)) in report.places.cities.iter_mut().zip([
        (2.35, 48.86),  // Paris
        (13.40, 52.52), // Berlin
        (8.54, 47.37),  // Zürich
        (-0.13, 51.51), // London
    ]) {
        city.coordinates.lon = lon;
        city.coordinates.lat = lat;
    }
    report.places.cities.truncate(4);
    let europe = svg_of("places", &report, Lang::En);
    assert!(europe.matches("<polygon").count() >= 1, "land is drawn");
    assert_ne!(europe, china);
    // Every dot lies inside the map, whose frame is the drawing's: read the circles' centres.
    let centres: Vec<(f64, f64)> = europe
        .split("<circle")
        .skip(1)
        .filter_map(|c| {
            let attr = |name: &str| {
                c.split(&format!(" {name}=\"")).nth(1)?.split('"').next()?.parse::<f64>().ok()
            };
            Some((attr("cx")?, attr("cy")?))
        })
        .collect();
    assert_eq!(centres.len(), 8, "four cities, each a dot on a rim");
    let spec = chart::chart_spec("places").expect("places");
    assert!(centres.iter().all(|(x, y)| *x > 0.0 && *x < f64::from(spec.width) && *y > 0.0));
}

#[test]
fn the_share_card_hides_amounts_by_default() {
    let report = two_years();
    for lang in [Lang::Zh, Lang::En] {
        let hidden = card_of(&report, lang, false);
        assert!(hidden.starts_with("<svg width=\"1080\" height=\"1920\""));
        // A yuan report: no yuan sign anywhere on the card, in any text.
        assert!(!hidden.contains('¥'), "{lang:?}: an amount on the card");
        let shown = card_of(&report, lang, true);
        let total = yearbook::present::format::money(report.currency, report.totals().spending);
        assert!(texts(&shown).contains(&total), "{total}");
        assert!(!hidden.contains(&total));
        // What the card shows either way: the keyword, the top category, a city.
        for svg in [&hidden, &shown] {
            let t = texts(svg);
            assert!(t.contains(&report.keyword.word.render(lang)));
            assert!(t.contains(&report.categories.items[0].category.name().get(lang).to_string()));
            assert!(t.contains(&report.places.cities[0].name.get(lang).to_string()));
        }
    }
}

/// The card asks the phrase whether it shows money, so no wording gets an amount past it: a
/// reason with no currency sign in its words, its amount in a currency with no sign either,
/// nested two phrases deep, is kept off a card with amounts hidden and drawn when they are shown.
#[test]
fn a_hidden_amounts_card_never_draws_a_money_argument_whatever_the_wording() {
    let mut report = two_years();
    let gold = yearbook::Currency::from_code("XAU").expect("a code");
    let amount = Arg::money(gold, 123_456);
    let reasons = [
        yearbook::phrase!(sentences::YOU_KEPT, amount.clone(), Arg::Percent(250)),
        yearbook::phrase!(
            sentences::AND_LIST,
            "plain words",
            yearbook::phrase!(
                sentences::SENTENCE,
                yearbook::phrase!(sentences::AND_LIST, "x", amount)
            )
        ),
    ];
    for reason in reasons {
        assert!(reason.shows_money());
        report.keyword.reason = reason;
        for lang in [Lang::Zh, Lang::En] {
            let hidden = card_of(&report, lang, false);
            assert!(!hidden.contains("1,234.56"), "{lang:?}: the amount is on a hidden card");
            assert!(!hidden.contains("XAU"), "{lang:?}");
            let shown = card_of(&report, lang, true);
            assert!(shown.contains("1,234.56"), "{lang:?}: shown when amounts are");
        }
    }
    // A reason without an amount is drawn either way.
    report.keyword.reason = yearbook::phrase!(sentences::AND_LIST, "plain", "words");
    assert!(texts(&card_of(&report, Lang::En, false)).iter().any(|t| t.contains("plain, words")));
}

/// A card states nothing it has not got: no "0 cities" over an empty map.
#[test]
fn a_card_without_places_leaves_the_places_out() {
    let mut report = two_years();
    report.places = yearbook::report::Places::default();
    for (lang, places) in [(Lang::En, "Places ·"), (Lang::Zh, "足迹 ·")] {
        let card = card_of(&report, lang, false);
        assert!(!texts(&card).iter().any(|t| t.starts_with(places)), "{lang:?}");
    }
    let card = card_of(&two_years(), Lang::En, false);
    assert!(texts(&card).iter().any(|t| t.starts_with("Places · ") && t.ends_with("cities")));
}

#[test]
fn hidpi_scales_text_with_the_backing_store() {
    let report = report_of(200, 1);
    let title_size = |svg: &str| -> f64 {
        let at = svg.find("font-size=\"").expect("the title has a font size") + 11;
        svg[at..].split('"').next().and_then(|n| n.parse().ok()).expect("a number")
    };
    let draw = |theme: Theme, size: (u32, u32)| {
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
            monthly_spending(&area, &report, &theme, Lang::En).expect("draws");
        }
        svg
    };
    let one = title_size(&draw(Theme::with_scale(1.0), (400, 200)));
    let two = title_size(&draw(Theme::with_scale(2.0), (800, 400)));
    assert!((two / one - 2.0).abs() < 0.01, "title {one} on 1×, {two} on 2×: must double");
}

#[test]
fn unknown_chart_is_an_error() {
    let mut svg = String::new();
    let area = SVGBackend::with_string(&mut svg, (100, 100)).into_drawing_area();
    let e = draw_chart("pie", &area, &report_of(50, 1), &Theme::default(), Lang::En)
        .expect_err("no such chart");
    assert!(e.to_string().contains("\"pie\""));
}

/// Reports as a page could hand back (deserialised from anything): out-of-range months,
/// weeks and hours, NaN coordinates, dangling links, extreme amounts. Every chart draws.
#[test]
fn charts_draw_odd_reports_without_panicking() {
    let base = two_years();
    let mut odd = base.clone();
    odd.months.truncate(3);
    odd.months[0].month = 99;
    odd.months[1].spending_minor = i64::MAX;
    odd.months[2].spending_minor = i64::MIN;
    odd.busiest_month = Some(0);
    odd.calendar.weeks = 1000;
    odd.calendar.days[0].week = 4000;
    odd.calendar.days[1].weekday = 9;
    odd.calendar.days[2].level = 200;
    odd.calendar.month_start_weeks = vec![u32::MAX; 30];
    odd.timing.cells[0].hour = 77;
    odd.timing.busiest =
        Some(yearbook::report::HourCell { weekday: 40, hour: 90, payments: 1, spending_minor: 1 });
    odd.places.cities[0].coordinates.lon = f64::NAN;
    odd.places.cities[1].coordinates.lat = f64::INFINITY;
    odd.flow.links.push(yearbook::report::FlowLink {
        source: 500,
        target: 2,
        value_minor: i64::MAX,
    });
    odd.flow.nodes[0].value_minor = i64::MIN;
    odd.portrait.axes.truncate(2);
    odd.categories.items[0].spending_minor = i64::MAX;
    odd.categories.items[0].share_permille = -5;
    odd.keyword.word = Phrase::same("W".repeat(500));
    odd.keyword.reason = Phrase::same("x ".repeat(2000));
    let mut empty = base.clone();
    empty.months.clear();
    empty.calendar = Default::default();
    empty.timing = Default::default();
    empty.places = yearbook::report::Places::default();
    empty.flow = Default::default();
    empty.portrait = Default::default();
    empty.categories = Default::default();
    empty.merchants = Default::default();
    empty.numbers.clear();
    for report in [&odd, &empty] {
        for spec in CHARTS {
            for lang in [Lang::Zh, Lang::En] {
                let svg = svg_of(spec.id, report, lang);
                assert!(svg.contains("</svg>"), "{}", spec.id);
            }
        }
        for show in [false, true] {
            assert!(card_of(report, Lang::En, show).contains("</svg>"));
        }
        // Tiny and huge areas too.
        for size in [(1, 1), (3000, 40)] {
            for spec in CHARTS {
                let mut svg = String::new();
                let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
                draw_chart(spec.id, &area, report, &Theme::with_scale(3.0), Lang::Zh)
                    .expect("draws");
            }
        }
    }
}

/// Charts read aggregates only: drawing all of them costs the same for a small and a large
/// year (the report is built once, outside the timing).
#[test]
fn drawing_cost_does_not_grow_with_the_data() {
    let time = |report: &Report| {
        let start = std::time::Instant::now();
        for spec in CHARTS {
            let _ = svg_of(spec.id, report, Lang::En);
        }
        let _ = card_of(report, Lang::En, false);
        start.elapsed()
    };
    let small = report_of(300, 3);
    let large = report_of(30_000, 3);
    let (a, b) = (time(&small).min(time(&small)), time(&large).min(time(&large)));
    let build = if cfg!(debug_assertions) { "debug" } else { "release" };
    eprintln!("all charts and the share card: {a:?} for 300 rows, {b:?} for 30 000 rows ({build})");
    assert!(b < a * 3 + std::time::Duration::from_millis(50), "{a:?} vs {b:?}");
}
