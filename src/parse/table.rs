//! Delimited tables with a header row found by content: the shared machinery under every CSV
//! statement parser. Cells come back trimmed of the padding spaces, TABs and stray quotes that
//! the Chinese exports add (statement-formats.md §0.3), with 1-based line numbers.

use crate::error::{Position, Warning};
use crate::phrase::Phrase;

/// A header row located in the text.
#[derive(Debug, Clone)]
pub(crate) struct Header {
    /// 1-based line number of the header row.
    pub line: u32,
    /// Byte offset in the text where the first line after the header starts.
    pub body_start: usize,
    /// The header cells, trimmed.
    pub columns: Vec<String>,
}

impl Header {
    /// The 0-based index of the column named `name`, if present.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// A row warning at the cell of column `index` (the first column when unknown), named by
    /// its header: 1-based row and column, as every table reader reports them.
    pub fn cell_warning(&self, row: &Row, index: Option<usize>, message: Phrase) -> Warning {
        let column = index.unwrap_or(0);
        let name = self.columns.get(column).map_or("", String::as_str);
        Warning {
            position: Position::cell(row.line, u32::try_from(column + 1).unwrap_or(u32::MAX), name),
            message,
        }
    }
}

/// Trims a cell: whitespace (ASCII and full-width), TABs, and quotes left around it when a TAB
/// followed the closing quote (`"3985734"\t`).
pub(crate) fn trim_cell(cell: &str) -> &str {
    // Most cells need nothing: say so from their first and last characters alone.
    let plain = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace() && c != '"');
    if plain(cell.chars().next()) && plain(cell.chars().next_back()) {
        return cell;
    }
    let trimmed = cell.trim_matches(|c: char| c.is_whitespace());
    let unquoted = trimmed
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .map(|s| s.trim_matches(|c: char| c.is_whitespace()));
    unquoted.unwrap_or(trimmed)
}

