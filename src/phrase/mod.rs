//! Bilingual phrases: every fixed word and sentence Yearbook shows — transaction reasons, row
//! warnings and whole-file messages, the report's sentences, labels and names, the charts' words
//! — as a [`Template`] in English and Chinese with numbered placeholders, plus the typed
//! arguments that fill them ([`Arg`]: statement text, money, a count, a date, a name, another
//! phrase). A [`Phrase`] is rendered in either language only where it is shown, so the page
//! switches language without reading the files again, and the report holds no rendered text.
//! `Display` is English, the command line's default and the wording of every `.expected` dump.
//!
//! **Placeholders.** `{0}` is argument 0, rendered in the phrase's language (`render.rs`):
//! money with its currency sign, counts with thousands separators, dates as `3月14日` /
//! `14 Mar`. `{0:one|other}` picks a word by the count in argument 0 and the language's plural
//! rule (English: "1 payment", "2 payments"; Chinese has no plural forms). `{0:lower}` is
//! argument 0 in lower case (a category name inside an English sentence).
//!
//! **Catalogues**, `const`s with English beside Chinese, one per kind of text: [`reasons`] (why
//! a row got its kind), [`messages`] (row warnings, whole-file errors, positions, format names),
//! [`names`] (months, weekdays, categories, kinds, date formats), [`labels`] (titles, headings,
//! legends, the share card), [`sentences`] (the report's sentences), [`keywords`] (the keyword
//! of the year), [`summary`] (the headline, the status line after reading, each file's
//! line) and [`story`] (the story's cards). Every template has a name unique across them: a phrase serialises as that name and
//! its arguments (`serial.rs`) and reads back from it, so the report's JSON round-trips (the
//! page reads it into its own wasm instance). Where the page needs a phrase as words, it gets
//! them as [`Text`] `{zh, en}` ([`edge`]).
//!
//! A phrase without arguments allocates nothing: its arguments are an empty boxed slice.

/// Declares each template as a `pub const` and lists them all, with their names, in `ALL`;
/// `find` looks one up by name (a `match`, so reading a report back needs no table built at
/// run time).
macro_rules! templates {
    ($($(#[$doc:meta])* $name:ident = $en:expr, $zh:expr;)*) => {
        $($(#[$doc])* pub const $name: $crate::phrase::Template =
            $crate::phrase::Template { name: stringify!($name), en: $en, zh: $zh };)*
        /// Every template of this catalogue.
        pub const ALL: &[&$crate::phrase::Template] = &[$(&$name),*];
        /// The template of this catalogue with this name.
        pub fn find(name: &str) -> Option<&'static $crate::phrase::Template> {
            match name {
                $(stringify!($name) => Some(&$name),)*
                _ => None,
            }
        }
    };
}

mod arg;
pub mod keywords;
pub mod labels;
pub mod messages;
pub mod names;
pub mod reasons;
mod render;
pub mod sentences;
mod serial;
pub mod story;
pub mod summary;

pub use arg::{Arg, Name};
pub use render::{money, percent, placeholders};
pub use serial::edge;

use crate::lang::{Lang, Text};
use std::fmt;

/// A sentence or word in English and Simplified Chinese (zh-CN). `{0}`, `{1}`, … are replaced
/// by the phrase's arguments; both versions use the same set of placeholders.
#[derive(Debug, PartialEq, Eq)]
pub struct Template {
    /// The `const`'s name, unique across the catalogues: how a phrase is serialised.
    pub name: &'static str,
    /// English; Chinese only for provider terms quoted as written (`余额宝`, `交易关闭`), which
    /// the Chinese version then carries too.
    pub en: &'static str,
    /// Simplified Chinese, as a user of Alipay or WeChat Pay reads it.
    pub zh: &'static str,
}

impl Template {
    /// The version in `lang`, as written (placeholders unfilled): for a template without
    /// placeholders, the word itself, with no allocation.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// A template with its arguments: a reason, message, sentence or label that can be shown in
/// either language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    template: &'static Template,
    args: Box<[Arg]>,
}

/// `phrase!(TEMPLATE)` or `phrase!(TEMPLATE, arg, …)`: each argument is anything `Into<Arg>`
/// (text, a number as a count, money, a date, another phrase or template).
#[macro_export]
macro_rules! phrase {
    ($template:expr $(,)?) => {
        $crate::phrase::Phrase::new(&$template)
    };
    ($template:expr, $($arg:expr),+ $(,)?) => {
        $crate::phrase::Phrase::with(&$template, vec![$($crate::phrase::Arg::from($arg)),+])
    };
}

impl Phrase {
    /// A phrase with no arguments; allocates nothing.
    pub fn new(template: &'static Template) -> Phrase {
        Phrase { template, args: Box::default() }
    }

    /// A phrase with its arguments, `{0}` first.
    pub fn with(template: &'static Template, args: Vec<Arg>) -> Phrase {
        Phrase { template, args: args.into_boxed_slice() }
    }

    /// Text that reads the same in both languages (a third-party library's message, a name).
    pub fn same(text: impl Into<String>) -> Phrase {
        Phrase::with(&messages::AS_WRITTEN, vec![Arg::Same(text.into())])
    }

    /// The template.
    pub fn template(&self) -> &'static Template {
        self.template
    }

    /// The arguments, `{0}` first.
    pub fn args(&self) -> &[Arg] {
        &self.args
    }

    /// True when the phrase says nothing (in English; every template says something in both).
    pub fn is_empty(&self) -> bool {
        self.render(Lang::En).is_empty()
    }

    /// Argument `index` when it is text that reads the same in both languages.
    pub fn same_arg(&self, index: usize) -> Option<&str> {
        match self.args.get(index) {
            Some(Arg::Same(text)) => Some(text),
            _ => None,
        }
    }

    /// Whether the phrase shows an amount of money: an [`Arg::Money`] among its arguments or
    /// those of a phrase nested in it. Decided from the typed arguments, never from the words,
    /// so the share card can keep amounts off whatever the wording (templates write no amount
    /// of their own: a catalogue test checks that no currency sign stands before a placeholder).
    pub fn shows_money(&self) -> bool {
        self.args.iter().any(Arg::shows_money)
    }

    /// The phrase in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.write(lang, &mut out);
        out
    }

    /// The phrase in both languages, as the page receives words.
    pub fn text(&self) -> Text {
        Text { zh: self.render(Lang::Zh), en: self.render(Lang::En) }
    }
}

/// English, the command line's default.
impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Compares the English rendering, so tests read naturally.
impl PartialEq<&str> for Phrase {
    fn eq(&self, other: &&str) -> bool {
        self.render(Lang::En) == *other
    }
}

/// Every template of every catalogue, for the checks below and for translators.
pub fn catalogue() -> impl Iterator<Item = &'static Template> {
    [
        reasons::ALL,
        messages::ALL,
        names::ALL,
        labels::ALL,
        sentences::ALL,
        keywords::ALL,
        summary::ALL,
        story::ALL,
    ]
    .into_iter()
    .flatten()
    .copied()
}

/// The template with this name, in whichever catalogue holds it.
pub fn find(name: &str) -> Option<&'static Template> {
    reasons::find(name)
        .or_else(|| messages::find(name))
        .or_else(|| names::find(name))
        .or_else(|| labels::find(name))
        .or_else(|| sentences::find(name))
        .or_else(|| keywords::find(name))
        .or_else(|| summary::find(name))
        .or_else(|| story::find(name))
}

#[cfg(test)]
mod tests;
