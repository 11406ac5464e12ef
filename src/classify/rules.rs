//! Categories from free text, for statements with no category column (WeChat Pay, banks): an
//! ordered table of keywords, in Chinese and English, matched against the counterparty and then
//! the item. The first rule that matches wins, so the narrow rules sit above the broad ones.

use crate::model::Category;

/// Keywords per category, checked in this order. ASCII keywords are lower case, compared without
/// regard to case, and match whole words only ("fuel" is not in "aufgefuellt"); Chinese
/// keywords match anywhere, as Chinese has no spaces.
const RULES: &[(Category, &[&str])] = &[
    (
        Category::Fees,
        &[
            "服务费",
            "手续费",
            "service fee",
            "bank fee",
            "atm fee",
            "fee",
            "fees",
            "bijdrage",
            "gebühr",
            "gebuehr",
            "gebuehren",
            "kontoführung",
            "kontofuehrung",
            "frais bancaires",
        ],
    ),
    (
        Category::GiftsRedPackets,
        &["红包", "赞赏", "公益", "慈善", "捐款", "礼物", "礼品", "charity", "donation", "gift"],
    ),
    (
        Category::Travel,
        &[
            "酒店",
            "宾馆",
            "民宿",
            "携程",
            "飞猪",
            "去哪儿",
            "航空",
            "机票",
            "旅行",
            "旅游",
            "景区",
            "hotel",
            "airbnb",
            "airline",
            "booking.com",
            "expedia",
            "hostel",
        ],
    ),
    (
        Category::Transport,
        &[
            "滴滴",
            "出行",
            "打车",
            "出租",
            "地铁",
            "公交",
            "铁路",
            "12306",
            "高铁",
            "加油",
            "中石化",
            "中石油",
            "停车",
            "哈啰",
            "单车",
            "高速",
            "uber",
            "lyft",
            "taxi",
            "metro",
            "transit",
            "railway",
            "parking",
            "petrol",
            "fuel",
        ],
    ),
    (
        Category::Groceries,
        &[
            "超市",
            "便利店",
            "7-eleven",
            "7-11",
            "全家",
            "罗森",
            "盒马",
            "永辉",
            "沃尔玛",
            "家乐福",
            "大润发",
            "菜市场",
            "生鲜",
            "水果",
            "walmart",
            "supermarket",
            "grocery",
            "tesco",
            "aldi",
            "lidl",
            "carrefour",
            "costco",
            "rewe",
            "edeka",
        ],
    ),
    (
        Category::Dining,
        &[
            "餐厅",
            "餐饮",
            "饭店",
            "食堂",
            "小吃",
            "快餐",
            "外卖",
            "美团",
            "饿了么",
            "米线",
            "面馆",
            "火锅",
            "烧烤",
            "咖啡",
            "奶茶",
            "茶饮",
            "星巴克",
            "瑞幸",
            "喜茶",
            "麦当劳",
            "肯德基",
            "必胜客",
            "汉堡",
            "面包",
            "restaurant",
            "cafe",
            "café",
            "coffee",
            "starbucks",
            "mcdonald",
            "kfc",
            "pizza",
            "burger",
            "bakery",
            "deliveroo",
            "uber eats",
        ],
    ),
    (
        Category::HousingUtilities,
        &[
            "电费",
            "水费",
            "燃气",
            "物业",
            "房租",
            "租金",
            "话费",
            "流量",
            "宽带",
            "中国移动",
            "中国联通",
            "中国电信",
            "国家电网",
            "electricity",
            "utility",
            "utilities",
            "broadband",
            "vodafone",
            "telekom",
        ],
    ),
    (
        Category::Health,
        &[
            "医院",
            "诊所",
            "药店",
            "药房",
            "医疗",
            "体检",
            "牙科",
            "保险",
            "pharmacy",
            "hospital",
            "clinic",
            "dental",
            "insurance",
            "apotheke",
        ],
    ),
    (
        Category::EducationCulture,
        &[
            "书店",
            "图书",
            "课程",
            "教育",
            "培训",
            "学费",
            "博物馆",
            "展览",
            "bookstore",
            "bookshop",
            "course",
            "tuition",
            "museum",
            "university",
        ],
    ),
    (
        Category::Entertainment,
        &[
            "电影", "影城", "影院", "ktv", "游戏", "演出", "门票", "健身", "cinema", "netflix",
            "spotify", "steam", "theatre", "theater", "concert",
        ],
    ),
    (
        Category::Digital,
        &[
            "数码",
            "电子产品",
            "app store",
            "apple.com",
            "腾讯视频",
            "爱奇艺",
            "云服务",
            "microsoft",
            "icloud",
        ],
    ),
    (
        Category::Shopping,
        &[
            "拼多多",
            "淘宝",
            "天猫",
            "京东",
            "唯品会",
            "商场",
            "购物",
            "服饰",
            "优衣库",
            "宜家",
            "amazon",
            "ikea",
            "zara",
            "uniqlo",
            "h&m",
        ],
    ),
];

