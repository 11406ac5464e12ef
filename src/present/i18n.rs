//! Every fixed word of the charts, the section texts and the share card, in Chinese and
//! English: month and weekday names, chart and section titles, table headings, legend entries.
//! Words computed with the report (category labels, keywords and their reasons, places) come
//! as a [`Text`](crate::lang::Text) from `report` and are picked with its `get`.

use super::Lang;
use crate::model::{Category, Kind};

/// A fixed word or phrase in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Simplified Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

const fn w(zh: &'static str, en: &'static str) -> Word {
    Word { zh, en }
}

impl Word {
    /// The word in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Month names for axes, January first.
pub const MONTHS: [Word; 12] = [
    w("1月", "Jan"),
    w("2月", "Feb"),
    w("3月", "Mar"),
    w("4月", "Apr"),
    w("5月", "May"),
    w("6月", "Jun"),
    w("7月", "Jul"),
    w("8月", "Aug"),
    w("9月", "Sep"),
    w("10月", "Oct"),
    w("11月", "Nov"),
    w("12月", "Dec"),
];

/// Month names in sentences, January first.
pub const MONTHS_LONG: [Word; 12] = [
    w("1月", "January"),
    w("2月", "February"),
    w("3月", "March"),
    w("4月", "April"),
    w("5月", "May"),
    w("6月", "June"),
    w("7月", "July"),
    w("8月", "August"),
    w("9月", "September"),
    w("10月", "October"),
    w("11月", "November"),
    w("12月", "December"),
];

/// Weekday names for heatmap rows, Monday first.
pub const WEEKDAYS: [Word; 7] = [
    w("周一", "Mon"),
    w("周二", "Tue"),
    w("周三", "Wed"),
    w("周四", "Thu"),
    w("周五", "Fri"),
    w("周六", "Sat"),
    w("周日", "Sun"),
];

/// Weekday names in sentences, Monday first.
pub const WEEKDAYS_LONG: [Word; 7] = [
    w("周一", "Monday"),
    w("周二", "Tuesday"),
    w("周三", "Wednesday"),
    w("周四", "Thursday"),
    w("周五", "Friday"),
    w("周六", "Saturday"),
    w("周日", "Sunday"),
];

/// The month name (1 = January) for an axis; empty out of range.
pub fn month(month: u32, lang: Lang) -> &'static str {
    month.checked_sub(1).and_then(|i| MONTHS.get(i as usize)).map_or("", |m| m.get(lang))
}

/// The month name (1 = January) for a sentence; empty out of range.
pub fn month_long(month: u32, lang: Lang) -> &'static str {
    month.checked_sub(1).and_then(|i| MONTHS_LONG.get(i as usize)).map_or("", |m| m.get(lang))
}

/// The weekday name (0 = Monday) for a heatmap row; empty out of range.
pub fn weekday(day: u32, lang: Lang) -> &'static str {
    WEEKDAYS.get(day as usize).map_or("", |d| d.get(lang))
}

/// The weekday name (0 = Monday) for a sentence; empty out of range.
pub fn weekday_long(day: u32, lang: Lang) -> &'static str {
    WEEKDAYS_LONG.get(day as usize).map_or("", |d| d.get(lang))
}

/// A category's name.
pub fn category(category: Category, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => category.label_zh(),
        Lang::En => category.label(),
    }
}

/// A kind of row, as the reconciliation names it.
pub fn kind(kind: Kind) -> Word {
    match kind {
        Kind::Expense => w("支出", "Spending"),
        Kind::Income => w("收入", "Income"),
        Kind::Refund => w("退款", "Refunds"),
        Kind::Transfer => w("转账", "Transfers"),
        Kind::Investment => w("理财", "Investments"),
        Kind::Repayment => w("还款", "Repayments"),
        Kind::Cancelled => w("已关闭", "Cancelled"),
        Kind::Duplicate => w("重复", "Duplicates"),
        Kind::Other => w("其他", "Other"),
    }
}

// Chart titles.
/// Spending per month chart.
pub const CHART_MONTHS: Word = w("每月支出", "Spending per month");
/// Cumulative spending chart.
pub const CHART_CUMULATIVE: Word = w("累计支出", "Spending so far this year");
/// Categories chart.
pub const CHART_CATEGORIES: Word = w("支出分类", "Where the money went");
/// Merchants chart.
pub const CHART_MERCHANTS: Word = w("最常光顾的商家", "Top merchants");
/// Calendar heatmap.
pub const CHART_CALENDAR: Word = w("每日支出日历", "Spending calendar");
/// Weekday × hour heatmap.
pub const CHART_TIMING: Word = w("什么时候付钱", "When you pay");
/// Places map.
pub const CHART_PLACES: Word = w("消费足迹", "Footprint");
/// Radar chart.
pub const CHART_PORTRAIT: Word = w("消费画像", "Spending portrait");
/// Sankey.
pub const CHART_FLOW: Word = w("资金流向", "Money flow");
/// Keyword card.
pub const CHART_KEYWORD: Word = w("年度关键词", "Keyword of the year");

