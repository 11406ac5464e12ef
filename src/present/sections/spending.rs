//! Sections 1–4 as text: the year in numbers, months, categories and merchants.

use super::{left_out, money, money_cell, section, table, with_detail, Described};
use crate::phrase::{labels as l, names, sentences as s, Arg, Phrase, Template};
use crate::present::describe::Table;
use crate::present::format::{integer, percent};
use crate::present::Lang;
use crate::report::{MerchantTotal, Report, YearInNumbers};

/// §1 The year in numbers: the headline sentences in the main currency, and a table with a
/// column per currency.
pub(in crate::present) fn numbers(report: &Report, lang: Lang) -> Described {
    let mut sec = section("numbers", &l::SECTION_NUMBERS, lang, None);
    let n = report.numbers.get(&report.currency).cloned().unwrap_or_default();
    let year = Arg::Year(report.year);
    let mut say = |p: Phrase| sec.summary.push(p.render(lang));
    if n.payments == 0 {
        say(crate::phrase!(s::YEAR_NO_PAYMENTS, year));
    } else {
        say(crate::phrase!(
            s::YEAR_SPENT,
            year,
            money(report, n.spending_minor),
            Arg::count(n.payments)
        ));
    }
    if n.income_minor > 0 {
        let income = money(report, n.income_minor);
        let net = money(report, n.net_minor.saturating_abs());
        say(if n.net_minor >= 0 {
            crate::phrase!(s::INCOME_LEFT, income, net)
        } else {
            crate::phrase!(s::INCOME_SHORT, income, net)
        });
    }
    if n.covered_days > 0 && n.active_days == 0 {
        say(crate::phrase!(s::COVERAGE_NO_SPENDING, Arg::count(n.covered_days)));
    } else if n.covered_days == 1 {
        say(crate::phrase!(s::COVERAGE_ONE_DAY, money(report, n.spending_minor)));
    } else if n.covered_days > 1 {
        say(crate::phrase!(
            s::COVERAGE,
            Arg::count(n.covered_days),
            Arg::count(n.active_days),
            money(report, n.average_per_day_minor),
            money(report, n.average_per_month_minor)
        ));
    }
    if let Some(p) = &n.biggest_purchase {
        let name = if p.merchant.is_empty() { &p.counterparty } else { &p.merchant };
        let (amount, category) = (money(report, p.amount_minor), p.category.name());
        say(if name.is_empty() {
            crate::phrase!(s::BIGGEST_PURCHASE_UNNAMED, amount, category, p.date)
        } else {
            crate::phrase!(s::BIGGEST_PURCHASE_AT, amount, name, category, p.date)
        });
    }
    // "Went back" needs a second visit.
    if let Some(m) = n.most_frequent_merchant.as_ref().filter(|m| m.payments > 1) {
        say(crate::phrase!(s::WENT_BACK, &m.merchant, Arg::count(m.payments)));
    }
    if let Some(streak) = &n.longest_streak_without_spending {
        say(crate::phrase!(
            s::LONGEST_RUN,
            Arg::count(streak.days),
            Arg::DateRange(streak.from, streak.to)
        ));
    }

    let currencies: Vec<_> = report.numbers.keys().copied().collect();
    let mut columns: Vec<(String, bool)> = vec![(l::ITEM.get(lang).to_string(), false)];
    columns.extend(currencies.iter().map(|c| (c.code().to_string(), true)));
    let headings: Vec<(&str, bool)> = columns.iter().map(|(c, n)| (c.as_str(), *n)).collect();
    let mut numbers = Table::new(l::SECTION_NUMBERS.get(lang), &headings);
    type Cell = fn(&YearInNumbers, crate::model::Currency) -> Option<Arg>;
    let rows: [(&Template, Cell); 11] = [
        (&l::SPENDING, |n, c| Some(Arg::money(c, n.spending_minor))),
        (&l::INCOME_LABEL, |n, c| Some(Arg::money(c, n.income_minor))),
        (&l::NET, |n, c| Some(Arg::money(c, n.net_minor))),
        (&l::PAYMENTS, |n, _| Some(Arg::count(n.payments))),
        (&l::ACTIVE_DAYS, |n, _| Some(Arg::count(n.active_days))),
        (&l::COVERED_DAYS, |n, _| Some(Arg::count(n.covered_days))),
        (&l::ZERO_SPEND_DAYS, |n, _| Some(Arg::count(n.zero_spend_days))),
        (&l::AVERAGE_PER_DAY, |n, c| Some(Arg::money(c, n.average_per_day_minor))),
        (&l::AVERAGE_PER_MONTH, |n, c| Some(Arg::money(c, n.average_per_month_minor))),
        (&l::BIGGEST_PURCHASE, |n, c| {
            n.biggest_purchase.as_ref().map(|p| Arg::money(c, p.amount_minor))
        }),
        (&l::LONGEST_STREAK, |n, _| {
            n.longest_streak_without_spending.map(|s| Arg::Phrase(days(s.days)))
        }),
    ];
    for (label, cell) in rows {
        let mut row = vec![label.get(lang).to_string()];
        for c in &currencies {
            let n = report.numbers.get(c).cloned().unwrap_or_default();
            row.push(cell(&n, *c).map_or_else(String::new, |arg| cell_text(arg, lang)));
        }
        numbers.push(row);
    }
    sec.tables.push(numbers);
    Ok(sec)
}

