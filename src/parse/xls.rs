//! Old Excel workbooks, `.xls` (cn-bank-formats.md §0.2.4, §7–§9): BIFF8 in an OLE2 compound
//! file, read with calamine, and the `.xls` files that are really an HTML table (what many
//! online banks send under that name). Either way each sheet becomes delimited text, one line
//! per sheet row (so a warning's row is the sheet's row, counted from 1), and that text is read
//! by the bank CSV profiles (`bank_csv/profiles_cn.rs`: CITIC credit, SPDB debit, CCB), the same
//! code a CSV goes through. The first sheet holding a known bank's header is read.
//!
//! Number cells become their shortest decimal (`1234.0` → `1234`, `13.4` → `13.4`), date cells
//! `YYYY-MM-DD HH:MM:SS` as written (wall-clock, never shifted). A workbook no profile knows is
//! an unknown format quoting its first row: the page's column mapping reads text files only.

use super::bank_csv;
use super::parsed::{unknown_format, Parsed};
use super::table::unescape_html;
use super::time::from_excel_serial;
use crate::choices::Options;
use crate::decode::decode;
use crate::error::{Error, ErrorKind, Position, Warning};
use crate::model::Source;
use crate::phrase::{messages as m, Phrase};
use calamine::{Data, Reader, Xls};
use std::io::Cursor;

/// The OLE2 compound file signature every BIFF8 workbook starts with.
const OLE2_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// Rows and columns kept per sheet: bank statements are far smaller, and a damaged dimension
/// must not make the text huge.
const MAX_ROWS: usize = 1_000_000;
const MAX_COLUMNS: usize = 64;
/// How far into an HTML `.xls` its table must start.
const HTML_SNIFF: usize = 4096;

/// True for an OLE2 compound file (BIFF8 `.xls`, but also old Word documents, which `parse`
/// then refuses as a workbook it cannot read).
pub(super) fn is_ole2(bytes: &[u8]) -> bool {
    bytes.starts_with(OLE2_MAGIC)
}

/// Reads a BIFF8 workbook's sheets through the bank profiles.
pub(super) fn parse(bytes: &[u8], options: &Options) -> Result<Parsed, Error> {
    let unreadable =
        || Error::new(ErrorKind::Binary { looks_like: Phrase::new(&m::BINARY_UNREADABLE_XLS) });
    let reader = Guarded::new(bytes).ok_or_else(unreadable)?;
    let mut workbook = Xls::new(reader).map_err(|_| unreadable())?;
    let mut first_text: Option<String> = None;
    for name in workbook.sheet_names() {
        let Ok(range) = workbook.worksheet_range(&name) else { continue };
        let mut text = String::new();
        let top = range.start().map_or(0, |(row, _)| row as usize).min(MAX_ROWS);
        let left = range.start().map_or(0, |(_, column)| column as usize).min(MAX_COLUMNS);
        text.extend(std::iter::repeat_n('\n', top));
        for row in range.rows().take(MAX_ROWS - top) {
            let cells = std::iter::repeat_n(String::new(), left)
                .chain(row.iter().map(cell_text))
                .take(MAX_COLUMNS);
            push_row(&mut text, cells);
        }
        match read_sheet(&text, options) {
            Some(parsed) => return Ok(parsed),
            None => {
                if first_text.is_none() {
                    first_text =
                        text.lines().find(|l| !l.trim_matches(',').is_empty()).map(String::from);
                }
            }
        }
    }
    Err(unknown_format(&first_text.unwrap_or_default()))
}

/// The workbook's bytes as calamine reads them, with the two guards its OLE2 reader needs
/// (calamine 0.35, `cfb.rs`; found by `tests/cn_bank_robustness.rs`):
///
/// - a file cut inside a sector is refused: calamine reads its directory entries past the end;
/// - it allows sector ids up to `file length / sector size`, one more than the sectors after
///   the header, and slices past its buffer (a panic, so an abort in the page) when a damaged
///   chain names that last id: so the length it is told leaves the header's sector out, and
///   every id it allows exists (a cut sector reads short, never out of bounds);
/// - it reserves the header's FAT, mini-FAT and DIFAT counts up front: counts no file of this
///   length can hold are refused before it sees them;
/// - it follows sector chains without looking for loops, growing a buffer for ever: a file
///   whose DIFAT, FAT or mini-FAT holds a loop is refused (`chains_end`);
/// - it allocates every sheet as the rectangle its cells span, twice: a sheet whose cells span
///   more than [`MAX_CELLS`] (one cell at row 60 000, column 200 is 12 million) is refused
///   before calamine reads it (`sheets_fit`), as is one whose sheet starts past the stream or
///   whose `DIMENSIONS` record (which calamine reserves room for) is as large or upside down.
struct Guarded<'a> {
    inner: Cursor<&'a [u8]>,
    /// The end `SeekFrom::End` measures from.
    end: u64,
}

