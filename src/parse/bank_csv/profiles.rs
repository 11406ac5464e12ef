//! The bank profiles (statement-formats.md §3e), one entry per export layout, as data read by
//! `profile.rs`. Headers are quoted from that page; where it marks a layout as seen only in other
//! projects' code (or issue text), so does the comment here. Add a bank by adding an entry.

use super::profile::{Amount, Party, Profile, BASE};
use crate::choices::DateOrder::{DayFirst, MonthFirst};
use crate::model::Currency;

const USD: Option<Currency> = Some(Currency::USD);
const EUR: Option<Currency> = Some(Currency::EUR);

pub(super) const PROFILES: &[Profile] = &[
    // Data rows carry one more (empty) cell than the header: the trailing comma.
    Profile {
        name: "Chase checking",
        signatures: &[&[
            "Details",
            "Posting Date",
            "Description",
            "Amount",
            "Type",
            "Balance",
            "Check or Slip #",
        ]],
        date: &["Posting Date"],
        date_order: Some(MonthFirst),
        amount: Amount::Signed(&["Amount"]),
        decimal: Some('.'),
        currency: USD,
        description: &["Description"],
        type_code: &["Type"],
        html_entities: true,
        ..BASE
    },
    // Purchases are negative; `Type` is Sale, Return, Payment, Fee or Adjustment.
    Profile {
        name: "Chase credit card",
        signatures: &[&[
            "Transaction Date",
            "Post Date",
            "Description",
            "Category",
            "Type",
            "Amount",
            "Memo",
        ]],
        date: &["Transaction Date", "Post Date"],
        date_order: Some(MonthFirst),
        amount: Amount::Signed(&["Amount"]),
        decimal: Some('.'),
        currency: USD,
        counterparty: Party::Columns(&["Description"]),
        description: &["Memo"],
        type_code: &["Type"],
        category: &["Category"],
        credit_card: true,
        html_entities: true,
        ..BASE
    },
    // Only COMPLETED rows moved money (PENDING, REVERTED, DECLINED did not); `Fee` is charged
    // on top of `Amount`; the hour is not zero-padded (`6:11:59`).
    Profile {
        name: "Revolut",
        signatures: &[&[
            "Type",
            "Product",
            "Started Date",
            "Completed Date",
            "Description",
            "Amount",
            "Fee",
            "Currency",
            "State",
            "Balance",
        ]],
        date: &["Completed Date", "Started Date"],
        amount: Amount::Signed(&["Amount"]),
        decimal: Some('.'),
        currency_column: &["Currency"],
        counterparty: Party::Columns(&["Description"]),
        type_code: &["Type"],
        status: Some(("State", &["COMPLETED"])),
        fee: Some("Fee"),
        account: &["Product"],
        ..BASE
    },
    // Amounts in pounds (`-10` is £10.00); `created` carries a `+0000` offset, kept as written.
    Profile {
        name: "Monzo",
        signatures: &[&[
            "id",
            "created",
            "amount",
            "currency",
            "local_amount",
            "local_currency",
            "category",
        ]],
        date: &["created"],
        amount: Amount::Signed(&["amount"]),
        decimal: Some('.'),
        currency_column: &["currency"],
        counterparty: Party::Columns(&["description"]),
        description: &["notes"],
        category: &["category"],
        order_id: &["id"],
        ..BASE
    },
    // (from code) `Amount` is signed; `Money Out`/`Money In` repeat it split.
    Profile {
        name: "Monzo",
        signatures: &[&["Transaction ID", "Date", "Time", "Type", "Name", "Emoji", "Category"]],
        date: &["Date"],
        time: &["Time"],
        date_order: Some(DayFirst),
        amount: Amount::Signed(&["Amount"]),
        decimal: Some('.'),
        currency_column: &["Currency"],
        counterparty: Party::Columns(&["Name"]),
        description: &["Description", "Notes and #tags"],
        type_code: &["Type"],
        category: &["Category"],
        order_id: &["Transaction ID"],
        ..BASE
    },
    // 2017 layout in the app's language (German sample; English and French from other
    // projects' tests), with or without the category column.
    Profile {
        name: "N26",
        signatures: &[
            &["Datum", "Empfänger", "Kontonummer", "Transaktionstyp", "Verwendungszweck"],
            &["Date", "Payee", "Account number", "Transaction type", "Payment reference"],
            &["Date", "Bénéficiaire", "Numéro de compte", "Type de transaction"],
        ],
        date: &["Datum", "Date"],
        amount: Amount::Signed(&["Betrag (EUR)", "Amount (EUR)", "Montant (EUR)"]),
        decimal: Some('.'),
        currency: EUR,
        counterparty: Party::Columns(&["Empfänger", "Payee", "Bénéficiaire"]),
        description: &["Verwendungszweck", "Payment reference", "Référence de paiement"],
        type_code: &["Transaktionstyp", "Transaction type", "Type de transaction"],
        category: &["Kategorie", "Category", "Catégorie"],
        ..BASE
    },
    // (from code) the current layout, mixed quoting.
    Profile {
        name: "N26",
        signatures: &[&["Booking Date", "Value Date", "Partner Name", "Partner Iban", "Type"]],
        date: &["Booking Date"],
        amount: Amount::Signed(&["Amount (EUR)"]),
        decimal: Some('.'),
        currency: EUR,
        counterparty: Party::Columns(&["Partner Name"]),
        description: &["Payment Reference"],
        type_code: &["Type"],
        account: &["Account Name"],
        ..BASE
    },
    // ISO-8859-1, ~13 preamble lines, `Währung` twice (after `Saldo` and after `Betrag`);
    // with or without `Saldo;Währung`, newer files add `Referenz` (or the older `Valuta`).
    Profile {
        name: "ING Deutschland",
        delimiters: b";",
        signatures: &[
            &["Buchung", "Wertstellungsdatum", "Auftraggeber/Empfänger", "Buchungstext"],
            &["Buchung", "Valuta", "Auftraggeber/Empfänger", "Buchungstext"],
        ],
        date: &["Buchung"],
        date_order: Some(DayFirst),
        amount: Amount::Signed(&["Betrag"]),
        decimal: Some(','),
        currency_column: &["Währung"],
        currency: EUR,
        counterparty: Party::Columns(&["Auftraggeber/Empfänger"]),
        description: &["Verwendungszweck"],
        type_code: &["Buchungstext"],
        category: &["Kategorie"],
        account_preamble: Some("IBAN"),
        ..BASE
    },
    // Unsigned `Bedrag (EUR)` with `Af` (out) / `Bij` (in); `,` all-quoted or `;`.
    Profile {
        name: "ING Nederland",
        delimiters: b",;",
        signatures: &[&[
            "Datum",
            "Naam / Omschrijving",
            "Rekening",
            "Tegenrekening",
            "Code",
            "Af Bij",
            "Bedrag (EUR)",
        ]],
        date: &["Datum"],
        amount: Amount::Directed {
            amount: "Bedrag (EUR)",
            direction: "Af Bij",
            out: &["Af"],
            into: &["Bij"],
        },
        decimal: Some(','),
        currency: EUR,
        counterparty: Party::Columns(&["Naam / Omschrijving"]),
        description: &["Mededelingen"],
        type_code: &["MutatieSoort"],
        account: &["Rekening"],
        ..BASE
    },
    // ISO-8859-1, CR CR LF, explicit `+50,00`.
    Profile {
        name: "Rabobank",
        signatures: &[&["IBAN/BBAN", "Munt", "BIC", "Volgnr", "Datum", "Rentedatum", "Bedrag"]],
        date: &["Datum"],
        amount: Amount::Signed(&["Bedrag"]),
        decimal: Some(','),
        currency_column: &["Munt"],
        currency: EUR,
        counterparty: Party::Columns(&["Naam tegenpartij", "Naam uiteindelijke partij"]),
        description: &["Omschrijving-1", "Omschrijving-2", "Omschrijving-3"],
        type_code: &["Code"],
        account: &["IBAN/BBAN"],
        order_id: &["Volgnr"],
        ..BASE
    },
    // `Counterparty` holds the other IBAN, `Name` the name; refunds are separate rows.
    Profile {
        name: "bunq",
        delimiters: b",;",
        signatures: &[
            &["Date", "Amount", "Account", "Counterparty", "Name", "Description"],
            &["Date", "Interest Date", "Amount", "Account", "Counterparty", "Name"],
        ],
        date: &["Date"],
        amount: Amount::Signed(&["Amount"]),
        currency: EUR,
        counterparty: Party::Columns(&["Name"]),
        description: &["Description"],
        account: &["Account"],
        ..BASE
    },
    Profile {
        name: "Commerzbank",
        delimiters: b";",
        signatures: &[&["Buchungstag", "Wertstellung", "Umsatzart", "Buchungstext", "Betrag"]],
        date: &["Buchungstag"],
        date_order: Some(DayFirst),
        amount: Amount::Signed(&["Betrag"]),
        decimal: Some(','),
        currency_column: &["Währung"],
        currency: EUR,
        description: &["Buchungstext"],
        type_code: &["Umsatzart"],
        category: &["Kategorie"],
        account: &["IBAN Auftraggeberkonto"],
        ..BASE
    },
    // CSV-CAMT and CSV-MT940 exports; `Info` other than "Umsatz gebucht" (pending, as far as
    // anyone knows) is not counted.
    Profile {
        name: "Sparkasse",
        delimiters: b";",
        signatures: &[&["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext"]],
        date: &["Buchungstag"],
        date_order: Some(DayFirst),
        amount: Amount::Signed(&["Betrag"]),
        decimal: Some(','),
        currency_column: &["Waehrung"],
        currency: EUR,
        counterparty: Party::Columns(&["Beguenstigter/Zahlungspflichtiger"]),
        description: &["Verwendungszweck"],
        type_code: &["Buchungstext"],
        status: Some(("Info", &["Umsatz gebucht"])),
        account: &["Auftragskonto"],
        ..BASE
    },
    Profile {
        name: "Sparkasse credit card",
        delimiters: b";",
        signatures: &[&["Umsatz getätigt von", "Belegdatum", "Buchungsdatum", "Originalbetrag"]],
        date: &["Belegdatum", "Buchungsdatum"],
        date_order: Some(DayFirst),
        amount: Amount::Signed(&["Buchungsbetrag"]),
        decimal: Some(','),
        currency_column: &["Buchungswährung"],
        currency: EUR,
        description: &["Transaktionsbeschreibung", "Transaktionsbeschreibung Zusatz"],
        account: &["Umsatz getätigt von"],
        order_id: &["Buchungsreferenz"],
        credit_card: true,
        ..BASE
    },
    // (from issue text) UTF-8 with BOM and a few preamble lines; the payee is the counterparty
    // of money out and the payer that of money in. `Status` Gebucht / Vorgemerkt.
    Profile {
        name: "DKB",
        delimiters: b";",
        signatures: &[&["Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r"]],
        date: &["Buchungsdatum"],
        date_order: Some(DayFirst),
        amount: Amount::Signed(&["Betrag (€)"]),
        decimal: Some(','),
        currency: EUR,
        counterparty: Party::ByDirection {
            out: "Zahlungsempfänger*in",
            into: "Zahlungspflichtige*r",
        },
        description: &["Verwendungszweck"],
        type_code: &["Umsatztyp"],
        status: Some(("Status", &["Gebucht"])),
        account_preamble: Some("Konto"),
        order_id: &["Kundenreferenz"],
        ..BASE
    },
    // Cells space-padded to a fixed width; Dutch and English headers.
    Profile {
        name: "KBC",
        delimiters: b";",
        signatures: &[
            &["Rekeningnummer", "Rubrieknaam", "Naam", "Munt", "Afschriftnummer", "Datum"],
            &["Account number", "Heading", "Name", "Currency", "Statement number", "Date"],
        ],
        date: &["Datum", "Date"],
        date_order: Some(DayFirst),
        amount: Amount::Signed(&["Bedrag", "Amount"]),
        decimal: Some(','),
        currency_column: &["Munt", "Currency"],
        currency: EUR,
        counterparty: Party::Columns(&["Naam tegenpartij", "Counterparty name"]),
        description: &["Omschrijving", "Description"],
        account: &["Rekeningnummer", "Account number"],
        ..BASE
    },
    // Two unsigned columns with `$`; `Status` Posted or Pending.
    Profile {
        name: "Charles Schwab",
        signatures: &[&[
            "Date",
            "Status",
            "Type",
            "CheckNumber",
            "Description",
            "Withdrawal",
            "Deposit",
        ]],
        date: &["Date"],
        date_order: Some(MonthFirst),
        amount: Amount::Split { debit: "Withdrawal", credit: "Deposit" },
        decimal: Some('.'),
        currency: USD,
        description: &["Description"],
        type_code: &["Type"],
        status: Some(("Status", &["Posted"])),
        ..BASE
    },
    Profile {
        name: "DCU",
        signatures: &[&["DATE", "TRANSACTION TYPE", "DESCRIPTION", "AMOUNT", "ID", "MEMO"]],
        date: &["DATE"],
        date_order: Some(MonthFirst),
        amount: Amount::Signed(&["AMOUNT"]),
        decimal: Some('.'),
        currency: USD,
        description: &["DESCRIPTION", "MEMO"],
        type_code: &["TRANSACTION TYPE"],
        order_id: &["ID"],
        ..BASE
    },
];
