//! What rows mean beyond a single line: refunds linked to the purchases they net. (Per-row kinds
//! are decided by each parser, which knows its source's columns.)

mod refunds;

pub use refunds::link_refunds;