impl<'a> Guarded<'a> {
    fn new(bytes: &'a [u8]) -> Option<Guarded<'a>> {
        let u32_at = |at: usize| -> Option<u64> {
            let b = bytes.get(at..at + 4)?;
            Some(u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
        };
        let shift = bytes.get(30..32).map(|b| u16::from_le_bytes([b[0], b[1]]))?;
        let sector: u64 = match shift {
            9 => 512,
            12 => 4096,
            _ => return None,
        };
        let len = u64::try_from(bytes.len()).ok()?;
        // Whole sectors only: calamine cuts a short last sector into short directory entries
        // and slices past them (a cut file is damaged anyway).
        if len % sector != 0 {
            return None;
        }
        let sectors = len / sector + 1;
        // FAT sectors (44), mini-FAT sectors (64), DIFAT sectors (72).
        for at in [44, 64, 72] {
            if u32_at(at)? > sectors {
                return None;
            }
        }
        let sector = usize::try_from(sector).ok()?;
        let fat = chains_end(bytes, sector, u32_at)?;
        if !sheets_fit(bytes, sector, &fat) {
            return None;
        }
        let sector = sector as u64;
        Some(Guarded { inner: Cursor::new(bytes), end: len.saturating_sub(sector) })
    }
}

/// Sector ids from here up are markers (free, end of chain, FAT, DIFAT), not sectors.
const MAX_SECTOR_ID: u32 = 0xFFFF_FFFA;

/// The FAT when every chain of the compound file ends: the DIFAT chain, and every chain of the
/// FAT and of the mini-FAT (each a table of next-sector ids: no id may lead back to itself).
fn chains_end(
    bytes: &[u8],
    sector: usize,
    u32_at: impl Fn(usize) -> Option<u64>,
) -> Option<Vec<u32>> {
    let sectors = (bytes.len() / sector).saturating_sub(1);
    let id = |at: usize| u32_at(at).and_then(|v| u32::try_from(v).ok());
    let start = |id: u32| (id as usize + 1) * sector;
    let per_sector = sector / 4;
    // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
    let mut fat_sectors: Vec<u32> = (0..109).filter_map(|k| id(76 + 4 * k)).collect();
    let mut next = id(68).unwrap_or(MAX_SECTOR_ID);
    let mut hops = 0;
    while next < MAX_SECTOR_ID {
        if next as usize >= sectors || hops > sectors {
            return None;
        }
        hops += 1;
        let at = start(next);
        fat_sectors.extend((0..per_sector - 1).filter_map(|k| id(at + 4 * k)));
        next = id(at + sector - 4).unwrap_or(MAX_SECTOR_ID);
    }
    let mut fat = Vec::new();
    for &s in fat_sectors.iter().filter(|&&s| s < MAX_SECTOR_ID) {
        if s as usize >= sectors {
            return None;
        }
        fat.extend((0..per_sector).map(|k| id(start(s) + 4 * k).unwrap_or(MAX_SECTOR_ID)));
    }
    if !acyclic(&fat) {
        return None;
    }
    // The mini-FAT, read along its (now loop-free) chain in the FAT.
    let mut mini = Vec::new();
    let mut next = id(60).unwrap_or(MAX_SECTOR_ID);
    while next < MAX_SECTOR_ID && (next as usize) < sectors {
        mini.extend((0..per_sector).map(|k| id(start(next) + 4 * k).unwrap_or(MAX_SECTOR_ID)));
        next = fat.get(next as usize).copied().unwrap_or(MAX_SECTOR_ID);
    }
    acyclic(&mini).then_some(fat)
}

/// Cells a sheet's rectangle may hold: a bank statement of 100 000 rows and 40 columns.
const MAX_CELLS: u64 = 4_000_000;

/// True when every sheet of the workbook's `Workbook` stream starts inside it and spans no
/// more than [`MAX_CELLS`].
fn sheets_fit(bytes: &[u8], sector: usize, fat: &[u32]) -> bool {
    let u16_in = |b: &[u8], at: usize| b.get(at..at + 2).map(|x| u16::from_le_bytes([x[0], x[1]]));
    let u32_in = |b: &[u8], at: usize| {
        b.get(at..at + 4).map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]))
    };
    // A chain of sectors (or of 64-byte mini sectors inside `pool`) as one buffer.
    let chain = |first: u32, next: &[u32], size: usize, pool: Option<&[u8]>| -> Vec<u8> {
        let mut out = Vec::new();
        let mut at = first;
        while at < MAX_SECTOR_ID && out.len() <= bytes.len() {
            let start = at as usize * size;
            let piece = match pool {
                Some(pool) => pool.get(start..start + size),
                None => bytes.get(start + sector..start + 2 * sector),
            };
            let Some(piece) = piece else { break };
            out.extend_from_slice(piece);
            at = next.get(at as usize).copied().unwrap_or(MAX_SECTOR_ID);
        }
        out
    };
    let Some(dir_start) = u32_in(bytes, 48) else { return false };
    let directory = chain(dir_start, fat, sector, None);
    let entries: Vec<&[u8]> = directory.chunks(128).filter(|e| e.len() == 128).collect();
    let name_of = |e: &[u8]| -> String {
        let len = usize::from(u16_in(e, 64).unwrap_or(0)).min(64);
        let units: Vec<u16> =
            (0..len / 2).filter_map(|k| u16_in(e, 2 * k)).take_while(|&u| u != 0).collect();
        String::from_utf16_lossy(&units)
    };
    let Some(book) = entries.iter().find(|e| matches!(name_of(e).as_str(), "Workbook" | "Book"))
    else {
        return true; // no workbook stream: calamine refuses the file itself
    };
    let (start, size) =
        (u32_in(book, 116).unwrap_or(MAX_SECTOR_ID), u32_in(book, 120).unwrap_or(0));
    let cutoff = u32_in(bytes, 56).unwrap_or(4096);
    let mut stream = if size < cutoff {
        let root = entries.first().copied().unwrap_or_default();
        let pool = chain(u32_in(root, 116).unwrap_or(MAX_SECTOR_ID), fat, sector, None);
        let mini_fat: Vec<u32> =
            chain(u32_in(bytes, 60).unwrap_or(MAX_SECTOR_ID), fat, sector, None)
                .chunks(4)
                .filter_map(|c| u32_in(c, 0))
                .collect();
        chain(start, &mini_fat, 64, Some(&pool))
    } else {
        chain(start, fat, sector, None)
    };
    stream.truncate(size as usize);
    // The globals, up to their EOF: where each sheet's BOF is (`BOUNDSHEET8`).
    let mut sheets = Vec::new();
    let mut at = 0;
    while let (Some(kind), Some(len)) = (u16_in(&stream, at), u16_in(&stream, at + 2)) {
        let data = stream.get(at + 4..at + 4 + usize::from(len)).unwrap_or_default();
        at += 4 + usize::from(len);
        match kind {
            0x0085 => sheets.push(u32_in(data, 0).unwrap_or(u32::MAX) as usize),
            0x000A => break,
            _ => {}
        }
    }
    // calamine reads each sheet from its position (one past the stream is a panic there) to
    // the sheet's EOF, as one rectangle.
    sheets.into_iter().all(|from| from < stream.len() && sheet_fits(&stream, from))
}

