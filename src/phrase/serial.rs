//! A phrase's serialised form: its template's name and its typed arguments,
//! `{"key": "GREW_SINCE_LAST_YEAR", "args": [{"phrase": {"key": "CATEGORY_TRAVEL"}},
//! {"money": {"minor": 25000, "currency": "CNY"}}, {"percent": 250}]}` (`args` left out when
//! there are none). It reads back into the same phrase, so the report's JSON round-trips: the
//! worker computes the report, the page reads it into its own wasm instance and renders it in
//! whichever language the person picks. Where words leave the core for JavaScript, [`edge`]
//! writes a phrase as `{zh, en}` instead.

use super::arg::Arg;
use super::{find, Phrase};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Serialize)]
struct KeyedRef<'a> {
    key: &'static str,
    #[serde(skip_serializing_if = "no_args")]
    args: &'a [Arg],
}

fn no_args(args: &&[Arg]) -> bool {
    args.is_empty()
}

#[derive(Deserialize)]
struct Keyed {
    key: String,
    #[serde(default)]
    args: Vec<Arg>,
}

impl Serialize for Phrase {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        KeyedRef { key: self.template.name, args: &self.args }.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Phrase {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Phrase, D::Error> {
        let keyed = Keyed::deserialize(d)?;
        let template = find(&keyed.key).ok_or_else(|| {
            serde::de::Error::custom(format!("no phrase template is named {:?}", keyed.key))
        })?;
        // An empty `Vec` holds no allocation, so neither does the phrase.
        Ok(Phrase::with(template, keyed.args))
    }
}

/// Phrases as words for the page: `#[serde(serialize_with = "crate::phrase::edge::text")]` on
/// a field the page's JavaScript shows (a warning's message, an error's details), which writes
/// `{"zh": …, "en": …}` ([`crate::lang::Text`]).
pub mod edge {
    use super::Phrase;
    use serde::{Serialize, Serializer};

    /// One phrase as `{zh, en}`.
    pub fn text<S: Serializer>(phrase: &Phrase, s: S) -> Result<S::Ok, S::Error> {
        phrase.text().serialize(s)
    }

    /// A phrase that may be missing, as `{zh, en}` or `null`.
    pub fn optional_text<S: Serializer>(phrase: &Option<Phrase>, s: S) -> Result<S::Ok, S::Error> {
        phrase.as_ref().map(Phrase::text).serialize(s)
    }

    /// A list of phrases, each as `{zh, en}`.
    pub fn texts<S: Serializer>(phrases: &[Phrase], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(phrases.iter().map(Phrase::text))
    }
}
