//! Deterministic synthetic statements: a year of realistic Alipay 2023-layout rows (dining,
//! groceries, transport, shopping, culture, refunds, transfers, investments, repayments and
//! cancelled orders across several cities). Used by the demo button, the tests and the
//! benchmarks. The same `(rows, seed)` always gives the same bytes. The benchmark's other inputs
//! (a US checking account as Chase CSV and OFX, WeChat Pay's XLSX) are made by
//! the dev-only `samples/` crate, which shares this module's [`Rng`], so the shipped crate
//! carries none of them.

use crate::money::format_minor;
use chrono::{Duration, NaiveDate, NaiveDateTime};
use std::fmt::Write as _;

/// The year the synthetic statements cover.
pub const SAMPLE_YEAR: i32 = 2025;

/// A synthetic Alipay 2023+ export of `rows` data rows, GB18030-encoded like the real file.
pub fn alipay_2023(rows: usize, seed: u64) -> Vec<u8> {
    let text = alipay_2023_text(rows, seed);
    let (bytes, _, _) = encoding_rs::GB18030.encode(&text);
    bytes.into_owned()
}

/// The first and the last second of [`SAMPLE_YEAR`].
pub fn year_bounds() -> (NaiveDateTime, NaiveDateTime) {
    let at = |month, day, h, m, s| {
        NaiveDate::from_ymd_opt(SAMPLE_YEAR, month, day)
            .and_then(|d| d.and_hms_opt(h, m, s))
            .unwrap_or_default()
    };
    (at(1, 1, 0, 0, 0), at(12, 31, 23, 59, 59))
}

/// The same statement as text.
pub fn alipay_2023_text(rows: usize, seed: u64) -> String {
    let mut rng = Rng(seed ^ 0x9E37_79B9_7F4A_7C15);
    let mut lines: Vec<Line> = Vec::with_capacity(rows);
    let (start, end) = year_bounds();
    let mut order = 0u64;
    while lines.len() < rows {
        order += 1;
        let time = start
            + Duration::days(rng.below(365) as i64)
            + Duration::seconds(hour_of_day(&mut rng) * 3600 + rng.below(3600) as i64);
        let id = format!("{}{:08}{:06}", time.format("%Y%m%d"), rng.below(100_000_000), order);
        let pick = rng.below(100);
        let line = if pick < 72 {
            let (category, merchants, low, high) = pick_spending(&mut rng);
            let (merchant, item) = merchants[rng.below(merchants.len() as u64) as usize];
            let city = CITIES[rng.below(CITIES.len() as u64) as usize];
            let amount = rng.between(low, high);
            let purchase = Line {
                time,
                category,
                counterparty: merchant.replace("{city}", city),
                account: "/".into(),
                item: item.to_string(),
                direction: "支出",
                amount,
                method: METHODS[rng.below(METHODS.len() as u64) as usize],
                status: if rng.below(40) == 0 { "等待确认收货" } else { "交易成功" },
                id: id.clone(),
            };
            // About one purchase in twenty is refunded, fully or in part, a few days later.
            if rng.below(20) == 0 && lines.len() + 2 <= rows {
                let partial = rng.below(3) == 0;
                let refund_amount = if partial { amount / 2 } else { amount };
                let later = time + Duration::hours(24 * (1 + rng.below(6) as i64));
                let refund = Line {
                    // Keep the refund inside the year, after its purchase.
                    time: later.min(end).max(time),
                    category: "退款",
                    counterparty: purchase.counterparty.clone(),
                    account: "/".into(),
                    item: format!("退款-{}", purchase.item),
                    direction: "不计收支",
                    amount: refund_amount,
                    method: purchase.method,
                    status: "退款成功",
                    id: format!("{id}_{}", rng.below(1_000_000)),
                };
                lines.push(refund);
            }
            purchase
        } else if pick < 80 {
            Line::neutral(
                time,
                "投资理财",
                "余额宝",
                "余额宝-单次转入",
                rng.between(10_000, 500_000),
                "余额",
                &id,
            )
        } else if pick < 84 {
            Line::neutral(
                time,
                "投资理财",
                "蚂蚁财富-蚂蚁（杭州）基金销售有限公司",
                "蚂蚁财富-易方达蓝筹精选混合-买入",
                rng.between(10_000, 200_000),
                "余额宝",
                &id,
            )
        } else if pick < 88 {
            Line::neutral(
                time,
                "信用借还",
                "花呗",
                "花呗主动还款-2025年账单",
                rng.between(50_000, 600_000),
                "招商银行(9876)",
                &id,
            )
        } else if pick < 90 {
            Line::neutral(
                time,
                "日用百货",
                "某网店",
                "已关闭的订单",
                rng.between(1000, 20_000),
                "",
                &id,
            )
            .with_status("交易关闭")
        } else if pick < 96 {
            let from = FRIENDS[rng.below(FRIENDS.len() as u64) as usize];
            let mut line = Line::neutral(
                time,
                "转账红包",
                from,
                "转账",
                rng.between(1000, 100_000),
                "余额",
                &id,
            );
            line.direction = "收入";
            line
        } else {
            let mut line = Line::neutral(
                time,
                "转账红包",
                FRIENDS[rng.below(FRIENDS.len() as u64) as usize],
                "发红包",
                rng.between(600, 20_000),
                "余额",
                &id,
            );
            line.direction = "支出";
            line
        };
        lines.push(line);
    }
    lines.truncate(rows);
    lines.sort_by(|a, b| b.time.cmp(&a.time).then_with(|| a.id.cmp(&b.id)));
    render(&lines)
}

