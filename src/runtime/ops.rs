//! Operator semantics: arithmetic, comparison, equality, hashing, truth and membership, for
//! every built-in type, with CPython's results and error messages. The VM's instruction arms
//! call these; fast paths for small ints and floats come first.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::dict::Probe;
use super::errors::ExcKind;
use super::num::Int;
use super::value::{PyDict, PySet, PyTuple, Value};
use crate::bytecode::{BinOp, CmpOp};
use crate::vm::{Vm, VmResult};

// ---------------------------------------------------------------- hashing

#[inline]
pub fn hash_i64(v: i64) -> i64 {
    // Below the modulus 2**61 - 1 an int is its own hash (but -1, the error marker).
    const SMALL: i64 = (1 << 61) - 1;
    if v > -SMALL && v < SMALL {
        if v == -1 {
            -2
        } else {
            v
        }
    } else {
        super::num::hash_int(&Int::Small(v))
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    super::num::hash_big(b)
}

pub fn hash_float(x: f64) -> i64 {
    super::num::hash_float(x)
}

/// The hash of values whose hash needs no Python code (`None` for user instances).
pub fn hash_native(v: &Value) -> Option<Result<i64, String>> {
    Some(Ok(match v {
        Value::None => 0x5f3759df,
        Value::PyBool(b) => i64::from(b.get()),
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::PyFloat(f) => hash_float(f.get()),
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => super::value::hash_bytes(&b.0),
        Value::Ellipsis => 0x0e11,
        Value::NotImplemented => 0x4e07,
        Value::Tuple(t) => return tuple_hash_native(t),
        Value::FrozenSet(s) => {
            let t = s.0.borrow();
            let mut h: u64 = 0;
            for e in t.iter() {
                let x = e.hash as u64;
                h ^= ((x ^ (x << 16)) ^ 89869747).wrapping_mul(3644798167);
            }
            h ^= ((t.len() as u64) + 1).wrapping_mul(1927868237);
            h as i64
        }
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
            return Some(Err(format!("unhashable type: '{}'", simple_type_name(v))))
        }
        Value::Instance(_) => return None,
        // A metaclass may define `__hash__`.
        Value::Class(c) if c.meta.is_some() => return None,
        // Functions, classes, modules...: by identity.
        other => identity_hash(other),
    }))
}

const TUPLE_HASH_SEED: u64 = 0x27D4EB2F165667C5;

/// One item's hash folded into a tuple's accumulator (CPython's xxHash-based tuple hash).
fn tuple_hash_mix(acc: u64, h: i64) -> u64 {
    acc.wrapping_add((h as u64).wrapping_mul(0xC2B2AE3D27D4EB4F))
        .rotate_left(31)
        .wrapping_mul(0x9E3779B185EBCA87)
}

fn tuple_hash_finish(acc: u64, len: usize) -> i64 {
    let acc = acc.wrapping_add((len as u64) ^ (TUPLE_HASH_SEED ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

/// The hash of a tuple without Python code (`None` when an item needs it).
fn tuple_hash_native(root: &PyTuple) -> Option<Result<i64, String>> {
    fold_tuple_hash(root, &mut |item| hash_native(item).ok_or(())).ok()
}

/// The hash of a tuple some of whose items run `__hash__`.
fn tuple_hash(vm: &mut Vm, t: &PyTuple) -> VmResult<i64> {
    let mut leaf = |item: &Value| hash(vm, item).map(Ok);
    match fold_tuple_hash(t, &mut leaf)? {
        Ok(h) => Ok(h),
        Err(msg) => vm.err(ExcKind::TypeError, msg),
    }
}

/// CPython's tuple hash over `root`, iterative over nested tuples: a tuple nested a million
/// deep must not overflow the native stack (CPython hashes it). `leaf` hashes every item that
/// is not a tuple; its `Ok(Err(msg))` is an unhashable item.
fn fold_tuple_hash<E>(
    root: &PyTuple,
    leaf: &mut impl FnMut(&Value) -> Result<Result<i64, String>, E>,
) -> Result<Result<i64, String>, E> {
    struct Level<'a> {
        items: &'a [Value],
        next: usize,
        acc: u64,
    }
    let mut stack = vec![Level {
        items: &root.0[..],
        next: 0,
        acc: TUPLE_HASH_SEED,
    }];
    let mut done = 0;
    while let Some(top) = stack.last_mut() {
        let items = top.items;
        if top.next == items.len() {
            let h = tuple_hash_finish(top.acc, items.len());
            stack.pop();
            match stack.last_mut() {
                Some(parent) => parent.acc = tuple_hash_mix(parent.acc, h),
                None => done = h,
            }
            continue;
        }
        let item = &items[top.next];
        top.next += 1;
        if let Value::Tuple(t) = item {
            stack.push(Level {
                items: &t.0[..],
                next: 0,
                acc: TUPLE_HASH_SEED,
            });
            continue;
        }
        match leaf(item)? {
            Ok(h) => top.acc = tuple_hash_mix(top.acc, h),
            Err(e) => return Ok(Err(e)),
        }
    }
    Ok(Ok(done))
}

pub fn identity_hash(v: &Value) -> i64 {
    let p = match v {
        Value::Function(f) => Rc::as_ptr(f) as *const u8 as usize,
        Value::Builtin(f) => Rc::as_ptr(f) as *const u8 as usize,
        Value::Class(c) => Rc::as_ptr(c) as *const u8 as usize,
        Value::Module(m) => Rc::as_ptr(m) as *const u8 as usize,
        Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::BoundMethod(m) => {
            return identity_hash(&m.func) ^ identity_hash(&m.receiver).rotate_left(7);
        }
        Value::Instance(i) => Rc::as_ptr(i) as *const u8 as usize,
        _ => 0,
    };
    (p >> 4) as i64
}

/// Type names for values whose class is fixed (messages built without the VM).
pub fn simple_type_name(v: &Value) -> &'static str {
    match v {
        Value::None | Value::Null | Value::Host(_) => "NoneType",
        Value::NotImplemented => "NotImplementedType",
        Value::Ellipsis => "ellipsis",
        Value::PyBool(_) => "bool",
        Value::Int(_) | Value::BigInt(_) => "int",
        Value::PyFloat(_) => "float",
        Value::Str(_) => "str",
        Value::Bytes(_) => "bytes",
        Value::List(_) => "list",
        Value::Tuple(_) => "tuple",
        Value::Dict(_) => "dict",
        Value::Set(_) => "set",
        Value::FrozenSet(_) => "frozenset",
        Value::Range(_) => "range",
        Value::Slice(_) => "slice",
        Value::Function(_) => "function",
        Value::Builtin(_) => "builtin_function_or_method",
        Value::BoundMethod(_) => "method",
        Value::Class(_) => "type",
        Value::Instance(_) => "object",
        Value::Module(_) => "module",
        Value::Iterator(_) => "iterator",
        Value::Generator(_) => "generator",
        Value::DictView(_) => "dict_keys",
        Value::Code(_) => "code",
        Value::Cell(_) => "cell",
    }
}

/// Whether `v`'s type may define special methods in Python: an instance of a sandbox class,
/// or a class whose metaclass is one.
#[inline]
pub fn has_dunders(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Class(c) => c.meta.is_some(),
        _ => false,
    }
}

