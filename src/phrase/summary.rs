//! The sentences that sum things up, English beside Chinese: the headline of a report (the same
//! in the page, `report.html` and the command line), the status line after the files are read,
//! each file's line in the list, and the mapping step's refusal. Counts are count arguments
//! (`{0:one|other}` picks the English form).

templates! {
    // The headline (present/headline.rs).
    /// {0}: the year reported on.
    HEADLINE_TITLE = "Your {0}", "你的 {0} 年";
    /// {0}: a currency's code; {1}: its spending; {2}: its income; {3}: its rows of the year.
    HEADLINE_LINE = "{0}: spending {1}, income {2}, {3} {3:transaction|transactions} this year.",
        "{0}：支出 {1}，收入 {2}，本年共 {3} 笔交易。";

    // The status line once the files are read (session/status.rs).
    /// {0}: the transactions read; {1}: the files they came from.
    STATUS_DONE = "Read {0} {0:transaction|transactions} from {1} {1:file|files}.",
        "从 {1} 个文件中读取了 {0} 笔交易。";
    /// {0}, {1}: as in `STATUS_DONE`; {2}: the files that could not be read.
    STATUS_DONE_WITH_FAILURES =
        "Read {0} {0:transaction|transactions} from {1} {1:file|files}. {2} {2:file|files} could not be read; see the list of files.",
        "从 {1} 个文件中读取了 {0} 笔交易。有 {2} 个文件无法读取，见文件列表。";
    /// {0}: the files waiting for a password, a date order or a mapping.
    STATUS_NEEDS_YOU = "Yearbook needs your help with {0} {0:file|files}; see the list of files.",
        "有 {0} 个文件需要你补充信息，见文件列表。";
    /// {0}: why (`STATUS_NEEDS_YOU`, `STATUS_SEE_FILES`, `STATUS_NO_ROWS`).
    STATUS_NO_REPORT = "No report yet: {0}", "还没有报告：{0}";
    /// Why there is no report: every file failed.
    STATUS_SEE_FILES = "see the list of files.", "见文件列表。";
    /// Why there is no report: the files were read and hold nothing.
    STATUS_NO_ROWS = "the files hold no transactions.", "这些文件里没有交易。";

    // A file in the list (session/outcome.rs).
    /// {0}: the format's name; {1}: the transactions read.
    FILE_READ = "{0} · {1} {1:transaction|transactions}", "{0}：{1} 笔交易";
    /// {0}, {1}: the dates of the file's first and last rows.
    FILE_SPAN = "from {0} to {1}", "{0} 至 {1}";
    /// {0}: the one date of all the file's rows.
    FILE_ONE_DAY = "all on {0}", "均在 {0}";
    /// {0}: how many of the file's rows an earlier file held; {1}: that file's name.
    FILE_ALREADY_IN = "{0} {0:row|rows} already in {1}: counted once",
        "其中 {0} 行已在 {1} 中：只计一次";

    // The mapping step (session/step.rs).
    /// {0}: what the mapping lacks (`CSV_MAPPING_`).
    MAPPING_REFUSED = "These columns cannot be read: {0}.", "按这些列无法读取：{0}。";
}
