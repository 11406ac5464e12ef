//! The problems a person can settle right in the page, decided here from the error's kind: a
//! ZIP's password, the order of day and month, and which column of a bank CSV is which (issue 11
//! adds the currency of a file that names none). Every other whole-file problem is final.

use crate::choices::{ColumnMapping, CsvPreview};
use crate::error::ErrorKind;
use crate::phrase::{summary as s, Phrase};
use serde::Serialize;

/// A step the page asks the person to take for one file, with what it shows while asking.
/// Serialised as `{kind: "password" | "dateOrder" | "mapping", …}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Step<'a> {
    /// An encrypted ZIP: its password; `wrong` when the one given did not open it.
    Password {
        /// A password was given and did not open the archive.
        wrong: bool,
    },
    /// Numeric dates that read both ways: day first or month first.
    DateOrder {
        /// A date from the file that reads both ways, as written.
        example: &'a str,
    },
    /// A table whose columns Yearbook cannot tell apart: the person maps them.
    Mapping {
        /// Why the guess is unsure (`{zh, en}`).
        #[serde(serialize_with = "words")]
        problem: &'a Phrase,
        /// The top of the table and the best guess, to map from.
        preview: &'a CsvPreview,
    },
}

/// A phrase as the page shows it, `{zh, en}` (`phrase::edge`, for a borrowed one).
fn words<S: serde::Serializer>(phrase: &&Phrase, s: S) -> Result<S::Ok, S::Error> {
    crate::phrase::edge::text(phrase, s)
}

impl<'a> Step<'a> {
    /// The step that settles `kind`, when there is one.
    pub fn of(kind: &'a ErrorKind) -> Option<Step<'a>> {
        match kind {
            ErrorKind::PasswordRequired => Some(Step::Password { wrong: false }),
            ErrorKind::WrongPassword => Some(Step::Password { wrong: true }),
            ErrorKind::AmbiguousDates { example } => Some(Step::DateOrder { example }),
            ErrorKind::NeedsMapping { problem, preview } => {
                Some(Step::Mapping { problem, preview })
            }
            _ => None,
        }
    }
}

/// Why the mapping step cannot read with `mapping`, as the page says it under the form; `None`
/// when the mapping names enough (the rule is [`ColumnMapping::check`], which `--map` and the
/// generic reader apply too).
pub fn check_mapping(mapping: &ColumnMapping) -> Option<Phrase> {
    mapping.check().err().map(|problem| crate::phrase!(s::MAPPING_REFUSED, problem))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::phrase::messages as m;

    #[test]
    fn only_what_the_person_can_settle_is_a_step() {
        assert_eq!(Step::of(&ErrorKind::PasswordRequired), Some(Step::Password { wrong: false }));
        assert_eq!(Step::of(&ErrorKind::WrongPassword), Some(Step::Password { wrong: true }));
        let dates = ErrorKind::AmbiguousDates { example: "8/12/13".into() };
        assert_eq!(Step::of(&dates), Some(Step::DateOrder { example: "8/12/13" }));
        let preview = Box::<CsvPreview>::default();
        let problem = Phrase::new(&m::CSV_MAPPING_NO_DATE);
        let mapping = ErrorKind::NeedsMapping { problem: problem.clone(), preview };
        assert!(
            matches!(Step::of(&mapping), Some(Step::Mapping { problem: p, .. }) if *p == problem)
        );
        for final_kind in [
            ErrorKind::Empty,
            ErrorKind::TooLarge { size: 2, limit: 1 },
            ErrorKind::Unreadable { reason: "gone".into() },
            ErrorKind::UnknownFormat { first_line: String::new(), supported: Vec::new() },
        ] {
            assert_eq!(Step::of(&final_kind), None, "{final_kind:?}");
        }
    }

    #[test]
    fn the_mapping_step_says_what_is_missing_in_both_languages() {
        let mut mapping = ColumnMapping { date: Some(1), ..ColumnMapping::default() };
        let refused = check_mapping(&mapping).expect("no amount");
        assert_eq!(
            refused.render(Lang::En),
            "These columns cannot be read: the mapping names no amount column (or no debit and credit pair)."
        );
        assert_eq!(
            refused.render(Lang::Zh),
            "按这些列无法读取：列映射中没有指定金额列（或支出列与收入列）。"
        );
        mapping.amount = Some(3);
        assert_eq!(check_mapping(&mapping), None);
    }
}
