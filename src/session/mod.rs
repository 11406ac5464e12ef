//! The files a person has added and what was read from them, held between changes: the page's
//! worker keeps one [`Session`] (through `web.rs`) and the command line reads through one. Files
//! are read together ([`Session::read`], one [`FileOutcome`] per file, in order, every row held
//! once); the report is built from them when asked for, and built again for another year or
//! other [`ReportOptions`] ([`Session::choose`]) from the rows already read, without reading any
//! file again.
//!
//! Also decided here rather than by the page: which files the page reads at all ([`admits`]),
//! which problems are steps the person can settle ([`Step`]), the status line ([`Status`]) and
//! the shape in which both the page and `yearbook parse --json` list a file ([`Listing`]).

mod outcome;
mod status;
mod step;

pub use outcome::{Audience, FileOutcome, Listing, MAX_PAGE_WARNINGS};
pub use status::{State, Status};
pub use step::{check_mapping, Step};

use crate::choices::Options;
use crate::error::{Error, ErrorKind};
use crate::model::Transaction;
use crate::parse::{self, Batch, FileRead};
use crate::report::{Report, ReportOptions};
use std::cell::OnceCell;

/// The largest file the page reads: 400 MiB. The core holds a file, its decoded text and its
/// rows at once, about five times the file at its peak (docs/benchmarks.md), and wasm32 memory
/// ends at 4 GiB; a bigger file is refused by its size before a byte of it is read, instead of
/// crashing the tab. The command line has no limit. The one place this number is written.
pub const PAGE_FILE_LIMIT: u64 = 400 * 1024 * 1024;

/// Whether the page reads a file of `size` bytes; one it does not is given to
/// [`Session::read`] as [`Content::TooLarge`], which says why in both languages.
pub fn admits(size: u64) -> bool {
    size <= PAGE_FILE_LIMIT
}

/// One file as the host (the page's worker, the command line) hands it over.
#[derive(Debug)]
pub struct Input {
    /// The file's name as the person chose it; it labels every message about the file.
    pub name: String,
    /// Its bytes, or why the host has none.
    pub content: Content,
    /// The choices the person made for this file (password, date order, mapping).
    pub options: Options,
}

/// What the host could give of a file.
#[derive(Debug)]
pub enum Content {
    /// The file's bytes, given up: they are freed once decoded.
    Bytes(Vec<u8>),
    /// Not read, because [`admits`] refused its size (in bytes).
    TooLarge {
        /// The file's size in bytes.
        size: u64,
    },
    /// The host could not read it (moved, deleted, no permission), with its reason.
    Unreadable {
        /// The browser's or the system's reason, as it gave it.
        reason: String,
    },
}

/// The files read and the report built from them; see the module's documentation.
#[derive(Debug, Default)]
pub struct Session {
    files: Vec<FileOutcome>,
    /// Every row of every file, file after file, cross-file duplicates marked.
    transactions: Vec<Transaction>,
    /// The year asked for; when `None`, the one with the most payments and income rows.
    year: Option<i32>,
    choices: ReportOptions,
    /// Built when first asked for, once per change of files or choices.
    report: OnceCell<Option<Report>>,
}

impl Session {
    /// A session with no files.
    pub fn new() -> Session {
        Session::default()
    }

    /// Reads `inputs`, in place of the files read before; the report follows with the choices
    /// made so far. One bad file never hides the others: each gets its outcome.
    pub fn read(&mut self, inputs: Vec<Input>) {
        // The rows read before go first, so a new statement's peak never adds to them.
        self.files = Vec::new();
        self.transactions = Vec::new();
        self.report = OnceCell::new();
        let mut results: Vec<Option<Result<FileRead, Error>>> = Vec::new();
        let mut names = Vec::with_capacity(inputs.len());
        let mut options = Vec::with_capacity(inputs.len());
        let mut given = Vec::new();
        for (index, input) in inputs.into_iter().enumerate() {
            let refused = match input.content {
                Content::Bytes(bytes) => {
                    given.push((index, bytes));
                    None
                }
                Content::TooLarge { size } => {
                    Some(ErrorKind::TooLarge { size, limit: PAGE_FILE_LIMIT })
                }
                Content::Unreadable { reason } => Some(ErrorKind::Unreadable { reason }),
            };
            results.push(refused.map(|kind| Err(Error::new(kind).in_file(&input.name))));
            names.push(input.name);
            options.push(input.options);
        }
        let read_at: Vec<usize> = given.iter().map(|(index, _)| *index).collect();
        let Batch { files, transactions } = parse::read(given.into_iter().map(|(index, bytes)| {
            parse::Input::new(&names[index], bytes).with_options(&options[index])
        }));
        for (index, result) in read_at.into_iter().zip(files) {
            results[index] = Some(result);
        }
        self.files = results
            .into_iter()
            .zip(names)
            .filter_map(|(read, file)| read.map(|read| FileOutcome { file, read }))
            .collect();
        self.transactions = transactions;
    }

    /// The report's year (when `None`, the one with the most payments and income rows) and the
    /// person's choices about it (places removed, …), for the files read now and later; the
    /// report is built again from the rows already read, without reading any file again.
    pub fn choose(&mut self, year: Option<i32>, choices: ReportOptions) {
        (self.year, self.choices) = (year, choices);
        self.report = OnceCell::new();
    }

    /// Each file's outcome, in the order the files were given.
    pub fn files(&self) -> &[FileOutcome] {
        &self.files
    }

    /// Every row of every file, file after file, cross-file duplicates marked.
    pub fn transactions(&self) -> &[Transaction] {
        &self.transactions
    }

    /// The rows read from `file`, one of [`Session::files`].
    pub fn rows(&self, file: &FileOutcome) -> &[Transaction] {
        match &file.read {
            Ok(read) => self.transactions.get(read.rows.clone()).unwrap_or_default(),
            Err(_) => &[],
        }
    }

    /// The report over every file, with the choices made; `None` when there is no row of the
    /// year to report on.
    pub fn report(&self) -> Option<&Report> {
        self.report
            .get_or_init(|| Report::build_with(&self.transactions, self.year, &self.choices))
            .as_ref()
    }

    /// Every file as `audience` lists it, in order.
    pub fn listings(&self, audience: Audience) -> Vec<Listing<'_>> {
        self.files.iter().map(|file| file.listing(self.rows(file), audience)).collect()
    }

    /// What the status line says now.
    pub fn status(&self) -> Status {
        Status::of(&self.files, self.transactions.len(), self.report().is_some())
    }
}

#[cfg(test)]
mod tests;
