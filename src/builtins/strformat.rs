//! `str.format` / `str.format_map`: replacement fields with positional or named arguments,
//! attribute and index lookups (through the VM's attribute gate), conversions and nested specs.

use crate::runtime::errors::ExcKind;
use crate::runtime::value::Value;
use crate::vm::{Vm, VmResult};

/// Where named fields come from.
pub enum Kw<'a> {
    List(&'a [(String, Value)]),
    Mapping(Value),
}

pub fn format(vm: &mut Vm, template: &str, args: &[Value], kw: &Kw) -> VmResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    render(vm, template, args, kw, &mut auto, &mut manual, 0)
}

fn render(
    vm: &mut Vm,
    t: &str,
    args: &[Value],
    kw: &Kw,
    auto: &mut usize,
    manual: &mut bool,
    depth: u32,
) -> VmResult<String> {
    if depth > 2 {
        return vm.err(ExcKind::ValueError, "Max string recursion exceeded");
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces belong to the spec).
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() && level > 0 {
                match chars[j] {
                    '{' => level += 1,
                    '}' => level -= 1,
                    _ => {}
                }
                j += 1;
            }
            if level > 0 {
                let msg = if j == i + 1 {
                    "Single '{' encountered in format string"
                } else {
                    "expected '}' before end of string"
                };
                return vm.err(ExcKind::ValueError, msg);
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            out.push_str(&field_value(vm, &field, args, kw, auto, manual, depth)?);
            i = j;
            continue;
        }
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return vm.err(
                ExcKind::ValueError,
                "Single '}' encountered in format string",
            );
        }
        out.push(c);
        i += 1;
    }
    Ok(out)
}

fn field_value(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kw: &Kw,
    auto: &mut usize,
    manual: &mut bool,
    depth: u32,
) -> VmResult<String> {
    // field_name [! conversion] [: spec]
    let (head, spec) = split_top(field, ':');
    let (name, conv) = match head.find('!') {
        Some(k) => (&head[..k], Some(&head[k + 1..])),
        None => (head, None),
    };
    if name.contains('{') {
        return vm.err(ExcKind::ValueError, "unexpected '{' in field name");
    }
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(first_end);
    let mut value = if first.is_empty() {
        if *manual {
            return vm.err(
                ExcKind::ValueError,
                "cannot switch from manual field specification to automatic field numbering",
            );
        }
        let v = args.get(*auto).cloned();
        *auto += 1;
        match v {
            Some(v) => v,
            None => {
                return vm.err(
                    ExcKind::IndexError,
                    format!(
                        "Replacement index {} out of range for positional args tuple",
                        *auto - 1
                    ),
                )
            }
        }
    } else if let Ok(n) = first.parse::<usize>() {
        if *auto > 0 {
            return vm.err(
                ExcKind::ValueError,
                "cannot switch from automatic field numbering to manual field specification",
            );
        }
        *manual = true;
        match args.get(n) {
            Some(v) => v.clone(),
            None => {
                return vm.err(
                    ExcKind::IndexError,
                    format!("Replacement index {n} out of range for positional args tuple"),
                )
            }
        }
    } else {
        let found = match kw {
            Kw::List(items) => items
                .iter()
                .find(|(k, _)| k == first)
                .map(|(_, v)| v.clone()),
            Kw::Mapping(m) => match vm.getitem(m, &Value::str(first)) {
                Ok(v) => Some(v),
                Err(e) => return Err(e),
            },
        };
        match found {
            Some(v) => v,
            None => {
                let class = vm.types.exc(ExcKind::KeyError).clone();
                let e = vm.new_exception_args(class, vec![Value::str(first)]);
                return Err(crate::vm::Unwind::Exc(e));
            }
        }
    };
    let mut rest = rest;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return vm.err(ExcKind::ValueError, "Empty attribute in format string");
            }
            // The same gate as dot syntax: format strings cannot reach more than code can.
            value = vm.getattr(&value, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return vm.err(ExcKind::ValueError, "Missing ']' in format string");
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::str(key),
            };
            value = vm.getitem(&value, &k)?;
            rest = r.get(end + 1..).unwrap_or("");
        } else {
            return vm.err(
                ExcKind::ValueError,
                "Only '.' or '[' may follow ']' in format field specifier",
            );
        }
    }
    let value = match conv {
        None => value,
        Some("r") => Value::str(vm.repr(&value)?),
        Some("s") => Value::str(vm.str_of(&value)?),
        Some("a") => Value::str(super::ascii_of(&vm.repr(&value)?)),
        Some(other) => {
            let c = other.chars().next().unwrap_or(' ');
            return vm.err(
                ExcKind::ValueError,
                format!("Unknown conversion specifier {c}"),
            );
        }
    };
    let spec = match spec {
        Some(s) if s.contains('{') => render(vm, s, args, kw, auto, manual, depth + 1)?,
        Some(s) => s.to_string(),
        None => String::new(),
    };
    vm.format(&value, &spec)
}

/// Splits at the first `sep` outside brackets.
fn split_top(s: &str, sep: char) -> (&str, Option<&str>) {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '[' | '{' => depth += 1,
            ']' | '}' => depth -= 1,
            c if c == sep && depth == 0 => return (&s[..i], Some(&s[i + 1..])),
            _ => {}
        }
    }
    (s, None)
}
