//! The story: the report as a short run of full-screen cards, one striking fact each, ending in a
//! poster. [`story`] chooses the cards the data supports, in reading order; a card with nothing
//! true to say is left out, never shown empty (a statement of two transfers has no story at
//! all). Each card carries its words twice: as shown with amounts, and with amounts hidden
//! (`hidden` never holds a money argument: the cards are pictures people post, and amounts
//! appear only after one toggle). At most one small chart per card, named by [`CardChart`] and
//! drawn by `chart::story`, which reads the report's aggregates as every chart does.
//!
//! The choice is data, in the order cards are read: the year in one number, the first payment,
//! the month rhythm, the top categories, the merchant most visited, the busiest day, the biggest
//! purchase, the latest night, the weekday × hour habit, the longest break from spending, the
//! places, the year against the last, the keyword, and the closing poster with the 3–5 most
//! striking facts of those chosen ([`POSTER_ORDER`]).

use super::format::percent_change;
use super::Lang;
use crate::phrase::labels::{CHART_KEYWORD, CITIES_COUNT, DAYS_COUNT};
use crate::phrase::story as s;
use crate::phrase::{names, Arg, Phrase};
use crate::report::{CalendarDay, Moment, Report, MIN_DAYS, MIN_PAYMENTS};
use chrono::Timelike;
use serde::Serialize;

/// Least payments at one merchant for the "kept going back" card.
pub const MIN_VISITS: u32 = 3;
/// Least days in a row for the break-from-spending card.
pub const MIN_STREAK_DAYS: u32 = 3;
/// Least payments on one day for the busiest-day card.
pub const MIN_BUSIEST_DAY: u32 = 2;
/// Least days with spending for a busiest day (one day of two is no "busiest").
pub const MIN_ACTIVE_DAYS: u32 = 3;
/// Least payments for the biggest-purchase and latest-night cards (of one or two payments,
/// neither says anything).
pub const MIN_PAYMENTS_FOR_BIGGEST: u32 = 3;
/// Least months with spending for the month rhythm.
pub const MIN_MONTHS: usize = 3;
/// Least payments with a time of day, and in the busiest hour, for the habit card.
pub const MIN_TIMED: u32 = 20;
/// Least payments in the busiest weekday-hour.
pub const MIN_HABIT: u32 = 3;
/// Facts on the poster, at most.
pub const POSTER_FACTS: usize = 5;
/// The cards whose short facts the poster carries, most striking first.
pub const POSTER_ORDER: &[&str] = &[
    "year",
    "merchant",
    "places",
    "lateNight",
    "categories",
    "streak",
    "busiestDay",
    "habit",
    "months",
    "biggest",
    "first",
];

/// The one small chart a card may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum CardChart {
    /// Twelve bars of monthly spending, the busiest highlighted, no amounts written.
    Months,
    /// The top categories as bars of their shares.
    Categories,
    /// The cities on a map fitted to them.
    Places,
    /// The weekday × hour heatmap.
    Timing,
}

/// A card's words in one of its two forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// The fact, in big type.
    pub big: Phrase,
    /// The sentence under it.
    pub line: Option<Phrase>,
    /// The fact in a few words, for the poster.
    pub brief: Phrase,
}

impl Words {
    fn new(big: Phrase, line: Option<Phrase>, brief: Phrase) -> Words {
        Words { big, line, brief }
    }

    /// Whether any of the words shows an amount of money.
    pub fn shows_money(&self) -> bool {
        self.big.shows_money()
            || self.line.as_ref().is_some_and(Phrase::shows_money)
            || self.brief.shows_money()
    }
}

/// One card of the story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Stable id naming the fact (`places`), for the page and the file names.
    pub id: &'static str,
    /// The small title above the fact.
    pub title: Phrase,
    /// The words with amounts shown.
    pub shown: Words,
    /// The words with amounts hidden: no money argument anywhere.
    pub hidden: Words,
    /// The card's small chart.
    pub chart: Option<CardChart>,
}

impl Card {
    fn same(id: &'static str, title: Phrase, words: Words, chart: Option<CardChart>) -> Card {
        Card { id, title, hidden: words.clone(), shown: words, chart }
    }

