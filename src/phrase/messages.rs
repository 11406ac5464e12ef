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
}
