//! The sections of a `.wasm` file, read just far enough to list its custom sections and to drop
//! the `name` section (function names for debuggers and profilers: about a sixth of the module,
//! and nothing the page needs). `dist` strips it from the page's module; `bench` builds its copy
//! with `wasm-bindgen --remove-name-section`, which gives the same bytes.

use std::fs;
use std::path::Path;

use crate::Result;

/// The 8 bytes every module starts with: `\0asm` and version 1.
const HEADER: [u8; 8] = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
/// The id of a custom section (whose payload starts with its name).
const CUSTOM: u8 = 0;

/// One section: its id, where its payload is, and where the whole section (id and size
/// included) starts and ends.
struct Section<'a> {
    id: u8,
    payload: &'a [u8],
    start: usize,
    end: usize,
}

/// An unsigned LEB128 number at `bytes[*at..]` (at most 32 bits), advancing `at`.
fn read_u32(bytes: &[u8], at: &mut usize) -> Result<u32> {
    let mut value: u32 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(*at).ok_or("the module ends inside a number")?;
        *at += 1;
        value |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err("a number in the module is longer than 5 bytes".to_string())
}

fn sections(bytes: &[u8]) -> Result<Vec<Section<'_>>> {
    if bytes.get(..HEADER.len()) != Some(&HEADER[..]) {
        return Err("not a WebAssembly module (version 1)".to_string());
    }
    let mut found = Vec::new();
    let mut at = HEADER.len();
    while at < bytes.len() {
        let start = at;
        let id = bytes[at];
        at += 1;
        let size = read_u32(bytes, &mut at)? as usize;
        let end = at.checked_add(size).filter(|&end| end <= bytes.len());
        let end = end.ok_or_else(|| format!("section {id} at byte {start} runs past the end"))?;
        found.push(Section { id, payload: &bytes[at..end], start, end });
        at = end;
    }
    Ok(found)
}

fn custom_name<'a>(section: &Section<'a>) -> Option<&'a str> {
    if section.id != CUSTOM {
        return None;
    }
    let mut at = 0;
    let len = read_u32(section.payload, &mut at).ok()? as usize;
    std::str::from_utf8(section.payload.get(at..at.checked_add(len)?)?).ok()
}

/// The names of the module's custom sections, in order.
pub fn custom_sections(bytes: &[u8]) -> Result<Vec<String>> {
    Ok(sections(bytes)?.iter().filter_map(custom_name).map(str::to_string).collect())
}

/// The module without its `name` custom section; every other byte as it was.
pub fn without_name_section(bytes: &[u8]) -> Result<Vec<u8>> {
    let sections = sections(bytes)?;
    let mut out = HEADER.to_vec();
    for section in sections {
        if custom_name(&section) != Some("name") {
            out.extend_from_slice(&bytes[section.start..section.end]);
        }
    }
    Ok(out)
}

/// Rewrites the module at `path` without its `name` section; returns the bytes saved.
pub fn remove_name_section(path: &Path) -> Result<usize> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let stripped = without_name_section(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    if stripped.len() != bytes.len() {
        fs::write(path, &stripped).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(bytes.len() - stripped.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A section: id, LEB128 size, payload.
    fn section(id: u8, payload: &[u8]) -> Vec<u8> {
        let mut out = vec![id];
        let mut size = payload.len();
        loop {
            let byte = (size & 0x7f) as u8;
            size >>= 7;
            out.push(if size == 0 { byte } else { byte | 0x80 });
            if size == 0 {
                break;
            }
        }
        out.extend_from_slice(payload);
        out
    }

    fn custom(name: &str, body: &[u8]) -> Vec<u8> {
        let mut payload = vec![name.len() as u8];
        payload.extend_from_slice(name.as_bytes());
        payload.extend_from_slice(body);
        section(CUSTOM, &payload)
    }

    /// A module with a type section, a 200-byte `name` section (a two-byte size) between two
    /// other custom sections, and a code-like section after them.
    fn module() -> Vec<u8> {
        let mut bytes = HEADER.to_vec();
        bytes.extend(section(1, &[1, 0x60, 0, 0]));
        bytes.extend(custom("producers", b"rustc"));
        bytes.extend(custom("name", &[7; 200]));
        bytes.extend(custom("target_features", b"+bulk-memory"));
        bytes.extend(section(10, &[0xaa; 130]));
        bytes
    }

    #[test]
    fn the_name_section_goes_and_every_other_byte_stays() {
        let bytes = module();
        assert_eq!(custom_sections(&bytes).unwrap(), ["producers", "name", "target_features"]);
        let stripped = without_name_section(&bytes).unwrap();
        assert_eq!(custom_sections(&stripped).unwrap(), ["producers", "target_features"]);
        let name = custom("name", &[7; 200]);
        assert_eq!(stripped.len(), bytes.len() - name.len());
        let at = bytes.windows(name.len()).position(|w| w == name.as_slice()).unwrap();
        let mut expected = bytes[..at].to_vec();
        expected.extend_from_slice(&bytes[at + name.len()..]);
        assert_eq!(stripped, expected);
        // Stripping again changes nothing.
        assert_eq!(without_name_section(&stripped).unwrap(), stripped);
    }

    #[test]
    fn a_file_on_disk_is_rewritten_without_its_names() {
        let dir = std::env::temp_dir().join(format!("xtask-wasm-module-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("m.wasm");
        fs::write(&path, module()).unwrap();
        assert_eq!(remove_name_section(&path).unwrap(), custom("name", &[7; 200]).len());
        assert_eq!(remove_name_section(&path).unwrap(), 0);
        assert!(!custom_sections(&fs::read(&path).unwrap()).unwrap().contains(&"name".into()));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn damaged_modules_are_refused_not_misread() {
        assert!(custom_sections(b"\0asm\x02\0\0\0").is_err(), "version 2");
        assert!(custom_sections(b"PK\x03\x04").is_err(), "not wasm");
        let mut truncated = module();
        truncated.truncate(truncated.len() - 1);
        assert!(without_name_section(&truncated).is_err(), "last section cut short");
        let mut endless = HEADER.to_vec();
        endless.extend([0, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
        assert!(custom_sections(&endless).is_err(), "six-byte size");
    }
}
