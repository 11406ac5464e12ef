//! The story's words, English beside Chinese: each card's small title, the sentence under its
//! big fact, the short form of the fact on the closing poster. (The cards' big facts are mostly
//! arguments: a count, a date, a merchant as written, a category's name.)

templates! {
    // Titles, small above the big fact.
    /// The year in one number: {0} the year.
    STORY_YEAR = "Your {0} in one number", "{0} 年，用一个数字说";
    /// The first payment.
    STORY_FIRST = "Your first payment of the year", "这一年的第一笔";
    /// The day with the most payments.
    STORY_BUSIEST_DAY = "Your busiest day", "最忙的一天";
    /// The merchant paid most often.
    STORY_MERCHANT = "The place you kept going back to", "你最常光顾的地方";
    /// The latest-night payment.
    STORY_LATE_NIGHT = "Your latest night", "睡得最晚的一次";
    /// The longest run of days without spending.
    STORY_STREAK = "Your longest break from spending", "最长的零消费";
    /// The top categories.
    STORY_CATEGORIES = "Where most of it went", "钱主要花在了";
    /// Cities and provinces.
    STORY_PLACES = "Where you paid", "你的足迹";
    /// The month rhythm.
    STORY_MONTHS = "Your year, month by month", "一年的节奏";
    /// The biggest single purchase.
    STORY_BIGGEST = "Your biggest single purchase", "最大的一笔";
    /// Weekday × hour.
    STORY_HABIT = "When you pay most", "你最常付钱的时候";
    /// Against last year: {0} that year.
    STORY_LAST_YEAR = "Your year against {0}", "和 {0} 年比";
    /// The closing poster: {0} the year.
    STORY_POSTER = "My {0}", "我的 {0}";

    // Big facts with words.
    /// A date and a time of day ({1} as `03:12`).
    STORY_DATE_TIME = "{0}, {1}", "{0} {1}";
    /// A weekday and an hour: {0} weekday, {1} hour.
    STORY_WEEKDAY_HOUR = "{0} at {1}:00", "{0} {1} 点";
    /// A fact that is its argument alone: a date, a change in per cent as written (`+12%`).
    STORY_PLAIN = "{0}", "{0}";

    // Sentences under the big fact.
    /// Under the number of payments: {0} days.
    STORY_ON_DAYS = "on {0} {0:day|days} with spending", "{0} 天有消费";
    /// Under the total: {0} payments, {1} days.
    STORY_SPENT_OVER = "spent over {0} {0:payment|payments} on {1} {1:day|days}", "{0} 笔支付，{1} 天有消费";
    /// Where: {0} merchant.
    STORY_AT = "at {0}", "在 {0}";
    /// Where and how much: {0} merchant, {1} amount.
    STORY_AT_AMOUNT = "{1} at {0}", "在 {0} 花了 {1}";
    /// How much, with no merchant named: {0} amount.
    STORY_AMOUNT = "{0}", "{0}";
    /// Payments on the busiest day: {0} payments.
    STORY_PAYMENTS_THAT_DAY = "{0} {0:payment|payments} that day", "这一天付了 {0} 笔";
    /// With the amount: {0} payments, {1} amount.
    STORY_PAYMENTS_THAT_DAY_AMOUNT = "{0} {0:payment|payments} that day, {1} in all", "这一天付了 {0} 笔，共 {1}";
    /// Visits to the merchant: {0} payments.
    STORY_TIMES = "{0} {0:time|times} this year", "这一年去了 {0} 次";
    /// With the amount: {0} payments, {1} amount.
    STORY_TIMES_AMOUNT = "{0} {0:time|times} this year, {1} in all", "这一年去了 {0} 次，共 {1}";
    /// When and where: {0} date, {1} merchant.
    STORY_ON_DATE_AT = "on {0}, at {1}", "{0}，在 {1}";
    /// When: {0} date.
    STORY_ON_DATE = "on {0}", "{0}那天";
    /// The streak's dates: {0} the range.
    STORY_NOT_A_CENT = "{0}, without a single payment", "{0}，一笔都没花";
    /// A category's share: {0} share.
    STORY_SHARE = "{0} of your spending", "占全年支出的 {0}";
    /// With the amount: {0} share, {1} amount.
    STORY_SHARE_AMOUNT = "{0} of your spending, {1}", "占全年支出的 {0}，共 {1}";
    /// The city paid in most often: {0} city.
    STORY_MOSTLY_IN = "most often in {0}", "最常在{0}";
    /// Under the busiest month.
    STORY_MONTH_MOST = "the month you spent the most", "是你花得最多的月份";
    /// With the amount: {0} amount.
    STORY_MONTH_MOST_AMOUNT = "the month you spent the most: {0}", "是你花得最多的月份：{0}";
    /// The busiest hour of the week: {0} payments.
    STORY_HABIT_LINE = "{0} {0:payment|payments} in that hour of the week", "一周里这个钟点付了 {0} 笔";
    /// Under this year's payments: {0} last year's payments, {1} that year.
    STORY_AGAINST = "against {0} in {1}", "{1} 年是 {0} 笔";

    // The poster's short facts.
    /// Payments in the year.
    STORY_BRIEF_PAYMENTS = "{0} {0:payment|payments}", "{0} 笔支付";
    /// Spending in the year.
    STORY_BRIEF_SPENT = "{0} spent", "共支出 {0}";
    /// The first payment: {0} date.
    STORY_BRIEF_FIRST = "First payment: {0}", "第一笔：{0}";
    /// The busiest day: {0} date.
    STORY_BRIEF_BUSIEST_DAY = "Busiest day: {0}", "最忙的一天：{0}";
    /// The merchant: {0} name, {1} payments.
    STORY_BRIEF_MERCHANT = "{0}, {1} {1:time|times}", "{0} {1} 次";
    /// The latest night: {0} time.
    STORY_BRIEF_LATE_NIGHT = "Latest payment: {0}", "最晚一笔：{0}";
    /// The streak: {0} days.
    STORY_BRIEF_STREAK = "{0} {0:day|days} in a row without spending", "连续 {0} 天零消费";
    /// The top category: {0} name, {1} share.
    STORY_BRIEF_CATEGORY = "Mostly {0:lower} ({1})", "最多花在{0}（{1}）";
    /// The busiest month: {0} month.
    STORY_BRIEF_MONTH = "Biggest month: {0}", "花得最多：{0}";
    /// The biggest purchase: {0} merchant or amount.
    STORY_BRIEF_BIGGEST = "Biggest purchase: {0}", "最大一笔：{0}";
    /// The busiest hour: {0} weekday and hour.
    STORY_BRIEF_HABIT = "Busiest hour: {0}", "最常付钱：{0}";
}
