//! The two languages Yearbook speaks and a text in both: [`Lang`] and [`Text`]. The lowest
//! layer of every bilingual word: the parsers' reasons and messages (`phrase`), the report's
//! labels, the charts and the page all build on it.

use serde::{Deserialize, Serialize};

/// The report language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Lang {
    /// Simplified Chinese (zh-CN).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The language of a BCP 47 tag as a browser gives it (`zh-CN`, `zh-Hans`, `en-GB`) or
    /// as typed on the command line (`zh`, `en`): Chinese for any `zh…`, English otherwise.
    pub fn from_tag(tag: &str) -> Lang {
        let tag = tag.trim();
        if tag.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("zh")) {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The tag for `<html lang>`: `zh-CN` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

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

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_a_tag() {
        for (tag, lang) in [
            ("zh", Lang::Zh),
            ("zh-CN", Lang::Zh),
            ("ZH-hans", Lang::Zh),
            ("zh-TW", Lang::Zh),
            ("en", Lang::En),
            ("en-US", Lang::En),
            ("de-DE", Lang::En),
            ("", Lang::En),
            ("z", Lang::En),
            ("中文", Lang::En),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag:?}");
        }
    }
}