/// True when the cells of the sheet whose records start at `from` span at most [`MAX_CELLS`]:
/// its cell records (BIFF8 `NUMBER`, `LABEL`, `LABELSST`, `RK`, `MULRK`, `BOOLERR`,
/// `FORMULA`, each starting with its row and column) up to its `EOF`.
fn sheet_fits(stream: &[u8], from: usize) -> bool {
    let u16_in = |b: &[u8], at: usize| b.get(at..at + 2).map(|x| u16::from_le_bytes([x[0], x[1]]));
    let mut at = from;
    let mut span: Option<(u16, u16, u16, u16)> = None;
    while let (Some(kind), Some(len)) = (u16_in(stream, at), u16_in(stream, at + 2)) {
        let data = stream.get(at + 4..at + 4 + usize::from(len)).unwrap_or_default();
        at += 4 + usize::from(len);
        let columns_at: &[usize] = match kind {
            0x000A => break,
            // DIMENSIONS: calamine reserves (last row - first row + 1) × (columns) cells, the
            // subtraction unchecked.
            0x0200 => {
                let u32_in = |at: usize| {
                    data.get(at..at + 4).map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]))
                };
                let wide = |at| u16_in(data, at).map(u32::from);
                let bounds = match len {
                    14 => (u32_in(0), u32_in(4), wide(8), wide(10)),
                    _ => (wide(0), wide(2), wide(4), wide(6)),
                };
                if let (Some(r0), Some(r1), Some(c0), Some(c1)) = bounds {
                    let (Some(rows), Some(cols)) = (r1.checked_sub(r0), c1.checked_sub(c0)) else {
                        return false;
                    };
                    if (u64::from(rows) + 1) * (u64::from(cols) + 1) > MAX_CELLS {
                        return false;
                    }
                }
                continue;
            }
            0x0203 | 0x0204 | 0x0205 | 0x027E | 0x00FD | 0x0006 | 0x00D6 => &[2],
            0x00BD | 0x00BE => &[2, usize::from(len).saturating_sub(2)],
            _ => continue,
        };
        let Some(row) = u16_in(data, 0) else { continue };
        for &offset in columns_at {
            let Some(col) = u16_in(data, offset) else { continue };
            span = Some(match span {
                None => (row, row, col, col),
                Some((r0, r1, c0, c1)) => (r0.min(row), r1.max(row), c0.min(col), c1.max(col)),
            });
        }
    }
    span.is_none_or(|(r0, r1, c0, c1)| {
        (u64::from(r1) - u64::from(r0) + 1) * (u64::from(c1) - u64::from(c0) + 1) <= MAX_CELLS
    })
}

