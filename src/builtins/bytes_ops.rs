//! `bytes` methods that split, convert and map: `split`/`rsplit` (with `maxsplit`), `hex`
//! (with a separator), `fromhex`, `translate`, `maketrans`, `expandtabs`.

use super::args;
use super::methods::{bytes_arg, bytes_value, the_bytes};
use crate::runtime::errors::ExcKind;
use crate::runtime::value::{Args, Value};
use crate::vm::{Vm, VmResult};

type R = VmResult;

fn recv(b: &Option<Value>) -> Vec<u8> {
    b.as_ref().map(the_bytes).unwrap_or_default()
}

/// `bytes.isspace`'s set: space, `\t`, `\n`, `\r`, `\x0b`, `\x0c`.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `sep` and `maxsplit` of `split`/`rsplit` (negative: no limit).
fn split_args(vm: &mut Vm, a: &Args, name: &str) -> VmResult<(Option<Vec<u8>>, usize)> {
    let p = args::parse(vm, name, a, &["sep", "maxsplit"], 0)?;
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = bytes_arg(vm, v)?;
            if s.is_empty() {
                return vm.err(ExcKind::ValueError, "empty separator");
            }
            Some(s)
        }
    };
    let max = match &p[1] {
        None => -1,
        Some(v) => vm.to_index(v)?,
    };
    Ok((sep, usize::try_from(max).unwrap_or(usize::MAX)))
}

/// Splits on runs of whitespace from the left; after `max` splits the rest (its leading
/// whitespace removed) is the last part.
fn split_space(v: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        while i < v.len() && is_space(v[i]) {
            i += 1;
        }
        if i == v.len() {
            break;
        }
        if out.len() == max {
            out.push(v[i..].to_vec());
            break;
        }
        let start = i;
        while i < v.len() && !is_space(v[i]) {
            i += 1;
        }
        out.push(v[start..i].to_vec());
    }
    out
}

fn split_sep(v: &[u8], sep: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while out.len() < max && i + sep.len() <= v.len() {
        if &v[i..i + sep.len()] == sep {
            out.push(v[start..i].to_vec());
            i += sep.len();
            start = i;
        } else {
            i += 1;
        }
    }
    out.push(v[start..].to_vec());
    out
}

fn reversed(v: &[u8]) -> Vec<u8> {
    v.iter().rev().copied().collect()
}

/// `rsplit` is `split` of the reversed bytes with a reversed separator, each part reversed
/// back and the parts in reverse order.
fn rsplit_parts(v: &[u8], sep: Option<&[u8]>, max: usize) -> Vec<Vec<u8>> {
    let rv = reversed(v);
    let mut parts = match sep {
        None => split_space(&rv, max),
        Some(s) => split_sep(&rv, &reversed(s), max),
    };
    parts.reverse();
    parts.iter().map(|p| reversed(p)).collect()
}

fn parts_value(parts: Vec<Vec<u8>>) -> Value {
    Value::list(parts.into_iter().map(bytes_value).collect())
}

pub(super) fn split(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (sep, max) = split_args(vm, &a, "split")?;
    let v = recv(b);
    Ok(parts_value(match &sep {
        None => split_space(&v, max),
        Some(s) => split_sep(&v, s, max),
    }))
}

pub(super) fn rsplit(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (sep, max) = split_args(vm, &a, "rsplit")?;
    let v = recv(b);
    Ok(parts_value(rsplit_parts(&v, sep.as_deref(), max)))
}

/// `bytes.hex(sep=..., bytes_per_sep=1)`: groups counted from the right, or from the left
/// when `bytes_per_sep` is negative.
pub(super) fn hex(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "hex", &a, &["sep", "bytes_per_sep"], 0)?;
    let v = recv(b);
    let sep = match &p[0] {
        None => None,
        Some(Value::Str(s)) => Some(s.s.to_string()),
        Some(Value::Bytes(s)) => Some(String::from_utf8_lossy(&s.0).into_owned()),
        Some(other) => {
            let t = vm.types.name_of(other);
            let msg = format!("sep must be str or bytes, not {t}");
            return vm.err(ExcKind::TypeError, msg);
        }
    };
    if sep.as_ref().is_some_and(|s| s.chars().count() != 1) {
        return vm.err(ExcKind::ValueError, "sep must be length 1.");
    }
    let per = match &p[1] {
        None => 1,
        Some(x) => vm.to_index(x)?,
    };
    let digits: Vec<String> = v.iter().map(|c| format!("{c:02x}")).collect();
    let (Some(sep), true) = (sep, per != 0) else {
        return Ok(Value::str(digits.concat()));
    };
    let n = usize::try_from(per.unsigned_abs()).unwrap_or(usize::MAX);
    let mut out = String::with_capacity(digits.len() * 3);
    for (i, d) in digits.iter().enumerate() {
        let boundary = if per > 0 {
            i > 0 && (digits.len() - i) % n == 0
        } else {
            i > 0 && i % n == 0
        };
        if boundary {
            out.push_str(&sep);
        }
        out.push_str(d);
    }
    Ok(Value::str(out))
}

