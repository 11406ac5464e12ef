//! Report section 7, places: the cities, provinces and countries named in the year's payments,
//! inferred with the gazetteer of `classify::places` (whose doc states the matching rule and its
//! false-positive guards) and shown as inference: each place says how many merchant names and
//! item descriptions named it, and which.
//!
//! Only expense rows are read, and not all of them: rows of online shops and platforms
//! (`classify::places::is_online`: the text names where a company is registered or where goods
//! come from) and rows of the digital, gifts and fees categories are skipped. A province counts
//! every row that names it or one of its cities, once per row; a country likewise.
//!
//! **Removing a wrong place.** `infer` (and `Report::build_with`) take `exclude`: ids
//! (`cn-440300`), Chinese or English names (`深圳`, `Shenzhen`, any case) or country codes
//! (`JP`). An excluded place's mentions are dropped before anything is added up, so every total
//! (and the keyword, which counts cities) is recomputed without it. Excluding a province also
//! drops its cities; excluding a country drops its cities.

use crate::classify::places::{country_name, entries, is_online, Entry, Gazetteer, Level};
use crate::hash::FastMap;
use crate::model::{Category, Kind, Transaction};
use crate::phrase::{sentences as s, Arg, Name, Phrase};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// How many example texts each place lists as evidence.
pub const EXAMPLES: usize = 3;

/// The places section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Places {
    /// Cities, most payments first (then most spending, then id).
    pub cities: Vec<Place>,
    /// Chinese provinces, in the same order.
    pub provinces: Vec<Place>,
    /// Countries, in the same order.
    pub countries: Vec<CountryTotal>,
    /// Expense rows that named at least one place.
    pub payments_with_places: u32,
    /// Expense rows read for places (after skipping online shops and platforms).
    pub payments_read: u32,
    /// The names the user removed, as given.
    pub excluded: Vec<String>,
    /// How the places were found, to show beside them.
    pub note: Phrase,
}

impl Default for Places {
    /// No place, with the note on how places are found.
    fn default() -> Places {
        Places {
            cities: Vec::new(),
            provinces: Vec::new(),
            countries: Vec::new(),
            payments_with_places: 0,
            payments_read: 0,
            excluded: Vec::new(),
            note: Phrase::new(&s::PLACES_INFERRED),
        }
    }
}

/// A city or province and the payments that named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Place {
    /// Stable id (`cn-440300`, `jp-1850147`); pass it back to remove the place.
    pub id: String,
    /// City or province.
    pub level: PlaceLevel,
    /// The name.
    pub name: Name,
    /// The Chinese province it lies in (for cities in China).
    pub province: Option<Name>,
    /// ISO 3166-1 country code.
    pub country: String,
    /// The country's name.
    pub country_name: Name,
    /// Approximate position for a footprint map.
    pub coordinates: Coordinates,
    /// The first payment naming it.
    pub first_date: NaiveDate,
    /// The last payment naming it.
    pub last_date: NaiveDate,
    /// Net spending of those payments, minor units.
    pub spending_minor: i64,
    /// Those payments.
    pub payments: u32,
    /// Why Yearbook thinks so.
    pub evidence: Evidence,
}

/// Province or city.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PlaceLevel {
    /// A province-level division.
    Province,
    /// A city.
    City,
}

/// Longitude and latitude in degrees, two decimals (about a kilometre).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Coordinates {
    /// Degrees east.
    pub lon: f64,
    /// Degrees north.
    pub lat: f64,
}

// The coordinates are finite constants of the gazetteer (checked by its tests), never NaN, so
// equality is an equivalence.
impl Eq for Coordinates {}

/// The texts that named a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    /// Different merchant names (counterparty texts) that named it.
    pub merchant_names: u32,
    /// Different item descriptions that named it.
    pub item_descriptions: u32,
    /// The names as matched (`深圳市`, `Shenzhen`).
    pub matched_as: Vec<String>,
    /// Up to three of the texts, as written.
    pub examples: Vec<String>,
    /// The sentence to show: "seen in 12 merchant names".
    pub text: Phrase,
}

