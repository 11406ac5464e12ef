//! `cargo xtask serve`: serves `dist/` on 127.0.0.1 for trying the page by hand.
//!
//! Files only: `/` is index.html, no directory listings, and no path may leave `dist/`
//! (`..` is refused and every path must canonicalize to somewhere inside it).

use std::fs::File;
use std::path::{Path, PathBuf};

use tiny_http::{Header, Method, Request, Response, Server};

use crate::{dist, flag_value, Result};

/// Command-line options of `cargo xtask serve`.
pub struct Options {
    port: u16,
    build: bool,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options { port: 8080, build: true };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--port" => {
                    let value = flag_value("--port", args.next())?;
                    options.port = value
                        .parse()
                        .map_err(|_| format!("--port: `{value}` is not a port number"))?;
                }
                "--no-build" => options.build = false,
                other => return Err(format!("serve: unexpected argument `{other}`")),
            }
        }
        Ok(options)
    }
}

pub fn serve(root: &Path, options: &Options) -> Result<()> {
    if options.build {
        dist::dist(root)?;
    }
    let dist_dir = root.join("dist");
    let dist_dir = dist_dir.canonicalize().map_err(|e| {
        format!("cannot open {}: {e} (run `cargo xtask dist` first)", dist_dir.display())
    })?;
    if !dist_dir.join("index.html").is_file() {
        return Err(format!("{} has no index.html", dist_dir.display()));
    }
    let address = ("127.0.0.1", options.port);
    let server = Server::http(address)
        .map_err(|e| format!("cannot listen on 127.0.0.1:{}: {e}", options.port))?;
    println!("Yearbook is at http://127.0.0.1:{}/", options.port);
    for request in server.incoming_requests() {
        respond(&dist_dir, request);
    }
    Ok(())
}

fn respond(dist_dir: &Path, request: Request) {
    let method = request.method().clone();
    let result = if method != Method::Get && method != Method::Head {
        request.respond(text_response(405, "method not allowed\n"))
    } else {
        match resolve(dist_dir, request.url()) {
            Some(path) => match File::open(&path) {
                Ok(file) => {
                    let mut response = Response::from_file(file);
                    for header in headers(content_type(&path)) {
                        response.add_header(header);
                    }
                    request.respond(response)
                }
                Err(_) => request.respond(text_response(404, "not found\n")),
            },
            None => request.respond(text_response(404, "not found\n")),
        }
    };
    if let Err(e) = result {
        eprintln!("xtask serve: could not answer a request: {e}");
    }
}

fn text_response(status: u16, body: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let mut response = Response::from_string(body).with_status_code(status);
    for header in headers("text/plain; charset=utf-8") {
        response.add_header(header);
    }
    response
}

fn headers(content_type: &str) -> Vec<Header> {
    [
        ("Content-Type", content_type),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
    ]
    .into_iter()
    .filter_map(|(name, value)| Header::from_bytes(name, value).ok())
    .collect()
}

/// The file in `dist_dir` (already canonical) that `url` names, or `None` for anything that is not
/// a plain file inside it.
fn resolve(dist_dir: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let path = percent_decode(path)?;
    let relative = path.strip_prefix('/')?;
    let relative = if relative.is_empty() { "index.html" } else { relative };
    if relative.contains("..") || relative.contains('\\') || relative.contains('\0') {
        return None;
    }
    let candidate = dist_dir.join(relative).canonicalize().ok()?;
    (candidate.starts_with(dist_dir) && candidate.is_file()).then_some(candidate)
}

/// `%XX` decoding; `None` for a malformed escape or a result that is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = std::str::from_utf8(bytes.get(index + 1..index + 3)?).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            decoded.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

fn content_type(path: &Path) -> &'static str {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
    match extension.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// A throwaway dist/ with a file inside, a directory, and a secret beside it.
    fn scratch(name: &str) -> (PathBuf, PathBuf) {
        let base = std::env::temp_dir().join(format!("xtask-serve-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&base);
        let dist = base.join("dist");
        fs::create_dir_all(dist.join("assets")).unwrap();
        fs::write(dist.join("index.html"), "<!doctype html>").unwrap();
        fs::write(dist.join("assets/app.js"), "export {}").unwrap();
        fs::write(dist.join("a b.css"), "body {}").unwrap();
        fs::write(base.join("secret.txt"), "no").unwrap();
        (base.clone(), dist.canonicalize().unwrap())
    }

    #[test]
    fn serves_files_inside_dist_only() {
        let (base, dist) = scratch("resolve");
        let ok = |url: &str| resolve(&dist, url);
        assert_eq!(ok("/"), Some(dist.join("index.html")));
        assert_eq!(ok("/?v=1"), Some(dist.join("index.html")));
        assert_eq!(ok("/index.html"), Some(dist.join("index.html")));
        assert_eq!(ok("/assets/app.js#x"), Some(dist.join("assets/app.js")));
        assert_eq!(ok("/a%20b.css"), Some(dist.join("a b.css")));
        for refused in [
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/assets/../index.html",
            "/assets",
            "/assets/",
            "/missing.js",
            "/..%5csecret.txt",
            "/%zz",
            "//etc/passwd",
            "index.html",
        ] {
            assert_eq!(ok(refused), None, "{refused} must be refused");
        }
        fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn symlinks_out_of_dist_are_refused() {
        let (base, dist) = scratch("symlink");
        std::os::unix::fs::symlink(base.join("secret.txt"), dist.join("link.txt")).unwrap();
        assert_eq!(resolve(&dist, "/link.txt"), None);
        fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn content_types() {
        for (file, expected) in [
            ("index.html", "text/html; charset=utf-8"),
            ("app.js", "text/javascript; charset=utf-8"),
            ("worker.mjs", "text/javascript; charset=utf-8"),
            ("style.css", "text/css; charset=utf-8"),
            ("yearbook_bg.wasm", "application/wasm"),
            ("logo.svg", "image/svg+xml"),
            ("icon.PNG", "image/png"),
            ("data.json", "application/json"),
            ("sample.csv", "text/csv; charset=utf-8"),
            ("blob", "application/octet-stream"),
        ] {
            assert_eq!(content_type(Path::new(file)), expected, "{file}");
        }
    }
}
