//! One file's outcome, and the one shape in which the page and `yearbook parse --json` list it:
//! `{file, format, encoding, rowsSeen, transactions, warnings: [{row, column, columnName,
//! message}]}` when it was read, `{file, format: null, transactions, warnings: [], error}` when
//! it was not. The command line's JSON is a contract (README, `tests/cli.rs`): every row in full
//! and each text in the language asked for. The page gets both languages (it switches without
//! reading again), counts instead of rows, and what it shows besides: the file's line, the
//! error's id and the step to take.

use super::step::Step;
use crate::error::{Error, Warning};
use crate::lang::Lang;
use crate::model::{Source, Transaction};
use crate::parse::FileRead;
use crate::phrase::{summary as s, Arg, Phrase};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// At most this many warnings per file go to the page (`moreWarnings` says how many more there
/// are): a file with 100 000 unreadable rows must not make a 100 000-item list.
pub const MAX_PAGE_WARNINGS: usize = 200;

/// What became of one file.
#[derive(Debug)]
pub struct FileOutcome {
    /// The file's name as the person chose it.
    pub file: String,
    /// What was read (its rows are a range of the session's), or why nothing could be.
    pub read: Result<FileRead, Error>,
}

/// Who a [`Listing`] is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The page: every text as `{zh, en}`, row counts, the first [`MAX_PAGE_WARNINGS`] warnings
    /// placed within the file, and the file's line, error id and step.
    Page,
    /// `yearbook parse --json`: every text in one language, every row, every warning with the
    /// file's name, nothing more.
    CommandLine(Lang),
}

/// A file as its [`Audience`] lists it; serialise it.
#[derive(Debug, Clone, Copy)]
pub struct Listing<'a> {
    outcome: &'a FileOutcome,
    rows: &'a [Transaction],
    audience: Audience,
}

impl FileOutcome {
    /// This file for `audience`, with `rows`, the rows it yielded.
    pub fn listing<'a>(&'a self, rows: &'a [Transaction], audience: Audience) -> Listing<'a> {
        Listing { outcome: self, rows, audience }
    }

    /// The problem the person can settle in the page, when that is what stopped the file.
    pub fn step(&self) -> Option<Step<'_>> {
        self.read.as_ref().err().and_then(|error| Step::of(&error.kind))
    }

    /// The file's line in the list: its format and how many transactions it gave.
    pub fn summary(&self, transactions: usize) -> Option<Phrase> {
        let read = self.read.as_ref().ok()?;
        Some(crate::phrase!(s::FILE_READ, read.source.name(), Arg::count_of(transactions)))
    }

    /// The lines under the file's line: the dates its rows span (`rows`, the rows it yielded),
    /// and which earlier files already held how many of its rows.
    pub fn notes(&self, rows: &[Transaction]) -> Vec<Phrase> {
        let Ok(read) = &self.read else { return Vec::new() };
        let first = rows.iter().map(|t| t.time.date()).min();
        let last = rows.iter().map(|t| t.time.date()).max();
        let span = first.zip(last).map(|(first, last)| {
            if first == last {
                crate::phrase!(s::FILE_ONE_DAY, Arg::FullDate(first))
            } else {
                crate::phrase!(s::FILE_SPAN, Arg::FullDate(first), Arg::FullDate(last))
            }
        });
        span.into_iter()
            .chain(read.already_in.iter().map(|a| {
                crate::phrase!(s::FILE_ALREADY_IN, Arg::count(a.rows), Arg::Same(a.file.clone()))
            }))
            .collect()
    }
}

/// A phrase as the audience reads it: `{zh, en}` or a string in one language.
struct Words<'a>(&'a Phrase, Audience);

impl Serialize for Words<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.1 {
            Audience::Page => self.0.text().serialize(s),
            Audience::CommandLine(lang) => s.serialize_str(&self.0.render(lang)),
        }
    }
}

/// A warning with its 1-based position and its sentence; the page's is placed within the file
/// (it is listed under the file's name), the command line's names the file.
struct WarningEntry<'a>(&'a Warning, Audience);

impl Serialize for WarningEntry<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let WarningEntry(warning, audience) = *self;
        let message = match audience {
            Audience::Page => warning.phrase_in_file(),
            Audience::CommandLine(_) => warning.phrase(),
        };
        let mut map = s.serialize_map(Some(4))?;
        map.serialize_entry("row", &warning.position.row)?;
        map.serialize_entry("column", &warning.position.column)?;
        map.serialize_entry("columnName", &warning.position.column_name)?;
        map.serialize_entry("message", &Words(&message, audience))?;
        map.end()
    }
}

/// An earlier file that held some of this file's rows: `{file, rows}`.
struct AlreadyInEntry<'a>(&'a crate::parse::AlreadyIn);

impl Serialize for AlreadyInEntry<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("file", &self.0.file)?;
        map.serialize_entry("rows", &self.0.rows)?;
        map.end()
    }
}

/// Every row in the contract's shape, the reasons in `lang`.
struct Rows<'a>(&'a [Transaction], Lang);

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|t| t.to_json(self.1)))
    }
}

impl Serialize for Listing<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Listing { outcome, rows, audience } = *self;
        let page = audience == Audience::Page;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("file", &outcome.file)?;
        match &outcome.read {
            Ok(read) => {
                map.serialize_entry("format", &read.source)?;
                map.serialize_entry("encoding", &read.encoding)?;
                map.serialize_entry("rowsSeen", &read.rows_seen)?;
            }
            // The contract says `"format": null` for a file that was not read.
            Err(_) => map.serialize_entry("format", &None::<Source>)?,
        }
        if let Some(read) = outcome.read.as_ref().ok().filter(|r| !r.already_in.is_empty()) {
            let already: Vec<AlreadyInEntry<'_>> =
                read.already_in.iter().map(AlreadyInEntry).collect();
            map.serialize_entry("alreadyIn", &already)?;
        }
        match audience {
            Audience::Page => map.serialize_entry("transactions", &rows.len())?,
            Audience::CommandLine(lang) => {
                map.serialize_entry("transactions", &Rows(rows, lang))?
            }
        }
        let warnings: &[Warning] = outcome.read.as_ref().map_or(&[], |read| &read.warnings);
        let shown =
            if page { &warnings[..warnings.len().min(MAX_PAGE_WARNINGS)] } else { warnings };
        let entries: Vec<WarningEntry<'_>> =
            shown.iter().map(|warning| WarningEntry(warning, audience)).collect();
        map.serialize_entry("warnings", &entries)?;
        if let Err(error) = &outcome.read {
            map.serialize_entry("error", &Words(&error.phrase(), audience))?;
        }
        if page {
            map.serialize_entry("moreWarnings", &(warnings.len() - shown.len()))?;
            map.serialize_entry("warningCount", &warnings.len())?;
            let summary = outcome.summary(rows.len());
            map.serialize_entry("summary", &summary.as_ref().map(|p| Words(p, audience)))?;
            let notes = outcome.notes(rows);
            let notes: Vec<Words<'_>> = notes.iter().map(|p| Words(p, audience)).collect();
            map.serialize_entry("notes", &notes)?;
            let mappable = outcome.read.as_ref().is_ok_and(|read| read.source == Source::BankCsv);
            map.serialize_entry("mappable", &mappable)?;
            let kind = outcome.read.as_ref().err().map(|error| error.kind.id());
            map.serialize_entry("errorKind", &kind)?;
            map.serialize_entry("step", &outcome.step())?;
        }
        map.end()
    }
}
