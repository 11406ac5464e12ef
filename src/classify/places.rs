//! Places named in statement text: Chinese provinces and prefecture-level cities and the world's
//! large cities, found in merchant names and item descriptions with the embedded gazetteer
//! (`places_data.rs`). This is inference, and the report shows it as such.
//!
//! # The matching rule
//!
//! Text is scanned left to right; at each position the longest name that matches wins and is
//! consumed, so `深圳市` is one mention of 深圳 and `大兴安岭` never yields 兴安.
//!
//! - **Full names** (`深圳市`, `广东省`, `大理白族自治州`, `大理州`, `香港特别行政区`) match
//!   anywhere, except a name ending in 市 followed by 场 (`重庆市场` is a market, not 重庆市).
//! - **Short names** (`深圳`, `广东`, `东京`) match unless
//!   1. they are on [`SHORT_NAMES_NEVER_ALONE`], words that mostly mean something else
//!      (三明 in 三明治 "sandwich", 开封 "unseal", 白银 "silver", 阿里 in 阿里巴巴, 中山 in the
//!      中山路 of every city, 普洱 tea, 哈密 melon, 和田 jade); those places match by full name
//!      only (`三明市`); or
//!   2. the next characters start with a word from [`NOT_A_VISIT_AFTER`]: a dish or product named
//!      after a place (海南鸡饭, 兰州拉面, 桂林米粉, 北京烤鸭, 金华火腿, 大理石), a street
//!      (南京东路, 长春路), or an institution that is named after a place but sells everywhere
//!      (海南航空, 上海银行, 广东移动).
//! - **Phrases** on [`FALSE_FRIENDS`] are blanked before scanning: brands and chains that contain
//!   a place name (维也纳酒店, 巴黎贝甜, 澳门豆捞, 北京华联, 大连万达).
//! - **English names** (`Shenzhen`, `Tokyo`, `New York`) match case-insensitively as whole words
//!   (no letter or digit on either side), after the English [`FALSE_FRIENDS`] are blanked
//!   (`Hainan chicken`, `Paris Baguette`); names shorter than four letters, and names that are
//!   also words, brands or first names (Phoenix, Kobe, Sapporo, Santiago, Lima), listed in
//!   [`ENGLISH_NEVER`], are not matched.
//! - A short name shared by a province and a prefecture (吉林, 海南) means the province; the
//!   prefecture matches by its full name (吉林市, 海南州). An English name shared by two places
//!   (Suzhou for 苏州 and 宿州, Fuzhou, Taizhou, Yichun, Yulin) names neither.
//!
//! Callers skip rows that only show where a company is registered (online shops and platforms,
//! see [`is_online`]): `北京三快在线科技有限公司` is Meituan, not a trip to Beijing.

use super::places_data::{COUNTRIES, ENTRIES};
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// Whether a gazetteer row is a province-level division or a city.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// A Chinese province, autonomous region, municipality or special administrative region.
    Province,
    /// A prefecture-level city (or autonomous prefecture, league, region) or a world city.
    City,
}

/// One row of the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    /// A stable id: `cn-<adcode>` for Chinese divisions, `<country>-<geonameid>` elsewhere.
    pub id: &'static str,
    /// Province or city.
    pub level: Level,
    /// The Chinese name as shown (short form: 深圳, 广东, 东京).
    pub zh: &'static str,
    /// The English name as shown.
    pub en: &'static str,
    /// The Chinese province it lies in (itself for a province; empty abroad).
    pub province: &'static str,
    /// ISO 3166-1 alpha-2 country code.
    pub country: &'static str,
    /// Approximate longitude, degrees east.
    pub lon: f64,
    /// Approximate latitude, degrees north.
    pub lat: f64,
    /// Official names, matched anywhere.
    pub full: &'static [&'static str],
    /// Short Chinese names, matched with the guards above.
    pub short: &'static [&'static str],
    /// English names, matched as whole words in any case.
    pub english: &'static [&'static str],
}

/// Short names that are mostly other words; their places match by full name only.
#[rustfmt::skip]
pub const SHORT_NAMES_NEVER_ALONE: &[&str] = &[
    "三明", "来宾", "开封", "白银", "阿里", "中山", "朝阳", "普洱", "哈密", "和田", "玉树", "红河",
    "长治", "鄂尔多斯", "兴安", "海西", "海东", "海北", "黄南", "果洛", "阿坝", "昌吉", "大同",
    "吉安", "通化", "永州", "资阳", "安顺", "白山", "白城", "七台河", "鹤壁",
];

