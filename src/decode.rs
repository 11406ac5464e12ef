//! Bytes → text. Strips a BOM, reads UTF-8 (and UTF-16 with a BOM), honours the encoding a file
//! declares (the XML declaration's `encoding=` of camt and OFX 2, the `ENCODING:`/`CHARSET:`
//! header of OFX 1.x), and otherwise falls back to GB18030 for Alipay's GBK exports and to
//! Windows-1252 for European bank files. Every reader takes the text decided here. Also
//! recognises binary files by their magic bytes so they can be refused with a clear word.

use encoding_rs::{CoderResult, Encoding, GB18030, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// Text decoded from an uploaded file.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text, without a byte-order mark.
    pub text: Cow<'a, str>,
    /// The encoding that was used, by its WHATWG name (`UTF-8`, `gb18030`, `windows-1252`).
    pub encoding: &'static str,
}

/// Decodes `bytes`, choosing the encoding from a BOM, then from what the file declares, then
/// from the bytes themselves.
///
/// Valid UTF-8 stays UTF-8 whatever the declaration claims: Latin-1 text is almost never valid
/// UTF-8 by chance, while files declared `ISO-8859-1` and written in UTF-8 are common. Bytes that
/// are not UTF-8 are decoded as declared, not as they sniff (a Latin-1 `créée` reads like GBK).
///
/// Never fails: the last resort, Windows-1252, maps every byte to a character.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return Decoded { text: decode_lossy(encoding, body), encoding: encoding.name() };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded { text: Cow::Borrowed(text), encoding: UTF_8.name() };
    }
    if let Some(encoding) = declared_encoding(bytes) {
        return Decoded { text: decode_lossy(encoding, bytes), encoding: encoding.name() };
    }
    if mostly_utf8(bytes) {
        // A UTF-8 file with a damaged byte or two: lose those characters, not the file.
        return Decoded { text: decode_lossy(UTF_8, bytes), encoding: UTF_8.name() };
    }
    if let Some(text) = utf8_and_gbk_lines(bytes, true) {
        return Decoded { text: Cow::Owned(text), encoding: MIXED_UTF8_GB18030 };
    }
    if looks_like_gbk(bytes) {
        // Lossy: one damaged byte becomes U+FFFD in one cell instead of losing the file.
        return Decoded { text: decode_lossy(GB18030, bytes), encoding: GB18030.name() };
    }
    if let Some(text) = utf8_and_gbk_lines(bytes, false) {
        return Decoded { text: Cow::Owned(text), encoding: MIXED_UTF8_GB18030 };
    }
    Decoded { text: decode_lossy(WINDOWS_1252, bytes), encoding: WINDOWS_1252.name() }
}

/// Decodes the whole of `bytes` with `encoding`, malformed sequences replaced by U+FFFD, as
/// `Encoding::decode_without_bom_handling` does, but with a right-sized string: that call
/// reserves the worst case up front (three bytes of UTF-8 for every GB18030 byte), and in wasm's
/// linear memory a reservation is never given back: 400 MB for a 133 MB statement. Text needs
/// at most 1.5× (a GBK pair becomes three bytes, ASCII stays one); only a stray `0x80` (€) or a
/// damaged byte needs more, and then the rest of the input's worst case is reserved, once.
fn decode_lossy<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> Cow<'a, str> {
    if encoding == UTF_8 || (encoding.is_ascii_compatible() && bytes.is_ascii()) {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return Cow::Borrowed(text);
        }
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len().saturating_add(bytes.len() / 2) + 16);
    let mut rest = bytes;
    loop {
        let (result, read, _) = decoder.decode_to_string(rest, &mut text, true);
        rest = rest.get(read..).unwrap_or_default();
        match result {
            CoderResult::InputEmpty => return Cow::Owned(text),
            CoderResult::OutputFull => {
                let worst = decoder.max_utf8_buffer_length(rest.len());
                text.reserve_exact(worst.unwrap_or(rest.len().saturating_mul(3)).max(16));
            }
        }
    }
}

/// The encoding name of a file whose lines are UTF-8 and GB18030 mixed.
pub const MIXED_UTF8_GB18030: &str = "UTF-8 and gb18030, mixed by line";

