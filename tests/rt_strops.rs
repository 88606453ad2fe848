//! `runtime::strops` against CPython 3.11: every call in tests/data/strops_cases.jsonl (made by
//! tests/data/strops_cases.py under python3) and, per code point, the case mappings and
//! predicates of every character CPython's Unicode 14.0 assigns. The sandbox's size limit,
//! which CPython lacks, is tested on its own at the end.

use krait::runtime::errors::{ExcKind, PyResult};
use krait::runtime::strops;
use serde_json::{json, Value};
use std::collections::HashMap;

fn lines() -> Vec<Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/strops_cases.jsonl");
    let text = std::fs::read_to_string(path).expect("run tests/data/strops_cases.py first");
    text.lines()
        .map(|l| serde_json::from_str(l).expect("bad JSON line"))
        .collect()
}

fn bytes_of(v: &Value) -> Vec<u8> {
    v["bytes"]
        .as_array()
        .expect("bytes")
        .iter()
        .map(|b| b.as_u64().unwrap() as u8)
        .collect()
}

fn bytes_value(b: &[u8]) -> Value {
    json!({ "bytes": b })
}

/// The call's arguments with Python's defaults for the missing ones.
struct Args<'a>(&'a [Value]);

impl Args<'_> {
    fn opt_str(&self, i: usize) -> Option<&str> {
        self.0.get(i).and_then(Value::as_str)
    }
    fn str_or<'b>(&'b self, i: usize, default: &'b str) -> &'b str {
        self.opt_str(i).unwrap_or(default)
    }
    fn opt_int(&self, i: usize) -> Option<i64> {
        self.0.get(i).and_then(Value::as_i64)
    }
    fn int_or(&self, i: usize, default: i64) -> i64 {
        self.opt_int(i).unwrap_or(default)
    }
}

fn strs(v: Vec<&str>) -> Value {
    json!(v)
}

fn triple((a, b, c): (&str, &str, &str)) -> Value {
    json!([a, b, c])
}

/// Runs one case through strops, the way the VM will.
fn call(m: &str, recv: &Value, a: &Args) -> PyResult<Value> {
    if m == "decode" {
        return strops::decode(&bytes_of(recv), a.str_or(0, "utf-8"), a.str_or(1, "strict"))
            .map(Value::from);
    }
    let s = recv.as_str().expect("str receiver");
    let (sub, start, end) = (a.str_or(0, ""), a.opt_int(1), a.opt_int(2));
    Ok(match m {
        "split" => strs(strops::split(s, a.opt_str(0), a.int_or(1, -1))?),
        "rsplit" => strs(strops::rsplit(s, a.opt_str(0), a.int_or(1, -1))?),
        "splitlines" => strs(strops::splitlines(
            s,
            a.0.first().and_then(Value::as_bool).unwrap_or(false),
        )),
        "strip" => json!(strops::strip(s, a.opt_str(0))),
        "lstrip" => json!(strops::lstrip(s, a.opt_str(0))),
        "rstrip" => json!(strops::rstrip(s, a.opt_str(0))),
        "replace" => json!(strops::replace(s, sub, a.str_or(1, ""), a.int_or(2, -1))?),
        "find" => json!(strops::find(s, sub, start, end)),
        "rfind" => json!(strops::rfind(s, sub, start, end)),
        "index" => json!(strops::index(s, sub, start, end)?),
        "rindex" => json!(strops::rindex(s, sub, start, end)?),
        "count" => json!(strops::count(s, sub, start, end)),
        "startswith" => json!(strops::startswith(s, sub, start, end)),
        "endswith" => json!(strops::endswith(s, sub, start, end)),
        "partition" => triple(strops::partition(s, sub)?),
        "rpartition" => triple(strops::rpartition(s, sub)?),
        "zfill" => json!(strops::zfill(s, a.int_or(0, 0))?),
        "center" => json!(strops::center(s, a.int_or(0, 0), a.str_or(1, " "))?),
        "ljust" => json!(strops::ljust(s, a.int_or(0, 0), a.str_or(1, " "))?),
        "rjust" => json!(strops::rjust(s, a.int_or(0, 0), a.str_or(1, " "))?),
        "expandtabs" => json!(strops::expandtabs(s, a.int_or(0, 8))?),
        "removeprefix" => json!(strops::removeprefix(s, sub)),
        "removesuffix" => json!(strops::removesuffix(s, sub)),
        "encode" => bytes_value(&strops::encode(
            s,
            a.str_or(0, "utf-8"),
            a.str_or(1, "strict"),
        )?),
        _ => {
            return Ok(json!(
                case_map(m, s).map_or_else(|| predicate(m, s).into(), Value::from)
            ))
        }
    })
}

fn case_map(m: &str, s: &str) -> Option<String> {
    Some(match m {
        "upper" => strops::upper(s),
        "lower" => strops::lower(s),
        "casefold" => strops::casefold(s),
        "swapcase" => strops::swapcase(s),
        "title" => strops::title(s),
        "capitalize" => strops::capitalize(s),
        _ => return None,
    })
}

fn predicate(m: &str, s: &str) -> bool {
    match m {
        "isdigit" => strops::isdigit(s),
        "isdecimal" => strops::isdecimal(s),
        "isnumeric" => strops::isnumeric(s),
        "isalpha" => strops::isalpha(s),
        "isalnum" => strops::isalnum(s),
        "isspace" => strops::isspace(s),
        "isupper" => strops::isupper(s),
        "islower" => strops::islower(s),
        "istitle" => strops::istitle(s),
        "isidentifier" => strops::isidentifier(s),
        "isprintable" => strops::isprintable(s),
        "isascii" => strops::isascii(s),
        // Properties the generator observes through behaviour (see strops_cases.py).
        "cased" => is_cased(s),
        "case_ignorable" => {
            let probe = if is_cased(s) {
                format!("{s}Σ")
            } else {
                format!("A{s}Σ")
            };
            strops::lower(&probe).ends_with('ς') != is_cased(s)
        }
        "linebreak" => strops::splitlines(&format!("a{s}a"), false).len() == 2,
        _ => panic!("unknown method {m}"),
    }
}

