//! What a WeChat Pay row means for the report: its kind and reason from `交易类型`, `收/支` and
//! `当前状态` (statement-formats.md §4), which way the money went, its category, and refunds
//! that only the purchase's status records.

use crate::model::{Category, Direction, Kind, Transaction};
use crate::money::parse_minor;
use crate::phrase;
use crate::phrase::{reasons as r, Phrase, Template};

/// The cells that decide a row's kind, with `/` already read as empty.
pub(super) struct Fields<'a> {
    /// `交易类型`: 商户消费, 微信红包, 零钱提现, `<商户>-退款`, …
    pub(super) kind: &'a str,
    pub(super) counterparty: &'a str,
    pub(super) description: &'a str,
    pub(super) status: &'a str,
    pub(super) direction: Direction,
}

/// Decides what a row means for the report, with the reason in words (statement-formats.md §4).
pub(super) fn classify(f: &Fields<'_>) -> (Kind, Phrase) {
    if f.status.contains("失败") {
        return (Kind::Cancelled, phrase!(r::WECHAT_FAILED, f.status));
    }
    if f.status.contains("已退还") {
        return (Kind::Cancelled, phrase!(r::WECHAT_RETURNED, f.status));
    }
    if f.kind.contains("退款") || (f.direction == Direction::In && f.status.contains("退款")) {
        return (Kind::Refund, Phrase::new(&r::REFUND));
    }
    let neutral = f.direction == Direction::Neutral;
    let t = f.kind;
    if t == "零钱充值" || (neutral && t.contains("充值")) {
        return (Kind::Transfer, Phrase::new(&r::WECHAT_TOP_UP));
    }
    if t == "零钱提现" || (neutral && t.contains("提现")) {
        return (Kind::Transfer, Phrase::new(&r::WECHAT_WITHDRAWAL));
    }
    if t.starts_with("转入零钱通") || t.starts_with("零钱通转出") || (neutral && t.contains("零钱"))
    {
        return (Kind::Transfer, phrase!(r::WECHAT_POCKETS, t));
    }
    if t == "购买理财通" || (neutral && t.contains("理财通")) {
        return (Kind::Investment, Phrase::new(&r::WECHAT_INVESTMENT));
    }
    if t == "信用卡还款" || (neutral && t.contains("还款")) {
        return (Kind::Repayment, Phrase::new(&r::WECHAT_REPAYMENT));
    }
    match f.direction {
        Direction::Out if t == "亲属卡交易" => {
            (Kind::Expense, Phrase::new(&r::WECHAT_FAMILY_CARD))
        }
        Direction::Out if f.status.contains("已全额退款") => {
            (Kind::Expense, phrase!(r::WECHAT_PAID_THEN_REFUNDED, f.status))
        }
        Direction::Out if f.status.starts_with("已退款") => {
            (Kind::Expense, phrase!(r::WECHAT_PAID_THEN_PARTLY_REFUNDED, f.status))
        }
        Direction::Out if is_gift(t) => (Kind::Expense, phrase!(r::WECHAT_GIFT_SENT, gift(t))),
        Direction::Out => (Kind::Expense, Phrase::new(&r::PAYMENT)),
        Direction::In if is_gift(t) => (Kind::Income, phrase!(r::WECHAT_GIFT_RECEIVED, gift(t))),
        Direction::In => (Kind::Income, Phrase::new(&r::INCOME)),
        Direction::Neutral => (Kind::Other, phrase!(r::WECHAT_NEUTRAL, t)),
    }
}

/// A purchase whose status says it was refunded (`已全额退款`, `已退款(￥30.00)`) but whose
/// refund row is not in this file (no refund from the same counterparty at or after it) is
/// netted from the status. With the refund row present, `classify::link_refunds` nets it
/// instead, so no refund is applied twice.
pub(super) fn net_refunded_by_status(transactions: &mut [Transaction]) {
    for i in 0..transactions.len() {
        let t = &transactions[i];
        let full = t.status.contains("已全额退款");
        if t.kind != Kind::Expense || !(full || t.status.starts_with("已退款")) {
            continue;
        }
        let refund_in_file = transactions.iter().any(|r| {
            r.kind == Kind::Refund && r.counterparty == t.counterparty && r.time >= t.time
        });
        if refund_in_file {
            continue;
        }
        let refunded = if full {
            t.spending_minor()
        } else {
            let written = t.status.trim_start_matches("已退款");
            let written = written.trim_matches(['(', ')', '（', '）', ' ']);
            match parse_minor(written, 2) {
                Ok(minor) => minor,
                Err(_) => continue,
            }
        };
        let t = &mut transactions[i];
        t.net_refund(refunded);
        t.reason = if t.spending_minor() == 0 {
            phrase!(r::WECHAT_REFUNDED_OUTSIDE, &*t.status)
        } else {
            phrase!(
                r::WECHAT_PARTLY_REFUNDED_OUTSIDE,
                &*t.status,
                crate::model::Money::cny(t.spending_minor())
            )
        };
    }
}

/// A refund row's counterparty and description, shaped so `classify::link_refunds` can find
/// its purchase: the counterparty falls back to the `<商户>` of a `<商户>-退款` type, and the
/// description reads `退款-<item>` like Alipay's.
pub(super) fn refund_names(f: &Fields<'_>) -> (String, String) {
    let counterparty = match f.counterparty {
        "" => f.kind.strip_suffix("-退款").unwrap_or_default(),
        named => named,
    };
    let description = if f.description.is_empty() || f.description.starts_with("退款") {
        f.description.to_string()
    } else {
        format!("退款-{}", f.description)
    };
    (counterparty.to_string(), description)
}

