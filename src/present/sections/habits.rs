//! Sections 5–9 as text: the calendar, when you pay, places, the keyword and the portrait.

use super::{left_out, list, money, money_cell, section, table, with_detail, Described};
use crate::phrase::{labels as l, names, sentences as s, Arg, Phrase, Template};
use crate::present::describe::Table;
use crate::present::format::{integer, percent};
use crate::present::Lang;
use crate::report::{Place, Report, Slot};

/// §5 Calendar: zero-spend days celebrated (or every day with spending), the longest stretch
/// without spending, the biggest day.
pub(in crate::present) fn calendar(report: &Report, lang: Lang) -> Described {
    let c = &report.calendar;
    let biggest = c
        .days
        .iter()
        .filter(|d| d.spending_minor > 0)
        .max_by_key(|d| (d.spending_minor, std::cmp::Reverse(d.date)));
    let Some(biggest) = biggest else {
        return left_out(&l::SECTION_CALENDAR, Phrase::new(&s::WHY_NO_SPENDING));
    };
    let mut sec = section("calendar", &l::SECTION_CALENDAR, lang, Some("calendar"));
    let mut say = |p: Phrase| sec.summary.push(p.render(lang));
    let covered = Arg::count(c.covered_days);
    // A single covered day is said in §1 ("a single day"); "every one of the 1 day" is not.
    if c.zero_spend_days > 0 {
        say(crate::phrase!(s::NOTHING_SPENT_ON_DAYS, covered, Arg::count(c.zero_spend_days)));
    } else if c.covered_days > 1 {
        say(crate::phrase!(s::EVERY_DAY_SPENT, covered));
    }
    if let Some(n) = report.numbers.get(&report.currency) {
        if let Some(streak) = &n.longest_streak_without_spending {
            say(crate::phrase!(
                s::LONGEST_STRETCH,
                Arg::count(streak.days),
                Arg::DateRange(streak.from, streak.to)
            ));
        }
    }
    say(crate::phrase!(
        s::BIGGEST_DAY_WAS,
        biggest.date,
        money(report, biggest.spending_minor),
        Arg::count(biggest.payments)
    ));
    let mut days =
        table(l::SECTION_CALENDAR.get(lang), &[(&l::ITEM, false), (&l::VALUE, true)], lang);
    for (label, n) in [
        (&l::COVERED_DAYS, c.covered_days),
        (&l::ACTIVE_DAYS, c.active_days),
        (&l::ZERO_SPEND_DAYS, c.zero_spend_days),
    ] {
        days.push(vec![label.get(lang).to_string(), integer(i64::from(n))]);
    }
    days.push(vec![
        with_detail(&l::BIGGEST_DAY, biggest.date).render(lang),
        money_cell(report, biggest.spending_minor),
    ]);
    sec.tables.push(days);
    Ok(sec)
}

