//! Names of things the report counts by, English beside Chinese: months, weekdays, Yearbook's
//! categories, the kinds of row, and the shapes of a date in each language.

use super::Template;

templates! {
    // Months, short (axes, dates in sentences: `14 Mar` / `3月14日`).
    /// January on an axis.
    MONTH_JAN = "Jan", "1月";
    /// February on an axis.
    MONTH_FEB = "Feb", "2月";
    /// March on an axis.
    MONTH_MAR = "Mar", "3月";
    /// April on an axis.
    MONTH_APR = "Apr", "4月";
    /// May on an axis.
    MONTH_MAY = "May", "5月";
    /// June on an axis.
    MONTH_JUN = "Jun", "6月";
    /// July on an axis.
    MONTH_JUL = "Jul", "7月";
    /// August on an axis.
    MONTH_AUG = "Aug", "8月";
    /// September on an axis.
    MONTH_SEP = "Sep", "9月";
    /// October on an axis.
    MONTH_OCT = "Oct", "10月";
    /// November on an axis.
    MONTH_NOV = "Nov", "11月";
    /// December on an axis.
    MONTH_DEC = "Dec", "12月";

    // Months, narrowest, in English (an axis too narrow for `Jan`: `J`…`D`); Chinese has no
    // shorter month name than `1月`, and its narrow axis counts months with MONTH_NUMBER.
    /// Jan on a narrow axis.
    MONTH_NARROW_JAN = "J", "1月";
    /// Feb on a narrow axis.
    MONTH_NARROW_FEB = "F", "2月";
    /// Mar on a narrow axis.
    MONTH_NARROW_MAR = "M", "3月";
    /// Apr on a narrow axis.
    MONTH_NARROW_APR = "A", "4月";
    /// May on a narrow axis.
    MONTH_NARROW_MAY = "M", "5月";
    /// Jun on a narrow axis.
    MONTH_NARROW_JUN = "J", "6月";
    /// Jul on a narrow axis.
    MONTH_NARROW_JUL = "J", "7月";
    /// Aug on a narrow axis.
    MONTH_NARROW_AUG = "A", "8月";
    /// Sep on a narrow axis.
    MONTH_NARROW_SEP = "S", "9月";
    /// Oct on a narrow axis.
    MONTH_NARROW_OCT = "O", "10月";
    /// Nov on a narrow axis.
    MONTH_NARROW_NOV = "N", "11月";
    /// Dec on a narrow axis.
    MONTH_NARROW_DEC = "D", "12月";

    /// A month as its number on a Chinese axis too narrow for `1月`.
    MONTH_NUMBER = "{0}", "{0}";

    // Months in sentences and tables.
    /// January.
    JANUARY = "January", "1月";
    /// February.
    FEBRUARY = "February", "2月";
    /// March.
    MARCH = "March", "3月";
    /// April.
    APRIL = "April", "4月";
    /// May.
    MAY = "May", "5月";
    /// June.
    JUNE = "June", "6月";
    /// July.
    JULY = "July", "7月";
    /// August.
    AUGUST = "August", "8月";
    /// September.
    SEPTEMBER = "September", "9月";
    /// October.
    OCTOBER = "October", "10月";
    /// November.
    NOVEMBER = "November", "11月";
    /// December.
    DECEMBER = "December", "12月";

    // Weekdays, short (heatmap rows).
    /// Monday on a heatmap row.
    DAY_MON = "Mon", "周一";
    /// Tuesday on a heatmap row.
    DAY_TUE = "Tue", "周二";
    /// Wednesday on a heatmap row.
    DAY_WED = "Wed", "周三";
    /// Thursday on a heatmap row.
    DAY_THU = "Thu", "周四";
    /// Friday on a heatmap row.
    DAY_FRI = "Fri", "周五";
    /// Saturday on a heatmap row.
    DAY_SAT = "Sat", "周六";
    /// Sunday on a heatmap row.
    DAY_SUN = "Sun", "周日";

    // Weekdays in sentences, as a habit ("on Mondays" / "周一").
    /// Monday, as in "on Mondays".
    MONDAYS = "Mondays", "周一";
    /// Tuesday, as in "on Tuesdays".
    TUESDAYS = "Tuesdays", "周二";
    /// Wednesday, as in "on Wednesdays".
    WEDNESDAYS = "Wednesdays", "周三";
    /// Thursday, as in "on Thursdays".
    THURSDAYS = "Thursdays", "周四";
    /// Friday, as in "on Fridays".
    FRIDAYS = "Fridays", "周五";
    /// Saturday, as in "on Saturdays".
    SATURDAYS = "Saturdays", "周六";
    /// Sunday, as in "on Sundays".
    SUNDAYS = "Sundays", "周日";

    // The shapes of a date ({0} the day, {1} the short month, {2} the year).
    /// A day of the year.
    DAY_OF_YEAR = "{0} {1}", "{1}{0}日";
    /// A day with its year.
    DATE_WITH_YEAR = "{0} {1} {2}", "{2}年{1}{0}日";
    /// Days {0} to {1} of the month {2}.
    DAYS_OF_MONTH = "{0}–{1} {2}", "{2}{0}日–{2}{1}日";
    /// {0}, {1}: the first and last month's names (`MONTHS`).
    MONTH_SPAN = "{0}–{1}", "{0}至{1}";
    /// From the date {0} to the date {1}.
    DATE_SPAN = "{0}–{1}", "{0}–{1}";

    // Yearbook's categories (`Category::name`).
    /// Restaurants, cafés, food delivery.
    CATEGORY_DINING = "Dining", "餐饮";
    /// Supermarkets, convenience stores, daily necessities.
    CATEGORY_GROCERIES = "Groceries", "超市日用";
    /// Clothes, home, beauty, sports and other goods.
    CATEGORY_SHOPPING = "Shopping", "购物";
    /// Taxis, metro, trains, fuel.
    CATEGORY_TRANSPORT = "Transport", "交通";
    /// Rent, property fees, phone, power and water.
    CATEGORY_HOUSING_UTILITIES = "Housing & utilities", "住房缴费";
    /// Hospitals, pharmacies, insurance.
    CATEGORY_HEALTH = "Health", "医疗健康";
    /// Books, courses, museums.
    CATEGORY_EDUCATION_CULTURE = "Education & culture", "书籍与文化";
    /// Films, games, leisure.
    CATEGORY_ENTERTAINMENT = "Entertainment", "休闲娱乐";
    /// Hotels and trips.
    CATEGORY_TRAVEL = "Travel", "酒店旅行";
    /// Electronics and digital services.
    CATEGORY_DIGITAL = "Digital", "数码";
    /// Red packets, transfers to people, gifts.
    CATEGORY_GIFTS_RED_PACKETS = "Gifts & red packets", "礼物红包";
    /// Service and withdrawal fees.
    CATEGORY_FEES = "Fees", "手续费";
    /// Everything else.
    CATEGORY_OTHER = "Other", "其他";

    // The kinds of row, as groups of rows (`Kind::name`).
    /// Expenses.
    KIND_EXPENSE = "Spending", "支出";
    /// Income.
    KIND_INCOME = "Income", "收入";
    /// Refunds.
    KIND_REFUND = "Refunds", "退款";
    /// Transfers between one's own accounts.
    KIND_TRANSFER = "Transfers", "转账";
    /// Investments.
    KIND_INVESTMENT = "Investments", "理财";
    /// Credit repayments.
    KIND_REPAYMENT = "Repayments", "还款";
    /// Cancelled orders.
    KIND_CANCELLED = "Cancelled", "已关闭";
    /// Rows read twice.
    KIND_DUPLICATE = "Duplicates", "重复";
    /// Unclassified rows.
    KIND_OTHER = "Other", "其他";
}

