//! `cargo xtask build` / `dist`: the release wasm build and the assembly of the page into ONE
//! self-contained file, `dist/yearbook.html` (and `dist/index.html`, the same bytes, so `/` works).
//!
//! `www/index.html` is a template. Each `<!--inline KIND FILE [id=ID]-->` marker is replaced by
//! the file's content (from `www/`, or wasm-bindgen's glue from `pkg/`):
//!
//! - `style FILE`: a `<style>` element, allowed by the CSP through its SHA-256;
//! - `script FILE`: a classic `<script>`, allowed by the CSP through its SHA-256 (with
//!   `strip-line-comments`, lines that are only a `//` comment are left out);
//! - `data FILE`: a `<script type="text/plain">` data block, never executed by the page (the
//!   worker's source, which the page hands to a `blob:` Worker);
//! - `wasm`: the `.wasm` as base64 in a `<script type="application/octet-stream">` data block.
//!
//! In the CSP meta, `{{script-hashes}}` and `{{style-hashes}}` become the hashes of those
//! elements. Finally the built file is scanned for any reference to anything outside itself
//! ([`external_references`]) and for scripts that would turn text into markup or code
//! ([`markup_sinks`]); one finding is enough to fail the build.

use std::fs;
use std::path::Path;
use std::process::Command;

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::toolchain::{self, Wasm};
use crate::{cmd, Result};

/// The built page's file name; `index.html` is a copy of it.
pub const PAGE: &str = "yearbook.html";

/// Bootstraps the toolchain, builds the release wasm and assembles `dist/`.
pub fn dist(root: &Path) -> Result<()> {
    let wasm = Wasm::ensure(root)?;
    println!("xtask: wasm32 via {}", wasm.describe());
    dist_with(root, &wasm)
}

/// [`dist`] with a wasm32 toolchain that is already known.
pub fn dist_with(root: &Path, wasm: &Wasm) -> Result<()> {
    toolchain::ensure_wasm_bindgen_cli(root)?;
    build_wasm(root, wasm, &root.join("pkg"))?;
    let summary = assemble(root)?;
    println!("{summary}");
    Ok(())
}

/// wasm-bindgen's `no-modules` glue: a classic script that defines one global, `wasm_bindgen`.
/// Unlike the ES-module glue it runs as an inline script in the page and, unchanged, at the top
/// of the worker's classic script, with no `import` to resolve against a URL.
const BINDGEN_TARGET: &str = "no-modules";

/// The two steps `wasm-pack build` runs, without wasm-pack (which cannot pass
/// `--remove-name-section` on): cargo builds the release module, then wasm-bindgen writes it and
/// its glue to `out_dir` (`pkg/` for the page, the bench's own copy) without the `name` section (function names for debuggers and profilers, a
/// sixth of the module, 364 KiB; nothing the page needs). The bytes are the same as those of
/// wasm-pack's module with the section cut out afterwards (checked when this replaced that).
pub fn build_wasm(root: &Path, wasm: &Wasm, out_dir: &Path) -> Result<()> {
    let mut build = Command::new("cargo");
    build
        .args(["build", "--lib", "--release", "--target", toolchain::WASM_TARGET])
        .current_dir(root);
    wasm.apply(&mut build);
    cmd::run(&mut build)?;
    let target_dir = match wasm {
        Wasm::Rustup => root.join("target"),
        Wasm::Debian { target_dir, .. } => target_dir.clone(),
    };
    let module = target_dir.join(toolchain::WASM_TARGET).join("release/yearbook.wasm");
    let mut bindgen = Command::new("wasm-bindgen");
    bindgen
        .args(["--target", BINDGEN_TARGET, "--out-name", "yearbook", "--remove-name-section"])
        .arg("--out-dir")
        .arg(out_dir)
        .arg(&module)
        .current_dir(root);
    cmd::run(&mut bindgen)
}