#[inline]
pub fn hash(vm: &mut Vm, v: &Value) -> VmResult<i64> {
    match v {
        Value::Int(i) => return Ok(hash_i64(*i)),
        Value::Str(s) => return Ok(s.hash()),
        _ => {}
    }
    match hash_native(v) {
        Some(Ok(h)) => Ok(h),
        Some(Err(msg)) => vm.err(ExcKind::TypeError, msg),
        None => match v {
            Value::Tuple(t) => tuple_hash(vm, t),
            _ => vm.hash_instance(v),
        },
    }
}

// ---------------------------------------------------------------- equality

fn int_float_eq(i: i64, f: f64) -> bool {
    f.fract() == 0.0 && f.abs() < 9.3e18 && (f as i128) == i as i128
}

fn big_float_eq(b: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && BigInt::from_f64_exact(f).is_some_and(|x| &x == b)
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> Option<BigInt>;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> Option<BigInt> {
        use num_traits::FromPrimitive;
        BigInt::from_f64(f)
    }
}

/// Tuples nested deeper than this are compared by `eq` (counted toward the recursion limit,
/// on a growable stack) rather than by `native_eq`'s plain recursion.
const NATIVE_EQ_DEPTH: usize = 32;

/// Equality that needs no Python code; `None` when user `__eq__` might be involved (or the
/// values nest too deep to compare without the VM).
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    native_eq_at(a, b, 0)
}

fn native_eq_at(a: &Value, b: &Value, depth: usize) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.s == y.s,
        (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
        (PyBool(x), PyBool(y)) => x.get() == y.get(),
        (PyBool(x), Int(y)) | (Int(y), PyBool(x)) => i64::from(x.get()) == *y,
        (PyFloat(x), PyFloat(y)) => x.get() == y.get(),
        (Int(x), PyFloat(y)) | (PyFloat(y), Int(x)) => int_float_eq(*x, y.get()),
        (PyBool(x), PyFloat(y)) | (PyFloat(y), PyBool(x)) => {
            f64::from(u8::from(x.get())) == y.get()
        }
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | PyBool(_)) | (Int(_) | PyBool(_), BigInt(_)) => false,
        (BigInt(x), PyFloat(y)) | (PyFloat(y), BigInt(x)) => big_float_eq(x, y.get()),
        (Bytes(x), Bytes(y)) => x.0 == y.0,
        (Tuple(x), Tuple(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(true);
            }
            if x.0.len() != y.0.len() {
                return Some(false);
            }
            if depth >= NATIVE_EQ_DEPTH {
                return Option::None;
            }
            for (p, q) in x.0.iter().zip(y.0.iter()) {
                if !native_eq_at(p, q, depth + 1)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (Class(c), _) | (_, Class(c)) if c.meta.is_some() => return Option::None,
        (List(_), List(_))
        | (Dict(_), Dict(_))
        | (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_))
        | (Slice(_), Slice(_)) => return Option::None,
        (DictView(x), _) | (_, DictView(x)) if x.kind == super::value::DictIterKind::Proxy => {
            return Option::None
        }
        // Methods are equal when bound to the same object and wrapping equal functions.
        (BoundMethod(x), BoundMethod(y)) => x.receiver.is(&y.receiver) && x.func.is(&y.func),
        (Range(x), Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        _ => a.is(b),
    })
}

pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> VmResult<bool> {
    if let Some((x, y)) = view_operands(vm, a, b)? {
        return eq(vm, &x, &y);
    }
    if let Some(r) = native_eq(a, b) {
        return Ok(r);
    }
    use Value::*;
    match (a, b) {
        (List(x), List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            let (xs, ys) = (x.0.borrow().clone(), y.0.borrow().clone());
            seq_eq(vm, &xs, &ys)
        }
        (Tuple(x), Tuple(y)) => seq_eq(vm, &x.0, &y.0),
        // Slices compare as (start, stop, step) tuples.
        (Slice(x), Slice(y)) => {
            let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
            let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
            seq_eq(vm, &xs, &ys)
        }
        (Dict(x), Dict(y)) => dict_eq(vm, x, y),
        // A mappingproxy compares as the dict it shows.
        (DictView(x), _) if x.kind == super::value::DictIterKind::Proxy => {
            eq(vm, &Dict(x.dict.clone()), b)
        }
        (_, DictView(y)) if y.kind == super::value::DictIterKind::Proxy => {
            eq(vm, a, &Dict(y.dict.clone()))
        }
        (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
            if x.0.borrow().len() != y.0.borrow().len() {
                return Ok(false);
            }
            set_issubset(vm, x, y)
        }
        _ => vm.instance_eq(a, b),
    }
}

fn seq_eq(vm: &mut Vm, xs: &[Value], ys: &[Value]) -> VmResult<bool> {
    if xs.len() != ys.len() {
        return Ok(false);
    }
    vm.enter_native_as(crate::vm::call::Reentry::Compare)?;
    let mut result = Ok(true);
    for (p, q) in xs.iter().zip(ys) {
        if let Err(e) = vm.tick(1) {
            result = Err(e);
            break;
        }
        // Identity implies equality for containers, as in CPython.
        if p.is(q) {
            continue;
        }
        match crate::stack::deep(|| eq(vm, p, q)) {
            Ok(true) => {}
            other => {
                result = other;
                break;
            }
        }
    }
    vm.leave_native();
    result
}

fn dict_eq(vm: &mut Vm, x: &Rc<PyDict>, y: &Rc<PyDict>) -> VmResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    let entries: Vec<(Value, Value)> =
        x.0.borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
    // Values nest: each dict level counts toward the recursion limit, as in CPython.
    vm.enter_native_as(crate::vm::call::Reentry::Compare)?;
    let r = crate::stack::deep(|| dict_entries_eq(vm, entries, y));
    vm.leave_native();
    r
}