/// True when following `next` from any entry reaches a marker or an id past the table.
fn acyclic(next: &[u32]) -> bool {
    // 0 unvisited, 1 on the current path, 2 known to end.
    let mut state = vec![0u8; next.len()];
    let mut path = Vec::new();
    for first in 0..next.len() {
        let mut at = first;
        while state.get(at) == Some(&0) {
            state[at] = 1;
            path.push(at);
            at = next[at] as usize;
        }
        if state.get(at) == Some(&1) {
            return false;
        }
        for &p in &path {
            state[p] = 2;
        }
        path.clear();
    }
    true
}

impl std::io::Read for Guarded<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.inner.read(buf)
    }
}

impl std::io::Seek for Guarded<'_> {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        match pos {
            std::io::SeekFrom::End(offset) => {
                let at = self.end.saturating_add_signed(offset);
                self.inner.seek(std::io::SeekFrom::Start(at))
            }
            other => self.inner.seek(other),
        }
    }
}

/// True for an HTML document holding a table near its start (after a BOM, blanks, a doctype or
/// a comment), whatever the file is named.
pub(super) fn is_html_table(bytes: &[u8]) -> bool {
    let head = bytes.get(..HTML_SNIFF.min(bytes.len())).unwrap_or_default();
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let start = head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    (start.starts_with("<html")
        || start.starts_with("<!doctype html")
        || start.starts_with("<table")
        || start.starts_with("<meta")
        || start.starts_with("<?xml") && head.contains("<html"))
        && head.contains("<table")
}

/// Reads the rows of an HTML table (`<tr>`, `<td>`/`<th>`, tags inside cells dropped, entities
/// decoded) through the bank profiles, with a note that the file was a web page.
pub(super) fn parse_html(bytes: &[u8], options: &Options) -> Result<Parsed, Error> {
    let decoded = decode(bytes);
    let text = html_rows(&decoded.text);
    let mut parsed = read_sheet(&text, options).ok_or_else(|| {
        unknown_format(text.lines().find(|l| !l.trim_matches(',').is_empty()).unwrap_or_default())
    })?;
    parsed
        .warnings
        .insert(0, Warning { position: Position::row(1), message: Phrase::new(&m::XLS_IS_HTML) });
    Ok(parsed)
}

/// A sheet's text read by a bank profile, as an `.xls` source; `None` when no profile knows it.
fn read_sheet(text: &str, options: &Options) -> Option<Parsed> {
    let mut parsed = bank_csv::parse_known(text, options)?;
    parsed.source = Source::BankXls;
    for row in &mut parsed.transactions {
        row.source = Source::BankXls;
    }
    Some(parsed)
}

