//! What a bank row means: the kind and reason for rows from bank formats (OFX, QIF, camt.053,
//! MT940, bank CSVs), decided from the signed amount, the bank's own type code and the text.
//! Every bank parser fills a [`BankRow`] and calls [`kind_of`]; format-level facts the text
//! cannot show (a camt `RvslInd`, an MT940 `RC`/`RD` mark) come in as [`BankRow::hint`].
//! Rules are tables: add a pattern, not a branch.

use crate::model::Kind;
use crate::phrase;
use crate::phrase::{reasons as r, Phrase};

/// The parts of a bank row the rules look at.
#[derive(Debug, Clone, Default)]
pub struct BankRow<'a> {
    /// Signed minor units from the account holder's view: money out negative.
    pub amount_minor: i64,
    /// The bank's type code, as written (`XFER`, `POS`, `CARD_PAYMENT`, `ACH_DEBIT`, `Return`,
    /// `PMNT/RCDT/…`); matched case-insensitively.
    pub type_code: &'a str,
    /// The other party's name.
    pub counterparty: &'a str,
    /// Description, memo, purpose (`Verwendungszweck`, `REMI`, `MEMO`).
    pub description: &'a str,
    /// True for a credit-card statement, where a positive row is usually a payment to the card.
    pub credit_card: bool,
    /// A kind the format itself states (a reversal flag, a `[Transfer]` category).
    pub hint: Option<(Kind, &'a Phrase)>,
}

/// Type codes that move money between the user's own accounts.
const TRANSFER_TYPES: &[&str] = &[
    "XFER",
    "TRANSFER",
    "ACCT_XFER",
    "EXCHANGE",
    "TOPUP",
    "TOP-UP",
    "TXFR",
    // Monzo: money moved into or out of a pot.
    "POT TRANSFER",
];
/// Text that marks paying off a credit card from a current account, or a card's payment row.
const REPAYMENT_TEXT: &[&str] = &[
    "AUTOMATIC PAYMENT - THANK",
    "AUTOMATIC PAYMENT – THANK",
    "PAYMENT THANK YOU",
    "PAYMENT - THANK YOU",
    "PAYMENT RECEIVED - THANK YOU",
    "AMERICAN EXPRESS ACH PMT",
    "CREDIT CARD PAYMENT",
    "CARD PAYMENT RECEIVED",
    "KREDITKARTENABRECHNUNG",
    // Chase checking's own card autopay ("CHASE CREDIT CRD AUTOPAY PPD ID: …").
    "CREDIT CRD AUTOPAY",
    "信用卡还款",
];
/// Type codes of bank fees.
const FEE_TYPES: &[&str] = &["FEE", "SRVCHG", "FEE_TRANSACTION"];
/// Type codes of returned purchases.
const REFUND_TYPES: &[&str] = &["RETURN", "REFUND", "CARD_REFUND"];
/// Text of returned purchases.
const REFUND_TEXT: &[&str] = &["REFUND", "RETOURE", "ERSTATTUNG", "TERUGBETALING", "MONEY BACK"];
/// Type codes of interest and dividends: income.
const INTEREST_TYPES: &[&str] = &["INT", "DIV", "INTEREST"];
/// Parts of a structured code (camt `Domain/Family/SubFamily` such as `SECU/SETT/TRAD`, an
/// MT940 `NSEC`) that mark trading securities or their yield: the money stays the user's.
const INVESTMENT_CODES: &[&str] = &["SECU", "NSEC"];
/// Parts of a structured code that mark a payment coming back to the payer: the ISO 20022
/// returns `PMNT/ICDT/RRTN` and `PMNT/IDDT/UPDD`, and German GVC 159 (SEPA-Rücküberweisung,
/// written `NTRF+159` by the MT940 reader).
const RETURN_CODES: &[&str] = &["RRTN", "UPDD", "159"];
/// Parts of a structured code that mark bank charges: camt `…/CHRG`, `…/FEES`, MT940 `NCHG`.
const FEE_CODES: &[&str] = &["CHRG", "FEES", "NCHG"];

fn has(list: &[&str], value: &str) -> bool {
    list.iter().any(|item| item.eq_ignore_ascii_case(value.trim()))
}

/// True when one part of a structured code (split at `/`, `+` and spaces) is in `list`.
fn has_part(list: &[&str], code: &str) -> bool {
    code.split(['/', '+', ' ']).any(|part| !part.is_empty() && has(list, part))
}