/// Rebuilds `dist/` from `www/` and `pkg/`; returns a one-line size report.
pub fn assemble(root: &Path) -> Result<String> {
    let www = root.join("www");
    let pkg = root.join("pkg");
    let dist = root.join("dist");
    let template_path = www.join("index.html");
    let template = fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let wasm_path = pkg.join("yearbook_bg.wasm");
    let wasm =
        fs::read(&wasm_path).map_err(|e| format!("cannot read {}: {e}", wasm_path.display()))?;
    let read_source = |name: &str| -> Result<String> {
        // The page's own files first; wasm-bindgen's glue comes from pkg/.
        let path = [www.join(name), pkg.join(name)].into_iter().find(|p| p.is_file());
        let path = path.ok_or_else(|| format!("{name}: no such file in www/ or pkg/"))?;
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let page = inline(&template, &read_source, &wasm)?;
    let mut found = external_references(&page.html);
    found.extend(markup_sinks(&page.html));
    if !found.is_empty() {
        return Err(format!(
            "the built page must be self-contained and put statement text in as text only, \
             but it has:\n  {}",
            found.join("\n  ")
        ));
    }

    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear {}: {e}", dist.display()))?;
    }
    fs::create_dir_all(&dist).map_err(|e| format!("cannot create {}: {e}", dist.display()))?;
    for name in [PAGE, "index.html"] {
        let path = dist.join(name);
        fs::write(&path, &page.html)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(format!(
        "dist/{PAGE} (and the same bytes as dist/index.html): {}, self-contained; the wasm is {} \
         inline as base64; {} scripts and {} style sheet allowed by hash",
        human_size(page.html.len() as u64),
        human_size(wasm.len() as u64),
        page.script_hashes.len(),
        page.style_hashes.len(),
    ))
}

/// The assembled page and the hashes its CSP names.
#[derive(Debug)]
struct Page {
    html: String,
    script_hashes: Vec<String>,
    style_hashes: Vec<String>,
}

/// Replaces every `<!--inline …-->` marker of `template` (see the module doc) and fills the
/// CSP's hash lists. `read_source` returns a file's text by name.
fn inline(
    template: &str,
    read_source: &dyn Fn(&str) -> Result<String>,
    wasm: &[u8],
) -> Result<Page> {
    const OPEN: &str = "<!--inline ";
    let mut html = String::with_capacity(template.len() + wasm.len() * 4 / 3 + 1024);
    let mut script_hashes = Vec::new();
    let mut style_hashes = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find(OPEN) {
        html.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len()..];
        let end = after.find("-->").ok_or("www/index.html: an <!--inline marker is not closed")?;
        let marker = after[..end].trim();
        rest = &after[end + 3..];
        let words: Vec<&str> = marker.split_whitespace().collect();
        let id = words.iter().find_map(|w| w.strip_prefix("id=")).unwrap_or_default();
        let id_attribute = if id.is_empty() { String::new() } else { format!(" id=\"{id}\"") };
        let file = || {
            words.get(1).copied().filter(|w| !w.starts_with("id=")).ok_or_else(|| {
                format!("<!--inline {marker}-->: which file? (e.g. <!--inline script app.js-->)")
            })
        };
        match words.first().copied() {
            Some("style") => {
                let css = read_source(file()?)?;
                check_embeddable(file()?, &css, "</style")?;
                style_hashes.push(csp_hash(&css));
                html.push_str(&format!("<style{id_attribute}>{css}</style>"));
            }
            Some("script") => {
                let mut js = read_source(file()?)?;
                if words.contains(&"strip-line-comments") {
                    js = strip_line_comments(&js);
                }
                check_embeddable(file()?, &js, "</script")?;
                script_hashes.push(csp_hash(&js));
                html.push_str(&format!("<script{id_attribute}>{js}</script>"));
            }
            Some("data") => {
                let text = read_source(file()?)?;
                check_embeddable(file()?, &text, "</script")?;
                html.push_str(&format!(
                    "<script type=\"text/plain\"{id_attribute}>{text}</script>"
                ));
            }
            Some("wasm") => {
                let encoded = base64::engine::general_purpose::STANDARD.encode(wasm);
                html.push_str(&format!(
                    "<script type=\"application/octet-stream\"{id_attribute}>{encoded}</script>"
                ));
            }
            _ => {
                return Err(format!("<!--inline {marker}-->: expected style, script, data or wasm"))
            }
        }
    }
    html.push_str(rest);
    for (placeholder, hashes) in
        [("{{script-hashes}}", &script_hashes), ("{{style-hashes}}", &style_hashes)]
    {
        if !html.contains(placeholder) {
            return Err(format!("www/index.html: the CSP meta has no {placeholder}"));
        }
        let list: Vec<String> = hashes.iter().map(|h| format!("'{h}'")).collect();
        // A CSP source list may not be empty: 'none' when nothing of the kind is inlined.
        let list = if list.is_empty() { "'none'".to_string() } else { list.join(" ") };
        html = html.replace(placeholder, &list);
    }
    Ok(Page { html, script_hashes, style_hashes })
}

