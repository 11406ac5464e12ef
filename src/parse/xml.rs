//! A small element tree over `quick-xml`, for the camt reader: local names only (namespace
//! prefixes and versions ignored), text with entities resolved, each element's 1-based line.
//!
//! The tree is an arena (a `Vec` of nodes that name their children by index), so neither
//! building, walking nor dropping it recurses: a hostile file nested a million deep costs memory
//! in proportion to its size, never stack. Damaged XML is read as far as it can be (an element
//! left unclosed is marked so its content can be distrusted), and the damage says where it is.

use crate::phrase;
use crate::phrase::{messages as m, Phrase};
use quick_xml::encoding::Decoder;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// One element.
#[derive(Debug, Default)]
struct Node {
    /// Local name, without a namespace prefix: `Ntry` for `<ns2:Ntry>`.
    name: String,
    /// Its attributes by local name, values unescaped.
    attributes: Vec<(String, String)>,
    /// Its own text, entities resolved (whitespace between child elements included; callers
    /// trim).
    text: String,
    /// Child elements, in order.
    children: Vec<usize>,
    /// The 1-based line of its start tag.
    line: u32,
    /// False when the file ended or broke before its end tag: its content may be cut off.
    closed: bool,
}

/// A parsed document, and where it broke if it did.
#[derive(Debug, Default)]
pub(super) struct Tree {
    nodes: Vec<Node>,
    /// The first damage met (a syntax error, a misplaced end tag, a cut-off end), with its
    /// 1-based line.
    pub broken: Option<(u32, Phrase)>,
    /// How many more places are damaged.
    pub more_damage: usize,
}

/// Syntax errors read past before giving up.
const MAX_ERRORS: usize = 1000;
/// How many unclosed elements an end tag may skip to find its own; camt nests about 15 deep.
const MAX_SKIP: usize = 64;

/// An element of a [`Tree`].
#[derive(Clone, Copy)]
pub(super) struct Element<'a> {
    tree: &'a Tree,
    id: usize,
}

impl Tree {
    /// Reads `text`, recovering from damage where it can: an end tag closes the innermost open
    /// element of its name (the elements it skips stay unclosed), a stray end tag is ignored,
    /// and reading goes on after a syntax error while the reader moves forward.
    pub(super) fn parse(text: &str) -> Tree {
        let mut tree = Tree::default();
        let mut reader = Reader::from_str(text);
        let config = reader.config_mut();
        // Entities such as `&nbsp;` are not XML's; a lone `&` in a name is common enough.
        config.allow_dangling_amp = true;
        // End tags are matched here, by local name, so that damage can be survived.
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        let mut lines = LineCounter::new(text);
        let mut open: Vec<usize> = Vec::new();
        let mut errors = 0;
        loop {
            let start = reader.buffer_position();
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(error) => {
                    // quick-xml's own words, the same in both languages.
                    tree.damaged(
                        lines.line_at(reader.error_position()),
                        Phrase::same(error.to_string()),
                    );
                    errors += 1;
                    // Go on past the damage while the reader moves; stop where it cannot.
                    if errors >= MAX_ERRORS || reader.buffer_position() <= start {
                        break;
                    }
                    continue;
                }
            };
            match event {
                Event::Start(element) => {
                    let line = lines.line_at(start);
                    let id = tree.push(&element, reader.decoder(), line, open.last().copied());
                    open.push(id);
                }
                Event::Empty(element) => {
                    let line = lines.line_at(start);
                    let id = tree.push(&element, reader.decoder(), line, open.last().copied());
                    if let Some(node) = tree.nodes.get_mut(id) {
                        node.closed = true;
                    }
                }
                Event::End(end) => {
                    let name = String::from_utf8_lossy(end.local_name().as_ref()).into_owned();
                    let line = lines.line_at(start);
                    tree.close(&mut open, &name, line);
                }
                Event::Text(content) => {
                    let parent = open.last().copied();
                    // Indentation between child elements is not text worth keeping.
                    let container = parent
                        .and_then(|id| tree.nodes.get(id))
                        .is_some_and(|n| !n.children.is_empty());
                    if let Ok(content) = content.xml_content() {
                        if !(container && content.trim().is_empty()) {
                            tree.append_text(parent, &content);
                        }
                    }
                }
                Event::CData(content) => {
                    if let Ok(content) = content.decode() {
                        tree.append_text(open.last().copied(), &content);
                    }
                }
                Event::GeneralRef(reference) => {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(c)) => Some(c.to_string()),
                        Ok(None) => reference.decode().ok().and_then(|name| {
                            quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string)
                        }),
                        Err(_) => None,
                    };
                    // An entity XML does not define is kept as written, so no text is lost.
                    let text = resolved
                        .unwrap_or_else(|| format!("&{};", String::from_utf8_lossy(&reference)));
                    tree.append_text(open.last().copied(), &text);
                }
                Event::Eof => break,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
        if let Some(node) = open.last().and_then(|&id| tree.nodes.get(id)) {
            let problem = phrase!(m::XML_CUT_OFF, node.name.as_str(), node.line);
            tree.damaged(lines.line_at(reader.buffer_position()), problem);
        }
        tree
    }

    /// Notes damage; the first place is kept, the others counted.
    fn damaged(&mut self, line: u32, problem: Phrase) {
        match &self.broken {
            None => self.broken = Some((line, problem)),
            Some(_) => self.more_damage += 1,
        }
    }

    /// An end tag: closes the innermost open element of that name among the innermost
    /// [`MAX_SKIP`] (so a flood of stray end tags under deep nesting stays linear).
    fn close(&mut self, open: &mut Vec<usize>, name: &str, line: u32) {
        let from = open.len().saturating_sub(MAX_SKIP);
        let at = open
            .get(from..)
            .and_then(|top| {
                top.iter().rposition(|&id| self.nodes.get(id).is_some_and(|n| n.name == name))
            })
            .map(|at| from + at);
        let Some(at) = at else {
            self.damaged(line, phrase!(m::XML_STRAY_END, name));
            return;
        };
        if let Some(inner) = open.get(at + 1).and_then(|&id| self.nodes.get(id)) {
            let problem = phrase!(m::XML_EARLY_END, name, inner.name.as_str(), inner.line);
            self.damaged(line, problem);
        }
        if let Some(node) = open.get(at).and_then(|&id| self.nodes.get_mut(id)) {
            node.closed = true;
        }
        open.truncate(at);
    }

    fn push(
        &mut self,
        element: &BytesStart<'_>,
        decoder: Decoder,
        line: u32,
        parent: Option<usize>,
    ) -> usize {
        let name = String::from_utf8_lossy(element.local_name().as_ref()).into_owned();
        let attributes = element
            .attributes()
            .flatten()
            .map(|a| {
                let key = String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned();
                let value = a
                    .decode_and_unescape_value(decoder)
                    .map(|v| v.into_owned())
                    .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned());
                (key, value)
            })
            .collect();
        let id = self.nodes.len();
        self.nodes.push(Node { name, attributes, line, ..Node::default() });
        if let Some(parent) = parent.and_then(|p| self.nodes.get_mut(p)) {
            parent.children.push(id);
        }
        id
    }

    fn append_text(&mut self, to: Option<usize>, text: &str) {
        if let Some(node) = to.and_then(|id| self.nodes.get_mut(id)) {
            node.text.push_str(text);
        }
    }

    /// Every element in document order.
    pub(super) fn elements(&self) -> impl Iterator<Item = Element<'_>> {
        (0..self.nodes.len()).map(move |id| Element { tree: self, id })
    }
}

