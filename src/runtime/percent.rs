//! `str % args` and `bytes % args`: printf-style formatting with CPython's conversions, flags
//! and errors. A bytes template is handled as text whose characters are its bytes (latin-1),
//! with the bytes-specific conversions (`%s`/`%b` take bytes, `%r` is `ascii()`, `%c` a byte).

use super::errors::ExcKind;
use super::format::{float_to_string, FloatFlags};
use super::value::Value;
use crate::builtins::to_int;
use crate::vm::{Vm, VmResult};

pub fn format(vm: &mut Vm, template: &Value, args: &Value) -> VmResult {
    let chars: Vec<char> = template.as_str().unwrap_or("").chars().collect();
    format_chars(vm, &chars, args, false).map(Value::str)
}

/// `bytes % args`.
pub fn format_bytes(vm: &mut Vm, template: &[u8], args: &Value) -> VmResult {
    let chars: Vec<char> = template.iter().map(|&b| char::from(b)).collect();
    let text = format_chars(vm, &chars, args, true)?;
    // Every character is a byte: conversions only produce latin-1 text in bytes mode.
    let out: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(c).unwrap_or(b'?'))
        .collect();
    Ok(Value::Bytes(std::rc::Rc::new(super::value::PyBytes(
        out.into_boxed_slice(),
    ))))
}

/// Latin-1 text of bytes (each byte one character).
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| char::from(c)).collect()
}

fn format_chars(vm: &mut Vm, chars: &[char], args: &Value, bytes: bool) -> VmResult<String> {
    let mapping = matches!(args, Value::Dict(_)) || matches!(args, Value::Instance(_));
    let items: Vec<Value> = match args {
        Value::Tuple(tu) => tu.0.to_vec(),
        other => vec![other.clone()],
    };
    let mut next = 0usize;
    let mut out = String::new();
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut key_value: Option<Value> = None;
        if chars.get(i) == Some(&'(') {
            let end = chars[i..].iter().position(|&c| c == ')').map(|k| i + k);
            let Some(end) = end else {
                return vm.err(ExcKind::ValueError, "incomplete format key");
            };
            let key: String = chars[i + 1..end].iter().collect();
            let key = if bytes {
                let raw: Vec<u8> = key.chars().map(|c| c as u8).collect();
                Value::Bytes(std::rc::Rc::new(super::value::PyBytes(
                    raw.into_boxed_slice(),
                )))
            } else {
                Value::str(key)
            };
            key_value = Some(vm.getitem(args, &key)?);
            used_mapping = true;
            i = end + 1;
        }
        let mut flags = String::new();
        while let Some(&c) = chars.get(i).filter(|c| "-+ #0".contains(**c)) {
            flags.push(c);
            i += 1;
        }
        let num = |vm: &mut Vm, i: &mut usize, next: &mut usize| -> VmResult<Option<usize>> {
            if chars.get(*i) == Some(&'*') {
                *i += 1;
                let v = items.get(*next).cloned();
                *next += 1;
                return match v {
                    Some(v) => Ok(Some(vm.to_index(&v)?.max(0) as usize)),
                    None => vm.err(ExcKind::TypeError, "not enough arguments for format string"),
                };
            }
            let s: String = chars[*i..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            *i += s.len();
            Ok(s.parse().ok())
        };
        let width = num(vm, &mut i, &mut next)?;
        let mut precision = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let star = chars.get(i) == Some(&'*');
            let p = num(vm, &mut i, &mut next)?.unwrap_or(0);
            // CPython keeps the precision in a C int.
            if p > i32::MAX as usize {
                return if star {
                    vm.err(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C int",
                    )
                } else {
                    vm.err(ExcKind::ValueError, "precision too big")
                };
            }
            precision = Some(p);
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return vm.err(ExcKind::ValueError, "incomplete format");
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let value = match key_value {
            Some(v) => v,
            None => {
                if used_mapping {
                    return vm.err(ExcKind::TypeError, "not enough arguments for format string");
                }
                let v = items.get(next).cloned();
                next += 1;
                match v {
                    Some(v) => v,
                    None => {
                        return vm.err(ExcKind::TypeError, "not enough arguments for format string")
                    }
                }
            }
        };
        let body = if bytes {
            convert_bytes(vm, conv, &value, &flags, precision, start)?
        } else {
            convert(vm, conv, &value, &flags, precision, start)?
        };
        let width = width.unwrap_or(0);
        let len = body.chars().count();
        // The result is checked before padding allocates: `'%999999999999d' % 1` is a size
        // limit error, not an allocation failure.
        vm.check_text(out.len().saturating_add(body.len().max(width)))?;
        if len < width {
            let pad = width - len;
            if flags.contains('-') {
                out.push_str(&body);
                out.push_str(&" ".repeat(pad));
            } else if flags.contains('0') && "diouxXeEfFgG".contains(conv) {
                let (sign, digits) = split_sign(&body);
                out.push_str(sign);
                out.push_str(&"0".repeat(pad));
                out.push_str(digits);
            } else {
                out.push_str(&" ".repeat(pad));
                out.push_str(&body);
            }
        } else {
            out.push_str(&body);
        }
    }
    if !used_mapping && next < items.len() && !mapping {
        let what = if bytes { "bytes" } else { "string" };
        return vm.err(
            ExcKind::TypeError,
            format!("not all arguments converted during {what} formatting"),
        );
    }
    Ok(out)
}