/// A country and the payments that named a place in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CountryTotal {
    /// ISO 3166-1 code.
    pub code: String,
    /// The name.
    pub name: Name,
    /// Cities found there.
    pub cities: u32,
    /// Payments naming a place there.
    pub payments: u32,
    /// Their net spending.
    pub spending_minor: i64,
}

#[derive(Default)]
struct Acc<'a> {
    payments: u32,
    spending: i64,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    merchant_names: BTreeSet<&'a str>,
    item_descriptions: BTreeSet<&'a str>,
    examples: Vec<String>,
}

impl<'a> Acc<'a> {
    fn add(&mut self, t: &'a Transaction, in_merchant: bool, in_item: bool) {
        let date = t.time.date();
        self.payments += 1;
        self.spending = self.spending.saturating_add(t.spending_minor);
        self.first = Some(self.first.map_or(date, |d| d.min(date)));
        self.last = Some(self.last.map_or(date, |d| d.max(date)));
        if in_merchant {
            self.merchant_names.insert(&*t.counterparty);
        }
        if in_item {
            self.item_descriptions.insert(&t.description);
        }
        for (named, text) in [(in_merchant, &*t.counterparty), (in_item, t.description.as_str())] {
            if named && self.examples.len() < EXAMPLES && !self.examples.iter().any(|e| e == text) {
                self.examples.push(text.to_string());
            }
        }
    }
}

/// Whether `entry` is removed by one of the user's `exclude` strings.
fn is_excluded(entry: &Entry, exclude: &[String]) -> bool {
    exclude.iter().any(|x| {
        let x = x.trim();
        let same = |name: &str| !name.is_empty() && name.eq_ignore_ascii_case(x);
        same(entry.id)
            || same(entry.zh)
            || same(entry.en)
            || entry.full.iter().any(|n| same(n))
            || (entry.country != "CN" && same(entry.country))
            || (x.eq_ignore_ascii_case("CN") && entry.country == "CN")
            || (!entry.province.is_empty()
                && entries().iter().any(|p| {
                    p.level == Level::Province
                        && p.zh == entry.province
                        && (same(p.id)
                            || same(p.zh)
                            || same(p.en)
                            || p.full.iter().any(|n| same(n)))
                }))
    })
}