/// True when upper-cased `text` contains an item of `list`; the lists are written in upper case
/// (a test checks), so neither side is converted again for every row and item.
fn mentions(list: &[&str], upper: &str) -> bool {
    list.iter().any(|item| upper.contains(item))
}

/// Words that say money moved between the person's own accounts, in the languages of the banks
/// read (German, Dutch, French, Polish, Chinese); English is [`english_own_transfer`].
const OWN_TRANSFER_TEXT: &[&str] = &[
    "UMBUCHUNG",
    "ÜBERTRAG",
    "UEBERTRAG",
    "EIGEN REKENING",
    "SPAARREKENING",
    "VIREMENT INTERNE",
    "COMPTE A COMPTE",
    "COMPTE À COMPTE",
    "PRZELEW WŁASNY",
    "PRZELEW WLASNY",
    "转入本人账户",
    "转至本人账户",
    "本人账户转账",
];
/// Words that say a card bill was paid (Danish `afregning`: settlement; English autopay names
/// a card, or a utility's autopay would be taken for one).
const CARD_REPAYMENT_TEXT: &[&str] = &["MASTERCARD AFREGNING", "VISA AFREGNING", "KORTAFREGNING"];
/// Danish "transferred to/from", which names the card or account it went to.
const DANISH_MOVED: &[&str] = &["OVERFØRT", "OVERFORT", "OVERFØRSEL", "OVERFORSEL"];
/// Cards a bill is paid to.
const CARD_WORDS: &[&str] =
    &["MASTERCARD", "VISA", "CARD", "CRD", "AMEX", "DISCOVER", "CITI", "KREDITKORT"];
/// Own accounts in English and Danish statements.
const OWN_ACCOUNT_WORDS: &[&str] =
    &["OWN", "SAVINGS", "SWEEP", "MONEY MARKET", "OPSPARING", "EGEN KONTO"];

