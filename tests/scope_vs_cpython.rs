//! Scope analysis compared with CPython's `symtable` module (`tests/tools/cpython_symtable.py`)
//! over the corpus: every scope, every symbol, the same classification (local, cell, free,
//! global explicit/implicit, parameter). Programs CPython refuses must be refused with the same
//! message. Conformance chunks are checked the way their harness runs them: with the prelude
//! pasted in place of their first line (`from conformance_prelude import *`).

use std::path::{Path, PathBuf};
use std::process::Command;

use krait::intern::Interner;
use krait::syntax::{parse, source, Mode};

fn py_files(dir: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return vec![];
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

/// Copies each conformance chunk with the prelude in place of its import line.
fn conformance_with_prelude() -> Vec<PathBuf> {
    let dir = "../shared/conformance/starlark";
    let Ok(prelude) = std::fs::read_to_string(format!("{dir}/conformance_prelude.py")) else {
        return vec![];
    };
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("conformance_scopes");
    std::fs::create_dir_all(&out).expect("create temp dir");
    let mut files = Vec::new();
    for f in py_files(dir) {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let body = match text.split_once('\n') {
            Some((first, rest)) if first.starts_with("from conformance_prelude import") => rest,
            _ => &text,
        };
        let path = out.join(f.file_name().expect("file name"));
        std::fs::write(&path, format!("{prelude}\n{body}")).expect("write temp file");
        files.push(path);
    }
    files
}

fn krait_scopes(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("readable");
    let Ok(src) = source::decode(&bytes) else {
        return "SyntaxError: undecodable\n".into();
    };
    let mut interner = Interner::new();
    let tree = match parse(src, Mode::Module, "x", &mut interner) {
        Ok(t) => t,
        Err(e) => return format!("SyntaxError: {}\n", e.msg),
    };
    match krait::scope::analyze(&tree, &mut interner) {
        Ok(table) => krait::scope::dump::dump(&table, src, &interner),
        Err(e) => format!("SyntaxError: {}\n", e.msg),
    }
}

#[test]
fn scopes_match_cpython_symtable() {
    let mut files = py_files("tests/lang");
    files.extend(py_files("tests/golden"));
    files.extend(conformance_with_prelude());
    assert!(files.len() > 100);
    let Ok(out) = Command::new("python3")
        .arg("tests/tools/cpython_symtable.py")
        .args(&files)
        .output()
    else {
        eprintln!("python3 not available: skipping the CPython comparison");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let expected: Vec<&str> = text
        .split("=== ")
        .skip(1)
        .map(|c| c.split_once('\n').map_or("", |(_, b)| b))
        .collect();
    assert_eq!(expected.len(), files.len());
    let mut failures = Vec::new();
    for (path, want) in files.iter().zip(expected) {
        let got = krait_scopes(path);
        if got != want {
            let line = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{}: line {}\n  krait:   {}\n  cpython: {}",
                path.display(),
                line + 1,
                got.lines().nth(line).unwrap_or("<end>"),
                want.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    println!(
        "scopes vs CPython: {} files, {} identical",
        files.len(),
        files.len() - failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