// Section titles.
/// §1.
pub const SECTION_NUMBERS: Word = w("这一年的数字", "The year in numbers");
/// §2.
pub const SECTION_MONTHS: Word = w("每个月", "Month by month");
/// §3.
pub const SECTION_CATEGORIES: Word = w("钱花在哪儿", "Categories");
/// §4.
pub const SECTION_MERCHANTS: Word = w("商家", "Merchants");
/// §5.
pub const SECTION_CALENDAR: Word = w("日历", "Calendar");
/// §6.
pub const SECTION_TIMING: Word = w("什么时候付钱", "When you pay");
/// §7.
pub const SECTION_PLACES: Word = w("去过的地方", "Places");
/// §8.
pub const SECTION_KEYWORD: Word = w("年度关键词", "Keyword of the year");
/// §9.
pub const SECTION_PORTRAIT: Word = w("消费画像", "Consumption portrait");
/// §10.
pub const SECTION_FLOW: Word = w("资金流向", "Money flow");
/// §11.
pub const SECTION_WHAT_COUNTS: Word = w("哪些算数", "What counts");
/// §12.
pub const SECTION_YEAR_OVER_YEAR: Word = w("和去年比", "Year over year");

// Legends, axes and table headings.
/// Money spent.
pub const SPENDING: Word = w("支出", "Spending");
/// Money earned.
pub const INCOME: Word = w("收入", "Income");
/// Income − spending.
pub const NET: Word = w("结余", "Net");
/// Number of payments.
pub const PAYMENTS: Word = w("笔数", "Payments");
/// Share of spending.
pub const SHARE: Word = w("占比", "Share");
/// A month.
pub const MONTH: Word = w("月份", "Month");
/// A running total.
pub const CUMULATIVE: Word = w("累计", "So far");
/// The year before.
pub const LAST_YEAR: Word = w("去年", "Last year");
/// The reported year.
pub const THIS_YEAR: Word = w("今年", "This year");
/// The most expensive month, in a legend.
pub const BUSIEST_MONTH: Word = w("花得最多的月份", "Most expensive month");
/// A category.
pub const CATEGORY: Word = w("分类", "Category");
/// A merchant.
pub const MERCHANT: Word = w("商家", "Merchant");
/// A rank.
pub const RANK: Word = w("排名", "Rank");
/// A currency.
pub const CURRENCY: Word = w("币种", "Currency");
/// What a row of a key/value table names.
pub const ITEM: Word = w("项目", "Item");
/// Its value.
pub const VALUE: Word = w("数值", "Value");
/// The first date.
pub const FIRST_SEEN: Word = w("第一次", "First");
/// The last date.
pub const LAST_SEEN: Word = w("最后一次", "Last");
/// A city.
pub const CITY: Word = w("城市", "City");
/// A province.
pub const PROVINCE: Word = w("省份", "Province");
/// A country.
pub const COUNTRY: Word = w("国家/地区", "Country");
/// How a place was found.
pub const EVIDENCE: Word = w("依据", "Evidence");
/// Number of cities.
pub const CITIES: Word = w("城市数", "Cities");
/// A keyword.
pub const KEYWORD: Word = w("关键词", "Keyword");
/// Why.
pub const REASON: Word = w("理由", "Reason");
/// A rule's condition.
pub const CONDITION: Word = w("条件", "Condition");
/// Measured ÷ threshold.
pub const SCORE: Word = w("得分", "Score");
/// A group of rows.
pub const GROUP: Word = w("类别", "Group");
/// Rows.
pub const ROWS: Word = w("行数", "Rows");
/// Money as written.
pub const AMOUNT_WRITTEN: Word = w("账单金额", "Amount written");
/// Money that counts.
pub const COUNTED: Word = w("计入", "Counted");
/// What happens to a group.
pub const EXPLANATION: Word = w("说明", "What happens");
/// A statement source.
pub const SOURCE: Word = w("来源", "Source");
/// A line of a file.
pub const LINE: Word = w("行号", "Line");
/// A date.
pub const DATE: Word = w("日期", "Date");
/// A counterparty.
pub const COUNTERPARTY: Word = w("交易对方", "Counterparty");
/// An amount.
pub const AMOUNT: Word = w("金额", "Amount");
/// A change.
pub const CHANGE: Word = w("变化", "Change");
/// Where money came from.
pub const FROM: Word = w("从", "From");
/// Where it went.
pub const TO: Word = w("到", "To");
/// A weekday-and-hour slot.
pub const SLOT: Word = w("时段", "Slot");
/// Late night.
pub const LATE_NIGHT: Word = w("深夜（0–5 点）", "Late night (0–5 h)");
/// Saturday and Sunday.
pub const WEEKEND: Word = w("周末", "Weekend");
/// Monday to Friday.
pub const WEEKDAYS_WORD: Word = w("工作日", "Weekdays");
/// Share of payments.
pub const SHARE_OF_PAYMENTS: Word = w("笔数占比", "Share of payments");
/// Share of spending.
pub const SHARE_OF_SPENDING: Word = w("金额占比", "Share of spending");
/// Calendar legend: less.
pub const LESS: Word = w("少", "Less");
/// Calendar legend: more.
pub const MORE: Word = w("多", "More");
/// Calendar legend: days the data does not cover.
pub const NO_DATA: Word = w("无数据", "No data");
/// Hour axis label.
pub const HOUR: Word = w("时", "Hour");
/// Shown on a chart with nothing to draw.
pub const NOTHING_TO_DRAW: Word = w("这一年没有可画的数据", "Nothing to draw for this year");
/// The map's note on what it is.
pub const MAP_NOTE: Word = w(
    "点为根据商户名称推断的城市，大小表示笔数；底图为 Natural Earth 陆地轮廓",
    "Dots are cities inferred from merchant names, sized by payments; land from Natural Earth",
);
/// Shown instead of money on the share card.
pub const AMOUNTS_HIDDEN: Word = w("金额已隐藏", "Amounts hidden");
/// The share card's heading.
pub const MY_YEAR: Word = w("我的年度账单", "My year in payments");
/// Top categories on the share card.
pub const TOP_CATEGORIES: Word = w("花得最多的", "Most of it went to");
/// Places on the share card.
pub const PLACES_VISITED: Word = w("足迹", "Places");
/// The share card's footer.
pub const MADE_WITH: Word = w(
    "由 Yearbook 在本机生成，账单从未离开设备",
    "Made on this device by Yearbook; no statement left it",
);
/// The share card's total line when amounts are hidden.
pub const PAYMENTS_IN_YEAR: Word = w("笔支付", "payments");
/// Days with spending.
pub const ACTIVE_DAYS: Word = w("有消费的日子", "Days with spending");
/// Days without.
pub const ZERO_SPEND_DAYS: Word = w("零消费的日子", "Days without spending");
/// Days covered by the data.
pub const COVERED_DAYS: Word = w("账单覆盖的天数", "Days the statements cover");
/// The biggest day.
pub const BIGGEST_DAY: Word = w("花得最多的一天", "Biggest day");
/// Average per day.
pub const AVERAGE_PER_DAY: Word = w("日均支出", "Average per day");
/// Average per month.
pub const AVERAGE_PER_MONTH: Word = w("月均支出", "Average per month");
/// The biggest purchase.
pub const BIGGEST_PURCHASE: Word = w("最大一笔", "Biggest purchase");
/// The most frequent merchant.
pub const MOST_FREQUENT: Word = w("最常光顾", "Most frequent merchant");
/// The longest streak.
pub const LONGEST_STREAK: Word = w("最长连续零消费", "Longest run without spending");
/// Merchants paid.
pub const DISTINCT_MERCHANTS: Word = w("光顾过的商家", "Merchants paid");
/// By amount.
pub const BY_AMOUNT: Word = w("按金额", "By amount");
/// By count.
pub const BY_COUNT: Word = w("按次数", "By number of payments");
/// Rows not listed.
pub const MORE_ROWS: Word = w("另有未列出的行", "more rows not listed");
/// The share card, as a heading.
pub const SHARE_CARD: Word = w("分享卡片", "Share card");
/// Unfolds a long table.
pub const SHOW: Word = w("展开", "show");
/// Savings rate.
pub const SAVED: Word = w("存下", "Saved");

