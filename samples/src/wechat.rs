//! A synthetic year of WeChat Pay (微信支付), as records and as the 2026 XLSX export
//! "微信支付账单明细" (statement-formats.md §2b): the preamble with four notes, the marker and
//! the header on row 18, times as text, `金额(元)` as number cells shown as "¥", order numbers
//! as text. The mix per 100 rows: about 62 merchant payments (商户消费, a few refunded in full
//! with their `<商户>-退款` row), 8 QR-code payments (扫二维码付款), red packets (微信红包) 6
//! received and 4 sent, transfers to friends (转账) 4 sent and 3 received, 3 withdrawals
//! (零钱提现), 3 top-ups (零钱充值), 3 credit-card repayments (信用卡还款) and 4 fund
//! purchases (购买理财通).

use chrono::{Duration, NaiveDateTime};
use yearbook::sample::{hour_of_day, year_bounds, Rng, SAMPLE_YEAR};

/// What a row is, as the generator meant it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WechatMovement {
    /// A payment to a merchant or a QR code: spending.
    Payment,
    /// A payment later refunded in full (status 已全额退款): no spending once its refund is read.
    RefundedPayment,
    /// The refund row of a `RefundedPayment` (`<商户>-退款`, 收入).
    Refund,
    /// A red packet or a transfer sent to a person: a gift, counted as spending.
    GiftSent,
    /// A red packet or a transfer received: income.
    GiftReceived,
    /// Money between 零钱 and the holder's card (提现, 充值): neither income nor spending.
    Wallet,
    /// A credit card paid off: not spending.
    Repayment,
    /// A fund bought through 理财通: not spending.
    Investment,
}

/// One row of the statement.
#[derive(Debug, Clone, PartialEq)]
pub struct WechatRecord {
    /// When it happened (wall-clock time, UTC+8).
    pub time: NaiveDateTime,
    /// What it is.
    pub movement: WechatMovement,
    /// `交易类型`.
    pub kind: String,
    /// `交易对方`.
    pub counterparty: String,
    /// `商品`.
    pub item: String,
    /// `收/支`: 支出, 收入 or `/`.
    pub direction: &'static str,
    /// `金额(元)` in fen, never negative.
    pub amount_minor: i64,
    /// `支付方式`.
    pub method: &'static str,
    /// `当前状态`.
    pub status: &'static str,
    /// `交易单号`.
    pub id: String,
    /// `商户单号`, `/` when there is none.
    pub merchant_order: String,
}