/// Drops every line that is only a `//` comment. For wasm-bindgen's glue, whose comments cite
/// documentation by URL: the shipped page then holds no URL at all, not even in a comment.
fn strip_line_comments(js: &str) -> String {
    let kept: Vec<&str> = js.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
    kept.join("\n")
}

/// Text placed inside `<script>` or `<style>` ends the element at its first `</script` or
/// `</style`, and `<!--` puts a script into the HTML parser's escaped state: refuse both.
fn check_embeddable(name: &str, text: &str, closing: &str) -> Result<()> {
    let lower = text.to_ascii_lowercase();
    for bad in [closing, "<!--"] {
        if lower.contains(bad) {
            return Err(format!("{name} contains `{bad}`, which would break out of its element"));
        }
    }
    Ok(())
}

/// The CSP source expression's digest: `sha256-` and the base64 of the SHA-256 of the element's
/// exact text, as the browser hashes it.
fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// Every reference in `html` to something outside the file, one line each (empty when the page is
/// self-contained):
///
/// - a URL with a scheme and `//` anywhere (`https://`, `wss://`, `file://`), or an `http:` /
///   `https:` / `ws:` / `wss:` / `ftp:` scheme anywhere (page text and scripts included);
/// - in markup: a `src`, `href`, `srcset`, `action`, `formaction`, `poster`, `ping`, `data`,
///   `background`, `manifest`, `codebase`, `cite` or `xlink:href` attribute whose value is not
///   `#…` or a `data:` URL (so `//host/x` and `app.js` are both caught), a `<base>`, `<iframe>`,
///   `<frame>`, `<object>`, `<embed>`, `<portal>` or a `<meta http-equiv="refresh">`;
/// - in CSS (style elements and attributes): `url(`, `@import`, `image-set(`;
/// - in scripts: `import(`, `importScripts(`, a static `import … from`, `sourceMappingURL`,
///   `XMLHttpRequest`, `WebSocket`, `EventSource`, `sendBeacon`, and `fetch(` outside
///   wasm-bindgen's glue (its `fetch` path runs only when its init gets a URL, which the page
///   never passes; the CSP's `connect-src 'none'` would block it anyway).
///
/// `blob:` URLs exist only at run time (the worker), so none is written in the file.
pub fn external_references(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let lower = html.to_ascii_lowercase();
    for (at, _) in lower.match_indices("://") {
        let scheme_start = lower[..at]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || "+-.".contains(c)))
            .map_or(0, |i| i + 1);
        found.push(format!("a URL `{}`", excerpt(html, scheme_start, at + 3 + 24)));
    }
    for scheme in ["http:", "https:", "ws:", "wss:", "ftp:"] {
        for (at, _) in lower.match_indices(scheme) {
            let boundary =
                lower[..at].chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric());
            let has_slashes = lower[at + scheme.len()..].starts_with("//");
            if boundary && !has_slashes {
                found.push(format!("the scheme `{}`", excerpt(html, at, at + scheme.len() + 24)));
            }
        }
    }
    let mut cursor = 0;
    while let Some(open) = lower[cursor..].find('<').map(|i| i + cursor) {
        let Some(close) = lower[open..].find('>').map(|i| i + open) else { break };
        let tag = &html[open..=close];
        let name = tag_name(tag);
        if !name.starts_with('!') && !name.starts_with('/') {
            check_tag(&name, tag, &mut found);
        }
        cursor = close + 1;
        // Element content that is not markup: look inside it with the right rules, then skip it.
        if matches!(name.as_str(), "script" | "style") {
            let closing = format!("</{name}");
            let end = lower[cursor..].find(&closing).map_or(lower.len(), |i| i + cursor);
            let content = &html[cursor..end];
            if name == "style" {
                check_css(content, "a <style> element", &mut found);
            } else {
                let kind = attribute(tag, "type").unwrap_or_default().to_ascii_lowercase();
                let executed = kind.is_empty() || kind.contains("javascript") || kind == "module";
                let id = attribute(tag, "id").unwrap_or_default();
                // The worker's source is a data block for the page, but it runs in the worker.
                if executed || kind == "text/plain" {
                    check_script(content, id == "yearbook-glue", &id, &mut found);
                }
            }
            cursor = end;
        }
    }
    found
}