/// One cell as the text a CSV would hold.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) => from_excel_serial(dt.as_f64(), false)
            .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_else(|| number(dt.as_f64())),
    }
}

/// The shortest decimal of a number cell: whole numbers without `.0`, the rest as Rust writes
/// them (the shortest text that reads back as the same float).
fn number(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// Appends one row as a CSV line: a cell holding the delimiter or a quote is quoted, line
/// breaks inside a cell become spaces (one sheet row, one line).
fn push_row(text: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            text.push(',');
        }
        let cell = cell.replace(['\r', '\n'], " ");
        if cell.contains([',', '"']) {
            text.push('"');
            text.push_str(&cell.replace('"', "\"\""));
            text.push('"');
        } else {
            text.push_str(&cell);
        }
    }
    text.push('\n');
}

/// The rows of the HTML's tables as CSV lines.
fn html_rows(html: &str) -> String {
    let mut text = String::new();
    let lower = html.to_ascii_lowercase();
    let mut at = 0;
    while let Some(start) = lower.get(at..).and_then(|rest| rest.find("<tr")).map(|i| i + at) {
        let end =
            lower.get(start..).and_then(|r| r.find("</tr")).map_or(lower.len(), |i| i + start);
        let row_lower = lower.get(start..end).unwrap_or_default();
        let row = html.get(start..end).unwrap_or_default();
        let mut cells = Vec::new();
        let mut from = 0;
        while let Some(open) = next_cell(row_lower, from) {
            let Some(content_start) =
                row_lower.get(open..).and_then(|r| r.find('>')).map(|i| open + i + 1)
            else {
                break;
            };
            let close = next_cell(row_lower, content_start).unwrap_or(row_lower.len());
            let inner = row_lower.get(content_start..close).unwrap_or_default();
            let inner_end =
                inner.find("</td").or_else(|| inner.find("</th")).unwrap_or(inner.len());
            let content = row.get(content_start..content_start + inner_end).unwrap_or_default();
            cells.push(unescape_html(&strip_tags(content)).trim().to_string());
            from = close;
            if cells.len() >= MAX_COLUMNS {
                break;
            }
        }
        push_row(&mut text, cells.into_iter());
        at = end.max(start + 3);
    }
    text
}

/// Where the next `<td` or `<th` opens at or after `from`.
fn next_cell(lower: &str, from: usize) -> Option<usize> {
    let rest = lower.get(from..)?;
    let td = rest.find("<td");
    let th = rest.find("<th");
    match (td, th) {
        (Some(a), Some(b)) => Some(from + a.min(b)),
        (Some(a), None) | (None, Some(a)) => Some(from + a),
        (None, None) => None,
    }
}

fn strip_tags(content: &str) -> String {
    let mut out = String::with_capacity(content.len());
    let mut in_tag = false;
    for c in content.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_tables_become_rows() {
        let html = "<html><body><table><tr><th>交易日期</th><th>金额</th></tr>\
            <tr><td>2024-01-02</td><td><b>1,234.50</b></td></tr>\
            <tr><td>A&amp;B &#20013;</td><td>x\"y</td></tr></table></body></html>";
        assert_eq!(html_rows(html), "交易日期,金额\n2024-01-02,\"1,234.50\"\nA&B 中,\"x\"\"y\"\n");
        assert!(is_html_table(html.as_bytes()));
        assert!(!is_html_table(b"a,b\n1,2\n"));
        assert_eq!(html_rows("<tr><td>unclosed"), "unclosed\n");
        assert_eq!(html_rows("<tr<td"), "\n");
    }

    #[test]
    fn sector_chains_that_loop_are_found() {
        assert!(acyclic(&[1, 2, MAX_SECTOR_ID + 1, 0xFFFF_FFFE]));
        assert!(!acyclic(&[1, 2, 0]), "0 → 1 → 2 → 0");
        assert!(!acyclic(&[0]), "a sector naming itself");
        assert!(acyclic(&[7]), "past the table ends the chain");
    }

    #[test]
    fn numbers_as_their_shortest_text() {
        assert_eq!(number(1234.0), "1234");
        assert_eq!(number(13.4), "13.4");
        assert_eq!(number(-0.5), "-0.5");
        assert_eq!(number(f64::NAN), "NaN");
    }
}