impl<'a> Element<'a> {
    fn node(&self) -> Option<&'a Node> {
        self.tree.nodes.get(self.id)
    }

    /// The local name.
    pub(super) fn name(&self) -> &'a str {
        self.node().map_or("", |n| n.name.as_str())
    }

    /// The element's text, trimmed.
    pub(super) fn text(&self) -> &'a str {
        self.node().map_or("", |n| n.text.trim())
    }

    /// The 1-based line of the start tag.
    pub(super) fn line(&self) -> u32 {
        self.node().map_or(0, |n| n.line)
    }

    /// False when the file ended or broke inside this element.
    pub(super) fn is_closed(&self) -> bool {
        self.node().is_some_and(|n| n.closed)
    }

    /// An attribute's value by local name.
    pub(super) fn attribute(&self, name: &str) -> Option<&'a str> {
        self.node()?.attributes.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim())
    }

    /// Child elements named `name`, in order.
    pub(super) fn children(&self, name: &'a str) -> impl Iterator<Item = Element<'a>> + 'a {
        let tree = self.tree;
        let ids = self.node().map_or(&[][..], |n| n.children.as_slice());
        ids.iter().map(move |&id| Element { tree, id }).filter(move |e| e.name() == name)
    }

    /// The first child named `name`.
    pub(super) fn child(&self, name: &'a str) -> Option<Element<'a>> {
        self.children(name).next()
    }

    /// The first element down a path of child names: `entry.at(&["BookgDt", "Dt"])`.
    pub(super) fn at(&self, path: &[&'a str]) -> Option<Element<'a>> {
        let mut here = *self;
        for name in path {
            here = here.child(name)?;
        }
        Some(here)
    }

    /// The trimmed text at `path`, or "" when it is absent.
    pub(super) fn text_at(&self, path: &[&'a str]) -> &'a str {
        self.at(path).map_or("", |e| e.text())
    }

    /// Every child element, in order.
    pub(super) fn all_children(&self) -> impl Iterator<Item = Element<'a>> + 'a {
        let tree = self.tree;
        let ids = self.node().map_or(&[][..], |n| n.children.as_slice());
        ids.iter().map(move |&id| Element { tree, id })
    }
}

/// Byte offsets → 1-based lines, counting forward only (offsets arrive in order).
struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u32,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter { bytes: text.as_bytes(), offset: 0, line: 1 }
    }

    fn line_at(&mut self, offset: u64) -> u32 {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX).min(self.bytes.len());
        if offset > self.offset {
            let newlines = self
                .bytes
                .get(self.offset..offset)
                .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
            self.line = self.line.saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
            self.offset = offset;
        }
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_names_entities_and_lines() {
        let tree = Tree::parse(
            "<?xml version=\"1.0\"?>\n<ns:Doc xmlns:ns=\"urn:x\">\n  <ns:Nm>M&amp;M &#xE4;&#228; <![CDATA[<b>]]> &nbsp;</ns:Nm>\n  <Amt Ccy=\"EUR\">1.50</Amt><E/>\n</ns:Doc>",
        );
        assert_eq!(tree.broken, None);
        let names: Vec<&str> = tree.elements().map(|e| e.name()).collect();
        assert_eq!(names, ["Doc", "Nm", "Amt", "E"]);
        let doc = tree.elements().next().expect("root");
        assert_eq!(doc.text_at(&["Nm"]), "M&M ää <b> &nbsp;");
        let amount = doc.child("Amt").expect("Amt");
        assert_eq!(
            (amount.text(), amount.attribute("Ccy"), amount.line()),
            ("1.50", Some("EUR"), 4)
        );
        assert!(doc.child("E").is_some_and(|e| e.is_closed()));
    }

    #[test]
    fn a_cut_off_file_keeps_what_came_before_and_says_where() {
        let tree = Tree::parse("<Doc>\n<A>1</A>\n<B>2");
        let doc = tree.elements().next().expect("root");
        assert_eq!(doc.text_at(&["A"]), "1");
        assert!(doc.child("A").is_some_and(|a| a.is_closed()));
        assert!(!doc.child("B").is_some_and(|b| b.is_closed()));
        let (line, message) = tree.broken.expect("cut off");
        let message = message.to_string();
        assert_eq!(line, 3);
        assert!(message.contains("<B> opened on line 3"), "{message}");
    }

    #[test]
    fn a_stray_end_tag_is_skipped_and_said() {
        let tree = Tree::parse("<Doc>\n<A>1</A>\n<B>2</C>\n<D/></Doc>");
        let (line, message) = tree.broken.clone().expect("damaged");
        assert_eq!((line, message.to_string().as_str()), (3, "</C> closes no open element"));
        assert_eq!(tree.more_damage, 1, "</Doc> also ends <B>, which never closed");
        let names: Vec<&str> = tree.elements().map(|e| e.name()).collect();
        assert_eq!(names, ["Doc", "A", "B", "D"]);
        let closed: Vec<bool> = tree.elements().map(|e| e.is_closed()).collect();
        assert_eq!(closed, [true, true, false, true]);
    }

    #[test]
    fn an_end_tag_closes_its_own_element_past_unclosed_ones() {
        let tree = Tree::parse("<Doc><Ntry><X>1</Ntry>\n<Ntry>2</Ntry></Doc>");
        let doc = tree.elements().next().expect("root");
        let entries: Vec<(bool, &str)> =
            doc.children("Ntry").map(|e| (e.is_closed(), e.text())).collect();
        assert_eq!(entries, [(true, ""), (true, "2")]);
        let (line, message) = tree.broken.clone().expect("damaged");
        let message = message.to_string();
        assert_eq!(line, 1);
        assert!(message.contains("before the end of <X>"), "{message}");
    }

    #[test]
    fn a_syntax_error_ends_reading_where_the_reader_cannot_move_on() {
        let tree = Tree::parse("<Doc>\n<A>1</A>\n<!bogus>\n<B>2</B></Doc>");
        let doc = tree.elements().next().expect("root");
        assert_eq!(doc.text_at(&["A"]), "1");
        assert!(doc.child("B").is_none());
        assert_eq!(tree.broken.as_ref().map(|(line, _)| *line), Some(3));
    }

    #[test]
    fn stray_end_tags_under_deep_nesting_stay_linear() {
        let text = format!("{}{}", "<a>".repeat(100_000), "</b>".repeat(100_000));
        let tree = Tree::parse(&text);
        assert_eq!(tree.elements().count(), 100_000);
        // 100 000 stray end tags, then the cut-off end.
        assert_eq!(tree.more_damage, 100_000);
        // An end tag deeper than MAX_SKIP below its element does not reach it.
        let text = format!("<x>{}</x>", "<a>".repeat(MAX_SKIP + 1));
        assert!(!Tree::parse(&text).elements().next().is_some_and(|x| x.is_closed()));
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let deep = "<a>".repeat(200_000);
        let tree = Tree::parse(&deep);
        assert_eq!(tree.elements().count(), 200_000);
        assert!(tree
            .broken
            .as_ref()
            .is_some_and(|(_, message)| message.to_string().contains("cut off")));
        drop(tree); // dropping the arena does not recurse either
    }
}
