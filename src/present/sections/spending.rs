//! Sections 1–4 as text: the year in numbers, months, categories and merchants.

use super::{money, section, tr};
use crate::present::describe::{Section, Table};
use crate::present::format::{self, count, date, date_range, integer, percent, plural};
use crate::present::i18n::{self, *};
use crate::present::Lang;
use crate::report::{MerchantTotal, Report, YearInNumbers};

/// §1 The year in numbers: the headline sentences in the main currency, and a table with a
/// column per currency.
pub(in crate::present) fn numbers(report: &Report, lang: Lang) -> Section {
    let mut s = section("numbers", SECTION_NUMBERS, lang, None);
    let n = report.numbers.get(&report.currency).cloned().unwrap_or_default();
    let year = report.year;
    let (spent, income) = (money(report, n.spending_minor), money(report, n.income_minor));
    s.summary.push(tr(
        lang,
        format!("{year} 年你一共支出 {spent}，共 {} 笔支付。", n.payments),
        format!("In {year} you spent {spent} over {}.", plural(n.payments, "payment", "payments")),
    ));
    if n.income_minor > 0 {
        let net = money(report, n.net_minor.saturating_abs());
        s.summary.push(if n.net_minor >= 0 {
            tr(
                lang,
                format!("收入 {income}，结余 {net}。"),
                format!("Income was {income}, leaving {net}."),
            )
        } else {
            tr(
                lang,
                format!("收入 {income}，支出比收入多 {net}。"),
                format!("Income was {income}: you spent {net} more than came in."),
            )
        });
    }
    if n.covered_days > 0 {
        s.summary.push(tr(
            lang,
            format!(
                "账单覆盖 {} 天，其中 {} 天有消费；日均 {}，月均 {}。",
                n.covered_days,
                n.active_days,
                money(report, n.average_per_day_minor),
                money(report, n.average_per_month_minor)
            ),
            format!(
                "The statements cover {} days, {} of them with spending: {} a day, {} a month on average.",
                n.covered_days,
                n.active_days,
                money(report, n.average_per_day_minor),
                money(report, n.average_per_month_minor)
            ),
        ));
    }
    if let Some(p) = &n.biggest_purchase {
        let name = if p.merchant.is_empty() { &p.counterparty } else { &p.merchant };
        s.summary.push(tr(
            lang,
            format!(
                "最大一笔：{} 在{}（{}，{}）。",
                money(report, p.amount_minor),
                name,
                p.category_label.get(lang),
                date(p.date, lang)
            ),
            format!(
                "Biggest purchase: {} at {} ({}, {}).",
                money(report, p.amount_minor),
                name,
                p.category_label.get(lang).to_lowercase(),
                date(p.date, lang)
            ),
        ));
    }
    if let Some(m) = &n.most_frequent_merchant {
        s.summary.push(tr(
            lang,
            format!("最常光顾：{}，{} 次。", m.merchant, m.payments),
            format!(
                "You went back to {} most often: {}.",
                m.merchant,
                plural(m.payments, "time", "times")
            ),
        ));
    }
    if let Some(streak) = &n.longest_streak_without_spending {
        s.summary.push(tr(
            lang,
            format!(
                "最长连续 {} 天一分钱没花（{}）。",
                streak.days,
                date_range(streak.from, streak.to, lang)
            ),
            format!(
                "Your longest run without spending: {} ({}).",
                plural(streak.days, "day", "days"),
                date_range(streak.from, streak.to, lang)
            ),
        ));
    }

    let currencies: Vec<_> = report.numbers.keys().copied().collect();
    let mut columns: Vec<(String, bool)> = vec![(ITEM.get(lang).to_string(), false)];
    columns.extend(currencies.iter().map(|c| (c.code().to_string(), true)));
    let headings: Vec<(&str, bool)> = columns.iter().map(|(c, n)| (c.as_str(), *n)).collect();
    let mut table = Table::new(SECTION_NUMBERS.get(lang), &headings);
    type Cell = fn(&YearInNumbers, crate::model::Currency, Lang) -> String;
    let rows: [(Word, Cell); 11] = [
        (SPENDING, |n, c, _| format::money(c, n.spending_minor)),
        (INCOME, |n, c, _| format::money(c, n.income_minor)),
        (NET, |n, c, _| format::money(c, n.net_minor)),
        (PAYMENTS, |n, _, _| integer(i64::from(n.payments))),
        (ACTIVE_DAYS, |n, _, _| integer(i64::from(n.active_days))),
        (COVERED_DAYS, |n, _, _| integer(i64::from(n.covered_days))),
        (ZERO_SPEND_DAYS, |n, _, _| integer(i64::from(n.zero_spend_days))),
        (AVERAGE_PER_DAY, |n, c, _| format::money(c, n.average_per_day_minor)),
        (AVERAGE_PER_MONTH, |n, c, _| format::money(c, n.average_per_month_minor)),
        (BIGGEST_PURCHASE, |n, c, _| {
            n.biggest_purchase.as_ref().map_or(String::new(), |p| format::money(c, p.amount_minor))
        }),
        (LONGEST_STREAK, |n, _, lang| {
            n.longest_streak_without_spending
                .map_or(String::new(), |s| count(s.days, "天", "day", "days", lang))
        }),
    ];
    for (label, cell) in rows {
        let mut row = vec![label.get(lang).to_string()];
        for c in &currencies {
            let n = report.numbers.get(c).cloned().unwrap_or_default();
            row.push(cell(&n, *c, lang));
        }
        table.push(row);
    }
    s.tables.push(table);
    s
}

