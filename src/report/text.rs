//! Words in both report languages. Every label, keyword and reason in the report is a [`Text`],
//! serialised as `{"zh": …, "en": …}`, so the page and the charts pick a language without
//! translating anything themselves.

use crate::model::{Category, Currency};
use crate::money::format_minor;
use serde::{Deserialize, Serialize};

/// A label or sentence in Chinese (zh-CN) and English.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Text {
    /// Simplified Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A text from its two versions.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text { zh: zh.into(), en: en.into() }
    }

    /// Statement text (a merchant, a person) that reads the same in both languages.
    pub fn same(text: impl Into<String>) -> Text {
        let text = text.into();
        Text { zh: text.clone(), en: text }
    }

    /// A category's label.
    pub fn category(category: Category) -> Text {
        Text::new(category.label_zh(), category.label())
    }
}

/// An amount as written in a sentence: `¥1,234.50`, `€7.00`.
pub fn money(currency: Currency, minor: i64) -> String {
    format!("{}{}", currency.symbol(), format_minor(minor, currency.minor_digits()))
}
