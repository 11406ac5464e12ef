//! Yearbook: an annual report of a person's payments, computed and drawn on their own device.
//!
//! The crate is a pure pipeline that builds and tests natively:
//! bytes → [`decode`] → [`parse`] (detect + read, with [`classify`] giving every row a kind and a
//! reason) → [`report`] → [`chart`]. [`sample`] makes deterministic synthetic statements for the
//! demo, the tests and the benchmarks. The only wasm boundary is `web.rs`; the command line lives
//! in `src/bin/yearbook.rs`. See ARCHITECTURE.md for the map and the invariants.

pub mod chart;
pub mod classify;
pub mod decode;
pub mod error;
pub mod model;
pub mod money;
pub mod parse;
pub mod report;
pub mod sample;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use crate::error::{Error, ErrorKind, Position, Warning};
pub use crate::model::{Currency, Direction, Kind, Money, Source, Transaction};
pub use crate::parse::{parse_bytes, Parsed};
pub use crate::report::{Report, Totals};
