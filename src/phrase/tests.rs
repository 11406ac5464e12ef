//! The catalogues' rules (names, placeholders, both languages, no amount written by a template)
//! and rendering, plural forms, typed arguments and the serialised form.

use super::*;
use crate::money::{Currency, Money};
use chrono::NaiveDate;
use std::collections::BTreeSet;

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}')
}

/// The runs of CJK characters (ideographs and full-width punctuation) in `text`.
fn cjk_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run = String::new();
    for c in text.chars() {
        if is_cjk(c) {
            run.push(c);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// The argument numbers a text writes out (`{0}`, `{0:lower}`), leaving out those it only
/// picks a plural form by (`{0:one|other}`).
fn written(text: &str) -> BTreeSet<usize> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = rest.get(open + 1..).unwrap_or("");
        let inner = rest.split('}').next().unwrap_or("");
        if !inner.contains('|') {
            if let Ok(n) = inner.split(':').next().unwrap_or("").parse::<usize>() {
                found.insert(n);
            }
        }
    }
    found
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
}

#[test]
fn every_template_has_its_own_name_and_is_found_by_it() {
    assert!(reasons::ALL.len() > 40 && messages::ALL.len() > 40);
    assert!(names::ALL.len() > 60 && labels::ALL.len() > 80 && sentences::ALL.len() > 60);
    let names: BTreeSet<&str> = catalogue().map(|t| t.name).collect();
    assert_eq!(names.len(), catalogue().count(), "a name is in two catalogues");
    for t in catalogue() {
        assert_eq!(find(t.name), Some(t), "{}", t.name);
    }
    assert_eq!(find("NO_SUCH_TEMPLATE"), None);
}

#[test]
fn both_languages_write_the_same_arguments() {
    for t in catalogue() {
        let (en, zh) = (written(t.en), written(t.zh));
        assert_eq!(en, zh, "{}: {:?} vs {:?}", t.name, t.en, t.zh);
        // Numbered from 0 with no gap, so every argument is shown.
        assert_eq!(en, (0..en.len()).collect(), "{}: placeholders {en:?}", t.name);
        // A plural choice reads an argument the phrase has.
        let all: BTreeSet<usize> = placeholders(t.en).into_iter().collect();
        assert!(all.len() <= en.len().max(1), "{}: {:?}", t.name, t.en);
    }
}

#[test]
fn chinese_is_chinese_and_english_quotes_only_provider_terms() {
    for t in catalogue() {
        let name = t.name;
        assert!(!t.en.trim().is_empty() && !t.zh.trim().is_empty(), "{name} is empty");
        let words: String = t.en.split('{').map(|p| p.split_once('}').map_or(p, |x| x.1)).collect();
        if !words.chars().any(|c| c.is_ascii_alphabetic()) {
            // A joiner or a shape ("{0}: {1}", "{0} {1}", a date): punctuation only.
            assert!(!t.zh.chars().any(|c| c.is_ascii_alphabetic()), "{name}: {:?}", t.zh);
            continue;
        }
        assert!(t.zh.chars().any(is_cjk), "{name}: no Chinese in {:?}", t.zh);
        // The rule: Chinese in the English version only as a provider's own term quoted as
        // written, which the Chinese version then carries verbatim.
        for run in cjk_runs(t.en) {
            assert!(t.zh.contains(&run), "{name}: English quotes {run:?}, Chinese lacks it");
        }
        assert_ne!(t.en, t.zh, "{name} is not translated");
    }
}

#[test]
fn no_template_writes_an_amount_of_its_own() {
    // Money is an argument, so that `shows_money` sees it: a currency sign before a
    // placeholder would show an amount the phrase cannot account for.
    for t in catalogue() {
        for text in [t.en, t.zh] {
            for sign in ["¥{", "￥{", "$ {", "${", "€{", "£{"] {
                assert!(!text.contains(sign), "{}: {text:?}", t.name);
            }
            assert!(!text.contains("}元"), "{}: {text:?}", t.name);
        }
    }
}

const TWO: Template =
    Template { name: "TWO", en: "{1} before {0}, {1} again", zh: "先{1}后{0}，又是{1}" };
const INNER: Template = Template { name: "INNER", en: "refund", zh: "退款" };
const COUNTED: Template = Template {
    name: "COUNTED",
    en: "{0} {0:payment was|payments were} made on {1:lower}",
    zh: "{1}有 {0} 笔支付",
};

