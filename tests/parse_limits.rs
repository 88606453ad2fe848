//! The parser rows of SANDBOX.md: hostile sources end in a clean SyntaxError (never a panic or a
//! stack overflow), checked on a 2 MiB thread so debug builds prove the native stack is safe.

use krait::intern::Interner;
use krait::syntax::{dump::dump, parse, source, Mode, SyntaxError};

/// Parses (and, on success, dumps) `src` on a small thread, returning the error if any.
fn parse_small_stack(src: String) -> Result<(), SyntaxError> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let mut interner = Interner::new();
            let tree = parse(&src, Mode::Module, "<limits>", &mut interner)?;
            let _ = dump(&tree, &src, &interner, true);
            Ok(())
        })
        .expect("spawn a test thread")
        .join()
        .expect("parsing must not panic")
}

fn rejects(src: String, msg: &str) {
    let err = parse_small_stack(src).expect_err("hostile source must be refused");
    assert_eq!(err.msg, msg);
}

#[test]
fn nested_brackets_are_capped_at_200() {
    rejects(
        "(".repeat(201) + "1" + &")".repeat(201),
        "too many nested parentheses",
    );
    rejects("[".repeat(100_000), "too many nested parentheses");
    assert!(parse_small_stack("(".repeat(200) + "1" + &")".repeat(200)).is_ok());
}

#[test]
fn deep_expressions_are_refused_cleanly() {
    rejects("-".repeat(100_000) + "1", "too many nested expressions");
    rejects("not ".repeat(100_000) + "1", "too many nested expressions");
    rejects(vec!["1"; 100_000].join("+"), "too many nested expressions");
    rejects("a.".repeat(100_000) + "b", "too many nested expressions");
    rejects(
        "lambda:".repeat(10_000) + "0",
        "too many nested expressions",
    );
    rejects(
        "x".to_string() + &"[0]".repeat(2000),
        "too many nested expressions",
    );
}

#[test]
fn deep_but_legal_expressions_parse_and_dump_on_a_small_stack() {
    // CPython 3.11 compiles these; so must krait, without overflowing a 2 MiB stack.
    assert!(parse_small_stack(vec!["1"; 999].join("+")).is_ok());
    assert!(parse_small_stack("-".repeat(999) + "1").is_ok());
    assert!(parse_small_stack("a.".repeat(998) + "b").is_ok());
}

#[test]
fn indentation_is_capped_at_100_levels() {
    let mut src = String::new();
    for i in 0..100 {
        src += &" ".repeat(i);
        src += "if x:\n";
    }
    src += &" ".repeat(100);
    src += "pass\n";
    let err = parse_small_stack(src).expect_err("101 levels is too deep");
    assert_eq!(err.msg, "too many levels of indentation");
    assert_eq!(err.kind.name(), "IndentationError");
    assert_eq!(err.lineno, 101);
}

#[test]
fn malformed_text_is_a_syntax_error() {
    rejects("x = 1\0".into(), "source code cannot contain null bytes");
    rejects(
        "s = 'abc".into(),
        "unterminated string literal (detected at line 1)",
    );
    rejects(
        "s = '''abc\n\n".into(),
        "unterminated triple-quoted string literal (detected at line 2)",
    );
    rejects(
        "if x:\n\ty = 1\n        z = 2\n".into(),
        "inconsistent use of tabs and spaces in indentation",
    );
    rejects("x = '\\ud800' + 1\ny = 1 +\n".into(), "invalid syntax");
    rejects(
        "1".repeat(4301),
        "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use \
         sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer \
         literals to avoid decimal conversion limits.",
    );
    assert!(source::decode(b"x = '\xff'").is_err());
    assert_eq!(source::decode(b"\xef\xbb\xbfx = 1").ok(), Some("x = 1"));
    assert!(parse_small_stack("x = 1\ry = 2\r\nz = 3\n".into()).is_ok());
}

#[test]
fn a_large_literal_and_a_large_program_parse() {
    let big = format!("s = '{}'\n", "a".repeat(10 << 20));
    assert!(parse_small_stack(big).is_ok());
    let many = "x = x + 1\n".repeat(100_000);
    assert!(parse_small_stack(many).is_ok());
}
