//! The iterator protocol: `iter(x)` and `next(it)` for built-in iterables and the lazy builtins
//! (`enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(callable, sentinel)`).

use std::rc::Rc;

use super::errors::ExcKind;
use super::value::{DictIterKind, IterState, PyIter, Value};
use crate::vm::{Vm, VmResult};

pub fn new_iter(state: IterState) -> Value {
    Value::Iterator(crate::runtime::gc::new(PyIter(std::cell::RefCell::new(
        state,
    ))))
}

pub fn iter_type_name(it: &PyIter) -> &'static str {
    match &*it.0.borrow() {
        IterState::Seq { seq, .. } => match seq {
            Value::List(_) => "list_iterator",
            Value::Tuple(_) => "tuple_iterator",
            Value::Bytes(_) => "bytes_iterator",
            _ => "iterator",
        },
        IterState::Range { .. } => "range_iterator",
        IterState::Str { .. } => "str_ascii_iterator",
        IterState::DictKeys { kind, .. } => match kind {
            DictIterKind::Keys | DictIterKind::Proxy => "dict_keyiterator",
            DictIterKind::Values => "dict_valueiterator",
            DictIterKind::Items => "dict_itemiterator",
        },
        IterState::Set { .. } => "set_iterator",
        IterState::Enumerate { .. } => "enumerate",
        IterState::Zip { .. } => "zip",
        IterState::Map { .. } => "map",
        IterState::Filter { .. } => "filter",
        IterState::Reversed {
            seq: Value::Instance(_),
            ..
        } => "reversed",
        IterState::Reversed { .. } => "list_reverseiterator",
        IterState::Callable { .. } => "callable_iterator",
        IterState::GetItem { .. } => "iterator",
        IterState::Exhausted => "iterator",
    }
}

impl Vm {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> VmResult {
        let state = match v {
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) => IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                byte: 0,
            },
            Value::Range(r) => IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::Dict(d) => IterState::DictKeys {
                dict: d.clone(),
                slot: 0,
                version: d.0.borrow().version,
                kind: DictIterKind::Keys,
            },
            Value::Set(s) | Value::FrozenSet(s) => IterState::Set {
                set: s.clone(),
                slot: 0,
                version: s.0.borrow().version,
            },
            Value::DictView(dv) => IterState::DictKeys {
                dict: dv.dict.clone(),
                slot: 0,
                version: dv.dict.0.borrow().version,
                kind: match dv.kind {
                    DictIterKind::Proxy => DictIterKind::Keys,
                    k => k,
                },
            },
            Value::Iterator(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Instance(_) => return self.instance_iter(v),
            Value::Class(c) if c.meta.is_some() => return self.instance_iter(v),
            _ => {
                let t = self.types.name_of(v);
                return self.err(ExcKind::TypeError, format!("'{t}' object is not iterable"));
            }
        };
        Ok(new_iter(state))
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> VmResult<Option<Value>> {
        match it {
            Value::Iterator(i) => self.next_builtin(i),
            Value::Generator(g) => self.generator_next(g, Value::None),
            Value::Instance(_) => self.instance_next(it),
            _ => {
                let t = self.types.name_of(it);
                self.err(
                    ExcKind::TypeError,
                    format!("'{t}' object is not an iterator"),
                )
            }
        }
    }