/// Short month names, January first.
pub const MONTHS_SHORT: [&Template; 12] = [
    &MONTH_JAN, &MONTH_FEB, &MONTH_MAR, &MONTH_APR, &MONTH_MAY, &MONTH_JUN, &MONTH_JUL, &MONTH_AUG,
    &MONTH_SEP, &MONTH_OCT, &MONTH_NOV, &MONTH_DEC,
];

/// Narrowest month names (`J`; Chinese `1月`), January first.
pub const MONTHS_NARROW: [&Template; 12] = [
    &MONTH_NARROW_JAN,
    &MONTH_NARROW_FEB,
    &MONTH_NARROW_MAR,
    &MONTH_NARROW_APR,
    &MONTH_NARROW_MAY,
    &MONTH_NARROW_JUN,
    &MONTH_NARROW_JUL,
    &MONTH_NARROW_AUG,
    &MONTH_NARROW_SEP,
    &MONTH_NARROW_OCT,
    &MONTH_NARROW_NOV,
    &MONTH_NARROW_DEC,
];

/// Month names in sentences, January first.
pub const MONTHS: [&Template; 12] = [
    &JANUARY, &FEBRUARY, &MARCH, &APRIL, &MAY, &JUNE, &JULY, &AUGUST, &SEPTEMBER, &OCTOBER,
    &NOVEMBER, &DECEMBER,
];

/// Short weekday names, Monday first.
pub const WEEKDAYS_SHORT: [&Template; 7] =
    [&DAY_MON, &DAY_TUE, &DAY_WED, &DAY_THU, &DAY_FRI, &DAY_SAT, &DAY_SUN];

/// Weekdays as a habit ("on Mondays"), Monday first.
pub const WEEKDAYS: [&Template; 7] =
    [&MONDAYS, &TUESDAYS, &WEDNESDAYS, &THURSDAYS, &FRIDAYS, &SATURDAYS, &SUNDAYS];

/// The short name of month `month` (1 = January); wraps, so it never fails.
pub fn month_short(month: u32) -> &'static Template {
    MONTHS_SHORT[(month.wrapping_sub(1) % 12) as usize]
}

/// The narrowest name of month `month` (1 = January; `J`, `1月`); wraps, so it never fails.
pub fn month_narrow(month: u32) -> &'static Template {
    MONTHS_NARROW[(month.wrapping_sub(1) % 12) as usize]
}

/// The name of month `month` (1 = January) for a sentence; wraps, so it never fails.
pub fn month(month: u32) -> &'static Template {
    MONTHS[(month.wrapping_sub(1) % 12) as usize]
}

/// The short name of weekday `day` (0 = Monday); wraps, so it never fails.
pub fn weekday_short(day: u32) -> &'static Template {
    WEEKDAYS_SHORT[(day % 7) as usize]
}

/// Weekday `day` (0 = Monday) as a habit; wraps, so it never fails.
pub fn weekday(day: u32) -> &'static Template {
    WEEKDAYS[(day % 7) as usize]
}