/// Every use in the page's scripts of an API that turns a string into markup or code
/// (`innerHTML`, `outerHTML`, `insertAdjacentHTML`, `document.write`, `eval(`, `new Function`):
/// statement text must reach the DOM only through `textContent`, and the CSP forbids the rest.
pub fn markup_sinks(html: &str) -> Vec<String> {
    const SINKS: &[&str] = &[
        "innerhtml",
        "outerhtml",
        "insertadjacenthtml",
        "document.write",
        "eval(",
        "new function",
        "srcdoc",
    ];
    let mut found = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut cursor = 0;
    while let Some(open) = lower[cursor..].find("<script").map(|i| i + cursor) {
        let Some(body) = lower[open..].find('>').map(|i| i + open + 1) else { break };
        let end = lower[body..].find("</script").map_or(lower.len(), |i| i + body);
        let tag = &html[open..body];
        let kind = attribute(tag, "type").unwrap_or_default().to_ascii_lowercase();
        if kind.is_empty() || kind.contains("javascript") || kind == "text/plain" {
            for sink in SINKS {
                if lower[body..end].contains(sink) {
                    let id = attribute(tag, "id").unwrap_or_default();
                    found.push(format!("`{sink}` in script #{id}"));
                }
            }
        }
        cursor = end;
    }
    found
}

fn excerpt(text: &str, start: usize, end: usize) -> String {
    let end = end.min(text.len());
    let end = (end..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
    text[start..end].split(['\n', '"', '\'', ')', ' ', '<']).next().unwrap_or_default().to_string()
}

/// `script` for `<script id=x>`, `/script` for `</script>`, `!doctype` for `<!doctype html>`.
fn tag_name(tag: &str) -> String {
    let name: String =
        tag.chars().skip(1).take_while(|c| !c.is_whitespace() && *c != '>').collect();
    let name = if name.len() > 1 { name.trim_end_matches('/') } else { name.as_str() };
    name.to_ascii_lowercase()
}

/// The value of `name="…"` (or `'…'`, or unquoted) in one tag, case-insensitively.
fn attribute(tag: &str, name: &str) -> Option<String> {
    attributes(tag).into_iter().find(|(n, _)| n == name).map(|(_, v)| v)
}

/// Every `name=value` of one tag, names lower-cased, values unquoted.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let inner = tag.trim_start_matches('<').trim_end_matches('>').trim_end_matches('/');
    let mut chars = inner.char_indices().peekable();
    // Skip the tag name.
    while chars.next_if(|(_, c)| !c.is_whitespace()).is_some() {}
    let mut out = Vec::new();
    loop {
        while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        let Some(&(start, _)) = chars.peek() else { break };
        let mut end = start;
        while let Some((i, c)) = chars.next_if(|(_, c)| !c.is_whitespace() && *c != '=') {
            end = i + c.len_utf8();
        }
        let name = inner[start..end].to_ascii_lowercase();
        while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if(|(_, c)| *c == '=').is_some() {
            while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
            match chars.peek().map(|(_, c)| *c) {
                Some(quote @ ('"' | '\'')) => {
                    chars.next();
                    for (_, c) in chars.by_ref() {
                        if c == quote {
                            break;
                        }
                        value.push(c);
                    }
                }
                _ => {
                    while let Some((_, c)) = chars.next_if(|(_, c)| !c.is_whitespace()) {
                        value.push(c);
                    }
                }
            }
        }
        if name.is_empty() {
            chars.next();
            continue;
        }
        out.push((name, value));
    }
    out
}

