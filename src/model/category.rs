//! Yearbook's fixed report categories, whatever the source: every row carries one. Which
//! category a row gets is decided in `classify/` (rules over its text, a provider's own
//! categories mapped).

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
