//! Sections 5–9 as text: the calendar, when you pay, places, the keyword and the portrait.

use super::{money, section, tr};
use crate::present::describe::{Section, Table};
use crate::present::format::{date, date_range, integer, percent, plural};
use crate::present::i18n::{self, *};
use crate::present::Lang;
use crate::report::{Place, Report, Slot};

/// §5 Calendar: zero-spend days celebrated, the biggest day.
pub(in crate::present) fn calendar(report: &Report, lang: Lang) -> Section {
    let mut s = section("calendar", SECTION_CALENDAR, lang, Some("calendar"));
    let c = &report.calendar;
    if c.covered_days > 0 {
        s.summary.push(tr(
            lang,
            format!(
                "账单覆盖的 {} 天里，有 {} 天你一分钱没花，值得庆祝。",
                c.covered_days, c.zero_spend_days
            ),
            format!(
                "Of the {} days your statements cover, you spent nothing on {}: worth celebrating.",
                c.covered_days,
                plural(c.zero_spend_days, "day", "days")
            ),
        ));
    }
    if let Some(n) = report.numbers.get(&report.currency) {
        if let Some(streak) = &n.longest_streak_without_spending {
            s.summary.push(tr(
                lang,
                format!(
                    "最长的零消费连续 {} 天：{}。",
                    streak.days,
                    date_range(streak.from, streak.to, lang)
                ),
                format!(
                    "The longest stretch: {} in a row, {}.",
                    plural(streak.days, "day", "days"),
                    date_range(streak.from, streak.to, lang)
                ),
            ));
        }
    }
    let biggest = c
        .days
        .iter()
        .filter(|d| d.spending_minor > 0)
        .max_by_key(|d| (d.spending_minor, std::cmp::Reverse(d.date)));
    if let Some(d) = biggest {
        s.summary.push(tr(
            lang,
            format!(
                "花得最多的一天是{}：{}，{} 笔。",
                date(d.date, lang),
                money(report, d.spending_minor),
                d.payments
            ),
            format!(
                "Your biggest day was {}: {} over {}.",
                date(d.date, lang),
                money(report, d.spending_minor),
                plural(d.payments, "payment", "payments")
            ),
        ));
    }
    let mut table =
        Table::new(SECTION_CALENDAR.get(lang), &[(ITEM.get(lang), false), (VALUE.get(lang), true)]);
    table.push(vec![COVERED_DAYS.get(lang).into(), integer(i64::from(c.covered_days))]);
    table.push(vec![ACTIVE_DAYS.get(lang).into(), integer(i64::from(c.active_days))]);
    table.push(vec![ZERO_SPEND_DAYS.get(lang).into(), integer(i64::from(c.zero_spend_days))]);
    if let Some(d) = biggest {
        table.push(vec![
            format!("{} ({})", BIGGEST_DAY.get(lang), date(d.date, lang)),
            money(report, d.spending_minor),
        ]);
    }
    s.tables.push(table);
    s
}

