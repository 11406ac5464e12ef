//! `describe_report` on a small hand-built year with hand-computed answers, in both languages.

use crate::chart::CHARTS;
use crate::model::{Category, Kind, Transaction};
use crate::present::{describe_report, html, Lang, Section};
use crate::report::testing::{tx, Tx};
use crate::report::Report;

/// 2024: ¥30 + ¥20 at McDonald's in January, ¥100 at Uniqlo in March, ¥5,000 salary, a
/// transfer; 2023: ¥50 of dining.
fn rows() -> Vec<Transaction> {
    vec![
        tx("2024-01-15 12:00", 3000).from("麦当劳(南山店)").cat(Category::Dining).row(2),
        tx("2024-01-20 19:00", 2000).from("麦当劳(科技园店)").cat(Category::Dining).row(3),
        tx("2024-03-02 10:00", 10000).from("优衣库").cat(Category::Shopping).row(4),
        tx("2024-03-14 18:00", 500000).kind(Kind::Income).from("公司").row(5),
        tx("2024-03-20 09:00", 70000).kind(Kind::Transfer).from("余额宝").row(6),
        tx("2023-02-01 12:00", 5000).from("肯德基").cat(Category::Dining).row(7),
    ]
}

fn sections(lang: Lang) -> Vec<Section> {
    let report = Report::build(&rows(), Some(2024)).expect("a report");
    describe_report(&report, lang)
}

fn find<'a>(sections: &'a [Section], id: &str) -> &'a Section {
    sections.iter().find(|s| s.id == id).expect("the section")
}

#[test]
fn sections_in_order_each_chart_named_once_and_the_empty_one_said_once() {
    let s = sections(Lang::En);
    let ids: Vec<&str> = s.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "numbers",
            "months",
            "categories",
            "merchants",
            "calendar",
            "timing",
            "portrait",
            "flow",
            "whatCounts",
            "yearOverYear",
            "notShown"
        ],
        "no merchant name in this year names a place; three payments choose no keyword"
    );
    let not_shown = find(&s, "notShown");
    assert_eq!(not_shown.title, "Not shown");
    let keyword = "Keyword of the year: a keyword is chosen from 20 payments over 28 days or more; these statements hold 3 payments over 66 days.";
    assert_eq!(
        not_shown.summary,
        ["Places: no place names were found in the statements.", keyword]
    );
    assert_eq!(
        find(&sections(Lang::Zh), "notShown").summary,
        [
            "去过的地方：账单里没有找到地名。",
            "年度关键词：至少要有 28 天、20 笔支付才选得出；这份账单有 66 天、3 笔支付。"
        ]
    );
    let mut charts: Vec<&str> = s.iter().filter_map(|s| s.chart.as_deref()).collect();
    charts.sort_unstable();
    let mut known: Vec<&str> =
        CHARTS.iter().map(|c| c.id).filter(|id| !["places", "keyword"].contains(id)).collect();
    known.sort_unstable();
    assert_eq!(charts, known, "every chart shown belongs to exactly one section");
    for section in &s {
        for t in &section.tables {
            assert_eq!(t.numeric.len(), t.columns.len(), "{}", t.caption);
            assert!(t.rows.iter().all(|r| r.len() == t.columns.len()), "{}", t.caption);
            assert!(t.row_ids.is_empty() || t.row_ids.len() == t.rows.len(), "{}", t.caption);
        }
    }
}

#[test]
fn the_year_in_numbers_in_words() {
    let en = sections(Lang::En);
    let numbers = find(&en, "numbers");
    assert_eq!(numbers.title, "The year in numbers");
    assert_eq!(numbers.summary[0], "In 2024 you spent ¥150.00 over 3 payments.");
    assert_eq!(numbers.summary[1], "Income was ¥5,000.00, leaving ¥4,850.00.");
    // 15 January – 20 March 2024: 17 + 29 + 20 = 66 days, 3 with spending; 15000 / 66 =
    // 227.27 → ¥2.27 a day, 15000 / 3 months = ¥50.00 a month.
    assert_eq!(
        numbers.summary[2],
        "The statements cover 66 days, 3 of them with spending: ¥2.27 a day, ¥50.00 a month on average."
    );
    assert_eq!(numbers.summary[3], "Biggest purchase: ¥100.00 at 优衣库 (shopping, 2 Mar).");
    assert_eq!(numbers.summary[4], "You went back to 麦当劳 most often: 2 times.");
    let zh = sections(Lang::Zh);
    let numbers = find(&zh, "numbers");
    assert_eq!(numbers.title, "这一年的数字");
    assert_eq!(numbers.summary[0], "2024 年你一共支出 ¥150.00，共 3 笔支付。");
    assert_eq!(numbers.summary[1], "收入 ¥5,000.00，结余 ¥4,850.00。");
    let table = &numbers.tables[0];
    assert_eq!(table.columns, ["项目", "CNY"]);
    assert_eq!(table.rows[0], ["支出", "¥150.00"]);
}

