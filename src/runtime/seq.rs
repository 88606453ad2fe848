//! Subscription: indexing and slicing of the built-in sequences, dict lookup, and item
//! assignment and deletion, with CPython's errors.

use std::rc::Rc;

use num_traits::Signed;

use super::errors::ExcKind;
use super::ops;
use super::value::{PyBytes, PySlice, Value};
use crate::vm::{Vm, VmResult};

/// Python's `PySlice_AdjustIndices`: clamps a slice to a sequence of `len` items; returns
/// (start, clamped stop, step, item count).
pub fn adjust(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> (i64, i64, i64, i64) {
    let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| match v {
        None => default,
        Some(v) if v < 0 => (v + len).max(lo),
        Some(v) => v.min(hi),
    };
    let (start, stop) = if step > 0 {
        (clamp(start, 0, 0, len), clamp(stop, len, 0, len))
    } else {
        (
            clamp(start, len - 1, -1, len - 1),
            clamp(stop, -1, -1, len - 1),
        )
    };
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    (start, stop, step, n)
}

impl Vm {
    /// An integer usable as an index (`__index__`), as i64.
    pub fn to_index(&mut self, v: &Value) -> VmResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::PyBool(b) => Ok(i64::from(b.get())),
            Value::BigInt(_) => self.err(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ),
            Value::Instance(_) => self.instance_index(v),
            _ => {
                let t = self.types.name_of(v);
                self.err(
                    ExcKind::TypeError,
                    format!("'{t}' object cannot be interpreted as an integer"),
                )
            }
        }
    }

    /// Clamped (start, step, count) for slicing a sequence of `len` items.
    pub fn slice_indices(&mut self, s: &PySlice, len: usize) -> VmResult<(i64, i64, i64)> {
        let (start, _, step, n) = self.slice_bounds(s, len)?;
        Ok((start, step, n))
    }

    /// Clamped (start, stop, step, count), as `slice.indices` reports them.
    pub fn slice_bounds(&mut self, s: &PySlice, len: usize) -> VmResult<(i64, i64, i64, i64)> {
        let part = |vm: &mut Vm, v: &Value| -> VmResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::PyBool(b) => Ok(Some(i64::from(b.get()))),
                Value::BigInt(b) => Ok(Some(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                Value::Instance(_) if vm.special(v, "__index__").is_some() => {
                    match vm.call_special(v, "__index__", vec![])? {
                        Some(Value::Int(i)) => Ok(Some(i)),
                        Some(Value::PyBool(b)) => Ok(Some(i64::from(b.get()))),
                        Some(Value::BigInt(b)) => Ok(Some(if b.is_negative() {
                            i64::MIN / 2
                        } else {
                            i64::MAX / 2
                        })),
                        Some(other) => {
                            let t = vm.types.name_of(&other);
                            vm.err(
                                ExcKind::TypeError,
                                format!("__index__ returned non-int (type {t})"),
                            )
                        }
                        None => Ok(None),
                    }
                }
                _ => vm.err(
                    ExcKind::TypeError,
                    "slice indices must be integers or None or have an __index__ method",
                ),
            }
        };
        let step = part(self, &s.step)?.unwrap_or(1);
        if step == 0 {
            return self.err(ExcKind::ValueError, "slice step cannot be zero");
        }
        let start = part(self, &s.start)?;
        let stop = part(self, &s.stop)?;
        Ok(adjust(start, stop, step.max(-i64::MAX), len as i64))
    }

    fn index_of(&mut self, key: &Value, len: usize, what: &str) -> VmResult<usize> {
        let i = self.to_index(key)?;
        let len = len as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            let msg = if what == "index" {
                "index out of range".to_string()
            } else {
                format!("{what} index out of range")
            };
            return self.err(ExcKind::IndexError, msg);
        }
        Ok(j as usize)
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> VmResult {
        match (obj, key) {
            (Value::List(l), Value::Int(i)) => {
                let items = l.0.borrow();
                let n = items.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if j < 0 || j >= n {
                    drop(items);
                    return self.err(ExcKind::IndexError, "list index out of range");
                }
                Ok(items[j as usize].clone())
            }
            (Value::Dict(d), _) => match ops::dict_get(self, d, key)? {
                Some(v) => Ok(v),
                None => {
                    let class = self.types.exc(ExcKind::KeyError).clone();
                    let exc = self.new_exception_args(class, vec![key.clone()]);
                    Err(crate::vm::Unwind::Exc(exc))
                }
            },
            (Value::List(l), Value::Slice(s)) => {
                let items = l.0.borrow().clone();
                let (start, step, n) = self.slice_indices(s, items.len())?;
                Ok(Value::list(take(&items, start, step, n)))
            }
            (Value::Tuple(t), Value::Slice(s)) => {
                let (start, step, n) = self.slice_indices(s, t.0.len())?;
                Ok(Value::tuple(take(&t.0, start, step, n)))
            }
            (Value::Str(st), Value::Slice(sl)) => {
                let (start, step, n) = self.slice_indices(sl, st.char_len())?;
                if st.is_ascii() {
                    let b = st.s.as_bytes();
                    let out: Vec<u8> = (0..n).map(|k| b[(start + k * step) as usize]).collect();
                    return Ok(Value::str(String::from_utf8(out).unwrap_or_default()));
                }
                let chars: Vec<char> = st.s.chars().collect();
                Ok(Value::str(
                    (0..n)
                        .map(|k| chars[(start + k * step) as usize])
                        .collect::<String>(),
                ))
            }
            (Value::Bytes(b), Value::Slice(sl)) => {
                let (start, step, n) = self.slice_indices(sl, b.0.len())?;
                let out: Vec<u8> = (0..n).map(|k| b.0[(start + k * step) as usize]).collect();
                Ok(Value::Bytes(Rc::new(PyBytes(out.into_boxed_slice()))))
            }
            (Value::Range(r), Value::Slice(sl)) => {
                let (start, stop, step, _) = self.slice_bounds(sl, r.len() as usize)?;
                Ok(Value::Range(Rc::new(super::value::PyRange {
                    start: r.start + start * r.step,
                    stop: r.start + stop * r.step,
                    step: r.step * step,
                })))
            }
            (Value::Tuple(t), _) if is_index(key) => {
                let j = self.index_of(key, t.0.len(), "tuple")?;
                Ok(t.0[j].clone())
            }
            (Value::List(l), _) if is_index(key) => {
                let n = l.0.borrow().len();
                let j = self.index_of(key, n, "list")?;
                Ok(l.0.borrow()[j].clone())
            }
            (Value::Str(s), _) if is_index(key) => {
                let j = self.index_of(key, s.char_len(), "string")?;
                let c = if s.is_ascii() {
                    s.s.as_bytes()[j] as char
                } else {
                    s.s.chars().nth(j).unwrap_or(' ')
                };
                Ok(Value::str(c.to_string()))
            }
            (Value::Bytes(b), _) if is_index(key) => {
                let j = self.index_of(key, b.0.len(), "index")?;
                Ok(Value::Int(i64::from(b.0[j])))
            }
            (Value::Range(r), _) if is_index(key) => {
                let j = self.index_of(key, r.len() as usize, "range object")?;
                Ok(Value::Int(r.get(j as i64)))
            }
            (Value::Instance(_), _) => self.instance_getitem(obj, key),
            (Value::DictView(p), _) if p.kind == super::value::DictIterKind::Proxy => {
                self.getitem(&Value::Dict(p.dict.clone()), key)
            }
            // A metaclass's `__getitem__` comes before `__class_getitem__`, as in CPython.
            (Value::Class(c), _)
                if c.meta.is_some() && self.special(obj, "__getitem__").is_some() =>
            {
                self.instance_getitem(obj, key)
            }
            (Value::Class(c), _) => self.class_getitem(c, key),
            _ => {
                let (t, k) = (self.types.name_of(obj), self.types.name_of(key));
                let msg = match obj {
                    Value::List(_) => format!("list indices must be integers or slices, not {k}"),
                    Value::Tuple(_) => format!("tuple indices must be integers or slices, not {k}"),
                    Value::Str(_) => format!("string indices must be integers, not '{k}'"),
                    Value::Bytes(_) => format!("byte indices must be integers or slices, not {k}"),
                    Value::Range(_) => format!("range indices must be integers or slices, not {k}"),
                    _ => format!("'{t}' object is not subscriptable"),
                };
                self.err(ExcKind::TypeError, msg)
            }
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> VmResult<()> {
        match obj {
            Value::Dict(d) => ops::dict_set(self, d, key, value),
            Value::List(l) => match &key {
                Value::Slice(s) => {
                    let new = match self.collect(&value) {
                        Ok(v) => v,
                        Err(_)
                            if matches!(
                                value,
                                Value::Int(_) | Value::PyFloat(_) | Value::None | Value::PyBool(_)
                            ) =>
                        {
                            return self.err(ExcKind::TypeError, "can only assign an iterable");
                        }
                        Err(e) => return Err(e),
                    };
                    let len = l.0.borrow().len();
                    let (start, step, n) = self.slice_indices(s, len)?;
                    let mut items = l.0.borrow_mut();
                    if step == 1 {
                        let stop = (start + n) as usize;
                        items.splice(start as usize..stop, new);
                        return Ok(());
                    }
                    if new.len() as i64 != n {
                        drop(items);
                        return self.err(
                            ExcKind::ValueError,
                            format!("attempt to assign sequence of size {} to extended slice of size {n}", new.len()),
                        );
                    }
                    for (k, v) in new.into_iter().enumerate() {
                        items[(start + k as i64 * step) as usize] = v;
                    }
                    Ok(())
                }
                _ if is_index(&key) => {
                    let n = l.0.borrow().len();
                    let j = self.index_of(&key, n, "list assignment")?;
                    l.0.borrow_mut()[j] = value;
                    Ok(())
                }
                _ => {
                    let k = self.types.name_of(&key);
                    self.err(
                        ExcKind::TypeError,
                        format!("list indices must be integers or slices, not {k}"),
                    )
                }
            },
            Value::Instance(_) => self.instance_setitem(obj, key, value),
            _ => {
                let t = self.types.name_of(obj);
                self.err(
                    ExcKind::TypeError,
                    format!("'{t}' object does not support item assignment"),
                )
            }
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> VmResult<()> {
        match obj {
            Value::Dict(d) => match ops::dict_del(self, d, key)? {
                Some(_) => Ok(()),
                None => {
                    let class = self.types.exc(ExcKind::KeyError).clone();
                    let exc = self.new_exception_args(class, vec![key.clone()]);
                    Err(crate::vm::Unwind::Exc(exc))
                }
            },
            Value::List(l) => match key {
                Value::Slice(s) => {
                    let len = l.0.borrow().len();
                    let (start, step, n) = self.slice_indices(s, len)?;
                    let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
                    idx.sort_unstable();
                    let mut items = l.0.borrow_mut();
                    for i in idx.into_iter().rev() {
                        items.remove(i);
                    }
                    Ok(())
                }
                _ => {
                    let n = l.0.borrow().len();
                    let j = self.index_of(key, n, "list assignment")?;
                    l.0.borrow_mut().remove(j);
                    Ok(())
                }
            },
            Value::Instance(_) => self.instance_delitem(obj, key),
            _ => {
                let t = self.types.name_of(obj);
                // CPython's wording differs between the generic path and mappingproxy's own.
                let does = if t == "mappingproxy" {
                    "does not"
                } else {
                    "doesn't"
                };
                self.err(
                    ExcKind::TypeError,
                    format!("'{t}' object {does} support item deletion"),
                )
            }
        }
    }

    /// Unpacks `seq` into exactly `n` values, or (`after`: Some) `n` values, a list, `after`
    /// values.
    pub fn unpack(&mut self, seq: &Value, n: usize, after: Option<usize>) -> VmResult<Vec<Value>> {
        let items = match seq {
            Value::List(_) | Value::Tuple(_) => self.collect(seq)?,
            _ => {
                if !self.is_iterable_type(seq) {
                    let t = self.types.name_of(seq);
                    return self.err(
                        ExcKind::TypeError,
                        format!("cannot unpack non-iterable {t} object"),
                    );
                }
                self.collect(seq)?
            }
        };
        match after {
            None => {
                if items.len() != n {
                    let msg = if items.len() > n {
                        format!("too many values to unpack (expected {n})")
                    } else {
                        format!(
                            "not enough values to unpack (expected {n}, got {})",
                            items.len()
                        )
                    };
                    return self.err(ExcKind::ValueError, msg);
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < n + after {
                    return self.err(
                        ExcKind::ValueError,
                        format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            n + after,
                            items.len()
                        ),
                    );
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(n);
                items.push(Value::list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }
}

fn is_index(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::PyBool(_) | Value::BigInt(_) => true,
        Value::Instance(i) => {
            matches!(i.inner, Some(Value::Int(_) | Value::BigInt(_)))
                || super::attr::class_lookup(&i.class, "__index__").is_some()
        }
        _ => false,
    }
}

fn take(items: &[Value], start: i64, step: i64, n: i64) -> Vec<Value> {
    (0..n)
        .map(|k| items[(start + k * step) as usize].clone())
        .collect()
}