#[test]
fn each_placeholder_is_replaced_in_either_language() {
    let p = phrase!(TWO, "a", Phrase::new(&INNER));
    assert_eq!(p.render(Lang::En), "refund before a, refund again");
    assert_eq!(p.render(Lang::Zh), "先退款后a，又是退款");
    assert_eq!(p.to_string(), "refund before a, refund again");
    assert_eq!(p.text(), Text::new("先退款后a，又是退款", "refund before a, refund again"));
    // A placeholder with no argument, and braces that are no placeholder, stay as written.
    let short = phrase!(TWO, "a");
    assert_eq!(short.render(Lang::En), "{1} before a, {1} again");
    let p = Phrase::same("a {b} {9 {0:x}");
    assert_eq!(p.render(Lang::Zh), "a {b} {9 {0:x}");
    assert_eq!(placeholders("{0}, {12} {x} {3:lower} {4:a|b} {"), vec![0, 12, 3, 4]);
}

#[test]
fn plural_forms_follow_the_count_in_english_only() {
    for (n, en, zh) in [
        (0, "0 payments were made on mondays", "周一有 0 笔支付"),
        (1, "1 payment was made on mondays", "周一有 1 笔支付"),
        (2, "2 payments were made on mondays", "周一有 2 笔支付"),
        (73372, "73,372 payments were made on mondays", "周一有 73,372 笔支付"),
    ] {
        let p = phrase!(COUNTED, Arg::count(n), &names::MONDAYS);
        assert_eq!((p.render(Lang::En).as_str(), p.render(Lang::Zh).as_str()), (en, zh), "{n}");
    }
    // A plural choice by something that is not a count takes the plural.
    let p = phrase!(COUNTED, "1", &names::MONDAYS);
    assert_eq!(p.render(Lang::En), "1 payments were made on mondays");
}

#[test]
fn typed_arguments_in_each_language() {
    const ALL: Template = Template {
        name: "ALL",
        en: "{0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8}",
        zh: "{0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8}",
    };
    let yen = Currency::from_code("JPY").expect("a code");
    let p = phrase!(
        ALL,
        Arg::money(Currency::CNY, -123450),
        Arg::money(yen, 1200),
        Arg::count(1234567),
        Arg::Percent(4),
        Arg::Year(2025),
        day("2025-03-14"),
        Arg::FullDate(day("2025-03-14")),
        Arg::DateRange(day("2025-03-01"), day("2025-03-14")),
        Name::new("深圳", "Shenzhen"),
    );
    assert_eq!(
        p.render(Lang::En),
        "−¥1,234.50 | ¥1,200 | 1,234,567 | 0.4% | 2025 | 14 Mar | 14 Mar 2025 | 1–14 Mar | Shenzhen"
    );
    assert_eq!(
        p.render(Lang::Zh),
        "−¥1,234.50 | ¥1,200 | 1,234,567 | 0.4% | 2025 | 3月14日 | 2025年3月14日 | 3月1日–3月14日 | 深圳"
    );
    let span = phrase!(AS_ONE, Arg::DateRange(day("2025-02-27"), day("2025-03-02")));
    assert_eq!(span.render(Lang::Zh), "2月27日–3月2日");
    assert_eq!(span.render(Lang::En), "27 Feb–2 Mar");
    let one = phrase!(AS_ONE, Arg::DateRange(day("2025-02-27"), day("2025-02-27")));
    assert_eq!(one.render(Lang::En), "27 Feb");
    assert_eq!(
        money(Money { minor: i64::MIN, currency: Currency::CNY }),
        "−¥92,233,720,368,547,758.07"
    );
    assert_eq!(
        (percent(184), percent(185), percent(0), percent(1000)),
        ("18%".into(), "19%".into(), "0%".into(), "100%".into())
    );
}

const AS_ONE: Template = Template { name: "AS_ONE", en: "{0}", zh: "{0}" };

