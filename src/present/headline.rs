//! The headline of a report: its title and one line per currency (spending, income, rows), the
//! first thing a person checks. Built once here, in templates (`phrase::summary`), and shown the
//! same by the page, `report.html` and `yearbook report`.

use crate::money::Currency;
use crate::phrase::{summary as s, Arg, Phrase};
use crate::report::Report;
use serde::Serialize;

/// A report's headline; serialised for the page with each phrase as `{zh, en}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Headline {
    /// `Your 2025`.
    #[serde(serialize_with = "crate::phrase::edge::text")]
    pub title: Phrase,
    /// One line per currency of the year, in the order of their codes.
    pub lines: Vec<HeadlineLine>,
}

/// The headline's line for one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HeadlineLine {
    /// The currency the line is about.
    pub currency: Currency,
    /// `CNY: spending ¥174.52, income ¥1,288.00, 9 transactions this year.`
    #[serde(serialize_with = "crate::phrase::edge::text")]
    pub text: Phrase,
}

/// The headline of `report`.
pub fn headline(report: &Report) -> Headline {
    let lines = report
        .currencies
        .iter()
        .map(|(&currency, totals)| HeadlineLine {
            currency,
            text: crate::phrase!(
                s::HEADLINE_LINE,
                currency.code(),
                Arg::money(currency, totals.spending),
                Arg::money(currency, totals.income),
                Arg::count(totals.transactions)
            ),
        })
        .collect();
    Headline { title: crate::phrase!(s::HEADLINE_TITLE, Arg::Year(report.year)), lines }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::model::Kind;
    use crate::report::testing::{tx, Tx};

    #[test]
    fn one_line_per_currency_each_in_its_own_digits() {
        let currency = |code| Currency::from_code(code).expect("a code");
        let mut transactions = vec![
            tx("2025-03-01", 17452),
            tx("2025-03-02", 128800).kind(Kind::Income),
            tx("2025-03-03", 1200).currency(currency("JPY")),
            tx("2025-03-04", 1234567).currency(currency("KWD")),
            tx("2025-03-05", 5).currency(currency("KWD")).kind(Kind::Income),
        ];
        transactions.extend((0..7).map(|_| tx("2025-03-06", 0)));
        let report = Report::build(&transactions, None).expect("a report");
        let headline = headline(&report);
        assert_eq!(headline.title.render(Lang::En), "Your 2025");
        assert_eq!(headline.title.render(Lang::Zh), "你的 2025 年");
        let en: Vec<String> = headline.lines.iter().map(|l| l.text.render(Lang::En)).collect();
        assert_eq!(
            en,
            [
                "CNY: spending ¥174.52, income ¥1,288.00, 9 transactions this year.",
                "JPY: spending ¥1,200, income ¥0, 1 transaction this year.",
                "KWD: spending KWD 1,234.567, income KWD 0.005, 2 transactions this year.",
            ]
        );
        assert_eq!(
            headline.lines[1].text.render(Lang::Zh),
            "JPY：支出 ¥1,200，收入 ¥0，本年共 1 笔交易。"
        );
        assert_eq!(headline.lines[2].currency.code(), "KWD");
    }
}
