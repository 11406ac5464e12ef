//! The report's sentences, English beside Chinese, in the order of its sections. Each counted
//! sentence takes its count as a count argument and picks its English form by it (`{0:one|other}`),
//! and a sentence that would state nothing has a true alternative here instead (no "0 days: worth
//! celebrating"). Which one is said is decided in `present::sections`.

templates! {
    // Joiners: how sentences and lists are put together in each language.
    /// A sentence from a phrase: its full stop.
    SENTENCE = "{0}.", "{0}。";
    /// Two items of a list (folded for longer lists).
    AND_LIST = "{0}, {1}", "{0}、{1}";
    /// A word and a detail in brackets (a table heading with its year, a day with its date).
    WITH_DETAIL = "{0} ({1})", "{0}（{1}）";
    /// A label and its value side by side (a radar axis and its share).
    LABEL_VALUE = "{0} {1}", "{0} {1}";
    /// Two parts of a line (`Places · 3 cities`).
    DOT_JOIN = "{0} · {1}", "{0} · {1}";

    // §1 The year in numbers.
    /// {0} year, {1} spending, {2} payments.
    YEAR_SPENT = "In {0} you spent {1} over {2} {2:payment|payments}.",
        "{0} 年你一共支出 {1}，共 {2} 笔支付。";
    /// {0} year: only income or other rows.
    YEAR_NO_PAYMENTS = "You made no payments in {0}.", "{0} 年你没有任何支出。";
    /// {0} income, {1} left.
    INCOME_LEFT = "Income was {0}, leaving {1}.", "收入 {0}，结余 {1}。";
    /// {0} income, {1} spent beyond it.
    INCOME_SHORT = "Income was {0}: you spent {1} more than came in.", "收入 {0}，支出比收入多 {1}。";
    /// {0} covered days (2 or more), {1} with spending, {2} per day, {3} per month.
    COVERAGE = "The statements cover {0} days, {1} of them with spending: {2} a day, {3} a month on average.",
        "账单覆盖 {0} 天，其中 {1} 天有消费；日均 {2}，月均 {3}。";
    /// {0} covered days, none with spending.
    COVERAGE_NO_SPENDING = "The statements cover {0} {0:day|days}, none of them with spending.",
        "账单覆盖 {0} 天，没有一天有消费。";
    /// Statements of a single day; {0} spent on it.
    COVERAGE_ONE_DAY = "The statements cover a single day, with {0} spent.",
        "账单只覆盖了 1 天，当天支出 {0}。";
    /// {0} amount, {1} merchant, {2} category, {3} date.
    BIGGEST_PURCHASE_AT = "Biggest purchase: {0} at {1} ({2:lower}, {3}).", "最大一笔：{0} 在{1}（{2}，{3}）。";
    /// {0} amount, {1} category, {2} date: the row names no merchant.
    BIGGEST_PURCHASE_UNNAMED = "Biggest purchase: {0} ({1:lower}, {2}).", "最大一笔：{0}（{1}，{2}）。";
    /// {0} merchant, {1} payments there (2 or more).
    WENT_BACK = "You went back to {0} most often: {1} times.", "最常光顾：{0}，{1} 次。";
    /// {0} days without spending in a row, {1} when.
    LONGEST_RUN = "Your longest run without spending: {0} {0:day|days} ({1}).",
        "最长连续 {0} 天一分钱没花（{1}）。";

    // §2 Months.
    /// {0} month, {1} spent, {2} payments.
    MOST_EXPENSIVE_MONTH = "Your most expensive month was {0}: {1} over {2} {2:payment|payments}.",
        "花得最多的是{0}：{1}，{2} 笔。";
    /// Income but no spending.
    NO_SPENDING_THIS_YEAR = "No spending this year.", "这一年没有支出。";
    /// {0} last month compared, {1} spent by then, {2} the year before by then, {3} that year.
    BY_THE_END_OF = "By the end of {0} you had spent {1}, against {2} by then in {3}.",
        "到{0}底累计支出 {1}，{3} 年同期为 {2}。";

    // §3 Categories.
    /// {0} category, {1} share, {2} spent, {3} payments.
    TOP_CATEGORY = "{0} took {1} of your spending: {2} over {3} {3:payment|payments}.",
        "{0}占了支出的 {1}：{2}，{3} 笔。";
    /// {0} category, {1} increase, {2} relative increase.
    GREW = "You spent {1} more on {0:lower} than last year (+{2})", "{0}的支出比去年多了 {1}（+{2}）";
    /// {0} category, {1} spent there this year and nothing the year before.
    NEW_THIS_YEAR = "New this year: {1} on {0:lower}", "今年新增的{0}支出：{1}";

    // §4 Merchants.
    /// {0} merchants (2 or more).
    MERCHANTS_PAID = "You paid {0} different merchants this year.", "这一年你在 {0} 个不同的商家付过钱。";
    /// A single merchant.
    ONE_MERCHANT = "You paid a single merchant this year.", "这一年你只在 1 个商家付过钱。";
    /// {0} merchant, {1} spent, {2} share.
    MOST_MONEY_TO = "Most money went to {0}: {1} ({2} of spending).", "花得最多的是{0}：{1}（占 {2}）。";
    /// {0} merchant, {1} payments (2 or more).
    MOST_OFTEN = "You paid {0} most often: {1} times.", "去得最勤的是{0}：{1} 次。";
    /// Every merchant was paid once.
    EACH_ONCE = "You paid each merchant only once.", "每个商家你都只付过一次钱。";
    /// {0} payments naming no merchant.
    UNNAMED_PAYMENTS = "{0} {0:payment names|payments name} no merchant and {0:is|are} left out of the ranking.",
        "{0} 笔支付没有写明商家，未计入排名。";

    // §5 Calendar.
    /// {0} covered days, {1} of them without spending (1 or more).
    NOTHING_SPENT_ON_DAYS = "Of the {0} {0:day|days} your statements cover, you spent nothing on {1} {1:day|days}: worth celebrating.",
        "账单覆盖的 {0} 天里，有 {1} 天你一分钱没花，值得庆祝。";
    /// {0} covered days (2 or more), each with spending.
    EVERY_DAY_SPENT = "You spent something on every one of the {0} {0:day|days} your statements cover.",
        "账单覆盖的 {0} 天里，你每天都有消费。";
    /// {0} days in a row without spending, {1} when.
    LONGEST_STRETCH = "The longest stretch: {0} {0:day|days in a row}, {1}.", "最长的零消费连续 {0} 天：{1}。";
    /// {0} date, {1} spent, {2} payments.
    BIGGEST_DAY_WAS = "Your biggest day was {0}: {1} over {2} {2:payment|payments}.",
        "花得最多的一天是{0}：{1}，{2} 笔。";

    // §6 When you pay.
    /// {0} weekday, {1}–{2} hours, {3} payments (2 or more).
    BUSIEST_HOUR = "You paid most often on {0} between {1}:00 and {2}:00 ({3} payments).",
        "你最常在{0} {1}:00–{2}:00 付钱（{3} 笔）。";
    /// {0} late-night payments (1 or more), {1} their share.
    LATE_NIGHT_PAYMENTS = "{0} {0:payment was|payments were} made late at night (midnight to 5 a.m.): {1} of those with a time.",
        "深夜（0–5 点）的支付有 {0} 笔，占 {1}。";
    /// None late at night.
    NO_LATE_NIGHT = "No payment was made late at night (midnight to 5 a.m.).", "深夜（0–5 点）没有支付。";
    /// {0} weekend share, {1} weekday share.
    WEEKEND_SHARE = "Weekends took {0} of your spending, weekdays {1}.", "周末花掉了 {0} 的钱，工作日 {1}。";
    /// {0} payments with a date but no time.
    WITHOUT_TIME = "{0} {0:payment has|payments have} a date but no time of day (most bank exports) and {0:is|are} left out of the hours.",
        "{0} 笔支付只有日期没有时间（多为银行账单），不在时段图中。";

    // §7 Places.
    /// {0} cities, {1} payments naming them.
    CITIES_FOUND = "{0} {0:city was|cities were} found in {1} {1:payment|payments} that named {0:it|them}.",
        "在 {1} 笔支付的商户名称和商品说明中认出了 {0} 座城市。";
    /// {0} cities, {1} payments naming them, {2} countries (2 or more).
    CITIES_FOUND_ABROAD = "{0} {0:city was|cities were} found in {1} {1:payment|payments} that named {0:it|them}, in {2} countries.",
        "在 {1} 笔支付的商户名称和商品说明中认出了 {0} 座城市，分布在 {2} 个国家和地区。";
    /// {0} provinces, {1} payments naming them, no city.
    PROVINCES_FOUND = "No city was named, but {0} {0:province was|provinces were}, in {1} {1:payment|payments}.",
        "没有认出城市，但在 {1} 笔支付中认出了 {0} 个省份。";
    /// {0} city, {1} payments, {2} the evidence.
    MOST_OF_ALL = "Most of all {0}: {1} {1:payment|payments} ({2}).", "去得最多的是{0}：{1} 笔（{2}）。";
    /// Shown beside the places.
    PLACES_INFERRED = "Places are inferred from merchant names and item descriptions and may be wrong: remove any that are.",
        "地点由商户名称和商品说明推断，可能有误：点一下即可移除不对的地点。";
    /// {0} merchant names, {1} item descriptions (both 1 or more).
    SEEN_IN_BOTH = "seen in {0} {0:merchant name|merchant names} and {1} {1:item description|item descriptions}",
        "在 {0} 个商户名称和 {1} 条商品说明中出现";
    /// {0} merchant names.
    SEEN_IN_MERCHANTS = "seen in {0} {0:merchant name|merchant names}", "在 {0} 个商户名称中出现";
    /// {0} item descriptions.
    SEEN_IN_ITEMS = "seen in {0} {0:item description|item descriptions}", "在 {0} 条商品说明中出现";

    // §8 The keyword.
    /// {0} keyword, {1} why.
    KEYWORD_BECAUSE = "{0}: {1}.", "{0}：{1}。";
    /// {0} the other keywords whose rule applies.
    ALSO_IN_THE_RUNNING = "Also in the running: {0}.", "也差点当选：{0}。";
    /// How the keyword is chosen.
    SCORE_EXPLAINED = "Score = measured value ÷ threshold; the keyword furthest above its threshold wins.",
        "得分 = 实际值 ÷ 门槛，超过门槛最多的关键词当选。";

    // §9 The portrait.
    /// {0} the largest axes with their shares.
    PORTRAIT_LEANS = "Your portrait leans towards {0}.", "画像最突出的方向：{0}。";
    /// What the axes are.
    PORTRAIT_AXES = "Each axis is a category's share of the year's spending; fees and other are left out.",
        "每条轴是一类支出占全年支出的比例；手续费和其他不在图中。";

    // §10 Money flow.
    /// {0} in, {1} out.
    CAME_IN_WENT_OUT = "{0} came in and {1} went out.", "收入 {0}，支出 {1}。";
    /// {0} kept, {1} of income.
    YOU_KEPT = "You kept {0}: {1} of your income.", "结余 {0}，是收入的 {1}。";
    /// {0} spent beyond the income.
    FROM_SAVINGS_SENTENCE = "Spending exceeded the income in these statements by {0}: it came from savings or income they do not show.",
        "支出比收入多 {0}，来自积蓄或账单之外的收入。";
    /// {0} the categories merged into "other".
    MERGED_INTO_OTHER = "Categories under 3% are merged into Other: {0}.", "不到 3% 的分类并入了“其他”：{0}。";

    // §11 What counts.
    /// {0} rows, {1} paid, {2} refunded, {3} counted.
    ROWS_READ = "{0} {0:row|rows} read: {1} of payments, {2} refunded, {3} counted as spending",
        "共读取 {0} 行：支出 {1}，退款抵扣 {2}，计入支出 {3}";
    /// The rule in one sentence.
    NEVER_SPENDING = "Transfers, investments, repayments, cancelled orders and rows repeated across files never count as spending; refunds net their purchases.",
        "转账、理财、还款、已关闭的订单和跨文件重复的行都不算支出；退款抵扣原来的购买。";
    /// {0} group, {1} rows.
    GROUP_ROWS = "{0} ({1} {1:row|rows})", "{0}（{1} 行）";
    /// {0} group, {1} rows, {2} not listed.
    GROUP_ROWS_MORE = "{0} ({1} {1:row|rows}, {2} more not listed)", "{0}（{1} 行，另有 {2} 行未列出）";
    /// What happens to expenses.
    COUNTS_AS_SPENDING = "Counted as spending, net of linked refunds", "计入支出，扣除已关联的退款";
    /// What happens to income.
    COUNTS_AS_INCOME = "Counted as income", "计入收入";
    /// What happens to refunds.
    NETS_PURCHASES = "Netted against their purchases, never income", "抵扣对应的购买，不算收入";
    /// What happens to transfers.
    OWN_ACCOUNTS = "Moved between your own accounts: neither spending nor income", "自己账户之间的转移，不计收支";
    /// What happens to investments.
    STAYS_YOURS = "Funds bought, sold or paying out: the money stays yours", "买卖基金或收益，钱仍是你的";
    /// What happens to repayments.
    ALREADY_COUNTED = "Paying back credit: the purchases were already counted", "还信用卡或花呗，购买时已计入";
    /// What happens to cancelled orders.
    NO_MONEY_MOVED = "Orders closed with no money moving", "订单关闭，没有资金变动";
    /// What happens to duplicates.
    COUNTED_ONCE = "The same payment read from another file: counted once, there", "另一份账单中已有同一笔，只计一次";
    /// What happens to unclassified rows.
    NOT_CLASSIFIED = "Could not be classified: not counted", "无法归类，不计入";
    /// What happens to rows of other years.
    OUTSIDE_THIS_YEAR = "Outside this year", "不在本年";
    /// What happens to rows in other currencies.
    PER_CURRENCY = "This year in other currencies, totalled per currency", "本年其他币种的交易，按币种分别统计";

    // §12 Year over year.
    /// The same spending.
    SAME_AS_LAST_YEAR = "You spent the same as last year", "支出与去年持平";
    /// {0} more, {1} relative.
    MORE_THAN_LAST_YEAR = "You spent {0} more than last year (+{1})", "比去年多花了 {0}（+{1}）";
    /// {0} more, nothing spent the year before.
    MORE_THAN_NOTHING = "You spent {0} more than last year", "比去年多花了 {0}";
    /// {0} less, {1} relative.
    LESS_THAN_LAST_YEAR = "You spent {0} less than last year (−{1})", "比去年少花了 {0}（−{1}）";

    // Sections left out, and why: one line each, under "Not shown".
    /// {0} section, {1} why.
    LEFT_OUT = "{0}: {1}.", "{0}：{1}。";
    /// Nothing was spent.
    WHY_NO_SPENDING = "no spending this year", "这一年没有支出";
    /// Nothing came in or went out.
    WHY_NO_MONEY = "no money came in or went out this year", "这一年没有收支";
    /// No merchant was named.
    WHY_NO_MERCHANTS = "no payment names a merchant", "没有一笔支付写明了商家";
    /// No place was found.
    WHY_NO_PLACES = "no place names were found in the statements", "账单里没有找到地名";
    /// Only fees and "other".
    WHY_PORTRAIT_EMPTY = "all of the spending is in fees and other, which the portrait leaves out",
        "所有支出都属于手续费和其他，画像不包含这两类";
    /// {0} the year before.
    WHY_NO_LAST_YEAR = "the statements hold nothing from {0}; add that year's to compare",
        "账单里没有 {0} 年的记录；加入那一年的账单即可对比";
    /// {0}: the months covered (`MONTH_SPAN`, or one month's name); {1}: the year.
    WHY_PART_OF_YEAR = "your statements cover only {0} of {1}, so the two years are not compared",
        "账单只覆盖了 {1} 年的{0}，所以不对比这两年";
}
