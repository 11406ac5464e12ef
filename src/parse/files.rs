//! Several files read together, as the page and the command line load them: each file is parsed
//! on its own (one bad file never hides the others), then the rows of all of them are checked for
//! cross-file duplicates (`classify::mark_duplicates`), which one file alone cannot see.

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
pub fn parse_files_each(
    files: &[(&str, &[u8], &Options)],
) -> (Vec<Result<Parsed, Error>>, Vec<Transaction>) {
    let mut results: Vec<Result<Parsed, Error>> =
        files.iter().map(|(name, bytes, options)| parse_bytes_with(bytes, name, options)).collect();
    // Sized once: growing by doubling would copy every row several times and, at its peak,
    // hold twice the rows' memory (docs/benchmarks.md).
    let rows = results.iter().filter_map(|r| r.as_ref().ok()).map(|p| p.transactions.len()).sum();
    let mut all: Vec<Transaction> = Vec::with_capacity(rows);
    all.extend(
        results
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .flat_map(|parsed| parsed.transactions.iter().cloned()),
    );
    crate::classify::mark_duplicates(&mut all);
    // Write the marks back into each file's rows, which are `all` in the same order.
    let mut marked = all.iter();
    for parsed in results.iter_mut().filter_map(|r| r.as_mut().ok()) {
        for (row, mark) in parsed.transactions.iter_mut().zip(marked.by_ref()) {
            // Few rows are marked; comparing is much cheaper than copying every row back.
            if row != mark {
                row.clone_from(mark);
            }
        }
    }
    (results, all)
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