    fn next_builtin(&mut self, it: &Rc<PyIter>) -> VmResult<Option<Value>> {
        // Native loops (`sum(range(10**18))`, `list(it)`, `any(...)`) advance through here:
        // each element is a step.
        self.budget.fuel -= 1;
        if self.budget.fuel < 0 {
            self.out_of_fuel()?;
        }
        // Simple states advance under the borrow; states that call Python code take their
        // inputs out first, so re-entrant code never meets a held borrow.
        let mut st = it.0.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, index } => {
                let item = match seq {
                    Value::List(l) => l.0.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.0.get(*index).cloned(),
                    Value::Bytes(b) => b.0.get(*index).map(|&c| Value::Int(i64::from(c))),
                    _ => None,
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::Range { next, stop, step } => {
                Ok(range_advance(next, *stop, *step).map(Value::Int))
            }
            IterState::Str { s, byte } => match s.s[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(&*c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            },
            IterState::DictKeys {
                dict,
                slot,
                version,
                kind,
            } => {
                let t = dict.0.borrow();
                if t.version != *version {
                    drop(t);
                    *st = IterState::Exhausted;
                    drop(st);
                    return self.err(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    );
                }
                while *slot < t.slots() {
                    let i = *slot;
                    *slot += 1;
                    if let Some(e) = t.entry(i) {
                        return Ok(Some(match kind {
                            DictIterKind::Keys | DictIterKind::Proxy => e.key.clone(),
                            DictIterKind::Values => e.value.clone(),
                            DictIterKind::Items => {
                                Value::tuple(vec![e.key.clone(), e.value.clone()])
                            }
                        }));
                    }
                }
                Ok(None)
            }
            IterState::Set { set, slot, version } => {
                let t = set.0.borrow();
                if t.version != *version {
                    drop(t);
                    *st = IterState::Exhausted;
                    drop(st);
                    return self.err(ExcKind::RuntimeError, "Set changed size during iteration");
                }
                while *slot < t.slots() {
                    let i = *slot;
                    *slot += 1;
                    if let Some(e) = t.entry(i) {
                        return Ok(Some(e.key.clone()));
                    }
                }
                Ok(None)
            }
            IterState::Reversed { seq, index } if !matches!(seq, Value::Instance(_)) => {
                if *index < 0 {
                    return Ok(None);
                }
                let i = *index as usize;
                *index -= 1;
                let item = match seq {
                    Value::List(l) => l.0.borrow().get(i).cloned(),
                    Value::Tuple(t) => t.0.get(i).cloned(),
                    Value::Str(s) => s.s.chars().nth(i).map(|c| Value::str(c.to_string())),
                    Value::Range(r) => Some(Value::Int(r.get(i as i64))),
                    _ => None,
                };
                Ok(item)
            }
            IterState::Exhausted => Ok(None),
            _ => {
                let taken = std::mem::replace(&mut *st, IterState::Exhausted);
                drop(st);
                let (result, restored) = self.next_lazy(taken);
                *it.0.borrow_mut() = restored;
                result
            }
        }
    }

    /// Advances the iterators that run Python code; returns the state to put back.
    fn next_lazy(&mut self, st: IterState) -> (VmResult<Option<Value>>, IterState) {
        match st {
            IterState::Enumerate { inner, count } => match self.next(&inner) {
                Ok(Some(v)) => (
                    Ok(Some(Value::tuple(vec![Value::Int(count), v]))),
                    IterState::Enumerate {
                        inner,
                        count: count + 1,
                    },
                ),
                other => (other, IterState::Exhausted),
            },
            IterState::Zip { inners, strict } => {
                let mut items = Vec::with_capacity(inners.len());
                for (k, i) in inners.iter().enumerate() {
                    match self.next(i) {
                        Ok(Some(v)) => items.push(v),
                        Ok(None) => {
                            if strict && (k > 0 || inners[1..].iter().any(|_| true)) {
                                return (self.zip_strict_error(&inners, k), IterState::Exhausted);
                            }
                            return (Ok(None), IterState::Exhausted);
                        }
                        Err(e) => return (Err(e), IterState::Exhausted),
                    }
                }
                if inners.is_empty() {
                    return (Ok(None), IterState::Exhausted);
                }
                (
                    Ok(Some(Value::tuple(items))),
                    IterState::Zip { inners, strict },
                )
            }
            IterState::Map { func, inners } => {
                let mut args = Vec::with_capacity(inners.len());
                for i in &inners {
                    match self.next(i) {
                        Ok(Some(v)) => args.push(v),
                        other => return (other, IterState::Exhausted),
                    }
                }
                match self.call(&func, args) {
                    Ok(v) => (Ok(Some(v)), IterState::Map { func, inners }),
                    Err(e) => (Err(e), IterState::Exhausted),
                }
            }
            IterState::Filter { func, inner } => loop {
                match self.next(&inner) {
                    Ok(Some(v)) => {
                        let keep = if func.is_none() {
                            super::ops::truthy(self, &v)
                        } else {
                            self.call(&func, vec![v.clone()])
                                .and_then(|r| super::ops::truthy(self, &r))
                        };
                        match keep {
                            Ok(true) => return (Ok(Some(v)), IterState::Filter { func, inner }),
                            Ok(false) => {}
                            Err(e) => return (Err(e), IterState::Exhausted),
                        }
                    }
                    other => return (other, IterState::Exhausted),
                }
            },
            IterState::Callable { func, sentinel } => match self.call(&func, vec![]) {
                Ok(v) => match super::ops::eq(self, &v, &sentinel) {
                    Ok(true) => (Ok(None), IterState::Exhausted),
                    Ok(false) => (Ok(Some(v)), IterState::Callable { func, sentinel }),
                    Err(e) => (Err(e), IterState::Exhausted),
                },
                Err(crate::vm::Unwind::Exc(e))
                    if self.types.of(&e).tag
                        == super::value::TypeTag::Exception(ExcKind::StopIteration) =>
                {
                    (Ok(None), IterState::Exhausted)
                }
                Err(e) => (Err(e), IterState::Exhausted),
            },
            IterState::GetItem { obj, index } => match self.getitem_protocol(&obj, index) {
                Ok(Some(v)) => (
                    Ok(Some(v)),
                    IterState::GetItem {
                        obj,
                        index: index + 1,
                    },
                ),
                other => (other, IterState::Exhausted),
            },
            // `reversed()` of a user sequence: `seq[index]` counting down.
            IterState::Reversed { seq, index } if index >= 0 => {
                match self.getitem_protocol(&seq, index) {
                    Ok(Some(v)) => (
                        Ok(Some(v)),
                        IterState::Reversed {
                            seq,
                            index: index - 1,
                        },
                    ),
                    other => (other, IterState::Exhausted),
                }
            }
            other => (Ok(None), other),
        }
    }

    fn zip_strict_error(&mut self, inners: &[Value], k: usize) -> VmResult<Option<Value>> {
        if k > 0 {
            let msg = if k == 1 {
                "zip() argument 2 is shorter than argument 1".to_string()
            } else {
                format!("zip() argument {} is shorter than arguments 1-{}", k + 1, k)
            };
            return self.err(ExcKind::ValueError, msg);
        }
        // The first ran out: any later one that still has items is longer.
        for (j, i) in inners.iter().enumerate().skip(1) {
            if self.next(i)?.is_some() {
                let msg = if j == 1 {
                    "zip() argument 2 is longer than argument 1".to_string()
                } else {
                    format!("zip() argument {} is longer than arguments 1-{}", j + 1, j)
                };
                return self.err(ExcKind::ValueError, msg);
            }
        }
        Ok(None)
    }

    /// Collects an iterable into a vector (fast paths for lists and tuples).
    pub fn collect(&mut self, v: &Value) -> VmResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.0.borrow().clone()),
            Value::Tuple(t) => Ok(t.0.to_vec()),
            _ => {
                let it = self.iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() % 4096 == 0 {
                        self.grew(out.len(), 4096)?;
                    }
                }
                Ok(out)
            }
        }
    }
}

/// One step of a range iterator: the current value, or `None` when exhausted.
#[inline(always)]
fn range_advance(next: &mut i64, stop: i64, step: i64) -> Option<i64> {
    let more = if step > 0 { *next < stop } else { *next > stop };
    if !more {
        return None;
    }
    let v = *next;
    *next = next.checked_add(step).unwrap_or(stop);
    Some(v)
}

impl PyIter {
    /// `for` over a range, inlined into the dispatch loop: `Some(item)` for a range iterator
    /// (`Some(None)` when exhausted), `None` for every other iterator.
    #[inline(always)]
    pub fn next_range(&self) -> Option<Option<i64>> {
        let mut st = self.0.try_borrow_mut().ok()?;
        match &mut *st {
            IterState::Range { next, stop, step } => Some(range_advance(next, *stop, *step)),
            _ => None,
        }
    }
}
