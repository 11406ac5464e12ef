//! Yearbook: an annual report of a person's payments, computed and drawn on their own device.
//!
//! The crate is a pure pipeline that builds and tests natively:
//! bytes → [`archive`] (ZIPs) → [`decode`] → [`parse`] (detect + read, with [`classify`] giving
//! every row a kind, a reason and a category) → [`report`] → [`chart`] and [`present`] (pictures
//! and words in Chinese and English). [`sample`] makes deterministic synthetic statements for the
//! demo, the tests and the benchmarks. [`session`] holds the files a person added and what was
//! read from them, for the page's worker and the command line. The only wasm boundary is
//! `web.rs`, a thin converter over `session` and the report; the command line lives in
//! `src/bin/yearbook/`. See ARCHITECTURE.md for the map and the invariants.

// In layer order, each using only those above it (ARCHITECTURE.md, tests/layers.rs): words and
// data, then bytes → text → transactions → report → pictures and words.
pub mod lang;
pub mod phrase;
pub mod money;
pub mod intern;
pub mod model;
pub mod choices;
pub mod error;
pub mod decode;
pub mod archive;
pub mod parse;
pub mod classify;
pub mod report;
pub mod chart;
pub mod present;
pub mod sample;
mod invariants;
pub mod session;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use crate::choices::{ColumnMapping, DateOrder, Options};
pub use crate::error::{Error, ErrorKind, Position, Warning};
pub use crate::invariants::check_invariants;
pub use crate::model::{Currency, Direction, Kind, Money, Source, Transaction};
pub use crate::parse::{read, Batch, FileRead, Input};
pub use crate::phrase::{Phrase, Template};
pub use crate::report::{Report, ReportOptions, Totals};