#[cfg(test)]
mod tests {
    use super::*;

    fn is_cjk(c: char) -> bool {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
    }

    #[test]
    fn every_word_has_both_languages() {
        let words: Vec<Word> = MONTHS
            .iter()
            .chain(&MONTHS_LONG)
            .chain(&WEEKDAYS)
            .chain(&WEEKDAYS_LONG)
            .copied()
            .chain([
                CHART_MONTHS,
                CHART_CUMULATIVE,
                CHART_CATEGORIES,
                CHART_MERCHANTS,
                CHART_CALENDAR,
                CHART_TIMING,
                CHART_PLACES,
                CHART_PORTRAIT,
                CHART_FLOW,
                CHART_KEYWORD,
                SECTION_NUMBERS,
                SECTION_WHAT_COUNTS,
                SPENDING,
                LAST_YEAR,
                MAP_NOTE,
                MADE_WITH,
            ])
            .collect();
        for word in words {
            assert!(word.zh.chars().any(is_cjk), "{word:?} has no Chinese");
            assert!(!word.en.chars().any(is_cjk), "{word:?} has Chinese in its English");
            assert!(word.en.chars().any(|c| c.is_ascii_alphabetic()), "{word:?}");
        }
    }

    #[test]
    fn names_by_number_out_of_range_are_empty() {
        assert_eq!(month(1, Lang::En), "Jan");
        assert_eq!(month(12, Lang::Zh), "12月");
        assert_eq!((month(0, Lang::En), month(13, Lang::En)), ("", ""));
        assert_eq!(weekday(6, Lang::Zh), "周日");
        assert_eq!(weekday(7, Lang::Zh), "");
        assert_eq!(month_long(3, Lang::En), "March");
        assert_eq!(weekday_long(0, Lang::En), "Monday");
        assert_eq!(category(Category::Dining, Lang::Zh), "餐饮");
        assert_eq!(kind(Kind::Refund).get(Lang::En), "Refunds");
    }
}