/// §2 Months: the most expensive month, the year-end comparison with the previous year, and
/// the twelve months.
pub(in crate::present) fn months(report: &Report, lang: Lang) -> Section {
    let mut s = section("months", SECTION_MONTHS, lang, Some("months"));
    if let Some(m) = report.busiest_month.and_then(|b| report.months.iter().find(|m| m.month == b))
    {
        s.summary.push(tr(
            lang,
            format!(
                "花得最多的是{}：{}，{} 笔。",
                i18n::month_long(m.month, lang),
                money(report, m.spending_minor),
                m.n_payments
            ),
            format!(
                "Your most expensive month was {}: {} over {}.",
                i18n::month_long(m.month, lang),
                money(report, m.spending_minor),
                plural(m.n_payments, "payment", "payments")
            ),
        ));
    } else {
        s.summary.push(tr(lang, "这一年没有支出。".into(), "No spending this year.".into()));
    }
    let last = report.months.iter().rev().find(|m| m.previous_cumulative_spending_minor.is_some());
    if let (Some(m), Some(p)) = (last, &report.previous_year) {
        let before = m.previous_cumulative_spending_minor.unwrap_or(0);
        s.summary.push(tr(
            lang,
            format!(
                "到{}底累计支出 {}，{} 年同期为 {}。",
                i18n::month_long(m.month, lang),
                money(report, m.cumulative_spending_minor),
                p.year,
                money(report, before)
            ),
            format!(
                "By the end of {} you had spent {}, against {} by then in {}.",
                i18n::month_long(m.month, lang),
                money(report, m.cumulative_spending_minor),
                money(report, before),
                p.year
            ),
        ));
    }
    let compare = report.months.iter().any(|m| m.previous_spending_minor.is_some());
    let mut columns = vec![
        (MONTH.get(lang), false),
        (SPENDING.get(lang), true),
        (INCOME.get(lang), true),
        (PAYMENTS.get(lang), true),
        (CUMULATIVE.get(lang), true),
    ];
    let last_year = format!("{} ({})", LAST_YEAR.get(lang), report.year - 1);
    let last_year_so_far = format!("{} ({})", CUMULATIVE.get(lang), report.year - 1);
    if compare {
        columns.push((&last_year, true));
        columns.push((&last_year_so_far, true));
    }
    let mut table = Table::new(SECTION_MONTHS.get(lang), &columns);
    for m in &report.months {
        let mut row = vec![
            i18n::month_long(m.month, lang).to_string(),
            money(report, m.spending_minor),
            money(report, m.income_minor),
            integer(i64::from(m.n_payments)),
            money(report, m.cumulative_spending_minor),
        ];
        if compare {
            let opt = |v: Option<i64>| v.map_or(String::new(), |v| money(report, v));
            row.push(opt(m.previous_spending_minor));
            row.push(opt(m.previous_cumulative_spending_minor));
        }
        table.push(row);
    }
    s.tables.push(table);
    s
}

