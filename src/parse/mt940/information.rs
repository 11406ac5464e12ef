//! The MT940 information to the account owner, tag `:86:` (statement-formats.md §3d), in the
//! three layouts banks write:
//!
//! - German structured (ZKA): `GVC?00Buchungstext?10Primanota?20…?29 Verwendungszweck?30 BLZ
//!   ?31 Konto?32…?33 Name?34…?60…?63 more Verwendungszweck`. Lines are cut at 65 characters
//!   mid-word and even inside a `?nn` marker (`…?2` / `2MTLG…`), so lines are joined with
//!   nothing between them. Sub-fields hold at most 27 characters: one that is full continues in
//!   the next mid-word, one that is shorter ended a word.
//! - SEPA key-value (NL and others): `/TRTP/SEPA OVERBOEKING/IBAN/…/BIC/…/NAME/…/REMI/…`, also
//!   `/BENM//NAME/…`, `/ORDP//NAME/…` and ING's positional `/CNTP/iban/bic/name/city/`. Also
//!   joined with nothing between lines.
//! - Free text over several lines (NL, PL, Rabobank's one `:86:` per line): lines joined with
//!   spaces; the first line stands in for the counterparty.

use crate::parse::bank_entry::clean_text;

/// What an `:86:` says about its `:61:` line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Information {
    /// The other party's name; empty when the layout has none.
    pub name: String,
    /// The other party's IBAN or account number, when given.
    pub account: String,
    /// The purpose (`Verwendungszweck`, `REMI`, the free text).
    pub description: String,
    /// The bank's words for the transaction type (`?00`, `TRTP`).
    pub booking_text: String,
    /// The German business transaction code (`GVC`, three digits), when structured.
    pub gvc: String,
    /// Free text's first line: a stand-in for a counterparty the layout does not name.
    pub first_line: String,
}

/// Reads the lines of one or more `:86:` tags (first line after the tag, then continuations).
pub(super) fn parse(lines: &[&str]) -> Information {
    let joined: String = lines.concat();
    if is_structured(&joined) {
        return structured(&joined);
    }
    let trimmed = joined.trim_start();
    if trimmed.starts_with('/') && KEYS.iter().any(|k| trimmed.contains(&format!("/{k}/"))) {
        return key_value(trimmed);
    }
    let cleaned: Vec<String> =
        lines.iter().map(|l| clean_text(l)).filter(|l| !l.is_empty()).collect();
    let first_line = cleaned.first().cloned().unwrap_or_default();
    Information {
        name: card_merchant(&first_line).unwrap_or_default().to_string(),
        description: cleaned.join(" "),
        first_line,
        ..Information::default()
    }
}

/// The merchant in ABN AMRO's card lines, `BEA NR:XXX1234 21.05.11/12.54 DIRCKIII FIL2500
/// KATWIJK,PAS999` (BEA: card payment, GEA: cash machine): after the date and time, up to
/// `,PAS`.
fn card_merchant(line: &str) -> Option<&str> {
    if !(line.starts_with("BEA ") || line.starts_with("GEA ")) {
        return None;
    }
    // "dd.mm.yy/hh.mm " is 15 characters of digits, dots, a slash and a space.
    let at = line.char_indices().find_map(|(i, _)| {
        let stamp = line.get(i..i + 15)?.as_bytes();
        let shape = b"00.00.00/00.00 ";
        let fits = stamp.iter().zip(shape).all(|(c, s)| match s {
            b'0' => c.is_ascii_digit(),
            other => c == other,
        });
        fits.then_some(i + 15)
    })?;
    let rest = line.get(at..)?;
    let merchant = rest.rfind(",PAS").and_then(|end| rest.get(..end)).unwrap_or(rest).trim();
    (!merchant.is_empty()).then_some(merchant)
}