/// "3 days" / "3 天".
fn days(n: u32) -> Phrase {
    crate::phrase!(l::DAYS_COUNT, Arg::count(n))
}

/// One argument as a table cell.
fn cell_text(arg: Arg, lang: Lang) -> String {
    arg.render(lang)
}

/// §2 Months: the most expensive month, the year-end comparison with the previous year, and
/// the twelve months.
pub(in crate::present) fn months(report: &Report, lang: Lang) -> Described {
    if report.months.iter().all(|m| m.spending_minor == 0 && m.income_minor == 0) {
        return left_out(&l::SECTION_MONTHS, Phrase::new(&s::WHY_NO_MONEY));
    }
    let mut sec = section("months", &l::SECTION_MONTHS, lang, Some("months"));
    let busiest = report.busiest_month.and_then(|b| report.months.iter().find(|m| m.month == b));
    sec.summary.push(
        match busiest {
            Some(m) => crate::phrase!(
                s::MOST_EXPENSIVE_MONTH,
                names::month(m.month),
                money(report, m.spending_minor),
                Arg::count(m.n_payments)
            ),
            None => Phrase::new(&s::NO_SPENDING_THIS_YEAR),
        }
        .render(lang),
    );
    let last = report.months.iter().rev().find(|m| m.previous_cumulative_spending_minor.is_some());
    if let (Some(m), Some(p)) = (last, &report.previous_year) {
        let before = m.previous_cumulative_spending_minor.unwrap_or(0);
        sec.summary.push(
            crate::phrase!(
                s::BY_THE_END_OF,
                names::month(m.month),
                money(report, m.cumulative_spending_minor),
                money(report, before),
                Arg::Year(p.year)
            )
            .render(lang),
        );
    }
    let compare = report.months.iter().any(|m| m.previous_spending_minor.is_some());
    let mut columns: Vec<(String, bool)> = [
        (&l::MONTH, false),
        (&l::SPENDING, true),
        (&l::INCOME_LABEL, true),
        (&l::PAYMENTS, true),
        (&l::CUMULATIVE, true),
    ]
    .iter()
    .map(|(t, n)| (t.get(lang).to_string(), *n))
    .collect();
    if compare {
        let before = Arg::Year(report.year - 1);
        columns.push((with_detail(&l::LAST_YEAR, before.clone()).render(lang), true));
        columns.push((with_detail(&l::CUMULATIVE, before).render(lang), true));
    }
    let headings: Vec<(&str, bool)> = columns.iter().map(|(c, n)| (c.as_str(), *n)).collect();
    let mut months = Table::new(l::SECTION_MONTHS.get(lang), &headings);
    for m in &report.months {
        let mut row = vec![
            names::month(m.month).get(lang).to_string(),
            money_cell(report, m.spending_minor),
            money_cell(report, m.income_minor),
            integer(i64::from(m.n_payments)),
            money_cell(report, m.cumulative_spending_minor),
        ];
        if compare {
            let opt = |v: Option<i64>| v.map_or(String::new(), |v| money_cell(report, v));
            row.push(opt(m.previous_spending_minor));
            row.push(opt(m.previous_cumulative_spending_minor));
        }
        months.push(row);
    }
    sec.tables.push(months);
    Ok(sec)
}

