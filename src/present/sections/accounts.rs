//! Sections 10–12 as text: the money flow, what counts (every row accounted for) and the
//! comparison with the previous year.

use super::{left_out, list, money, money_cell, section, table, Described};
use crate::phrase::{labels as l, sentences as s, Arg, Phrase, Template};
use crate::present::format::{self, integer, percent, percent_change};
use crate::present::Lang;
use crate::report::share::permille;
use crate::report::Report;

/// §10 Money flow: income, spending, what was saved, and every link of the Sankey.
pub(in crate::present) fn flow(report: &Report, lang: Lang) -> Described {
    let f = &report.flow;
    if f.total_minor <= 0 {
        return left_out(&l::SECTION_FLOW, Phrase::new(&s::WHY_NO_MONEY));
    }
    let mut sec = section("flow", &l::SECTION_FLOW, lang, Some("flow"));
    let value = |id: &str| f.nodes.iter().find(|n| n.id == id).map(|n| n.value_minor);
    let income: i64 = f
        .nodes
        .iter()
        .filter(|n| n.column == 0 && n.id != "fromSavings")
        .map(|n| n.value_minor)
        .sum();
    let mut say = |p: Phrase| sec.summary.push(p.render(lang));
    let spent = f.total_minor - value("savings").unwrap_or(0);
    say(crate::phrase!(s::CAME_IN_WENT_OUT, money(report, income), money(report, spent)));
    if let Some(saved) = value("savings") {
        say(crate::phrase!(
            s::YOU_KEPT,
            money(report, saved),
            Arg::Percent(permille(saved, income))
        ));
    }
    if let Some(gap) = value("fromSavings") {
        say(crate::phrase!(s::FROM_SAVINGS_SENTENCE, money(report, gap)));
    }
    if let Some(names) = list(f.merged_categories.iter().map(|c| Phrase::new(c.name()))) {
        sec.note = Some(crate::phrase!(s::MERGED_INTO_OTHER, names).render(lang));
    }
    let mut links = table(
        l::SECTION_FLOW.get(lang),
        &[(&l::FROM, false), (&l::TO, false), (&l::AMOUNT, true), (&l::SHARE, true)],
        lang,
    );
    let name = |i: usize| f.nodes.get(i).map_or(String::new(), |n| n.label.render(lang));
    for link in &f.links {
        links.push(vec![
            name(link.source),
            name(link.target),
            money_cell(report, link.value_minor),
            percent(permille(link.value_minor, f.total_minor)),
        ]);
    }
    sec.tables.push(links);
    Ok(sec)
}

/// §11 What counts: the check in words, the groups, and each group's rows.
pub(in crate::present) fn what_counts(report: &Report, lang: Lang) -> Described {
    let mut sec = section("whatCounts", &l::SECTION_WHAT_COUNTS, lang, None);
    let w = &report.what_counts;
    sec.summary.push(crate::phrase!(s::SENTENCE, w.summary.clone()).render(lang));
    sec.summary.push(s::NEVER_SPENDING.get(lang).to_string());
    let mut groups = table(
        l::SECTION_WHAT_COUNTS.get(lang),
        &[
            (&l::GROUP, false),
            (&l::ROWS, true),
            (&l::AMOUNT_WRITTEN, true),
            (&l::COUNTED, true),
            (&l::EXPLANATION, false),
        ],
        lang,
    );
    for g in &w.groups {
        groups.push(vec![
            g.label.render(lang),
            integer(i64::from(g.count)),
            g.amount_minor.map_or_else(|| "–".to_string(), |a| money_cell(report, a)),
            money_cell(report, g.counted_minor),
            g.explanation.render(lang),
        ]);
        groups.row_ids.push(g.id.clone());
    }
    sec.tables.push(groups);
    for g in &w.groups {
        let caption = if g.more_rows > 0 {
            crate::phrase!(
                s::GROUP_ROWS_MORE,
                g.label.clone(),
                Arg::count(g.count),
                Arg::count(g.more_rows)
            )
        } else {
            crate::phrase!(s::GROUP_ROWS, g.label.clone(), Arg::count(g.count))
        };
        let mut rows = table(
            &caption.render(lang),
            &[
                (&l::SOURCE, false),
                (&l::LINE, true),
                (&l::DATE, false),
                (&l::AMOUNT, true),
                (&l::COUNTERPARTY, false),
                (&l::REASON, false),
            ],
            lang,
        );
        for r in &g.rows {
            rows.push(vec![
                r.source.name().get(lang).to_string(),
                r.row.to_string(),
                Arg::FullDate(r.date).render(lang),
                format::money(r.currency, r.amount_minor),
                r.counterparty.clone(),
                r.reason.render(lang),
            ]);
        }
        sec.tables.push(rows);
    }
    Ok(sec)
}

