//! Rendering a phrase in one language: placeholders filled, plural forms chosen, each typed
//! argument written the way that language writes it. The number and date formats of both
//! languages live here (dates through the `names` catalogue), so the rest of the crate writes no
//! `match lang`.

use super::arg::Arg;
use super::{names, Phrase};
use crate::lang::Lang;
use crate::money::{format_minor, Money};
use chrono::{Datelike, NaiveDate};

/// What stands between `{` and `}`: the argument's index and what to do with it.
struct Placeholder<'t> {
    index: usize,
    /// `None` for `{0}`; `lower` or the plural forms `one|other` after the colon.
    spec: Option<&'t str>,
    /// Bytes from after the `{` to after the `}`.
    used: usize,
}

/// Reads the placeholder after a `{`, if it is one (`0}`, `2:one|other}`, `1:lower}`).
fn placeholder(after_open: &str) -> Option<Placeholder<'_>> {
    let close = after_open.find('}')?;
    let inner = after_open.get(..close)?;
    let (digits, spec) = match inner.split_once(':') {
        Some((digits, spec)) => (digits, Some(spec)),
        None => (inner, None),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(Placeholder { index: digits.parse().ok()?, spec, used: close + 1 })
}

/// The argument numbers a template text uses, in order of appearance (`{0}`, `{1:lower}` and
/// `{2:one|other}` all use theirs).
pub fn placeholders(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = rest.get(open + 1..).unwrap_or("");
        if let Some(p) = placeholder(rest) {
            found.push(p.index);
        }
    }
    found
}

impl Phrase {
    /// Appends the phrase in `lang` to `out`. A placeholder with no argument, and braces that
    /// are no placeholder, stay as written.
    pub(super) fn write(&self, lang: Lang, out: &mut String) {
        let mut rest = self.template.get(lang);
        while let Some(open) = rest.find('{') {
            let (before, from_open) = rest.split_at(open);
            out.push_str(before);
            let after = from_open.get(1..).unwrap_or("");
            let filled = placeholder(after)
                .and_then(|p| Some((self.args.get(p.index)?, p)))
                .and_then(|(arg, p)| fill(arg, p.spec, lang, out).then_some(p.used));
            match filled {
                Some(used) => rest = after.get(used..).unwrap_or(""),
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
    }
}

impl Arg {
    /// The argument alone in `lang`: a table cell of money, a count, a date.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        write_arg(self, lang, &mut out);
        out
    }
}

/// Writes `arg` as `spec` asks; false (and nothing written) for a spec it does not know.
fn fill(arg: &Arg, spec: Option<&str>, lang: Lang, out: &mut String) -> bool {
    match spec {
        None => write_arg(arg, lang, out),
        Some("lower") => {
            let mut word = String::new();
            write_arg(arg, lang, &mut word);
            out.push_str(&word.to_lowercase());
        }
        Some(forms) => {
            let Some((one, other)) = forms.split_once('|') else { return false };
            let singular = arg.as_count().is_some_and(|n| lang.is_singular(n));
            out.push_str(if singular { one } else { other });
        }
    }
    true
}

fn write_arg(arg: &Arg, lang: Lang, out: &mut String) {
    match arg {
        Arg::Same(text) => out.push_str(text),
        Arg::Phrase(phrase) => phrase.write(lang, out),
        Arg::Money(amount) => out.push_str(&money(*amount)),
        Arg::Count(n) => out.push_str(&format_minor(*n, 0)),
        Arg::Percent(permille) => out.push_str(&percent(*permille)),
        Arg::Year(year) => out.push_str(&year.to_string()),
        Arg::Date(date) => day_of_year(*date).write(lang, out),
        Arg::FullDate(date) => crate::phrase!(
            names::DATE_WITH_YEAR,
            Arg::count(date.day()),
            month(*date),
            Arg::Year(date.year())
        )
        .write(lang, out),
        Arg::DateRange(from, to) => date_range(*from, *to).write(lang, out),
        Arg::Name(name) => out.push_str(name.get(lang)),
    }
}

/// The short name of a date's month (`Mar` / `3月`).
fn month(date: NaiveDate) -> &'static super::Template {
    names::month_short(date.month())
}

fn day_of_year(date: NaiveDate) -> Phrase {
    crate::phrase!(names::DAY_OF_YEAR, Arg::count(date.day()), month(date))
}

fn date_range(from: NaiveDate, to: NaiveDate) -> Phrase {
    if from == to {
        day_of_year(from)
    } else if (from.year(), from.month()) == (to.year(), to.month()) {
        crate::phrase!(
            names::DAYS_OF_MONTH,
            Arg::count(from.day()),
            Arg::count(to.day()),
            month(to)
        )
    } else {
        crate::phrase!(names::DATE_SPAN, day_of_year(from), day_of_year(to))
    }
}

/// An amount with its currency, the sign before the symbol: `¥1,234.50`, `−¥12.00`,
/// `CHF 12.00`, `¥1,200` (yen has no minor digits).
pub fn money(amount: Money) -> String {
    let sign = if amount.minor < 0 { "−" } else { "" };
    let abs = i64::try_from(amount.minor.unsigned_abs()).unwrap_or(i64::MAX);
    format!("{sign}{}", Money { minor: abs, ..amount }.display())
}

/// A per-mille share as a percentage: whole percent (rounded half away from zero), or one
/// decimal below 1% so that a small share does not read 0%: `18%`, `0.4%`.
pub fn percent(permille: i64) -> String {
    if permille > 0 && permille < 10 {
        format!("0.{permille}%")
    } else {
        let whole = i128::from(permille);
        let rounded = if whole >= 0 { (whole + 5) / 10 } else { -((-whole + 5) / 10) };
        format!("{rounded}%")
    }
}
