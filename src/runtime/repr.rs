//! `repr()` and `str()` of every value, as CPython prints them. Containers that contain
//! themselves print `[...]`; nesting is bounded by the recursion limit. Object reprs never show
//! host addresses (a documented divergence from CPython's `at 0x...`).

use num_bigint::BigInt;

use super::errors::ExcKind;
use super::value::Value;
use crate::pyrepr::{bytes_repr, float_repr, str_repr};
use crate::vm::{Vm, VmResult};

/// CPython 3.11's `sys.int_info.default_max_str_digits`.
pub const MAX_INT_DIGITS: u64 = 4300;

pub fn int_to_decimal(vm: &mut Vm, b: &BigInt) -> VmResult<String> {
    // A quick bound from the bit length avoids converting giant numbers just to refuse them.
    if b.bits() > MAX_INT_DIGITS * 332 / 100 + 4 {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len() as u64;
        if digits > MAX_INT_DIGITS {
            return vm.err(
                ExcKind::ValueError,
                "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            );
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

/// A stable-per-run stand-in for an object address: scrambled so no host address leaks.
pub fn opaque_id(p: usize) -> String {
    let mut x = p as u64 ^ 0x9E37_79B9_7F4A_7C15;
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^= x >> 31;
    format!("0x7f{:010x}", x & 0xff_ffff_ffff)
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> VmResult<String> {
        Ok(match v {
            Value::None | Value::Null | Value::Host(_) => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::PyBool(b) => if b.get() { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => int_to_decimal(self, b)?,
            Value::PyFloat(f) => float_repr(f.get()),
            Value::Str(s) => str_repr(&s.s),
            Value::Bytes(b) => bytes_repr(&b.0),
            Value::List(l) => {
                let id = std::rc::Rc::as_ptr(l) as usize;
                let items = l.0.borrow().clone();
                return self.repr_container(id, "[", "]", "[...]", &items, false);
            }
            Value::Tuple(t) => {
                let id = std::rc::Rc::as_ptr(t) as usize;
                let close = if t.0.len() == 1 { ",)" } else { ")" };
                return self.repr_container(id, "(", close, "(...)", &t.0.clone(), false);
            }
            Value::Dict(d) => {
                let id = std::rc::Rc::as_ptr(d) as usize;
                if self.repr_active.contains(&id) {
                    return Ok("{...}".into());
                }
                let entries: Vec<(Value, Value)> =
                    d.0.borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                self.repr_active.push(id);
                let r = self.repr_entries(&entries);
                self.repr_active.pop();
                return r;
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let items = super::ops::set_items(s);
                let frozen = matches!(v, Value::FrozenSet(_));
                if items.is_empty() {
                    return Ok(if frozen { "frozenset()" } else { "set()" }.into());
                }
                let id = std::rc::Rc::as_ptr(s) as usize;
                let inner = self.repr_container(id, "{", "}", "{...}", &items, false)?;
                return Ok(if frozen {
                    format!("frozenset({inner})")
                } else {
                    inner
                });
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr(&a)?,
                    self.repr(&b)?,
                    self.repr(&c)?
                )
            }
            Value::Function(f) => format!(
                "<function {} at {}>",
                f.qualname.borrow().s,
                opaque_id(std::rc::Rc::as_ptr(f) as usize)
            ),
            Value::Builtin(b) => match (&b.bound, b.owner) {
                (Some(recv), _) if !matches!(recv, Value::Module(_) | Value::Host(_)) => {
                    format!(
                        "<built-in method {} of {} object>",
                        b.name,
                        self.types.name_of(recv)
                    )
                }
                _ => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => {
                let name = match &m.func {
                    Value::Function(f) => f.qualname.borrow().s.as_str().to_owned(),
                    _ => "?".into(),
                };
                let recv = m.receiver.clone();
                format!("<bound method {name} of {}>", self.repr(&recv)?)
            }
            Value::Class(c) if c.meta.is_some() && self.special(v, "__repr__").is_some() => {
                return self.instance_repr(v)
            }
            Value::Class(c) => class_repr(c),
            Value::Instance(_) => return self.instance_repr(v),
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name.s),
            Value::Iterator(it) => format!("<{} object>", super::iter::iter_type_name(it)),
            Value::Generator(g) => format!("<generator object {}>", g.qualname.s),
            Value::DictView(dv) if dv.kind == super::value::DictIterKind::Proxy => {
                let inner = self.repr(&Value::Dict(dv.dict.clone()))?;
                format!("mappingproxy({inner})")
            }
            Value::DictView(dv) => {
                let name = self.types.name_of(v);
                let items = self.collect(v)?;
                let id = std::rc::Rc::as_ptr(&dv.dict) as usize;
                let inner = self.repr_container(id, "[", "]", "[...]", &items, false)?;
                format!("{name}({inner})")
            }
            Value::Code(c) => format!("<code object {}>", c.code.name),
            Value::Cell(_) => "<cell>".into(),
        })
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> VmResult<String> {
        match v {
            Value::Str(s) => Ok(s.s.as_str().to_owned()),
            Value::Instance(_) => self.instance_str(v),
            Value::Class(c) if c.meta.is_some() && self.special(v, "__str__").is_some() => {
                self.instance_str(v)
            }
            // `mappingproxy.__str__` is the str of the mapping it shows.
            Value::DictView(dv) if dv.kind == super::value::DictIterKind::Proxy => {
                self.repr(&Value::Dict(dv.dict.clone()))
            }
            _ => self.repr(v),
        }
    }

    fn repr_nested(&mut self, v: &Value) -> VmResult<String> {
        self.enter_native_as(crate::vm::call::Reentry::Repr)?;
        let r = crate::stack::deep(|| self.repr(v));
        self.leave_native();
        r
    }

    fn repr_container(
        &mut self,
        id: usize,
        open: &str,
        close: &str,
        recursive: &str,
        items: &[Value],
        _: bool,
    ) -> VmResult<String> {
        if self.repr_active.contains(&id) {
            return Ok(recursive.into());
        }
        self.repr_active.push(id);
        let mut out = String::from(open);
        let mut result = Ok(());
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let Err(e) = self.tick(1).and_then(|()| self.check_text(out.len())) {
                result = Err(e);
                break;
            }
            match self.repr_nested(item) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_active.pop();
        result?;
        out.push_str(close);
        Ok(out)
    }

    fn repr_entries(&mut self, entries: &[(Value, Value)]) -> VmResult<String> {
        let mut out = String::from("{");
        for (i, (k, v)) in entries.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_nested(k)?);
            out.push_str(": ");
            out.push_str(&self.repr_nested(v)?);
        }
        out.push('}');
        Ok(out)
    }
}

/// `type.__repr__`: `<class 'int'>`, `<class '__main__.C'>`.
pub fn class_repr(c: &crate::runtime::value::Class) -> String {
    if c.builtin {
        format!("<class '{}'>", c.name.borrow().s)
    } else {
        format!("<class '__main__.{}'>", c.qualname.borrow().s)
    }
}