    /// The words for `show_amounts`.
    pub fn words(&self, show_amounts: bool) -> &Words {
        if show_amounts {
            &self.shown
        } else {
            &self.hidden
        }
    }
}

/// The chosen cards, the poster last when there are two facts or more; empty when the data
/// supports no fact.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Story {
    /// In reading order; the last is the poster (id `poster`) when there are two facts or more
    /// (the keyword and another, or two others).
    pub cards: Vec<Card>,
    /// Indices into `cards` of the facts the poster lists, most striking first (3–5 when the
    /// data has them).
    pub poster_facts: Vec<usize>,
}

impl Story {
    /// The poster, when there is a story.
    pub fn poster(&self) -> Option<&Card> {
        self.cards.last().filter(|c| c.id == "poster")
    }

    /// What a picture of card `index` says, for its `alt` text and a screen reader: the title,
    /// the fact and its sentence, and on the poster every fact it lists.
    pub fn alt(&self, index: usize, lang: Lang, show_amounts: bool) -> String {
        let Some(card) = self.cards.get(index) else { return String::new() };
        let words = card.words(show_amounts);
        let mut parts = vec![card.title.render(lang), words.big.render(lang)];
        parts.extend(words.line.as_ref().map(|l| l.render(lang)));
        if card.id == "poster" {
            parts.extend(self.poster_lines(show_amounts).iter().map(|p| p.render(lang)));
        }
        let sep = if lang == Lang::Zh { "。" } else { ". " };
        let mut out = parts.join(sep);
        out.push_str(sep.trim_end());
        out
    }

    /// The poster's facts as phrases.
    pub fn poster_lines(&self, show_amounts: bool) -> Vec<Phrase> {
        self.poster_facts
            .iter()
            .filter_map(|i| self.cards.get(*i))
            .map(|c| c.words(show_amounts).brief.clone())
            .collect()
    }
}

/// One card as the page shows it in one language and one form: words only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CardText {
    /// The card's id.
    pub id: &'static str,
    /// The small title.
    pub title: String,
    /// The big fact.
    pub big: String,
    /// The sentence under it (empty when none).
    pub line: String,
    /// The poster's facts (empty on other cards).
    pub facts: Vec<String>,
    /// Everything the card's picture says, for `alt` and `aria-label`.
    pub alt: String,
    /// The card's chart, if any.
    pub chart: Option<CardChart>,
}

/// The story's words for the page, per form: `hidden` and `shown`, each a card list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoryText {
    /// Amounts hidden (the default).
    pub hidden: Vec<CardText>,
    /// Amounts shown.
    pub shown: Vec<CardText>,
}

/// The story of `report` as words in `lang`, both forms.
pub fn story_text(report: &Report, lang: Lang) -> StoryText {
    let story = story(report);
    let form = |show: bool| -> Vec<CardText> {
        story
            .cards
            .iter()
            .enumerate()
            .map(|(i, card)| {
                let words = card.words(show);
                CardText {
                    id: card.id,
                    title: card.title.render(lang),
                    big: words.big.render(lang),
                    line: words.line.as_ref().map(|l| l.render(lang)).unwrap_or_default(),
                    facts: if card.id == "poster" {
                        story.poster_lines(show).iter().map(|p| p.render(lang)).collect()
                    } else {
                        Vec::new()
                    },
                    alt: story.alt(i, lang, show),
                    chart: card.chart,
                }
            })
            .collect()
    };
    StoryText { hidden: form(false), shown: form(true) }
}

/// A time of day as written: `03:12`.
fn clock(m: &Moment) -> String {
    format!("{:02}:{:02}", m.time.hour(), m.time.minute())
}

