//! Bilingual phrases: every transaction reason, row warning and whole-file message as a fixed
//! [`Template`] in English and Chinese with numbered placeholders (`{0}`, `{1}`), plus the
//! arguments that fill them. A [`Phrase`] is rendered in either language when it is shown, so
//! the page switches language without reading the files again. `Display` is English, the
//! command line's default and the wording of every `.expected` dump.
//!
//! The templates live together as `const`s in catalogues, so a translator sees each English
//! sentence beside its Chinese one: [`reasons`] (why a row got its kind), [`messages`] (row
//! warnings, whole-file errors, positions, format names) and [`summary`] (the headline, the
//! status line, each file's line, counts). A phrase without arguments allocates
//! nothing: its arguments are an empty boxed slice.

/// Declares each template as a `pub const` and lists them all, with their names, in `ALL`.
macro_rules! templates {
    ($($(#[$doc:meta])* $name:ident = $en:expr, $zh:expr;)*) => {
        $($(#[$doc])* pub const $name: $crate::phrase::Template =
            $crate::phrase::Template { en: $en, zh: $zh };)*
        /// Every template of this catalogue, by name.
        pub const ALL: &[(&str, &$crate::phrase::Template)] = &[$((stringify!($name), &$name)),*];
    };
}

pub mod messages;
pub mod reasons;
pub mod summary;

use crate::lang::{Lang, Text};
use serde::Serialize;
use std::fmt;

/// A sentence in English and Simplified Chinese (zh-CN). `{0}`, `{1}`, … are replaced by the
/// phrase's arguments in order; both versions use the same set of placeholders.
#[derive(Debug, PartialEq, Eq)]
pub struct Template {
    /// English; Chinese only for provider terms quoted as written (`余额宝`, `交易关闭`), which
    /// the Chinese version then carries too.
    pub en: &'static str,
    /// Simplified Chinese, as a user of Alipay or WeChat Pay reads it.
    pub zh: &'static str,
}

impl Template {
    /// The version in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// What fills a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text that reads the same in both languages: statement text, numbers, amounts (`¥20.00`).
    Same(String),
    /// A phrase of its own, rendered in the language of the phrase around it.
    Phrase(Phrase),
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

/// A template with its arguments: a reason or message that can be shown in either language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    template: &'static Template,
    args: Box<[Arg]>,
}

/// `phrase!(TEMPLATE)` or `phrase!(TEMPLATE, arg, …)`: each argument is anything `Into<Arg>`
/// (text, a number, another phrase or template).
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

    /// Text that reads the same in both languages (a third-party library's message).
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

    /// The phrase in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.write(lang, &mut out);
        out
    }

    /// The phrase in both languages, as the page receives it.
    pub fn text(&self) -> Text {
        Text { zh: self.render(Lang::Zh), en: self.render(Lang::En) }
    }

    fn write(&self, lang: Lang, out: &mut String) {
        let mut rest = self.template.get(lang);
        while let Some(open) = rest.find('{') {
            let (before, from_open) = rest.split_at(open);
            out.push_str(before);
            let index = from_open
                .get(1..)
                .and_then(|after| after.find('}').map(|close| (after, close)))
                .and_then(|(after, close)| {
                    let digits = after.get(..close)?;
                    let arg = self.args.get(digits.parse::<usize>().ok()?)?;
                    Some((arg, close + 2))
                });
            match index {
                Some((Arg::Same(text), used)) => {
                    out.push_str(text);
                    rest = from_open.get(used..).unwrap_or("");
                }
                Some((Arg::Phrase(phrase), used)) => {
                    phrase.write(lang, out);
                    rest = from_open.get(used..).unwrap_or("");
                }
                None => {
                    out.push('{');
                    rest = from_open.get(1..).unwrap_or("");
                }
            }
        }
        out.push_str(rest);
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

/// `{"zh": …, "en": …}`, like every [`Text`] of the report.
impl Serialize for Phrase {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(s)
    }
}

/// The placeholder numbers a template text uses, in order of appearance.
pub fn placeholders(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = rest.get(open + 1..).unwrap_or("");
        if let Some(close) = rest.find('}') {
            if let Ok(n) = rest.get(..close).unwrap_or("").parse::<usize>() {
                found.push(n);
            }
        }
    }
    found
}

/// Every template of both catalogues, with its name, for the checks below and for translators.
pub fn catalogue() -> impl Iterator<Item = (&'static str, &'static Template)> {
    reasons::ALL.iter().chain(messages::ALL.iter()).chain(summary::ALL.iter()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
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

    #[test]
    fn every_template_has_its_own_name() {
        assert!(reasons::ALL.len() > 40 && messages::ALL.len() > 40);
        let names: BTreeSet<&str> = catalogue().map(|(name, _)| name).collect();
        assert_eq!(names.len(), catalogue().count(), "a name is listed twice");
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for (name, t) in catalogue() {
            let en: BTreeSet<usize> = placeholders(t.en).into_iter().collect();
            let zh: BTreeSet<usize> = placeholders(t.zh).into_iter().collect();
            assert_eq!(en, zh, "{name}: {:?} vs {:?}", t.en, t.zh);
            // Numbered from 0 with no gap, so every argument is shown.
            assert_eq!(en, (0..en.len()).collect(), "{name}: placeholders {en:?}");
        }
    }

    #[test]
    fn chinese_is_chinese_and_english_quotes_only_provider_terms() {
        for (name, t) in catalogue() {
            assert!(!t.en.trim().is_empty() && !t.zh.trim().is_empty(), "{name} is empty");
            if name == "AS_WRITTEN" {
                continue; // "{0}": a library's own words, the same in both languages
            }
            assert!(t.zh.chars().any(is_cjk), "{name}: no Chinese in {:?}", t.zh);
            let words: String =
                t.en.split('{').map(|p| p.split_once('}').map_or(p, |x| x.1)).collect();
            if !words.chars().any(|c| c.is_ascii_alphabetic()) {
                // A joiner such as "{0}: {1}": Chinese joins with full-width punctuation.
                assert!(t.zh.contains(['，', '：', '；']), "{name}: {:?}", t.zh);
                continue;
            }
            // The rule: Chinese in the English version only as a provider's own term quoted as
            // written, which the Chinese version then carries verbatim.
            for run in cjk_runs(t.en) {
                assert!(t.zh.contains(&run), "{name}: English quotes {run:?}, Chinese lacks it");
            }
            assert_ne!(t.en, t.zh, "{name} is not translated");
        }
    }

    const TWO: Template =
        Template { en: "{1} before {0}, {1} again", zh: "先{1}后{0}，又是{1}" };
    const INNER: Template = Template { en: "refund", zh: "退款" };

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
        let p = Phrase::same("a {b} {9");
        assert_eq!(p.render(Lang::Zh), "a {b} {9");
        assert_eq!(placeholders("{0}, {12} {x} {"), vec![0, 12]);
    }

    #[test]
    fn every_placeholder_index_of_every_template_is_filled() {
        for (name, t) in catalogue() {
            let n = placeholders(t.en).into_iter().max().map_or(0, |m| m + 1);
            let args: Vec<Arg> = (0..n).map(|i| Arg::Same(format!("«{i}»"))).collect();
            let p = Phrase::with(t, args);
            for lang in [Lang::En, Lang::Zh] {
                let out = p.render(lang);
                for i in 0..n {
                    assert!(out.contains(&format!("«{i}»")), "{name} {lang:?}: {out}");
                }
                assert!(placeholders(&out).is_empty(), "{name} {lang:?}: {out}");
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
        // And a row is no bigger than with the `String` it replaced.
        assert!(std::mem::size_of::<Phrase>() <= std::mem::size_of::<String>());
    }
}
