//! The status line once the files are read: how many transactions from how many files, which
//! files failed or wait for the person, or why there is no report yet. Decided from the
//! outcomes here, so the page only shows it.

use super::FileOutcome;
use crate::phrase::{summary as s, Arg, Phrase};
use serde::Serialize;

/// How the page marks the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// There is a report.
    Done,
    /// No report yet, and a file waits for a step (password, date order, mapping).
    NeedsInput,
    /// No report, and nothing the person can do in the page but add other files.
    Error,
}

/// The status line: its state and its sentence (serialised `{zh, en}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    /// How to mark it.
    pub state: State,
    /// What it says.
    #[serde(serialize_with = "crate::phrase::edge::text")]
    pub message: Phrase,
}

impl Status {
    /// The status after `files` gave `transactions` rows, with or without a report.
    pub fn of(files: &[FileOutcome], transactions: usize, has_report: bool) -> Status {
        let read = files.iter().filter(|f| f.read.is_ok()).count();
        let steps = files.iter().filter(|f| f.step().is_some()).count();
        let failed = files.len() - read - steps;
        let needs_you = || crate::phrase!(s::STATUS_NEEDS_YOU, Arg::count_of(steps));
        let (state, message) = if !has_report {
            let (state, why) = if steps > 0 {
                (State::NeedsInput, needs_you())
            } else if failed > 0 {
                (State::Error, Phrase::new(&s::STATUS_SEE_FILES))
            } else {
                (State::Error, Phrase::new(&s::STATUS_NO_ROWS))
            };
            (state, crate::phrase!(s::STATUS_NO_REPORT, why))
        } else if steps > 0 {
            (State::Done, needs_you())
        } else {
            let (rows, from) = (Arg::count_of(transactions), Arg::count_of(read));
            match failed {
                0 => (State::Done, crate::phrase!(s::STATUS_DONE, rows, from)),
                n => {
                    let failed = Arg::count_of(n);
                    (State::Done, crate::phrase!(s::STATUS_DONE_WITH_FAILURES, rows, from, failed))
                }
            }
        };
        Status { state, message }
    }
}
