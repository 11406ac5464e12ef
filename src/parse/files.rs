//! Several files read together, as the page and the command line load them: each file is parsed
//! on its own (one bad file never hides the others), then the rows of all of them are checked for
//! cross-file duplicates (`classify::mark_duplicates`), which one file alone cannot see.
//! [`read_files`] keeps every row once, in one list; [`parse_files`] also copies each file's rows
//! into its own result, for callers that want both views.

use super::{parse_bytes_with, Options, Parsed};
use crate::error::Error;
use crate::model::Transaction;

/// Parses every `(file name, bytes)` pair and returns each file's result, in order, together
/// with all their transactions, file after file. A bank row that mirrors an Alipay or WeChat Pay
/// payment is marked [`crate::Kind::Duplicate`] in both: the results' transactions are the same
/// rows as the combined list.
pub fn parse_files(
    files: &[(&str, &[u8])],
    options: &Options,
) -> (Vec<Result<Parsed, Error>>, Vec<Transaction>) {
    let each: Vec<(&str, &[u8], &Options)> =
        files.iter().map(|(name, bytes)| (*name, *bytes, options)).collect();
    parse_files_each(&each)
}

/// [`parse_files`] with each file's own [`Options`]: the page asks for one ZIP's password, one
/// QIF's date order or one CSV's column mapping, and those must not be applied to the others.
///
/// Every row is then held twice, in its file's result and in the combined list; [`read_files`]
/// holds each once, for callers that need no per-file copies.
pub fn parse_files_each(
    files: &[(&str, &[u8], &Options)],
) -> (Vec<Result<Parsed, Error>>, Vec<Transaction>) {
    let batch = read_files(files);
    let results = batch
        .files
        .into_iter()
        .map(|read| {
            read.map(|read| Parsed {
                transactions: batch.transactions[read.rows].to_vec(),
                source: read.source,
                encoding: read.encoding,
                warnings: read.warnings,
                rows_seen: read.rows_seen,
            })
        })
        .collect();
    (results, batch.transactions)
}

/// Several files read together: each file's outcome, and every row of all of them in one list.
#[derive(Debug)]
pub struct Batch {
    /// Each file's outcome, in input order.
    pub files: Vec<Result<FileRead, Error>>,
    /// All rows, file after file, cross-file duplicates marked.
    pub transactions: Vec<Transaction>,
}

/// What one file of a [`Batch`] yielded: [`Parsed`] with its rows left in the batch's list.
#[derive(Debug)]
pub struct FileRead {
    /// The format the file was recognised as.
    pub source: crate::model::Source,
    /// The text encoding it was decoded with.
    pub encoding: String,
    /// Problems with single rows.
    pub warnings: Vec<crate::error::Warning>,
    /// Data rows seen below the header (read or not), for reconciliation.
    pub rows_seen: u32,
    /// Where this file's rows are in [`Batch::transactions`].
    pub rows: std::ops::Range<usize>,
}

impl Batch {
    /// The rows of one file of this batch.
    pub fn rows(&self, file: &FileRead) -> &[Transaction] {
        self.transactions.get(file.rows.clone()).unwrap_or_default()
    }
}

/// Reads every `(file name, bytes, options)` and marks the cross-file duplicates, holding every
/// row once: each file's rows are moved, not copied, into the combined list (a copy was a fifth
/// of the time and a third of the peak memory at a million rows, docs/benchmarks.md).
pub fn read_files(files: &[(&str, &[u8], &Options)]) -> Batch {
    batch(
        files.iter().map(|(name, bytes, options)| parse_bytes_with(bytes, name, options)).collect(),
    )
}

/// [`read_files`] for bytes the caller gives up: each file's bytes are freed once decoded
/// ([`super::parse_owned`]), so reading a large GBK statement never holds its bytes, its text
/// and its rows at once. The page's worker and the command line read this way.
pub fn read_owned(files: Vec<(&str, Vec<u8>, &Options)>) -> Batch {
    batch(
        files
            .into_iter()
            .map(|(name, bytes, options)| super::parse_owned(bytes, name, options))
            .collect(),
    )
}