/// `bytes.fromhex(s)`: pairs of hex digits, whitespace allowed between pairs only; the error
/// names the offending position in `s`.
pub(super) fn fromhex(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.fromhex", &a, 1)?;
    let Value::Str(s) = &a.pos[0] else {
        let t = vm.types.name_of(&a.pos[0]);
        let msg = format!("fromhex() argument must be str, not {t}");
        return vm.err(ExcKind::TypeError, msg);
    };
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (h, _) => {
                let at = if h.is_none() { i } else { i + 1 };
                let msg = format!("non-hexadecimal number found in fromhex() arg at position {at}");
                return vm.err(ExcKind::ValueError, msg);
            }
        }
        i += 2;
    }
    Ok(bytes_value(out))
}

/// `bytes.translate(table, delete=b'')`: `table` is None or 256 bytes.
pub(super) fn translate(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "translate", &a, &["table", "delete"], 1)?;
    let table = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                let msg = "translation table must be 256 characters long";
                return vm.err(ExcKind::ValueError, msg);
            }
            Some(t)
        }
    };
    let delete = match &p[1] {
        None => Vec::new(),
        Some(v) => bytes_arg(vm, v)?,
    };
    let out = recv(b)
        .into_iter()
        .filter(|c| !delete.contains(c))
        .map(|c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(bytes_value(out))
}

/// `bytes.maketrans(from, to)`: the identity table with `from[i]` mapped to `to[i]`.
pub(super) fn maketrans(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "maketrans", &a, 2)?;
    let (from, to) = (bytes_arg(vm, &a.pos[0])?, bytes_arg(vm, &a.pos[1])?);
    if from.len() != to.len() {
        return vm.err(
            ExcKind::ValueError,
            "maketrans arguments must have same length",
        );
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(bytes_value(table))
}

/// `bytes.expandtabs(tabsize=8)`: the column restarts after `\n` and `\r`.
pub(super) fn expandtabs(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "expandtabs", &a, &["tabsize"], 0)?;
    let size = match &p[0] {
        None => 8,
        Some(v) => vm.to_index(v)?,
    };
    let v = recv(b);
    let mut out = Vec::with_capacity(v.len());
    let mut col: i64 = 0;
    for c in v {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    vm.reserve(out.len() as u64 + n as u64, 1)?;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(bytes_value(out))
}

/// The needle of `find`/`count`/...: bytes, or an int naming one byte.
fn needle(vm: &mut Vm, v: &Value) -> VmResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.0.to_vec()),
        Value::Int(_) | Value::PyBool(_) | Value::BigInt(_) => {
            let i = vm.to_index(v)?;
            match u8::try_from(i) {
                Ok(c) => Ok(vec![c]),
                Err(_) => vm.err(ExcKind::ValueError, "byte must be in range(0, 256)"),
            }
        }
        other => {
            let t = vm.types.name_of(other);
            let msg = format!("argument should be integer or bytes-like object, not '{t}'");
            vm.err(ExcKind::TypeError, msg)
        }
    }
}

/// `(sub, start, end)` of the search methods, the bounds resolved as a slice's are.
fn search_args(vm: &mut Vm, a: &Args, name: &str, len: usize) -> VmResult<(Vec<u8>, usize, usize)> {
    args::no_kwargs(vm, name, a)?;
    if a.pos.is_empty() {
        let msg = format!("{name}() takes at least 1 argument (0 given)");
        return vm.err(ExcKind::TypeError, msg);
    }
    args::between(vm, name, a, 1, 3)?;
    let sub = needle(vm, &a.pos[0])?;
    let bound = |vm: &mut Vm, i: usize, default: i64| -> VmResult<i64> {
        match a.pos.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let n = vm.to_index(v)?;
                Ok(if n < 0 { (n + len as i64).max(0) } else { n })
            }
        }
    };
    let start = bound(vm, 1, 0)?;
    let end = bound(vm, 2, len as i64)?.min(len as i64);
    Ok((sub, start as usize, end.max(0) as usize))
}

