//! The layers of the core point down: a test that reads the `use` lines (and every other path
//! naming a module of the crate) of `src/`, so that an import running back up a layer fails the
//! build's tests instead of waiting for a reviewer. ARCHITECTURE.md states the same order as an
//! Architecture Invariant. Test code (`#[cfg(test)]` and below) is not read: a unit test may
//! borrow a higher layer's helpers.

#![cfg(not(target_arch = "wasm32"))] // reads the source tree; native only

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The crate's top-level modules from the lowest layer to the highest. A module may name
/// itself and the modules before it, never one after it.
const LAYERS: &[&str] = &[
    "lang",
    "money",
    "decode",
    "phrase",
    "intern",
    "model",
    "choices",
    "error",
    "archive",
    "classify",
    "parse",
    "invariants",
    "report",
    "present",
    "chart",
    "sample",
    "session",
    "web",
];

/// One source file: its module path (`["parse", "bank_csv", "rows"]`) and its code above any
/// `#[cfg(test)]`, comments left out. Files named `tests.rs` are test modules, left out too.
struct Source {
    path: PathBuf,
    module: Vec<String>,
    code: String,
}

fn sources(dir: &Path, module: &[String], out: &mut Vec<Source>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("source folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        if path.is_dir() {
            if name != "bin" {
                sources(&path, &[module, &[name]].concat(), out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") && name != "tests" {
            let text = std::fs::read_to_string(&path).expect("source file");
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            // Comments may name anything (a doc link up to the dispatcher explains, not imports).
            let code: String = code
                .lines()
                .map(|l| l.split("//").next().unwrap_or_default())
                .collect::<Vec<_>>()
                .join("\n");
            let module = match name.as_str() {
                "mod" | "lib" => module.to_vec(),
                _ => [module, &[name]].concat(),
            };
            out.push(Source { path, module, code });
        }
    }
}

fn all_sources() -> Vec<Source> {
    let mut out = Vec::new();
    sources(&common::root().join("src"), &[], &mut out);
    assert!(out.len() > 80, "{} source files", out.len());
    out
}

/// Every path the code names from `prefix` on (`crate::`, `super::super::`), as the segments
/// that follow it: `crate::parse::{table::Row, DateOrder}` gives `parse::table::Row` and
/// `parse::DateOrder`, each split into its segments.
fn paths_after(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue; // `xsuper::` or the inside of a longer chain, read from its own start
        }
        found.extend(expand(&code[at + prefix.len()..]));
    }
    found
}

/// The paths at the start of `text`: `a::b::{c, d::e}` → `a::b::c`, `a::b::d::e`.
fn expand(text: &str) -> Vec<Vec<String>> {
    let mut segments = Vec::new();
    let mut rest = text.trim_start();
    loop {
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    depth += match c {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map_or(group.len(), |(i, _)| i);
            let mut out = Vec::new();
            for part in split_top_level(&group[..end]) {
                for tail in expand(part) {
                    out.push([segments.clone(), tail].concat());
                }
            }
            return out;
        }
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
        if end == 0 {
            return if segments.is_empty() { Vec::new() } else { vec![segments] };
        }
        segments.push(rest[..end].to_string());
        match rest[end..].strip_prefix("::") {
            Some(next) => rest = next,
            None => return vec![segments],
        }
    }
}

fn split_top_level(group: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&group[start..]);
    parts.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

/// Every top-level module `source` names, by `crate::` paths and by `super::` chains that climb
/// to the crate's root.
fn modules_named(source: &Source) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for path in paths_after(&source.code, "crate::") {
        named.insert(path[0].clone());
    }
    for path in resolved_super_paths(source) {
        if let Some(first) = path.first() {
            named.insert(first.clone());
        }
    }
    named
}

/// `super::…` paths of `source` resolved to paths from the crate's root.
fn resolved_super_paths(source: &Source) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for depth in 1..=source.module.len() {
        let prefix = "super::".repeat(depth);
        let base = &source.module[..source.module.len() - depth];
        for path in paths_after(&source.code, &prefix) {
            if path.first().is_some_and(|s| s == "super") {
                continue; // a longer chain, counted at its own depth
            }
            out.push([base.to_vec(), path].concat());
        }
    }
    out
}

