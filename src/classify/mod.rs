//! What rows mean beyond a single cell: Yearbook's report categories, and refunds linked to the
//! purchases they net. (Per-row kinds are decided by each parser, which knows its source's
//! columns.)

pub mod bank;
pub mod bank_cn;
mod alipay;
mod duplicates;
mod memo;
mod merchant;
mod own_accounts;
mod platforms;
pub mod places;
mod places_data;
mod refunds;
mod repeats;
mod rules;

pub use alipay::from_alipay;
pub use duplicates::mark_duplicates;
pub use memo::Memo;
pub use merchant::{clean_merchant, merchant_from_description};
pub use own_accounts::mark_own_transfers;
pub use platforms::mark_platform_duplicates;
pub use refunds::link_refunds;
pub use repeats::{mark_repeats, AlreadyIn, FileRows};
pub use rules::from_text;