#[test]
fn months_with_last_year_beside_them() {
    let en = sections(Lang::En);
    let months = find(&en, "months");
    assert_eq!(months.summary[0], "Your most expensive month was March: ¥100.00 over 1 payment.");
    assert_eq!(
        months.summary[1],
        "By the end of December you had spent ¥150.00, against ¥50.00 by then in 2023."
    );
    let t = &months.tables[0];
    assert_eq!(t.columns[5], "Last year (2023)");
    assert_eq!(t.rows.len(), 12);
    assert_eq!(t.rows[1], ["February", "¥0.00", "¥0.00", "0", "¥50.00", "¥50.00", "¥50.00"]);
    assert_eq!(t.rows[2], ["March", "¥100.00", "¥5,000.00", "1", "¥150.00", "¥0.00", "¥50.00"]);
    let zh = sections(Lang::Zh);
    assert_eq!(find(&zh, "months").summary[0], "花得最多的是3月：¥100.00，1 笔。");
}

#[test]
fn categories_merchants_and_the_comparison() {
    let en = sections(Lang::En);
    let categories = find(&en, "categories");
    // Shopping ¥100 of ¥150: 666.7‰ → 67%.
    assert_eq!(
        categories.summary[0],
        "Shopping took 67% of your spending: ¥100.00 over 1 payment."
    );
    assert_eq!(categories.tables[0].rows[0], ["1", "Shopping", "¥100.00", "1", "67%"]);
    assert_eq!(categories.tables[0].rows[1], ["2", "Dining", "¥50.00", "2", "33%"]);
    let merchants = find(&en, "merchants");
    assert_eq!(merchants.tables[0].rows[0][1], "优衣库");
    assert_eq!(merchants.tables[1].rows[0][1..5], ["麦当劳", "Dining", "¥50.00", "2"]);
    let yoy = find(&en, "yearOverYear");
    // ¥150 against ¥50: ¥100 more, +200%.
    assert_eq!(yoy.summary[0], "You spent ¥100.00 more than last year (+200%).");
    assert_eq!(yoy.tables[0].rows[0], ["Spending", "¥50.00", "¥150.00", "+200%"]);
    assert_eq!(yoy.chart.as_deref(), Some("cumulative"));
}

#[test]
fn what_counts_adds_up_to_the_rows_read() {
    let en = sections(Lang::En);
    let w = find(&en, "whatCounts");
    let groups = &w.tables[0];
    let counted: u32 = groups.rows.iter().map(|r| r[1].parse::<u32>().expect("a count")).sum();
    assert_eq!(counted, 6, "every row read is in one group");
    assert_eq!(groups.row_ids, ["expense", "income", "transfer", "otherYears"]);
    let transfers = w.tables.iter().find(|t| t.caption == "Transfers (1 row)").expect("its rows");
    assert_eq!(transfers.rows[0][1..5], ["6", "20 Mar 2024", "−¥700.00", "余额宝"]);
}

#[test]
fn no_previous_year_says_how_to_get_one() {
    let report = Report::build(&rows()[..5], Some(2024)).expect("a report");
    let s = describe_report(&report, Lang::En);
    assert!(s.iter().all(|s| s.id != "yearOverYear"), "nothing to compare: left out");
    assert_eq!(
        find(&s, "notShown").summary,
        [
            "Places: no place names were found in the statements.",
            "Keyword of the year: a keyword is chosen from 20 payments over 28 days or more; these statements hold 3 payments over 66 days.",
            "Year over year: the statements hold nothing from 2023; add that year's to compare."
        ]
    );
    assert_eq!(find(&s, "months").tables[0].columns.len(), 5, "no last-year columns");
}

#[test]
fn the_page_is_self_contained_and_escapes_statement_text() {
    let mut rows = rows();
    rows.push(tx("2024-02-02 10:00", 100).from("<img src=\"x\" onerror=alert(1)>").row(9));
    let report = Report::build(&rows, Some(2024)).expect("a report");
    for lang in [Lang::Zh, Lang::En] {
        let sections = describe_report(&report, lang);
        let charts =
            vec![("months".to_string(), "<svg width=\"10\" height=\"10\"></svg>".to_string())];
        let page = html::report_page(&report, lang, &sections, &charts, None);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains(&format!("<html lang=\"{}\">", lang.tag())));
        for s in &sections {
            assert!(page.contains(&html::escape(&s.title)), "{}", s.title);
        }
        assert!(page.contains("<div class=\"chart\"><svg width=\"10\""));
        for banned in ["<script", "src=\"", "href=\"", "url(", "@import", "<img", "<link"] {
            assert!(!page.contains(banned), "{banned} in the page");
        }
        assert!(page.contains("&lt;img"));
    }
}
