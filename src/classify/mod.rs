//! What rows mean beyond a single cell: Yearbook's report categories, and refunds linked to the
//! purchases they net. (Per-row kinds are decided by each parser, which knows its source's
//! columns.)

pub mod bank;
pub mod bank_cn;
mod alipay;
mod duplicates;
mod merchant;
mod platforms;
pub mod places;
mod places_data;
mod refunds;
mod rules;

pub use alipay::from_alipay;
pub use duplicates::mark_duplicates;
pub use merchant::clean_merchant;
pub use platforms::mark_platform_duplicates;
pub use refunds::link_refunds;
pub use rules::from_text;
