//! What rows mean beyond a single cell: Yearbook's report categories, and refunds linked to the
//! purchases they net. (Per-row kinds are decided by each parser, which knows its source's
//! columns.)

mod category;
mod refunds;

pub use category::{from_alipay, Category};
pub use refunds::link_refunds;