#[test]
fn a_phrase_shows_money_only_through_a_money_argument() {
    let amount = Arg::money(Currency::EUR, 500);
    assert!(phrase!(AS_ONE, amount.clone()).shows_money());
    // However deep, and whatever the words around it say.
    let nested = phrase!(TWO, "nothing", phrase!(TWO, "x", phrase!(AS_ONE, amount)));
    assert!(nested.shows_money());
    // Words that look like money are not money: only a typed amount is.
    assert!(!phrase!(TWO, "¥12.50", "300元").shows_money());
    assert!(!phrase!(COUNTED, Arg::count(3), &names::MONDAYS).shows_money());
    assert!(!Phrase::new(&INNER).shows_money());
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_serialised_form_is_the_name_and_the_arguments_and_reads_back() {
    let p = phrase!(
        sentences::GREW,
        &names::CATEGORY_TRAVEL,
        Arg::money(Currency::CNY, 25000),
        Arg::Percent(250)
    );
    let json = serde_json::to_value(&p).expect("serialise");
    assert_eq!(
        json,
        serde_json::json!({"key": "GREW", "args": [
            {"phrase": {"key": "CATEGORY_TRAVEL"}},
            {"money": {"minor": 25000, "currency": "CNY"}},
            {"percent": 250}
        ]})
    );
    let back: Phrase = serde_json::from_value(json).expect("reads back");
    assert_eq!(back, p);
    assert_eq!(back.render(Lang::En), "You spent ¥250.00 more on travel than last year (+25%)");
    let every = phrase!(
        TWO,
        Phrase::with(&names::DAY_OF_YEAR, vec![Arg::FullDate(day("2024-02-29")), Arg::Year(2024)]),
        Phrase::with(
            &reasons::REFUND,
            vec![
                Arg::count(3),
                Arg::Date(day("2024-01-01")),
                Arg::DateRange(day("2024-01-01"), day("2024-01-02")),
                Arg::Name(Name::new("东京", "Tokyo")),
                Arg::Same("x".into()),
            ]
        )
    );
    let serialised =
        serde_json::to_string(&Phrase::with(&names::DAY_OF_YEAR, every.args().to_vec()))
            .expect("serialise");
    let read: Phrase = serde_json::from_str(&serialised).expect("reads back");
    assert_eq!(read.args(), every.args());
    assert!(serde_json::from_str::<Phrase>(r#"{"key": "NOPE"}"#).is_err());
    // The edge form, for the page's JavaScript.
    #[derive(serde::Serialize)]
    struct Shown {
        #[serde(serialize_with = "edge::text")]
        message: Phrase,
    }
    let shown = serde_json::to_value(Shown { message: Phrase::new(&names::CATEGORY_TRAVEL) })
        .expect("serialise");
    assert_eq!(shown, serde_json::json!({"message": {"zh": "酒店旅行", "en": "Travel"}}));
}

#[test]
fn every_placeholder_index_of_every_template_is_filled() {
    for t in catalogue() {
        let n = placeholders(t.en).into_iter().max().map_or(0, |m| m + 1);
        let args: Vec<Arg> = (0..n).map(|i| Arg::Same(format!("«{i}»"))).collect();
        let p = Phrase::with(t, args);
        let shown = written(t.en);
        for lang in [Lang::En, Lang::Zh] {
            let out = p.render(lang);
            for i in &shown {
                assert!(out.contains(&format!("«{i}»")), "{} {lang:?}: {out}", t.name);
            }
            assert!(placeholders(&out).is_empty(), "{} {lang:?}: {out}", t.name);
        }
    }
}

#[test]
fn a_phrase_without_arguments_holds_no_allocation() {
    let p = Phrase::new(&INNER);
    // An empty boxed slice points at the dangling address, never at an allocation.
    let dangling = std::ptr::NonNull::<Arg>::dangling().as_ptr().cast_const();
    assert!(std::ptr::eq(p.args().as_ptr(), dangling));
    assert!(std::ptr::eq(p.clone().args().as_ptr(), dangling));
    assert!(std::ptr::eq(phrase!(INNER).args().as_ptr(), dangling));
    assert!(!std::ptr::eq(phrase!(TWO, "a").args().as_ptr(), dangling));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let read: Phrase = serde_json::from_str(r#"{"key": "REFUND"}"#).expect("reads");
        assert!(std::ptr::eq(read.args().as_ptr(), dangling), "read back, still none");
    }
    // And a row is no bigger than with the `String` it replaced.
    assert!(std::mem::size_of::<Phrase>() <= std::mem::size_of::<String>());
}
