//! Writes the synthetic WeChat Pay statement of `wechat.rs` as an XLSX workbook: SpreadsheetML
//! parts (one sheet, shared strings, a "¥" number style) in a deflated ZIP, like Excel's own.
//! Native only: the page never writes workbooks, so the `.wasm` carries no ZIP writer.

use crate::wechat::{sheet_rows, wechat_records, Cell};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{Cursor, Write as _};
use yearbook::money::format_minor;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// A synthetic WeChat Pay XLSX export of `rows` data rows: [`wechat_records`] of the same
/// `(rows, seed)`, header on row 18 (the 2026 layout).
pub fn wechat_xlsx(rows: usize, seed: u64) -> Vec<u8> {
    let records = wechat_records(rows, seed);
    let (sheet, strings) = sheet_xml(&sheet_rows(&records));
    let parts: [(&str, &str); 7] = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", &strings),
        ("xl/worksheets/sheet1.xml", &sheet),
    ];
    zip_parts(&parts)
}

fn zip_parts(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, text) in parts {
        // Writing into memory only fails on a bug here; an empty result would then show it.
        let written =
            writer.start_file(*name, options).is_ok() && writer.write_all(text.as_bytes()).is_ok();
        if !written {
            return Vec::new();
        }
    }
    writer.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// Excel's column letters: 0 → A, 25 → Z, 26 → AA.
fn column(mut index: usize) -> String {
    let mut name = Vec::new();
    index += 1;
    while index > 0 {
        let rest = (index - 1) % 26;
        name.push(b'A' + rest as u8);
        index = (index - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The worksheet and its shared strings.
fn sheet_xml(rows: &[Vec<Cell>]) -> (String, String) {
    let mut strings: Vec<&str> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut sheet = String::with_capacity(rows.len() * 420 + 1024);
    let _ = write!(
        sheet,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <worksheet xmlns=\"{MAIN}\"><dimension ref=\"A1:K{}\"/><sheetData>",
        rows.len().max(1)
    );
    for (r, row) in rows.iter().enumerate() {
        if row.is_empty() {
            continue;
        }
        let r = r + 1;
        let _ = write!(sheet, "<row r=\"{r}\">");
        for (c, cell) in row.iter().enumerate() {
            let reference = format!("{}{r}", column(c));
            match cell {
                Cell::Text(text) => {
                    let next = strings.len();
                    let at = *index.entry(text.as_str()).or_insert(next);
                    if at == next {
                        strings.push(text);
                    }
                    let _ = write!(sheet, "<c r=\"{reference}\" t=\"s\"><v>{at}</v></c>");
                }
                Cell::Yuan(minor) => {
                    let value = format_minor(*minor, 2).replace(',', "");
                    let _ = write!(sheet, "<c r=\"{reference}\" s=\"1\"><v>{value}</v></c>");
                }
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let mut shared = String::with_capacity(strings.iter().map(|s| s.len() + 40).sum::<usize>());
    let _ = write!(
        shared,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <sst xmlns=\"{MAIN}\" count=\"{n}\" uniqueCount=\"{n}\">",
        n = strings.len()
    );
    for text in &strings {
        let _ = write!(shared, "<si><t xml:space=\"preserve\">{}</t></si>", escape(text));
    }
    shared.push_str("</sst>");
    (sheet, shared)
}

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets><sheet name="微信支付账单明细" sheetId="1" r:id="rId1"/></sheets></workbook>"#;

const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;

/// cellXfs: 0 general, 1 an amount shown as "¥1,234.00".
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;¥&quot;#,##0.00"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"#;