/// The category for a row known only by its counterparty and item text; [`Category::Other`]
/// when no keyword matches.
pub fn from_text(counterparty: &str, description: &str) -> Category {
    let texts = [counterparty.to_lowercase(), description.to_lowercase()];
    for text in &texts {
        if text.is_empty() {
            continue;
        }
        let pairs = BytePairs::of(text);
        for (category, keywords) in RULES {
            if keywords.iter().any(|k| pairs.may_contain(k) && contains_keyword(text, k)) {
                return *category;
            }
        }
    }
    Category::Other
}

/// Which pairs of adjacent bytes a text has, hashed into 4096 bits: a keyword whose first or
/// last two bytes are not there cannot be in the text, so most of the table's hundreds of
/// keywords are ruled out by two bits instead of a substring search each (a bank file spent most
/// of its time here, docs/benchmarks.md). Never rules out a keyword that is there.
struct BytePairs([u64; 64]);

impl BytePairs {
    fn of(text: &str) -> BytePairs {
        let mut bits = [0u64; 64];
        for pair in text.as_bytes().windows(2) {
            let bit = Self::bit(pair[0], pair[1]);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        BytePairs(bits)
    }

    fn bit(first: u8, second: u8) -> usize {
        ((usize::from(first) << 4) ^ usize::from(second)) & 4095
    }

    /// False only when the keyword's first or last two bytes are not in the text.
    fn may_contain(&self, keyword: &str) -> bool {
        match keyword.as_bytes() {
            [a, b, .., y, z] => self.has(*a, *b) && self.has(*y, *z),
            [a, b] => self.has(*a, *b),
            _ => true,
        }
    }

    fn has(&self, first: u8, second: u8) -> bool {
        let bit = Self::bit(first, second);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// `keyword` in `text`; an ASCII keyword only where neither neighbour is an ASCII letter or digit.
fn contains_keyword(text: &str, keyword: &str) -> bool {
    if !keyword.is_ascii() {
        return text.contains(keyword);
    }
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    text.match_indices(keyword).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + keyword.len()..].chars().next();
        !is_word(before) && !is_word(after)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_pair_filter_never_hides_a_keyword_that_is_there() {
        // Every keyword of the table, alone and inside other text, passes the filter.
        for (_, keywords) in RULES {
            for keyword in *keywords {
                for text in
                    [keyword.to_string(), format!("xx {keyword} 店"), format!("付{keyword}")]
                {
                    assert!(BytePairs::of(&text).may_contain(keyword), "{keyword} in {text}");
                }
            }
        }
        // And it does rule out: a text without the keyword's first pair.
        let pairs = BytePairs::of("云膳过桥米线");
        assert!(!pairs.may_contain("hotel") && !pairs.may_contain("酒店"));
        assert!(pairs.may_contain("米线"));
        // The filtered search agrees with the plain one on the table's own words.
        let plain = |text: &str| {
            RULES
                .iter()
                .find(|(_, keywords)| keywords.iter().any(|k| contains_keyword(text, k)))
                .map_or(Category::Other, |(c, _)| *c)
        };
        for text in ["shell fuel station", "starbucks #1234", "美团订单-12345", "aufgefuellt", ""]
        {
            assert_eq!(from_text(text, ""), plain(&text.to_lowercase()), "{text}");
        }
    }

    #[test]
    fn ascii_keywords_match_whole_words_only() {
        assert!(contains_keyword("shell fuel station", "fuel"));
        assert!(contains_keyword("fuel", "fuel"));
        assert!(!contains_keyword("konto aufgefuellt", "fuel"));
        assert!(!contains_keyword("metropolitan museum", "metro"));
        assert!(contains_keyword("12306铁路", "12306"));
        assert!(contains_keyword("瑞幸咖啡", "咖啡"));
    }

    macro_rules! category {
        ($name:ident, $counterparty:expr, $description:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(
                    from_text($counterparty, $description),
                    $expected,
                    "{:?} / {:?}",
                    $counterparty,
                    $description
                );
            }
        };
    }

    category!(noodle_shop, "云膳过桥米线(传奇广场店)", "总共消费:28.16", Category::Dining);
    category!(meituan_platform, "美团平台商户", "美团订单-12345", Category::Dining);
    category!(charity, "腾讯公益慈善基金会", "焕新乐园", Category::GiftsRedPackets);
    category!(walmart_with_comma, "WALMART HONG KONG CO.,LIMITED", "/", Category::Groceries);
    category!(didi, "滴滴出行", "快车", Category::Transport);
    category!(english_case_insensitive, "STARBUCKS LONDON", "", Category::Dining);
    category!(
        item_decides_when_counterparty_is_vague,
        "某商户",
        "话费充值",
        Category::HousingUtilities
    );
    category!(counterparty_wins_over_item, "沃尔玛", "咖啡豆", Category::Groceries);
    category!(hotel, "全季酒店", "住宿", Category::Travel);
    category!(pharmacy, "老百姓大药房", "", Category::Health);
    category!(withdrawal_fee, "", "服务费¥0.10", Category::Fees);
    category!(unknown, "某餐", "", Category::Other);
    category!(empty, "", "", Category::Other);
}
