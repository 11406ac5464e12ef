//! What the person reads about their files: the names of the formats, row warnings,
//! whole-file errors and the words of a position, English beside Chinese.

templates! {
    /// {0}: text that reads the same in both languages (a library's own message).
    AS_WRITTEN = "{0}", "{0}";

    // The formats (model.rs `Source`).
    /// `Source::Alipay2023`.
    SOURCE_ALIPAY_2023 = "Alipay app export (2023+ layout)", "支付宝 App 导出账单（2023 年起的格式）";
    /// `Source::Alipay2021`.
    SOURCE_ALIPAY_2021 = "Alipay app export (2021–2022 layout)",
        "支付宝 App 导出账单（2021–2022 年的格式）";
    /// `Source::AlipayWeb`.
    SOURCE_ALIPAY_WEB = "Alipay PC-web export (支付宝交易记录明细查询)",
        "支付宝网页版导出（支付宝交易记录明细查询）";
    /// `Source::WechatCsv`.
    SOURCE_WECHAT_CSV = "WeChat Pay CSV export (微信支付账单明细, until 2025)",
        "微信支付账单明细 CSV 导出（2025 年以前）";
    /// `Source::WechatXlsx`.
    SOURCE_WECHAT_XLSX = "WeChat Pay XLSX export (微信支付账单明细, 2025+)",
        "微信支付账单明细 XLSX 导出（2025 年起）";
    /// `Source::Ofx`.
    SOURCE_OFX = "OFX/QFX/QBO bank download", "OFX/QFX/QBO 银行下载文件";
    /// `Source::Qif`.
    SOURCE_QIF = "Quicken QIF export", "Quicken QIF 导出文件";
    /// `Source::Camt`.
    SOURCE_CAMT = "ISO 20022 camt.053/052/054 bank statement (XML)",
        "ISO 20022 camt.053/052/054 银行对账单（XML）";
    /// `Source::Mt940`.
    SOURCE_MT940 = "SWIFT MT940 bank statement", "SWIFT MT940 银行对账单";
    /// `Source::BankCsv`.
    SOURCE_BANK_CSV = "Bank CSV export", "银行 CSV 导出文件";
    /// `Source::BankXls`.
    SOURCE_BANK_XLS = "Bank Excel export (.xls)", "银行 Excel 导出文件（.xls）";
    /// `Source::Jd`.
    SOURCE_JD = "JD bill export (京东账单)", "京东账单导出文件";
    /// `Source::Meituan`.
    SOURCE_MEITUAN = "Meituan bill export (美团交易账单)", "美团交易账单导出文件";

    // Where (error.rs `Position`): "a.csv, row 12, column 7 "金额"".
    /// {0}: the 1-based row.
    AT_ROW = "row {0}", "第 {0} 行";
    /// {0}: the 1-based column; {1}: its header text.
    AT_COLUMN_NAMED = "column {0} \"{1}\"", "第 {0} 列“{1}”";
    /// {0}: the 1-based column.
    AT_COLUMN = "column {0}", "第 {0} 列";
    /// {0}: the column's header text.
    AT_COLUMN_NAME = "column \"{0}\"", "“{0}”列";
    /// {0}: one part of a position; {1}: the next.
    AT_AND = "{0}, {1}", "{0}，{1}";
    /// {0}: where; {1}: what is wrong there.
    AT_WHERE = "{0}: {1}", "{0}：{1}";

    // Whole-file errors (error.rs `ErrorKind`).
    /// `Empty`.
    ERROR_EMPTY = "the file is empty; export the statement again", "文件是空的，请重新导出账单";
    /// {0}: what the file looks like (`BINARY_`).
    ERROR_BINARY =
        "this file is {0} and does not look like any statement Yearbook reads; export the statement as CSV",
        "这个文件是{0}，不像 Yearbook 能读取的任何账单；请把账单导出为 CSV";
    /// {0}: the formats read; {1}: the file's first line.
    ERROR_UNKNOWN_FORMAT =
        "this does not look like any statement Yearbook reads; it reads: {0}. The file starts with \"{1}\"",
        "这不像 Yearbook 能读取的任何账单；它能读取：{0}。这个文件的开头是“{1}”";
    /// Between two formats in that list.
    LIST = "{0}; {1}", "{0}；{1}";
    /// `PasswordRequired`.
    ERROR_PASSWORD_REQUIRED =
        "this ZIP is password-protected: type the password from the Alipay or WeChat app (it is used once and never stored)",
        "这个 ZIP 有密码保护：请输入支付宝或微信 App 里显示的解压密码（只使用一次，不会保存）";
    /// `WrongPassword`.
    ERROR_WRONG_PASSWORD = "the password does not open this ZIP; check it and try again",
        "密码打不开这个 ZIP，请核对后重试";
    /// {0}: what is wrong with the archive.
    ERROR_DAMAGED_ARCHIVE = "this ZIP archive cannot be unpacked: {0}", "这个 ZIP 压缩包无法解压：{0}";
    /// {0}: a date that reads both ways.
    ERROR_AMBIGUOUS_DATES =
        "the dates in this file could be read either way (is \"{0}\" day/month or month/day?); choose whether it writes the day first (31/12/2024) or the month first (12/31/2024)",
        "这个文件里的日期有两种读法（“{0}”是日/月还是月/日？）；请选择日期是日在前（31/12/2024）还是月在前（12/31/2024）";
    /// {0}: the format announced; {1}: what is damaged.
    ERROR_MALFORMED = "this file looks like the {0}, but it is damaged: {1}",
        "这个文件看起来是{0}，但已损坏：{1}";
    /// {0}: why the guess is unsure.
    ERROR_NEEDS_MAPPING =
        "Yearbook could not tell which column is which in this table ({0}); map the columns (which one holds the date, the amount and the description) and it will be read",
        "Yearbook 分不清这个表格的各列（{0}）；请指定哪一列是日期、金额和说明，之后就能读取";
    /// {0}: why the guess is unsure; {1}: the header row, shortened.
    ERROR_NEEDS_MAPPING_HEADER =
        "Yearbook could not tell which column is which in this table ({0}); map the columns (which one holds the date, the amount and the description) and it will be read; its header row is \"{1}\"",
        "Yearbook 分不清这个表格的各列（{0}）；请指定哪一列是日期、金额和说明，之后就能读取；它的表头是“{1}”";
    /// {0}: why the guess is unsure; {1}: the first row, shortened.
    ERROR_NEEDS_MAPPING_FIRST_ROW =
        "Yearbook could not tell which column is which in this table ({0}); map the columns (which one holds the date, the amount and the description) and it will be read; it has no header row; its first row is \"{1}\"",
        "Yearbook 分不清这个表格的各列（{0}）；请指定哪一列是日期、金额和说明，之后就能读取；它没有表头，第一行是“{1}”";
    /// {0}: the format announced; {1}: the header expected.
    ERROR_MISSING_HEADER =
        "this file looks like the {0}, but its header row is missing or damaged (expected a line like \"{1}\")",
        "这个文件看起来是{0}，但表头缺失或已损坏（应该有一行类似“{1}”）";
    /// {0}: the file's size; {1}: the page's limit (`TooLarge`).
    ERROR_TOO_LARGE =
        "this file is {0}, more than the {1} a browser tab can read at once; export a shorter period, or use the yearbook command line, which has no limit",
        "这个文件有 {0}，超过了浏览器标签页一次能读取的 {1}；请导出较短的时间段，或使用没有大小限制的 yearbook 命令行";
    /// {0}: the browser's or the system's reason (`Unreadable`).
    ERROR_UNREADABLE = "cannot open the file: {0}", "无法打开这个文件：{0}";
    /// {0}: the bank of a known CSV profile.
    EXPORT_FROM = "export from {0}", "{0}导出的文件";

    // What a binary file looks like (decode.rs `sniff_binary`).
    /// `%PDF`.
    BINARY_PDF = "a PDF document", "PDF 文档";
    /// `PK`.
    BINARY_ZIP = "a ZIP archive (an XLSX workbook or a zipped export)",
        "ZIP 压缩包（XLSX 工作簿或压缩后的导出文件）";
    /// An OLE file.
    BINARY_XLS = "an old Excel workbook (.xls)", "旧版 Excel 工作簿（.xls）";
    /// PNG.
    BINARY_PNG = "a PNG image", "PNG 图片";
    /// JPEG.
    BINARY_JPEG = "a JPEG image", "JPEG 图片";
    /// GIF.
    BINARY_GIF = "a GIF image", "GIF 图片";
    /// RAR.
    BINARY_RAR = "a RAR archive", "RAR 压缩包";
    /// 7-Zip.
    BINARY_7Z = "a 7-Zip archive", "7-Zip 压缩包";
    /// gzip.
    BINARY_GZIP = "a gzip archive", "gzip 压缩包";
    /// Anything else that is not text.
    BINARY_DATA = "binary data", "二进制数据";
    /// A ZIP that is no workbook (parse/xlsx.rs).
    BINARY_ZIP_NO_WORKBOOK =
        "a ZIP archive that holds no Excel workbook (to read a statement inside it, unzip it first)",
        "不含 Excel 工作簿的 ZIP 压缩包（要读取其中的账单，请先解压）";
    /// A workbook whose sheets fail (parse/xlsx.rs).
    BINARY_UNREADABLE_WORKBOOK = "an Excel workbook (.xlsx) whose sheets cannot be read",
        "工作表无法读取的 Excel 工作簿（.xlsx）";
    /// A note on an `.xls` that is an HTML page (parse/xls.rs).
    XLS_IS_HTML = "this .xls file is really a web page (an HTML table), not an Excel workbook: its table was read",
        "这个 .xls 文件其实是网页（HTML 表格），不是 Excel 工作簿：已读取其中的表格";
    /// {0}: the format it was read as. A note on an `.xls` that is text (parse/files.rs).
    XLS_IS_TEXT = "this .xls file is really text, not an Excel workbook: it was read as {0}",
        "这个 .xls 文件其实是文本，不是 Excel 工作簿：已按{0}读取";
    /// An OLE2 file calamine cannot open as a workbook (parse/xls.rs).
    BINARY_UNREADABLE_XLS =
        "an old Office file (.xls or .doc) that cannot be read as an Excel workbook",
        "无法作为 Excel 工作簿读取的旧版 Office 文件（.xls 或 .doc）";

    // Archives (archive.rs, parse/mod.rs).
    /// {0}: the number of files; {1}: the limit.
    ZIP_TOO_MANY_FILES = "it holds {0} files, more than {1}", "其中有 {0} 个文件，超过了 {1} 个";
    /// {0}: the limit in MB.
    ZIP_TOO_LARGE = "it unpacks to more than {0} MB", "解压后超过 {0} MB";
    /// An archive with nothing inside.
    ZIP_EMPTY = "it holds no files", "里面没有文件";
    /// {0}: the inner file's name.
    ZIP_IN_ZIP = "{0} is itself a ZIP; unzip it first", "{0}本身也是 ZIP，请先解压";

    // Amounts, dates and times (money.rs and every parser).
    /// money.rs: not a number.
    AMOUNT_NOT_A_NUMBER = "expected a number like 1200.00", "应为类似 1200.00 的数字";
    /// money.rs: out of range.
    AMOUNT_TOO_LARGE = "the amount is too large", "金额太大";
    /// {0}: the cell; {1}: why (`AMOUNT_`).
    CANNOT_READ_AMOUNT = "cannot read the amount \"{0}\" ({1})", "无法读取金额“{0}”（{1}）";
    /// {0}: the cell; {1}: why.
    CANNOT_READ_REFUNDED = "cannot read the refunded amount \"{0}\" ({1})",
        "无法读取退款金额“{0}”（{1}）";
    /// {0}: the cell; {1}: why.
    CANNOT_READ_FEE = "cannot read the fee \"{0}\" ({1})", "无法读取手续费“{0}”（{1}）";
    /// {0}: the cell; {1}: an example (`2023-02-12 21:32:14`).
    CANNOT_READ_TIME = "cannot read the time \"{0}\" (expected {1})", "无法读取时间“{0}”（应为 {1}）";
    /// {0}: the cell; {1}: what was expected (`DATE_`).
    CANNOT_READ_DATE = "cannot read the date \"{0}\" (expected {1})", "无法读取日期“{0}”（应为{1}）";
    /// bank CSV dates, day first.
    DATE_DAY_FIRST = "a date like 31.12.2024 or 31/12/2024", "类似 31.12.2024 或 31/12/2024 的日期";
    /// bank CSV dates, month first.
    DATE_MONTH_FIRST = "a date like 12/31/2024", "类似 12/31/2024 的日期";
    /// bank CSV dates, ISO.
    DATE_ISO = "a date like 2024-12-31", "类似 2024-12-31 的日期";
    /// QIF dates.
    DATE_QIF = "a date like 01/23/2019", "类似 01/23/2019 的日期";
    /// OFX dates.
    DATE_OFX = "YYYYMMDD, e.g. 20240323", "YYYYMMDD 格式，例如 20240323";
    /// {0}: the cell.
    CANNOT_READ_CURRENCY = "cannot read the currency \"{0}\" (expected a code such as EUR)",
        "无法读取币种“{0}”（应为 EUR 这样的代码）";

    // Alipay and WeChat Pay rows (parse/alipay.rs, parse/wechat/).
    /// {0}: cells in the row; {1}: cells in the header; {2}: the row.
    ALIPAY_SHIFTED_ROW =
        "the row has {0} cells but the header has {1}: a comma inside a cell shifted the columns (\"{2}\")",
        "这一行有 {0} 个单元格，但表头有 {1} 个：单元格里的逗号让各列错位了（“{2}”）";
    /// {0}: the `收/支` cell.
    ALIPAY_UNKNOWN_DIRECTION = "unknown 收/支 value \"{0}\" (expected 支出, 收入 or 不计收支)",
        "无法识别的收/支值“{0}”（应为支出、收入或不计收支）";
    /// {0}: cells in the row; {1}: cells in the header; {2}: the row.
    WECHAT_SHIFTED_ROW =
        "the row has {0} cells but the header has {1}, and moving the extra ones into 交易对方 does not line the columns up (\"{2}\")",
        "这一行有 {0} 个单元格，但表头有 {1} 个，把多出的单元格并入交易对方后各列仍对不齐（“{2}”）";
    /// {0}: cells read; {1}: the next column; {2}: its name; {3}: the row.
    WECHAT_SHORT_ROW =
        "the row stops after {0} cells, before column {1} \"{2}\": it looks cut short (\"{3}\")",
        "这一行只有 {0} 个单元格，在第 {1} 列“{2}”之前就结束了：看起来被截断了（“{3}”）";
    /// {0}: the `备注` cell.
    WECHAT_FEE_UNREADABLE = "cannot read the service fee in \"{0}\" (expected 服务费¥0.10)",
        "无法从“{0}”中读取服务费（应为 服务费¥0.10 的形式）";
    /// {0}: the `收/支` cell.
    WECHAT_UNKNOWN_DIRECTION = "unknown 收/支 value \"{0}\" (expected 支出, 收入 or /)",
        "无法识别的收/支值“{0}”（应为支出、收入或 /）";

    // Bank files (parse/ofx.rs, qif.rs, camt.rs, mt940, bank_csv/).
    /// OFX without `DTPOSTED`.
    OFX_NO_DATE = "the transaction has no date (DTPOSTED)", "这笔交易没有日期（DTPOSTED）";
    /// OFX without `TRNAMT`.
    OFX_NO_AMOUNT = "the transaction has no amount (TRNAMT)", "这笔交易没有金额（TRNAMT）";
    /// QIF without `D`.
    QIF_NO_DATE = "the record has no date (a D line)", "这条记录没有日期（D 行）";
    /// QIF without `T`.
    QIF_NO_AMOUNT = "the record has no amount (a T line)", "这条记录没有金额（T 行）";
    /// MT940 without `:60F:`.
    MT940_NO_CURRENCY = "the statement names no currency (no readable :60F: opening balance)",
        "对账单没有写明币种（没有可读的 :60F: 期初余额）";
    /// {0}: the first characters.
    MT940_VALUE_DATE_FORMAT = "expected the value date as YYMMDD, found \"{0}\"",
        "起息日应为 YYMMDD 格式，实际是“{0}”";
    /// {0}: the date as written.
    MT940_VALUE_DATE_INVALID = "the value date \"{0}\" is not a date", "起息日“{0}”不是有效日期";
    /// {0}: the entry date as written; {1}: the value date used.
    MT940_ENTRY_DATE_INVALID =
        "the entry date \"{0}\" is not a date; read on the value date {1} instead",
        "记账日“{0}”不是有效日期；已按起息日 {1} 读取";
    /// {0}: what follows the date.
    MT940_MARK = "expected C, D, RC or RD after the date, found \"{0}\"",
        "日期后面应为 C、D、RC 或 RD，实际是“{0}”";
    /// {0}: what follows the mark.
    MT940_AMOUNT = "expected an amount like 1234,56 after the mark, found \"{0}\"",
        "借贷标记后面应为类似 1234,56 的金额，实际是“{0}”";
    /// camt without a statement.
    CAMT_NO_STATEMENT =
        "it holds no statement (expected Document/BkToCstmrStmt/Stmt, or Rpt or Ntfctn)",
        "其中没有对账单（应有 Document/BkToCstmrStmt/Stmt，或 Rpt、Ntfctn）";
    /// {0}: the line; {1}: the damage.
    AT_LINE = "line {0}: {1}", "第 {0} 行：{1}";
    /// {0}: the damage; {1}: empty or `CAMT_MORE_DAMAGE_`.
    CAMT_DAMAGED =
        "the XML is damaged here ({0}){1}: entries it cut off or broke are left out",
        "XML 在这里损坏了（{0}）{1}：被截断或损坏的条目没有读取";
    /// One more damaged place.
    CAMT_MORE_DAMAGE_ONE = " and in 1 more place", "，另外还有 1 处";
    /// {0}: more damaged places.
    CAMT_MORE_DAMAGE = " and in {0} more places", "，另外还有 {0} 处";
    /// An entry with no currency.
    CAMT_NO_CURRENCY = "the entry's <Amt> names no currency (Ccy) and neither does the account",
        "条目的 <Amt> 没有写明币种（Ccy），账户也没有";
    /// {0}: the `CdtDbtInd` value.
    CAMT_DIRECTION = "the entry's <CdtDbtInd> is \"{0}\" (expected CRDT or DBIT)",
        "条目的 <CdtDbtInd> 是“{0}”（应为 CRDT 或 DBIT）";
    /// An entry with no date.
    CAMT_NO_DATE = "the entry has no booking date (<BookgDt>) or value date",
        "条目没有记账日期（<BookgDt>）或起息日";
    /// {0}: the date as written.
    CAMT_DATE = "cannot read the booking date \"{0}\" (expected 2024-03-31 or 2024-03-31T12:00:00)",
        "无法读取记账日期“{0}”（应为 2024-03-31 或 2024-03-31T12:00:00）";
    /// {0}: what the details add up to; {1}: the entry's amount; {2}: its currency.
    CAMT_BATCH_SUM = "whose amounts add up to {0}, not to the entry's {1} {2}",
        "，它们的金额合计为 {0}，而不是条目的 {1} {2}";
    /// {0}: the currency.
    CAMT_BATCH_MIXED = "that do not all state an amount in {0} in the entry's direction",
        "，它们并非都写明了与条目同方向的 {0} 金额";
    /// {0}: the number of transactions; {1}: why (`CAMT_BATCH_`).
    CAMT_BATCH_KEPT = "the entry holds {0} transactions {1}: kept as one row",
        "条目包含 {0} 笔交易{1}：保留为一行";
    /// {0}: the `Amt` text; {1}: why.
    CAMT_AMOUNT = "cannot read the amount <Amt> \"{0}\" ({1})", "无法读取金额 <Amt>“{0}”（{1}）";
    /// {0}: the `Amt` text.
    CAMT_NEGATIVE =
        "the amount <Amt> \"{0}\" is negative; camt writes amounts positive, with the direction in <CdtDbtInd>",
        "金额 <Amt>“{0}”是负数；camt 的金额总是正数，方向写在 <CdtDbtInd> 里";
    /// {0}: the element; {1}: the one still open; {2}: its line.
    XML_CUT_OFF = "the file ends inside <{0}> opened on line {1}: it was cut off",
        "文件在第 {1} 行打开的 <{0}> 里面就结束了：文件被截断了";
    /// {0}: the end tag's name.
    XML_STRAY_END = "</{0}> closes no open element", "</{0}> 没有对应的开始标签";
    /// {0}: the end tag's name; {1}: the element still open; {2}: its line.
    XML_EARLY_END = "</{0}> comes before the end of <{1}> opened on line {2}",
        "</{0}> 出现在第 {2} 行打开的 <{1}> 结束之前";
    /// Split columns both empty.
    CSV_NO_AMOUNT = "neither the money-out nor the money-in column holds an amount",
        "支出列和收入列都没有金额";
    /// {0}: the cell; {1}: the values for money out; {2}: for money in.
    CSV_DIRECTION = "cannot tell which way the money went from \"{0}\" (expected {1} or {2})",
        "无法从“{0}”判断资金方向（应为 {1} 或 {2}）";
    /// Dates that read both ways, read day first.
    CSV_DATES_DAY_FIRST =
        "the dates could be day/month or month/day; they were read day first (choose month first if that is wrong)",
        "日期可能是日/月，也可能是月/日；已按日在前读取（如果不对，请选择月在前）";
    /// No currency anywhere.
    CSV_ASSUMED_USD =
        "no column or sign names the currency; the amounts were read as US dollars (choose the currency if that is wrong)",
        "没有任何列或符号写明币种；金额已按美元读取（如果不对，请选择币种）";
    /// {0}: the delimiter chosen.
    CSV_NO_SPLIT = "the table does not split into columns at \"{0}\"", "表格无法按“{0}”分列";
    /// {0}: the header line chosen.
    CSV_NOT_A_ROW = "line {0} is not a row of the table", "第 {0} 行不是表格中的一行";
    /// {0}: the role (`ROLE_`); {1}: the column; {2}: the table's width.
    CSV_NO_SUCH_COLUMN = "the {0} column {1} does not exist: the table has {2} columns",
        "指定为{0}的第 {1} 列不存在：表格只有 {2} 列";
    /// A column's role in a mapping.
    ROLE_DATE = "date", "日期";
    /// A column's role in a mapping.
    ROLE_AMOUNT = "amount", "金额";
    /// A column's role in a mapping.
    ROLE_DEBIT = "debit", "支出";
    /// A column's role in a mapping.
    ROLE_CREDIT = "credit", "收入";
    /// A column's role in a mapping.
    ROLE_DIRECTION = "direction", "收支方向";
    /// A column's role in a mapping.
    ROLE_CURRENCY = "currency", "币种";
    /// A column's role in a mapping.
    ROLE_COUNTERPARTY = "counterparty", "交易对方";
    /// A column's role in a mapping.
    ROLE_DESCRIPTION = "description", "说明";
    /// A column's role in a mapping.
    ROLE_TIME = "time", "时间";
    /// A column's role in a mapping.
    ROLE_TYPE = "type", "类型";
    /// A mapping with no date.
    CSV_MAPPING_NO_DATE = "the mapping names no date column", "列映射中没有指定日期列";
    /// A mapping with no amount.
    CSV_MAPPING_NO_AMOUNT = "the mapping names no amount column (or no debit and credit pair)",
        "列映射中没有指定金额列（或支出列与收入列）";
    /// A mapping with a direction column but not the values that say which way.
    CSV_MAPPING_NO_DIRECTION_VALUES =
        "the mapping names a direction column but not the values meaning money out and money in",
        "列映射指定了收支方向列，但没有填写表示支出和收入的值";
    /// No date column found.
    GUESS_NO_DATES = "no column holds dates", "没有哪一列是日期";
    /// No amount column found.
    GUESS_NO_AMOUNTS = "no column holds amounts", "没有哪一列是金额";
    /// {0}: a date that reads both ways.
    GUESS_AMBIGUOUS_DATES = "the dates (such as \"{0}\") could be day/month or month/day",
        "日期（例如“{0}”）可能是日/月，也可能是月/日";
    /// {0}, {1}: two columns (`AT_COLUMN…`).
    GUESS_TWO_AMOUNTS = "both {0} and {1} could be the amount", "{0}和{1}都可能是金额";
    /// {0}, {1}: two columns.
    GUESS_WHICH_IS_OUT = "{0} and {1} each hold some of the amounts: which one is money out?",
        "{0}和{1}各有一部分金额：哪一列是支出？";
    /// Amounts with no sign and no direction column.
    GUESS_NO_DIRECTION = "every amount is positive and no column says which way the money went",
        "所有金额都是正数，也没有哪一列说明资金方向";
}

/// The template whose English is `en` among those without placeholders, for the fixed texts a
/// lower layer returns as `&'static str` (`money::parse_minor`'s problems, `sniff_binary`);
/// text it does not know stays as written in both languages.
pub fn known(en: &str) -> crate::phrase::Phrase {
    ALL.iter()
        .find(|t| t.en == en && !t.en.contains('{'))
        .map_or_else(|| crate::phrase::Phrase::same(en), |t| crate::phrase::Phrase::new(t))
}