/// Chooses the cards of `report`'s story.
pub fn story(report: &Report) -> Story {
    let currency = report.currency;
    let money = |minor: i64| Arg::money(currency, minor);
    let n = report.numbers.get(&currency).cloned().unwrap_or_default();
    let mut cards: Vec<Card> = Vec::new();

    // The year in one number.
    if n.payments > 0 {
        let days = crate::phrase!(s::STORY_ON_DAYS, Arg::count(n.active_days));
        let count = crate::phrase!(s::STORY_BRIEF_PAYMENTS, Arg::count(n.payments));
        cards.push(Card {
            id: "year",
            title: crate::phrase!(s::STORY_YEAR, Arg::Year(report.year)),
            shown: Words::new(
                crate::phrase!(s::STORY_AMOUNT, money(n.spending_minor)),
                Some(crate::phrase!(
                    s::STORY_SPENT_OVER,
                    Arg::count(n.payments),
                    Arg::count(n.active_days)
                )),
                crate::phrase!(s::STORY_BRIEF_SPENT, money(n.spending_minor)),
            ),
            hidden: Words::new(count.clone(), Some(days), count),
            chart: None,
        });
    }

    // The first payment.
    if let Some(first) = &report.moments.first_payment {
        let when = if first.has_time {
            crate::phrase!(s::STORY_DATE_TIME, Arg::Date(first.time.date()), clock(first))
        } else {
            crate::phrase!(s::STORY_PLAIN, Arg::Date(first.time.date()))
        };
        let brief = crate::phrase!(s::STORY_BRIEF_FIRST, Arg::Date(first.time.date()));
        let named = !first.merchant.is_empty();
        let hidden_line = named.then(|| crate::phrase!(s::STORY_AT, first.merchant.as_str()));
        let shown_line = if named {
            crate::phrase!(s::STORY_AT_AMOUNT, first.merchant.as_str(), money(first.amount_minor))
        } else {
            crate::phrase!(s::STORY_AMOUNT, money(first.amount_minor))
        };
        cards.push(Card {
            id: "first",
            title: crate::phrase!(s::STORY_FIRST),
            shown: Words::new(when.clone(), Some(shown_line), brief.clone()),
            hidden: Words::new(when, hidden_line, brief),
            chart: None,
        });
    }

    // The month rhythm.
    let months_with_spending = report.months.iter().filter(|m| m.spending_minor > 0).count();
    if let Some(busiest) = report.busiest_month.filter(|_| months_with_spending >= MIN_MONTHS) {
        let month = Phrase::new(names::month(busiest));
        let spent =
            report.months.iter().find(|m| m.month == busiest).map_or(0, |m| m.spending_minor);
        let brief = crate::phrase!(s::STORY_BRIEF_MONTH, month.clone());
        cards.push(Card {
            id: "months",
            title: crate::phrase!(s::STORY_MONTHS),
            shown: Words::new(
                month.clone(),
                Some(crate::phrase!(s::STORY_MONTH_MOST_AMOUNT, money(spent))),
                brief.clone(),
            ),
            hidden: Words::new(month, Some(crate::phrase!(s::STORY_MONTH_MOST)), brief),
            chart: Some(CardChart::Months),
        });
    }

    // The top categories.
    let spent_in: Vec<_> =
        report.categories.items.iter().filter(|c| c.spending_minor > 0).collect();
    if let (Some(top), true) = (spent_in.first(), spent_in.len() >= 2) {
        let name = Phrase::new(top.category.name());
        let share = Arg::Percent(top.share_permille);
        let brief = crate::phrase!(s::STORY_BRIEF_CATEGORY, name.clone(), share.clone());
        cards.push(Card {
            id: "categories",
            title: crate::phrase!(s::STORY_CATEGORIES),
            shown: Words::new(
                name.clone(),
                Some(crate::phrase!(
                    s::STORY_SHARE_AMOUNT,
                    share.clone(),
                    money(top.spending_minor)
                )),
                brief.clone(),
            ),
            hidden: Words::new(name, Some(crate::phrase!(s::STORY_SHARE, share)), brief),
            chart: Some(CardChart::Categories),
        });
    }

    // The merchant most visited.
    if let Some(m) = n.most_frequent_merchant.as_ref().filter(|m| m.payments >= MIN_VISITS) {
        let name = Phrase::same(m.merchant.clone());
        let brief =
            crate::phrase!(s::STORY_BRIEF_MERCHANT, m.merchant.as_str(), Arg::count(m.payments));
        cards.push(Card {
            id: "merchant",
            title: crate::phrase!(s::STORY_MERCHANT),
            shown: Words::new(
                name.clone(),
                Some(crate::phrase!(
                    s::STORY_TIMES_AMOUNT,
                    Arg::count(m.payments),
                    money(m.spending_minor)
                )),
                brief.clone(),
            ),
            hidden: Words::new(
                name,
                Some(crate::phrase!(s::STORY_TIMES, Arg::count(m.payments))),
                brief,
            ),
            chart: None,
        });
    }

    // The busiest day: most payments, then most spent, then the earliest.
    let busiest_day: Option<&CalendarDay> = report
        .calendar
        .days
        .iter()
        .filter(|d| d.payments >= MIN_BUSIEST_DAY && n.active_days >= MIN_ACTIVE_DAYS)
        .max_by_key(|d| (d.payments, d.spending_minor, std::cmp::Reverse(d.date)));
    if let Some(day) = busiest_day {
        let big = crate::phrase!(s::STORY_PLAIN, Arg::Date(day.date));
        let brief = crate::phrase!(s::STORY_BRIEF_BUSIEST_DAY, Arg::Date(day.date));
        cards.push(Card {
            id: "busiestDay",
            title: crate::phrase!(s::STORY_BUSIEST_DAY),
            shown: Words::new(
                big.clone(),
                Some(crate::phrase!(
                    s::STORY_PAYMENTS_THAT_DAY_AMOUNT,
                    Arg::count(day.payments),
                    money(day.spending_minor)
                )),
                brief.clone(),
            ),
            hidden: Words::new(
                big,
                Some(crate::phrase!(s::STORY_PAYMENTS_THAT_DAY, Arg::count(day.payments))),
                brief,
            ),
            chart: None,
        });
    }

    // The biggest single purchase.
    if let Some(b) = n.biggest_purchase.as_ref().filter(|_| n.payments >= MIN_PAYMENTS_FOR_BIGGEST)
    {
        let place = if b.merchant.is_empty() {
            Phrase::new(b.category.name())
        } else {
            Phrase::same(b.merchant.clone())
        };
        let on = crate::phrase!(s::STORY_ON_DATE, Arg::Date(b.date));
        cards.push(Card {
            id: "biggest",
            title: crate::phrase!(s::STORY_BIGGEST),
            shown: Words::new(
                crate::phrase!(s::STORY_AMOUNT, money(b.amount_minor)),
                Some(crate::phrase!(s::STORY_ON_DATE_AT, Arg::Date(b.date), place.clone())),
                crate::phrase!(s::STORY_BRIEF_BIGGEST, money(b.amount_minor)),
            ),
            hidden: Words::new(
                place.clone(),
                Some(on),
                crate::phrase!(s::STORY_BRIEF_BIGGEST, place),
            ),
            chart: None,
        });
    }

    // The latest night.
    let latest_night =
        report.moments.latest_night.as_ref().filter(|_| n.payments >= MIN_PAYMENTS_FOR_BIGGEST);
    if let Some(night) = latest_night {
        let date = Arg::Date(night.time.date());
        let line = if night.merchant.is_empty() {
            crate::phrase!(s::STORY_ON_DATE, date)
        } else {
            crate::phrase!(s::STORY_ON_DATE_AT, date, night.merchant.as_str())
        };
        let words = Words::new(
            Phrase::same(clock(night)),
            Some(line),
            crate::phrase!(s::STORY_BRIEF_LATE_NIGHT, clock(night)),
        );
        cards.push(Card::same("lateNight", crate::phrase!(s::STORY_LATE_NIGHT), words, None));
    }

    // The weekday × hour habit.
    let busiest_cell = report
        .timing
        .busiest
        .filter(|c| report.timing.payments_with_time >= MIN_TIMED && c.payments >= MIN_HABIT);
    if let Some(cell) = busiest_cell {
        let when = crate::phrase!(
            s::STORY_WEEKDAY_HOUR,
            Phrase::new(names::weekday(cell.weekday)),
            format!("{}", cell.hour)
        );
        let words = Words::new(
            when.clone(),
            Some(crate::phrase!(s::STORY_HABIT_LINE, Arg::count(cell.payments))),
            crate::phrase!(s::STORY_BRIEF_HABIT, when),
        );
        cards.push(Card::same(
            "habit",
            crate::phrase!(s::STORY_HABIT),
            words,
            Some(CardChart::Timing),
        ));
    }

    // The longest break from spending.
    if let Some(streak) =
        n.longest_streak_without_spending.filter(|s| s.days >= MIN_STREAK_DAYS && n.payments > 0)
    {
        let words = Words::new(
            crate::phrase!(DAYS_COUNT, Arg::count(streak.days)),
            Some(crate::phrase!(s::STORY_NOT_A_CENT, Arg::DateRange(streak.from, streak.to))),
            crate::phrase!(s::STORY_BRIEF_STREAK, Arg::count(streak.days)),
        );
        cards.push(Card::same("streak", crate::phrase!(s::STORY_STREAK), words, None));
    }

    // The places.
    let often = report
        .places
        .cities
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (c.payments, std::cmp::Reverse(*i)));
    if let Some((_, top)) = often {
        let count = crate::phrase!(CITIES_COUNT, Arg::count_of(report.places.cities.len()));
        let words = Words::new(
            count.clone(),
            Some(crate::phrase!(s::STORY_MOSTLY_IN, Arg::Name(top.name.clone()))),
            count,
        );
        cards.push(Card::same(
            "places",
            crate::phrase!(s::STORY_PLACES),
            words,
            Some(CardChart::Places),
        ));
    }

    // The year against the last, when both are long enough to compare.
    let comparable = |payments: u32, days: u32| payments >= MIN_PAYMENTS && days >= MIN_DAYS;
    if let Some(previous) = report.previous_year.as_ref().filter(|p| {
        comparable(p.numbers.payments, p.numbers.covered_days)
            && comparable(n.payments, n.covered_days)
    }) {
        let title = crate::phrase!(s::STORY_LAST_YEAR, Arg::Year(previous.year));
        let count = crate::phrase!(s::STORY_BRIEF_PAYMENTS, Arg::count(n.payments));
        let against = crate::phrase!(
            s::STORY_AGAINST,
            Arg::count(previous.numbers.payments),
            Arg::Year(previous.year)
        );
        let shown = match previous.change.spending_permille {
            Some(p) => Words::new(
                crate::phrase!(s::STORY_PLAIN, percent_change(p)),
                Some(previous.change.sentence.clone()),
                count.clone(),
            ),
            None => Words::new(count.clone(), Some(against.clone()), count.clone()),
        };
        cards.push(Card {
            id: "lastYear",
            title,
            shown,
            hidden: Words::new(count.clone(), Some(against), count),
            chart: None,
        });
    }

    // The keyword, only a true one (never the thin-data fallback).
    if !report.keyword.fallback {
        let k = &report.keyword;
        let shown = Words::new(k.word.clone(), Some(k.reason.clone()), k.word.clone());
        let hidden_reason = (!k.reason.shows_money()).then(|| k.reason.clone());
        cards.push(Card {
            id: "keyword",
            title: crate::phrase!(CHART_KEYWORD),
            shown,
            hidden: Words::new(k.word.clone(), hidden_reason, k.word.clone()),
            chart: None,
        });
    }

    let mut poster_facts: Vec<usize> = POSTER_ORDER
        .iter()
        .filter_map(|id| cards.iter().position(|c| c.id == *id))
        .take(POSTER_FACTS)
        .collect();
    let title = crate::phrase!(s::STORY_POSTER, Arg::Year(report.year));
    let poster = match cards.iter().find(|c| c.id == "keyword") {
        // The keyword in big type, its reason under it, the facts listed below.
        Some(k) => Card {
            id: "poster",
            title,
            shown: k.shown.clone(),
            hidden: k.hidden.clone(),
            chart: None,
        },
        // No keyword: the first fact in big type, the others listed.
        None if poster_facts.len() >= 2 => {
            let first = poster_facts.remove(0);
            let fact = &cards[first];
            let words = |w: &Words| Words::new(w.brief.clone(), None, w.brief.clone());
            Card {
                id: "poster",
                title,
                shown: words(&fact.shown),
                hidden: words(&fact.hidden),
                chart: None,
            }
        }
        // One fact alone makes no poster.
        None => return Story { cards, poster_facts },
    };
    cards.push(poster);
    Story { cards, poster_facts }
}