fn dict_entries_eq(vm: &mut Vm, entries: Vec<(Value, Value)>, y: &Rc<PyDict>) -> VmResult<bool> {
    for (k, v) in entries {
        match dict_get(vm, y, &k)? {
            Some(w) => {
                if !v.is(&w) && !eq(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

// ---------------------------------------------------------------- dict and set access

/// Finds the slot of `key` in `table`, running `__eq__` outside any borrow of the table.
#[inline]
fn find_slot(
    vm: &mut Vm,
    table: &std::cell::RefCell<super::dict::Table>,
    key: &Value,
    hash: i64,
) -> VmResult<Option<usize>> {
    if let Ok(t) = table.try_borrow() {
        if let Some(slot) = t.find_native(key, hash) {
            return Ok(slot);
        }
    }
    let probe = table.borrow().probe(key, hash, native_eq);
    match probe {
        Probe::Found(i) => Ok(Some(i)),
        Probe::Missing => Ok(None),
        Probe::Candidates(cands) => {
            for (i, k) in cands {
                if k.is(key) || eq(vm, &k, key)? {
                    return Ok(Some(i));
                }
            }
            Ok(None)
        }
    }
}

/// The hash of an int or str key; `None` for other types (they take the general path).
#[inline(always)]
fn quick_hash(key: &Value) -> Option<i64> {
    match key {
        Value::Int(i) => Some(hash_i64(*i)),
        Value::Str(s) => Some(s.hash()),
        _ => None,
    }
}

/// `d.get(key)` for an int or str key, in one borrow of the table: `Some(found)` when no key
/// comparison needs the VM, `None` to take `dict_get`.
#[inline]
pub fn dict_get_quick(d: &PyDict, key: &Value) -> Option<Option<Value>> {
    let hash = quick_hash(key)?;
    let t = d.0.try_borrow().ok()?;
    let slot = t.find_native(key, hash)?;
    match slot.and_then(|i| t.entry(i)) {
        Some(e) => Some(Some(e.value.clone())),
        None => Some(None),
    }
}

/// `d[key] = value` for an int or str key when no key comparison needs the VM; gives the key
/// and value back otherwise (for `dict_set`).
#[inline]
pub fn dict_set_quick(
    vm: &mut Vm,
    d: &PyDict,
    key: Value,
    value: Value,
) -> Result<VmResult<()>, (Value, Value)> {
    let Some(hash) = quick_hash(&key) else {
        return Err((key, value));
    };
    let Ok(mut t) = d.0.try_borrow_mut() else {
        return Err((key, value));
    };
    match t.find_native(&key, hash) {
        Some(Some(i)) => match t.entry_mut(i) {
            Some(e) => {
                let old = std::mem::replace(&mut e.value, value);
                // The old value drops after the borrow ends (its destructor may re-enter).
                drop(t);
                old.discard();
                Ok(Ok(()))
            }
            None => Err((key, value)),
        },
        Some(None) => {
            t.insert_new(hash, key, value);
            let n = t.len();
            drop(t);
            Ok(vm.grew(n, 0))
        }
        None => Err((key, value)),
    }
}

pub fn dict_get(vm: &mut Vm, d: &PyDict, key: &Value) -> VmResult<Option<Value>> {
    let h = hash(vm, key)?;
    let slot = find_slot(vm, &d.0, key, h)?;
    Ok(slot.and_then(|i| d.0.borrow().entry(i).map(|e| e.value.clone())))
}

pub fn dict_set(vm: &mut Vm, d: &PyDict, key: Value, value: Value) -> VmResult<()> {
    let h = hash(vm, &key)?;
    let slot = find_slot(vm, &d.0, &key, h)?;
    let mut t = d.0.borrow_mut();
    match slot.and_then(|i| t.entry_mut(i)) {
        Some(e) => e.value = value,
        None => {
            t.insert_new(h, key, value);
            let n = t.len();
            drop(t);
            vm.grew(n, 0)?;
        }
    }
    Ok(())
}

/// Removes `key`; returns its value if it was there.
pub fn dict_del(vm: &mut Vm, d: &PyDict, key: &Value) -> VmResult<Option<Value>> {
    let h = hash(vm, key)?;
    let slot = find_slot(vm, &d.0, key, h)?;
    Ok(slot
        .and_then(|i| d.0.borrow_mut().remove_at(i))
        .map(|e| e.value))
}

pub fn set_contains(vm: &mut Vm, s: &PySet, key: &Value) -> VmResult<bool> {
    let h = hash(vm, key)?;
    Ok(find_slot(vm, &s.0, key, h)?.is_some())
}

pub fn set_add(vm: &mut Vm, s: &PySet, key: Value) -> VmResult<()> {
    let h = hash(vm, &key)?;
    if find_slot(vm, &s.0, &key, h)?.is_none() {
        let n = {
            let mut t = s.0.borrow_mut();
            t.insert_new(h, key, Value::None);
            t.len()
        };
        vm.grew(n, 0)?;
    }
    Ok(())
}

pub fn set_discard(vm: &mut Vm, s: &PySet, key: &Value) -> VmResult<bool> {
    let h = hash(vm, key)?;
    let slot = find_slot(vm, &s.0, key, h)?;
    Ok(slot.and_then(|i| s.0.borrow_mut().remove_at(i)).is_some())
}

pub fn set_items(s: &PySet) -> Vec<Value> {
    s.0.borrow().iter().map(|e| e.key.clone()).collect()
}

fn set_issubset(vm: &mut Vm, x: &PySet, y: &PySet) -> VmResult<bool> {
    for k in set_items(x) {
        if !set_contains(vm, y, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ---------------------------------------------------------------- truth and membership

pub fn truthy(vm: &mut Vm, v: &Value) -> VmResult<bool> {
    Ok(match v {
        Value::None | Value::Null => false,
        Value::PyBool(b) => b.get(),
        Value::Int(i) => *i != 0,
        Value::PyFloat(f) => f.get() != 0.0,
        Value::BigInt(_) => true,
        Value::Str(s) => !s.s.is_empty(),
        Value::Bytes(b) => !b.0.is_empty(),
        Value::List(l) => !l.0.borrow().is_empty(),
        Value::Tuple(t) => !t.0.is_empty(),
        Value::Dict(d) => !d.is_empty(),
        Value::Set(s) | Value::FrozenSet(s) => !s.0.borrow().is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::DictView(d) => !d.dict.is_empty(),
        Value::Instance(_) => return vm.instance_truthy(v),
        Value::Class(c) if c.meta.is_some() => return vm.instance_truthy(v),
        _ => true,
    })
}

pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> VmResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(needle) => Ok(s.s.contains(&*needle.s)),
            other => {
                let t = vm.types.name_of(other);
                vm.err(
                    ExcKind::TypeError,
                    format!("'in <string>' requires string as left operand, not {t}"),
                )
            }
        },
        Value::Bytes(b) => match item {
            Value::Bytes(n) => Ok(n.0.is_empty() || b.0.windows(n.0.len()).any(|w| w == &*n.0)),
            Value::Int(i) if (0..256).contains(i) => Ok(b.0.contains(&(*i as u8))),
            Value::Int(_) => vm.err(ExcKind::ValueError, "byte must be in range(0, 256)"),
            other => {
                let t = vm.types.name_of(other);
                vm.err(
                    ExcKind::TypeError,
                    format!("a bytes-like object is required, not '{t}'"),
                )
            }
        },
        Value::List(l) => {
            let items = l.0.borrow().clone();
            seq_contains(vm, &items, item)
        }
        Value::Tuple(t) => seq_contains(vm, &t.0, item),
        Value::Dict(d) => Ok(dict_get(vm, d, item)?.is_some()),
        Value::Set(s) | Value::FrozenSet(s) => set_contains(vm, s, item),
        Value::Range(r) => {
            let x = match item {
                Value::Int(i) => *i,
                Value::PyBool(b) => i64::from(b.get()),
                Value::PyFloat(f) if f.get().fract() == 0.0 && f.get().abs() < 9e18 => {
                    f.get() as i64
                }
                _ => return Ok(false),
            };
            let (lo, hi) = if r.step > 0 {
                (r.start, r.stop)
            } else {
                (r.stop, r.start)
            };
            let inside = if r.step > 0 {
                lo <= x && x < hi
            } else {
                lo < x && x <= hi
            };
            Ok(inside && (x - r.start) % r.step == 0)
        }
        Value::Instance(_) => vm.instance_contains(container, item),
        Value::Class(c) if c.meta.is_some() => vm.instance_contains(container, item),
        Value::DictView(v)
            if matches!(
                v.kind,
                super::value::DictIterKind::Keys | super::value::DictIterKind::Proxy
            ) =>
        {
            Ok(dict_get(vm, &v.dict, item)?.is_some())
        }
        Value::DictView(v) if v.kind == super::value::DictIterKind::Items => {
            let Value::Tuple(t) = item else {
                return Ok(false);
            };
            if t.0.len() != 2 {
                return Ok(false);
            }
            match dict_get(vm, &v.dict, &t.0[0])? {
                Some(found) => Ok(found.is(&t.0[1]) || eq(vm, &found, &t.0[1])?),
                None => Ok(false),
            }
        }
        _ => {
            let iter = vm.iter(container)?;
            while let Some(v) = vm.next(&iter)? {
                if v.is(item) || eq(vm, &v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn seq_contains(vm: &mut Vm, items: &[Value], item: &Value) -> VmResult<bool> {
    for v in items {
        if v.is(item) || eq(vm, v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---------------------------------------------------------------- ordering

#[inline]
pub fn ordering_op(op: CmpOp, ord: Ordering) -> bool {
    match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::Le => ord != Ordering::Greater,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::Ge => ord != Ordering::Less,
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::Ne => ord != Ordering::Equal,
    }
}

/// Numeric ordering across int, bool, big int and float (`None` when NaN is involved).
fn num_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    use Value::*;
    let as_big = |v: &Value| -> Option<num_bigint::BigInt> {
        match v {
            Int(i) => Some(num_bigint::BigInt::from(*i)),
            PyBool(x) => Some(num_bigint::BigInt::from(i64::from(x.get()))),
            BigInt(b) => Some((**b).clone()),
            _ => Option::None,
        }
    };
    Some(match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (PyFloat(x), PyFloat(y)) => x.get().partial_cmp(&y.get()),
        (Int(_) | PyBool(_) | BigInt(_), PyFloat(f)) => cmp_int_float(&as_big(a)?, f.get()),
        (PyFloat(f), Int(_) | PyBool(_) | BigInt(_)) => {
            cmp_int_float(&as_big(b)?, f.get()).map(Ordering::reverse)
        }
        (Int(_) | PyBool(_) | BigInt(_), Int(_) | PyBool(_) | BigInt(_)) => {
            Some(as_big(a)?.cmp(&as_big(b)?))
        }
        _ => return Option::None,
    })
}

fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from_f64_exact(fl)?;
    match i.cmp(&fb) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        other => Some(other),
    }
}

pub fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> VmResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(Value::Bool(ordering_op(op, x.cmp(y))));
    }
    match op {
        CmpOp::Eq | CmpOp::Ne if has_dunders(a) || has_dunders(b) => {
            return if op == CmpOp::Eq {
                vm.instance_eq_value(a, b)
            } else {
                vm.instance_ne(a, b)
            };
        }
        CmpOp::Eq => return Ok(Value::Bool(eq(vm, a, b)?)),
        CmpOp::Ne => return Ok(Value::Bool(!eq(vm, a, b)?)),
        _ => {}
    }
    if let Some(ord) = num_cmp(a, b) {
        return Ok(Value::Bool(ord.is_some_and(|o| ordering_op(op, o))));
    }
    if let Some((x, y)) = view_operands(vm, a, b)? {
        return compare(vm, op, &x, &y);
    }
    use Value::*;
    let ord = match (a, b) {
        (Str(x), Str(y)) => x.s.cmp(&y.s),
        (Bytes(x), Bytes(y)) => x.0.cmp(&y.0),
        (List(x), List(y)) => {
            let (xs, ys) = (x.0.borrow().clone(), y.0.borrow().clone());
            return seq_compare(vm, op, &xs, &ys);
        }
        (Tuple(x), Tuple(y)) => return seq_compare(vm, op, &x.0, &y.0),
        (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
            let (lx, ly) = (x.0.borrow().len(), y.0.borrow().len());
            let r = match op {
                CmpOp::Le => set_issubset(vm, x, y)?,
                CmpOp::Lt => lx < ly && set_issubset(vm, x, y)?,
                CmpOp::Ge => set_issubset(vm, y, x)?,
                _ => ly < lx && set_issubset(vm, y, x)?,
            };
            return Ok(Value::Bool(r));
        }
        _ if has_dunders(a) || has_dunders(b) => return vm.instance_compare(op, a, b),
        _ => {
            let (ta, tb) = (vm.types.name_of(a), vm.types.name_of(b));
            return vm.err(
                ExcKind::TypeError,
                format!(
                    "'{}' not supported between instances of '{ta}' and '{tb}'",
                    op.symbol()
                ),
            );
        }
    };
    Ok(Value::Bool(ordering_op(op, ord)))
}

fn seq_compare(vm: &mut Vm, op: CmpOp, xs: &[Value], ys: &[Value]) -> VmResult<Value> {
    for (p, q) in xs.iter().zip(ys) {
        vm.tick(1)?;
        if p.is(q) || eq(vm, p, q)? {
            continue;
        }
        // The first differing items decide; they may nest, so this level counts.
        vm.enter_native_as(crate::vm::call::Reentry::Compare)?;
        let r = crate::stack::deep(|| compare(vm, op, p, q));
        vm.leave_native();
        return r;
    }
    Ok(Value::Bool(ordering_op(op, xs.len().cmp(&ys.len()))))
}

// ---------------------------------------------------------------- arithmetic

fn to_f64(vm: &mut Vm, v: &Value) -> VmResult<Option<f64>> {
    Ok(match v {
        Value::PyFloat(f) => Some(f.get()),
        Value::Int(i) => Some(*i as f64),
        Value::PyBool(b) => Some(f64::from(u8::from(b.get()))),
        Value::BigInt(b) => match b.to_f64().filter(|f| f.is_finite()) {
            Some(f) => Some(f),
            None => return vm.err(ExcKind::OverflowError, "int too large to convert to float"),
        },
        _ => None,
    })
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::PyBool(_) | Value::BigInt(_))
}

pub fn binary_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> VmResult {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(v) = small_int_op(op, *x, *y) {
            return Ok(v);
        }
    }
    if is_int(a) && is_int(b) {
        return int_op(vm, op, a, b);
    }
    if matches!(a, Value::PyFloat(_)) || matches!(b, Value::PyFloat(_)) {
        if let (Some(x), Some(y)) = (float_operand(a), float_operand(b)) {
            let _ = (x, y);
            let x = to_f64(vm, a)?.unwrap_or(0.0);
            let y = to_f64(vm, b)?.unwrap_or(0.0);
            if let Some(r) = float_op(vm, op, x, y)? {
                return Ok(r);
            }
        }
    }
    if let Some(r) = sequence_op(vm, op, a, b)? {
        return Ok(r);
    }
    vm.binary_op_fallback(op, a, b)
}

/// `binary_op` taking the left operand by value: a str temporary (`str(i) + ":"`) nobody else
/// holds is extended in place, as CPython does for its own temporaries.
#[inline]
pub fn binary_op_owned(vm: &mut Vm, op: BinOp, a: Value, b: &Value) -> VmResult {
    match (op, a, b) {
        (BinOp::Add, Value::Str(mut x), Value::Str(y)) => match Rc::get_mut(&mut x) {
            Some(xm) => {
                vm.reserve((xm.s.len() + y.s.len()) as u64, 1)?;
                xm.append(y);
                Ok(Value::Str(x))
            }
            None => binary_op(vm, op, &Value::Str(x), b),
        },
        (_, a, _) => binary_op(vm, op, &a, b),
    }
}

fn float_operand(v: &Value) -> Option<()> {
    matches!(
        v,
        Value::PyFloat(_) | Value::Int(_) | Value::PyBool(_) | Value::BigInt(_)
    )
    .then_some(())
}

#[inline]
pub fn small_int_op(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift if (0..63).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            if (r >> y) != x {
                return None;
            }
            r
        }
        BinOp::RShift if y >= 0 => x >> y.min(63),
        BinOp::Pow if (0..64).contains(&y) => x.checked_pow(y as u32)?,
        BinOp::TrueDiv
            if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) =>
        {
            return Some(Value::Float(x as f64 / y as f64))
        }
        _ => return None,
    }))
}

