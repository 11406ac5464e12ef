//! The invariants every read keeps on any input (ARCHITECTURE.md), as one checker that the
//! tests, the robustness runs and the fuzz targets all call, so that a fuzzer or a mutation test
//! finds wrong answers, not only crashes, and no copy of the rules drifts from the others.

use crate::model::{Kind, Transaction};
use crate::parse::Batch;

/// Checks what must hold for every transaction read from any bytes: a magnitude that is not
/// negative, spending between nothing and the amount, spending only for an expense, a reason in
/// words and a 1-based row. `Err` says which rule the first offending row breaks.
pub fn check_invariants(transactions: &[Transaction]) -> Result<(), String> {
    for t in transactions {
        let broken = if t.amount.minor < 0 {
            "a negative amount (amounts are magnitudes; the direction says which way)"
        } else if !(0..=t.amount.minor).contains(&t.spending_minor()) {
            "spending outside 0..=amount"
        } else if t.spending_minor() != 0 && t.kind != Kind::Expense {
            "spending on a row that is not an expense"
        } else if t.reason.is_empty() || t.reason.to_string().trim().is_empty() {
            "no reason for its kind"
        } else if t.row == 0 {
            "row 0 (rows count from 1)"
        } else {
            continue;
        };
        return Err(format!("{:?} row {}: {broken}: {t:?}", t.source, t.row));
    }
    Ok(())
}

impl Batch {
    /// [`check_invariants`] over every row, then what each file's outcome must say: an error
    /// with words, a warning with words and, where it names one, a 1-based row and column, and
    /// rows that lie within the batch's list, file after file.
    pub fn check_invariants(&self) -> Result<(), String> {
        check_invariants(&self.transactions)?;
        let mut next = 0;
        for outcome in &self.files {
            let file = match outcome {
                Ok(file) => file,
                Err(error) if error.to_string().trim().is_empty() => {
                    return Err(format!("an error without words: {error:?}"));
                }
                Err(_) => continue,
            };
            if file.rows.start != next || file.rows.end > self.transactions.len() {
                return Err(format!("rows {:?} do not follow {next} in the list", file.rows));
            }
            next = file.rows.end;
            for warning in &file.warnings {
                let position = &warning.position;
                if warning.message.is_empty() || warning.message.to_string().trim().is_empty() {
                    return Err(format!("a warning without words: {warning:?}"));
                }
                if position.row == Some(0) || position.column == Some(0) {
                    return Err(format!("a warning at row or column 0: {warning:?}"));
                }
            }
        }
        if next != self.transactions.len() {
            return Err(format!("{} rows belong to no file", self.transactions.len() - next));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing::{tx, Tx};

    #[test]
    fn each_rule_catches_its_breach() {
        let good = tx("2024-03-01 12:00", 1000).row(2);
        assert_eq!(check_invariants(std::slice::from_ref(&good)), Ok(()));
        // Spending is derived from the kind (`Transaction::spending_minor`): no row can break
        // its two rules, whatever its refunds say.
        let mut refunded = good.clone();
        refunded.refunded_minor = 5000;
        let mut transfer = good.clone();
        transfer.kind = Kind::Transfer;
        assert_eq!(check_invariants(&[refunded, transfer]), Ok(()));
        type Breach = fn(&mut Transaction);
        let breaches: [(&str, Breach); 3] = [
            ("a negative amount", |t| t.amount.minor = -5),
            ("no reason", |t| t.reason = crate::phrase::Phrase::same("")),
            ("row 0", |t| t.row = 0),
        ];
        for (says, breach) in breaches {
            let mut bad = good.clone();
            breach(&mut bad);
            let error = check_invariants(&[good.clone(), bad]).expect_err(says);
            assert!(error.contains(says), "{says}: {error}");
        }
    }
}