/// §6 When you pay: the busiest hour of the week, late nights, weekends.
pub(in crate::present) fn timing(report: &Report, lang: Lang) -> Section {
    let mut s = section("timing", SECTION_TIMING, lang, Some("timing"));
    let t = &report.timing;
    if let Some(b) = &t.busiest {
        let (day_zh, day_en) =
            (i18n::weekday_long(b.weekday, Lang::Zh), i18n::weekday_long(b.weekday, Lang::En));
        s.summary.push(tr(
            lang,
            format!("你最常在{day_zh} {}:00–{}:00 付钱（{} 笔）。", b.hour, b.hour + 1, b.payments),
            format!(
                "You paid most often on {day_en}s between {}:00 and {}:00 ({}).",
                b.hour,
                b.hour + 1,
                plural(b.payments, "payment", "payments")
            ),
        ));
    }
    if t.payments_with_time > 0 {
        s.summary.push(tr(
            lang,
            format!(
                "深夜（0–5 点）的支付有 {} 笔，占 {}。",
                t.late_night.payments,
                percent(t.late_night.payments_share_permille)
            ),
            format!(
                "{} were made late at night (midnight to 5 a.m.): {} of those with a time.",
                plural(t.late_night.payments, "payment", "payments"),
                percent(t.late_night.payments_share_permille)
            ),
        ));
    }
    if t.weekend.payments + t.weekdays.payments > 0 {
        s.summary.push(tr(
            lang,
            format!(
                "周末花掉了 {} 的钱，工作日 {}。",
                percent(t.weekend.spending_share_permille),
                percent(t.weekdays.spending_share_permille)
            ),
            format!(
                "Weekends took {} of your spending, weekdays {}.",
                percent(t.weekend.spending_share_permille),
                percent(t.weekdays.spending_share_permille)
            ),
        ));
    }
    if t.payments_without_time > 0 {
        s.note = Some(tr(
            lang,
            format!("{} 笔支付只有日期没有时间（多为银行账单），不在时段图中。", t.payments_without_time),
            format!(
                "{} have a date but no time of day (most bank exports) and are left out of the hours.",
                plural(t.payments_without_time, "payment", "payments")
            ),
        ));
    }
    let mut table = Table::new(
        SECTION_TIMING.get(lang),
        &[
            (SLOT.get(lang), false),
            (PAYMENTS.get(lang), true),
            (SPENDING.get(lang), true),
            (SHARE_OF_PAYMENTS.get(lang), true),
            (SHARE_OF_SPENDING.get(lang), true),
        ],
    );
    let row = |label: Word, slot: &Slot| {
        vec![
            label.get(lang).to_string(),
            integer(i64::from(slot.payments)),
            money(report, slot.spending_minor),
            percent(slot.payments_share_permille),
            percent(slot.spending_share_permille),
        ]
    };
    table.push(row(LATE_NIGHT, &t.late_night));
    table.push(row(WEEKEND, &t.weekend));
    table.push(row(WEEKDAYS_WORD, &t.weekdays));
    s.tables.push(table);
    s
}

/// §7 Places: how many, shown as inference, each removable by id.
pub(in crate::present) fn places(report: &Report, lang: Lang) -> Section {
    let mut s = section("places", SECTION_PLACES, lang, Some("places"));
    let p = &report.places;
    if p.cities.is_empty() && p.provinces.is_empty() {
        s.summary.push(tr(
            lang,
            "账单里没有找到地名。".into(),
            "No place names were found in the statements.".into(),
        ));
    } else {
        let countries = p.countries.len() as u32;
        s.summary.push(tr(
            lang,
            format!(
                "在 {} 笔支付的商户名称和商品说明中认出了 {} 座城市{}。",
                p.payments_with_places,
                p.cities.len(),
                if countries > 1 {
                    format!("，分布在 {countries} 个国家和地区")
                } else {
                    String::new()
                }
            ),
            format!(
                "{} in {} named {}{}.",
                plural(p.cities.len() as u32, "city was found", "cities were found"),
                plural(p.payments_with_places, "payment", "payments"),
                if p.cities.len() == 1 { "it" } else { "them" },
                if countries > 1 { format!(", in {countries} countries") } else { String::new() }
            ),
        ));
        if let Some(top) = p.cities.first() {
            s.summary.push(tr(
                lang,
                format!(
                    "去得最多的是{}：{} 笔（{}）。",
                    top.name.zh, top.payments, top.evidence.text.zh
                ),
                format!(
                    "Most of all {}: {} ({}).",
                    top.name.en,
                    plural(top.payments, "payment", "payments"),
                    top.evidence.text.en
                ),
            ));
        }
    }
    s.note = Some(p.note.get(lang).to_string());
    s.tables.push(place_table(report, &p.cities, CITY, lang));
    s.tables.push(place_table(report, &p.provinces, PROVINCE, lang));
    let mut countries = Table::new(
        COUNTRY.get(lang),
        &[
            (COUNTRY.get(lang), false),
            (CITIES.get(lang), true),
            (PAYMENTS.get(lang), true),
            (SPENDING.get(lang), true),
        ],
    );
    for c in &p.countries {
        countries.push(vec![
            c.name.get(lang).to_string(),
            integer(i64::from(c.cities)),
            integer(i64::from(c.payments)),
            money(report, c.spending_minor),
        ]);
        countries.row_ids.push(c.code.clone());
    }
    s.tables.push(countries);
    s
}

