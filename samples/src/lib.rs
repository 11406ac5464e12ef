//! The benchmark's synthetic statements other than the demo's Alipay export (which stays in the
//! core, `yearbook::sample`): a US checking account as Chase's CSV, OFX, camt.053 and MT940,
//! and WeChat Pay's XLSX. Deterministic for a given `(rows, seed)`. A dev-only workspace crate, used by `cargo
//! xtask sample`/`bench` and by the core's tests, so the shipped crate and its `.wasm` carry
//! none of these generators nor a ZIP writer.

mod bank;
mod camt;
mod chase;
mod mt940;
mod ofx;
mod wechat;
mod xlsx;

pub use bank::{bank_records, BankRecord, Movement};
pub use camt::camt053_statement;
pub use chase::{chase_checking, CHASE_HEADER};
pub use mt940::mt940_statement;
pub use ofx::ofx_statement;
pub use wechat::{wechat_records, WechatMovement, WechatRecord};
pub use xlsx::wechat_xlsx;
pub use yearbook::sample::SAMPLE_YEAR;
