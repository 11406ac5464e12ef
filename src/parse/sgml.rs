//! A tolerant tag scanner for OFX bodies, SGML (v1) and XML (v2) alike: it turns the text into
//! a flat list of aggregate starts, aggregate ends and `<TAG>value` leaves without needing the
//! leaves to be closed (statement-formats.md §3a). It never fails and never panics: what is not a
//! tag is text, an unclosed comment runs to the end, and the caller decides what nesting means.
//!
//! This is the approach of Actual's `ofx2json`, minus the XML parser: a start tag followed by
//! text is a leaf whatever comes after it (`<TRNAMT>-6.60<FITID>…`, `<CODE>0</CODE>`, a value on
//! the next line), a start tag followed by another tag is an aggregate, `<BALAMT/>` is an empty
//! leaf. `<?…?>`, `<!-- … -->` and `<!DOCTYPE …>` are skipped; `<![CDATA[…]]>` is literal text.

/// One thing the scanner found, with the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Event {
    /// `<STMTTRN>`: an aggregate opens. The name is upper-cased.
    Start { name: String, line: u32 },
    /// `</STMTTRN>`: an aggregate (or an already-read leaf) closes.
    End { name: String, line: u32 },
    /// `<TRNAMT>-6.60`, `<NAME>A &amp; B</NAME>` or `<BALAMT/>`: a value, entities decoded,
    /// trimmed.
    Leaf { name: String, value: String, line: u32 },
}

