//! `bytes` methods with ASCII text semantics: case conversion, character-class predicates,
//! padding and partitioning. Bytes outside ASCII are never letters, digits or spaces.

use super::args;
use super::methods::{bytes_arg, bytes_value, the_bytes};
use crate::runtime::errors::ExcKind;
use crate::runtime::value::{Args, Value};
use crate::vm::{Vm, VmResult};

type R = VmResult;

fn recv(b: &Option<Value>) -> Vec<u8> {
    b.as_ref().map(the_bytes).unwrap_or_default()
}

pub(super) fn swapcase(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.swapcase", &a, 0)?;
    let out = recv(b)
        .into_iter()
        .map(|c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(bytes_value(out))
}

pub(super) fn capitalize(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.capitalize", &a, 0)?;
    let mut v = recv(b).to_ascii_lowercase();
    if let Some(c) = v.first_mut() {
        *c = c.to_ascii_uppercase();
    }
    Ok(bytes_value(v))
}

pub(super) fn title(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.title", &a, 0)?;
    let mut prev_cased = false;
    let out = recv(b)
        .into_iter()
        .map(|c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect();
    Ok(bytes_value(out))
}

/// A predicate that holds for every byte of a non-empty bytes.
fn all_bytes(vm: &mut Vm, b: &Option<Value>, a: &Args, name: &str, f: fn(&u8) -> bool) -> R {
    args::exactly(vm, &format!("bytes.{name}"), a, 0)?;
    let v = recv(b);
    Ok(Value::Bool(!v.is_empty() && v.iter().all(f)))
}

pub(super) fn isalnum(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    all_bytes(vm, b, &a, "isalnum", u8::is_ascii_alphanumeric)
}

pub(super) fn isalpha(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    all_bytes(vm, b, &a, "isalpha", u8::is_ascii_alphabetic)
}

pub(super) fn isdigit(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    all_bytes(vm, b, &a, "isdigit", u8::is_ascii_digit)
}

pub(super) fn isspace(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    // Python's ASCII whitespace includes \x0b, which Rust's is_ascii_whitespace does not.
    all_bytes(vm, b, &a, "isspace", |c| b" \t\n\r\x0b\x0c".contains(c))
}

pub(super) fn isascii(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.isascii", &a, 0)?;
    Ok(Value::Bool(recv(b).is_ascii()))
}

/// `islower`/`isupper`: at least one cased byte, and none of the other case.
fn cased(vm: &mut Vm, b: &Option<Value>, a: &Args, name: &str, lower: bool) -> R {
    args::exactly(vm, &format!("bytes.{name}"), a, 0)?;
    let v = recv(b);
    let (lo, up) = (
        v.iter().any(u8::is_ascii_lowercase),
        v.iter().any(u8::is_ascii_uppercase),
    );
    Ok(Value::Bool(if lower { lo && !up } else { up && !lo }))
}

pub(super) fn islower(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    cased(vm, b, &a, "islower", true)
}

pub(super) fn isupper(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    cased(vm, b, &a, "isupper", false)
}

/// `(width, fill)` of ljust/rjust/center.
fn pad_args(vm: &mut Vm, a: &Args, name: &str) -> VmResult<(usize, u8)> {
    args::between(vm, name, a, 1, 2)?;
    let width = vm.to_index(&a.pos[0])?.max(0) as usize;
    let fill = match a.pos.get(1) {
        None => b' ',
        Some(Value::Bytes(f)) if f.0.len() == 1 => f.0[0],
        Some(other) => {
            let t = vm.types.name_of(other);
            let msg = format!("{name}() argument 2 must be a byte string of length 1, not {t}");
            return vm.err(ExcKind::TypeError, msg);
        }
    };
    vm.reserve_bytes(width as u64)?;
    Ok((width, fill))
}

fn pad(v: Vec<u8>, width: usize, fill: u8, left: usize) -> Value {
    let total = width.saturating_sub(v.len());
    let mut out = vec![fill; left];
    out.extend_from_slice(&v);
    out.resize(v.len() + total, fill);
    bytes_value(out)
}

pub(super) fn ljust(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (w, f) = pad_args(vm, &a, "ljust")?;
    Ok(pad(recv(b), w, f, 0))
}

pub(super) fn rjust(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (w, f) = pad_args(vm, &a, "rjust")?;
    let v = recv(b);
    let left = w.saturating_sub(v.len());
    Ok(pad(v, w, f, left))
}

pub(super) fn center(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (w, f) = pad_args(vm, &a, "center")?;
    let v = recv(b);
    let total = w.saturating_sub(v.len());
    // CPython puts the odd byte on the left when the width is odd.
    let left = total / 2 + (total & w & 1);
    Ok(pad(v, w, f, left))
}

pub(super) fn zfill(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.zfill", &a, 1)?;
    let width = vm.to_index(&a.pos[0])?.max(0) as usize;
    vm.reserve_bytes(width as u64)?;
    let v = recv(b);
    if v.len() >= width {
        return Ok(bytes_value(v));
    }
    let (sign, digits) = match v.first() {
        Some(c @ (b'+' | b'-')) => (vec![*c], &v[1..]),
        _ => (vec![], &v[..]),
    };
    let mut out = sign;
    out.resize(width - digits.len(), b'0');
    out.extend_from_slice(digits);
    Ok(bytes_value(out))
}

fn split_at_sep(vm: &mut Vm, b: &Option<Value>, a: &Args, name: &str, last: bool) -> R {
    args::exactly(vm, &format!("bytes.{name}"), a, 1)?;
    let (v, sep) = (recv(b), bytes_arg(vm, &a.pos[0])?);
    if sep.is_empty() {
        return vm.err(ExcKind::ValueError, "empty separator");
    }
    let found = if last {
        v.windows(sep.len()).rposition(|w| w == sep.as_slice())
    } else {
        v.windows(sep.len()).position(|w| w == sep.as_slice())
    };
    let parts = match found {
        Some(i) => [v[..i].to_vec(), sep.clone(), v[i + sep.len()..].to_vec()],
        None if last => [vec![], vec![], v],
        None => [v, vec![], vec![]],
    };
    Ok(Value::tuple(parts.into_iter().map(bytes_value).collect()))
}

pub(super) fn partition(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    split_at_sep(vm, b, &a, "partition", false)
}

pub(super) fn rpartition(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    split_at_sep(vm, b, &a, "rpartition", true)
}

pub(super) fn removeprefix(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.removeprefix", &a, 1)?;
    let (v, p) = (recv(b), bytes_arg(vm, &a.pos[0])?);
    Ok(bytes_value(
        v.strip_prefix(p.as_slice()).unwrap_or(&v).to_vec(),
    ))
}

pub(super) fn removesuffix(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.removesuffix", &a, 1)?;
    let (v, s) = (recv(b), bytes_arg(vm, &a.pos[0])?);
    Ok(bytes_value(
        v.strip_suffix(s.as_slice()).unwrap_or(&v).to_vec(),
    ))
}

/// `splitlines(keepends=False)`: `\n`, `\r` and `\r\n` only (not str's wider set).
pub(super) fn splitlines(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "splitlines", &a, &["keepends"], 0)?;
    let keep = match &p[0] {
        Some(v) => crate::runtime::ops::truthy(vm, v)?,
        None => false,
    };
    let v = recv(b);
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < v.len() {
        let eol = match v[i] {
            b'\r' if v.get(i + 1) == Some(&b'\n') => 2,
            b'\n' | b'\r' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keep { i + eol } else { i };
        out.push(bytes_value(v[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < v.len() {
        out.push(bytes_value(v[start..].to_vec()));
    }
    Ok(Value::list(out))
}