/// A file whose lines are UTF-8 and GBK mixed (rows pasted from another export, a tool that
/// appends in the system code page): when every line with non-ASCII bytes is UTF-8 or reads like
/// GBK, and there are both, each line is decoded as what it is. Decoding the whole file one way
/// would garble every line written the other way, the header's garbling then hiding the
/// format. With `utf8_first`, only when the first such line is UTF-8: a GBK file then leaves at
/// its first Chinese line, before the whole-file GBK check; without, after it has failed.
fn utf8_and_gbk_lines(bytes: &[u8], utf8_first: bool) -> Option<String> {
    let mut lines = bytes.split_inclusive(|&b| b == b'\n').filter(|line| !line.is_ascii());
    if utf8_first {
        std::str::from_utf8(lines.next()?).ok()?;
    }
    let (mut utf8_lines, mut gbk_lines) = (usize::from(utf8_first), 0);
    for line in lines {
        if std::str::from_utf8(line).is_ok() {
            utf8_lines += 1;
        } else if looks_like_gbk(line) {
            gbk_lines += 1;
        } else {
            return None;
        }
    }
    if utf8_lines == 0 || gbk_lines == 0 {
        return None;
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        match std::str::from_utf8(line) {
            Ok(line) => text.push_str(line),
            Err(_) => text.push_str(&GB18030.decode_without_bom_handling(line).0),
        }
    }
    Some(text)
}

/// True when the bytes are UTF-8 with at most one damaged sequence in a hundred bytes, and
/// several times more well-formed multi-byte characters than damaged ones (GBK or Latin-1 text
/// is almost never valid UTF-8 for more than a character or two).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            bad += 1;
            // `bad` only grows: past this the answer is no. A GBK file gets here within its
            // first kilobytes instead of walking every byte (docs/benchmarks.md).
            if bad * 100 > bytes.len() {
                return false;
            }
        }
    }
    bad * 100 <= bytes.len() && good >= bad * 4
}

/// True when the non-ASCII bytes pair up like Chinese text. Everyday Chinese sits in the GB2312
/// area of GBK, whose both bytes are ≥ 0xA1; a Latin-1 "prépayée" or "Gebühr" puts one high byte
/// between ASCII letters, which GBK would read as a rare character with an ASCII trail byte.
fn looks_like_gbk(bytes: &[u8]) -> bool {
    let (mut common, mut rare) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at a time: most of a statement is digits, dates and commas.
        if let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
            if u64::from_le_bytes(word) & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
        }
        let lead = bytes[i];
        if lead < 0x80 {
            i += 1;
            continue;
        }
        match bytes.get(i + 1) {
            Some(&trail) if (0xA1..=0xFE).contains(&lead) && trail >= 0xA1 => common += 1,
            _ => rare += 1,
        }
        i += 2;
    }
    common > 0 && common >= rare * 4
}

/// How far into a file its declaration may sit: the XML declaration opens the file, the OFX 1.x
/// header is its first lines (or a comment holding them).
const DECLARATION_BYTES: usize = 1024;

/// The encoding a file names for itself, when it is one of the ASCII-compatible encodings the
/// WHATWG knows (a declaration written in ASCII cannot name UTF-16 truthfully): the XML
/// declaration `<?xml version="1.0" encoding="ISO-8859-1"?>`, or the OFX 1.x header's
/// `ENCODING:UTF-8`, or its `CHARSET:1252` (`8859-1`, `ISO-8859-1`, a Windows code page number)
/// under `ENCODING:USASCII`.
fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(DECLARATION_BYTES)).unwrap_or_default();
    let encoding = xml_declared(head).or_else(|| ofx_declared(head))?;
    (encoding != UTF_16LE && encoding != UTF_16BE && encoding.is_ascii_compatible())
        .then_some(encoding)
}

/// The encoding of `<?xml … encoding="…"?>` at the start of the file.
fn xml_declared(head: &[u8]) -> Option<&'static Encoding> {
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let declaration = head.get(start..)?.strip_prefix(b"<?xml")?;
    let declaration = declaration.get(..declaration.windows(2).position(|w| w == b"?>")?)?;
    let at = declaration.windows(8).position(|w| w == b"encoding")?;
    let rest = declaration.get(at + 8..)?;
    let rest = rest.get(rest.iter().position(|&b| b == b'"' || b == b'\'')?..)?;
    let quote = *rest.first()?;
    let label = rest.get(1..)?;
    let label = label.get(..label.iter().position(|&b| b == quote)?)?;
    Encoding::for_label(label)
}