/// The conversions whose meaning differs for a bytes template; the numeric ones are shared.
fn convert_bytes(
    vm: &mut Vm,
    conv: char,
    v: &Value,
    flags: &str,
    precision: Option<usize>,
    at: usize,
) -> VmResult<String> {
    let cut = |s: String| match precision {
        Some(p) => s.chars().take(p).collect(),
        None => s,
    };
    match conv {
        's' | 'b' => match crate::vm::subclass::unwrap(v) {
            Value::Bytes(b) => Ok(cut(latin1(&b.0))),
            _ => {
                let t = vm.types.name_of(v);
                let msg = format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, \
                     not '{t}'"
                );
                vm.err(ExcKind::TypeError, msg)
            }
        },
        'r' | 'a' => {
            let s = vm.repr(v)?;
            Ok(cut(crate::builtins::ascii_of(&s)))
        }
        'c' => match crate::vm::subclass::unwrap(v) {
            Value::Bytes(b) if b.0.len() == 1 => Ok(latin1(&b.0)),
            Value::Int(i) => match u8::try_from(i) {
                Ok(c) => Ok(char::from(c).to_string()),
                Err(_) => vm.err(ExcKind::OverflowError, "%c arg not in range(256)"),
            },
            _ => vm.err(
                ExcKind::TypeError,
                "%c requires an integer in range(256) or a single byte",
            ),
        },
        _ => convert(vm, conv, v, flags, precision, at),
    }
}

fn split_sign(s: &str) -> (&str, &str) {
    let prefix_len = s
        .find(|c: char| c.is_ascii_digit() || c == 'i' || c == 'n')
        .unwrap_or(0);
    let (a, b) = s.split_at(prefix_len);
    if let Some(rest) = b
        .strip_prefix("0x")
        .or_else(|| b.strip_prefix("0X"))
        .or_else(|| b.strip_prefix("0o"))
    {
        let n = s.len() - rest.len();
        return s.split_at(n);
    }
    (a, b)
}