/// Words that, right after a short place name, say the text names a dish, a product, a street
/// or a chain rather than a place the user was in.
#[rustfmt::skip]
pub const NOT_A_VISIT_AFTER: &[&str] = &[
    // dishes and products named after their origin
    "鸡饭", "拉面", "牛肉面", "面", "米粉", "螺蛳粉", "粉", "米线", "烤鸭", "小吃", "菜", "火锅",
    "臭豆腐", "大盘鸡", "炒饭", "小笼", "汤包", "包子", "煎饼", "肠粉", "早茶", "卤肉饭", "手抓饼",
    "奶茶", "粽子", "扒鸡", "牛肉汤", "馄饨", "热干面", "烧烤", "麻辣烫", "冒菜", "凉皮", "肉夹馍",
    "羊肉串", "烤肉", "风味", "特色", "料理", "毛峰", "火腿", "茶", "石", "瓜", "玉", "苹果",
    "红枣", "枸杞", "牛肉干", "烤肠", "酱", "布鞋",
    // streets
    "东路", "西路", "南路", "北路", "中路", "路", "街", "大道", "巷", "胡同",
    // institutions that sell everywhere
    "银行", "航空", "证券", "保险", "人寿", "移动", "联通", "电信", "卫视", "电视",
];

/// Phrases blanked out before matching: brands and chains whose names contain a place.
#[rustfmt::skip]
pub const FALSE_FRIENDS: &[&str] = &[
    "三明治", "阿里巴巴", "阿里云", "阿里妈妈", "北京华联", "澳门豆捞", "维也纳酒店", "维也纳国际酒店",
    "维也纳好眠", "巴黎贝甜", "巴黎春天", "大连万达", "开封菜", "香格里拉", "hainan chicken",
    "paris baguette", "vienna hotel", "new york fries", "kobe beef", "boston market",
];

/// English names never matched: too often a word, a brand or a person.
#[rustfmt::skip]
pub const ENGLISH_NEVER: &[&str] = &[
    "phoenix", "santiago", "salvador", "lima", "kobe", "sapporo", "leon", "león", "medina",
    "dali", "aden", "patna", "luan",
];

/// Markers of online shops and platforms: their rows name where a company is registered or
/// where goods come from, not where the user was.
#[rustfmt::skip]
const ONLINE: &[&str] = &[
    "淘宝", "天猫", "京东", "拼多多", "抖音", "快手", "唯品会", "亚马逊", "腾讯", "支付宝", "微信",
    "网易", "哔哩哔哩", "爱奇艺", "优酷", "三快", "拉扎斯", "小桔", "阿里", "amazon", "app store",
    "apple.com", "google", "steam", "netflix", "spotify", "paypal", "ebay", "aliexpress",
];

/// Whether the text names an online shop or platform (see the module doc).
pub fn is_online(text: &str) -> bool {
    let lower = text.to_lowercase();
    ONLINE.iter().any(|m| lower.contains(m))
}

/// Every row of the gazetteer.
pub fn entries() -> &'static [Entry] {
    ENTRIES
}

/// The Chinese and English names of a country by ISO code.
pub fn country_name(code: &str) -> Option<(&'static str, &'static str)> {
    COUNTRIES.iter().find(|(c, _, _)| *c == code).map(|(_, zh, en)| (*zh, *en))
}

/// How a name was written, which decides the guards it passes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Full,
    Short,
    English,
}

/// One place named in a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mention {
    /// Index into [`entries`].
    pub entry: usize,
    /// The name as matched (`深圳市`, `shenzhen`).
    pub matched: &'static str,
}

/// Names starting with one character: (the name's characters, the name, entry index, form),
/// longest first.
type Candidates = Vec<(Vec<char>, &'static str, usize, Form)>;

/// The gazetteer indexed by each name's first character, built once per report.
pub struct Gazetteer {
    /// Looked up for every character of every text read (a fast hash: docs/benchmarks.md).
    by_first: FxHashMap<char, Candidates>,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new()
    }
}

