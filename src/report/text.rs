//! Words in both report languages. Every label, keyword and reason in the report is a [`Text`],
//! serialised as `{"zh": …, "en": …}`, so the page and the charts pick a language without
//! translating anything themselves.

use crate::model::{Category, Currency, Money};

pub use crate::lang::Text;

impl Text {
    /// A category's label.
    pub fn category(category: Category) -> Text {
        Text::new(category.label_zh(), category.label())
    }
}

/// An amount as written in a sentence: `¥1,234.50`, `€7.00`.
pub fn money(currency: Currency, minor: i64) -> String {
    Money { minor, currency }.display()
}