/// Places named in one year's rows in one currency, without the `exclude`d ones.
pub(super) fn infer<'a>(
    rows: &[&'a Transaction],
    gazetteer: &Gazetteer,
    exclude: &[String],
) -> Places {
    let mut cache: FastMap<&str, Vec<(usize, &'static str)>> = FastMap::default();
    let mut matched_as: FastMap<usize, BTreeSet<&'static str>> = FastMap::default();
    let mut places: BTreeMap<usize, Acc> = BTreeMap::new();
    let mut provinces: BTreeMap<&'static str, Acc> = BTreeMap::new();
    let mut countries: BTreeMap<&'static str, (Acc, BTreeSet<usize>)> = BTreeMap::new();
    let (mut read, mut with_places) = (0u32, 0u32);
    let skipped = [Category::Digital, Category::GiftsRedPackets, Category::Fees];
    // `is_online` lower-cases and scans the text for every marker; a year repeats the same few
    // thousand merchants and items, so each distinct text is judged once (the profile's top
    // cost of the report before this, docs/benchmarks.md).
    let mut online_texts: FastMap<&str, bool> = FastMap::default();
    let mut online = |text: &'a str| *online_texts.entry(text).or_insert_with(|| is_online(text));
    for t in rows.iter().filter(|t| t.kind == Kind::Expense) {
        if skipped.contains(&t.category) || online(&t.counterparty) || online(&t.description) {
            continue;
        }
        read += 1;
        let merchant_mentions = mentions(&t.counterparty, gazetteer, exclude, &mut cache);
        let item_mentions = mentions(&t.description, gazetteer, exclude, &mut cache);
        for (idx, name) in merchant_mentions.iter().chain(&item_mentions) {
            matched_as.entry(*idx).or_default().insert(name);
        }
        let in_merchant: Vec<usize> = merchant_mentions.iter().map(|m| m.0).collect();
        let in_item: Vec<usize> = item_mentions.iter().map(|m| m.0).collect();
        let mut found: Vec<usize> = in_merchant.iter().chain(&in_item).copied().collect();
        found.sort_unstable();
        found.dedup();
        if found.is_empty() {
            continue;
        }
        with_places += 1;
        let mut row_provinces: BTreeMap<&'static str, (bool, bool)> = BTreeMap::new();
        let mut row_countries: BTreeMap<&'static str, (bool, bool, Vec<usize>)> = BTreeMap::new();
        for idx in found {
            let Some(entry) = gazetteer.entry(idx) else { continue };
            let (m, i) = (in_merchant.contains(&idx), in_item.contains(&idx));
            places.entry(idx).or_default().add(t, m, i);
            if !entry.province.is_empty() {
                let p = row_provinces.entry(entry.province).or_default();
                p.0 |= m;
                p.1 |= i;
            }
            let c = row_countries.entry(entry.country).or_default();
            c.0 |= m;
            c.1 |= i;
            if entry.level == Level::City {
                c.2.push(idx);
            }
        }
        for (province, (m, i)) in row_provinces {
            provinces.entry(province).or_default().add(t, m, i);
        }
        for (country, (m, i, cities)) in row_countries {
            let c = countries.entry(country).or_default();
            c.0.add(t, m, i);
            c.1.extend(cities);
        }
    }
    let place = |entry: &Entry, acc: Acc, matched: BTreeSet<&'static str>| -> Option<Place> {
        let (country_zh, country_en) = country_name(entry.country).unwrap_or(("", ""));
        let province = (entry.level == Level::City && !entry.province.is_empty()).then(|| {
            let en = entries()
                .iter()
                .find(|p| p.level == Level::Province && p.zh == entry.province)
                .map_or("", |p| p.en);
            Name::new(entry.province, en)
        });
        let count = |set: &BTreeSet<&str>| u32::try_from(set.len()).unwrap_or(u32::MAX);
        let (merchant_names, item_descriptions) =
            (count(&acc.merchant_names), count(&acc.item_descriptions));
        Some(Place {
            id: entry.id.to_string(),
            level: match entry.level {
                Level::Province => PlaceLevel::Province,
                Level::City => PlaceLevel::City,
            },
            name: Name::new(entry.zh, entry.en),
            province,
            country: entry.country.to_string(),
            country_name: Name::new(country_zh, country_en),
            coordinates: Coordinates { lon: entry.lon, lat: entry.lat },
            first_date: acc.first?,
            last_date: acc.last?,
            spending_minor: acc.spending,
            payments: acc.payments,
            evidence: Evidence {
                text: evidence_text(merchant_names, item_descriptions),
                merchant_names,
                item_descriptions,
                matched_as: matched.iter().map(|s| s.to_string()).collect(),
                examples: acc.examples,
            },
        })
    };
    let mut cities: Vec<Place> = places
        .into_iter()
        .filter_map(|(idx, acc)| {
            let entry = gazetteer.entry(idx)?;
            if entry.level != Level::City {
                return None;
            }
            place(entry, acc, matched_as.get(&idx).cloned().unwrap_or_default())
        })
        .collect();
    let mut province_places: Vec<Place> = provinces
        .into_iter()
        .filter_map(|(zh, acc)| {
            let (idx, entry) = entries()
                .iter()
                .enumerate()
                .find(|(_, e)| e.level == Level::Province && e.zh == zh)?;
            let mut matched = matched_as.get(&idx).cloned().unwrap_or_default();
            // A province seen through its cities lists the city names it was seen as.
            for (i, names) in &matched_as {
                if entries().get(*i).is_some_and(|e| e.province == zh) {
                    matched.extend(names.iter().copied());
                }
            }
            place(entry, acc, matched)
        })
        .collect();
    let order = |a: &Place, b: &Place| {
        b.payments
            .cmp(&a.payments)
            .then(b.spending_minor.cmp(&a.spending_minor))
            .then(a.id.cmp(&b.id))
    };
    cities.sort_by(order);
    province_places.sort_by(order);
    let mut countries: Vec<CountryTotal> = countries
        .into_iter()
        .map(|(code, (acc, cities))| {
            let (zh, en) = country_name(code).unwrap_or((code, code));
            CountryTotal {
                code: code.to_string(),
                name: Name::new(zh, en),
                cities: u32::try_from(cities.len()).unwrap_or(u32::MAX),
                payments: acc.payments,
                spending_minor: acc.spending,
            }
        })
        .collect();
    countries.sort_by(|a, b| {
        b.payments
            .cmp(&a.payments)
            .then(b.spending_minor.cmp(&a.spending_minor))
            .then(a.code.cmp(&b.code))
    });
    Places {
        cities,
        provinces: province_places,
        countries,
        payments_with_places: with_places,
        payments_read: read,
        excluded: exclude.to_vec(),
        note: Phrase::new(&s::PLACES_INFERRED),
    }
}