const URL_ATTRIBUTES: &[&str] = &[
    "src",
    "href",
    "srcset",
    "action",
    "formaction",
    "poster",
    "ping",
    "data",
    "background",
    "manifest",
    "codebase",
    "cite",
    "xlink:href",
    "imagesrcset",
];
const FOREIGN_ELEMENTS: &[&str] =
    &["base", "iframe", "frame", "object", "embed", "portal", "applet"];

fn check_tag(name: &str, tag: &str, found: &mut Vec<String>) {
    if FOREIGN_ELEMENTS.contains(&name) {
        found.push(format!("a <{name}> element"));
    }
    for (attribute, value) in attributes(tag) {
        let value = value.trim();
        if URL_ATTRIBUTES.contains(&attribute.as_str()) {
            let local = value.starts_with('#') || value.to_ascii_lowercase().starts_with("data:");
            if !local {
                found.push(format!("<{name} {attribute}=\"{value}\">"));
            }
        }
        if attribute == "style" {
            check_css(value, &format!("a style attribute of <{name}>"), found);
        }
        if attribute == "http-equiv" && value.eq_ignore_ascii_case("refresh") {
            found.push("a <meta http-equiv=\"refresh\">".to_string());
        }
    }
}

fn check_css(css: &str, place: &str, found: &mut Vec<String>) {
    let lower = css.to_ascii_lowercase();
    for bad in ["url(", "@import", "image-set("] {
        if lower.contains(bad) {
            found.push(format!("`{bad}` in {place}"));
        }
    }
}

fn check_script(js: &str, is_bindgen_glue: bool, id: &str, found: &mut Vec<String>) {
    let place = if id.is_empty() { "a script".to_string() } else { format!("script #{id}") };
    let mut bad: Vec<&str> = vec![
        "import(",
        "importscripts(",
        "sourcemappingurl",
        "xmlhttprequest",
        "websocket",
        "eventsource",
        "sendbeacon",
    ];
    if !is_bindgen_glue {
        bad.push("fetch(");
    }
    let lower = js.to_ascii_lowercase();
    for word in bad {
        if lower.contains(word) {
            found.push(format!("`{word}` in {place}"));
        }
    }
    // A static import names a module by URL; classic scripts have none.
    for line in lower.lines().map(str::trim_start) {
        if line.starts_with("import ") && (line.contains(" from ") || line.contains(['"', '\''])) {
            found.push(format!("a static import in {place}: `{line}`"));
        }
    }
}