/// The encoding of an OFX 1.x header (`OFXHEADER:100`, then `KEY:VALUE` lines), which may sit
/// inside a comment. `ENCODING:UTF-8` settles it; otherwise (`USASCII`) `CHARSET` names the
/// code page: `1252`, `8859-1` or `ISO-8859-1` (both Windows-1252 to the WHATWG), `NONE`.
fn ofx_declared(head: &[u8]) -> Option<&'static Encoding> {
    let fields = || {
        head.split(|&b| b == b'\n')
            .filter_map(|line| std::str::from_utf8(line).ok())
            .filter_map(|line| line.trim().split_once(':'))
            .map(|(key, value)| (key.trim(), value.trim()))
    };
    fields().find(|(key, _)| key.eq_ignore_ascii_case("OFXHEADER"))?;
    let field = |name: &str| fields().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|f| f.1);
    if let Some(encoding) = field("ENCODING").and_then(|e| Encoding::for_label(e.as_bytes())) {
        if encoding == UTF_8 {
            return Some(UTF_8);
        }
    }
    let charset = field("CHARSET")?;
    if charset.bytes().all(|b| b.is_ascii_digit()) {
        // A code page number: `1252` is `windows-1252`, `8859-1` falls through to its label.
        return Encoding::for_label(format!("windows-{charset}").as_bytes());
    }
    Encoding::for_label(charset.as_bytes())
        .or_else(|| Encoding::for_label(format!("iso-{charset}").as_bytes()))
}