struct Line {
    time: NaiveDateTime,
    category: &'static str,
    counterparty: String,
    account: String,
    item: String,
    direction: &'static str,
    amount: i64,
    method: &'static str,
    status: &'static str,
    id: String,
}

impl Line {
    fn neutral(
        time: NaiveDateTime,
        category: &'static str,
        counterparty: &str,
        item: &str,
        amount: i64,
        method: &'static str,
        id: &str,
    ) -> Line {
        Line {
            time,
            category,
            counterparty: counterparty.to_string(),
            account: "/".into(),
            item: item.to_string(),
            direction: "不计收支",
            amount,
            method,
            status: "交易成功",
            id: id.to_string(),
        }
    }

    fn with_status(mut self, status: &'static str) -> Line {
        self.status = status;
        self
    }
}

fn render(lines: &[Line]) -> String {
    let sum = |direction: &str| -> (usize, i64) {
        let matching = lines.iter().filter(|l| l.direction == direction);
        (matching.clone().count(), matching.map(|l| l.amount).sum())
    };
    let (n_in, in_minor) = sum("收入");
    let (n_out, out_minor) = sum("支出");
    let (n_neutral, neutral_minor) = sum("不计收支");
    let mut out = String::with_capacity(lines.len() * 160 + 2048);
    out.push_str(&"-".repeat(84));
    out.push('\n');
    out.push_str("导出信息：\n姓名：示例用户\n支付宝账户：demo@example.com\n");
    let _ = writeln!(
        out,
        "起始时间：[{SAMPLE_YEAR}-01-01 00:00:00]    终止时间：[{SAMPLE_YEAR}-12-31 23:59:59]"
    );
    out.push_str("导出交易类型：[全部]\n");
    let _ = writeln!(out, "导出时间：[{}-01-05 10:00:00]", SAMPLE_YEAR + 1);
    let _ = writeln!(out, "共{}笔记录", lines.len());
    let _ = writeln!(out, "收入：{n_in}笔 {}元", format_minor(in_minor, 2).replace(',', ""));
    let _ = writeln!(out, "支出：{n_out}笔 {}元", format_minor(out_minor, 2).replace(',', ""));
    let _ = writeln!(
        out,
        "不计收支：{n_neutral}笔 {}元",
        format_minor(neutral_minor, 2).replace(',', "")
    );
    out.push_str("\n特别提示：\n");
    for (i, note) in NOTES.iter().enumerate() {
        let _ = writeln!(out, "{}.{note}", i + 1);
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{}支付宝（中国）网络技术有限公司  电子客户回单{}",
        "-".repeat(24),
        "-".repeat(24)
    );
    out.push_str("交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,\n");
    for l in lines {
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{}\t,{}\t,,",
            l.time.format("%Y-%m-%d %H:%M:%S"),
            l.category,
            l.counterparty,
            l.account,
            l.item,
            l.direction,
            format_minor(l.amount, 2).replace(',', ""),
            l.method,
            l.status,
            l.id,
            if l.direction == "支出" { format!("T{}", l.id) } else { String::new() },
        );
    }
    out
}

