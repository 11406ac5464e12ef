//! The sentences that sum things up, English beside Chinese: the headline of a report (the same
//! in the page, `report.html` and the command line), the status line after the files are read,
//! each file's line in the list, counts with their nouns, and the mapping step's refusal.

templates! {
    // Counts with their nouns: English has a singular, Chinese one form (`present::headline`
    // and `session` pick them with `count`).
    /// One transaction.
    COUNT_TRANSACTION_ONE = "1 transaction", "1 笔交易";
    /// {0}: a number other than 1, digits grouped.
    COUNT_TRANSACTIONS = "{0} transactions", "{0} 笔交易";
    /// One file.
    COUNT_FILE_ONE = "1 file", "1 个文件";
    /// {0}: a number other than 1, digits grouped.
    COUNT_FILES = "{0} files", "{0} 个文件";

    // The headline (present/headline.rs).
    /// {0}: the year reported on.
    HEADLINE_TITLE = "Your {0}", "你的 {0} 年";
    /// {0}: a currency's code; {1}: its spending; {2}: its income; {3}: its rows (`COUNT_`).
    HEADLINE_LINE = "{0}: spending {1}, income {2}, {3} this year.",
        "{0}：支出 {1}，收入 {2}，本年共 {3}。";

    // The status line once the files are read (session/status.rs).
    /// {0}: the transactions read (`COUNT_`); {1}: the files they came from (`COUNT_`).
    STATUS_DONE = "Read {0} from {1}.", "从 {1}中读取了 {0}。";
    /// {0}, {1}: as in `STATUS_DONE`; {2}: the files that failed (`COUNT_`).
    STATUS_DONE_WITH_FAILURES =
        "Read {0} from {1}. {2} could not be read; see the list of files.",
        "从 {1}中读取了 {0}。有 {2}无法读取，见文件列表。";
    /// {0}: the files waiting for a password, a date order or a mapping (`COUNT_`).
    STATUS_NEEDS_YOU = "Yearbook needs your help with {0}; see the list of files.",
        "有 {0}需要你补充信息，见文件列表。";
    /// {0}: why (`STATUS_NEEDS_YOU`, `STATUS_SEE_FILES`, `STATUS_NO_ROWS`).
    STATUS_NO_REPORT = "No report yet: {0}", "还没有报告：{0}";
    /// Why there is no report: every file failed.
    STATUS_SEE_FILES = "see the list of files.", "见文件列表。";
    /// Why there is no report: the files were read and hold nothing.
    STATUS_NO_ROWS = "the files hold no transactions.", "这些文件里没有交易。";

    // A file in the list (session/outcome.rs).
    /// {0}: the format's name; {1}: the transactions read (`COUNT_`).
    FILE_READ = "{0} · {1}", "{0}：{1}";

    // The mapping step (session/step.rs).
    /// {0}: what the mapping lacks (`CSV_MAPPING_`).
    MAPPING_REFUSED = "These columns cannot be read: {0}.", "按这些列无法读取：{0}。";
}

use super::Phrase;

/// `1 transaction`, `1,234 transactions`.
pub fn transactions(n: u64) -> Phrase {
    count(n, &COUNT_TRANSACTION_ONE, &COUNT_TRANSACTIONS)
}

/// `1 file`, `3 files`.
pub fn files(n: u64) -> Phrase {
    count(n, &COUNT_FILE_ONE, &COUNT_FILES)
}

fn count(n: u64, one: &'static super::Template, many: &'static super::Template) -> Phrase {
    if n == 1 {
        Phrase::new(one)
    } else {
        let digits = crate::money::format_minor(i64::try_from(n).unwrap_or(i64::MAX), 0);
        Phrase::with(many, vec![super::Arg::Same(digits)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn counts_take_their_noun_in_either_language() {
        assert_eq!(transactions(1), "1 transaction");
        assert_eq!(transactions(0), "0 transactions");
        assert_eq!(transactions(1234567), "1,234,567 transactions");
        assert_eq!(transactions(2).render(Lang::Zh), "2 笔交易");
        assert_eq!(files(1).render(Lang::Zh), "1 个文件");
        assert_eq!(files(12), "12 files");
    }
}
