//! What fills a placeholder: an [`Arg`], typed so that each language renders it its own way
//! (money with its sign, counts with separators and plural forms, dates in either order) and so
//! that a phrase can say whether it shows money without reading its words.

use super::{Phrase, Template};
use crate::lang::Lang;
use crate::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One argument of a phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Arg {
    /// Text that reads the same in both languages: statement text (a merchant, an item), a
    /// library's message, a number as written (a line or column number).
    #[serde(rename = "text")]
    Same(String),
    /// A phrase of its own, rendered in the language of the phrase around it.
    Phrase(Phrase),
    /// An amount with its currency: `¥1,234.50`, `−€5.00`.
    Money(Money),
    /// A number of things: `73,372` in both languages, and the number that `{N:one|other}`
    /// picks a plural form by.
    Count(i64),
    /// A per-mille share as a percentage: `18%`, `0.4%`.
    Percent(i64),
    /// A calendar year, written without separators: `2024`.
    Year(i32),
    /// A day of the year: `3月14日` / `14 Mar`.
    Date(NaiveDate),
    /// A day with its year: `2025年3月14日` / `14 Mar 2025`.
    FullDate(NaiveDate),
    /// A span of days: `3月1日–3月14日` / `1–14 Mar`; one date when both are the same.
    DateRange(NaiveDate, NaiveDate),
    /// A proper name with its own form in each language (a city, a province, a country).
    Name(Name),
}

/// A proper name with its own form in each language, from data rather than a catalogue (the
/// gazetteer's cities, provinces and countries). Serialised as `{zh, en}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Name {
    /// Simplified Chinese.
    pub zh: Cow<'static, str>,
    /// English.
    pub en: Cow<'static, str>,
}

impl Name {
    /// A name from its two forms.
    pub fn new(zh: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Name {
        Name { zh: zh.into(), en: en.into() }
    }

    /// The form in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

impl Arg {
    /// A number of things (see [`Arg::Count`]).
    pub fn count(n: impl Into<i64>) -> Arg {
        Arg::Count(n.into())
    }

    /// A count that may not fit in `i64` (a `usize` length); saturates.
    pub fn count_of(n: usize) -> Arg {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// An amount in `currency`.
    pub fn money(currency: crate::money::Currency, minor: i64) -> Arg {
        Arg::Money(Money { minor, currency })
    }

    /// Whether this argument, or a phrase nested in it, shows an amount of money.
    pub fn shows_money(&self) -> bool {
        match self {
            Arg::Money(_) => true,
            Arg::Phrase(phrase) => phrase.shows_money(),
            _ => false,
        }
    }

    /// The count a plural form is chosen by, when this is a count.
    pub(super) fn as_count(&self) -> Option<i64> {
        match self {
            Arg::Count(n) => Some(*n),
            _ => None,
        }
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Same(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Same(text.to_string())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Same(text.clone())
    }
}

impl From<Phrase> for Arg {
    fn from(phrase: Phrase) -> Arg {
        Arg::Phrase(phrase)
    }
}

impl From<&'static Template> for Arg {
    fn from(template: &'static Template) -> Arg {
        Arg::Phrase(Phrase::new(template))
    }
}

impl From<Money> for Arg {
    fn from(money: Money) -> Arg {
        Arg::Money(money)
    }
}

impl From<NaiveDate> for Arg {
    fn from(date: NaiveDate) -> Arg {
        Arg::Date(date)
    }
}

impl From<Name> for Arg {
    fn from(name: Name) -> Arg {
        Arg::Name(name)
    }
}

/// Numbers as written, the same in both languages: the line and column numbers of the parsers'
/// messages. A quantity is [`Arg::count`], which gets separators and plural forms.
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Same(n.to_string())
            }
        }
    )*};
}
number_args!(u32, u64, usize, i64);