/// An hour of the day: most payments happen by day; a few late at night.
pub fn hour_of_day(rng: &mut Rng) -> i64 {
    const WEIGHTS: [u64; 24] =
        [2, 1, 1, 0, 0, 0, 1, 4, 8, 6, 5, 8, 12, 9, 5, 5, 6, 7, 11, 12, 9, 7, 5, 3];
    let total: u64 = WEIGHTS.iter().sum();
    let mut pick = rng.below(total);
    for (hour, weight) in WEIGHTS.iter().enumerate() {
        if pick < *weight {
            return hour as i64;
        }
        pick -= weight;
    }
    12
}

/// SplitMix64: tiny, fast and good enough for synthetic data; no dependency needed.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }

    /// A price between `low` and `high` 分, skewed towards the low end like real spending.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        let span = (high - low).max(1) as u64;
        let a = self.below(span);
        let b = self.below(span);
        low + a.min(b) as i64
    }
}

/// Everyday categories come up far more often than gadgets.
fn pick_spending(rng: &mut Rng) -> (&'static str, Merchants, i64, i64) {
    const WEIGHTS: [u64; 7] = [40, 22, 20, 5, 2, 6, 5];
    let mut pick = rng.below(WEIGHTS.iter().sum());
    for (entry, weight) in SPENDING.iter().zip(WEIGHTS) {
        if pick < weight {
            return *entry;
        }
        pick -= weight;
    }
    SPENDING[0]
}

type Merchants = &'static [(&'static str, &'static str)];

/// (category, merchants with "{city}" placeholders and items, low 分, high 分).
const SPENDING: &[(&str, Merchants, i64, i64)] = &[
    (
        "餐饮美食",
        &[
            ("瑞幸咖啡({city}科技园店)", "生椰拿铁"),
            ("肯德基({city}火车站店)", "香辣鸡腿堡套餐"),
            ("海底捞({city}万达店)", "火锅堂食"),
            ("{city}兰州拉面", "牛肉面"),
        ],
        900,
        32_000,
    ),
    (
        "日用百货",
        &[
            ("盒马鲜生({city}店)", "生鲜食品"),
            ("永辉超市({city}五四路店)", "日用品"),
            ("全家便利店({city})", "饭团饮料"),
        ],
        500,
        40_000,
    ),
    (
        "交通出行",
        &[
            ("滴滴出行", "快车-{city}"),
            ("{city}地铁", "地铁出行"),
            ("中国铁路网络有限公司", "火车票"),
        ],
        200,
        30_000,
    ),
    ("服饰装扮", &[("优衣库({city}旗舰店)", "T恤"), ("淘宝-服饰店", "外套")], 5_000, 60_000),
    ("数码电器", &[("小米之家({city})", "耳机"), ("京东商城", "移动硬盘")], 9_900, 200_000),
    (
        "文化休闲",
        &[("当当网", "图书"), ("猫眼电影", "电影票-{city}"), ("{city}博物馆", "门票")],
        2_000,
        20_000,
    ),
    ("充值缴费", &[("中国移动", "话费充值"), ("国家电网", "电费")], 3_000, 30_000),
];

const CITIES: &[&str] = &["上海", "北京", "杭州", "成都", "深圳", "广州", "西安", "厦门"];
const METHODS: &[&str] = &["余额", "余额宝", "花呗", "招商银行(9876)", "交通银行信用卡(7449)"];
const FRIENDS: &[&str] = &["张*", "李**", "王*明", "陈*"];
const NOTES: &[&str] = &[
    "本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
    "请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
    "支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
    "本回单如经任何涂改、编造，均立即失去效力；",
    "部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
    "因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
    "禁止将本回单用于非法用途；",
    "本明细仅展示当前账单中的交易，不包括已删除的记录；",
    "本明细仅供个人对账使用。",
];