/// A tag as written, before the scanner knows whether it is a leaf.
enum Tag<'a> {
    Open(&'a str),
    SelfClosed(&'a str),
    Close(&'a str),
    /// Comments, processing instructions, declarations.
    Skip,
}

/// Scans `text` into events, in file order.
pub(crate) fn scan(text: &str) -> Vec<Event> {
    let mut scanner = Scanner { text, at: 0, line: 1, counted_to: 0 };
    let mut events = Vec::new();
    // A start tag waiting to learn whether a value follows it.
    let mut pending: Option<(String, u32)> = None;
    loop {
        let (value, tag_at) = scanner.text_until_tag();
        if let Some((name, line)) = pending.take() {
            let value = value.trim();
            // `<NAME>value</NAME>` and `<NAME></NAME>`: the close belongs to the leaf.
            let closed_at = scanner.close_tag_named(tag_at, &name);
            if !value.is_empty() || closed_at.is_some() {
                events.push(Event::Leaf { name, value: value.to_string(), line });
            } else {
                events.push(Event::Start { name, line });
            }
            if let Some(after) = closed_at {
                scanner.at = after;
                continue;
            }
        }
        let Some(tag_at) = tag_at else { break };
        let line = scanner.line_at(tag_at);
        let (tag, after) = read_tag(text, tag_at);
        scanner.at = after;
        match tag {
            Tag::Open(name) => pending = Some((name.to_ascii_uppercase(), line)),
            Tag::SelfClosed(name) => events.push(Event::Leaf {
                name: name.to_ascii_uppercase(),
                value: String::new(),
                line,
            }),
            Tag::Close(name) => events.push(Event::End { name: name.to_ascii_uppercase(), line }),
            Tag::Skip => {}
        }
    }
    events
}

struct Scanner<'a> {
    text: &'a str,
    /// Byte offset of the next unread character.
    at: usize,
    /// The 1-based line of `counted_to`.
    line: u32,
    counted_to: usize,
}

impl<'a> Scanner<'a> {
    /// The text from `at` up to the next tag, entities decoded and CDATA sections unwrapped
    /// (their content is literal), and where that tag starts (`None` at the end). Moves `at` to
    /// the tag.
    fn text_until_tag(&mut self) -> (String, Option<usize>) {
        let mut value = String::new();
        loop {
            let rest = self.text.get(self.at..).unwrap_or_default();
            let Some(offset) = rest.find('<') else {
                value.push_str(&decode_entities(rest));
                self.at = self.text.len();
                return (value, None);
            };
            value.push_str(&decode_entities(rest.get(..offset).unwrap_or_default()));
            let tag_at = self.at + offset;
            let tag = rest.get(offset..).unwrap_or_default();
            if let Some(cdata) = tag.strip_prefix("<![CDATA[") {
                let (inside, consumed) = match cdata.find("]]>") {
                    Some(end) => (cdata.get(..end).unwrap_or_default(), 9 + end + 3),
                    None => (cdata, tag.len()),
                };
                value.push_str(inside);
                self.at = tag_at + consumed;
                continue;
            }
            self.at = tag_at;
            return (value, Some(tag_at));
        }
    }

    /// When the tag at `tag_at` is `</name>`, the offset just after it.
    fn close_tag_named(&self, tag_at: Option<usize>, name: &str) -> Option<usize> {
        let tag_at = tag_at?;
        match read_tag(self.text, tag_at) {
            (Tag::Close(close), after) if close.eq_ignore_ascii_case(name) => Some(after),
            _ => None,
        }
    }

    /// The 1-based line of byte offset `at` (offsets only ever grow).
    fn line_at(&mut self, at: usize) -> u32 {
        if at > self.counted_to {
            let newlines = self
                .text
                .as_bytes()
                .get(self.counted_to..at)
                .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
            self.line = self.line.saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
            self.counted_to = at;
        }
        self.line
    }
}

/// Reads the tag starting at `at` (a `<`) and returns it with the offset just after it.
fn read_tag(text: &str, at: usize) -> (Tag<'_>, usize) {
    let rest = text.get(at..).unwrap_or_default();
    let skip_to = |end: &str| rest.find(end).map_or(text.len(), |i| at + i + end.len());
    if rest.starts_with("<!--") {
        return (Tag::Skip, skip_to("-->"));
    }
    if rest.starts_with("<?") {
        return (Tag::Skip, skip_to("?>"));
    }
    if rest.starts_with("<!") {
        return (Tag::Skip, skip_to(">"));
    }
    // A tag ends at `>`; a `<` before it means this one was never closed (`<NAME<MEMO>`).
    let body_end = rest.get(1..).and_then(|r| r.find(['>', '<'])).map(|i| i + 1);
    let (body, after) = match body_end {
        Some(end) if rest.as_bytes().get(end) == Some(&b'>') => {
            (rest.get(1..end).unwrap_or_default(), at + end + 1)
        }
        Some(end) => (rest.get(1..end).unwrap_or_default(), at + end),
        None => (rest.get(1..).unwrap_or_default(), text.len()),
    };
    let (closing, body) = match body.strip_prefix('/') {
        Some(inner) => (true, inner),
        None => (false, body),
    };
    let self_closed = body.trim_end().ends_with('/');
    // The name runs to the first space or `/`; OFX has no attributes, but XML may add some.
    let name = body.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or_default();
    let tag = if name.is_empty() {
        Tag::Skip
    } else if closing {
        Tag::Close(name)
    } else if self_closed {
        Tag::SelfClosed(name)
    } else {
        Tag::Open(name)
    };
    (tag, after)
}

/// Decodes XML/HTML character references, twice at most: banks double-escape
/// (`TPAY &amp;lt;DEFTPYMT&amp;gt;` means `TPAY <DEFTPYMT>`, Actual's `html-vals.qfx`).
/// Unknown or broken references stay as written (`AT&T`).
pub(crate) fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let once = decode_once(text);
    if once.contains('&') && once != text {
        decode_once(&once)
    } else {
        once
    }
}

