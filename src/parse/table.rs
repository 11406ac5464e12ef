//! Delimited tables with a header row found by content: the shared machinery under every CSV
//! statement parser. Cells come back trimmed of the padding spaces, TABs and stray quotes that
//! the Chinese exports add (statement-formats.md §0.3), with 1-based line numbers.

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
}

/// Trims a cell: whitespace (ASCII and full-width), TABs, and quotes left around it when a TAB
/// followed the closing quote (`"3985734"\t`).
pub(crate) fn trim_cell(cell: &str) -> &str {
    let trimmed = cell.trim_matches(|c: char| c.is_whitespace());
    let unquoted = trimmed
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .map(|s| s.trim_matches(|c: char| c.is_whitespace()));
    unquoted.unwrap_or(trimmed)
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
pub(crate) fn for_each_row(
    text: &str,
    header: &Header,
    delimiter: u8,
    mut each: impl FnMut(&Row) -> bool,
) {
    let body = text.get(header.body_start..).unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut row = Row::default();
    // csv's record positions point just past the previous record, before any blank lines it
    // skipped, so the line is counted here: newlines before the record's first byte.
    let bytes = body.as_bytes();
    let (mut counted_to, mut newlines) = (0usize, 0usize);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            // The body is a &str, so the only errors left are I/O ones that cannot happen on
            // a slice; stop rather than loop.
            Err(_) => break,
        }
        let mut start = record.position().map_or(counted_to, |p| p.byte() as usize);
        while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            start += 1;
        }
        let start = start.clamp(counted_to, bytes.len());
        newlines += bytes[counted_to..start].iter().filter(|&&b| b == b'\n').count();
        counted_to = start;
        let line_in_body = newlines + 1;
        row.line = header.line.saturating_add(u32::try_from(line_in_body).unwrap_or(u32::MAX));
        row.cells.clear();
        row.cells.extend(record.iter().map(|c| trim_cell(c).to_string()));
        if !each(&row) {
            break;
        }
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
