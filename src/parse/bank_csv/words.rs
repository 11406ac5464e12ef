//! What column headers say, in English, German, Dutch and French: the words the generic
//! reader's guess (`guess.rs`) looks for to tell a booking date from a value date, an amount
//! from a balance, money out from money in, a payee from a purpose.

/// A value date (Wertstellung, Valuta): the booking date is preferred over it.
pub(super) const VALUE_DATE: &[&str] = &["value", "valuta", "wertstellung", "rentedatum", "valeur"];
/// The amount column.
pub(super) const AMOUNT: &[&str] = &[
    "amount", "betrag", "bedrag", "montant", "importe", "importo", "sum", "summe", "kwota",
    "belopp", "beløb", "beløp", "summa",
];
/// An amount or currency in another currency (N26 `Betrag (Fremdwährung)`, Monzo `local_amount`).
pub(super) const FOREIGN: &[&str] =
    &["foreign", "fremd", "original", "orig", "oorspr", "local", "devise", "étrangère"];
/// Money out, in a debit/credit pair or a direction column.
pub(super) const DEBIT: &[&str] = &[
    "debit",
    "debet",
    "withdrawal",
    "withdrawals",
    "paid out",
    "money out",
    "out",
    "outflow",
    "soll",
    "af",
    "ausgabe",
    "ausgang",
    "uitgaven",
    "débit",
];
/// Money in.
pub(super) const CREDIT: &[&str] = &[
    "credit",
    "deposit",
    "deposits",
    "paid in",
    "money in",
    "in",
    "inflow",
    "haben",
    "bij",
    "einnahme",
    "eingang",
    "inkomsten",
    "crédit",
];
/// A running balance: never the amount.
pub(super) const BALANCE: &[&str] = &["balance", "saldo", "kontostand", "solde"];
/// A currency column.
pub(super) const CURRENCY: &[&str] = &["currency", "währung", "waehrung", "munt", "devise", "ccy"];
/// A separate time-of-day column.
pub(super) const TIME: &[&str] = &["time", "zeit", "uhrzeit", "tijd", "heure"];
/// The other party.
pub(super) const COUNTERPARTY: &[&str] = &[
    "payee",
    "payer",
    "counterparty",
    "merchant",
    "name",
    "naam",
    "empfänger",
    "empfaenger",
    "begünstigter",
    "beguenstigter",
    "auftraggeber",
    "zahlungspflichtige",
    "zahlungsempfänger",
    "tegenpartij",
    "partner",
    "bénéficiaire",
    "beneficiary",
    "recipient",
];
/// The description, memo or purpose.
pub(super) const DESCRIPTION: &[&str] = &[
    "description",
    "memo",
    "details",
    "reference",
    "narrative",
    "purpose",
    "verwendungszweck",
    "omschrijving",
    "mededeling",
    "buchungstext",
    "text",
    "libellé",
    "libelle",
    "concepto",
    "remarks",
    "notes",
    "particulars",
    "beschreibung",
];
/// The bank's own transaction type.
pub(super) const TYPE: &[&str] =
    &["type", "typ", "umsatzart", "transaktionstyp", "mutatiesoort", "code", "kind"];
/// Values of direction columns: (money out, money in), compared without regard to case.
pub(super) const DIRECTIONS: &[(&[&str], &[&str])] = &[
    (&["af"], &["bij"]),
    (&["debit", "dr", "d", "dbit", "db", "debet"], &["credit", "cr", "c", "crdt", "cb"]),
    (&["s", "soll"], &["h", "haben"]),
    (&["out", "outgoing", "ausgang"], &["in", "incoming", "eingang"]),
];

/// True when a header names one of `words`: short words must be a whole word of the header
/// (`In`, `Af`), longer ones may sit inside it (`RunningBalance`, `Betrag (EUR)`).
pub(super) fn named(name: &str, words: &[&str]) -> bool {
    let lower = name.to_lowercase();
    let tokens: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric() && c != '*').filter(|t| !t.is_empty()).collect();
    words.iter().any(|w| {
        if w.chars().count() >= 5 || w.contains(' ') {
            lower.contains(w)
        } else {
            tokens.contains(w)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_words() {
        assert!(named("Betrag (EUR)", AMOUNT));
        assert!(named("RunningBalance", BALANCE));
        assert!(named("Paid in", CREDIT));
        assert!(named("Af Bij", DEBIT));
        assert!(!named("Info", CREDIT));
        assert!(!named("Afschriftnummer", DEBIT));
        assert!(named("Zahlungsempfänger*in", COUNTERPARTY));
    }
}
