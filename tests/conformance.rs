//! The outside conformance suites in ../shared/conformance (read in place, never copied):
//! Starlark test chunks (run with the prelude pasted over their import line; an `error` chunk
//! must raise CPython's exception class) and simpleeval expressions (repr compared with
//! CPython's). Prints `conformance: N passed, N failed` and writes every failure with its
//! reason to `target/conformance-failures.txt`. Known failures are listed, with reasons, in
//! `tests/conformance_known_failures.txt`; any other failure fails the test.

use std::collections::HashMap;

use krait::compile::compile;
use krait::syntax::Mode;
use krait::vm::{Unwind, Vm};
use serde_json::Value as Json;

const DIR: &str = "../shared/conformance";

/// Runs source as a module; returns the class name of an uncaught exception.
fn run(src: &str, file: &str) -> Result<(), String> {
    let code = compile(src, file, Mode::Module).map_err(|e| e.kind.name().to_string())?;
    let mut vm = Vm::new();
    vm.output = krait::vm::Output::Buffer(String::new());
    let globals = vm.new_globals();
    match vm.run_module(&code, &globals) {
        Ok(_) => Ok(()),
        Err(Unwind::Exc(e)) => Err(vm.types.name_of(&e)),
        Err(Unwind::Limit(m)) => Err(format!("limit: {m}")),
    }
}

/// Evaluates an expression with JSON context values bound as globals; returns its repr.
fn eval(expr: &str, context: &serde_json::Map<String, Json>) -> Result<String, String> {
    let mut src = String::new();
    for (k, v) in context {
        src += &format!("{k} = {}\n", py_literal(v));
    }
    src += &format!("__result__ = repr(({}))\n", expr.trim());
    let code = compile(&src, "<eval>", Mode::Module)
        .map_err(|e| format!("{}: {}", e.kind.name(), e.msg))?;
    let mut vm = Vm::new();
    let globals = vm.new_globals();
    match vm.run_module(&code, &globals) {
        Ok(_) => Ok(globals
            .scratch
            .get_str("__result__")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()),
        Err(Unwind::Exc(e)) => Err(vm.types.name_of(&e)),
        Err(Unwind::Limit(m)) => Err(format!("limit: {m}")),
    }
}

fn py_literal(v: &Json) -> String {
    match v {
        Json::Null => "None".into(),
        Json::Bool(b) => if *b { "True" } else { "False" }.into(),
        Json::Number(n) => n.to_string(),
        Json::String(s) => serde_json::to_string(s).unwrap_or_default(),
        Json::Array(a) => format!(
            "[{}]",
            a.iter().map(py_literal).collect::<Vec<_>>().join(", ")
        ),
        Json::Object(o) => format!(
            "{{{}}}",
            o.iter()
                .map(|(k, v)| format!(
                    "{}: {}",
                    serde_json::to_string(k).unwrap_or_default(),
                    py_literal(v)
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn tsv(path: &str) -> Vec<Vec<String>> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .skip(1)
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn conformance_suites() {
    let prelude = match std::fs::read_to_string(format!("{DIR}/starlark/conformance_prelude.py")) {
        Ok(p) => p,
        Err(_) => {
            eprintln!("../shared/conformance not found: skipping");
            return;
        }
    };
    let outcomes: HashMap<String, String> = tsv(&format!("{DIR}/starlark/cpython_outcomes.tsv"))
        .into_iter()
        .map(|r| (r[0].clone(), r[3].clone()))
        .collect();
    let mut failures: Vec<(String, String)> = Vec::new();
    let mut passed = 0;
    for row in tsv(&format!("{DIR}/starlark/manifest.tsv")) {
        let (file, expect) = (&row[0], &row[1]);
        let text = std::fs::read_to_string(format!("{DIR}/starlark/{file}")).unwrap_or_default();
        let body = text.split_once('\n').map_or("", |(_, b)| b);
        let result = run(&format!("{prelude}\n{body}"), file);
        let want = outcomes.get(file).cloned().unwrap_or_default();
        let ok = match (expect.as_str(), &result) {
            ("pass", Ok(())) => true,
            ("error", Err(class)) => class == &want,
            _ => false,
        };
        if ok {
            passed += 1;
        } else {
            failures.push((
                format!("starlark/{file}"),
                format!("expected {expect} {want}, got {result:?}"),
            ));
        }
    }
    for name in ["cases.jsonl", "error_cases.jsonl"] {
        let data = std::fs::read_to_string(format!("{DIR}/simpleeval/{name}")).unwrap_or_default();
        for (i, line) in data.lines().enumerate() {
            let case: Json = serde_json::from_str(line).expect("valid JSON");
            let expr = case["expr"].as_str().unwrap_or_default();
            let empty = serde_json::Map::new();
            let context = case["context"].as_object().unwrap_or(&empty);
            let result = eval(expr, context);
            let ok = match (
                case.get("expected_repr"),
                case.get("expected_exception"),
                &result,
            ) {
                (Some(Json::String(want)), _, Ok(got)) => got == want,
                (_, Some(Json::String(want)), Err(got)) => got == want,
                _ => false,
            };
            if ok {
                passed += 1;
            } else {
                failures.push((
                    format!("simpleeval/{name}:{}", i + 1),
                    format!(
                        "{expr:?}: want {:?} {:?}, got {result:?}",
                        case.get("expected_repr"),
                        case.get("expected_exception")
                    ),
                ));
            }
        }
    }
    let report: String = failures
        .iter()
        .map(|(k, v)| format!("{k}\t{v}\n"))
        .collect();
    let _ = std::fs::write(
        concat!(env!("CARGO_TARGET_TMPDIR"), "/../conformance-failures.txt"),
        &report,
    );
    println!("{report}");
    println!("conformance: {passed} passed, {} failed", failures.len());
    let known: Vec<String> = std::fs::read_to_string("tests/conformance_known_failures.txt")
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect();
    let unexpected: Vec<&String> = failures
        .iter()
        .map(|(k, _)| k)
        .filter(|k| !known.contains(k))
        .collect();
    assert!(
        unexpected.is_empty(),
        "unexpected conformance failures: {unexpected:?}"
    );
}