fn is_cased(s: &str) -> bool {
    strops::title(&format!("{s}a")).ends_with('a')
}

#[test]
fn cases_match_cpython() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in lines().iter().filter(|l| l.get("m").is_some()) {
        n += 1;
        let m = line["m"].as_str().unwrap();
        let args = Args(line["a"].as_array().unwrap());
        let got = call(m, &line["s"], &args);
        let ok = match (&got, line.get("r"), line.get("e")) {
            (Ok(v), Some(r), _) => v == r,
            (Err(e), _, Some(x)) => e.kind.name() == x[0] && e.msg == x[1],
            _ => false,
        };
        if !ok {
            failures.push(format!("{line}\n    krait: {got:?}"));
        }
    }
    assert!(n > 1000, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases differ:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}

/// Every `char` CPython's Unicode 14.0 assigns.
fn assigned_chars(all: &[Value]) -> Vec<char> {
    let gaps = all
        .iter()
        .find_map(|l| l.get("unassigned"))
        .expect("unassigned line");
    let gaps: Vec<(u32, u32)> = ranges(gaps);
    (0..=0x10ffff)
        .filter(|&cp| !gaps.iter().any(|&(lo, hi)| (lo..=hi).contains(&cp)))
        .filter_map(char::from_u32)
        .collect()
}

fn ranges(v: &Value) -> Vec<(u32, u32)> {
    let pair = |p: &Value| (p[0].as_u64().unwrap() as u32, p[1].as_u64().unwrap() as u32);
    v.as_array().unwrap().iter().map(pair).collect()
}

fn in_ranges(rs: &[(u32, u32)], cp: u32) -> bool {
    let i = rs.partition_point(|&(_, hi)| hi < cp);
    rs.get(i).is_some_and(|&(lo, _)| lo <= cp)
}

fn report(name: &str, bad: Vec<String>) -> Option<String> {
    (!bad.is_empty()).then(|| {
        format!(
            "{name}: {} differ, e.g. {}",
            bad.len(),
            bad[..bad.len().min(12)].join(", ")
        )
    })
}

#[test]
fn case_maps_of_every_character_match_cpython() {
    let all = lines();
    let chars = assigned_chars(&all);
    let mut problems = Vec::new();
    for line in all.iter().filter(|l| l.get("diff").is_some()) {
        let m = line["sweep"].as_str().unwrap();
        let diff: HashMap<u32, &str> = line["diff"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_u64().unwrap() as u32, p[1].as_str().unwrap()))
            .collect();
        let mut bad = Vec::new();
        for &c in &chars {
            let s = c.to_string();
            let want = diff.get(&(c as u32)).copied().unwrap_or(&s);
            let got = case_map(m, &s).unwrap();
            if got != want {
                bad.push(format!("U+{:04X} {want:?} krait {got:?}", c as u32));
            }
        }
        problems.extend(report(m, bad));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn predicates_of_every_character_match_cpython() {
    let all = lines();
    let chars = assigned_chars(&all);
    let mut problems = Vec::new();
    for line in all.iter().filter(|l| l.get("ranges").is_some()) {
        let m = line["sweep"].as_str().unwrap();
        let yes = ranges(&line["ranges"]);
        let mut bad = Vec::new();
        for &c in &chars {
            let want = in_ranges(&yes, c as u32);
            if predicate(m, &c.to_string()) != want {
                bad.push(format!("U+{:04X} ({want})", c as u32));
            }
        }
        problems.extend(report(m, bad));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---- The sandbox limit: results over 10**8 characters raise MemoryError before allocating.
// CPython has no such limit, so these are krait's own expectations.

fn is_memory_error<T: std::fmt::Debug>(r: PyResult<T>) -> bool {
    matches!(r, Err(e) if e.kind == ExcKind::MemoryError && e.msg.is_empty())
}

#[test]
fn huge_results_raise_memory_error() {
    // Eleven insertions or replacements of 10**7 characters make 1.1 * 10**8.
    let ten = "a".repeat(10);
    let eleven = "a".repeat(11);
    let big_new = "x".repeat(10_000_000);
    assert!(is_memory_error(strops::replace(&ten, "", &big_new, -1)));
    assert!(is_memory_error(strops::replace(&eleven, "a", &big_new, -1)));
    assert_eq!(
        strops::replace(&eleven, "a", &big_new, 1).unwrap().len(),
        10_000_010
    );
    assert!(is_memory_error(strops::center("abc", 100_000_001, " ")));
    assert!(is_memory_error(strops::ljust("abc", i64::MAX, "*")));
    assert!(is_memory_error(strops::rjust("", 200_000_000, "é")));
    assert!(is_memory_error(strops::zfill("-1", 1_000_000_000)));
    assert!(is_memory_error(strops::expandtabs("\t\t", 60_000_000)));
    assert!(is_memory_error(strops::expandtabs("a\t", i64::MAX)));
    assert_eq!(strops::expandtabs("\t", 1_000).unwrap().len(), 1_000);
    assert_eq!(strops::MAX_RESULT_CHARS, 100_000_000);
}
