//! The Chinese banks' statement layouts (cn-bank-formats.md §1–§9) as profiles, read by
//! `profile.rs` like every other bank's: ICBC (debit v1, v2 and credit, straight from online
//! banking), CMB (debit, credit), BOC (debit, credit), BOCOM (debit, credit), ABC debit and CGB
//! credit (the CSVs bill-file-converter writes from the banks' PDF statements: rows may be
//! shorter than the header, columns the person turned off are missing, so every role is found
//! by name), and the `.xls` workbooks of CITIC credit, SPDB debit and CCB, whose sheets
//! `xls.rs` turns into the same delimited text first.
//!
//! Each signature is the header's first cells, which tell the layouts apart; the header may sit
//! below a preamble (ICBC's `明细查询文件下载`, CMB credit's title, CCB's four lines), is
//! trimmed of ICBC's padding and TABs and CCB's trailing spaces, and has the Kangxi radicals of
//! older converter output replaced. Card statements that list spending as positive say
//! `invert`; what each row means is decided from its type word and text by
//! `classify/bank_cn.rs`, not here.

use super::profile::{Amount, Party, Profile, BASE};
use crate::model::Currency;

const CNY: Option<Currency> = Some(Currency::CNY);

pub(super) const CN_PROFILES: &[Profile] = &[
    // §1. The booked pair `记账金额(收入)`/`(支出)`, unsigned with thousands separators, in
    // `记账币种` (`人民币`); every cell padded and ending in a TAB; a trailing comma; a footer
    // `人民币合计` (debit) or `合计金额` (credit) after a line holding one space.
    Profile {
        name: "ICBC 工商银行",
        signatures: &[
            &["交易日期", "摘要", "交易场所", "交易国家或地区简称"],
            &["交易日期", "摘要", "交易详情", "交易场所"],
        ],
        date: &["交易日期"],
        amount: Amount::Split { debit: "记账金额(支出)", credit: "记账金额(收入)" },
        decimal: Some('.'),
        currency_column: &["记账币种"],
        currency: CNY,
        counterparty: Party::Columns(&["对方户名", "交易场所"]),
        description: &["交易详情", "交易场所"],
        type_code: &["摘要"],
        footer: &["合计", "合计金额"],
        ..BASE
    },
    Profile {
        name: "ICBC 工商银行信用卡",
        signatures: &[&["交易日期", "记账日期", "摘要", "交易场所"]],
        date: &["交易日期", "记账日期"],
        amount: Amount::Split { debit: "记账金额(支出)", credit: "记账金额(收入)" },
        decimal: Some('.'),
        currency_column: &["记账币种"],
        currency: CNY,
        counterparty: Party::Columns(&["交易场所", "对方户名"]),
        description: &["对方户名"],
        type_code: &["摘要"],
        credit_card: true,
        footer: &["合计", "合计金额"],
        ..BASE
    },
    // §2a. No preamble; signed `交易金额`; the column set depends on the export settings.
    Profile {
        name: "CMB 招商银行",
        signatures: &[&["记账日期", "货币", "交易金额"]],
        date: &["记账日期"],
        amount: Amount::Signed(&["交易金额"]),
        decimal: Some('.'),
        currency_column: &["货币"],
        currency: CNY,
        counterparty: Party::Columns(&["对手信息"]),
        description: &["客户摘要"],
        type_code: &["交易摘要"],
        ..BASE
    },
    // §2b. `MM/DD` without a year (the title names the bill's month); `交易日` empty on
    // repayments; positive `人民币金额` is spending.
    Profile {
        name: "CMB 招商银行信用卡",
        signatures: &[&["交易日", "记账日", "交易摘要"]],
        date: &["交易日", "记账日"],
        amount: Amount::Signed(&["人民币金额"]),
        decimal: Some('.'),
        currency: CNY,
        counterparty: Party::Columns(&["交易摘要"]),
        type_code: &["交易摘要"],
        account: &["卡号末四位"],
        credit_card: true,
        invert: true,
        title_period: true,
        ..BASE
    },
    // §3a. Title `中国银行交易流水明细单`; signed `金额`, date and time; dashes as placeholders.
    Profile {
        name: "BOC 中国银行",
        signatures: &[&["记账日期", "记账时间", "币别", "金额"]],
        date: &["记账日期"],
        time: &["记账时间"],
        amount: Amount::Signed(&["金额"]),
        decimal: Some('.'),
        currency_column: &["币别"],
        currency: CNY,
        counterparty: Party::Columns(&["对方账户名"]),
        description: &["附言"],
        type_code: &["交易名称"],
        account: &["借记卡号"],
        ..BASE
    },
    // §3b. Title `中国银行信用卡账单(YYYY年MM月)`; `存入`/`支出` unsigned; `币种` per section.
    Profile {
        name: "BOC 中国银行信用卡",
        signatures: &[&["交易日", "银行记账日", "卡号后四位", "交易描述"]],
        date: &["交易日", "银行记账日"],
        amount: Amount::Split { debit: "支出", credit: "存入" },
        decimal: Some('.'),
        currency_column: &["币种"],
        currency: CNY,
        counterparty: Party::Columns(&["交易描述"]),
        account: &["卡号后四位"],
        credit_card: true,
        title_period: true,
        ..BASE
    },
    // §4a. Unsigned `交易金额`, the way in `借贷` (`借 Dr` out, `贷 Cr` in).
    Profile {
        name: "BOCOM 交通银行",
        signatures: &[&["序号", "交易日期", "交易时间", "交易类型", "借贷"]],
        date: &["交易日期"],
        time: &["交易时间"],
        amount: Amount::Directed {
            amount: "交易金额",
            direction: "借贷",
            out: &["借 Dr", "借", "Dr"],
            into: &["贷 Cr", "贷", "Cr"],
        },
        decimal: Some('.'),
        currency: CNY,
        counterparty: Party::Columns(&["对方户名"]),
        description: &["交易地点", "摘要"],
        type_code: &["交易类型"],
        ..BASE
    },
    // §4b. `CNY 12.34` (or `CNY13.50`) holds the currency and the unsigned amount; the way is
    // the first word of `交易说明`, deg's whitelist.
    Profile {
        name: "BOCOM 交通银行信用卡",
        signatures: &[&["交易日期", "记账日期", "交易说明", "交易币种/金额"]],
        date: &["交易日期", "记账日期"],
        amount: Amount::Directed {
            amount: "入账币种/金额",
            direction: "交易说明",
            out: &["消费", "分期扣款", "刷卡金扣回", "自动购汇扣款", "取现", "费用", "利息"],
            into: &["退货", "退款", "信用卡还款", "红包还款", "刷卡金返还", "自动购汇还款", "还款"],
        },
        decimal: Some('.'),
        currency_column: &["入账币种/金额"],
        currency: CNY,
        counterparty: Party::Columns(&["交易说明"]),
        type_code: &["交易说明"],
        credit_card: true,
        ..BASE
    },
    // §5. `YYYYMMDD` and `HHMMSS` (empty on batch rows); explicit `+`/`-`; ragged rows.
    Profile {
        name: "ABC 农业银行",
        signatures: &[&["交易日期", "交易时间", "交易摘要", "交易金额", "本次余额"]],
        date: &["交易日期"],
        time: &["交易时间"],
        amount: Amount::Signed(&["交易金额"]),
        decimal: Some('.'),
        currency: CNY,
        counterparty: Party::Columns(&["对手信息"]),
        description: &["交易附言"],
        type_code: &["交易摘要"],
        ..BASE
    },
    // §6. `YYYY/MM/DD`; signed `入账金额`, positive is spending; `（消费）`-style type prefix.
    Profile {
        name: "CGB 广发银行信用卡",
        signatures: &[&["交易日期", "入账日期", "交易摘要", "交易金额", "交易货币"]],
        date: &["交易日期", "入账日期"],
        amount: Amount::Signed(&["入账金额"]),
        decimal: Some('.'),
        currency_column: &["入账货币"],
        currency: CNY,
        counterparty: Party::Columns(&["交易摘要"]),
        type_code: &["交易摘要"],
        credit_card: true,
        invert: true,
        ..BASE
    },
    // §7 (`.xls`). Sheet `本期账单明细(人民币)`; text cells, `结算金额` signed, positive is
    // spending (deg reads `交易金额`, wrong for foreign currency); `卡末四位` a number cell.
    Profile {
        name: "CITIC 中信银行信用卡",
        signatures: &[&["交易日期", "入账日期", "交易描述", "卡末四位"]],
        date: &["交易日期", "入账日期"],
        amount: Amount::Signed(&["结算金额"]),
        decimal: Some('.'),
        currency_column: &["结算币种"],
        currency: CNY,
        counterparty: Party::Columns(&["交易描述"]),
        account: &["卡末四位"],
        credit_card: true,
        invert: true,
        ..BASE
    },
    // §8 (`.xls`). Row 0 `账号,…`; `交易日期` holds date and time with two spaces; unsigned
    // `存入金额`/`取出金额`; a totals row `合计` in some exports.
    Profile {
        name: "SPDB 浦发银行",
        signatures: &[&["顺序号", "交易日期", "交易类型", "存入金额", "取出金额"]],
        date: &["交易日期"],
        amount: Amount::Split { debit: "取出金额", credit: "存入金额" },
        decimal: Some('.'),
        currency: CNY,
        counterparty: Party::Columns(&["交易对手名称"]),
        description: &["附言"],
        type_code: &["交易类型"],
        account_preamble: Some("账号"),
        footer: &["合计"],
        ..BASE
    },
    // §9 (`.xls`). Four preamble rows from `China Construction Bank`; header cells padded with
    // spaces; `支出`/`收入` number cells, 0 when unused; footer `以上数据仅供参考…`.
    Profile {
        name: "CCB 建设银行",
        signatures: &[&["记账日", "交易日期", "交易时间", "支出", "收入"]],
        date: &["交易日期", "记账日"],
        time: &["交易时间"],
        amount: Amount::Split { debit: "支出", credit: "收入" },
        decimal: Some('.'),
        currency_column: &["币种"],
        currency: CNY,
        counterparty: Party::Columns(&["对方户名", "对方账号"]),
        description: &["交易地点"],
        type_code: &["摘要"],
        footer: &["以上数据仅供参考", "具体内容请以柜台为准"],
        ..BASE
    },
];
