//! The story's cards (`present::story`) chosen for rich, thin and foreign data, and drawn
//! (`chart::story_card`): the demo year gets 8–14 cards ending in a poster of 3–5 facts; two
//! payments get only what is true of two payments; two transfers get no story; a US bank's
//! statement (dates only) gets neither a latest night nor an hour of the week, and its own
//! cities. Amounts:
//! no hidden card holds a money argument, and no hidden card's picture writes an amount.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/e2e/

mod common;

use chrono::Datelike;
use common::read_one;
use plotters::prelude::*;
use yearbook::chart::{story_card, STORY_CARD_SIZE};
use yearbook::present::{story, story_text, Lang, Story};
use yearbook::{Kind, Report, Transaction};

fn demo_rows() -> Vec<Transaction> {
    read_one(&yearbook::sample::alipay_2023(1500, 2025), "demo.csv").expect("reads").transactions
}

fn ids(story: &Story) -> Vec<&'static str> {
    story.cards.iter().map(|c| c.id).collect()
}

fn svg(report: &Report, story: &Story, index: usize, lang: Lang, show: bool) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, STORY_CARD_SIZE).into_drawing_area();
        story_card(&area, report, story, index, lang, show).expect("draws");
    }
    svg
}

/// What every story must be, whatever the data.
fn check(report: &Report, story: &Story) {
    let mut seen = std::collections::BTreeSet::new();
    for card in &story.cards {
        assert!(seen.insert(card.id), "{} twice", card.id);
        assert!(!card.hidden.shows_money(), "{}: a hidden card shows money", card.id);
        for lang in [Lang::Zh, Lang::En] {
            assert!(
                !card.title.render(lang).is_empty() && !card.hidden.big.render(lang).is_empty()
            );
        }
    }
    if let Some(poster) = story.poster() {
        assert!(story.cards.len() >= 3, "a poster sums up two facts or more");
        assert!((1..=5).contains(&story.poster_facts.len()));
        assert!(story.poster_facts.iter().all(|i| story.cards[*i].id != "poster"));
        assert_eq!(poster.id, "poster");
    }
    let currency = report.currency.symbol().trim().to_string();
    for (i, card) in story.cards.iter().enumerate() {
        for lang in [Lang::Zh, Lang::En] {
            let hidden = svg(report, story, i, lang, false);
            assert!(hidden.starts_with("<svg width=\"1080\" height=\"1920\""));
            assert!(!hidden.contains(&currency), "{}: an amount with amounts hidden", card.id);
            for meta in ["Yearbook", "YEARBOOK", "Amounts hidden", "金额已隐藏"] {
                assert!(!hidden.contains(meta), "{}: meta text {meta:?}", card.id);
            }
        }
    }
}