impl Gazetteer {
    /// Indexes every name of the embedded data.
    pub fn new() -> Gazetteer {
        let mut by_first: FxHashMap<char, Candidates> = FxHashMap::default();
        // English names shared by two places (苏州 and 宿州 are both "Suzhou") name neither.
        let mut english_uses: HashMap<String, u32> = HashMap::new();
        for name in ENTRIES.iter().flat_map(|e| e.english.iter()) {
            *english_uses.entry(name.to_lowercase()).or_default() += 1;
        }
        for (idx, entry) in ENTRIES.iter().enumerate() {
            let names = entry
                .full
                .iter()
                .map(|n| (*n, Form::Full))
                .chain(
                    entry
                        .short
                        .iter()
                        .filter(|n| !SHORT_NAMES_NEVER_ALONE.contains(n))
                        .map(|n| (*n, Form::Short)),
                )
                .chain(entry.english.iter().map(|n| (*n, Form::English)));
            for (name, form) in names {
                let chars: Vec<char> = if form == Form::English {
                    name.to_lowercase().chars().collect()
                } else {
                    name.chars().collect()
                };
                if form == Form::English {
                    let lower = name.to_lowercase();
                    if chars.len() < 4
                        || ENGLISH_NEVER.contains(&lower.as_str())
                        || english_uses.get(&lower).is_some_and(|n| *n > 1)
                    {
                        continue;
                    }
                }
                let Some(&first) = chars.first() else { continue };
                by_first.entry(first).or_default().push((chars, name, idx, form));
            }
        }
        for candidates in by_first.values_mut() {
            candidates.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.2.cmp(&b.2)));
        }
        Gazetteer { by_first }
    }

    /// The gazetteer row at `idx` (from a [`Mention`]).
    pub fn entry(&self, idx: usize) -> Option<&'static Entry> {
        ENTRIES.get(idx)
    }

    /// Every place named in `text`, each once, in order of first appearance.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut chars: Vec<char> = text.to_lowercase().chars().collect();
        blank_false_friends(&mut chars);
        let mut found: Vec<Mention> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            match self.match_at(&chars, i) {
                Some((len, mention)) => {
                    if !found.iter().any(|m| m.entry == mention.entry) {
                        found.push(mention);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        found
    }

    /// The longest name matching at `i` that passes its guards: (length in chars, mention).
    fn match_at(&self, chars: &[char], i: usize) -> Option<(usize, Mention)> {
        let first = chars.get(i)?;
        let candidates = self.by_first.get(first)?;
        for (name, original, idx, form) in candidates {
            let end = i + name.len();
            if chars.get(i..end) != Some(name.as_slice()) {
                continue;
            }
            let rest = chars.get(end..).unwrap_or(&[]);
            let ok = match form {
                Form::Full => !(name.last() == Some(&'市') && rest.first() == Some(&'场')),
                Form::Short => !NOT_A_VISIT_AFTER.iter().any(|w| starts_with(rest, w)),
                Form::English => {
                    let before = i.checked_sub(1).and_then(|b| chars.get(b));
                    !before.is_some_and(|c| c.is_alphanumeric())
                        && !rest.first().is_some_and(|c| c.is_alphanumeric())
                }
            };
            if ok {
                return Some((name.len(), Mention { entry: *idx, matched: original }));
            }
        }
        None
    }

    /// `name` without a leading Chinese province or city name (`东莞肯德基` → `肯德基`,
    /// `广东省深圳市腾讯` → `腾讯`), as long as two or more characters remain.
    pub fn strip_place_prefix<'a>(&self, name: &'a str) -> &'a str {
        let mut rest = name;
        for _ in 0..2 {
            let chars: Vec<char> = rest.chars().collect();
            let Some(candidates) = chars.first().and_then(|c| self.by_first.get(c)) else {
                break;
            };
            let prefix = candidates.iter().find(|(n, _, idx, form)| {
                *form != Form::English
                    && ENTRIES.get(*idx).is_some_and(|e| e.country == "CN")
                    && chars.len() >= n.len() + 2
                    && chars.get(..n.len()) == Some(n.as_slice())
            });
            let Some((n, _, _, _)) = prefix else { break };
            let cut: usize = n.iter().map(|c| c.len_utf8()).sum();
            rest = rest.get(cut..).unwrap_or(rest);
        }
        rest
    }
}

fn starts_with(chars: &[char], word: &str) -> bool {
    let mut it = chars.iter();
    word.chars().all(|w| it.next() == Some(&w))
}