/// The words of upper-cased `text` (letters and digits), padded with spaces so that
/// `" OWN "` matches the word and not `DOWNTOWN`.
fn padded_words(upper: &str) -> String {
    let words: String = upper.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    format!(" {} ", words.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn has_word(list: &[&'static str], padded: &str) -> Option<&'static str> {
    list.iter().find(|w| padded.contains(&format!(" {w} "))).copied()
}

/// English: a transfer to or from one's own, savings, sweep or money-market account
/// (`TRANSFER TO MBR ***0123 ACCT 4 - SWEEP ACCOUNT`); the words that say so.
fn english_own_transfer(padded: &str) -> Option<&'static str> {
    let transfer = [" TRANSFER ", " XFER ", " TRF "].iter().any(|w| padded.contains(w));
    if transfer {
        has_word(OWN_ACCOUNT_WORDS, padded)
    } else {
        None
    }
}

/// What the text says about a row moving money between the person's own accounts or paying a
/// card bill: `(kind, the words that say so)`.
fn own_money_text(upper: &str) -> Option<(Kind, &'static str)> {
    if let Some(words) = CARD_REPAYMENT_TEXT.iter().find(|w| upper.contains(*w)) {
        return Some((Kind::Repayment, words));
    }
    let padded = padded_words(upper);
    if padded.contains(" AUTOPAY ") && has_word(CARD_WORDS, &padded).is_some() {
        return Some((Kind::Repayment, "AUTOPAY"));
    }
    if let Some(moved) = has_word(DANISH_MOVED, &padded) {
        if has_word(&["MASTERCARD", "VISA", "KREDITKORT"], &padded).is_some() {
            return Some((Kind::Repayment, moved));
        }
        if has_word(OWN_ACCOUNT_WORDS, &padded).is_some() {
            return Some((Kind::Transfer, moved));
        }
    }
    if let Some(words) = OWN_TRANSFER_TEXT.iter().find(|w| upper.contains(*w)) {
        return Some((Kind::Transfer, words));
    }
    english_own_transfer(&padded).map(|words| (Kind::Transfer, words))
}

/// Reward credits onto a card: income, not a refund.
const REWARD_TEXT: &[&str] = &["CASHBACK", "CASH BACK", "REWARD"];

/// Decides the kind of a bank row and says why.
pub fn kind_of(row: &BankRow<'_>) -> (Kind, Phrase) {
    if let Some((kind, reason)) = row.hint {
        return (kind, reason.clone());
    }
    let text = format!("{} {}", row.counterparty, row.description).to_uppercase();
    if row.amount_minor == 0 {
        return (Kind::Other, Phrase::new(&r::BANK_ZERO));
    }
    let chinese = format!("{} {} {}", row.type_code, row.counterparty, row.description);
    if let Some(found) = super::bank_cn::kind_of_cn(row.amount_minor, &chinese) {
        return found;
    }
    if super::bank_cn::card_repaid_by_person(row.amount_minor, row.counterparty, row.credit_card)
        && row.description.is_empty()
    {
        return (Kind::Repayment, Phrase::new(&r::CN_REPAYMENT_BY_NAME));
    }
    if has(TRANSFER_TYPES, row.type_code) {
        return (Kind::Transfer, phrase!(r::BANK_TRANSFER, row.type_code.trim()));
    }
    match own_money_text(&text) {
        Some((Kind::Transfer, words)) => {
            return (Kind::Transfer, phrase!(r::BANK_OWN_TRANSFER_TEXT, words));
        }
        Some((kind, words)) => return (kind, phrase!(r::BANK_CARD_REPAYMENT_TEXT, words)),
        None => {}
    }
    if has_part(INVESTMENT_CODES, row.type_code) {
        return (Kind::Investment, phrase!(r::BANK_SECURITIES, row.type_code.trim()));
    }
    if mentions(REPAYMENT_TEXT, &text)
        || (row.credit_card
            && row.type_code.eq_ignore_ascii_case("PAYMENT")
            && row.amount_minor > 0)
    {
        return (Kind::Repayment, Phrase::new(&r::BANK_CARD_REPAYMENT));
    }
    if (has(FEE_TYPES, row.type_code) || has_part(FEE_CODES, row.type_code)) && row.amount_minor < 0
    {
        return (Kind::Expense, Phrase::new(&r::BANK_FEE));
    }
    let returned = has(REFUND_TYPES, row.type_code) || has_part(RETURN_CODES, row.type_code);
    if row.amount_minor > 0 && (returned || mentions(REFUND_TEXT, &text)) {
        return (Kind::Refund, Phrase::new(&r::REFUND));
    }
    if row.amount_minor > 0 && has(INTEREST_TYPES, row.type_code) {
        return (Kind::Income, Phrase::new(&r::BANK_INTEREST));
    }
    // Nobody is paid a salary into a credit card: money onto a card that is not a repayment is
    // a return or a merchant credit, unless it says it is a reward.
    if row.credit_card && row.amount_minor > 0 && !mentions(REWARD_TEXT, &text) {
        return (Kind::Refund, Phrase::new(&r::BANK_CARD_CREDIT));
    }
    if row.amount_minor < 0 {
        (Kind::Expense, Phrase::new(&r::BANK_PAYMENT))
    } else {
        (Kind::Income, Phrase::new(&r::BANK_MONEY_IN))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_lists_are_written_in_upper_case() {
        let own = OWN_TRANSFER_TEXT.iter().chain(CARD_REPAYMENT_TEXT).chain(DANISH_MOVED);
        let words = CARD_WORDS.iter().chain(OWN_ACCOUNT_WORDS);
        for item in
            REPAYMENT_TEXT.iter().chain(REFUND_TEXT).chain(REWARD_TEXT).chain(own).chain(words)
        {
            assert_eq!(*item, item.to_uppercase(), "compared with upper-cased text as it is");
        }
        // Lower- or mixed-case statement text still matches.
        let row = |counterparty: &'static str| BankRow {
            amount_minor: 5000,
            counterparty,
            credit_card: true,
            ..BankRow::default()
        };
        assert_eq!(kind_of(&row("Payment Thank You-Mobile")).0, Kind::Repayment);
        assert_eq!(kind_of(&row("amazon refund")).0, Kind::Refund);
        assert_eq!(kind_of(&row("Cashback bonus")).0, Kind::Income);
    }

    fn kind(amount_minor: i64, type_code: &str, description: &str, credit_card: bool) -> Kind {
        kind_of(&BankRow {
            amount_minor,
            type_code,
            description,
            credit_card,
            ..BankRow::default()
        })
        .0
    }

    #[test]
    fn own_account_transfers_and_card_bills_in_every_language_and_payments_to_people_stay() {
        let cases: &[(&str, i64, Kind)] = &[
            // English (a US credit union's sweep, a money-market account, savings, autopay).
            ("TRANSFER TO MBR ***0123 ACCT 4 ID 18 - SWEEP ACCOUNT", -1_592_303, Kind::Transfer),
            ("TRANSFER TO MBR ***0123 ACCT 5 - MONEY MARKET", -50_000, Kind::Transfer),
            ("Transfer from Savings 4410", 20_000, Kind::Transfer),
            ("Online transfer to own account ...9912", -10_000, Kind::Transfer),
            ("AMEX EPAYMENT AUTOPAY", -81_000, Kind::Repayment),
            // German, Dutch, French, Polish, Chinese.
            ("Umbuchung auf Tagesgeld", -100_000, Kind::Transfer),
            ("Übertrag Sparkonto", -5_000, Kind::Transfer),
            ("Overboeking naar eigen rekening", -25_000, Kind::Transfer),
            ("Naar Oranje spaarrekening V123", -25_000, Kind::Transfer),
            ("VIREMENT INTERNE vers livret A", -30_000, Kind::Transfer),
            ("Virement compte à compte", 30_000, Kind::Transfer),
            ("Przelew własny na rachunek oszczędnościowy", -40_000, Kind::Transfer),
            ("转入本人账户 6222****1234", -100_000, Kind::Transfer),
            // Danish: the card bill, and money to one's savings.
            ("Overfort til: MasterCard", -82_941_978, Kind::Repayment),
            ("MasterCard afregning 03.2024", -120_000, Kind::Repayment),
            ("Overført til opsparing", -50_000, Kind::Transfer),
            // Payments to people and businesses stay spending.
            ("Overført til: Peter Jensen husleje", -800_000, Kind::Expense),
            ("Transfer to John Smith rent March", -120_000, Kind::Expense),
            ("COMCAST AUTOPAY", -8_999, Kind::Expense),
            ("DOWNTOWN DELI", -1_250, Kind::Expense),
            ("Huur eigenaar Jansen", -95_000, Kind::Expense),
        ];
        for &(text, amount_minor, expected) in cases {
            let row = BankRow { amount_minor, description: text, ..BankRow::default() };
            let (kind, reason) = kind_of(&row);
            assert_eq!(kind, expected, "{text}");
            if expected != Kind::Expense {
                assert!(
                    reason.to_string().contains('“'),
                    "{text}: the reason quotes the words: {reason}"
                );
                assert!(!reason.render(crate::lang::Lang::Zh).is_empty());
            }
        }
    }

    #[test]
    fn bank_rules() {
        assert_eq!(kind(-660, "POS", "COFFEE SHOP", false), Kind::Expense);
        assert_eq!(kind(250_000, "DIRECTDEP", "ACME PAYROLL", false), Kind::Income);
        assert_eq!(kind(-10_000, "XFER", "To savings", false), Kind::Transfer);
        assert_eq!(
            kind(-50_000, "ACH_DEBIT", "AUTOMATIC PAYMENT - THANK YOU", false),
            Kind::Repayment
        );
        assert_eq!(kind(50_000, "PAYMENT", "Payment", true), Kind::Repayment);
        assert_eq!(kind(1_999, "Return", "AMAZON MKTPLACE", true), Kind::Refund);
        assert_eq!(kind(-500, "FEE", "Monthly fee", false), Kind::Expense);
        assert_eq!(kind(12, "INT", "Interest", false), Kind::Income);
        assert_eq!(kind(2_500, "CREDIT", "AMAZON MKTPLACE", true), Kind::Refund);
        assert_eq!(kind(1_000, "CREDIT", "CASHBACK REWARD", true), Kind::Income);
        assert_eq!(kind(2_500, "CREDIT", "AMAZON MKTPLACE", false), Kind::Income);
        assert_eq!(kind(0, "POS", "Temporary hold", false), Kind::Other);
        assert_eq!(kind(-100_000, "SECU/SETT/TRAD", "ISHARES MSCI", false), Kind::Investment);
        assert_eq!(kind(2_000, "NSEC", "Kupon", false), Kind::Investment);
        assert_eq!(kind(30_000, "NTRF+159", "EREF+TFNR 40005", false), Kind::Refund);
        assert_eq!(kind(30_000, "PMNT/ICDT/RRTN", "", false), Kind::Refund);
        // A return code on money going out is no refund; "SECURITY" is not the part "SECU".
        assert_eq!(kind(-30_000, "PMNT/IDDT/UPDD", "", false), Kind::Expense);
        assert_eq!(kind(-500, "PMNT/CCRD/SECURITY", "", false), Kind::Expense);
        let fee = BankRow { amount_minor: -290, type_code: "ACMT/MDOP/CHRG", ..BankRow::default() };
        assert_eq!(kind_of(&fee).1, "bank fee: counted as spending");
        let reversal = phrase!(r::ENTRY_REVERSAL, "RC");
        let hinted = kind_of(&BankRow {
            amount_minor: 300,
            hint: Some((Kind::Refund, &reversal)),
            ..BankRow::default()
        });
        assert_eq!(hinted, (Kind::Refund, reversal));
    }
}