/// `rows` rows of one year, newest first like the export.
pub fn wechat_records(rows: usize, seed: u64) -> Vec<WechatRecord> {
    let mut rng = Rng(seed ^ 0x5EC4_A700_0000_0017);
    let (start, end) = year_bounds();
    let mut records: Vec<WechatRecord> = Vec::with_capacity(rows);
    let mut serial = 0u64;
    while records.len() < rows {
        serial += 1;
        let time = start
            + Duration::days(rng.below(365) as i64)
            + Duration::seconds(hour_of_day(&mut rng) * 3600 + rng.below(3600) as i64);
        let id = format!("42000{:05}{}{:08}", rng.below(100_000), time.format("%Y%m%d"), serial);
        let pick = rng.below(100);
        let method = METHODS[rng.below(METHODS.len() as u64) as usize];
        let mut record = WechatRecord {
            time,
            movement: WechatMovement::Payment,
            kind: String::new(),
            counterparty: String::new(),
            item: "/".to_string(),
            direction: "支出",
            amount_minor: 0,
            method,
            status: "支付成功",
            id: id.clone(),
            merchant_order: "/".to_string(),
        };
        if pick < 62 {
            let (merchant, item, low, high) = MERCHANTS[rng.below(MERCHANTS.len() as u64) as usize];
            record.kind = "商户消费".to_string();
            record.counterparty = merchant.to_string();
            // The merchant's order number makes every item unique, as in the real export.
            record.item = format!("{item}-{serial:08}");
            record.amount_minor = rng.between(low, high);
            record.merchant_order = format!("M{}{serial:08}", time.format("%Y%m%d"));
            if rng.below(25) == 0 && records.len() + 2 <= rows {
                record.movement = WechatMovement::RefundedPayment;
                record.status = "已全额退款";
                let later = (time + Duration::hours(2 + rng.below(72) as i64)).min(end);
                records.push(WechatRecord {
                    time: later,
                    movement: WechatMovement::Refund,
                    kind: format!("{merchant}-退款"),
                    direction: "收入",
                    id: format!("50000{}{serial:08}", later.format("%Y%m%d")),
                    ..record.clone()
                });
            }
        } else if pick < 70 {
            let (shop, low, high) = QR_SHOPS[rng.below(QR_SHOPS.len() as u64) as usize];
            record.kind = "扫二维码付款".to_string();
            record.counterparty = shop.to_string();
            record.item = "收款方备注:二维码收款".to_string();
            record.amount_minor = rng.between(low, high);
            record.status = "已转账";
        } else if pick < 84 {
            let friend = FRIENDS[rng.below(FRIENDS.len() as u64) as usize];
            record.counterparty = friend.to_string();
            let (kind, direction, status, movement) = match pick {
                70..=75 => ("微信红包", "收入", "已存入零钱", WechatMovement::GiftReceived),
                76..=79 => ("微信红包", "支出", "支付成功", WechatMovement::GiftSent),
                _ => ("转账", "支出", "对方已收钱", WechatMovement::GiftSent),
            };
            record.kind = kind.to_string();
            record.direction = direction;
            record.status = status;
            record.movement = movement;
            record.amount_minor = rng.between(100, 50_000);
            if movement == WechatMovement::GiftReceived {
                record.method = "/";
            }
        } else if pick < 87 {
            let friend = FRIENDS[rng.below(FRIENDS.len() as u64) as usize];
            record.kind = "转账".to_string();
            record.counterparty = friend.to_string();
            record.direction = "收入";
            record.status = "已收钱";
            record.method = "/";
            record.movement = WechatMovement::GiftReceived;
            record.amount_minor = rng.between(1_000, 100_000);
        } else if pick < 93 {
            let withdraw = pick < 90;
            record.kind = if withdraw { "零钱提现" } else { "零钱充值" }.to_string();
            record.counterparty = CARD.to_string();
            record.direction = "/";
            record.status = if withdraw { "提现已到账" } else { "充值完成" };
            record.method = if withdraw { "零钱" } else { CARD };
            record.movement = WechatMovement::Wallet;
            record.amount_minor = rng.between(10_000, 300_000);
        } else if pick < 96 {
            record.kind = "信用卡还款".to_string();
            record.counterparty = "招商银行信用卡还款".to_string();
            record.direction = "/";
            record.method = "零钱";
            record.movement = WechatMovement::Repayment;
            record.amount_minor = rng.between(50_000, 800_000);
        } else {
            record.kind = "购买理财通".to_string();
            record.counterparty = "理财通".to_string();
            record.item = "鹏华增值宝(000569)".to_string();
            record.direction = "/";
            record.method = CARD;
            record.movement = WechatMovement::Investment;
            record.amount_minor = rng.between(10_000, 1_000_000);
        }
        records.push(record);
    }
    records.truncate(rows);
    records.sort_by(|a, b| b.time.cmp(&a.time).then_with(|| a.id.cmp(&b.id)));
    records
}

/// A cell of the synthetic sheet.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    /// Text, stored in the shared strings.
    Text(String),
    /// A money amount in fen, stored as a number shown with "¥".
    Yuan(i64),
}