/// §6 When you pay: the busiest hour of the week, late nights, weekends.
pub(in crate::present) fn timing(report: &Report, lang: Lang) -> Described {
    let t = &report.timing;
    if t.weekend.payments + t.weekdays.payments == 0 {
        return left_out(&l::SECTION_TIMING, Phrase::new(&s::WHY_NO_SPENDING));
    }
    let mut sec = section("timing", &l::SECTION_TIMING, lang, Some("timing"));
    let mut say = |p: Phrase| sec.summary.push(p.render(lang));
    // "Most often" needs a slot paid in more than once.
    if let Some(b) = t.busiest.as_ref().filter(|b| b.payments > 1) {
        say(crate::phrase!(
            s::BUSIEST_HOUR,
            names::weekday(b.weekday),
            Arg::count(b.hour),
            Arg::count(b.hour + 1),
            Arg::count(b.payments)
        ));
    }
    if t.payments_with_time > 0 {
        say(if t.late_night.payments == 0 {
            Phrase::new(&s::NO_LATE_NIGHT)
        } else {
            crate::phrase!(
                s::LATE_NIGHT_PAYMENTS,
                Arg::count(t.late_night.payments),
                Arg::Percent(t.late_night.payments_share_permille)
            )
        });
    }
    say(crate::phrase!(
        s::WEEKEND_SHARE,
        Arg::Percent(t.weekend.spending_share_permille),
        Arg::Percent(t.weekdays.spending_share_permille)
    ));
    if t.payments_without_time > 0 {
        sec.note =
            Some(crate::phrase!(s::WITHOUT_TIME, Arg::count(t.payments_without_time)).render(lang));
    }
    let mut slots = table(
        l::SECTION_TIMING.get(lang),
        &[
            (&l::SLOT, false),
            (&l::PAYMENTS, true),
            (&l::SPENDING, true),
            (&l::SHARE_OF_PAYMENTS, true),
            (&l::SHARE_OF_SPENDING, true),
        ],
        lang,
    );
    let row = |label: &Template, slot: &Slot| {
        vec![
            label.get(lang).to_string(),
            integer(i64::from(slot.payments)),
            money_cell(report, slot.spending_minor),
            percent(slot.payments_share_permille),
            percent(slot.spending_share_permille),
        ]
    };
    slots.push(row(&l::LATE_NIGHT, &t.late_night));
    slots.push(row(&l::WEEKEND, &t.weekend));
    slots.push(row(&l::WEEKDAYS_WORD, &t.weekdays));
    sec.tables.push(slots);
    Ok(sec)
}

/// §7 Places: how many, shown as inference, each removable by id.
pub(in crate::present) fn places(report: &Report, lang: Lang) -> Described {
    let p = &report.places;
    if p.cities.is_empty() && p.provinces.is_empty() {
        let why =
            if report.totals().payments > 0 { &s::WHY_NO_PLACES } else { &s::WHY_NO_SPENDING };
        return left_out(&l::SECTION_PLACES, Phrase::new(why));
    }
    let mut sec = section("places", &l::SECTION_PLACES, lang, Some("places"));
    let mut say = |p: Phrase| sec.summary.push(p.render(lang));
    let (cities, payments) = (Arg::count_of(p.cities.len()), Arg::count(p.payments_with_places));
    say(match (p.cities.len(), p.countries.len()) {
        (0, _) => crate::phrase!(s::PROVINCES_FOUND, Arg::count_of(p.provinces.len()), payments),
        (_, 0 | 1) => crate::phrase!(s::CITIES_FOUND, cities, payments),
        (_, countries) => {
            crate::phrase!(s::CITIES_FOUND_ABROAD, cities, payments, Arg::count_of(countries))
        }
    });
    if let Some(top) = p.cities.first() {
        say(crate::phrase!(
            s::MOST_OF_ALL,
            top.name.clone(),
            Arg::count(top.payments),
            top.evidence.text.clone()
        ));
    }
    sec.note = Some(p.note.render(lang));
    sec.tables.push(place_table(report, &p.cities, &l::CITY, lang));
    sec.tables.push(place_table(report, &p.provinces, &l::PROVINCE, lang));
    let mut countries = table(
        l::COUNTRY.get(lang),
        &[(&l::COUNTRY, false), (&l::CITIES, true), (&l::PAYMENTS, true), (&l::SPENDING, true)],
        lang,
    );
    for c in &p.countries {
        countries.push(vec![
            c.name.get(lang).to_string(),
            integer(i64::from(c.cities)),
            integer(i64::from(c.payments)),
            money_cell(report, c.spending_minor),
        ]);
        countries.row_ids.push(c.code.clone());
    }
    sec.tables.push(countries);
    Ok(sec)
}

fn place_table(report: &Report, places: &[Place], what: &'static Template, lang: Lang) -> Table {
    let mut rows = table(
        what.get(lang),
        &[
            (what, false),
            (&l::PROVINCE, false),
            (&l::COUNTRY, false),
            (&l::PAYMENTS, true),
            (&l::SPENDING, true),
            (&l::FIRST_SEEN, false),
            (&l::LAST_SEEN, false),
            (&l::EVIDENCE, false),
        ],
        lang,
    );
    for p in places {
        rows.push(vec![
            p.name.get(lang).to_string(),
            p.province.as_ref().map_or(String::new(), |t| t.get(lang).to_string()),
            p.country_name.get(lang).to_string(),
            integer(i64::from(p.payments)),
            money_cell(report, p.spending_minor),
            Arg::Date(p.first_date).render(lang),
            Arg::Date(p.last_date).render(lang),
            p.evidence.text.render(lang),
        ]);
        rows.row_ids.push(p.id.clone());
    }
    rows
}

