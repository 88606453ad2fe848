//! Parser and compiler: clean SyntaxErrors, no crash, no folded huge constants.

use crate::attack;
use crate::harness::run;

fn run_owned(src: String) -> String {
    run(&src)
}

#[test]
fn nested_parens() {
    let src = "(".repeat(201) + "1" + &")".repeat(201);
    assert_eq!(run_owned(src), "SyntaxError: too many nested parentheses");
}

#[test]
fn many_open_brackets() {
    assert_eq!(
        run_owned("[".repeat(100_000)),
        "SyntaxError: too many nested parentheses"
    );
}

#[test]
fn long_unary_chain() {
    let out = run_owned("-".repeat(100_000) + "1");
    assert!(
        out.starts_with("SyntaxError") || out.starts_with("ok:"),
        "{out}"
    );
}

#[test]
fn long_not_chain() {
    let out = run_owned("not ".repeat(100_000) + "1");
    assert!(
        out.starts_with("SyntaxError") || out.starts_with("ok:"),
        "{out}"
    );
}

#[test]
fn long_addition() {
    let out = run_owned(vec!["1"; 100_000].join("+"));
    assert!(
        out.starts_with("SyntaxError") || out.starts_with("ok:"),
        "{out}"
    );
}

#[test]
fn long_attribute_chain() {
    let out = run_owned("a.".repeat(100_000) + "b");
    assert!(
        out.starts_with("SyntaxError") || out.starts_with("NameError"),
        "{out}"
    );
}

#[test]
fn nested_lambdas() {
    let out = run_owned("lambda:".repeat(10_000) + "0");
    assert!(
        out.starts_with("SyntaxError") || out.starts_with("ok:"),
        "{out}"
    );
}

#[test]
fn nested_ifs() {
    let mut src = String::new();
    for i in 0..101 {
        src += &" ".repeat(i);
        src += "if True:\n";
    }
    src += &" ".repeat(101);
    src += "pass\n";
    assert!(run_owned(src).starts_with("IndentationError: too many levels of indentation"));
}

#[test]
fn huge_source() {
    // 100 MB: refused as a str over max_size before the parser sees it.
    let src = "x = 1\n".repeat((100 << 20) / 6);
    let out = run_owned(src);
    assert_eq!(out, "limit:max_size");
}

#[test]
fn ten_megabyte_literal() {
    let src = format!("x = '{}'", "a".repeat(10 << 20));
    let out = run_owned(src);
    assert!(
        out == "ok:" || out.starts_with("limit:") || out.starts_with("SyntaxError"),
        "{out}"
    );
}

#[test]
fn long_decimal_literal() {
    let src = "9".repeat(5000);
    assert_eq!(
        run_owned(src),
        "SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
    );
}

attack!(
    no_folding_str_repeat,
    "def f():\n    return 'a' * 10**10\nprint('compiled')",
    "ok:compiled\n"
);
attack!(
    no_folding_power,
    "def f():\n    return 2**10**10\nprint('compiled')",
    "ok:compiled\n"
);
attack!(
    nul_byte,
    "x = 1\0",
    "SyntaxError: source code cannot contain null bytes"
);
attack!(lone_surrogate_escape, "print(len('\\ud800'))", "ok:1\n");
attack!(bom_in_source, "\u{feff}print(1)", "ok:1\n");
attack!(carriage_returns, "x = 1\rprint(x)\r", "ok:1\n");
attack!(
    mixed_tabs_spaces,
    "if 1:\n        x = 1\n\ty = 2",
    "TabError: inconsistent use of tabs and spaces in indentation"
);
attack!(
    unterminated_string,
    "x = 'abc",
    "SyntaxError: unterminated string literal (detected at line 1)"
);
attack!(
    // A leading BOM is dropped from str sources too (CPython's `exec` of a str rejects it:
    // docs/divergences/syntax.md); anywhere else it is CPython's SyntaxError.
    bom_inside_str_source,
    "\u{feff}x = 1\nprint(x)",
    "ok:1\n"
);
attack!(
    bom_after_start,
    "x = 1\n\u{feff}print(x)",
    "SyntaxError: invalid non-printable character U+FEFF"
);

#[test]
fn source_bytes_bom_and_invalid_utf8() {
    use krait::syntax::source::decode;
    // A BOM at the start of a file is dropped, as CPython does for source files.
    assert_eq!(decode(b"\xef\xbb\xbfx = 1\n"), Ok("x = 1\n"));
    // Invalid UTF-8 is CPython's decoding SyntaxError, never a panic.
    for bad in [
        &b"x = '\xff'\n"[..],
        b"\xc3",
        b"\xed\xa0\x80",
        b"print(1)\n\x80",
    ] {
        let err = decode(bad).unwrap_err();
        assert!(err.contains("codec can't decode byte"), "{err}");
    }
}