fn as_int(v: &Value) -> Int {
    match v {
        Value::Int(i) => Int::Small(*i),
        Value::PyBool(b) => Int::Small(i64::from(b.get())),
        Value::BigInt(b) => Int::Big((**b).clone()),
        _ => Int::Small(0),
    }
}

fn int_value(i: Int) -> Value {
    match i {
        Int::Small(v) => Value::Int(v),
        Int::Big(b) => Value::bigint(b),
    }
}

/// Integer arithmetic beyond the i64 fast path, with `runtime::num`'s semantics.
fn int_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> VmResult {
    if let (Value::PyBool(p), Value::PyBool(q)) = (a, b) {
        match op {
            BinOp::And => return Ok(Value::Bool(p.get() & q.get())),
            BinOp::Or => return Ok(Value::Bool(p.get() | q.get())),
            BinOp::Xor => return Ok(Value::Bool(p.get() ^ q.get())),
            _ => {}
        }
    }
    use super::num as n;
    let (x, y) = (as_int(a), as_int(b));
    if matches!(x, n::Int::Big(_)) || matches!(y, n::Int::Big(_)) {
        // Big-int work is one instruction: charge its estimated cost before doing it.
        let (bx, by) = (n::int_bit_length(&x), n::int_bit_length(&y));
        match op {
            BinOp::Mul | BinOp::FloorDiv | BinOp::Mod => vm.charge_bigint(bx, by)?,
            BinOp::Pow => {
                if let n::Int::Small(e @ 0..) = y {
                    let r = bx.saturating_mul(e as u64);
                    if r <= crate::vm::limits::int_bits_cap() {
                        vm.charge_bigint(r, r)?;
                    }
                }
            }
            _ => vm.tick((bx.max(by) / 64) / 256)?,
        }
    }
    let r = match op {
        BinOp::Add => Ok(n::int_add(&x, &y)),
        BinOp::Sub => Ok(n::int_sub(&x, &y)),
        BinOp::Mul => n::int_mul(&x, &y),
        BinOp::FloorDiv => n::int_floordiv(&x, &y),
        BinOp::Mod => n::int_mod(&x, &y),
        BinOp::LShift => n::int_lshift(&x, &y),
        BinOp::RShift => n::int_rshift(&x, &y),
        BinOp::And => Ok(n::int_and(&x, &y)),
        BinOp::Or => Ok(n::int_or(&x, &y)),
        BinOp::Xor => Ok(n::int_xor(&x, &y)),
        BinOp::TrueDiv => {
            return n::int_truediv(&x, &y)
                .map(Value::Float)
                .map_err(|e| vm.raise(e))
        }
        BinOp::Pow => {
            return match n::int_pow(&x, &y, None).map_err(|e| vm.raise(e))? {
                n::Num::Int(i) => Ok(int_value(i)),
                n::Num::Float(f) => Ok(Value::Float(f)),
            }
        }
        BinOp::MatMul => return vm.binary_op_fallback(op, a, b),
    };
    r.map(int_value).map_err(|e| vm.raise(e))
}