/// §3 Categories: the largest category, the one that grew most, and every category.
pub(in crate::present) fn categories(report: &Report, lang: Lang) -> Section {
    let mut s = section("categories", SECTION_CATEGORIES, lang, Some("categories"));
    let items = &report.categories.items;
    if let Some(top) = items.first() {
        s.summary.push(tr(
            lang,
            format!(
                "{}占了支出的 {}：{}，{} 笔。",
                top.label.zh,
                percent(top.share_permille),
                money(report, top.spending_minor),
                top.payments
            ),
            format!(
                "{} took {} of your spending: {} over {}.",
                top.label.en,
                percent(top.share_permille),
                money(report, top.spending_minor),
                plural(top.payments, "payment", "payments")
            ),
        ));
    }
    if let Some(g) = &report.categories.grew_most {
        s.summary.push(format!("{}{}", g.reason.get(lang), tr(lang, "。".into(), ".".into())));
    }
    let mut table = Table::new(
        SECTION_CATEGORIES.get(lang),
        &[
            (RANK.get(lang), true),
            (CATEGORY.get(lang), false),
            (SPENDING.get(lang), true),
            (PAYMENTS.get(lang), true),
            (SHARE.get(lang), true),
        ],
    );
    for (i, c) in items.iter().enumerate() {
        table.push(vec![
            (i + 1).to_string(),
            c.label.get(lang).to_string(),
            money(report, c.spending_minor),
            integer(i64::from(c.payments)),
            percent(c.share_permille),
        ]);
    }
    s.tables.push(table);
    s
}

/// §4 Merchants: how many, the top by amount and by count.
pub(in crate::present) fn merchants(report: &Report, lang: Lang) -> Section {
    let mut s = section("merchants", SECTION_MERCHANTS, lang, Some("merchants"));
    let m = &report.merchants;
    s.summary.push(tr(
        lang,
        format!("这一年你在 {} 个不同的商家付过钱。", m.distinct),
        format!("You paid {} this year.", plural(m.distinct, "merchant", "different merchants")),
    ));
    if let Some(top) = m.by_amount.first() {
        s.summary.push(tr(
            lang,
            format!(
                "花得最多的是{}：{}（占 {}）。",
                top.name,
                money(report, top.spending_minor),
                percent(top.share_permille)
            ),
            format!(
                "Most money went to {}: {} ({} of spending).",
                top.name,
                money(report, top.spending_minor),
                percent(top.share_permille)
            ),
        ));
    }
    if let Some(top) = m.by_count.first() {
        s.summary.push(tr(
            lang,
            format!("去得最勤的是{}：{} 次。", top.name, top.payments),
            format!("You paid {} most often: {}.", top.name, plural(top.payments, "time", "times")),
        ));
    }
    if m.unnamed_payments > 0 {
        s.note = Some(tr(
            lang,
            format!("{} 笔支付没有写明商家，未计入排名。", m.unnamed_payments),
            format!(
                "{} name no merchant and are left out of the ranking.",
                plural(m.unnamed_payments, "payment", "payments")
            ),
        ));
    }
    s.tables.push(merchant_table(report, &m.by_amount, BY_AMOUNT, lang));
    s.tables.push(merchant_table(report, &m.by_count, BY_COUNT, lang));
    s
}

fn merchant_table(report: &Report, items: &[MerchantTotal], caption: Word, lang: Lang) -> Table {
    let mut table = Table::new(
        caption.get(lang),
        &[
            (RANK.get(lang), true),
            (MERCHANT.get(lang), false),
            (CATEGORY.get(lang), false),
            (SPENDING.get(lang), true),
            (PAYMENTS.get(lang), true),
            (SHARE.get(lang), true),
            (FIRST_SEEN.get(lang), false),
            (LAST_SEEN.get(lang), false),
        ],
    );
    for (i, m) in items.iter().enumerate() {
        table.push(vec![
            (i + 1).to_string(),
            m.name.clone(),
            m.category_label.get(lang).to_string(),
            money(report, m.spending_minor),
            integer(i64::from(m.payments)),
            percent(m.share_permille),
            date(m.first_date, lang),
            date(m.last_date, lang),
        ]);
    }
    table
}