#[test]
fn the_demo_year_tells_a_full_story_ending_in_a_poster() {
    let report = Report::build(&demo_rows(), None).expect("a report");
    let story = story(&report);
    check(&report, &story);
    let ids = ids(&story);
    assert!((8..=14).contains(&ids.len()), "{ids:?}");
    for id in ["year", "first", "months", "categories", "merchant", "places", "keyword"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    assert_eq!(ids.last(), Some(&"poster"));
    assert!((3..=5).contains(&story.poster_facts.len()), "{:?}", story.poster_facts);
    // The poster's big fact is the keyword, and its alt text says every fact it lists.
    let poster = story.poster().expect("a poster");
    assert_eq!(poster.hidden.big, report.keyword.word);
    let alt = story.alt(story.cards.len() - 1, Lang::En, false);
    for fact in story.poster_lines(false) {
        assert!(alt.contains(&fact.render(Lang::En)), "{alt}");
    }
    // The year in one number: the total with amounts shown, the payments without.
    let year = &story.cards[0];
    assert!(year.shown.big.shows_money() && !year.hidden.big.shows_money());
    let payments = report.totals().payments;
    assert_eq!(year.hidden.big.render(Lang::En), format!("{} payments", fmt(payments)));
    // The merchant card names the most frequent merchant and its count.
    let n = &report.numbers[&report.currency];
    let frequent = n.most_frequent_merchant.as_ref().expect("one");
    let merchant = story.cards.iter().find(|c| c.id == "merchant").expect("merchant card");
    assert_eq!(merchant.hidden.big.render(Lang::Zh), frequent.merchant);
    assert!(merchant
        .hidden
        .line
        .as_ref()
        .expect("a line")
        .render(Lang::Zh)
        .contains(&frequent.payments.to_string()));
    // The first payment is the earliest expense of the year.
    let first = report.moments.first_payment.as_ref().expect("a first payment");
    assert_eq!((first.time.month(), first.time.day()), (1, 1), "the demo starts on 1 January");
    // The page's words: both forms, the same cards, alt text for each.
    let text = story_text(&report, Lang::Zh);
    assert_eq!(text.hidden.len(), story.cards.len());
    assert!(text.hidden.iter().zip(&text.shown).all(|(h, s)| h.id == s.id && !h.alt.is_empty()));
    assert_eq!(text.hidden.last().map(|c| c.facts.len()), Some(story.poster_facts.len()));
}

fn fmt(n: u32) -> String {
    yearbook::present::format::integer(i64::from(n))
}

#[test]
fn two_comparable_years_add_the_year_against_the_last() {
    let mut rows = demo_rows();
    let mut before =
        read_one(&yearbook::sample::alipay_2023(900, 4), "b.csv").expect("r").transactions;
    for t in &mut before {
        t.time = t.time.with_year(t.time.year() - 1).expect("not 29 February");
    }
    rows.extend(before);
    let report = Report::build(&rows, Some(2025)).expect("a report");
    let story = story(&report);
    check(&report, &story);
    let last = story.cards.iter().find(|c| c.id == "lastYear").expect("against 2024");
    assert!(last.title.render(Lang::En).contains("2024"));
    assert!(story.cards.len() <= 14);
}

#[test]
fn two_payments_tell_only_what_two_payments_can() {
    let rows: Vec<Transaction> =
        demo_rows().into_iter().filter(|t| t.kind == Kind::Expense).take(2).collect();
    let report = Report::build(&rows, None).expect("a report");
    let story = story(&report);
    check(&report, &story);
    let ids = ids(&story);
    for absent in [
        "months",
        "merchant",
        "busiestDay",
        "biggest",
        "lateNight",
        "habit",
        "streak",
        "keyword",
        "lastYear",
    ] {
        assert!(!ids.contains(&absent), "{absent} in {ids:?}");
    }
    assert_eq!(ids[..2], ["year", "first"]);
    assert_eq!(story.cards[0].hidden.big.render(Lang::En), "2 payments");
}

#[test]
fn two_transfers_have_no_story() {
    let rows: Vec<Transaction> =
        demo_rows().into_iter().filter(|t| t.kind == Kind::Transfer).take(2).collect();
    assert_eq!(rows.len(), 2);
    let report = Report::build(&rows, None).expect("a report");
    let story = story(&report);
    assert!(story.cards.is_empty(), "{:?}", ids(&story));
    assert!(story_text(&report, Lang::En).hidden.is_empty());
}

#[test]
fn a_us_bank_statement_has_no_latest_night_nor_habit_and_its_own_places() {
    let bytes = std::fs::read(common::root().join("tests/fixtures/bank-csv/chase-checking.csv"))
        .expect("fixture");
    let rows = read_one(&bytes, "chase.csv").expect("reads").transactions;
    let report = Report::build(&rows, None).expect("a report");
    let story = story(&report);
    check(&report, &story);
    let ids = ids(&story);
    assert!(ids.contains(&"year"), "{ids:?}");
    for absent in ["lateNight", "habit"] {
        assert!(!ids.contains(&absent), "{absent}: dates only: {ids:?}");
    }
    let places = story.cards.iter().find(|c| c.id == "places").expect("US cities");
    let line = places.hidden.line.as_ref().expect("where most often").render(Lang::En);
    assert!(line.contains("New York") || line.contains("Seattle"), "{line}");
    // In dollars, amounts shown on the year card only when asked.
    let shown = svg(&report, &story, 0, Lang::En, true);
    assert!(shown.contains('$'), "the total, shown");
}