/// The first bytes of every ZIP archive, and so of every XLSX workbook.
pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// What a binary file looks like, from its first bytes; `None` for text.
pub fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (ZIP_MAGIC, "a ZIP archive (an XLSX workbook or a zipped export)"),
        (b"\xD0\xCF\x11\xE0", "an old Excel workbook (.xls)"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"Rar!", "a RAR archive"),
        (b"7z\xBC\xAF", "a 7-Zip archive"),
        (b"\x1F\x8B", "a gzip archive"),
    ];
    if let Some((_, name)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(name);
    }
    if Encoding::for_bom(bytes).is_some_and(|(e, _)| e == UTF_16LE || e == UTF_16BE) {
        return None;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x01 | 0x03))
        .count();
    // Text never holds NUL; SOH/ETX wrap MT940 files and are allowed above.
    if head.contains(&0) || control * 20 > head.len() {
        return Some("binary data");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_agrees_with_encoding_rs_and_reserves_no_more_than_half_again() {
        let gbk = GB18030.encode("交易时间,金额\n2024-03-10,28.16,云膳过桥米线\n").0.into_owned();
        let euro_run = vec![0x80u8; 100];
        let damaged =
            [b"ab\xFF\x81".as_slice(), &gbk, b"\x81\x30\x81\x30\x84\x31\xA4\x39"].concat();
        let utf16 = [0xFFu8, 0xFE, b'a', 0, 0x3D, 0xD8, 0x00, 0xDE, 0x00, 0xD8];
        let cases: [(&'static Encoding, &[u8]); 7] = [
            (GB18030, &gbk),
            (GB18030, &euro_run),
            (GB18030, &damaged),
            (WINDOWS_1252, b"Geb\xFChr \x80 1,00"),
            (UTF_8, b"ok \xE4\xBA caf\xC3\xA9 \xFF"),
            (UTF_16LE, &utf16[2..]),
            (GB18030, b""),
        ];
        for (encoding, bytes) in cases {
            let expected = encoding.decode_without_bom_handling(bytes).0;
            assert_eq!(decode_lossy(encoding, bytes), expected, "{} {bytes:?}", encoding.name());
        }
        // The memory this is for: a GBK statement's string is at most 1.5× the file, not 3×.
        let statement = gbk.repeat(1000);
        let text = decode_lossy(GB18030, &statement).into_owned();
        assert!(text.len() > statement.len(), "Chinese grows in UTF-8");
        assert!(text.capacity() <= statement.len() * 3 / 2 + 16, "{}", text.capacity());
        assert!(matches!(decode_lossy(GB18030, b"plain,ascii"), Cow::Borrowed(_)));
    }

    #[test]
    fn strips_a_utf8_bom() {
        let decoded = decode(b"\xEF\xBB\xBF\xE4\xBA\xA4\xE6\x98\x93");
        assert_eq!(decoded.text, "交易");
        assert_eq!(decoded.encoding, "UTF-8");
    }

    #[test]
    fn reads_gbk_as_gb18030() {
        let (bytes, _, _) = GB18030.encode("交易时间,金额\n2023-01-01,1.00\n");
        let decoded = decode(&bytes);
        assert_eq!(decoded.encoding, "gb18030");
        assert!(decoded.text.starts_with("交易时间,金额"));
    }

    #[test]
    fn latin1_bank_text_is_not_mistaken_for_chinese() {
        let decoded = decode(b"Buchung;Betrag\n01.02.2018;Geb\xFChr -1,00 pr\xE9pay\xE9e\n");
        assert_eq!(decoded.encoding, "windows-1252");
        assert!(decoded.text.contains("Gebühr"), "{}", decoded.text);
        assert!(decoded.text.contains("prépayée"));
    }

    #[test]
    fn a_damaged_byte_in_utf8_text_costs_one_character_not_the_file() {
        let mut bytes = "交易时间,交易类型,交易对方,商品,收/支,金额(元)\n".repeat(40).into_bytes();
        bytes[100] = 0xFF;
        let decoded = decode(&bytes);
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(decoded.text.starts_with("交易时间,交易类型"));
        // The broken character and, at most, its orphaned continuation bytes.
        assert!((1..=3).contains(&decoded.text.matches('\u{FFFD}').count()));
    }

    #[test]
    fn a_utf8_file_with_gbk_lines_added_reads_each_line_as_written() {
        let utf8 = "交易时间,金额\n2023-01-01,1.00\n";
        let (gbk, _, _) = GB18030.encode("2023-01-02,2.00,云膳过桥米线\n");
        let mut bytes = utf8.as_bytes().to_vec();
        for _ in 0..5 {
            bytes.extend_from_slice(&gbk);
        }
        let decoded = decode(&bytes);
        assert_eq!(decoded.encoding, MIXED_UTF8_GB18030);
        assert_eq!(decoded.text.matches("云膳过桥米线").count(), 5);
        assert!(decoded.text.starts_with(utf8));
        // GBK first, UTF-8 added: the same, once the whole-file checks have failed.
        let mut gbk_first = gbk.to_vec();
        gbk_first.extend_from_slice(utf8.as_bytes());
        let decoded = decode(&gbk_first);
        assert_eq!(decoded.encoding, MIXED_UTF8_GB18030);
        assert!(decoded.text.contains("云膳过桥米线") && decoded.text.contains("交易时间"));
        // Mostly GBK with one stray UTF-8 character: GBK, as before.
        let mut stray = gbk.repeat(40);
        stray.extend_from_slice("é\n".as_bytes());
        assert_eq!(decode(&stray).encoding, "gb18030");
        // A Latin-1 line is not GBK: no mixing, the old fallbacks decide.
        let mut latin1 = utf8.as_bytes().to_vec();
        latin1.extend_from_slice(b"Geb\xFChr;1,00\n".repeat(50).as_slice());
        assert_ne!(decode(&latin1).encoding, MIXED_UTF8_GB18030);
    }

    #[test]
    fn the_xml_declaration_is_honoured_unless_a_bom_says_otherwise() {
        let name = |bytes: &[u8]| declared_encoding(bytes).map(|e| e.name());
        assert_eq!(
            name(b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><D/>"),
            Some("windows-1252")
        );
        assert_eq!(
            name(b"\n <?xml version='1.0' encoding='utf-8' standalone='yes'?>"),
            Some("UTF-8")
        );
        assert_eq!(name(b"<?xml version=\"1.0\"?><D encoding=\"latin1\"/>"), None);
        assert_eq!(name(b"<?xml version=\"1.0\" encoding=\"UTF-16\"?>"), None);
        assert_eq!(name(b"<?xml version=\"1.0\" encoding=\"bogus\"?>"), None);
        assert_eq!(name(b"<?xml encoding=\"ISO-8859-1"), None);
        // A BOM settles it before any declaration is read.
        let bom = b"\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><D>\xC3\xA9</D>";
        assert_eq!(decode(bom).encoding, "UTF-8");
    }

    #[test]
    fn the_ofx_header_is_honoured() {
        let header = |encoding: &str, charset: &str| {
            format!("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nENCODING:{encoding}\r\nCHARSET:{charset}\r\n\r\n<OFX>")
        };
        let name = |text: String| declared_encoding(text.as_bytes()).map(|e| e.name());
        assert_eq!(name(header("USASCII", "1252")), Some("windows-1252"));
        assert_eq!(name(header("USASCII", "8859-1")), Some("windows-1252"));
        assert_eq!(name(header("USASCII", "ISO-8859-1")), Some("windows-1252"));
        assert_eq!(name(header("USASCII", "1250")), Some("windows-1250"));
        assert_eq!(name(header("UTF-8", "NONE")), Some("UTF-8"));
        assert_eq!(name(header("UTF-8", "1252")), Some("UTF-8"), "ENCODING:UTF-8 wins");
        assert_eq!(name(header("USASCII", "NONE")), None);
        assert_eq!(name(header("USASCII", "12")), None);
        // Inside a comment, as some banks write it.
        assert_eq!(name(format!("<!--\n{}\n-->", header("USASCII", "1252"))), Some("windows-1252"));
        // `CHARSET:` in a file that is no OFX is only text.
        assert_eq!(name("Date;CHARSET:1252;Amount\n".to_string()), None);
    }

    #[test]
    fn declared_bytes_are_decoded_as_declared_and_utf8_stays_utf8() {
        // `Carte créée` in Windows-1252: `\xE9\xE9` sniffs as one GBK character.
        let body = b"<OFX><NAME>Carte cr\xE9\xE9e</NAME></OFX>\r\n";
        assert_eq!(decode(body).encoding, "gb18030", "what the bytes alone suggest");
        let declared =
            [b"OFXHEADER:100\r\nENCODING:USASCII\r\nCHARSET:1252\r\n\r\n".as_slice(), body]
                .concat();
        let decoded = decode(&declared);
        assert_eq!(decoded.encoding, "windows-1252");
        assert!(decoded.text.contains("Carte créée"), "{}", decoded.text);
        // Declared Latin-1, written in UTF-8: UTF-8.
        let mislabelled = "OFXHEADER:100\nCHARSET:1252\n<NAME>créée</NAME>";
        assert_eq!(decode(mislabelled.as_bytes()).encoding, "UTF-8");
        // Declared UTF-8, with bytes cut mid-character: UTF-8 with the damage replaced, however
        // much of it there is.
        let cut = b"OFXHEADER:100\nENCODING:UTF-8\n<NAME>Caf\xC3</NAME><NAME>\xE5\x8C</NAME>";
        let decoded = decode(cut);
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(decoded.text.contains("<NAME>Caf\u{FFFD}</NAME>"), "{}", decoded.text);
    }

    #[test]
    fn utf16_with_bom_is_text() {
        let bytes = [0xFF, 0xFE, b'a', 0, b',', 0, b'b', 0];
        assert_eq!(sniff_binary(&bytes), None);
        assert_eq!(decode(&bytes).text, "a,b");
    }

    #[test]
    fn recognises_binary_files() {
        assert_eq!(sniff_binary(b"%PDF-1.7\n..."), Some("a PDF document"));
        assert_eq!(
            sniff_binary(b"PK\x03\x04\x14\x00"),
            Some("a ZIP archive (an XLSX workbook or a zipped export)")
        );
        assert_eq!(sniff_binary(&[7, 0, 200, 1, 2, 3]), Some("binary data"));
        assert_eq!(sniff_binary("交易时间,金额\r\n".as_bytes()), None);
        assert_eq!(sniff_binary(b"\x01{1:F01}:20:X\n\x03"), None);
    }
}
