//! Numeric literals: scanning with CPython's tokenizer rules and messages, and conversion to
//! values (i64 when it fits, a big integer otherwise, or f64).

use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};

use super::errors::ParseErr;

/// CPython 3.11's limit for decimal integer literals (`sys.int_info.default_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

#[derive(Debug, Clone, PartialEq)]
pub enum NumLit {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Imaginary,
}

/// Scans the numeric literal starting at `start`; returns its end offset and value.
pub fn scan_number(src: &str, start: usize) -> Result<(usize, NumLit), ParseErr> {
    let b = src.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    if at(start) == b'0' && matches!(at(start + 1) | 0x20, b'x' | b'o' | b'b') {
        return scan_radix(src, start);
    }
    let mut i = start;
    let mut is_float = false;
    if at(i) != b'.' {
        i = digits(src, i, |c| c.is_ascii_digit(), "decimal")?;
    }
    if at(i) == b'.' {
        is_float = true;
        i += 1;
        if at(i).is_ascii_digit() {
            i = digits(src, i, |c| c.is_ascii_digit(), "decimal")?;
        }
    }
    if at(i) | 0x20 == b'e' {
        let e = i;
        let mut j = i + 1;
        if at(j) == b'+' || at(j) == b'-' {
            j += 1;
        }
        if !at(j).is_ascii_digit() {
            return Err(ParseErr::at("invalid decimal literal", e.saturating_sub(1)));
        }
        i = digits(src, j, |c| c.is_ascii_digit(), "decimal")?;
        is_float = true;
    }
    if at(i) | 0x20 == b'j' {
        i += 1;
        check_end(src, i, "imaginary")?;
        return Ok((i, NumLit::Imaginary));
    }
    check_end(src, i, "decimal")?;
    let text: String = src[start..i].chars().filter(|&c| c != '_').collect();
    if is_float {
        // Rust's parser is correctly rounded, like CPython's; overflow gives inf as in CPython.
        let v: f64 = text.parse().unwrap_or(f64::INFINITY);
        return Ok((i, NumLit::Float(v)));
    }
    if text.len() > 1 && text.starts_with('0') && text.bytes().any(|c| c != b'0') {
        return Err(ParseErr::new(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            start,
            start + 1,
        ));
    }
    if text.len() > MAX_STR_DIGITS {
        return Err(ParseErr::at(
            format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; \
                 use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer \
                 literals to avoid decimal conversion limits.",
                text.len()
            ),
            start,
        ));
    }
    Ok((i, int_value(&text, 10)))
}

fn int_value(digits: &str, radix: u32) -> NumLit {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => NumLit::Int(v),
        Err(_) => match BigInt::from_str_radix(digits, radix) {
            Ok(big) => match big.to_i64() {
                Some(v) => NumLit::Int(v),
                None => NumLit::Big(big),
            },
            // The scanner only passes digits of the radix, so this is unreachable in practice.
            Err(_) => NumLit::Int(0),
        },
    }
}

/// Digits with single underscores between them, starting at a digit.
fn digits(src: &str, mut i: usize, ok: impl Fn(u8) -> bool, kind: &str) -> Result<usize, ParseErr> {
    let b = src.as_bytes();
    loop {
        while i < b.len() && ok(b[i]) {
            i += 1;
        }
        if i < b.len() && b[i] == b'_' {
            if i + 1 < b.len() && ok(b[i + 1]) {
                i += 1;
                continue;
            }
            return Err(ParseErr::at(format!("invalid {kind} literal"), i));
        }
        return Ok(i);
    }
}

fn scan_radix(src: &str, start: usize) -> Result<(usize, NumLit), ParseErr> {
    let b = src.as_bytes();
    let (radix, kind): (u32, &str) = match b[start + 1] | 0x20 {
        b'x' => (16, "hexadecimal"),
        b'o' => (8, "octal"),
        _ => (2, "binary"),
    };
    let ok = move |c: u8| (c as char).is_digit(radix);
    let mut i = start + 2;
    let mut text = String::new();
    loop {
        if i < b.len() && b[i] == b'_' {
            i += 1;
        }
        if i < b.len() && ok(b[i]) {
            while i < b.len() && ok(b[i]) {
                text.push(b[i] as char);
                i += 1;
            }
            if i < b.len() && b[i] == b'_' {
                continue;
            }
            break;
        }
        if i < b.len() && radix < 16 && b[i].is_ascii_digit() {
            return Err(ParseErr::at(
                format!("invalid digit '{}' in {kind} literal", b[i] as char),
                i,
            ));
        }
        return Err(ParseErr::at(
            format!("invalid {kind} literal"),
            i.saturating_sub(1).max(start + 1),
        ));
    }
    if i < b.len() && radix < 16 && b[i].is_ascii_digit() {
        return Err(ParseErr::at(
            format!("invalid digit '{}' in {kind} literal", b[i] as char),
            i,
        ));
    }
    check_end(src, i, kind)?;
    Ok((i, int_value(&text, radix)))
}

/// A number may not run straight into a name (`12abc`), except into the keywords that can
/// follow a number in valid code (`1if x else y`), as CPython 3.11 allows.
fn check_end(src: &str, i: usize, kind: &str) -> Result<(), ParseErr> {
    let rest = &src[i..];
    let Some(c) = rest.chars().next() else {
        return Ok(());
    };
    if !(c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()) {
        return Ok(());
    }
    const FOLLOWERS: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];
    if FOLLOWERS.iter().any(|k| rest.starts_with(k)) {
        return Ok(());
    }
    if !c.is_ascii() && !unicode_ident::is_xid_continue(c) {
        // Leave it to the lexer, which reports "invalid character".
        return Ok(());
    }
    Err(ParseErr::at(
        format!("invalid {kind} literal"),
        i.saturating_sub(1),
    ))
}
