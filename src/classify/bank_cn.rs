//! What a Chinese bank or card row means, from the words its type column and texts use
//! (cn-bank-formats.md: ICBC `摘要`, CMB `交易摘要`, BOC `交易名称`, CGB's `（分期）` prefix, …).
//! A table of rules tried in order, the first whose word the row's text holds and whose money
//! goes the right way wins; `bank.rs` asks here before its own (English) rules, so a row with no
//! Chinese word is not affected. Add a word, not a branch.
//!
//! The order is the point: a reward (`掌上生活还款回馈金`) before a repayment, a fee
//! (`分期手续费`) before an instalment, an instalment before a repayment, a repayment
//! (`信用卡转账还款`) before a transfer.
//!
//! **Instalments (分期) count once, as the purchase.** A card purchase is spending on the day it
//! is made, like any other; when it is later split into instalments, each month's `分期` posting
//! pays back credit already spent, so it is a repayment, and the bank's `分期转出` credit that
//! moves the purchase into the plan is not a refund (the purchase stays counted). Counting the
//! instalments instead would spread one purchase over months and years the person did not spend
//! in, and would count it twice wherever the statement also lists the purchase. The cost: an
//! instalment plan whose purchase lies before the first statement read shows no spending, which
//! the reason says.

use crate::model::Kind;
use crate::phrase::reasons as r;
use crate::phrase::{Phrase, Template};

/// Which way the money must go for a rule to apply.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Way {
    Out,
    In,
    Any,
}

/// One rule: any of `words` in the text, money going `way` → `kind`, said by `reason`.
struct Rule {
    words: &'static [&'static str],
    way: Way,
    kind: Kind,
    reason: &'static Template,
}

const RULES: &[Rule] = &[
    Rule {
        words: &["手续费", "年费", "服务费", "工本费", "短信费", "管理费", "滞纳金", "利息"],
        way: Way::Out,
        kind: Kind::Expense,
        reason: &r::CN_FEE,
    },
    Rule {
        words: &["回馈金", "返现", "现金奖励", "刷卡金返还", "积分兑换", "红包返还"],
        way: Way::In,
        kind: Kind::Income,
        reason: &r::CN_REWARD,
    },
    Rule {
        words: &["分期转出", "分期本金转出", "转分期"],
        way: Way::In,
        kind: Kind::Transfer,
        reason: &r::CN_INSTALMENT_PLAN,
    },
    Rule { words: &["分期"], way: Way::Out, kind: Kind::Repayment, reason: &r::CN_INSTALMENT },
    Rule {
        words: &["还款", "还贷"],
        way: Way::Any,
        kind: Kind::Repayment,
        reason: &r::CN_REPAYMENT,
    },
    Rule {
        words: &["退款", "退货", "冲正", "退回"],
        way: Way::In,
        kind: Kind::Refund,
        reason: &r::REFUND,
    },
    Rule {
        words: &["工资", "代发", "薪资", "薪金", "奖金", "公积金", "报销"],
        way: Way::In,
        kind: Kind::Income,
        reason: &r::CN_SALARY,
    },
    Rule {
        words: &["利息", "结息", "存息"],
        way: Way::In,
        kind: Kind::Income,
        reason: &r::CN_INTEREST,
    },
    Rule {
        words: &["取款", "取现", "ATM"],
        way: Way::Out,
        kind: Kind::Transfer,
        reason: &r::CN_CASH,
    },
    Rule {
        words: &["基金", "理财", "申购", "赎回", "朝朝宝", "余额宝", "零钱通", "小金库", "证券"],
        way: Way::Any,
        kind: Kind::Investment,
        reason: &r::CN_INVESTMENT,
    },
    Rule {
        words: &["提现"], way: Way::In, kind: Kind::Transfer, reason: &r::CN_WALLET_WITHDRAWAL
    },
    Rule { words: &["充值"], way: Way::Out, kind: Kind::Transfer, reason: &r::CN_TOP_UP },
    Rule {
        words: &["消费", "支付", "购物", "缴费"],
        way: Way::Out,
        kind: Kind::Expense,
        reason: &r::CN_PURCHASE,
    },
    Rule {
        words: &["转账", "网转", "汇款", "跨行", "转存", "转支", "汇入", "银联入账", "他行"],
        way: Way::Out,
        kind: Kind::Expense,
        reason: &r::CN_TRANSFER_OUT,
    },
    Rule {
        words: &["转账", "网转", "汇款", "跨行", "转存", "转支", "汇入", "银联入账", "他行"],
        way: Way::In,
        kind: Kind::Income,
        reason: &r::CN_TRANSFER_IN,
    },
];

