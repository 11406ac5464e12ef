//! The one entry point for reading files: [`read`] takes each file's name, bytes (borrowed, or
//! owned and then freed as soon as they are decoded) and the person's [`Options`] for it, reads
//! each on its own (one bad file never hides the others), then marks what one file alone cannot
//! see: rows an earlier file already holds (`classify::mark_repeats`, repeated and overlapping
//! exports) and bank rows mirroring a wallet payment (`classify::mark_duplicates`). The [`Batch`] holds every row
//! once, in one list; each file's [`FileRead`] says where its rows are.

use super::{read_one, FileParse};
use crate::choices::Options;
use crate::classify::FileRows;
use crate::error::{Error, Position, Warning};
use crate::model::{Source, Transaction};
use crate::phrase::messages as m;
use std::borrow::Cow;
use std::ops::Range;

/// One file to read.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    /// The file's name as the person chose it; it only labels messages.
    pub name: &'a str,
    /// Its bytes: borrowed, or owned and then freed once decoded (so reading a large GBK
    /// statement never holds its bytes, its text and its rows at once).
    pub bytes: Cow<'a, [u8]>,
    /// The person's choices for this file (a ZIP's password, a QIF's date order, a CSV's column
    /// mapping), which must not be applied to the others.
    pub options: &'a Options,
}

impl<'a> Input<'a> {
    /// A file with no choices made: `bytes` is a `&[u8]` to borrow or a `Vec<u8>` to give up.
    pub fn new(name: &'a str, bytes: impl Into<Cow<'a, [u8]>>) -> Input<'a> {
        Input { name, bytes: bytes.into(), options: Options::none() }
    }

    /// The same file with the person's choices.
    pub fn with_options(self, options: &'a Options) -> Input<'a> {
        Input { options, ..self }
    }
}

/// Several files read together: each file's outcome, and every row of all of them in one list.
#[derive(Debug)]
pub struct Batch {
    /// Each file's outcome, in input order: what it yielded, or the whole-file problem (which
    /// names the file).
    pub files: Vec<Result<FileRead, Error>>,
    /// All rows, file after file, each with its source, account and order or transaction id as
    /// the file wrote them; refunds linked within each file, cross-file duplicates marked.
    pub transactions: Vec<Transaction>,
}

/// What one file yielded. Its rows are [`Batch::rows`]`(file)`, a range of the batch's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRead {
    /// The format the file was recognised as (an archive's: its first statement's).
    pub source: Source,
    /// The text encoding it was decoded with.
    pub encoding: String,
    /// Problems with single rows, each with its 1-based position in the file; those rows are
    /// left out.
    pub warnings: Vec<Warning>,
    /// Data rows seen below the header (read or not), for reconciliation.
    pub rows_seen: u32,
    /// Where this file's rows are in [`Batch::transactions`].
    pub rows: Range<usize>,
    /// Earlier files that already held some of this file's rows (each such row counted once,
    /// there), in the order they were found.
    pub already_in: Vec<AlreadyIn>,
}

/// Rows of a file that an earlier file already held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlreadyIn {
    /// The earlier file's name.
    pub file: String,
    /// How many of this file's rows it held.
    pub rows: u32,
}

impl Batch {
    /// The rows of one file of this batch.
    pub fn rows(&self, file: &FileRead) -> &[Transaction] {
        self.transactions.get(file.rows.clone()).unwrap_or_default()
    }
}

/// Reads every file and marks the cross-file duplicates, holding every row once: each file's
/// rows are moved, not copied, into the combined list (a copy was a fifth of the time and a
/// third of the peak memory at a million rows, docs/benchmarks.md). The page's worker, the
/// command line, the tests and the fuzz targets all read this way.
///
/// A row an earlier file already holds (the same export twice, overlapping ranges of one
/// account), and a bank row that mirrors an Alipay or WeChat Pay payment, are marked
/// [`crate::Kind::Duplicate`]. Nothing here panics on any input.
pub fn read<'a>(inputs: impl IntoIterator<Item = Input<'a>>) -> Batch {
    let mut names: Vec<&'a str> = Vec::new();
    let results: Vec<Result<FileParse, Error>> = inputs
        .into_iter()
        .map(|input| {
            names.push(input.name);
            in_file(noted_xls(read_one(input.bytes, input.options), input.name), input.name)
        })
        .collect();
    let rows: usize =
        results.iter().filter_map(|r| r.as_ref().ok()).map(|r| r.parsed.transactions.len()).sum();
    let mut all: Vec<Transaction> = Vec::new();
    let files = results
        .into_iter()
        .map(|result| {
            result.map(|FileParse { mut parsed, encoding }| {
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
                    encoding: encoding.to_string(),
                    warnings: parsed.warnings,
                    rows_seen: parsed.rows_seen,
                    rows: start..all.len(),
                    already_in: Vec::new(),
                }
            })
        })
        .collect();
    let mut files: Vec<Result<FileRead, Error>> = files;
    let read: Vec<usize> = (0..files.len()).filter(|&i| files[i].is_ok()).collect();
    let ranges: Vec<FileRows<'_>> = read
        .iter()
        .filter_map(|&i| {
            let rows = files[i].as_ref().ok()?.rows.clone();
            Some(FileRows { name: names.get(i).copied().unwrap_or_default(), rows })
        })
        .collect();
    let repeats = crate::classify::mark_repeats(&mut all, &ranges);
    for (&i, found) in read.iter().zip(repeats) {
        if let Some(Ok(file)) = files.get_mut(i) {
            file.already_in = found
                .into_iter()
                .map(|a| AlreadyIn {
                    file: ranges.get(a.file).map_or_else(String::new, |r| r.name.to_string()),
                    rows: a.rows,
                })
                .collect();
        }
    }
    crate::classify::mark_own_transfers(&mut all);
    crate::classify::mark_platform_duplicates(&mut all);
    crate::classify::mark_duplicates(&mut all);
    Batch { files, transactions: all }
}