/// §3 Categories: the largest category, the one that grew most, and every category.
pub(in crate::present) fn categories(report: &Report, lang: Lang) -> Described {
    let items = &report.categories.items;
    let Some(top) = items.first() else {
        return left_out(&l::SECTION_CATEGORIES, Phrase::new(&s::WHY_NO_SPENDING));
    };
    let mut sec = section("categories", &l::SECTION_CATEGORIES, lang, Some("categories"));
    sec.summary.push(
        crate::phrase!(
            s::TOP_CATEGORY,
            top.category.name(),
            Arg::Percent(top.share_permille),
            money(report, top.spending_minor),
            Arg::count(top.payments)
        )
        .render(lang),
    );
    if let Some(g) = &report.categories.grew_most {
        sec.summary.push(crate::phrase!(s::SENTENCE, g.reason.clone()).render(lang));
    }
    let mut categories = table(
        l::SECTION_CATEGORIES.get(lang),
        &[
            (&l::RANK, true),
            (&l::CATEGORY, false),
            (&l::SPENDING, true),
            (&l::PAYMENTS, true),
            (&l::SHARE, true),
        ],
        lang,
    );
    for (i, c) in items.iter().enumerate() {
        categories.push(vec![
            (i + 1).to_string(),
            c.category.name().get(lang).to_string(),
            money_cell(report, c.spending_minor),
            integer(i64::from(c.payments)),
            percent(c.share_permille),
        ]);
    }
    sec.tables.push(categories);
    Ok(sec)
}

/// §4 Merchants: how many, the top by amount and by count.
pub(in crate::present) fn merchants(report: &Report, lang: Lang) -> Described {
    let m = &report.merchants;
    let (Some(by_amount), Some(by_count)) = (m.by_amount.first(), m.by_count.first()) else {
        let why = if m.unnamed_payments > 0 { &s::WHY_NO_MERCHANTS } else { &s::WHY_NO_SPENDING };
        return left_out(&l::SECTION_MERCHANTS, Phrase::new(why));
    };
    let mut sec = section("merchants", &l::SECTION_MERCHANTS, lang, Some("merchants"));
    let mut say = |p: Phrase| sec.summary.push(p.render(lang));
    say(if m.distinct == 1 {
        Phrase::new(&s::ONE_MERCHANT)
    } else {
        crate::phrase!(s::MERCHANTS_PAID, Arg::count(m.distinct))
    });
    say(crate::phrase!(
        s::MOST_MONEY_TO,
        &by_amount.name,
        money(report, by_amount.spending_minor),
        Arg::Percent(by_amount.share_permille)
    ));
    if by_count.payments > 1 {
        say(crate::phrase!(s::MOST_OFTEN, &by_count.name, Arg::count(by_count.payments)));
    } else if m.distinct > 1 {
        say(Phrase::new(&s::EACH_ONCE));
    }
    if m.unnamed_payments > 0 {
        sec.note =
            Some(crate::phrase!(s::UNNAMED_PAYMENTS, Arg::count(m.unnamed_payments)).render(lang));
    }
    sec.tables.push(merchant_table(report, &m.by_amount, &l::BY_AMOUNT, lang));
    sec.tables.push(merchant_table(report, &m.by_count, &l::BY_COUNT, lang));
    Ok(sec)
}

fn merchant_table(
    report: &Report,
    items: &[MerchantTotal],
    caption: &'static Template,
    lang: Lang,
) -> Table {
    let mut merchants = table(
        caption.get(lang),
        &[
            (&l::RANK, true),
            (&l::MERCHANT, false),
            (&l::CATEGORY, false),
            (&l::SPENDING, true),
            (&l::PAYMENTS, true),
            (&l::SHARE, true),
            (&l::FIRST_SEEN, false),
            (&l::LAST_SEEN, false),
        ],
        lang,
    );
    for (i, m) in items.iter().enumerate() {
        merchants.push(vec![
            (i + 1).to_string(),
            m.name.clone(),
            m.category.name().get(lang).to_string(),
            money_cell(report, m.spending_minor),
            integer(i64::from(m.payments)),
            percent(m.share_permille),
            cell_text(Arg::Date(m.first_date), lang),
            cell_text(Arg::Date(m.last_date), lang),
        ]);
    }
    merchants
}
