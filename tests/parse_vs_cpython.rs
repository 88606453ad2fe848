//! Parses every program of the corpus with krait and with CPython (`tests/tools/cpython_ast.py`,
//! one python3 process for all files) and requires the same tree, positions included. Files
//! CPython rejects must be rejected by krait with the same message.
//!
//! Corpus: tests/golden, tests/lang, and ../shared/conformance (read in place, never copied).

use std::path::{Path, PathBuf};
use std::process::Command;

use krait::intern::Interner;
use krait::syntax::{dump::dump, parse, source, Mode};

fn corpus() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [
        "tests/golden",
        "tests/lang",
        "../shared/conformance/starlark",
        "../shared/conformance",
    ] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut here: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        here.sort();
        files.extend(here);
    }
    files
}

fn krait_dump(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("corpus file is readable");
    let src = match source::decode(&bytes) {
        Ok(s) => s,
        Err(msg) => return format!("SyntaxError: {msg}\n"),
    };
    let mut interner = Interner::new();
    match parse(
        src,
        Mode::Module,
        &path.display().to_string(),
        &mut interner,
    ) {
        Ok(tree) => dump(&tree, src, &interner, true),
        Err(e) => format!("SyntaxError: {}\n", e.msg),
    }
}

/// Splits the batched output of cpython_ast.py (`=== FILE` headers) per file.
fn cpython_dumps(files: &[PathBuf]) -> Option<Vec<String>> {
    let mut cmd = Command::new("python3");
    cmd.arg("tests/tools/cpython_ast.py");
    cmd.args(files);
    let out = cmd.output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut dumps = Vec::new();
    for chunk in text.split("=== ").skip(1) {
        let body = chunk.split_once('\n').map_or("", |(_, b)| b);
        dumps.push(body.to_string());
    }
    Some(dumps)
}

#[test]
fn every_corpus_program_parses_like_cpython() {
    let files = corpus();
    assert!(
        files.len() > 100,
        "the corpus should hold over 100 programs, found {}",
        files.len()
    );
    let Some(expected) = cpython_dumps(&files) else {
        eprintln!("python3 not available: skipping the CPython comparison");
        return;
    };
    assert_eq!(expected.len(), files.len(), "one CPython dump per file");
    let mut failures = Vec::new();
    let mut parsed = 0;
    for (path, want) in files.iter().zip(&expected) {
        let got = krait_dump(path);
        if !got.starts_with("SyntaxError") {
            parsed += 1;
        }
        if &got != want {
            let line = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{}: first difference at dump line {}\n  krait:   {}\n  cpython: {}",
                path.display(),
                line + 1,
                got.lines().nth(line).unwrap_or("<end>"),
                want.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    println!(
        "parse vs CPython: {} files, {} parsed, {} identical trees/errors",
        files.len(),
        parsed,
        files.len() - failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