/// A note on a file named `.xls` that was read as text (a CSV so named, cn-bank-formats.md
/// §0.2.4), saying what it really was; the name only labels, it never decides the format.
fn noted_xls(result: Result<FileParse, Error>, file_name: &str) -> Result<FileParse, Error> {
    result.map(|mut read| {
        let named_xls = file_name.to_ascii_lowercase().ends_with(".xls");
        if named_xls && !matches!(read.encoding, "BIFF8" | "HTML") {
            let note = crate::phrase!(m::XLS_IS_TEXT, read.parsed.source.name());
            read.parsed.warnings.insert(0, Warning { position: Position::row(1), message: note });
        }
        read
    })
}

/// Labels an outcome with its file: the error, and every warning's position.
fn in_file(result: Result<FileParse, Error>, file_name: &str) -> Result<FileParse, Error> {
    result.map_err(|e| e.in_file(file_name)).map(|mut read| {
        for warning in &mut read.parsed.warnings {
            // A warning about a file inside an archive reads `mail.zip › inner.csv`.
            warning.position.file = Some(match warning.position.file.take() {
                Some(inner) => format!("{file_name} › {inner}"),
                None => file_name.to_string(),
            });
        }
        read
    })
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
    fn a_bank_row_mirroring_an_alipay_payment_is_marked_and_counted_once() {
        let batch = read([
            Input::new("alipay.csv", ALIPAY.as_bytes()),
            Input::new("x.pdf", &b"%PDF-1"[..]),
            Input::new("bank.ofx", OFX.as_bytes().to_vec()),
        ]);
        assert_eq!(batch.files.len(), 3);
        assert_eq!(batch.transactions.len(), 3);
        let alipay = batch.files[0].as_ref().expect("the Alipay file reads");
        let bank = batch.files[2].as_ref().expect("the OFX reads, from owned bytes");
        let refused = batch.files[1].as_ref().expect_err("the PDF is refused, the others read");
        assert!(refused.to_string().starts_with("x.pdf: "), "{refused}");
        assert_eq!((alipay.rows.clone(), bank.rows.clone()), (0..1, 1..3));
        assert_eq!((alipay.source, bank.source), (Source::Alipay2023, Source::Ofx));
        assert_eq!(&*batch.rows(alipay)[0].counterparty, "云膳过桥米线");
        let kinds: Vec<Kind> = batch.transactions.iter().map(|t| t.kind).collect();
        assert_eq!(kinds, [Kind::Expense, Kind::Duplicate, Kind::Expense]);
        assert_eq!(
            batch.rows(bank)[0].reason,
            "same payment as row 2 of the Alipay app export (2023+ layout): counted there"
        );
        // What identifies each row stays with it: source, account, transaction id.
        assert_eq!(batch.rows(bank)[1].source, Source::Ofx);
        assert_eq!((&*batch.rows(bank)[1].account, &*batch.rows(bank)[1].order_id), ("9876", "A2"));
        let spending: i64 = batch.transactions.iter().map(|t| t.spending_minor()).sum();
        assert_eq!(spending, 2816 + 1200, "the noodles count once");
        // Read alone, the bank file's rows are the same apart from the duplicate mark.
        let alone = read([Input::new("bank.ofx", OFX.as_bytes())]);
        assert_eq!(batch.rows(bank)[1], alone.transactions[1]);
        assert_eq!(alone.transactions[0].kind, Kind::Expense);
        assert_eq!(alone.files[0].as_ref().expect("reads").rows, 0..2, "taken as it is");
    }

    #[test]
    fn each_file_gets_its_own_options() {
        let qif = "!Type:Bank\nD8/12/13\nT-10.00\nPCoffee\n^\n";
        let day_first =
            Options { date_order: Some(crate::DateOrder::DayFirst), ..Options::default() };
        let batch = read([
            Input::new("chosen.qif", qif.as_bytes()).with_options(&day_first),
            Input::new("open.qif", qif.as_bytes()),
        ]);
        let chosen = batch.files[0].as_ref().expect("the chosen order reads");
        assert_eq!(batch.rows(chosen)[0].time.date().to_string(), "2013-12-08");
        let open = batch.files[1].as_ref().expect_err("the other file still asks");
        assert!(matches!(open.kind, crate::ErrorKind::AmbiguousDates { .. }), "{open}");
        assert_eq!(batch.transactions.len(), 1);
    }

    #[test]
    fn owned_and_borrowed_bytes_read_the_same() {
        let gbk = encoding_rs::GB18030.encode(ALIPAY).0.into_owned();
        let borrowed = read([Input::new("a.csv", gbk.as_slice())]);
        let owned = read([Input::new("a.csv", gbk.clone())]);
        assert_eq!(borrowed.transactions, owned.transactions);
        assert_eq!(borrowed.files, owned.files);
        assert_eq!(owned.files[0].as_ref().expect("reads").encoding, "gb18030");
    }
}