fn place_table(report: &Report, places: &[Place], what: Word, lang: Lang) -> Table {
    let mut table = Table::new(
        what.get(lang),
        &[
            (what.get(lang), false),
            (PROVINCE.get(lang), false),
            (COUNTRY.get(lang), false),
            (PAYMENTS.get(lang), true),
            (SPENDING.get(lang), true),
            (FIRST_SEEN.get(lang), false),
            (LAST_SEEN.get(lang), false),
            (EVIDENCE.get(lang), false),
        ],
    );
    for p in places {
        table.push(vec![
            p.name.get(lang).to_string(),
            p.province.as_ref().map_or(String::new(), |t| t.get(lang).to_string()),
            p.country_name.get(lang).to_string(),
            integer(i64::from(p.payments)),
            money(report, p.spending_minor),
            date(p.first_date, lang),
            date(p.last_date, lang),
            p.evidence.text.get(lang).to_string(),
        ]);
        table.row_ids.push(p.id.clone());
    }
    table
}

/// §8 The keyword, its reason, the other candidates and the whole rule table.
pub(in crate::present) fn keyword(report: &Report, lang: Lang) -> Section {
    let mut s = section("keyword", SECTION_KEYWORD, lang, Some("keyword"));
    let k = &report.keyword;
    s.summary.push(tr(
        lang,
        format!("{}：{}。", k.word.zh, k.reason.zh),
        format!("{}: {}.", k.word.en, k.reason.en),
    ));
    if k.candidates.len() > 1 {
        let others: Vec<&str> = k.candidates.iter().skip(1).map(|c| c.word.get(lang)).collect();
        s.summary.push(tr(
            lang,
            format!("也差点当选：{}。", others.join("、")),
            format!("Also in the running: {}.", others.join(", ")),
        ));
    }
    let mut candidates = Table::new(
        tr(lang, "符合条件的关键词".into(), "Keywords whose rule applies".into()),
        &[(KEYWORD.get(lang), false), (REASON.get(lang), false), (SCORE.get(lang), true)],
    );
    for c in &k.candidates {
        candidates.push(vec![
            c.word.get(lang).to_string(),
            c.reason.get(lang).to_string(),
            format!("{:.1}×", c.score_permille as f64 / 1000.0),
        ]);
    }
    s.tables.push(candidates);
    let mut rules = Table::new(
        tr(lang, "关键词怎么选".into(), "How keywords are chosen".into()),
        &[(KEYWORD.get(lang), false), (CONDITION.get(lang), false)],
    );
    for r in &k.rules {
        rules.push(vec![r.word.get(lang).to_string(), r.condition.get(lang).to_string()]);
    }
    s.tables.push(rules);
    s.note = Some(tr(
        lang,
        "得分 = 实际值 ÷ 门槛，超过门槛最多的关键词当选。".into(),
        "Score = measured value ÷ threshold; the keyword furthest above its threshold wins.".into(),
    ));
    s
}

/// §9 The portrait: the largest radar axes.
pub(in crate::present) fn portrait(report: &Report, lang: Lang) -> Section {
    let mut s = section("portrait", SECTION_PORTRAIT, lang, Some("portrait"));
    let mut axes: Vec<_> = report.portrait.axes.iter().filter(|a| a.value_permille > 0).collect();
    axes.sort_by_key(|a| std::cmp::Reverse(a.value_permille));
    let top: Vec<String> = axes
        .iter()
        .take(3)
        .map(|a| format!("{} {}", a.label.get(lang), percent(a.value_permille)))
        .collect();
    if top.is_empty() {
        s.summary.push(tr(
            lang,
            "这一年没有支出，画像是空的。".into(),
            "No spending, so the portrait is empty.".into(),
        ));
    } else {
        s.summary.push(tr(
            lang,
            format!("画像最突出的方向：{}。", top.join("、")),
            format!("Your portrait leans towards {}.", top.join(", ")),
        ));
    }
    s.note = Some(tr(
        lang,
        "每条轴是一类支出占全年支出的比例；手续费和其他不在图中。".into(),
        "Each axis is a category's share of the year's spending; fees and other are left out."
            .into(),
    ));
    let mut table = Table::new(
        SECTION_PORTRAIT.get(lang),
        &[(CATEGORY.get(lang), false), (SHARE.get(lang), true)],
    );
    for a in &report.portrait.axes {
        table.push(vec![a.label.get(lang).to_string(), percent(a.value_permille)]);
    }
    s.tables.push(table);
    s
}