/// §12 Year over year: the change in a sentence and the two years side by side.
pub(in crate::present) fn year_over_year(report: &Report, lang: Lang) -> Described {
    if let Some(c) = &report.not_compared {
        let month = |m: u32| crate::phrase::Phrase::new(crate::phrase::names::month(m));
        let months = if c.first_month == c.last_month {
            month(c.first_month)
        } else {
            crate::phrase!(
                crate::phrase::names::MONTH_SPAN,
                month(c.first_month),
                month(c.last_month)
            )
        };
        let why = crate::phrase!(s::WHY_PART_OF_YEAR, months, Arg::Year(c.year));
        return left_out(&l::SECTION_YEAR_OVER_YEAR, why);
    }
    let Some(p) = &report.previous_year else {
        let why = crate::phrase!(s::WHY_NO_LAST_YEAR, Arg::Year(report.year - 1));
        return left_out(&l::SECTION_YEAR_OVER_YEAR, why);
    };
    let mut sec = section("yearOverYear", &l::SECTION_YEAR_OVER_YEAR, lang, Some("cumulative"));
    sec.summary.push(crate::phrase!(s::SENTENCE, p.change.sentence.clone()).render(lang));
    if let Some(g) = &report.categories.grew_most {
        sec.summary.push(crate::phrase!(s::SENTENCE, g.reason.clone()).render(lang));
    }
    let this = report.numbers.get(&report.currency).cloned().unwrap_or_default();
    let before = &p.numbers;
    let (y0, y1) = (p.year.to_string(), report.year.to_string());
    let (item, change_heading) = (l::ITEM.get(lang), l::CHANGE.get(lang));
    let mut years = crate::present::describe::Table::new(
        l::SECTION_YEAR_OVER_YEAR.get(lang),
        &[(item, false), (&y0, true), (&y1, true), (change_heading, true)],
    );
    let change = |a: i64, b: i64| {
        let rel = (a > 0).then(|| percent_change(permille(b - a, a)));
        rel.unwrap_or_default()
    };
    let money_row = |label: &Template, a: i64, b: i64| {
        vec![
            label.get(lang).to_string(),
            money_cell(report, a),
            money_cell(report, b),
            change(a, b),
        ]
    };
    let count_row = |label: &Template, a: u32, b: u32| {
        let (a, b) = (i64::from(a), i64::from(b));
        vec![label.get(lang).to_string(), integer(a), integer(b), change(a, b)]
    };
    years.push(money_row(&l::SPENDING, before.spending_minor, this.spending_minor));
    years.push(money_row(&l::INCOME_LABEL, before.income_minor, this.income_minor));
    years.push(count_row(&l::PAYMENTS, before.payments, this.payments));
    years.push(money_row(
        &l::AVERAGE_PER_DAY,
        before.average_per_day_minor,
        this.average_per_day_minor,
    ));
    years.push(count_row(&l::ACTIVE_DAYS, before.active_days, this.active_days));
    sec.tables.push(years);
    let category = l::CATEGORY.get(lang);
    let mut categories = crate::present::describe::Table::new(
        category,
        &[(category, false), (&y0, true), (&y1, true), (change_heading, true)],
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
            c.name().get(lang).to_string(),
            money_cell(report, a),
            money_cell(report, b),
            change(a, b),
        ]);
    }
    sec.tables.push(categories);
    Ok(sec)
}
