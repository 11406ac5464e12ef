//! The report's fixed words, English beside Chinese: chart and section titles, table headings,
//! legends, the map's note and the share card's words. (Names of months, weekdays, categories
//! and kinds are in `names`; sentences in `sentences`.)

templates! {
    // Chart titles.
    /// Categories chart.
    CHART_CATEGORIES = "Where the money went", "支出分类";
    /// Merchants chart.
    CHART_MERCHANTS = "Top merchants", "最常光顾的商家";
    /// Calendar heatmap.
    CHART_CALENDAR = "Spending calendar", "每日支出日历";
    /// Weekday × hour heatmap.
    CHART_TIMING = "When you pay", "什么时候付钱";
    /// Places map.
    CHART_PLACES = "Footprint", "消费足迹";
    /// Radar chart.
    CHART_PORTRAIT = "Spending portrait", "消费画像";
    /// Sankey.
    CHART_FLOW = "Money flow", "资金流向";
    /// Keyword card.
    CHART_KEYWORD = "Keyword of the year", "年度关键词";

    // Section titles.
    /// §1.
    SECTION_NUMBERS = "The year in numbers", "这一年的数字";
    /// §2.
    SECTION_MONTHS = "Month by month", "每个月";
    /// §3.
    SECTION_CATEGORIES = "Categories", "钱花在哪儿";
    /// §4.
    SECTION_MERCHANTS = "Merchants", "商家";
    /// §5.
    SECTION_CALENDAR = "Calendar", "日历";
    /// §6.
    SECTION_TIMING = "When you pay", "什么时候付钱";
    /// §7.
    SECTION_PLACES = "Places", "去过的地方";
    /// §8.
    SECTION_KEYWORD = "Keyword of the year", "年度关键词";
    /// §9.
    SECTION_PORTRAIT = "Consumption portrait", "消费画像";
    /// §10.
    SECTION_FLOW = "Money flow", "资金流向";
    /// §11.
    SECTION_WHAT_COUNTS = "What counts", "哪些算数";
    /// §12.
    SECTION_YEAR_OVER_YEAR = "Year over year", "和去年比";

    // Legends, axes and table headings.
    /// Money spent.
    SPENDING = "Spending", "支出";
    /// Money earned.
    INCOME_LABEL = "Income", "收入";
    /// Income − spending.
    NET = "Net", "结余";
    /// Number of payments.
    PAYMENTS = "Payments", "笔数";
    /// Share of spending.
    SHARE = "Share", "占比";
    /// A month.
    MONTH = "Month", "月份";
    /// A running total.
    CUMULATIVE = "So far", "累计";
    /// The year before.
    LAST_YEAR = "Last year", "去年";
    /// The reported year.
    THIS_YEAR = "This year", "今年";
    /// The most expensive month, in a legend.
    BUSIEST_MONTH = "Most expensive month", "花得最多的月份";
    /// A category.
    CATEGORY = "Category", "分类";
    /// A merchant.
    MERCHANT = "Merchant", "商家";
    /// A rank.
    RANK = "Rank", "排名";
    /// A currency.
    CURRENCY = "Currency", "币种";
    /// What a row of a key/value table names.
    ITEM = "Item", "项目";
    /// Its value.
    VALUE = "Value", "数值";
    /// The first date.
    FIRST_SEEN = "First", "第一次";
    /// The last date.
    LAST_SEEN = "Last", "最后一次";
    /// A city.
    CITY = "City", "城市";
    /// A province.
    PROVINCE = "Province", "省份";
    /// A country.
    COUNTRY = "Country", "国家/地区";
    /// How a place was found.
    EVIDENCE = "Evidence", "依据";
    /// Number of cities.
    CITIES = "Cities", "城市数";
    /// A keyword.
    KEYWORD = "Keyword", "关键词";
    /// Why.
    REASON = "Reason", "理由";
    /// A rule's condition.
    CONDITION = "Condition", "条件";
    /// Measured ÷ threshold.
    SCORE = "Score", "得分";
    /// A group of rows.
    GROUP = "Group", "类别";
    /// Rows.
    ROWS = "Rows", "行数";
    /// Money as written.
    AMOUNT_WRITTEN = "Amount written", "账单金额";
    /// Money that counts.
    COUNTED = "Counted", "计入";
    /// What happens to a group.
    EXPLANATION = "What happens", "说明";
    /// A statement source.
    SOURCE = "Source", "来源";
    /// A line of a file.
    LINE = "Line", "行号";
    /// A date.
    DATE = "Date", "日期";
    /// A counterparty.
    COUNTERPARTY = "Counterparty", "交易对方";
    /// An amount.
    AMOUNT = "Amount", "金额";
    /// A change.
    CHANGE = "Change", "变化";
    /// Where money came from.
    FROM = "From", "从";
    /// Where it went.
    TO = "To", "到";
    /// A weekday-and-hour slot.
    SLOT = "Slot", "时段";
    /// Late night.
    LATE_NIGHT = "Late night (0–5 h)", "深夜（0–5 点）";
    /// Saturday and Sunday.
    WEEKEND = "Weekend", "周末";
    /// Monday to Friday.
    WEEKDAYS_WORD = "Weekdays", "工作日";
    /// Share of payments.
    SHARE_OF_PAYMENTS = "Share of payments", "笔数占比";
    /// Share of spending.
    SHARE_OF_SPENDING = "Share of spending", "金额占比";
    /// Calendar legend: less.
    LESS = "Less", "少";
    /// Calendar legend: more.
    MORE = "More", "多";
    /// Calendar legend: days the data does not cover.
    NO_DATA = "No data", "无数据";
    /// Shown on a chart with nothing to draw.
    NOTHING_TO_DRAW = "Nothing to draw for this year", "这一年没有可画的数据";
    /// The map's note on what it is.
    MAP_NOTE = "Dots are cities inferred from merchant names, sized by payments; land from Natural Earth", "点为根据商户名称推断的城市，大小表示笔数；底图为 Natural Earth 陆地轮廓";
    /// Shown instead of money on the share card.
    AMOUNTS_HIDDEN = "Amounts hidden", "金额已隐藏";
    /// The share card's heading.
    MY_YEAR = "My year in payments", "我的年度账单";
    /// Top categories on the share card.
    TOP_CATEGORIES = "Most of it went to", "花得最多的";
    /// Places on the share card.
    PLACES_VISITED = "Places", "足迹";
    /// The share card's footer.
    MADE_WITH = "Made on this device by Yearbook; no statement left it", "由 Yearbook 在本机生成，账单从未离开设备";
    /// Days with spending.
    ACTIVE_DAYS = "Days with spending", "有消费的日子";
    /// Days without.
    ZERO_SPEND_DAYS = "Days without spending", "零消费的日子";
    /// Days covered by the data.
    COVERED_DAYS = "Days the statements cover", "账单覆盖的天数";
    /// The biggest day.
    BIGGEST_DAY = "Biggest day", "花得最多的一天";
    /// Average per day.
    AVERAGE_PER_DAY = "Average per day", "日均支出";
    /// Average per month.
    AVERAGE_PER_MONTH = "Average per month", "月均支出";
    /// The biggest purchase.
    BIGGEST_PURCHASE = "Biggest purchase", "最大一笔";
    /// The longest streak.
    LONGEST_STREAK = "Longest run without spending", "最长连续零消费";
    /// By amount.
    BY_AMOUNT = "By amount", "按金额";
    /// By count.
    BY_COUNT = "By number of payments", "按次数";
    /// The share card, as a heading.
    SHARE_CARD = "Share card", "分享卡片";

    // Titles and captions with a value.
    /// The standalone page's title, {0} the year.
    REPORT_TITLE = "Yearbook {0}", "{0} 年度账单";
    /// Sections the report leaves out, with why.
    NOT_SHOWN = "Not shown", "未显示的部分";
    /// A long table folded away: {0} caption, {1} rows.
    FOLDED_TABLE = "{0} ({1} {1:row|rows}: show)", "{0}（{1} 行，展开）";
    /// After the keyword in the page's header: {0} why.
    KEYWORD_REASON = ": {0}", "：{0}";
    /// Keyword table: the rules that apply.
    KEYWORDS_THAT_APPLY = "Keywords whose rule applies", "符合条件的关键词";
    /// Keyword table: every rule.
    HOW_KEYWORDS_ARE_CHOSEN = "How keywords are chosen", "关键词怎么选";
    /// Group of rows from other years.
    OTHER_YEARS = "Other years", "其他年份";
    /// Group of rows in other currencies.
    OTHER_CURRENCIES = "Other currencies", "其他币种";

    // The Sankey's nodes.
    /// Income from a counterparty with no name.
    UNNAMED = "Unnamed", "未具名";
    /// Smaller income sources together.
    OTHER_INCOME = "Other income", "其他收入";
    /// Spending beyond the income.
    FROM_SAVINGS = "From savings", "动用积蓄";
    /// The money available.
    AVAILABLE = "Available", "可支配";
    /// Income not spent.
    SAVINGS = "Savings", "结余";

    // The charts' counted words.
    /// Monthly chart title, {0} the year.
    CHART_MONTHS_OF = "Spending per month, {0}", "{0} 年每月支出";
    /// Cumulative chart title, {0} the year.
    CHART_CUMULATIVE_OF = "Spending so far this year, {0}", "{0} 年累计支出";
    /// A number of days.
    DAYS_COUNT = "{0} {0:day|days}", "{0} 天";
    /// Calendar subtitle.
    DAYS_WITHOUT_SPENDING = "{0} {0:day|days} without spending", "{0} 天零消费";
    /// A merchant's payments beside its bar.
    PAYMENTS_AT = "{0} {0:payment|payments}", "{0} 次";
    /// Heatmap subtitle.
    TIMED_PAYMENTS = "{0} {0:payment|payments} with a time of day", "{0} 笔有时间的支付";
    /// Heatmap legend: {0} weekday, {1} hour, {2} payments.
    BUSIEST_SLOT = "Busiest: {0} {1}:00 ({2})", "最忙：{0} {1}:00（{2} 笔）";
    /// Map subtitle and the share card's places.
    CITIES_COUNT = "{0} {0:city|cities}", "{0} 座城市";
    /// Keyword card: {0} the other keywords.
    ALSO = "Also: {0}", "也符合：{0}";
    /// Share card, amounts shown: {0} payments, {1} days.
    CARD_SPENT_OVER = "spent over {0} {0:payment|payments} on {1} {1:day|days}", "{0} 笔支付，{1} 天有消费";
    /// Share card, amounts hidden: the word after the big number of payments.
    CARD_PAYMENTS = "{0:payment|payments}", "笔支付";
    /// Share card, amounts hidden: {0} days with spending, {1} without.
    CARD_DAYS = "{0} {0:day|days} with spending, {1} without", "{0} 天有消费，{1} 天零消费";
}