/// `166?00…`: three digits and a `?nn` sub-field marker.
fn is_structured(text: &str) -> bool {
    let b = text.trim_start().as_bytes();
    b.len() >= 6
        && b.iter().take(3).all(u8::is_ascii_digit)
        && b.get(3) == Some(&b'?')
        && b.get(4..6).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

/// The German layout's sub-fields, in order: (number, text).
fn sub_fields(text: &str) -> (String, Vec<(u8, String)>) {
    let mut fields: Vec<(u8, String)> = Vec::new();
    let mut head = String::new();
    let mut chars = text.trim_start().chars().peekable();
    let mut current: Option<(u8, String)> = None;
    while let Some(c) = chars.next() {
        if c == '?' {
            let mut lookahead = chars.clone();
            if let (Some(a), Some(b)) = (lookahead.next(), lookahead.next()) {
                if let (Some(a), Some(b)) = (a.to_digit(10), b.to_digit(10)) {
                    chars = lookahead;
                    if let Some(done) = current.take() {
                        fields.push(done);
                    }
                    // Two decimal digits: at most 99, so the cast cannot truncate.
                    current = Some(((a * 10 + b) as u8, String::new()));
                    continue;
                }
            }
        }
        match current.as_mut() {
            Some((_, value)) => value.push(c),
            None => head.push(c),
        }
    }
    if let Some(done) = current {
        fields.push(done);
    }
    (head, fields)
}

/// Joins sub-fields cut at 27 characters: a full one continues mid-word in the next.
fn join_wrapped<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut previous_full = true;
    for part in parts {
        if !out.is_empty() && !previous_full {
            out.push(' ');
        }
        out.push_str(part);
        previous_full = part.chars().count() >= 27;
    }
    out
}

fn structured(text: &str) -> Information {
    let (head, fields) = sub_fields(text);
    let field = |n: u8| fields.iter().filter(move |(k, _)| *k == n).map(|(_, v)| v.as_str());
    let purpose = join_wrapped(
        fields.iter().filter(|(k, _)| matches!(k, 20..=29 | 60..=63)).map(|(_, v)| v.as_str()),
    );
    let name = join_wrapped(field(32).chain(field(33)));
    Information {
        name: clean_text(&name),
        account: clean_text(&field(31).collect::<String>()),
        description: clean_text(sepa_purpose(&purpose)),
        booking_text: clean_text(&field(0).collect::<String>()),
        gvc: head.trim().chars().take(3).collect(),
        first_line: String::new(),
    }
}

/// The `SVWZ+` (Verwendungszweck) part of SEPA purpose text, up to the next `XXXX+` key;
/// the whole text when it has none.
fn sepa_purpose(purpose: &str) -> &str {
    let Some(at) = purpose.find("SVWZ+") else { return purpose };
    let rest = purpose.get(at + 5..).unwrap_or_default();
    let next_key = rest.char_indices().find(|&(i, c)| {
        c == ' '
            && rest.get(i + 1..i + 6).is_some_and(|k| {
                k.ends_with('+') && k.chars().take(4).all(|c| c.is_ascii_uppercase())
            })
    });
    match next_key {
        Some((i, _)) => rest.get(..i).unwrap_or(rest),
        None => rest,
    }
}

/// Keys of the SEPA key-value layout. Values run to the next `/KEY/`.
const KEYS: &[&str] = &[
    "TRTP",
    "IBAN",
    "BIC",
    "NAME",
    "REMI",
    "EREF",
    "MARF",
    "CSID",
    "BENM",
    "ORDP",
    "ADDR",
    "CNTP",
    "RTRN",
    "PURP",
    "ULTC",
    "ULTD",
    "ULTB",
    "ISDT",
    "PREF",
    "SVCL",
    "CDTRREF",
    "CDTRREFTP",
];