/// The first (or last) position of `sub` in `hay[start..end]`.
fn search(hay: &[u8], sub: &[u8], start: usize, end: usize, last: bool) -> Option<usize> {
    if start > end || end - start < sub.len() {
        return None;
    }
    let window = &hay[start..end];
    if sub.is_empty() {
        return Some(if last { end } else { start });
    }
    let mut hits = window.windows(sub.len());
    let at = if last {
        hits.rposition(|w| w == sub)
    } else {
        hits.position(|w| w == sub)
    };
    at.map(|p| p + start)
}

fn find_with(vm: &mut Vm, b: &Option<Value>, a: Args, name: &str, last: bool) -> VmResult<i64> {
    let hay = recv(b);
    let (sub, start, end) = search_args(vm, &a, name, hay.len())?;
    Ok(search(&hay, &sub, start, end, last).map_or(-1, |p| p as i64))
}

pub(super) fn find(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    find_with(vm, b, a, "find", false).map(Value::Int)
}

pub(super) fn rfind(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    find_with(vm, b, a, "rfind", true).map(Value::Int)
}

fn index_with(vm: &mut Vm, b: &Option<Value>, a: Args, name: &str, last: bool) -> R {
    match find_with(vm, b, a, name, last)? {
        -1 => vm.err(ExcKind::ValueError, "subsection not found"),
        i => Ok(Value::Int(i)),
    }
}

pub(super) fn index(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    index_with(vm, b, a, "index", false)
}

pub(super) fn rindex(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    index_with(vm, b, a, "rindex", true)
}

/// Non-overlapping occurrences of `sub` in `hay[start..end]`.
pub(super) fn count(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let hay = recv(b);
    let (sub, start, end) = search_args(vm, &a, "count", hay.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((end - start) as i64 + 1));
    }
    let window = &hay[start..end];
    let (mut n, mut i) = (0, 0);
    while i + sub.len() <= window.len() {
        if &window[i..i + sub.len()] == sub.as_slice() {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `bytes.replace(old, new, count=-1)`; an empty `old` inserts `new` around every byte.
pub(super) fn replace(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::no_kwargs(vm, "replace", &a)?;
    args::between(vm, "replace", &a, 2, 3)?;
    let v = recv(b);
    let (old, new) = (bytes_arg(vm, &a.pos[0])?, bytes_arg(vm, &a.pos[1])?);
    let limit = match a.pos.get(2) {
        Some(c) => usize::try_from(vm.to_index(c)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let mut out = Vec::with_capacity(v.len());
    let mut done = 0;
    let mut i = 0;
    if old.is_empty() {
        for &c in &v {
            if done < limit {
                vm.reserve((out.len() + new.len()) as u64, 1)?;
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            out.extend_from_slice(&new);
        }
        return Ok(bytes_value(out));
    }
    while i < v.len() {
        if done < limit && v[i..].starts_with(&old) {
            vm.reserve((out.len() + new.len()) as u64, 1)?;
            out.extend_from_slice(&new);
            i += old.len();
            done += 1;
        } else {
            out.push(v[i]);
            i += 1;
        }
    }
    Ok(bytes_value(out))
}

/// `startswith`/`endswith(prefix[, start[, end]])`, `prefix` a bytes or a tuple of them.
fn affix(vm: &mut Vm, b: &Option<Value>, a: Args, name: &str, end_side: bool) -> R {
    args::no_kwargs(vm, name, &a)?;
    args::between(vm, name, &a, 1, 3)?;
    let hay = recv(b);
    let len = hay.len() as i64;
    let bound = |vm: &mut Vm, i: usize, default: i64| -> VmResult<i64> {
        match a.pos.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let n = vm.to_index(v)?;
                Ok(if n < 0 { (n + len).max(0) } else { n.min(len) })
            }
        }
    };
    let (start, end) = (bound(vm, 1, 0)?, bound(vm, 2, len)?);
    let candidates = match &a.pos[0] {
        Value::Tuple(t) => t.0.to_vec(),
        Value::Bytes(_) => vec![a.pos[0].clone()],
        other => {
            let t = vm.types.name_of(other);
            let msg = format!("{name} first arg must be bytes or a tuple of bytes, not {t}");
            return vm.err(ExcKind::TypeError, msg);
        }
    };
    if start > len {
        return Ok(Value::Bool(false));
    }
    let window = if start <= end {
        &hay[start as usize..end as usize]
    } else {
        &hay[..0]
    };
    for c in &candidates {
        let p = bytes_arg(vm, c)?;
        if start > end {
            continue;
        }
        let hit = if end_side {
            window.ends_with(&p)
        } else {
            window.starts_with(&p)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(super) fn startswith(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    affix(vm, b, a, "startswith", false)
}

pub(super) fn endswith(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    affix(vm, b, a, "endswith", true)
}