/// Decodes the HTML entities banks write into cells (Chase's descriptions, HTML tables saved as
/// `.xls`): `&amp;`, `&lt;`, `&gt;`, `&quot;`,
/// `&apos;`, `&nbsp;` and numeric `&#39;` / `&#x27;`. Anything else stays as written.
pub(crate) fn unescape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let tail = rest.get(at..).unwrap_or_default();
        let entity = tail.get(1..).and_then(|t| t.find(';')).and_then(|end| tail.get(1..=end));
        let decoded = entity.and_then(|name| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            numeric => {
                let number = numeric.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (decoded, entity) {
            (Some(c), Some(name)) => {
                out.push(c);
                rest = tail.get(name.len() + 2..).unwrap_or_default();
            }
            _ => {
                out.push('&');
                rest = tail.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

/// Finds the first line within the first `max_lines` whose cells, split on `delimiter`, include
/// every name in `required` and start with `first` (when given).
pub(crate) fn find_header(
    text: &str,
    delimiter: char,
    first: Option<&str>,
    required: &[&str],
    max_lines: usize,
) -> Option<Header> {
    let mut offset = 0;
    for (idx, line) in text.split_inclusive('\n').enumerate().take(max_lines) {
        offset += line.len();
        let cells: Vec<String> = line.split(delimiter).map(|c| trim_cell(c).to_string()).collect();
        let starts_right = first.is_none_or(|f| cells.first().is_some_and(|c| c == f));
        if starts_right && required.iter().all(|r| cells.iter().any(|c| c == r)) {
            let mut columns = cells;
            while columns.last().is_some_and(String::is_empty) {
                columns.pop();
            }
            return Some(Header {
                line: u32::try_from(idx + 1).unwrap_or(u32::MAX),
                body_start: offset,
                columns,
            });
        }
    }
    None
}

/// One data row: its 1-based line and its trimmed cells.
#[derive(Debug, Default)]
pub(crate) struct Row {
    /// 1-based line number in the whole file.
    pub line: u32,
    /// Cells, trimmed; a trailing empty cell from a trailing comma is kept.
    pub cells: Vec<String>,
}

impl Row {
    /// The trimmed cell at `index`, or "" when the row is short.
    pub fn get(&self, index: Option<usize>) -> &str {
        index.and_then(|i| self.cells.get(i)).map_or("", String::as_str)
    }

    /// True when every cell is empty.
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(String::is_empty)
    }
}

/// Reads the rows after `header`, calling `each` for every record until it returns `false`.
///
/// Records split as the `csv` crate splits them (quotes, doubled quotes, CRLF, LF or CR, blank
/// lines skipped, a UTF-8 BOM dropped at the start): a line without a quote is split on the
/// delimiter directly, one with a quote goes through `csv_core`. The row's cells are reused from
/// row to row, so a row allocates nothing once the first few are read (docs/benchmarks.md).
pub(crate) fn for_each_row(
    text: &str,
    header: &Header,
    delimiter: u8,
    mut each: impl FnMut(&Row) -> bool,
) {
    let body = text.get(header.body_start..).unwrap_or_default();
    let mut records = Records::new(body, delimiter);
    let mut row = Row::default();
    while let Some(line_in_body) = records.next_into(&mut row.cells) {
        row.line = header.line.saturating_add(u32::try_from(line_in_body).unwrap_or(u32::MAX));
        if !each(&row) {
            break;
        }
    }
}

/// The records of a CSV body, one after the other (see [`for_each_row`]).
struct Records<'a> {
    body: &'a str,
    delimiter: u8,
    /// The bytes a plain line stops at: the delimiter, a quote, CR and LF.
    special: [bool; 256],
    /// Where the next record, or the line ends before it, starts.
    pos: usize,
    /// `\n` bytes before `pos`, for 1-based line numbers.
    newlines: usize,
    /// For records with quotes; it has read a record already, so it strips no BOM.
    quoted: csv_core::Reader,
    output: Vec<u8>,
    ends: Vec<usize>,
}

impl<'a> Records<'a> {
    fn new(body: &'a str, delimiter: u8) -> Records<'a> {
        let mut quoted = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
        // csv drops a BOM only before the first record: take it here, and let the reader see a
        // record first so that it never drops one later.
        let _ = quoted.read_record(b"x\n", &mut [0; 4], &mut [0; 4]);
        let pos = if body.starts_with('\u{feff}') { 3 } else { 0 };
        let mut special = [false; 256];
        for byte in [delimiter, b'"', b'\n', b'\r'] {
            special[usize::from(byte)] = true;
        }
        Records {
            body,
            delimiter,
            special,
            pos,
            newlines: 0,
            quoted,
            output: vec![0; 1024],
            ends: vec![0; 64],
        }
    }

    /// Reads the next record's trimmed cells into `cells`; returns its 1-based line in the body,
    /// or `None` at the end (or, as csv would, at a cell that is not UTF-8).
    fn next_into(&mut self, cells: &mut Vec<String>) -> Option<usize> {
        let bytes = self.body.as_bytes();
        while let Some(&byte) = bytes.get(self.pos) {
            match byte {
                b'\n' => self.newlines += 1,
                b'\r' => {}
                _ => break,
            }
            self.pos += 1;
        }
        let rest = bytes.get(self.pos..).filter(|rest| !rest.is_empty())?;
        let line = self.newlines + 1;
        // One pass over a plain line: cells at each delimiter, until the line ends. A cell that is
        // simply quoted (`"…"` from its first byte, with no quote or line break inside, then the
        // delimiter or the line's end: bank exports quote every text cell so) is taken between
        // its quotes in the same pass; any other quote sends the record to csv_core instead.
        let delimiter = self.delimiter;
        let (mut count, mut start, mut at) = (0, self.pos, self.pos);
        // The last cell when it was simply quoted: its text's range.
        let mut quoted_last = None;
        let plain = delimiter.is_ascii()
            && loop {
                // Skip to the next byte that matters: one table look-up per byte.
                while bytes.get(at).is_some_and(|&b| !self.special[usize::from(b)]) {
                    at += 1;
                }
                match bytes.get(at) {
                    None | Some(b'\n' | b'\r') => break true,
                    Some(b'"') if at == start => {
                        let inner = at + 1;
                        let end = bytes
                            .get(inner..)
                            .and_then(|r| r.iter().position(|b| matches!(b, b'"' | b'\n' | b'\r')))
                            .map(|n| inner + n);
                        let Some(end) = end.filter(|&end| bytes.get(end) == Some(&b'"')) else {
                            break false;
                        };
                        match bytes.get(end + 1) {
                            Some(&byte) if byte == delimiter => {
                                set_cell(
                                    cells,
                                    count,
                                    self.body.get(inner..end).unwrap_or_default(),
                                );
                                count += 1;
                                start = end + 2;
                                at = end + 1;
                            }
                            None | Some(b'\n' | b'\r') => {
                                quoted_last = Some(inner..end);
                                at = end + 1;
                                break true;
                            }
                            Some(_) => break false,
                        }
                    }
                    Some(b'"') => break false,
                    Some(&byte) if byte == delimiter => {
                        set_cell(cells, count, self.body.get(start..at).unwrap_or_default());
                        count += 1;
                        start = at + 1;
                    }
                    Some(_) => {}
                }
                at += 1;
            };
        if plain {
            let last = quoted_last.unwrap_or(start..at);
            set_cell(cells, count, self.body.get(last).unwrap_or_default());
            count += 1;
            self.pos = at;
        } else {
            count = 0;
            let read = self.read_quoted(rest);
            self.newlines +=
                rest.get(..read).unwrap_or_default().iter().filter(|&&b| b == b'\n').count();
            self.pos += read;
            let mut start = 0;
            for &field_end in &self.ends {
                let field = self.output.get(start..field_end).unwrap_or_default();
                set_cell(cells, count, std::str::from_utf8(field).ok()?);
                count += 1;
                start = field_end;
            }
        }
        cells.truncate(count);
        Some(line)
    }

    /// One record through csv_core: fills `output` and `ends` (cut to the record's fields) and
    /// returns how many bytes of `input` it took.
    fn read_quoted(&mut self, input: &[u8]) -> usize {
        use csv_core::ReadRecordResult;
        let (mut read, mut written, mut ended) = (0, 0, 0);
        self.ends.resize(self.ends.capacity().max(64), 0);
        loop {
            let (result, n_in, n_out, n_ends) = self.quoted.read_record(
                input.get(read..).unwrap_or_default(),
                self.output.get_mut(written..).unwrap_or_default(),
                self.ends.get_mut(ended..).unwrap_or_default(),
            );
            read += n_in;
            written += n_out;
            ended += n_ends;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => self.output.resize(self.output.len() * 2 + 1024, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2 + 64, 0),
                ReadRecordResult::Record | ReadRecordResult::End => break,
            }
        }
        self.ends.truncate(ended);
        read
    }
}

/// Puts `cell`, trimmed, at `index`, reusing the String already there.
fn set_cell(cells: &mut Vec<String>, index: usize, cell: &str) {
    let cell = trim_cell(cell);
    match cells.get_mut(index) {
        Some(existing) => {
            existing.clear();
            existing.push_str(cell);
        }
        None => cells.push(cell.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_padding_tabs_and_quotes() {
        assert_eq!(trim_cell("交易成功                "), "交易成功");
        assert_eq!(trim_cell("2xxxxxxxxx8\t"), "2xxxxxxxxx8");
        assert_eq!(trim_cell("\"3985734\"\t"), "3985734");
        assert_eq!(trim_cell("\u{3000}全角\u{3000}"), "全角");
        assert_eq!(trim_cell(""), "");
    }

    #[test]
    fn finds_the_header_wherever_it_is() {
        let text = "note\n\nsome,other\n交易时间 ,金额 ,收/支 ,\n2023-01-01,1.00,支出,\n";
        let header = find_header(text, ',', Some("交易时间"), &["金额", "收/支"], 40)
            .expect("header present");
        assert_eq!(header.line, 4);
        assert_eq!(header.columns, ["交易时间", "金额", "收/支"]);
        let mut lines = Vec::new();
        for_each_row(text, &header, b',', |row| {
            lines.push((row.line, row.get(Some(1)).to_string()));
            true
        });
        assert_eq!(lines, [(5, "1.00".to_string())]);
    }

    /// The rows as the `csv` crate reads them (what `for_each_row` did before it split plain
    /// lines itself), with the same line counting.
    fn rows_by_csv(body: &str, delimiter: u8) -> Vec<(usize, Vec<String>)> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(body.as_bytes());
        let bytes = body.as_bytes();
        let (mut counted_to, mut newlines) = (0usize, 0usize);
        let mut rows = Vec::new();
        let mut record = csv::StringRecord::new();
        while let Ok(true) = reader.read_record(&mut record) {
            let mut start = record.position().map_or(counted_to, |p| p.byte() as usize);
            while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
                start += 1;
            }
            let start = start.clamp(counted_to, bytes.len());
            newlines += bytes[counted_to..start].iter().filter(|&&b| b == b'\n').count();
            counted_to = start;
            rows.push((newlines + 1, record.iter().map(|c| trim_cell(c).to_string()).collect()));
        }
        rows
    }

    #[test]
    fn rows_split_exactly_as_the_csv_crate_splits_them() {
        let bodies = [
            "a,b,c\nd,e,f\n",
            "a,b\r\n\r\nc,d\r\n",
            "a,b\rc,d\r\re,f",
            "\u{feff}a,b\nc,d\n",
            "\u{feff}\"a\",b\n\u{feff}c,d\n",
            "\"x,1\",2\n3,\"y\"\"z\"\n",
            // Simply quoted cells, and the ones that only look so.
            "DEBIT,01/03/2025,\"STARBUCKS, STORE\",-5.75,DEBIT_CARD,1994.25,,\n\"a\",\"b\"\r\n\"c\"",
            "\"\",\"\",\n\"\"\n\"a\" ,b\n\"a\"\t,b\n\"a\"x,b\n\"a\"\"b\",c\n\"a\nb\",c\n\"a\rb\",c\n",
            "x,\"a\"\"\"\n\"a\"\"\",x\n\"a;b\";\"c\"\n\"\t\"\t\n\"x",
            "\"a\"",
            "1,\"\u{feff}q\",\"交易\"\n",
            "\"multi\nline\",1\n2,3\n\n4,\"5\n\n6\"\n7\n",
            "ab\"c,d\n\"e\"f,g\n",
            "\"unclosed,1\n2,3\n",
            "交易时间 ,金额 ,\n\"2023\"\t,1.00 ,\n   \n,,\n",
            "a;b;\"c;d\"\n;;\n",
            "\n\n\r\nlast",
            "",
            "\"\"",
        ];
        for body in bodies {
            for delimiter in [b',', b';', b'\t'] {
                let mut records = Records::new(body, delimiter);
                let mut cells = Vec::new();
                let mut rows = Vec::new();
                while let Some(line) = records.next_into(&mut cells) {
                    rows.push((line, cells.clone()));
                }
                assert_eq!(rows, rows_by_csv(body, delimiter), "{body:?} split on {delimiter}");
            }
        }
    }

    #[test]
    fn line_numbers_count_blank_lines_and_crlf() {
        let text = "h1,h2\r\n\r\na,b\r\nc,d\r\n";
        let header = find_header(text, ',', Some("h1"), &["h2"], 5).expect("header");
        let mut lines = Vec::new();
        for_each_row(text, &header, b',', |row| {
            lines.push(row.line);
            true
        });
        assert_eq!(lines, [3, 4]);
    }
}