fn convert(
    vm: &mut Vm,
    conv: char,
    v: &Value,
    flags: &str,
    precision: Option<usize>,
    at: usize,
) -> VmResult<String> {
    let numeric;
    let v = match v {
        Value::Instance(_) if "diouxXeEfFgGc".contains(conv) => {
            numeric = number_of(vm, conv, v)?;
            &numeric
        }
        _ => v,
    };
    let sign = |neg: bool| {
        if neg {
            "-"
        } else if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        }
    };
    match conv {
        's' => {
            let s = vm.str_of(v)?;
            Ok(match precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            })
        }
        'r' | 'a' => {
            let s = vm.repr(v)?;
            let s = if conv == 'a' {
                crate::builtins::ascii_of(&s)
            } else {
                s
            };
            Ok(match precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            })
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = match v {
                Value::PyFloat(f) if "diu".contains(conv) => {
                    crate::runtime::num::int_from_f64(f.get()).map_err(|e| vm.raise(e))?
                }
                _ => match to_int(v) {
                    Some(n) => n,
                    None => {
                        let t = vm.types.name_of(v);
                        let what = if "diu".contains(conv) {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        return vm.err(
                            ExcKind::TypeError,
                            format!("%{conv} format: {what} is required, not {t}"),
                        );
                    }
                },
            };
            let big = n.to_big();
            let neg = big < num_bigint::BigInt::from(0);
            let mag = if neg { -big } else { big };
            let mut digits = match conv {
                'x' => mag.to_str_radix(16),
                'X' => mag.to_str_radix(16).to_uppercase(),
                'o' => mag.to_str_radix(8),
                // Decimal text is subject to the 4,300-digit limit, as `str(int)`.
                _ => super::repr::int_to_decimal(vm, &mag)?,
            };
            if let Some(p) = precision.filter(|&p| p > digits.len()) {
                // Checked before allocating: `'%.999999999999d' % 1` is a size limit error.
                vm.check_text(p)?;
                digits.insert_str(0, &"0".repeat(p - digits.len()));
            }
            let prefix = if flags.contains('#') {
                match conv {
                    'x' => "0x",
                    'X' => "0X",
                    'o' => "0o",
                    _ => "",
                }
            } else {
                ""
            };
            Ok(format!("{}{prefix}{digits}", sign(neg)))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match v {
                Value::PyFloat(f) => f.get(),
                _ => match to_int(v) {
                    Some(n) => crate::runtime::num::int_to_f64(&n).map_err(|e| vm.raise(e))?,
                    None => {
                        let t = vm.types.name_of(v);
                        return vm.err(ExcKind::TypeError, format!("must be real number, not {t}"));
                    }
                },
            };
            let fl = FloatFlags {
                alternate: flags.contains('#'),
                add_dot_0: false,
                no_neg_zero: false,
            };
            let body = float_to_string(f.abs(), conv, precision.unwrap_or(6), fl)
                .map_err(|e| vm.raise(e))?;
            Ok(format!(
                "{}{body}",
                sign(f.is_sign_negative() && !f.is_nan())
            ))
        }
        'c' => match v {
            Value::Str(s) if s.char_len() == 1 => Ok(s.s.as_str().to_owned()),
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(c) => Ok(c.to_string()),
                None => vm.err(ExcKind::OverflowError, "%c arg not in range(0x110000)"),
            },
            _ => vm.err(ExcKind::TypeError, "%c requires int or char"),
        },
        other => vm.err(
            ExcKind::ValueError,
            format!(
                "unsupported format character '{other}' (0x{:x}) at index {}",
                other as u32,
                at + 1
            ),
        ),
    }
}

/// The number a user object stands for in a numeric conversion: the value a built-in
/// subclass extends, else `__int__`/`__index__`/`__float__` as CPython's conversions use them.
fn number_of(vm: &mut Vm, conv: char, v: &Value) -> VmResult<Value> {
    if let Some(inner) = crate::vm::subclass::inner_of(v) {
        return Ok(inner.clone());
    }
    let names: &[&str] = match conv {
        'd' | 'i' | 'u' => &["__int__", "__index__"],
        'o' | 'x' | 'X' | 'c' => &["__index__"],
        _ => &["__float__", "__index__"],
    };
    for name in names {
        if let Some(r) = vm.call_special(v, name, vec![])? {
            return Ok(r);
        }
    }
    Ok(v.clone())
}
