//! Presentation: the report as a person reads it, in Chinese or English. `describe_report`
//! turns every section into a title, plain sentences, the id of its chart and a table of display
//! strings, so the page and `report.html` render sections generically and compute nothing;
//! `i18n` holds every fixed word the charts and sections use, in both languages.

mod describe;
pub mod format;
pub mod html;
pub mod i18n;
mod sections;

pub use describe::{describe_report, Section, Table};

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
