//! Runs every program in `tests/lang/` with krait and compares stdout, the exit status and the
//! last line of stderr with CPython's, recorded in `tests/lang/expected/NAME.out` by
//! `tests/lang/regen.py` (which runs python3; expected outputs never come from krait).
//!
//! The pass count is printed; programs listed in `tests/lang/known_failures.txt` may fail (each
//! with a reason), every other program must pass, and a listed program that now passes must be
//! removed from the list.

use std::path::Path;
use std::process::Command;

struct Expected {
    exit: i32,
    error: String,
    stdout: String,
}

fn parse_expected(text: &str) -> Expected {
    let mut lines = text.splitn(3, '\n');
    let exit = lines
        .next()
        .and_then(|l| l.strip_prefix("# exit: "))
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let error = lines
        .next()
        .and_then(|l| l.strip_prefix("# error:"))
        .unwrap_or("")
        .trim()
        .to_string();
    let stdout = lines.next().unwrap_or("").to_string();
    Expected {
        exit,
        error,
        stdout,
    }
}

#[test]
fn lang_programs_match_cpython() {
    let krait = env!("CARGO_BIN_EXE_krait");
    let known: Vec<String> = std::fs::read_to_string("tests/lang/known_failures.txt")
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().next().unwrap_or("").to_string())
        .collect();
    let mut names: Vec<String> = std::fs::read_dir("tests/lang")
        .expect("tests/lang exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py") && n != "regen.py")
        .map(|n| n.trim_end_matches(".py").to_string())
        .collect();
    names.sort();
    let (mut passed, mut failed) = (0, 0);
    let mut unexpected = Vec::new();
    let mut now_passing = Vec::new();
    for name in &names {
        let expected_path = format!("tests/lang/expected/{name}.out");
        let Ok(text) = std::fs::read_to_string(&expected_path) else {
            continue;
        };
        let want = parse_expected(&text);
        let out = Command::new(krait)
            .args(["run", &format!("{name}.py")])
            .current_dir(Path::new("tests/lang"))
            .output()
            .expect("run krait");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim()
            .to_string();
        let code = out.status.code().unwrap_or(-1);
        let ok =
            stdout == want.stdout && code == want.exit && (want.exit == 0 || last == want.error);
        if ok {
            passed += 1;
            if known.contains(name) {
                now_passing.push(name.clone());
            }
        } else {
            failed += 1;
            if !known.contains(name) {
                let first_diff = stdout
                    .lines()
                    .zip(want.stdout.lines())
                    .position(|(a, b)| a != b);
                unexpected.push(format!(
                    "{name}: exit {code} (want {}), first stdout difference at line {:?}, last stderr: {last}",
                    want.exit, first_diff
                ));
            }
        }
    }
    println!(
        "lang: {passed} passed, {failed} failed ({} programs)",
        names.len()
    );
    assert!(
        unexpected.is_empty(),
        "unexpected failures:\n{}",
        unexpected.join("\n")
    );
    assert!(
        now_passing.is_empty(),
        "remove from known_failures.txt (now passing): {now_passing:?}"
    );
}

/// The recorded outputs are CPython's: python3 must still print exactly what they hold.
#[test]
fn expected_outputs_are_cpythons() {
    let out = Command::new("python3")
        .args(["tests/lang/regen.py", "--check"])
        .output()
        .expect("python3 runs");
    let report = String::from_utf8_lossy(&out.stdout);
    println!("{report}");
    assert!(out.status.success(), "{report}");
}