/// Each file's rows moved into one list, the cross-file duplicates marked.
fn batch(results: Vec<Result<Parsed, Error>>) -> Batch {
    let rows: usize =
        results.iter().filter_map(|r| r.as_ref().ok()).map(|p| p.transactions.len()).sum();
    let mut all: Vec<Transaction> = Vec::new();
    let files = results
        .into_iter()
        .map(|result| {
            result.map(|mut parsed| {
                let start = all.len();
                if start == 0 && parsed.transactions.len() == rows {
                    // The only file with rows: its list becomes the combined one as it is.
                    all = std::mem::take(&mut parsed.transactions);
                } else {
                    // Sized once: growing by doubling would move every row several times and,
                    // at its peak, hold twice the rows' memory.
                    all.reserve_exact(rows - start);
                    all.append(&mut parsed.transactions);
                }
                FileRead {
                    source: parsed.source,
                    encoding: parsed.encoding,
                    warnings: parsed.warnings,
                    rows_seen: parsed.rows_seen,
                    rows: start..all.len(),
                }
            })
        })
        .collect();
    crate::classify::mark_duplicates(&mut all);
    Batch { files, transactions: all }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    const ALIPAY: &str = "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,
2024-03-10 12:01:00,餐饮美食,云膳过桥米线,/,米线,支出,28.16,招商银行(9876),交易成功,2024031000001,,,
";
    const OFX: &str = "OFXHEADER:100
<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>CNY<BANKACCTFROM><ACCTID>9876</BANKACCTFROM>
<BANKTRANLIST>
<STMTTRN><TRNTYPE>POS<DTPOSTED>20240311<TRNAMT>-28.16<FITID>A1<NAME>支付宝-云膳过桥米线</STMTTRN>
<STMTTRN><TRNTYPE>POS<DTPOSTED>20240311<TRNAMT>-12.00<FITID>A2<NAME>BAKERY</STMTTRN>
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
";

    #[test]
    fn a_bank_row_mirroring_an_alipay_payment_is_marked_in_both_views() {
        let files: &[(&str, &[u8])] = &[
            ("bank.ofx", OFX.as_bytes()),
            ("alipay.csv", ALIPAY.as_bytes()),
            ("x.pdf", b"%PDF-1"),
        ];
        let (results, all) = parse_files(files, &Options::default());
        assert_eq!(results.len(), 3);
        assert!(results[2].is_err(), "the PDF is refused, the others still read");
        let kinds: Vec<Kind> = all.iter().map(|t| t.kind).collect();
        assert_eq!(kinds, [Kind::Duplicate, Kind::Expense, Kind::Expense]);
        assert_eq!(
            all[0].reason,
            "same payment as row 2 of the Alipay app export (2023+ layout): counted there"
        );
        let bank = results[0].as_ref().expect("the OFX reads");
        assert_eq!(bank.transactions[0], all[0]);
        assert_eq!(bank.transactions[1].kind, Kind::Expense);
        let spending: i64 = all.iter().map(|t| t.spending_minor).sum();
        assert_eq!(spending, 2816 + 1200, "the noodles count once");
    }

    #[test]
    fn a_batch_holds_each_row_once_and_each_file_knows_its_range() {
        let none = Options::default();
        let files: &[(&str, &[u8], &Options)] = &[
            ("alipay.csv", ALIPAY.as_bytes(), &none),
            ("x.pdf", b"%PDF-1", &none),
            ("bank.ofx", OFX.as_bytes(), &none),
        ];
        let batch = read_files(files);
        assert_eq!(batch.transactions.len(), 3);
        let alipay = batch.files[0].as_ref().expect("the Alipay file reads");
        let bank = batch.files[2].as_ref().expect("the OFX reads");
        assert!(batch.files[1].is_err());
        assert_eq!((alipay.rows.clone(), bank.rows.clone()), (0..1, 1..3));
        assert_eq!(&*batch.rows(alipay)[0].counterparty, "云膳过桥米线");
        assert_eq!(batch.rows(bank)[0].kind, Kind::Duplicate, "marked in the one list there is");
        // The same as reading each file alone, apart from the duplicate mark.
        let alone = parse_bytes_with(OFX.as_bytes(), "bank.ofx", &none).expect("reads");
        assert_eq!(batch.rows(bank)[1], alone.transactions[1]);
        assert_eq!(batch.rows(bank)[0].amount, alone.transactions[0].amount);
        // The per-file view of `parse_files_each` is the same rows, copied.
        let (results, all) = parse_files_each(files);
        assert_eq!(all, batch.transactions);
        let copied = &results[2].as_ref().expect("reads").transactions;
        assert_eq!(copied.as_slice(), batch.rows(bank));
        // A single file's list is taken as it is.
        let one = read_files(&files[2..]);
        assert_eq!(one.files[0].as_ref().expect("reads").rows, 0..2);
    }

    #[test]
    fn each_file_gets_its_own_options() {
        let qif = "!Type:Bank\nD8/12/13\nT-10.00\nPCoffee\n^\n";
        let day_first =
            Options { date_order: Some(crate::DateOrder::DayFirst), ..Options::default() };
        let none = Options::default();
        let files: &[(&str, &[u8], &Options)] =
            &[("chosen.qif", qif.as_bytes(), &day_first), ("open.qif", qif.as_bytes(), &none)];
        let (results, all) = parse_files_each(files);
        let chosen = results[0].as_ref().expect("the chosen order reads");
        assert_eq!(chosen.transactions[0].time.date().to_string(), "2013-12-08");
        let open = results[1].as_ref().expect_err("the other file still asks");
        assert!(matches!(open.kind, crate::ErrorKind::AmbiguousDates { .. }), "{open}");
        assert_eq!(all.len(), 1);
    }
}
