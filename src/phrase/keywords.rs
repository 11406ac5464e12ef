//! The keyword of the year (`report/keyword.rs`), English beside Chinese: the keywords, what
//! each rule measures, and the sentences that give the reason and the condition. The words are
//! all kind: nothing about debt, fast food or excess.

templates! {
    // The keywords.
    /// Books and culture.
    BOOKWORM = "Bookworm", "书香";
    /// Hotels and trips.
    EXPLORER = "Explorer", "旅行家";
    /// Eating out.
    FOODIE = "Foodie", "美食家";
    /// Electronics and digital services.
    TECH_LOVER = "Tech lover", "科技控";
    /// Health and care.
    WELLNESS = "Wellness", "养生";
    /// Gifts and red packets.
    GENEROUS = "Generous", "慷慨";
    /// Home, groceries and bills.
    HOMEBODY = "Homebody", "居家";
    /// Films, games and fun.
    FUN_SEEKER = "Fun seeker", "玩家";
    /// Getting around.
    ON_THE_MOVE = "On the move", "在路上";
    /// Many cities.
    CITY_HOPPER = "City hopper", "城市漫游者";
    /// Late nights.
    NIGHT_OWL = "Night owl", "夜猫子";
    /// Early mornings.
    EARLY_BIRD = "Early bird", "早起鸟";
    /// Savings.
    SAVER = "Saver", "储蓄家";
    /// Days without spending.
    MINDFUL = "Mindful", "知足";
    /// Too little data to read a pattern.
    FRESH_START = "Fresh start", "开篇";
    /// No rule applies.
    BALANCED = "Balanced", "均衡";

    // What a share rule measures, inside its sentences.
    /// Education and culture.
    TOPIC_BOOKS = "books and culture", "书籍与文化";
    /// Travel.
    TOPIC_TRIPS = "hotels and trips", "酒店与旅行";
    /// Dining.
    TOPIC_EATING_OUT = "eating out", "美食";
    /// Digital.
    TOPIC_DIGITAL = "electronics and digital services", "数码产品与数字服务";
    /// Health.
    TOPIC_HEALTH = "health and care", "健康与养护";
    /// Gifts and red packets.
    TOPIC_GIFTS = "gifts and red packets for others", "给别人的礼物和红包";
    /// Groceries, housing and utilities.
    TOPIC_HOME = "home, groceries and bills", "居家、日用与缴费";
    /// Entertainment.
    TOPIC_FUN = "films, games and fun", "电影、游戏与娱乐";
    /// Transport.
    TOPIC_GETTING_AROUND = "getting around", "出行";
    /// The late-night hours.
    TOPIC_LATE_NIGHT = "between midnight and 5 a.m.", "凌晨 0 点到 5 点之间";
    /// The early-morning hours.
    TOPIC_EARLY_MORNING = "between 5 and 9 in the morning", "早上 5 点到 9 点之间";

    // Why a keyword was chosen ({0} the measure).
    /// {0} share, {1} topic.
    REASON_SHARE = "{0} of your spending went to {1}", "你 {0} 的支出花在了{1}上";
    /// {0} cities.
    REASON_CITIES = "You paid in {0} different cities", "你在 {0} 座城市留下了消费足迹";
    /// {0} share of payments, {1} the hours.
    REASON_HOURS = "{0} of your payments were made {1}", "你 {0} 的支付发生在{1}";
    /// {0} share of income.
    REASON_SAVINGS = "You kept {0} of your income", "你存下了收入的 {0}";
    /// {0} days without spending, {1} days covered.
    REASON_ZERO_SPEND_DAYS = "You spent nothing on {0} of {1} days", "{1} 天里有 {0} 天你一分钱没花";
    /// {0} payments, {1} days: too few.
    REASON_TOO_FEW = "A first chapter: {0} {0:payment|payments} over {1} {1:day|days}",
        "开篇：{1} 天里的 {0} 笔支付";
    /// Why the keyword section is left out: {0} payments and {1} days needed, {2} and {3} read.
    KEYWORD_NEEDS_MORE = "a keyword is chosen from {0} payments over {1} days or more; these statements hold {2} {2:payment|payments} over {3} {3:day|days}",
        "至少要有 {1} 天、{0} 笔支付才选得出；这份账单有 {3} 天、{2} 笔支付";
    /// {0} the largest share of any category.
    REASON_BALANCED = "No single kind of spending took more than {0} of your year", "没有哪一类支出超过全年的 {0}";

    // When a rule fires ({0} the threshold).
    /// {0} topic, {1} threshold.
    WHEN_SHARE = "{0} ≥ {1} of spending", "{0}占支出 ≥ {1}";
    /// {0} cities.
    WHEN_CITIES = "payments in ≥ {0} cities", "在 ≥ {0} 座城市有消费";
    /// {0} the hours, {1} threshold.
    WHEN_HOURS = "payments {0} ≥ {1}", "{0}的支付 ≥ {1}";
    /// {0} threshold.
    WHEN_SAVINGS = "kept ≥ {0} of income", "存下收入的 ≥ {0}";
    /// {0} threshold.
    WHEN_ZERO_SPEND_DAYS = "days without spending ≥ {0}", "零消费的日子 ≥ {0}";
}
