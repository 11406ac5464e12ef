//! Classification once per distinct text, not once per row. A statement says the same few
//! hundred counterparties and descriptions thousands of times, and every decision taken from text
//! ([`kind_of`] for bank rows, [`from_text`] for categories) is a pure function of that text, so
//! each parser keeps one [`Memo`] per file and asks it instead: the first row with a given
//! (type code, sign, card flag, counterparty, description) pays for the rules, every later one is
//! a hash lookup. The key is written into one reused buffer, so a row that hits allocates
//! nothing. What a memo answers is exactly what the function answers (tested below, and by every
//! fixture's `.expected` dump).

use rustc_hash::FxHashMap;

use super::bank::{kind_of, BankRow};
use super::rules::from_text;
use crate::model::{Category, Kind};
use crate::phrase::Phrase;

/// Separates the parts of a key: statement text never holds a NUL (the readers drop control
/// characters), and even if it did the parts' lengths are part of the key too.
const SEPARATOR: char = '\u{0}';

/// The per-file memo of text decisions. Bounded: past [`Memo::LIMIT`] distinct keys (a statement
/// whose every row is unique text) it stops remembering and simply computes.
#[derive(Debug, Default)]
pub struct Memo {
    kinds: FxHashMap<Box<str>, (Kind, Phrase)>,
    categories: FxHashMap<Box<str>, Category>,
    key: String,
}

impl Memo {
    /// The most distinct keys remembered per kind of decision.
    pub const LIMIT: usize = 65_536;

    /// A memo with nothing remembered.
    pub fn new() -> Memo {
        Memo::default()
    }

    /// [`kind_of`], once per distinct row text. A row with a format's hint is not remembered
    /// (the hint decides; nothing is computed from text).
    pub fn kind_of(&mut self, row: &BankRow<'_>) -> (Kind, Phrase) {
        if row.hint.is_some() {
            return kind_of(row);
        }
        // The rules read the amount only through its sign.
        let sign = match row.amount_minor.signum() {
            -1 => '-',
            0 => '0',
            _ => '+',
        };
        let card = if row.credit_card { 'c' } else { 'a' };
        write_key(
            &mut self.key,
            &[sign, card],
            &[row.type_code, row.counterparty, row.description],
        );
        if let Some(found) = self.kinds.get(self.key.as_str()) {
            return found.clone();
        }
        let decided = kind_of(row);
        if self.kinds.len() < Self::LIMIT {
            self.kinds.insert(self.key.as_str().into(), decided.clone());
        }
        decided
    }

    /// [`from_text`], once per distinct (counterparty, description).
    pub fn from_text(&mut self, counterparty: &str, description: &str) -> Category {
        write_key(&mut self.key, &[], &[counterparty, description]);
        if let Some(&found) = self.categories.get(self.key.as_str()) {
            return found;
        }
        let decided = from_text(counterparty, description);
        if self.categories.len() < Self::LIMIT {
            self.categories.insert(self.key.as_str().into(), decided);
        }
        decided
    }
}

/// Writes the flags, then each part as its length, the separator and its text, into `key`.
fn write_key(key: &mut String, flags: &[char], parts: &[&str]) {
    use std::fmt::Write as _;
    key.clear();
    key.extend(flags);
    for part in parts {
        let _ = write!(key, "{}", part.len());
        key.push(SEPARATOR);
        key.push_str(part);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_what_the_rules_answer_for_every_sign_code_and_text() {
        let texts = ["", "STARBUCKS STORE 1", "AMAZON REFUND", "Payment Thank You", "盒马鲜生"];
        let codes = ["", "POS", "XFER", "PMNT/ICDT/RRTN", "FEE", "CREDIT"];
        let mut memo = Memo::new();
        // Twice over: the second round is answered from the memo.
        for _ in 0..2 {
            for amount_minor in [-500, 0, 500] {
                for type_code in codes {
                    for counterparty in texts {
                        for description in texts {
                            for credit_card in [false, true] {
                                let row = BankRow {
                                    amount_minor,
                                    type_code,
                                    counterparty,
                                    description,
                                    credit_card,
                                    hint: None,
                                };
                                assert_eq!(memo.kind_of(&row), kind_of(&row), "{row:?}");
                                assert_eq!(
                                    memo.from_text(counterparty, description),
                                    from_text(counterparty, description)
                                );
                            }
                        }
                    }
                }
            }
        }
        assert!(!memo.kinds.is_empty() && !memo.categories.is_empty());
    }

    #[test]
    fn parts_cannot_run_into_each_other() {
        // "AB" + "" and "A" + "B" are different texts with different answers.
        let mut memo = Memo::new();
        assert_eq!(memo.from_text("coffee", ""), from_text("coffee", ""));
        assert_eq!(memo.from_text("coff", "ee"), from_text("coff", "ee"));
        assert_ne!(
            from_text("coffee", ""),
            from_text("coff", "ee"),
            "the test needs them to differ"
        );
        assert_eq!(memo.from_text("coffee", ""), from_text("coffee", ""));
    }

    #[test]
    fn a_hint_decides_and_is_not_remembered() {
        let reason = Phrase::new(&crate::phrase::reasons::REFUND);
        let row = BankRow {
            amount_minor: -100,
            type_code: "POS",
            hint: Some((Kind::Refund, &reason)),
            ..BankRow::default()
        };
        let mut memo = Memo::new();
        assert_eq!(memo.kind_of(&row).0, Kind::Refund);
        let plain = BankRow { hint: None, ..row };
        assert_eq!(memo.kind_of(&plain), kind_of(&plain));
        assert_eq!(memo.kinds.len(), 1);
    }

    #[test]
    fn stops_remembering_at_the_limit_and_still_answers() {
        let mut memo = Memo::new();
        for i in 0..Memo::LIMIT + 10 {
            let name = format!("shop {i}");
            assert_eq!(memo.from_text(&name, ""), from_text(&name, ""));
        }
        assert_eq!(memo.categories.len(), Memo::LIMIT);
        assert_eq!(memo.from_text("shop 3", ""), from_text("shop 3", ""));
    }
}
