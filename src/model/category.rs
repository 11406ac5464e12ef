//! Yearbook's fixed report categories, whatever the source: every row carries one. Which
//! category a row gets is decided in `classify/` (rules over its text, a provider's own
//! categories mapped).

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

    /// The Chinese label shown in the report.
    pub fn label_zh(self) -> &'static str {
        match self {
            Category::Dining => "餐饮",
            Category::Groceries => "超市日用",
            Category::Shopping => "购物",
            Category::Transport => "交通",
            Category::HousingUtilities => "住房缴费",
            Category::Health => "医疗健康",
            Category::EducationCulture => "书籍与文化",
            Category::Entertainment => "休闲娱乐",
            Category::Travel => "酒店旅行",
            Category::Digital => "数码",
            Category::GiftsRedPackets => "礼物红包",
            Category::Fees => "手续费",
            Category::Other => "其他",
        }
    }

    /// The English label shown in the report.
    pub fn label(self) -> &'static str {
        match self {
            Category::Dining => "Dining",
            Category::Groceries => "Groceries",
            Category::Shopping => "Shopping",
            Category::Transport => "Transport",
            Category::HousingUtilities => "Housing & utilities",
            Category::Health => "Health",
            Category::EducationCulture => "Education & culture",
            Category::Entertainment => "Entertainment",
            Category::Travel => "Travel",
            Category::Digital => "Digital",
            Category::GiftsRedPackets => "Gifts & red packets",
            Category::Fees => "Fees",
            Category::Other => "Other",
        }
    }
}