/// The places named in `text` that the user has not removed, with the names as matched.
fn mentions<'t>(
    text: &'t str,
    gazetteer: &Gazetteer,
    exclude: &[String],
    cache: &mut FastMap<&'t str, Vec<(usize, &'static str)>>,
) -> Vec<(usize, &'static str)> {
    if text.is_empty() {
        return Vec::new();
    }
    cache
        .entry(text)
        .or_insert_with(|| {
            gazetteer
                .find(text)
                .iter()
                .filter(|m| gazetteer.entry(m.entry).is_some_and(|e| !is_excluded(e, exclude)))
                .map(|m| (m.entry, m.matched))
                .collect()
        })
        .clone()
}

fn evidence_text(merchant_names: u32, item_descriptions: u32) -> Phrase {
    let (merchants, items) = (Arg::count(merchant_names), Arg::count(item_descriptions));
    match (merchant_names > 0, item_descriptions > 0) {
        (true, true) => crate::phrase!(s::SEEN_IN_BOTH, merchants, items),
        (false, true) => crate::phrase!(s::SEEN_IN_ITEMS, items),
        _ => crate::phrase!(s::SEEN_IN_MERCHANTS, merchants),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing::{refs, tx, Tx};

    fn rows() -> Vec<Transaction> {
        vec![
            tx("2024-02-01 12:00", 3000).from("瑞幸咖啡(深圳科技园店)").cat(Category::Dining),
            tx("2024-05-01 12:00", 2000).from("东莞肯德基有限公司").cat(Category::Dining),
            tx("2024-03-01 12:00", 1000).from("麦当劳").item("深圳湾万象城").cat(Category::Dining),
            tx("2024-04-01 12:00", 50000)
                .from("全季酒店")
                .item("东京 Shinjuku")
                .cat(Category::Travel),
            tx("2024-04-02 12:00", 800).from("海南鸡饭").cat(Category::Dining), // a dish
            tx("2024-04-03 12:00", 9000).from("淘宝-新疆特产店").item("阿克苏苹果"), // online
            tx("2024-04-04 12:00", 200).from("北京三快在线科技有限公司"),       // Meituan
            tx("2024-04-05 12:00", 100).from("深圳市某某公司").kind(Kind::Income), // not a payment
        ]
    }

    #[test]
    fn cities_provinces_countries_and_evidence() {
        let rows = rows();
        let p = infer(&refs(&rows), &Gazetteer::new(), &[]);
        let cities: Vec<(&str, u32, i64)> =
            p.cities.iter().map(|c| (c.name.zh.as_ref(), c.payments, c.spending_minor)).collect();
        assert_eq!(cities, [("深圳", 2, 4000), ("东京", 1, 50000), ("东莞", 1, 2000)]);
        let shenzhen = &p.cities[0];
        assert_eq!(shenzhen.id, "cn-440300");
        assert_eq!(shenzhen.province, Some(Name::new("广东", "Guangdong")));
        assert_eq!((shenzhen.evidence.merchant_names, shenzhen.evidence.item_descriptions), (1, 1));
        assert_eq!(shenzhen.evidence.text, "seen in 1 merchant name and 1 item description");
        assert_eq!(
            shenzhen.evidence.text.render(crate::lang::Lang::Zh),
            "在 1 个商户名称和 1 条商品说明中出现"
        );
        assert_eq!(shenzhen.evidence.matched_as, ["深圳"]);
        assert_eq!(shenzhen.evidence.examples, ["瑞幸咖啡(深圳科技园店)", "深圳湾万象城"]);
        assert_eq!(shenzhen.first_date.to_string(), "2024-02-01");
        assert_eq!(shenzhen.last_date.to_string(), "2024-03-01");
        assert!(
            (shenzhen.coordinates.lon - 114.06).abs() < 0.2
                && (shenzhen.coordinates.lat - 22.54).abs() < 0.2
        );
        // Guangdong: the three rows naming 深圳 or 东莞, in two merchant names and one item.
        let guangdong = &p.provinces[0];
        assert_eq!(
            (guangdong.name.en.as_ref(), guangdong.payments, guangdong.spending_minor),
            ("Guangdong", 3, 6000)
        );
        assert_eq!(guangdong.evidence.matched_as, ["东莞", "深圳"]);
        assert_eq!(
            (guangdong.evidence.merchant_names, guangdong.evidence.item_descriptions),
            (2, 1)
        );
        assert_eq!(p.provinces.len(), 1, "东京 has no province");
        let countries: Vec<(&str, u32, u32)> =
            p.countries.iter().map(|c| (c.code.as_str(), c.cities, c.payments)).collect();
        assert_eq!(countries, [("CN", 2, 3), ("JP", 1, 1)]);
        assert_eq!(p.countries[1].name, Name::new("日本", "Japan"));
        // Read: every expense but the online shop and Meituan (6 of 7 … minus 2 = 5).
        assert_eq!((p.payments_read, p.payments_with_places), (5, 4));
    }

    #[test]
    fn removing_a_place_recomputes_the_totals() {
        let rows = rows();
        let p = infer(&refs(&rows), &Gazetteer::new(), &["Shenzhen".to_string()]);
        let cities: Vec<&str> = p.cities.iter().map(|c| c.name.zh.as_ref()).collect();
        assert_eq!(cities, ["东京", "东莞"]);
        assert_eq!((p.provinces[0].payments, p.provinces[0].spending_minor), (1, 2000));
        assert_eq!(p.payments_with_places, 2);
        assert_eq!(p.excluded, ["Shenzhen"]);

        let by_province = infer(&refs(&rows), &Gazetteer::new(), &["广东".to_string()]);
        let cities: Vec<&str> = by_province.cities.iter().map(|c| c.name.zh.as_ref()).collect();
        assert_eq!(cities, ["东京"], "a removed province takes its cities along");
        assert!(by_province.provinces.is_empty());

        let by_country =
            infer(&refs(&rows), &Gazetteer::new(), &["jp".to_string(), "cn-441900".to_string()]);
        let cities: Vec<&str> = by_country.cities.iter().map(|c| c.name.zh.as_ref()).collect();
        assert_eq!(cities, ["深圳"]);
    }

    #[test]
    fn evidence_counts_different_texts_not_payments() {
        let rows = vec![
            tx("2024-01-01", 100).from("成都地铁"),
            tx("2024-01-02", 100).from("成都地铁"),
            tx("2024-01-03", 100).from("成都地铁").item("天府广场 成都市"),
            tx("2024-01-04", 100).from("成都兰州拉面"),
        ];
        let p = infer(&refs(&rows), &Gazetteer::new(), &[]);
        let chengdu = &p.cities[0];
        assert_eq!(chengdu.payments, 4);
        assert_eq!((chengdu.evidence.merchant_names, chengdu.evidence.item_descriptions), (2, 1));
        assert_eq!(chengdu.evidence.matched_as, ["成都", "成都市"]);
        assert_eq!(chengdu.evidence.text, "seen in 2 merchant names and 1 item description");
        assert_eq!(p.cities.len(), 1, "兰州 in 兰州拉面 is a dish");
    }
}