/// The sheet's rows from row 1: the preamble, the marker, the header, then the records.
pub(crate) fn sheet_rows(records: &[WechatRecord]) -> Vec<Vec<Cell>> {
    let text = |s: &str| vec![Cell::Text(s.to_string())];
    let sum = |pick: &dyn Fn(&WechatRecord) -> bool| -> (usize, i64) {
        let matching = records.iter().filter(|r| pick(r));
        (matching.clone().count(), matching.map(|r| r.amount_minor).sum())
    };
    let (n_in, in_minor) = sum(&|r| r.direction == "收入");
    let (n_out, out_minor) = sum(&|r| r.direction == "支出");
    let (n_neutral, neutral_minor) = sum(&|r| r.direction == "/");
    let yuan = |minor: i64| yearbook::money::format_minor(minor, 2).replace(',', "");
    let mut rows = vec![
        text("微信支付账单明细"),
        text("微信昵称：[示例用户]"),
        text(&format!(
            "起始时间：[{SAMPLE_YEAR}-01-01 00:00:00] 终止时间：[{SAMPLE_YEAR}-12-31 23:59:59]"
        )),
        text("导出类型：[全部]"),
        text(&format!("导出时间：[{}-01-05 10:00:00]", SAMPLE_YEAR + 1)),
        Vec::new(),
        text(&format!("共{}笔记录", records.len())),
        text(&format!("收入：{n_in}笔 {}元", yuan(in_minor))),
        text(&format!("支出：{n_out}笔 {}元", yuan(out_minor))),
        text(&format!("中性交易：{n_neutral}笔 {}元", yuan(neutral_minor))),
        text("注："),
        text("1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易"),
        text("2. 本明细仅展示当前账单中的交易，不包括已删除的记录"),
        text("3. 本明细仅供个人对账使用"),
        text("4. 本账单中所有时间均为UTC+08:00时间"),
        Vec::new(),
        text("----------------------微信支付账单明细列表--------------------"),
        HEADER.iter().map(|h| Cell::Text(h.to_string())).collect(),
    ];
    for r in records {
        rows.push(vec![
            Cell::Text(r.time.format("%Y-%m-%d %H:%M:%S").to_string()),
            Cell::Text(r.kind.clone()),
            Cell::Text(r.counterparty.clone()),
            Cell::Text(r.item.clone()),
            Cell::Text(r.direction.to_string()),
            Cell::Yuan(r.amount_minor),
            Cell::Text(r.method.to_string()),
            Cell::Text(r.status.to_string()),
            Cell::Text(format!("{}\t", r.id)),
            Cell::Text(format!("{}\t", r.merchant_order)),
            Cell::Text("/".to_string()),
        ]);
    }
    rows
}

const HEADER: [&str; 11] = [
    "交易时间",
    "交易类型",
    "交易对方",
    "商品",
    "收/支",
    "金额(元)",
    "支付方式",
    "当前状态",
    "交易单号",
    "商户单号",
    "备注",
];

const CARD: &str = "招商银行(1234)";
const METHODS: &[&str] = &["零钱", "零钱", "零钱通", CARD, "中国银行信用卡(5678)"];
const FRIENDS: &[&str] = &["张三", "李四", "王小明", "陈静", "刘洋"];

/// (merchant, item, low and high fen).
const MERCHANTS: &[(&str, &str, i64, i64)] = &[
    ("美团平台商户", "美团订单", 1_500, 12_000),
    ("瑞幸咖啡", "瑞幸咖啡订单", 990, 3_600),
    ("滴滴出行", "滴滴快车", 800, 9_000),
    ("拼多多平台商户", "商户单号", 500, 20_000),
    ("京东商城平台商户", "京东订单", 1_000, 80_000),
    ("肯德基", "KFC点餐", 1_500, 9_000),
    ("中国移动", "话费充值", 3_000, 20_000),
    ("腾讯视频", "VIP会员", 1_500, 3_000),
];

/// (shop, low and high fen).
const QR_SHOPS: &[(&str, i64, i64)] = &[
    ("罗森便利店", 300, 4_000),
    ("老王面馆", 1_200, 4_500),
    ("菜市场水果摊", 500, 6_000),
    ("社区理发店", 2_000, 8_000),
];