fn float_op(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> VmResult<Option<Value>> {
    use super::num as n;
    let r = match op {
        BinOp::Add => Ok(x + y),
        BinOp::Sub => Ok(x - y),
        BinOp::Mul => Ok(x * y),
        BinOp::TrueDiv => n::float_truediv(x, y),
        BinOp::FloorDiv => n::float_floordiv(x, y),
        BinOp::Mod => n::float_mod(x, y),
        BinOp::Pow => n::float_pow(x, y),
        _ => return Ok(None),
    };
    r.map(|f| Some(Value::Float(f))).map_err(|e| vm.raise(e))
}

/// `+` and `*` on sequences, set operators, dict union.
fn sequence_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> VmResult<Option<Value>> {
    use Value::*;
    Ok(Some(match (op, a, b) {
        (BinOp::Add, Str(x), Str(y)) => {
            vm.reserve((x.s.len() + y.s.len()) as u64, 1)?;
            Value::Str(Rc::new(super::value::PyStr::concat(x, y)))
        }
        (BinOp::Add, List(x), List(y)) => {
            vm.reserve((x.0.borrow().len() + y.0.borrow().len()) as u64, 16)?;
            let mut v = x.0.borrow().clone();
            v.extend(y.0.borrow().iter().cloned());
            Value::list(v)
        }
        (BinOp::Add, Tuple(x), Tuple(y)) => {
            vm.reserve((x.0.len() + y.0.len()) as u64, 16)?;
            Value::tuple(x.0.iter().chain(y.0.iter()).cloned().collect())
        }
        (BinOp::Add, Bytes(x), Bytes(y)) => Value::Bytes({
            vm.reserve((x.0.len() + y.0.len()) as u64, 1)?;
            Rc::new(super::value::PyBytes(
                [&x.0[..], &y.0[..]].concat().into_boxed_slice(),
            ))
        }),
        (BinOp::Mul, Str(_) | List(_) | Tuple(_) | Bytes(_), Int(_) | PyBool(_) | BigInt(_)) => {
            return repeat(vm, a, b).map(Some)
        }
        (BinOp::Mul, Int(_) | PyBool(_) | BigInt(_), Str(_) | List(_) | Tuple(_) | Bytes(_)) => {
            return repeat(vm, b, a).map(Some)
        }
        (
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            Set(_) | FrozenSet(_),
            Set(_) | FrozenSet(_),
        ) => return set_op(vm, op, a, b).map(Some),
        // Key and item views behave as sets in these operators.
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, _, _)
            if (matches!(a, DictView(_)) || matches!(b, DictView(_)))
                && is_setlike(a)
                && is_setlike(b) =>
        {
            let (x, y) = (to_set(vm, a)?, to_set(vm, b)?);
            return match set_op(vm, op, &x, &y)? {
                FrozenSet(s) => Ok(Some(Value::Set(s))),
                other => Ok(Some(other)),
            };
        }
        (BinOp::Or, Dict(x), Dict(y)) => {
            let d = crate::runtime::gc::new(PyDict(std::cell::RefCell::new(x.0.borrow().clone())));
            let entries: Vec<(Value, Value)> =
                y.0.borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
            for (k, v) in entries {
                dict_set(vm, &d, k, v)?;
            }
            Value::Dict(d)
        }
        (BinOp::Mod, Str(_), _) => return super::percent::format(vm, a, b).map(Some),
        (BinOp::Mod, Bytes(t), _) => {
            return super::percent::format_bytes(vm, &t.0.clone(), b).map(Some)
        }
        _ => return Ok(Option::None),
    }))
}