fn key_value(text: &str) -> Information {
    // Every `/KEY/`; the slash that closes one key may open the next (`/BENM//NAME/`).
    let mut markers: Vec<(usize, &str)> = Vec::new();
    let mut i = 0;
    while let Some(offset) = text.get(i..).and_then(|rest| rest.find('/')) {
        let at = i + offset;
        let after = text.get(at + 1..).unwrap_or_default();
        match KEYS.iter().find(|k| {
            after.starts_with(*k) && after.get(k.len()..).is_some_and(|r| r.starts_with('/'))
        }) {
            Some(key) => {
                markers.push((at, key));
                i = at + 1 + key.len();
            }
            None => i = at + 1,
        }
    }
    let value = |wanted: &str| -> Option<&str> {
        let index = markers.iter().position(|(_, k)| *k == wanted)?;
        let (at, key) = markers.get(index)?;
        let start = at + key.len() + 2;
        let end = markers.get(index + 1).map_or(text.len(), |(next, _)| *next);
        Some(text.get(start.min(end)..end).unwrap_or_default().trim_end_matches('/'))
    };
    let cntp: Vec<&str> = value("CNTP").map_or(Vec::new(), |v| v.split('/').collect());
    let remittance = value("REMI").unwrap_or_default();
    let remittance = ["USTD//", "USTD/", "STRD/CUR/", "STRD/"]
        .iter()
        .find_map(|p| remittance.strip_prefix(p))
        .unwrap_or(remittance);
    let name = value("NAME").filter(|n| !n.is_empty()).or_else(|| cntp.get(2).copied());
    let account = value("IBAN").filter(|n| !n.is_empty()).or_else(|| cntp.first().copied());
    Information {
        name: clean_text(name.unwrap_or_default()),
        account: clean_text(account.unwrap_or_default()),
        description: clean_text(remittance),
        booking_text: clean_text(value("TRTP").unwrap_or_default()),
        gvc: String::new(),
        first_line: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(lines: &[&str]) -> Information {
        parse(lines)
    }

    #[test]
    fn german_sub_fields_wrapped_mid_word_and_mid_marker() {
        let read = info(&[
            "191?00SEPA-UEBERW?100399?20KREF+TFNr 01005 PayId CTSc-?2101 EBB?2",
            "2MTLG:SEPA-Ueberweisungsauft?23rag Datei mit 0000005 Zahlu?24ngen",
        ]);
        assert_eq!(read.gvc, "191");
        assert_eq!(read.booking_text, "SEPA-UEBERW");
        assert_eq!(
            read.description,
            "KREF+TFNr 01005 PayId CTSc-01 EBB MTLG:SEPA-Ueberweisungsauftrag Datei mit 0000005 Zahlungen"
        );
        assert_eq!(read.name, "");
    }

    #[test]
    fn german_name_account_and_svwz() {
        let read = info(&[
            "166?00GUTSCHRIFT?100399?20EREF+EndToEndIdTFNR20004000?2101?22SVWZ",
            "+TO 13 TFNr 20004 Einga?23ngskanal Mint?30PBNKDEFF100?31DE42100100100043921105?32Ri",
            "chter Renate 70 Zeichen B?33eginn Fuellzeichen xxxxxxxx?60enat?70",
            "Christian Callas 70 Zeichen?71 xxxxxxxxxxxxxxxxxxxxxxxxxx",
        ]);
        assert_eq!(read.name, "Richter Renate 70 Zeichen Beginn Fuellzeichen xxxxxxxx");
        assert_eq!(read.account, "DE42100100100043921105");
        // SVWZ+ up to the end: ?23 is shorter than 27, so ?60 starts a new word.
        assert_eq!(read.description, "TO 13 TFNr 20004 Eingangskanal Mint enat");
    }

    #[test]
    fn german_with_umlauts_and_no_wrapping() {
        let read = info(&["166?00SEPA ÜBERWEISUNG?20Rechnung 4711?32MÜLLER GMBH"]);
        assert_eq!(
            (read.name.as_str(), read.description.as_str(), read.booking_text.as_str()),
            ("MÜLLER GMBH", "Rechnung 4711", "SEPA ÜBERWEISUNG")
        );
    }

    #[test]
    fn sepa_key_value() {
        let read = info(&[
            "/TRTP/SEPA OVERBOEKING/IBAN/FR1420041010050500013M02606/BIC/PSSTFRPP/NAME/Boulangerie L'",
            "Étoile/REMI/Facture 2025-0042",
        ]);
        assert_eq!(read.name, "Boulangerie L'Étoile");
        assert_eq!(read.account, "FR1420041010050500013M02606");
        assert_eq!(read.description, "Facture 2025-0042");
        assert_eq!(read.booking_text, "SEPA OVERBOEKING");
    }

    #[test]
    fn sepa_beneficiary_and_ordering_party_variants() {
        let read = info(&["/BENM//NAME/Energie B.V./REMI/USTD//Termijn 2024/05/"]);
        assert_eq!(
            (read.name.as_str(), read.description.as_str()),
            ("Energie B.V.", "Termijn 2024/05")
        );
        let read = info(&["/ORDP//NAME/J. de Vries/ADDR/Utrecht/REMI/Huur"]);
        assert_eq!((read.name.as_str(), read.description.as_str()), ("J. de Vries", "Huur"));
        let read = info(&[
            "/CNTP/NL12INGB0001234567/INGBNL2A/Bakkerij Jansen/Rotterdam//REMI/STRD/CUR/1234/",
        ]);
        assert_eq!(
            (read.name.as_str(), read.account.as_str(), read.description.as_str()),
            ("Bakkerij Jansen", "NL12INGB0001234567", "1234")
        );
    }

    #[test]
    fn free_text_lines_join_with_spaces() {
        let read = info(&[
            "GIRO   428428 KPN - DIGITENNE    BETALINGSKENM.  000000042188659",
            "5314606715                       BETREFT FACTUUR D.D. 20-05-2011",
            "INCL. 1,44 BTW",
        ]);
        assert_eq!(read.first_line, "GIRO 428428 KPN - DIGITENNE BETALINGSKENM. 000000042188659");
        assert!(
            read.description.ends_with("D.D. 20-05-2011 INCL. 1,44 BTW"),
            "{}",
            read.description
        );
        assert_eq!(read.name, "");
    }

    #[test]
    fn abn_amro_card_lines_name_the_merchant() {
        for (line, merchant) in [
            (
                "BEA   NR:XXX1234   22.05.11/14.25 MC DONALDS A44 LEIDEN,PAS999",
                Some("MC DONALDS A44 LEIDEN"),
            ),
            ("GEA   NR:00XX1234   01.02.12/10.00 ING WOERDEN,PAS123", Some("ING WOERDEN")),
            ("BEA   NR:XXX1234   22.05.11/14.25 ,PAS999", None),
            ("BEA broken", None),
            ("GIRO   428428 KPN - DIGITENNE", None),
        ] {
            assert_eq!(info(&[line]).name.as_str(), merchant.unwrap_or(""), "{line}");
        }
    }

    #[test]
    fn not_structured_despite_a_question_mark() {
        let read = info(&["A44?Librairie Gibert Joseph", "Virement en ligne"]);
        assert_eq!(read.gvc, "");
        assert_eq!(read.description, "A44?Librairie Gibert Joseph Virement en ligne");
    }

    #[test]
    fn soft_hyphens_and_tabs_go() {
        let read = info(&[" ABN AMRO BANK>AMSTERDAM 22\u{AD}-07\u{AD}-2010 09:57 002\t5595781"]);
        assert_eq!(read.description, "ABN AMRO BANK>AMSTERDAM 22-07-2010 09:57 002 5595781");
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for text in [
            "",
            "?",
            "123?",
            "123?0",
            "123?00",
            "/",
            "//",
            "/NAME/",
            "/NAME",
            "/CNTP/",
            "é/NAME/é/",
            "123?00é?2",
        ] {
            let _ = info(&[text]);
        }
    }
}