/// Replaces every false-friend phrase in `chars` (already lower case) with spaces.
fn blank_false_friends(chars: &mut [char]) {
    for phrase in FALSE_FRIENDS {
        let phrase: Vec<char> = phrase.chars().collect();
        if phrase.is_empty() || phrase.len() > chars.len() {
            continue;
        }
        let mut i = 0;
        while i + phrase.len() <= chars.len() {
            if chars.get(i..i + phrase.len()) == Some(phrase.as_slice()) {
                for c in chars.iter_mut().skip(i).take(phrase.len()) {
                    *c = ' ';
                }
                i += phrase.len();
            } else {
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        let gazetteer = Gazetteer::new();
        gazetteer.find(text).iter().filter_map(|m| gazetteer.entry(m.entry)).map(|e| e.zh).collect()
    }

    macro_rules! places {
        ($name:ident, $text:expr, [$($expected:expr),*]) => {
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($expected),*];
                assert_eq!(names($text), expected, "{:?}", $text);
            }
        };
    }

    places!(full_city_name, "深圳市南山区某某餐厅", ["深圳"]);
    places!(short_city_name, "东莞肯德基有限公司", ["东莞"]);
    places!(branch_in_parentheses, "瑞幸咖啡(深圳科技园店)", ["深圳"]);
    places!(province_full_name, "广东省广州市天河区", ["广东", "广州"]);
    places!(same_place_twice_counts_once, "深圳市深圳湾", ["深圳"]);
    places!(
        autonomous_prefecture_by_full_and_short,
        "大理白族自治州 / 西双版纳",
        ["大理", "西双版纳"]
    );
    places!(prefecture_short_form_zhou, "恩施州某店", ["恩施"]);
    places!(longest_match_wins, "大兴安岭地区林场", ["大兴安岭"]);
    places!(hainan_chicken_rice_is_a_dish, "海南鸡饭(万象城店)", []);
    places!(hainan_the_province, "海南三亚湾酒店", ["海南", "三亚"]);
    places!(lanzhou_noodles_everywhere, "兰州拉面", []);
    places!(guilin_rice_noodles, "桂林米粉", []);
    places!(peking_duck, "北京烤鸭", []);
    places!(nanjing_road_in_shanghai, "上海南京东路店", ["上海"]);
    places!(sandwich_is_not_sanming, "赛百味三明治", []);
    places!(sanming_by_full_name, "三明市沙县", ["三明"]);
    places!(alibaba_is_not_ngari, "阿里巴巴", []);
    places!(airline_is_not_a_visit, "海南航空", []);

    #[test]
    fn market_is_not_the_full_city_name() {
        let gazetteer = Gazetteer::new();
        let matched: Vec<&str> = gazetteer.find("重庆市场").iter().map(|m| m.matched).collect();
        assert_eq!(matched, ["重庆"], "市场 is a market: only the short name matched");
        let matched: Vec<&str> = gazetteer.find("重庆市渝中区").iter().map(|m| m.matched).collect();
        assert_eq!(matched, ["重庆市"]);
    }
    places!(hotel_chain_is_not_vienna, "维也纳酒店(深圳店)", ["深圳"]);
    places!(jilin_short_means_the_province, "吉林", ["吉林"]);
    places!(world_city_in_chinese, "东京迪士尼", ["东京"]);
    places!(english_city_any_case, "STARBUCKS TOKYO", ["东京"]);
    places!(english_two_words, "Uber *trip new york", ["纽约"]);
    places!(english_needs_word_boundaries, "PARISIAN BAKERY", []);
    places!(english_false_friend, "Paris Baguette", []);
    places!(english_pinyin_city, "Shenzhen Bay Hotel", ["深圳"]);
    places!(ambiguous_english_names_name_nobody, "SUZHOU INDUSTRIAL PARK / Fuzhou Rd", []);
    places!(chinese_names_are_never_ambiguous, "苏州 宿州", ["苏州", "宿州"]);
    places!(nothing, "某某商户", []);

    #[test]
    fn jilin_city_and_hainan_prefecture_match_by_full_name() {
        let gazetteer = Gazetteer::new();
        let found = gazetteer.find("吉林市 海南州");
        let ids: Vec<&str> =
            found.iter().filter_map(|m| gazetteer.entry(m.entry)).map(|e| e.id).collect();
        assert_eq!(ids, ["cn-220200", "cn-632500"]);
    }

    #[test]
    fn every_city_has_a_province_or_country_and_coordinates() {
        let mut provinces = 0;
        for e in entries() {
            assert!((-180.0..=180.0).contains(&e.lon) && (-90.0..=90.0).contains(&e.lat), "{e:?}");
            assert!(country_name(e.country).is_some(), "{e:?}");
            if e.level == Level::Province {
                provinces += 1;
            }
            if e.country == "CN" {
                assert!(entries().iter().any(|p| p.level == Level::Province && p.zh == e.province));
            }
        }
        assert_eq!(provinces, 34, "all province-level divisions");
        let chinese_cities =
            entries().iter().filter(|e| e.level == Level::City && e.id.starts_with("cn-")).count();
        // 333 prefecture-level divisions + 4 municipalities + Hong Kong and Macau.
        assert!(chinese_cities >= 335, "{chinese_cities}");
        assert!(entries().iter().any(|e| e.en == "Tokyo" && e.country == "JP"));
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<&str> = entries().iter().map(|e| e.id).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn place_prefix_stripped_from_company_names() {
        let gazetteer = Gazetteer::new();
        for (name, expected) in [
            ("东莞肯德基", "肯德基"),
            ("广东省深圳市腾讯", "腾讯"),
            ("深圳市腾讯", "腾讯"),
            ("上海", "上海"),
            ("上海菜", "上海菜"),
            ("肯德基", "肯德基"),
        ] {
            assert_eq!(gazetteer.strip_place_prefix(name), expected, "{name}");
        }
    }

    #[test]
    fn online_platforms_are_recognised() {
        assert!(is_online("北京三快在线科技有限公司"));
        assert!(is_online("淘宝-某某旗舰店"));
        assert!(is_online("AMAZON MKTPLACE"));
        assert!(!is_online("东莞肯德基有限公司"));
    }
}
