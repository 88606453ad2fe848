//! Table test: `format(value, spec)` for ints, bools, floats and strings against CPython 3.11,
//! whose results (or exception class and message) `tests/data/format_cases.py` records in
//! `tests/data/format_cases.jsonl`. Every case must match. A few krait-only policies (the
//! MemoryError cap, the `%`-formatting primitives) are checked by hand below.

use krait::runtime::errors::{ExcKind, PyResult};
use krait::runtime::format::{
    float_to_exp, float_to_fixed, float_to_general, format_float, format_int, format_int_named,
    format_str, parse_spec, MAX_OUTPUT,
};
use krait::runtime::num::Int;
use num_bigint::BigInt;
use serde_json::Value;

/// An int written as Python's `hex()` does: `-0x1f`.
fn parse_hex_int(text: &str) -> Int {
    let (neg, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits = body.strip_prefix("0x").expect("hex() form");
    let mag = BigInt::parse_bytes(digits.as_bytes(), 16).expect("hex digits");
    Int::from_big(if neg { -mag } else { mag })
}

/// Runs one case the way the VM will: bool's empty spec is `str(b)`, any other spec formats
/// it as an int named `bool`.
fn run_case(case: &Value) -> PyResult<String> {
    let spec = case["spec"].as_str().expect("spec");
    let value = &case["value"];
    match case["kind"].as_str().expect("kind") {
        "int" => format_int(&parse_hex_int(value.as_str().expect("int value")), spec),
        "bool" => format_int_named(
            &parse_hex_int(value.as_str().expect("bool value")),
            spec,
            "bool",
        ),
        "float" => format_float(f64::from_bits(value.as_u64().expect("float bits")), spec),
        "str" => format_str(value.as_str().expect("str value"), spec),
        other => panic!("unknown kind {other}"),
    }
}

fn describe(r: &PyResult<String>) -> String {
    match r {
        Ok(s) => format!("{s:?}"),
        Err(e) => format!("{}: {}", e.kind.name(), e.msg),
    }
}

#[test]
fn format_matches_cpython() {
    let data =
        std::fs::read_to_string("tests/data/format_cases.jsonl").expect("table file is committed");
    let mut total = 0;
    let mut failures = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("valid JSON line");
        total += 1;
        let want: PyResult<String> = match case.get("out") {
            Some(out) => Ok(out.as_str().expect("out").to_string()),
            None => {
                let kind = case["exc"].as_str().expect("exc");
                let kind = ExcKind::ALL
                    .into_iter()
                    .find(|k| k.name() == kind)
                    .expect("known exception");
                Err(krait::runtime::errors::Raise::new(
                    kind,
                    case["msg"].as_str().expect("msg"),
                ))
            }
        };
        let got = run_case(&case);
        if got != want {
            let repr = case
                .get("repr")
                .map_or(String::new(), |r| format!(" ({r})"));
            failures.push(format!(
                "{} {}{repr} spec {:?}\n   want {}\n   got  {}",
                case["kind"],
                case["value"],
                case["spec"].as_str().unwrap_or_default(),
                describe(&want),
                describe(&got)
            ));
        }
    }
    assert!(
        total > 500,
        "the table should hold hundreds of cases, found {total}"
    );
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// krait refuses to build a padded result over `MAX_OUTPUT` characters (CPython allocates it).
#[test]
fn huge_widths_raise_memory_error() {
    let width = (MAX_OUTPUT + 1).to_string();
    let five = Int::Small(5);
    for r in [
        format_int(&five, &width),
        format_int(&five, &format!("0{width}")),
        format_int(&five, &format!("0{width},")),
        format_int(&Int::Small(65), &format!("{width}c")),
        format_float(1.5, &width),
        format_float(1.5, &format!(".{width}f")),
        format_float(1.5, &format!("#.{width}g")),
        format_str("abc", &width),
        format_str("abc", &format!("^{width}")),
    ] {
        // Compare lengths, so a failure does not print a 100 MB string.
        assert_eq!(
            r.map(|s| s.len()).map_err(|e| e.kind),
            Err(ExcKind::MemoryError)
        );
    }
    // Widths and precisions that need no big allocation still work.
    assert_eq!(
        format_str("abc", &format!(".{width}")).as_deref(),
        Ok("abc")
    );
    assert_eq!(
        format_float(0.5, &format!(".{width}g")).as_deref(),
        Ok("0.5")
    );
    assert_eq!(format_int(&five, "1000").map(|s| s.len()), Ok(1000));
}

/// The `%`-formatting primitives. Expected values are python3's `'%.*f' % (p, x)` and friends.
#[test]
fn float_primitives_match_percent_formatting() {
    assert_eq!(float_to_fixed(2.675, 2).as_deref(), Ok("2.67"));
    assert_eq!(float_to_fixed(0.125, 2).as_deref(), Ok("0.12"));
    assert_eq!(float_to_fixed(-0.0, 1).as_deref(), Ok("-0.0"));
    assert_eq!(
        float_to_fixed(1e22, 0).as_deref(),
        Ok("10000000000000000000000")
    );
    assert_eq!(float_to_fixed(f64::NEG_INFINITY, 3).as_deref(), Ok("-inf"));
    assert_eq!(float_to_exp(123456.0, 2, false).as_deref(), Ok("1.23e+05"));
    assert_eq!(float_to_exp(5e-324, 3, true).as_deref(), Ok("4.941E-324"));
    assert_eq!(float_to_exp(0.0, 0, false).as_deref(), Ok("0e+00"));
    assert_eq!(float_to_exp(f64::NAN, 2, true).as_deref(), Ok("NAN"));
    assert_eq!(
        float_to_general(1e-5, 6, false, false).as_deref(),
        Ok("1e-05")
    );
    assert_eq!(
        float_to_general(0.0001, 6, false, false).as_deref(),
        Ok("0.0001")
    );
    assert_eq!(
        float_to_general(123456789.0, 6, true, false).as_deref(),
        Ok("1.23457E+08")
    );
    assert_eq!(float_to_general(1.5, 0, false, false).as_deref(), Ok("2"));
    assert_eq!(float_to_general(1.0, 3, false, true).as_deref(), Ok("1.00"));
    assert_eq!(
        float_to_general(100000.0, 5, false, true).as_deref(),
        Ok("1.0000e+05")
    );
}

/// `parse_spec` keeps what was written; defaults are applied per type.
#[test]
fn parse_spec_fields() {
    let f = parse_spec("*^+z#012_.3f", "float").expect("valid spec");
    assert_eq!(
        (
            f.fill,
            f.align,
            f.sign,
            f.no_neg_zero,
            f.alternate,
            f.zero_pad
        ),
        (Some('*'), Some('^'), Some('+'), true, true, false)
    );
    assert_eq!(
        (f.width, f.grouping, f.precision, f.ty),
        (Some(12), Some('_'), Some(3), Some('f'))
    );
    let g = parse_spec("010", "int").expect("valid spec");
    assert_eq!(
        (g.fill, g.align, g.zero_pad, g.width),
        (None, None, true, Some(10))
    );
}