/// Most elements a repetition may produce before it is refused (the sandbox's memory budget
/// will refine this).
const MAX_REPEAT: usize = 1 << 28;

fn repeat(vm: &mut Vm, seq: &Value, n: &Value) -> VmResult {
    let count = match n {
        Value::Int(i) => (*i).max(0) as u64,
        Value::PyBool(b) => u64::from(b.get()),
        Value::BigInt(b) => {
            if b.is_negative() {
                0
            } else {
                u64::MAX
            }
        }
        _ => 0,
    };
    let unit = match seq {
        Value::Str(s) => s.s.len(),
        Value::List(l) => l.0.borrow().len(),
        Value::Tuple(t) => t.0.len(),
        Value::Bytes(b) => b.0.len(),
        _ => 0,
    } as u64;
    if unit.saturating_mul(count) > MAX_REPEAT as u64 {
        if matches!(n, Value::BigInt(_)) && count == u64::MAX && unit > 0 {
            return vm.err(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            );
        }
        return vm.err(ExcKind::MemoryError, "");
    }
    let elem = if matches!(seq, Value::List(_) | Value::Tuple(_)) {
        16
    } else {
        1
    };
    vm.reserve(unit.saturating_mul(count), elem)?;
    let count = count as usize;
    Ok(match seq {
        Value::Str(s) => Value::str(s.s.repeat(count)),
        Value::List(l) => {
            let items = l.0.borrow();
            let mut v = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                v.extend(items.iter().cloned());
            }
            Value::list(v)
        }
        Value::Tuple(t) => {
            let mut v = Vec::with_capacity(t.0.len() * count);
            for _ in 0..count {
                v.extend(t.0.iter().cloned());
            }
            Value::tuple(v)
        }
        Value::Bytes(b) => Value::Bytes(Rc::new(super::value::PyBytes(
            b.0.repeat(count).into_boxed_slice(),
        ))),
        _ => Value::None,
    })
}

