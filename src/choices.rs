//! The choices a person makes about one file when the file cannot decide for itself, and what
//! they are shown to make them: [`Options`] (a ZIP's password, the date order, the currency, the
//! column mapping), [`DateOrder`], and the bank CSV mapping contract in `mapping.rs`
//! ([`ColumnMapping`], [`CsvPreview`]). Data only, below `error.rs` (whose `NeedsMapping` carries
//! a preview) and every parser.

mod mapping;

pub use mapping::{ColumnMapping, CsvPreview, PreviewRow};

use crate::model::Currency;
use serde::Serialize;

/// Choices the user makes when a file cannot decide for itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// How to read dates like `8/12/13` when the file does not settle it.
    pub date_order: Option<DateOrder>,
    /// The password of an encrypted ZIP, typed by the user; used once, never stored.
    pub password: Option<String>,
    /// The currency of files that name none (QIF; an OFX statement without `CURDEF`); US
    /// dollars when unset.
    pub currency: Option<Currency>,
    /// Which column of a bank CSV is which, as the person mapped them; when present the
    /// generic CSV reader uses it as given instead of guessing (and never asks).
    pub mapping: Option<ColumnMapping>,
}

/// No choices: what a file gets until the person is asked.
static NO_CHOICES: Options =
    Options { date_order: None, password: None, currency: None, mapping: None };

impl Options {
    /// No choices, for files read as they are.
    pub fn none() -> &'static Options {
        &NO_CHOICES
    }
}

/// The order of day and month in a numeric date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrder {
    /// `31/12/2024`: day, month, year.
    DayFirst,
    /// `12/31/2024`: month, day, year.
    MonthFirst,
}