#[test]
fn no_module_names_a_higher_layer() {
    let mut broken = Vec::new();
    for source in all_sources() {
        let Some(own) = source.module.first() else { continue };
        let Some(level) = LAYERS.iter().position(|l| l == own) else { continue };
        for named in modules_named(&source) {
            if LAYERS.iter().position(|l| *l == named).is_some_and(|at| at > level) {
                broken.push(format!("{} names crate::{named}", source.path.display()));
            }
        }
    }
    assert!(broken.is_empty(), "imports running up a layer:\n{}", broken.join("\n"));
}

#[test]
fn the_low_modules_never_name_the_parsers_or_the_classifier() {
    for source in all_sources() {
        let named = modules_named(&source);
        let module = source.module.first().map(String::as_str);
        if matches!(module, Some("error" | "model" | "decode" | "choices")) {
            assert!(!named.contains("parse"), "{} names crate::parse", source.path.display());
        }
        if module == Some("model") {
            assert!(!named.contains("classify"), "{} names crate::classify", source.path.display());
        }
    }
}

#[test]
fn no_reader_imports_the_dispatcher() {
    let sources = all_sources();
    let dispatcher = sources.iter().find(|s| s.module == ["parse"]).expect("parse/mod.rs");
    // What `parse/mod.rs` declares as modules; every other name there is the dispatcher's own.
    let submodules: BTreeSet<String> = dispatcher
        .code
        .lines()
        .filter_map(|l| l.trim().strip_prefix("mod ")?.strip_suffix(';').map(str::to_string))
        .collect();
    assert!(submodules.contains("parsed") && submodules.contains("alipay"), "{submodules:?}");
    // `files.rs` is the one module above the dispatcher: it reads several files through it.
    let readers = sources.iter().filter(|s| s.module.len() > 1 && s.module[0] == "parse");
    let mut broken = Vec::new();
    for source in readers.filter(|s| s.module[1] != "files") {
        let crate_paths = paths_after(&source.code, "crate::");
        let paths = crate_paths.into_iter().chain(resolved_super_paths(source));
        for path in paths.filter(|p| p.first().is_some_and(|m| m == "parse")) {
            let item = path.get(1).cloned().unwrap_or_default();
            if !submodules.contains(&item) {
                broken.push(format!("{} uses parse::{item}", source.path.display()));
            }
        }
    }
    assert!(broken.is_empty(), "readers importing the dispatcher:\n{}", broken.join("\n"));
}

#[test]
fn the_reader_catches_what_it_must() {
    let source = |module: &[&str], code: &str| Source {
        path: PathBuf::from("x.rs"),
        module: module.iter().map(|s| s.to_string()).collect(),
        code: code.to_string(),
    };
    // The shapes today's code had before the layers were set straight.
    let error = source(&["error"], "preview: Box<crate::parse::CsvPreview>,");
    assert!(modules_named(&error).contains("parse"));
    let model = source(&["model"], "pub use crate::classify::Category;\n");
    assert!(modules_named(&model).contains("classify"));
    let ofx = source(
        &["parse", "ofx"],
        "use super::sgml::{scan, Event};\nuse super::{Options, Parsed};\n",
    );
    let resolved: Vec<String> = resolved_super_paths(&ofx).iter().map(|p| p.join("::")).collect();
    assert_eq!(
        resolved,
        ["parse::sgml::scan", "parse::sgml::Event", "parse::Options", "parse::Parsed"]
    );
    let rows =
        source(&["parse", "bank_csv", "rows"], "use super::super::DateOrder;\nuse super::Plan;");
    let resolved: Vec<String> = resolved_super_paths(&rows).iter().map(|p| p.join("::")).collect();
    assert_eq!(resolved, ["parse::bank_csv::Plan", "parse::DateOrder"]);
    let grouped = source(&["parse"], "use crate::{choices::{DateOrder, Options}, phrase};");
    assert_eq!(modules_named(&grouped), BTreeSet::from(["choices".into(), "phrase".into()]));
}