fn human_size(bytes: u64) -> String {
    match bytes {
        0..1024 => format!("{bytes} B"),
        1024..1_048_576 => format!("{:.1} KiB", bytes as f64 / 1024.0),
        _ => format!("{:.2} MiB", bytes as f64 / 1_048_576.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSP: &str = r#"<meta http-equiv="Content-Security-Policy" content="script-src {{script-hashes}} 'wasm-unsafe-eval'; style-src {{style-hashes}}">"#;

    fn sources(name: &str) -> Result<String> {
        match name {
            "style.css" => Ok("body { color: red; }".into()),
            "app.js" => Ok("console.log(1);".into()),
            "worker.js" => Ok("self.onmessage = () => {};".into()),
            "evil.js" => Ok("x = '</script><script>alert(1)';".into()),
            other => Err(format!("{other}: no such file")),
        }
    }

    #[test]
    fn markers_become_inline_elements_and_hashes_fill_the_csp() {
        let template = format!(
            "<head>{CSP}<!--inline style style.css--></head><body>\
             <!--inline wasm id=yearbook-wasm--><!--inline data worker.js id=yearbook-worker-->\
             <!--inline script app.js--></body>"
        );
        let page = inline(&template, &sources, b"\0asm").expect("assembles");
        assert!(page.html.contains("<style>body { color: red; }</style>"), "{}", page.html);
        assert!(page.html.contains(
            r#"<script type="application/octet-stream" id="yearbook-wasm">AGFzbQ==</script>"#
        ));
        assert!(page.html.contains(
            r#"<script type="text/plain" id="yearbook-worker">self.onmessage = () => {};</script>"#
        ));
        assert!(page.html.contains("<script>console.log(1);</script>"));
        // Only executed scripts are hashed; the worker's data block is not.
        assert_eq!(page.script_hashes.len(), 1);
        // sha256("console.log(1);"), as `printf 'console.log(1);' | openssl dgst -sha256 -binary | base64`
        let expected = "'sha256-NcFG924SlHfGQGG8hFEeEJDz1NgFlxPmZj3Us1sfdkI='";
        assert!(page.html.contains(&format!("script-src {expected} 'wasm-unsafe-eval'")));
        assert!(page.html.contains("style-src 'sha256-"), "{}", page.html);
        assert!(!page.html.contains("{{"), "every placeholder is filled");
    }

    #[test]
    fn line_comments_are_stripped_on_request_only() {
        let js =
            "let a = 1; // keeps a trailing comment\n    // see https://x.example/\nlet b = '//';";
        assert_eq!(
            strip_line_comments(js),
            "let a = 1; // keeps a trailing comment\nlet b = '//';"
        );
    }

    #[test]
    fn hashes_are_sha256_in_base64() {
        // RFC 6234's "abc" test vector, base64 of its 32 bytes.
        assert_eq!(csp_hash("abc"), "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
        assert_eq!(csp_hash(""), "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }

    #[test]
    fn content_that_would_break_out_of_its_element_is_refused() {
        let template = format!("{CSP}<!--inline script evil.js-->");
        let error = inline(&template, &sources, b"").expect_err("refused");
        assert!(error.contains("</script"), "{error}");
        let error = inline("<!--inline script missing.js-->", &sources, b"").expect_err("missing");
        assert!(error.contains("missing.js"), "{error}");
        let error = inline("<!--inline picture x.png-->", &sources, b"").expect_err("unknown");
        assert!(error.contains("expected style, script, data or wasm"), "{error}");
        let error = inline("<!--inline script app.js-->", &sources, b"").expect_err("no CSP");
        assert!(error.contains("{{script-hashes}}"), "{error}");
    }

    #[test]
    fn a_self_contained_page_has_no_references() {
        let page = r##"<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'none'">
<link rel="icon" href="data:,"><style>a { color: red } /* 12 rows: 3 */</style></head>
<body><a href="#report">Skip</a><p>Rows: 12. Shows: ws and http headers are not URLs.</p>
<script id="yearbook-glue">if (x) { module_or_path = fetch(module_or_path); }</script>
<script type="application/octet-stream">AGFzbQ+/==</script>
<script>const url = URL.createObjectURL(blob); worker = new Worker(url); // a comment</script>
</body></html>"##;
        assert_eq!(external_references(page), Vec::<String>::new());
    }

    #[test]
    fn every_kind_of_external_reference_is_found() {
        for (html, says) in [
            (r#"<script src="app.js"></script>"#, r#"<script src="app.js">"#),
            (r#"<img src='//cdn.example/x.png'>"#, "<img src=\"//cdn.example/x.png\">"),
            (r#"<link rel=stylesheet href=style.css>"#, "<link href=\"style.css\">"),
            (r#"<form action="/upload">"#, "<form action=\"/upload\">"),
            (r#"<button formaction="x">"#, "formaction"),
            (r#"<img srcset="a.png 2x">"#, "srcset"),
            (r#"<a ping="p">"#, "ping"),
            (r#"<p>see https://example.org</p>"#, "a URL `https://example.org`"),
            (r#"<p>wss://example.org/live</p>"#, "a URL `wss://example.org/live`"),
            (r#"<p>http:example</p>"#, "the scheme `http:example`"),
            (r#"<base target=_blank>"#, "<base>"),
            (r#"<iframe></iframe>"#, "<iframe>"),
            (r#"<object></object>"#, "<object>"),
            (r#"<embed>"#, "<embed>"),
            (r#"<meta http-equiv="refresh" content="0">"#, "refresh"),
            (r#"<style>body { background: url(x.png) }</style>"#, "`url(` in a <style>"),
            (r#"<style>@import "x.css";</style>"#, "`@import`"),
            (r#"<div style="background:url(x)">"#, "a style attribute of <div>"),
            (r#"<script>fetch('/log')</script>"#, "`fetch(`"),
            (r#"<script id="yearbook-glue">import('x.js')</script>"#, "`import(`"),
            (r#"<script>importScripts('w.js')</script>"#, "importscripts("),
            (r#"<script>navigator.sendBeacon('/b', d)</script>"#, "sendbeacon"),
            (r#"<script>new WebSocket(u)</script>"#, "websocket"),
            (r#"<script>new XMLHttpRequest()</script>"#, "xmlhttprequest"),
            (r#"<script>new EventSource(u)</script>"#, "eventsource"),
            (r#"<script>//# sourceMappingURL=app.js.map</script>"#, "sourcemappingurl"),
            (r#"<script type="text/plain" id="yearbook-worker">fetch(u)</script>"#, "`fetch(`"),
            ("<script type=\"module\">\nimport { a } from './a.js';\n</script>", "static import"),
        ] {
            let found = external_references(html);
            assert!(
                found.iter().any(|f| f.contains(says)),
                "{html}: expected a finding containing {says:?}, got {found:?}"
            );
        }
    }

    #[test]
    fn scripts_that_would_turn_text_into_markup_or_code_are_found() {
        assert_eq!(
            markup_sinks("<script>el.textContent = name;</script><p>innerHTML is prose here</p>"),
            Vec::<String>::new()
        );
        assert_eq!(
            markup_sinks("<script type=\"application/octet-stream\">innerHTML</script>"),
            Vec::<String>::new(),
            "a data block is never run"
        );
        for (html, sink) in [
            ("<script id=\"app\">cell.innerHTML = merchant;</script>", "innerhtml"),
            ("<script>li.outerHTML = x</script>", "outerhtml"),
            ("<script>ul.insertAdjacentHTML('beforeend', x)</script>", "insertadjacenthtml"),
            ("<script>document.write(x)</script>", "document.write"),
            ("<script type=\"text/plain\" id=\"yearbook-worker\">eval(code)</script>", "eval("),
            ("<script>new Function('return 1')</script>", "new function"),
        ] {
            let found = markup_sinks(html);
            assert!(found.iter().any(|f| f.contains(sink)), "{html}: {found:?}");
        }
    }

    #[test]
    fn attributes_read_quoted_unquoted_and_bare() {
        let tag = r#"<input type=file multiple id="file-input" accept='.csv,.txt'>"#;
        assert_eq!(attribute(tag, "type").as_deref(), Some("file"));
        assert_eq!(attribute(tag, "multiple").as_deref(), Some(""));
        assert_eq!(attribute(tag, "id").as_deref(), Some("file-input"));
        assert_eq!(attribute(tag, "accept").as_deref(), Some(".csv,.txt"));
        assert_eq!(attribute(tag, "src"), None);
    }

    #[test]
    fn sizes_read_as_a_person_would() {
        assert_eq!(human_size(12), "12 B");
        assert_eq!(human_size(2048), "2.0 KiB");
        assert_eq!(human_size(3 * 1_048_576), "3.00 MiB");
    }
}