fn decode_once(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let after = rest.get(amp + 1..).unwrap_or_default();
        // A reference is short and ends at `;`.
        let reference =
            after.get(..after.len().min(12)).and_then(|head| head.find(';')).and_then(|semi| {
                let name = after.get(..semi)?;
                Some((entity(name)?, semi + 1))
            });
        match reference {
            Some((c, consumed)) => {
                out.push(c);
                rest = after.get(consumed..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference name (between `&` and `;`) stands for.
fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(name: &str, value: &str, line: u32) -> Event {
        Event::Leaf { name: name.into(), value: value.into(), line }
    }
    fn start(name: &str, line: u32) -> Event {
        Event::Start { name: name.into(), line }
    }
    fn end(name: &str, line: u32) -> Event {
        Event::End { name: name.into(), line }
    }

    #[test]
    fn sgml_leaves_need_no_closing_tags() {
        let events = scan("<STMTTRN><TRNTYPE>POS<TRNAMT>-6.60\n<NAME>MCDONALD'S #112</STMTTRN>");
        assert_eq!(
            events,
            [
                start("STMTTRN", 1),
                leaf("TRNTYPE", "POS", 1),
                leaf("TRNAMT", "-6.60", 1),
                leaf("NAME", "MCDONALD'S #112", 2),
                end("STMTTRN", 2),
            ]
        );
    }

    #[test]
    fn xml_leaves_closed_empty_and_self_closed() {
        let events = scan(
            "<LEDGERBAL>\n  <BALAMT/>\n  <DTASOF>2025</DTASOF>\n  <MEMO></MEMO>\n</LEDGERBAL>",
        );
        assert_eq!(
            events,
            [
                start("LEDGERBAL", 1),
                leaf("BALAMT", "", 2),
                leaf("DTASOF", "2025", 3),
                leaf("MEMO", "", 4),
                end("LEDGERBAL", 5),
            ]
        );
    }

    #[test]
    fn value_on_the_next_line_and_lower_case_tags() {
        let events = scan("<trnamt>\n  -1000\n</trnamt><Name>x");
        assert_eq!(events, [leaf("TRNAMT", "-1000", 1), leaf("NAME", "x", 3)]);
    }

    #[test]
    fn headers_comments_and_instructions_are_skipped() {
        let text = "<?xml version=\"1.0\"?>\n<!--\nOFXHEADER:100\n-->\n<?OFX OFXHEADER=\"200\"?><OFX><CODE>0</OFX>";
        assert_eq!(scan(text), [start("OFX", 5), leaf("CODE", "0", 5), end("OFX", 5)]);
    }

    #[test]
    fn cdata_is_literal_text() {
        let events = scan("<NAME><![CDATA[ALDI &amp; <CO>  ]]></NAME>");
        assert_eq!(events, [leaf("NAME", "ALDI &amp; <CO>", 1)]);
    }

    #[test]
    fn broken_input_never_panics_and_still_reads_what_it_can() {
        assert_eq!(scan("<NAME<MEMO>x"), [start("NAME", 1), leaf("MEMO", "x", 1)]);
        assert_eq!(scan("<!-- never closed <OFX>"), []);
        assert_eq!(scan("<TRNAMT>5<"), [leaf("TRNAMT", "5", 1)]);
        assert_eq!(scan("<></><///><![CDATA[x"), []);
        for text in ["<", "<<", "</", "<?", "<!", "&", "<A>&#xFFFFFFFF;", "<é>ü<ß/>"] {
            let _ = scan(text);
        }
    }

    macro_rules! entities {
        ($($name:ident: $text:expr => $expected:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(decode_entities($text), $expected, "decoding {:?}", $text);
            }
        )*};
    }

    entities! {
        plain_ampersand: "B.C. HYDRO &amp; POWER" => "B.C. HYDRO & POWER";
        double_escaped: "TPAY &amp;lt;DEFTPYMT&amp;gt;" => "TPAY <DEFTPYMT>";
        numeric_references: "caf&#233; &#xE9;t&#XE9;" => "café été";
        quotes: "&quot;A&apos;s&quot;" => "\"A's\"";
        unknown_stays: "AT&T &foo; &" => "AT&T &foo; &";
        unterminated_stays: "&amp" => "&amp";
        nul_reference_stays: "&#0;" => "&#0;";
        huge_reference_stays: "&#99999999999;" => "&#99999999999;";
        three_levels_decode_twice_only: "&amp;amp;amp;" => "&amp;";
    }
}