/// The report category: WeChat's gift types by their type, everything else by its text (once
/// per distinct text, through the file's `memo`).
pub(super) fn category(
    f: &Fields<'_>,
    counterparty: &str,
    memo: &mut crate::classify::Memo,
) -> Category {
    let base = f.kind.strip_suffix("-退款").unwrap_or(f.kind);
    if is_gift(base) {
        return Category::GiftsRedPackets;
    }
    if base == "亲属卡交易" {
        return Category::Other;
    }
    memo.from_text(counterparty, f.description)
}

/// Types that move money to or from a person as a gift.
fn is_gift(kind: &str) -> bool {
    kind.starts_with("微信红包") || matches!(kind, "转账" | "赞赏码" | "分分捐")
}

/// A gift type in words.
fn gift(kind: &str) -> &'static Template {
    match kind {
        "转账" => &r::GIFT_TRANSFER,
        "赞赏码" => &r::GIFT_TIP,
        "分分捐" => &r::GIFT_DONATION,
        _ => &r::GIFT_RED_PACKET,
    }
}

/// Which way the money went, from the WeChat Pay wallet's view (零钱 and 零钱通 together).
/// Neutral rows (`/`) still move money: a top-up comes in, a withdrawal or a repayment goes
/// out, a move between 零钱 and 零钱通 stays inside.
pub(super) fn flow(written: Direction, kind: Kind, type_text: &str) -> Direction {
    match (written, kind) {
        (_, Kind::Cancelled) => Direction::Neutral,
        (Direction::Neutral, Kind::Refund) => Direction::In,
        (Direction::Neutral, Kind::Transfer) => {
            let inside = type_text.ends_with("来自零钱") || type_text.ends_with("到零钱");
            if inside {
                Direction::Neutral
            } else if ["充值", "转入"].iter().any(|k| type_text.contains(k)) {
                Direction::In
            } else if ["提现", "转出"].iter().any(|k| type_text.contains(k)) {
                Direction::Out
            } else {
                Direction::Neutral
            }
        }
        (Direction::Neutral, Kind::Investment) => {
            if ["赎回", "卖出", "收益"].iter().any(|k| type_text.contains(k)) {
                Direction::In
            } else {
                Direction::Out
            }
        }
        (Direction::Neutral, Kind::Repayment) => Direction::Out,
        (written, _) => written,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_type_direction_and_status() {
        use Direction::*;
        use Kind::*;
        for (kind, direction, status, expected) in [
            ("商户消费", Out, "支付成功", Expense),
            ("微信红包", In, "已存入零钱", Income),
            ("微信红包", Out, "对方已收钱", Expense),
            ("转账", Out, "对方已退还", Cancelled),
            ("商户消费", Out, "支付失败", Cancelled),
            ("某商户-退款", In, "已全额退款", Refund),
            ("微信红包-退款", In, "已存入零钱", Refund),
            ("二维码收款", In, "已退款", Refund),
            ("商户消费", Out, "已全额退款", Expense),
            ("零钱充值", Neutral, "充值完成", Transfer),
            ("零钱提现", Neutral, "提现已到账", Transfer),
            ("转入零钱通-来自工商银行(9876)", Neutral, "支付成功", Transfer),
            ("零钱通转出-到零钱", Neutral, "支付成功", Transfer),
            ("购买理财通", Neutral, "支付成功", Investment),
            ("信用卡还款", Neutral, "支付成功", Repayment),
            ("亲属卡交易", Out, "支付成功", Expense),
            ("分付还款", Neutral, "支付成功", Repayment),
            ("某种新类型", Neutral, "支付成功", Other),
            // A top-up bought at a merchant is spending, not a move between pockets.
            ("话费充值", Out, "支付成功", Expense),
        ] {
            let fields = Fields { kind, counterparty: "", description: "", status, direction };
            assert_eq!(classify(&fields).0, expected, "{kind} {direction:?} {status}");
        }
    }

    #[test]
    fn neutral_rows_still_say_which_way_the_money_went() {
        use Direction::*;
        for (type_text, kind, expected) in [
            ("零钱充值", Kind::Transfer, In),
            ("零钱提现", Kind::Transfer, Out),
            ("转入零钱通-来自工商银行(9876)", Kind::Transfer, In),
            ("转入零钱通-来自零钱", Kind::Transfer, Neutral),
            ("零钱通转出-到零钱", Kind::Transfer, Neutral),
            ("零钱通转出-到工商银行(9876)", Kind::Transfer, Out),
            ("购买理财通", Kind::Investment, Out),
            ("信用卡还款", Kind::Repayment, Out),
            ("某商户-退款", Kind::Refund, In),
            ("某种新类型", Kind::Other, Neutral),
        ] {
            assert_eq!(flow(Neutral, kind, type_text), expected, "{type_text}");
        }
        assert_eq!(flow(Out, Kind::Cancelled, "转账"), Neutral);
    }

    #[test]
    fn refunds_carry_the_names_their_purchase_is_found_by() {
        let fields = |kind, counterparty, description| Fields {
            kind,
            counterparty,
            description,
            status: "已全额退款",
            direction: Direction::In,
        };
        for (f, expected) in [
            (
                fields("美团-退款", "美团平台商户", "美团订单-1"),
                ("美团平台商户", "退款-美团订单-1"),
            ),
            (fields("美团-退款", "", ""), ("美团", "")),
            (fields("微信红包-退款", "朋友", ""), ("朋友", "")),
            (fields("x-退款", "A", "退款-已写好"), ("A", "退款-已写好")),
        ] {
            let (counterparty, description) = refund_names(&f);
            assert_eq!((counterparty.as_str(), description.as_str()), expected);
        }
    }
}
