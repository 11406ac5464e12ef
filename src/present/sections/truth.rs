//! Sentences that are true and read naturally: every counted sentence with 0, 1 and many in
//! both languages (one table), and whole reports of one row, a few rows and many rows read
//! for what a wrong sentence would say ("1 payments", "0 days: worth celebrating", "73372").

use crate::model::{Category, Kind, Transaction};
use crate::phrase::{
    labels as l, sentences as s, story as st, summary as sm, Arg, Phrase, Template,
};
use crate::present::{describe_report, Lang, Section};
use crate::report::testing::{tx, Tx};
use crate::report::Report;

/// A counted sentence: its template, the arguments around the count (the count is put in at
/// `at`), and what it says for 0, 1 and 1234 in English, then in Chinese for 1.
struct Counted {
    template: &'static Template,
    around: fn() -> Vec<Arg>,
    at: usize,
    en: [&'static str; 3],
    zh_one: &'static str,
}

fn none() -> Vec<Arg> {
    Vec::new()
}

fn render(c: &Counted, n: i64, lang: Lang) -> String {
    render_with(c, Arg::count(n), lang)
}

fn render_with(c: &Counted, count: Arg, lang: Lang) -> String {
    let mut args = (c.around)();
    args.insert(c.at, count);
    Phrase::with(c.template, args).render(lang)
}

#[rustfmt::skip]
const COUNTED: &[Counted] = &[
    Counted { template: &s::YEAR_SPENT, at: 2,
        around: || vec![Arg::Year(2024), Arg::money(crate::model::Currency::CNY, 500)],
        en: ["In 2024 you spent ¥5.00 over 0 payments.", "In 2024 you spent ¥5.00 over 1 payment.", "In 2024 you spent ¥5.00 over 1,234 payments."],
        zh_one: "2024 年你一共支出 ¥5.00，共 1 笔支付。" },
    Counted { template: &s::COVERAGE_NO_SPENDING, at: 0, around: none,
        en: ["The statements cover 0 days, none of them with spending.", "The statements cover 1 day, none of them with spending.", "The statements cover 1,234 days, none of them with spending."],
        zh_one: "账单覆盖 1 天，没有一天有消费。" },
    Counted { template: &s::LONGEST_RUN, at: 0, around: || vec![Arg::Same("3 Mar".into())],
        en: ["Your longest run without spending: 0 days (3 Mar).", "Your longest run without spending: 1 day (3 Mar).", "Your longest run without spending: 1,234 days (3 Mar)."],
        zh_one: "最长连续 1 天一分钱没花（3 Mar）。" },
    Counted { template: &s::MOST_EXPENSIVE_MONTH, at: 2, around: || vec![Arg::from(&crate::phrase::names::MARCH), Arg::Same("¥1".into())],
        en: ["Your most expensive month was March: ¥1 over 0 payments.", "Your most expensive month was March: ¥1 over 1 payment.", "Your most expensive month was March: ¥1 over 1,234 payments."],
        zh_one: "花得最多的是3月：¥1，1 笔。" },
    Counted { template: &s::TOP_CATEGORY, at: 3, around: || vec![Arg::from(Category::Dining.name()), Arg::Percent(500), Arg::Same("¥1".into())],
        en: ["Dining took 50% of your spending: ¥1 over 0 payments.", "Dining took 50% of your spending: ¥1 over 1 payment.", "Dining took 50% of your spending: ¥1 over 1,234 payments."],
        zh_one: "餐饮占了支出的 50%：¥1，1 笔。" },
    Counted { template: &s::UNNAMED_PAYMENTS, at: 0, around: none,
        en: ["0 payments name no merchant and are left out of the ranking.", "1 payment names no merchant and is left out of the ranking.", "1,234 payments name no merchant and are left out of the ranking."],
        zh_one: "1 笔支付没有写明商家，未计入排名。" },
    Counted { template: &s::NOTHING_SPENT_ON_DAYS, at: 1, around: || vec![Arg::count(30)],
        en: ["Of the 30 days your statements cover, you spent nothing on 0 days: worth celebrating.", "Of the 30 days your statements cover, you spent nothing on 1 day: worth celebrating.", "Of the 30 days your statements cover, you spent nothing on 1,234 days: worth celebrating."],
        zh_one: "账单覆盖的 30 天里，有 1 天你一分钱没花，值得庆祝。" },
    Counted { template: &s::EVERY_DAY_SPENT, at: 0, around: none,
        en: ["You spent something on every one of the 0 days your statements cover.", "You spent something on every one of the 1 day your statements cover.", "You spent something on every one of the 1,234 days your statements cover."],
        zh_one: "账单覆盖的 1 天里，你每天都有消费。" },
    Counted { template: &s::LONGEST_STRETCH, at: 0, around: || vec![Arg::Same("3 Mar".into())],
        en: ["The longest stretch: 0 days in a row, 3 Mar.", "The longest stretch: 1 day, 3 Mar.", "The longest stretch: 1,234 days in a row, 3 Mar."],
        zh_one: "最长的零消费连续 1 天：3 Mar。" },
    Counted { template: &s::BIGGEST_DAY_WAS, at: 2, around: || vec![Arg::Same("3 Mar".into()), Arg::Same("¥1".into())],
        en: ["Your biggest day was 3 Mar: ¥1 over 0 payments.", "Your biggest day was 3 Mar: ¥1 over 1 payment.", "Your biggest day was 3 Mar: ¥1 over 1,234 payments."],
        zh_one: "花得最多的一天是3 Mar：¥1，1 笔。" },
    Counted { template: &s::LATE_NIGHT_PAYMENTS, at: 0, around: || vec![Arg::Percent(100)],
        en: ["0 payments were made late at night (midnight to 5 a.m.): 10% of those with a time.", "1 payment was made late at night (midnight to 5 a.m.): 10% of those with a time.", "1,234 payments were made late at night (midnight to 5 a.m.): 10% of those with a time."],
        zh_one: "深夜（0–5 点）的支付有 1 笔，占 10%。" },
    Counted { template: &s::WITHOUT_TIME, at: 0, around: none,
        en: ["0 payments have a date but no time of day (most bank exports) and are left out of the hours.", "1 payment has a date but no time of day (most bank exports) and is left out of the hours.", "1,234 payments have a date but no time of day (most bank exports) and are left out of the hours."],
        zh_one: "1 笔支付只有日期没有时间（多为银行账单），不在时段图中。" },
    Counted { template: &s::CITIES_FOUND, at: 0, around: || vec![Arg::count(1)],
        en: ["0 cities were found in 1 payment that named them.", "1 city was found in 1 payment that named it.", "1,234 cities were found in 1 payment that named them."],
        zh_one: "在 1 笔支付的商户名称和商品说明中认出了 1 座城市。" },
    Counted { template: &s::CITIES_FOUND_ABROAD, at: 0, around: || vec![Arg::count(3), Arg::count(2)],
        en: ["0 cities were found in 3 payments that named them, in 2 countries.", "1 city was found in 3 payments that named it, in 2 countries.", "1,234 cities were found in 3 payments that named them, in 2 countries."],
        zh_one: "在 3 笔支付的商户名称和商品说明中认出了 1 座城市，分布在 2 个国家和地区。" },
    Counted { template: &s::PROVINCES_FOUND, at: 1, around: || vec![Arg::count(2)],
        en: ["No city was named, but 2 provinces were, in 0 payments.", "No city was named, but 2 provinces were, in 1 payment.", "No city was named, but 2 provinces were, in 1,234 payments."],
        zh_one: "没有认出城市，但在 1 笔支付中认出了 2 个省份。" },
    Counted { template: &s::MOST_OF_ALL, at: 1, around: || vec![Arg::Same("Tokyo".into()), Arg::Same("seen".into())],
        en: ["Most of all Tokyo: 0 payments (seen).", "Most of all Tokyo: 1 payment (seen).", "Most of all Tokyo: 1,234 payments (seen)."],
        zh_one: "去得最多的是Tokyo：1 笔（seen）。" },
    Counted { template: &s::SEEN_IN_BOTH, at: 0, around: || vec![Arg::count(2)],
        en: ["seen in 0 merchant names and 2 item descriptions", "seen in 1 merchant name and 2 item descriptions", "seen in 1,234 merchant names and 2 item descriptions"],
        zh_one: "在 1 个商户名称和 2 条商品说明中出现" },
    Counted { template: &s::SEEN_IN_MERCHANTS, at: 0, around: none,
        en: ["seen in 0 merchant names", "seen in 1 merchant name", "seen in 1,234 merchant names"],
        zh_one: "在 1 个商户名称中出现" },
    Counted { template: &s::SEEN_IN_ITEMS, at: 0, around: none,
        en: ["seen in 0 item descriptions", "seen in 1 item description", "seen in 1,234 item descriptions"],
        zh_one: "在 1 条商品说明中出现" },
    Counted { template: &s::ROWS_READ, at: 0, around: || vec![Arg::Same("¥1".into()), Arg::Same("¥0".into()), Arg::Same("¥1".into())],
        en: ["0 rows read: ¥1 of payments, ¥0 refunded, ¥1 counted as spending", "1 row read: ¥1 of payments, ¥0 refunded, ¥1 counted as spending", "1,234 rows read: ¥1 of payments, ¥0 refunded, ¥1 counted as spending"],
        zh_one: "共读取 1 行：支出 ¥1，退款抵扣 ¥0，计入支出 ¥1" },
    Counted { template: &s::GROUP_ROWS, at: 1, around: || vec![Arg::from(&crate::phrase::names::KIND_REFUND)],
        en: ["Refunds (0 rows)", "Refunds (1 row)", "Refunds (1,234 rows)"],
        zh_one: "退款（1 行）" },
    Counted { template: &s::GROUP_ROWS_MORE, at: 1, around: || vec![Arg::from(&crate::phrase::names::KIND_REFUND), Arg::count(34)],
        en: ["Refunds (0 rows, 34 more not listed)", "Refunds (1 row, 34 more not listed)", "Refunds (1,234 rows, 34 more not listed)"],
        zh_one: "退款（1 行，另有 34 行未列出）" },
    Counted { template: &l::DAYS_WITHOUT_SPENDING, at: 0, around: none,
        en: ["0 days without spending", "1 day without spending", "1,234 days without spending"],
        zh_one: "1 天零消费" },
    Counted { template: &l::PAYMENTS_AT, at: 0, around: none,
        en: ["0 payments", "1 payment", "1,234 payments"], zh_one: "1 次" },
    Counted { template: &l::TIMED_PAYMENTS, at: 0, around: none,
        en: ["0 payments with a time of day", "1 payment with a time of day", "1,234 payments with a time of day"],
        zh_one: "1 笔有时间的支付" },
    Counted { template: &l::CITIES_COUNT, at: 0, around: none,
        en: ["0 cities", "1 city", "1,234 cities"], zh_one: "1 座城市" },
    Counted { template: &l::DAYS_COUNT, at: 0, around: none,
        en: ["0 days", "1 day", "1,234 days"], zh_one: "1 天" },
    Counted { template: &l::CARD_SPENT_OVER, at: 0, around: || vec![Arg::count(1)],
        en: ["spent over 0 payments on 1 day", "spent over 1 payment on 1 day", "spent over 1,234 payments on 1 day"],
        zh_one: "1 笔支付，1 天有消费" },
    Counted { template: &l::CARD_PAYMENTS, at: 0, around: none,
        en: ["payments", "payment", "payments"], zh_one: "笔支付" },
    Counted { template: &l::CARD_DAYS, at: 0, around: || vec![Arg::count(0)],
        en: ["0 days with spending, 0 without", "1 day with spending, 0 without", "1,234 days with spending, 0 without"],
        zh_one: "1 天有消费，0 天零消费" },
    Counted { template: &l::FOLDED_TABLE, at: 1, around: || vec![Arg::Same("Rows".into())],
        en: ["Rows (0 rows: show)", "Rows (1 row: show)", "Rows (1,234 rows: show)"], zh_one: "Rows（1 行，展开）" },
    Counted { template: &crate::phrase::keywords::REASON_TOO_FEW, at: 0, around: || vec![Arg::count(1)],
        en: ["A first chapter: 0 payments over 1 day", "A first chapter: 1 payment over 1 day", "A first chapter: 1,234 payments over 1 day"],
        zh_one: "开篇：1 天里的 1 笔支付" },
    Counted { template: &crate::phrase::keywords::KEYWORD_NEEDS_MORE, at: 2, around: || vec![Arg::count(20), Arg::count(28), Arg::count(5)],
        en: ["a keyword is chosen from 20 payments over 28 days or more; these statements hold 0 payments over 5 days", "a keyword is chosen from 20 payments over 28 days or more; these statements hold 1 payment over 5 days", "a keyword is chosen from 20 payments over 28 days or more; these statements hold 1,234 payments over 5 days"],
        zh_one: "至少要有 28 天、20 笔支付才选得出；这份账单有 5 天、1 笔支付" },
    Counted { template: &st::STORY_ON_DAYS, at: 0, around: none,
        en: ["on 0 days with spending", "on 1 day with spending", "on 1,234 days with spending"], zh_one: "1 天有消费" },
    Counted { template: &st::STORY_SPENT_OVER, at: 0, around: || vec![Arg::count(5)],
        en: ["spent over 0 payments on 5 days", "spent over 1 payment on 5 days", "spent over 1,234 payments on 5 days"], zh_one: "1 笔支付，5 天有消费" },
    Counted { template: &st::STORY_PAYMENTS_THAT_DAY, at: 0, around: none,
        en: ["0 payments that day", "1 payment that day", "1,234 payments that day"], zh_one: "这一天付了 1 笔" },
    Counted { template: &st::STORY_PAYMENTS_THAT_DAY_AMOUNT, at: 0, around: || vec![Arg::money(crate::model::Currency::CNY, 500)],
        en: ["0 payments that day, ¥5.00 in all", "1 payment that day, ¥5.00 in all", "1,234 payments that day, ¥5.00 in all"], zh_one: "这一天付了 1 笔，共 ¥5.00" },
    Counted { template: &st::STORY_TIMES, at: 0, around: none,
        en: ["0 times this year", "1 time this year", "1,234 times this year"], zh_one: "这一年去了 1 次" },
    Counted { template: &st::STORY_TIMES_AMOUNT, at: 0, around: || vec![Arg::money(crate::model::Currency::CNY, 500)],
        en: ["0 times this year, ¥5.00 in all", "1 time this year, ¥5.00 in all", "1,234 times this year, ¥5.00 in all"], zh_one: "这一年去了 1 次，共 ¥5.00" },
    Counted { template: &st::STORY_HABIT_LINE, at: 0, around: none,
        en: ["0 payments in that hour of the week", "1 payment in that hour of the week", "1,234 payments in that hour of the week"], zh_one: "一周里这个钟点付了 1 笔" },
    Counted { template: &st::STORY_BRIEF_PAYMENTS, at: 0, around: none,
        en: ["0 payments", "1 payment", "1,234 payments"], zh_one: "1 笔支付" },
    Counted { template: &st::STORY_BRIEF_MERCHANT, at: 1, around: || vec![Arg::Same("Luckin".into())],
        en: ["Luckin, 0 times", "Luckin, 1 time", "Luckin, 1,234 times"], zh_one: "Luckin 1 次" },
    Counted { template: &st::STORY_BRIEF_STREAK, at: 0, around: none,
        en: ["0 days in a row without spending", "1 day in a row without spending", "1,234 days in a row without spending"], zh_one: "连续 1 天零消费" },
    Counted { template: &sm::HEADLINE_LINE, at: 3,
        around: || vec![Arg::Same("CNY".into()), Arg::money(crate::model::Currency::CNY, 17452), Arg::money(crate::model::Currency::CNY, 128800)],
        en: ["CNY: spending ¥174.52, income ¥1,288.00, 0 transactions this year.", "CNY: spending ¥174.52, income ¥1,288.00, 1 transaction this year.", "CNY: spending ¥174.52, income ¥1,288.00, 1,234 transactions this year."],
        zh_one: "CNY：支出 ¥174.52，收入 ¥1,288.00，本年共 1 笔交易。" },
    Counted { template: &sm::STATUS_DONE, at: 0, around: || vec![Arg::count(1)],
        en: ["Read 0 transactions from 1 file.", "Read 1 transaction from 1 file.", "Read 1,234 transactions from 1 file."],
        zh_one: "从 1 个文件中读取了 1 笔交易。" },
    Counted { template: &sm::STATUS_DONE, at: 1, around: || vec![Arg::count(10)],
        en: ["Read 10 transactions from 0 files.", "Read 10 transactions from 1 file.", "Read 10 transactions from 1,234 files."],
        zh_one: "从 1 个文件中读取了 10 笔交易。" },
    Counted { template: &sm::STATUS_DONE_WITH_FAILURES, at: 2, around: || vec![Arg::count(10), Arg::count(2)],
        en: ["Read 10 transactions from 2 files. 0 files could not be read; see the list of files.", "Read 10 transactions from 2 files. 1 file could not be read; see the list of files.", "Read 10 transactions from 2 files. 1,234 files could not be read; see the list of files."],
        zh_one: "从 2 个文件中读取了 10 笔交易。有 1 个文件无法读取，见文件列表。" },
    Counted { template: &sm::STATUS_NEEDS_YOU, at: 0, around: none,
        en: ["Yearbook needs your help with 0 files; see the list of files.", "Yearbook needs your help with 1 file; see the list of files.", "Yearbook needs your help with 1,234 files; see the list of files."],
        zh_one: "有 1 个文件需要你补充信息，见文件列表。" },
    Counted { template: &sm::FILE_READ, at: 1, around: || vec![Arg::from(&crate::phrase::messages::SOURCE_OFX)],
        en: ["OFX/QFX/QBO bank download · 0 transactions", "OFX/QFX/QBO bank download · 1 transaction", "OFX/QFX/QBO bank download · 1,234 transactions"],
        zh_one: "OFX/QFX/QBO 银行下载文件：1 笔交易" },
    Counted { template: &sm::FILE_ALREADY_IN, at: 0, around: || vec![Arg::Same("a.csv".into())],
        en: ["0 rows already in a.csv: counted once", "1 row already in a.csv: counted once", "1,234 rows already in a.csv: counted once"],
        zh_one: "其中 1 行已在 a.csv 中：只计一次" },
];

#[test]
fn every_counted_sentence_with_none_one_and_many_in_both_languages() {
    for c in COUNTED {
        for (n, en) in [0, 1, 1234].into_iter().zip(c.en) {
            assert_eq!(render(c, n, Lang::En), en, "{} with {n}", c.template.name);
        }
        assert_eq!(render(c, 1, Lang::Zh), c.zh_one, "{}", c.template.name);
        // Chinese has no plural forms: the same words for any count, the number grouped.
        for (n, written) in [(0, "0"), (1234, "1,234")] {
            let same = render_with(c, Arg::Same(written.into()), Lang::Zh);
            assert_eq!(render(c, n, Lang::Zh), same, "{} with {n}", c.template.name);
        }
    }
    // Every template that picks a form by a count is in the table.
    let counted: Vec<&str> = COUNTED.iter().map(|c| c.template.name).collect();
    for t in crate::phrase::catalogue().filter(|t| t.en.contains('|')) {
        assert!(
            counted.contains(&t.name),
            "{} picks a plural form and is not in the table",
            t.name
        );
    }
}

/// Every sentence of every section, in `lang`.
fn sentences(report: &Report, lang: Lang) -> Vec<String> {
    describe_report(report, lang)
        .into_iter()
        .flat_map(|s: Section| {
            let captions: Vec<String> = s.tables.iter().map(|t| t.caption.clone()).collect();
            s.summary.into_iter().chain(s.note).chain(captions)
        })
        .collect()
}

/// What no sentence may say, in English.
fn assert_reads_true(all: &[String]) {
    for sentence in all {
        for wrong in [
            "1 payments",
            "1 days",
            "1 rows",
            "1 cities",
            "1 merchants",
            "1 times",
            "1 transactions",
            "1 payment were",
            "1 payment have",
            "0 days: worth celebrating",
            "nothing on 0",
            "paid 1 different",
        ] {
            // As a whole word: "1 payments", not the end of "1,091 payments".
            let alone = sentence
                .match_indices(wrong)
                .any(|(at, _)| !sentence[..at].ends_with(|c: char| c.is_ascii_digit() || c == ','));
            assert!(!alone, "{wrong:?} in {sentence:?}");
        }
        // Numbers of five digits or more are grouped ("73,372"), as in the headline.
        let digits = sentence.split(|c: char| !c.is_ascii_digit()).map(str::len).max();
        assert!(digits.unwrap_or(0) < 5, "an ungrouped number in {sentence:?}");
        assert!(!sentence.contains('{'), "a placeholder left in {sentence:?}");
    }
}

fn report(rows: &[Transaction]) -> Report {
    Report::build(rows, Some(2024)).expect("a report")
}

#[test]
fn one_payment_reads_in_the_singular() {
    let r = report(&[tx("2024-03-14 01:30", 1250)
        .from("瑞幸咖啡(深圳科技园店)")
        .cat(Category::Dining)]);
    let en = sentences(&r, Lang::En);
    assert_reads_true(&en);
    for expected in [
        "In 2024 you spent ¥12.50 over 1 payment.",
        "The statements cover a single day, with ¥12.50 spent.",
        "Your most expensive month was March: ¥12.50 over 1 payment.",
        "Dining took 100% of your spending: ¥12.50 over 1 payment.",
        "You paid a single merchant this year.",
        "1 payment was made late at night (midnight to 5 a.m.): 100% of those with a time.",
        "1 city was found in 1 payment that named it.",
        "1 row read: ¥12.50 of payments, ¥0.00 refunded, ¥12.50 counted as spending.",
    ] {
        assert!(en.iter().any(|s| s == expected), "{expected:?} not in {en:#?}");
    }
    // Not said of a single visit or a single day: "went back", "most often", "every one of".
    for clumsy in ["went back", "most often", "every one of"] {
        assert!(en.iter().all(|s| !s.contains(clumsy)), "{clumsy}: {en:#?}");
    }
    let zh = sentences(&r, Lang::Zh);
    assert!(zh.iter().any(|s| s == "2024 年你一共支出 ¥12.50，共 1 笔支付。"), "{zh:#?}");
    assert!(zh.iter().any(|s| s == "深夜（0–5 点）的支付有 1 笔，占 100%。"), "{zh:#?}");
}

#[test]
fn no_day_without_spending_is_not_celebrated() {
    // Three days in a row, each with a payment: zero days without spending.
    let rows: Vec<Transaction> = ["2024-05-01 12:00", "2024-05-02 12:00", "2024-05-03 12:00"]
        .iter()
        .map(|d| tx(d, 1000).cat(Category::Dining).from("面馆"))
        .collect();
    let r = report(&rows);
    for (lang, said) in [
        (Lang::En, "You spent something on every one of the 3 days your statements cover."),
        (Lang::Zh, "账单覆盖的 3 天里，你每天都有消费。"),
    ] {
        let all = sentences(&r, lang);
        assert!(all.iter().any(|s| s == said), "{all:#?}");
        assert!(all.iter().all(|s| !s.contains("worth celebrating") && !s.contains("值得庆祝")));
    }
    assert_reads_true(&sentences(&r, Lang::En));
    let en = sentences(&r, Lang::En);
    assert!(en.iter().any(|s| s == "No payment was made late at night (midnight to 5 a.m.)."));
    assert!(en.iter().any(|s| s == "You went back to 面馆 most often: 3 times."));
}

#[test]
fn spending_the_portrait_leaves_out_is_not_called_no_spending() {
    // A bank export with no categories: every payment is "other", which has no radar axis.
    let rows = vec![tx("2024-02-01", 5000).from("ACME"), tx("2024-02-03", 7000).from("SHOP")];
    let r = report(&rows);
    assert!(r.totals().spending > 0);
    let en = describe_report(&r, Lang::En);
    assert!(en.iter().all(|s| s.id != "portrait"), "nothing to draw: left out");
    let all = sentences(&r, Lang::En);
    assert!(all.iter().all(|s| !s.contains("No spending")), "{all:#?}");
    let not_shown = en.iter().find(|s| s.id == "notShown").expect("says what is left out");
    assert!(
        not_shown.summary.iter().any(|s| s
            == "Consumption portrait: all of the spending is in fees and other, which the portrait leaves out."),
        "{:?}",
        not_shown.summary
    );
    // Said once: no other line repeats it, and each reason is one line.
    let mut lines = not_shown.summary.clone();
    lines.dedup();
    assert_eq!(lines.len(), not_shown.summary.len());
}

#[test]
fn income_only_leaves_the_spending_sections_out_in_one_line() {
    let r = report(&[tx("2024-06-01", 500_000).kind(Kind::Income).from("公司")]);
    let en = describe_report(&r, Lang::En);
    let ids: Vec<&str> = en.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["numbers", "months", "flow", "whatCounts", "notShown"]);
    let numbers = &en[0].summary;
    assert_eq!(numbers[0], "You made no payments in 2024.");
    assert_eq!(en[1].summary, ["No spending this year."]);
    let not_shown = &en[4].summary;
    assert_eq!(
        not_shown[0],
        "Categories, Merchants, Calendar, When you pay, Places, Consumption portrait: no spending this year."
    );
    assert_eq!(
        not_shown[1],
        "Keyword of the year: a keyword is chosen from 20 payments over 28 days or more; these statements hold 0 payments over 1 day."
    );
    assert_eq!(
        not_shown[2],
        "Year over year: the statements hold nothing from 2023; add that year's to compare."
    );
    assert_eq!(not_shown.len(), 3);
    let zh = describe_report(&r, Lang::Zh);
    assert_eq!(
        zh[4].summary[0],
        "钱花在哪儿、商家、日历、什么时候付钱、去过的地方、消费画像：这一年没有支出。"
    );
    assert_reads_true(&sentences(&r, Lang::En));
}

#[test]
fn many_rows_are_grouped_in_every_sentence() {
    let rows: Vec<Transaction> = (0..12_000u32)
        .map(|i| {
            let day = 1 + i % 28;
            let month = 1 + (i / 28) % 12;
            tx(&format!("2024-{month:02}-{day:02} {:02}:10", i % 24), 1_000_001)
                .cat(Category::ALL[(i % 11) as usize])
                .from(&format!("商户{}", i % 7))
        })
        .collect();
    let r = report(&rows);
    let en = sentences(&r, Lang::En);
    assert_reads_true(&en);
    assert!(
        en.iter().any(|s| s.starts_with("In 2024 you spent ¥120,000,120.00 over 12,000 payments.")),
        "{en:#?}"
    );
    assert_reads_true(&sentences(&r, Lang::Zh));
    assert!(sentences(&r, Lang::Zh).iter().any(|s| s.contains("共 12,000 笔支付")));
}