fn is_setlike(v: &Value) -> bool {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => true,
        Value::DictView(d) => matches!(
            d.kind,
            super::value::DictIterKind::Keys | super::value::DictIterKind::Items
        ),
        _ => false,
    }
}

/// Key and item views compare as sets (with sets and with each other): both as sets, or
/// `None` when neither operand is such a view.
fn view_operands(vm: &mut Vm, a: &Value, b: &Value) -> VmResult<Option<(Value, Value)>> {
    let is_view = |v: &Value| matches!(v, Value::DictView(_)) && is_setlike(v);
    if !(is_view(a) || is_view(b)) || !is_setlike(a) || !is_setlike(b) {
        return Ok(None);
    }
    Ok(Some((to_set(vm, a)?, to_set(vm, b)?)))
}

fn to_set(vm: &mut Vm, v: &Value) -> VmResult {
    if let Value::Set(_) | Value::FrozenSet(_) = v {
        return Ok(v.clone());
    }
    let s = crate::runtime::gc::new(PySet::new());
    for item in vm.collect(v)? {
        set_add(vm, &s, item)?;
    }
    Ok(Value::Set(s))
}

fn set_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> VmResult {
    let (Value::Set(x) | Value::FrozenSet(x)) = a else {
        return Ok(Value::None);
    };
    let (Value::Set(y) | Value::FrozenSet(y)) = b else {
        return Ok(Value::None);
    };
    let out = crate::runtime::gc::new(PySet::new());
    let (xs, ys) = (set_items(x), set_items(y));
    match op {
        BinOp::Or => {
            for k in xs.into_iter().chain(ys) {
                set_add(vm, &out, k)?;
            }
        }
        BinOp::And => {
            // CPython walks the smaller set (the right one on a tie) and keeps its elements,
            // which shows when equal keys differ in type: `{True} & {1}` is `{1}`.
            let (walk, probe) = if xs.len() < ys.len() {
                (xs, y)
            } else {
                (ys, x)
            };
            for k in walk {
                if set_contains(vm, probe, &k)? {
                    set_add(vm, &out, k)?;
                }
            }
        }
        BinOp::Sub => {
            for k in xs {
                if !set_contains(vm, y, &k)? {
                    set_add(vm, &out, k)?;
                }
            }
        }
        _ => {
            for k in xs {
                if !set_contains(vm, y, &k)? {
                    set_add(vm, &out, k)?;
                }
            }
            for k in ys {
                if !set_contains(vm, x, &k)? {
                    set_add(vm, &out, k)?;
                }
            }
        }
    }
    Ok(if matches!(a, Value::FrozenSet(_)) {
        Value::FrozenSet(out)
    } else {
        Value::Set(out)
    })
}

pub fn unary_op(vm: &mut Vm, op: crate::bytecode::UnOp, v: &Value) -> VmResult {
    use crate::bytecode::UnOp;
    Ok(match (op, v) {
        (UnOp::Not, _) => Value::Bool(!truthy(vm, v)?),
        (UnOp::Neg, Value::Int(i)) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::bigint(-BigInt::from(*i)),
        },
        (UnOp::Neg, Value::PyBool(b)) => Value::Int(-i64::from(b.get())),
        (UnOp::Neg, Value::BigInt(b)) => Value::bigint(-(**b).clone()),
        (UnOp::Neg, Value::PyFloat(f)) => Value::Float(-f.get()),
        (UnOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::PyFloat(_)) => v.clone(),
        (UnOp::Pos, Value::PyBool(b)) => Value::Int(i64::from(b.get())),
        (UnOp::Invert, Value::Int(i)) => Value::Int(!i),
        (UnOp::Invert, Value::PyBool(b)) => Value::Int(!i64::from(b.get())),
        (UnOp::Invert, Value::BigInt(b)) => Value::bigint(-(**b).clone() - 1),
        _ => return vm.unary_op_fallback(op, v),
    })
}