/// §8 The keyword, its reason, the other candidates and the whole rule table.
pub(in crate::present) fn keyword(report: &Report, lang: Lang) -> Described {
    let k = &report.keyword;
    if k.id == "freshStart" {
        // Too little data to choose from: said once, in the line of sections left out.
        let n = report.numbers.get(&report.currency).cloned().unwrap_or_default();
        return left_out(
            &l::SECTION_KEYWORD,
            crate::phrase!(
                crate::phrase::keywords::KEYWORD_NEEDS_MORE,
                Arg::count(crate::report::MIN_PAYMENTS),
                Arg::count(crate::report::MIN_DAYS),
                Arg::count(n.payments),
                Arg::count(n.covered_days)
            ),
        );
    }
    let mut sec = section("keyword", &l::SECTION_KEYWORD, lang, Some("keyword"));
    sec.summary
        .push(crate::phrase!(s::KEYWORD_BECAUSE, k.word.clone(), k.reason.clone()).render(lang));
    if let Some(others) = list(k.candidates.iter().skip(1).map(|c| c.word.clone())) {
        sec.summary.push(crate::phrase!(s::ALSO_IN_THE_RUNNING, others).render(lang));
    }
    let mut candidates = table(
        l::KEYWORDS_THAT_APPLY.get(lang),
        &[(&l::KEYWORD, false), (&l::REASON, false), (&l::SCORE, true)],
        lang,
    );
    for c in &k.candidates {
        candidates.push(vec![
            c.word.render(lang),
            c.reason.render(lang),
            format!("{:.1}×", c.score_permille as f64 / 1000.0),
        ]);
    }
    sec.tables.push(candidates);
    let mut rules = table(
        l::HOW_KEYWORDS_ARE_CHOSEN.get(lang),
        &[(&l::KEYWORD, false), (&l::CONDITION, false)],
        lang,
    );
    for r in &k.rules {
        rules.push(vec![r.word.render(lang), r.condition.render(lang)]);
    }
    sec.tables.push(rules);
    sec.note = Some(s::SCORE_EXPLAINED.get(lang).to_string());
    Ok(sec)
}

/// §9 The portrait: the largest radar axes.
pub(in crate::present) fn portrait(report: &Report, lang: Lang) -> Described {
    let mut axes: Vec<_> = report.portrait.axes.iter().filter(|a| a.value_permille > 0).collect();
    axes.sort_by_key(|a| std::cmp::Reverse(a.value_permille));
    let top = list(axes.iter().take(3).map(|a| {
        crate::phrase!(s::LABEL_VALUE, a.category.name(), Arg::Percent(a.value_permille))
    }));
    let Some(top) = top else {
        // The axes leave fees and "other" out: spending can be all there (a bank export with
        // no categories), and then the portrait is empty although money was spent.
        let why =
            if report.totals().spending > 0 { &s::WHY_PORTRAIT_EMPTY } else { &s::WHY_NO_SPENDING };
        return left_out(&l::SECTION_PORTRAIT, Phrase::new(why));
    };
    let mut sec = section("portrait", &l::SECTION_PORTRAIT, lang, Some("portrait"));
    sec.summary.push(crate::phrase!(s::PORTRAIT_LEANS, top).render(lang));
    sec.note = Some(s::PORTRAIT_AXES.get(lang).to_string());
    let mut shares =
        table(l::SECTION_PORTRAIT.get(lang), &[(&l::CATEGORY, false), (&l::SHARE, true)], lang);
    for a in &report.portrait.axes {
        shares.push(vec![a.category.name().get(lang).to_string(), percent(a.value_permille)]);
    }
    sec.tables.push(shares);
    Ok(sec)
}