/// True when `text` holds a Chinese character: only such rows are matched here, so that
/// `ATM` on a Western statement keeps its own rules.
fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The kind and reason of a row whose `text` (type word, counterparty and description) is
/// Chinese, when one of the rules knows it; `amount_minor` is signed, money out negative and
/// never zero here.
pub(crate) fn kind_of_cn(amount_minor: i64, text: &str) -> Option<(Kind, Phrase)> {
    if !is_chinese(text) {
        return None;
    }
    let way = if amount_minor < 0 { Way::Out } else { Way::In };
    RULES
        .iter()
        .find(|rule| {
            (rule.way == Way::Any || rule.way == way) && rule.words.iter().any(|w| text.contains(w))
        })
        .map(|rule| (rule.kind, Phrase::new(rule.reason)))
}

/// True for a name of two or three Chinese characters and nothing else, as most people's
/// names are (`张三`); a merchant's text is longer (`网银在线`), a rule's word is matched first.
fn is_personal_name(text: &str) -> bool {
    let count = text.chars().count();
    (2..=3).contains(&count) && text.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Money onto a credit card from a person (BOC credit writes the payer's name as the
/// description of a repayment, cn-bank-formats.md §3b): a repayment.
pub(crate) fn card_repaid_by_person(
    amount_minor: i64,
    counterparty: &str,
    credit_card: bool,
) -> bool {
    credit_card && amount_minor > 0 && is_personal_name(counterparty.trim())
}

/// True for a reason given to fees, whose rows belong in the Fees category.
pub fn is_fee_reason(reason: &Phrase) -> bool {
    std::ptr::eq(reason.template(), &r::CN_FEE) || std::ptr::eq(reason.template(), &r::BANK_FEE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(amount: i64, text: &str) -> Option<Kind> {
        kind_of_cn(amount, text).map(|(kind, _)| kind)
    }

    #[test]
    fn the_words_of_chinese_statements() {
        // Repayments, whichever way the money goes (the card's side and the account's side).
        for text in [
            "自动还款",
            "财付通还款",
            "掌上生活还款",
            "信用卡还款 转账还款-哈哈",
            "（还款）云闪付 银联入账-张三",
            "正常还款",
            "人民币自动转帐还款",
        ] {
            assert_eq!(kind(-100, text), Some(Kind::Repayment), "{text}");
            assert_eq!(kind(100, text), Some(Kind::Repayment), "{text}");
        }
        assert_eq!(
            kind(126, "掌上生活还款回馈金"),
            Some(Kind::Income),
            "a reward, not a repayment"
        );
        assert_eq!(kind(9720, "（退款）示例商户B"), Some(Kind::Refund));
        assert_eq!(kind(9720, "退货 美团"), Some(Kind::Refund));
        assert_eq!(kind(123_400, "代发住房公积金"), Some(Kind::Income));
        assert_eq!(kind(500_000, "工资"), Some(Kind::Income));
        assert_eq!(kind(1, "结息 个人活期结息"), Some(Kind::Income));
        assert_eq!(kind(-100_000, "银联ATM取款"), Some(Kind::Transfer));
        assert_eq!(kind(-38_742, "（分期）银联分期00000000000/10/12期"), Some(Kind::Repayment));
        assert_eq!(kind(-2_000, "分期手续费"), Some(Kind::Expense), "a fee first");
        assert_eq!(kind(600_000, "分期转出"), Some(Kind::Transfer), "the purchase stays counted");
        assert_eq!(kind(-10_079, "网上支付 基金理财产品申购"), Some(Kind::Investment));
        assert_eq!(
            kind(300_000, "网上快捷提现 支付宝-张三-张三支付宝余额提现"),
            Some(Kind::Transfer)
        );
        assert_eq!(kind(-100_000, "转账汇款 张三"), Some(Kind::Expense));
        assert_eq!(kind(100_000, "他行汇入 张三"), Some(Kind::Income));
        assert_eq!(kind(-321, "信用卡转账还款"), Some(Kind::Repayment), "before a transfer");
        // A purchase has no rule here; English text is not matched at all.
        assert_eq!(kind(-1_000, "异地跨行消费 网上国网"), Some(Kind::Expense));
        assert_eq!(kind(-5_000, "信用卡利息"), Some(Kind::Expense), "interest charged is a cost");
        assert_eq!(kind(-1_340, "广东三元麦当劳食品有"), None);
        assert_eq!(kind(-4_000, "ATM Cash at Sparkasse"), None);
        assert_eq!(kind(-200, "FEE"), None);
    }
}
