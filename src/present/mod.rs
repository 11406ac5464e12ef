//! Presentation: the report as a person reads it, in Chinese or English. `describe_report`
//! turns every section into a title, plain sentences, the id of its chart and a table of display
//! strings, so the page and `report.html` render sections generically and compute nothing;
//! `i18n` holds every fixed word the charts and sections use, in both languages.

mod describe;
pub mod format;
pub mod html;
pub mod i18n;
mod sections;

pub use describe::{describe_report, Section, Table};

pub use crate::lang::Lang;
