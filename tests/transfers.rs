//! Own-account transfers and card repayments across files (issue 11, point 3): a camt current
//! account paying the IBAN of an MT940 savings account among the files, an OFX checking
//! account paying the camt account's number through `BANKACCTTO`, a transfer pair with no
//! account named (out of one account's file, into another's within three days), and the rent
//! to a landlord that stays spending. The text rules of every language are unit tests of
//! `classify/bank.rs`.

#![cfg(not(target_arch = "wasm32"))] // native tests; the browser's are in tests/web.rs

use yearbook::{Input, Kind, Report, Transaction};

const CAMT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>T</MsgId><CreDtTm>2024-04-01T08:00:00</CreDtTm></GrpHdr>
<Stmt><Id>T-1</Id><Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Ntry><Amt Ccy="EUR">300.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-03-05</Dt></BookgDt><AcctSvcrRef>R1</AcctSvcrRef>
<NtryDtls><TxDtls><RltdPties><Cdtr><Nm>Erika Mustermann</Nm></Cdtr><CdtrAcct><Id><IBAN>DE44100200301234567890</IBAN></Id></CdtrAcct></RltdPties><RmtInf><Ustrd>Sparen</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
<Ntry><Amt Ccy="EUR">900.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-03-06</Dt></BookgDt><AcctSvcrRef>R2</AcctSvcrRef>
<NtryDtls><TxDtls><RltdPties><Cdtr><Nm>Hausverwaltung Meier</Nm></Cdtr><CdtrAcct><Id><IBAN>DE44500105175407324931</IBAN></Id></CdtrAcct></RltdPties><RmtInf><Ustrd>Miete Maerz</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
<Ntry><Amt Ccy="EUR">42.10</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-03-07</Dt></BookgDt><AcctSvcrRef>R3</AcctSvcrRef>
<NtryDtls><TxDtls><RltdPties><Cdtr><Nm>REWE Markt GmbH</Nm></Cdtr></RltdPties></TxDtls></NtryDtls></Ntry>
<Ntry><Amt Ccy="EUR">250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-03-12</Dt></BookgDt><AcctSvcrRef>R4</AcctSvcrRef>
<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>E. Mustermann</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Gutschrift</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>
"#;

/// The savings account (its `:25:` is the IBAN the camt account paid), with the 300.00 in.
const MT940: &str =
    ":20:SPAR\r\n:25:DE44100200301234567890\r\n:28C:00001\r\n:60F:C240301EUR1000,00\r\n\
:61:2403050305CR300,00NTRFNONREF\r\n:86:166?00GUTSCHRIFT?20Sparen?32Erika Mustermann\r\n\
:62F:C240331EUR1300,00\r\n-\r\n";

/// A checking account in another bank, paying 250.00 that arrives in the camt account two
/// days later with no account named (a pair), and 75.00 to the camt account's number.
const OFX: &str = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR\n\
<BANKACCTFROM><BANKID>1<ACCTID>777000111<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>\n\
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240310<TRNAMT>-250.00<FITID>X1<NAME>E MUSTERMANN</STMTTRN>\n\
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240314<TRNAMT>-75.00<FITID>X2<NAME>PAYMENT\
<BANKACCTTO><BANKID>12030000<ACCTID>0000202051<ACCTTYPE>CHECKING</BANKACCTTO></STMTTRN>\n\
<STMTTRN><TRNTYPE>POS<DTPOSTED>20240315<TRNAMT>-19.99<FITID>X3<NAME>BOOKSHOP</STMTTRN>\n\
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";

fn read(files: &[(&str, &str)]) -> Vec<Transaction> {
    let batch = yearbook::read(files.iter().map(|(name, text)| Input::new(name, text.as_bytes())));
    for (file, (name, _)) in batch.files.iter().zip(files) {
        assert!(file.is_ok(), "{name}: {file:?}");
    }
    batch.transactions
}

fn kind_of(rows: &[Transaction], counterparty_or_amount: &str) -> Kind {
    rows.iter()
        .find(|t| {
            t.counterparty.contains(counterparty_or_amount)
                || yearbook::money::format_minor(t.amount.minor, 2) == counterparty_or_amount
        })
        .unwrap_or_else(|| panic!("a row {counterparty_or_amount}"))
        .kind
}

#[test]
fn own_accounts_across_camt_mt940_and_ofx_and_a_pair_across_files() {
    // Alone, the camt file cannot know the IBAN it paid is the person's: spending.
    let alone = read(&[("giro.xml", CAMT)]);
    assert_eq!(kind_of(&alone, "Erika Mustermann"), Kind::Expense);
    assert_eq!(kind_of(&alone, "250.00"), Kind::Income);

    let rows = read(&[("giro.xml", CAMT), ("spar.sta", MT940), ("checking.ofx", OFX)]);
    // camt → MT940: the savings account's statement is among the files.
    let to_savings = rows.iter().find(|t| t.counterparty.contains("Erika")).expect("the row");
    assert_eq!(to_savings.kind, Kind::Transfer);
    assert!(
        to_savings.reason.to_string().contains("DE44100200301234567890"),
        "{}",
        to_savings.reason
    );
    // Its other half, in the MT940 file, pairs with it (same amount, other account, same day).
    let arrived = rows.iter().find(|t| t.source == yearbook::Source::Mt940).expect("the row");
    assert_eq!(arrived.kind, Kind::Transfer, "{}", arrived.reason);
    // OFX → camt by BANKACCTTO: 0000202051 is the end of the camt account's IBAN.
    let by_number = rows.iter().find(|t| t.order_id == "X2").expect("the row");
    assert_eq!(by_number.kind, Kind::Transfer, "{}", by_number.reason);
    // A pair with no account named: 250.00 out of the OFX account on 10 March, into the camt
    // account on 12 March.
    let out = rows.iter().find(|t| t.order_id == "X1").expect("the row");
    assert_eq!(out.kind, Kind::Transfer);
    assert_eq!(
        out.reason.to_string(),
        "the same amount arrived in your account DE02120300000000202051 on 12 Mar 2024: moved between your accounts, not spent"
    );
    assert_eq!(kind_of(&rows, "250.00"), Kind::Transfer);
    // The landlord, the supermarket and the bookshop stay spending.
    assert_eq!(kind_of(&rows, "Hausverwaltung Meier"), Kind::Expense);
    assert_eq!(kind_of(&rows, "REWE"), Kind::Expense);
    assert_eq!(kind_of(&rows, "BOOKSHOP"), Kind::Expense);
    let report = Report::build(&rows, None).expect("a report");
    assert_eq!(report.totals().spending, 90_000 + 4_210 + 1_999);
    assert_eq!(report.totals().income, 0, "no income: every credit was the person's own money");
}
