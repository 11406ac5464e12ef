//! The two languages Yearbook speaks, [`Lang`] (with its plural rule), and [`Text`], words in
//! both as they leave the core for the page's JavaScript (`{"zh": …, "en": …}`). Every fixed
//! word and sentence is a template of `phrase`, rendered per language; `Text` is only that
//! rendering, at the edge.

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

    /// The plural rule: whether `n` things take the singular form ("1 payment"). English:
    /// exactly one; Chinese has no plural forms ("1 笔", "2 笔" alike), so never.
    pub fn is_singular(self, n: i64) -> bool {
        self == Lang::En && n == 1
    }

    /// The tag for `<html lang>`: `zh-CN` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

/// A phrase rendered in Chinese (zh-CN) and English, for the page's JavaScript, which shows
/// words and renders nothing itself.
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
