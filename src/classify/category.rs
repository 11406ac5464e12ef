//! Yearbook's fixed report categories, and the mapping from Alipay's `交易分类` onto them.
//! (WeChat and bank rows, which carry no category column, will be classified here by rules
//! over counterparty and item text.)

use crate::phrase::{names, Template};
use serde::{Deserialize, Serialize};

/// The categories every report uses, whatever the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Restaurants, cafés, food delivery.
    Dining,
    /// Supermarkets, convenience stores, daily necessities.
    Groceries,
    /// Clothes, home, beauty, sports and other goods.
    Shopping,
    /// Taxis, metro, trains, fuel.
    Transport,
    /// Rent, property fees, phone, power and water.
    HousingUtilities,
    /// Hospitals, pharmacies, insurance.
    Health,
    /// Books, courses, museums.
    EducationCulture,
    /// Films, games, leisure.
    Entertainment,
    /// Hotels and trips.
    Travel,
    /// Electronics and digital services.
    Digital,
    /// Red packets, transfers to people, gifts.
    GiftsRedPackets,
    /// Service and withdrawal fees.
    Fees,
    /// Everything else.
    Other,
}

impl Category {
    /// Every category, in the fixed order the report's charts use (radar axes, legends).
    pub const ALL: [Category; 13] = [
        Category::Dining,
        Category::Groceries,
        Category::Shopping,
        Category::Transport,
        Category::HousingUtilities,
        Category::Health,
        Category::EducationCulture,
        Category::Entertainment,
        Category::Travel,
        Category::Digital,
        Category::GiftsRedPackets,
        Category::Fees,
        Category::Other,
    ];

    /// The category's name in the report, English and Chinese (`phrase::names`).
    pub fn name(self) -> &'static Template {
        match self {
            Category::Dining => &names::CATEGORY_DINING,
            Category::Groceries => &names::CATEGORY_GROCERIES,
            Category::Shopping => &names::CATEGORY_SHOPPING,
            Category::Transport => &names::CATEGORY_TRANSPORT,
            Category::HousingUtilities => &names::CATEGORY_HOUSING_UTILITIES,
            Category::Health => &names::CATEGORY_HEALTH,
            Category::EducationCulture => &names::CATEGORY_EDUCATION_CULTURE,
            Category::Entertainment => &names::CATEGORY_ENTERTAINMENT,
            Category::Travel => &names::CATEGORY_TRAVEL,
            Category::Digital => &names::CATEGORY_DIGITAL,
            Category::GiftsRedPackets => &names::CATEGORY_GIFTS_RED_PACKETS,
            Category::Fees => &names::CATEGORY_FEES,
            Category::Other => &names::CATEGORY_OTHER,
        }
    }
}

/// Maps Alipay's `交易分类` (statement-formats.md §1c) onto a Yearbook category.
pub fn from_alipay(category: &str) -> Category {
    match category {
        "餐饮美食" => Category::Dining,
        "日用百货" | "超市便利" => Category::Groceries,
        "服饰装扮" | "美容美发" | "母婴亲子" | "家居家装" | "运动户外" | "宠物" | "爱车养车" => {
            Category::Shopping
        }
        "交通出行" => Category::Transport,
        "住房物业" | "充值缴费" | "生活服务" => Category::HousingUtilities,
        "医疗健康" | "互助保障" | "保险" => Category::Health,
        "教育培训" | "文化休闲" => Category::EducationCulture,
        "休闲娱乐" => Category::Entertainment,
        "酒店旅游" => Category::Travel,
        "数码电器" => Category::Digital,
        "转账红包" => Category::GiftsRedPackets,
        _ => Category::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alipay_categories_map_onto_report_categories() {
        for (alipay, expected) in [
            ("餐饮美食", Category::Dining),
            ("日用百货", Category::Groceries),
            ("交通出行", Category::Transport),
            ("数码电器", Category::Digital),
            ("文化休闲", Category::EducationCulture),
            ("充值缴费", Category::HousingUtilities),
            ("转账红包", Category::GiftsRedPackets),
            ("商业服务", Category::Other),
            ("", Category::Other),
        ] {
            assert_eq!(from_alipay(alipay), expected, "{alipay}");
        }
    }
}
