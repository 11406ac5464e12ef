//! Sections 10–12 as text: the money flow, what counts (every row accounted for) and the
//! comparison with the previous year.

use super::{money, section, tr};
use crate::present::describe::{Section, Table};
use crate::present::format::{self, date_with_year, integer, percent, percent_change, plural};
use crate::present::i18n::*;
use crate::present::Lang;
use crate::report::Report;

/// §10 Money flow: income, spending, what was saved, and every link of the Sankey.
pub(in crate::present) fn flow(report: &Report, lang: Lang) -> Section {
    let mut s = section("flow", SECTION_FLOW, lang, Some("flow"));
    let f = &report.flow;
    let value = |id: &str| f.nodes.iter().find(|n| n.id == id).map(|n| n.value_minor);
    let income: i64 = f
        .nodes
        .iter()
        .filter(|n| n.column == 0 && n.id != "fromSavings")
        .map(|n| n.value_minor)
        .sum();
    if f.total_minor <= 0 {
        s.summary.push(tr(
            lang,
            "这一年没有收支。".into(),
            "No money came in or went out this year.".into(),
        ));
    } else {
        s.summary.push(tr(
            lang,
            format!(
                "收入 {}，支出 {}。",
                money(report, income),
                money(report, f.total_minor - value("savings").unwrap_or(0))
            ),
            format!(
                "{} came in and {} went out.",
                money(report, income),
                money(report, f.total_minor - value("savings").unwrap_or(0))
            ),
        ));
        if let Some(saved) = value("savings") {
            s.summary.push(tr(
                lang,
                format!(
                    "结余 {}，是收入的 {}。",
                    money(report, saved),
                    percent(crate::report::share::permille(saved, income))
                ),
                format!(
                    "You kept {}: {} of your income.",
                    money(report, saved),
                    percent(crate::report::share::permille(saved, income))
                ),
            ));
        }
        if let Some(gap) = value("fromSavings") {
            s.summary.push(tr(
                lang,
                format!("支出比收入多 {}，来自积蓄或账单之外的收入。", money(report, gap)),
                format!(
                    "Spending exceeded the income in these statements by {}: it came from savings or income they do not show.",
                    money(report, gap)
                ),
            ));
        }
    }
    if !f.merged_categories.is_empty() {
        let names: Vec<&str> =
            f.merged_categories.iter().map(|c| crate::present::i18n::category(*c, lang)).collect();
        s.note = Some(tr(
            lang,
            format!("不到 3% 的分类并入了“其他”：{}。", names.join("、")),
            format!("Categories under 3% are merged into Other: {}.", names.join(", ")),
        ));
    }
    let mut table = Table::new(
        SECTION_FLOW.get(lang),
        &[
            (FROM.get(lang), false),
            (TO.get(lang), false),
            (AMOUNT.get(lang), true),
            (SHARE.get(lang), true),
        ],
    );
    let name = |i: usize| f.nodes.get(i).map_or(String::new(), |n| n.label.get(lang).to_string());
    for l in &f.links {
        table.push(vec![
            name(l.source),
            name(l.target),
            money(report, l.value_minor),
            percent(crate::report::share::permille(l.value_minor, f.total_minor)),
        ]);
    }
    s.tables.push(table);
    s
}

/// §11 What counts: the check in words, the groups, and each group's rows.
pub(in crate::present) fn what_counts(report: &Report, lang: Lang) -> Section {
    let mut s = section("whatCounts", SECTION_WHAT_COUNTS, lang, None);
    let w = &report.what_counts;
    s.summary.push(format!("{}{}", w.summary.get(lang), tr(lang, "。".into(), ".".into())));
    s.summary.push(tr(
        lang,
        "转账、理财、还款、已关闭的订单和跨文件重复的行都不算支出；退款抵扣原来的购买。".into(),
        "Transfers, investments, repayments, cancelled orders and rows repeated across files never count as spending; refunds net their purchases.".into(),
    ));
    let mut groups = Table::new(
        SECTION_WHAT_COUNTS.get(lang),
        &[
            (GROUP.get(lang), false),
            (ROWS.get(lang), true),
            (AMOUNT_WRITTEN.get(lang), true),
            (COUNTED.get(lang), true),
            (EXPLANATION.get(lang), false),
        ],
    );
    for g in &w.groups {
        groups.push(vec![
            g.label.get(lang).to_string(),
            integer(i64::from(g.count)),
            g.amount_minor.map_or_else(|| "–".to_string(), |a| money(report, a)),
            money(report, g.counted_minor),
            g.explanation.get(lang).to_string(),
        ]);
        groups.row_ids.push(g.id.clone());
    }
    s.tables.push(groups);
    for g in &w.groups {
        let more = if g.more_rows > 0 {
            tr(
                lang,
                format!("，另有 {} 行未列出", g.more_rows),
                format!(", {} more not listed", integer(i64::from(g.more_rows))),
            )
        } else {
            String::new()
        };
        let caption = tr(
            lang,
            format!("{}（{} 行{more}）", g.label.zh, g.count),
            format!("{} ({}{more})", g.label.en, plural(g.count, "row", "rows")),
        );
        let mut rows = Table::new(
            caption,
            &[
                (SOURCE.get(lang), false),
                (LINE.get(lang), true),
                (DATE.get(lang), false),
                (AMOUNT.get(lang), true),
                (COUNTERPARTY.get(lang), false),
                (REASON.get(lang), false),
            ],
        );
        for r in &g.rows {
            rows.push(vec![
                r.source.name().get(lang).to_string(),
                r.row.to_string(),
                date_with_year(r.date, lang),
                format::money(r.currency, r.amount_minor),
                r.counterparty.clone(),
                r.reason.get(lang).to_string(),
            ]);
        }
        s.tables.push(rows);
    }
    s
}

/// §12 Year over year: the change in a sentence and the two years side by side.
pub(in crate::present) fn year_over_year(report: &Report, lang: Lang) -> Section {
    let mut s = section("yearOverYear", SECTION_YEAR_OVER_YEAR, lang, Some("cumulative"));
    let Some(p) = &report.previous_year else {
        s.summary.push(tr(
            lang,
            format!("账单里没有 {} 年的记录；加入去年的账单即可对比。", report.year - 1),
            format!(
                "The statements hold nothing from {}: add last year's to compare.",
                report.year - 1
            ),
        ));
        if report.years.len() > 1 {
            let years: Vec<String> = report.years.iter().map(|y| y.year.to_string()).collect();
            s.summary.push(tr(
                lang,
                format!("账单中的年份：{}。", years.join("、")),
                format!("Years in the statements: {}.", years.join(", ")),
            ));
        }
        return s;
    };
    s.summary.push(format!("{}{}", p.change.sentence.get(lang), tr(lang, "。".into(), ".".into())));
    if let Some(g) = &report.categories.grew_most {
        s.summary.push(format!("{}{}", g.reason.get(lang), tr(lang, "。".into(), ".".into())));
    }
    let this = report.numbers.get(&report.currency).cloned().unwrap_or_default();
    let before = &p.numbers;
    let (y0, y1) = (p.year.to_string(), report.year.to_string());
    let mut table = Table::new(
        SECTION_YEAR_OVER_YEAR.get(lang),
        &[(ITEM.get(lang), false), (&y0, true), (&y1, true), (CHANGE.get(lang), true)],
    );
    let change = |a: i64, b: i64| {
        let rel = (a > 0).then(|| percent_change(crate::report::share::permille(b - a, a)));
        rel.unwrap_or_default()
    };
    let money_row = |label: Word, a: i64, b: i64| {
        vec![label.get(lang).to_string(), money(report, a), money(report, b), change(a, b)]
    };
    table.push(money_row(SPENDING, before.spending_minor, this.spending_minor));
    table.push(money_row(INCOME, before.income_minor, this.income_minor));
    table.push(vec![
        PAYMENTS.get(lang).to_string(),
        integer(i64::from(before.payments)),
        integer(i64::from(this.payments)),
        change(i64::from(before.payments), i64::from(this.payments)),
    ]);
    table.push(money_row(
        AVERAGE_PER_DAY,
        before.average_per_day_minor,
        this.average_per_day_minor,
    ));
    table.push(vec![
        ACTIVE_DAYS.get(lang).to_string(),
        integer(i64::from(before.active_days)),
        integer(i64::from(this.active_days)),
        change(i64::from(before.active_days), i64::from(this.active_days)),
    ]);
    s.tables.push(table);
    let mut categories = Table::new(
        CATEGORY.get(lang),
        &[(CATEGORY.get(lang), false), (&y0, true), (&y1, true), (CHANGE.get(lang), true)],
    );
    let mut all: Vec<crate::model::Category> =
        report.categories.items.iter().map(|c| c.category).collect();
    for c in &p.categories {
        if !all.contains(&c.category) {
            all.push(c.category);
        }
    }
    for c in all {
        let a = p.categories.iter().find(|x| x.category == c).map_or(0, |x| x.spending_minor);
        let b = report
            .categories
            .items
            .iter()
            .find(|x| x.category == c)
            .map_or(0, |x| x.spending_minor);
        categories.push(vec![
            crate::present::i18n::category(c, lang).to_string(),
            money(report, a),
            money(report, b),
            change(a, b),
        ]);
    }
    s.tables.push(categories);
    s
}
