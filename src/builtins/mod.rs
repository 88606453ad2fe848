//! The `builtins` namespace: native functions with one signature, `(vm, bound, args)`, and the
//! constructors of the built-in classes. `make_builtins` is the single registration list.

pub mod args;
mod bytes_ops;
mod bytes_text;
pub mod methods;
pub mod strformat;
pub mod wrappers;

use std::rc::Rc;

use num_bigint::BigInt;

use crate::runtime::errors::ExcKind;
use crate::runtime::num::{self, Int};
use crate::runtime::ops;
use crate::runtime::types::{builtin_class, is_subclass, Types};
use crate::runtime::value::{
    Args, Builtin, Class, IterState, NativeFn, PyBytes, PyDict, PyRange, PySet, PySlice, TypeTag,
    Value,
};
use crate::vm::{Vm, VmResult};

type R = VmResult;

fn reg(d: &PyDict, name: &'static str, func: NativeFn) {
    d.set_str(
        name,
        Value::Builtin(crate::runtime::gc::new(Builtin {
            name,
            func,
            bound: None,
            owner: None,
        })),
    );
}

/// Builds the builtins namespace.
pub fn make_builtins(types: &Types) -> Rc<PyDict> {
    let d = crate::runtime::gc::new(PyDict::new());
    for (name, c) in [
        ("object", &types.object),
        ("type", &types.type_),
        ("bool", &types.bool_),
        ("int", &types.int),
        ("float", &types.float),
        ("str", &types.str_),
        ("bytes", &types.bytes),
        ("list", &types.list),
        ("tuple", &types.tuple),
        ("dict", &types.dict),
        ("set", &types.set),
        ("frozenset", &types.frozenset),
        ("range", &types.range),
        ("slice", &types.slice),
    ] {
        d.set_str(name, Value::Class(c.clone()));
    }
    for c in types.exception_classes() {
        d.set_str(c.name.borrow().as_str(), Value::Class(c.clone()));
    }
    for name in wrappers::WRAPPERS.iter().chain(&["super"]) {
        d.set_str(
            name,
            Value::Class(builtin_class(name, TypeTag::Object, Some(&types.object))),
        );
    }
    d.set_str("None", Value::None);
    d.set_str("NotImplemented", Value::NotImplemented);
    d.set_str("Ellipsis", Value::Ellipsis);
    let fns: &[(&'static str, NativeFn)] = &[
        ("__build_class__", |vm, _, a| vm.build_class(a)),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("ascii", |vm, _, a| {
            args::exactly(vm, "ascii", &a, 1)?;
            let r = vm.repr(&a.pos[0])?;
            Ok(Value::str(ascii_of(&r)))
        }),
        ("bin", |vm, _, a| radix(vm, a, 2, "bin")),
        ("oct", |vm, _, a| radix(vm, a, 8, "oct")),
        ("hex", |vm, _, a| radix(vm, a, 16, "hex")),
        ("callable", |vm, _, a| {
            args::exactly(vm, "callable", &a, 1)?;
            Ok(Value::Bool(is_callable(&a.pos[0])))
        }),
        ("chr", |vm, _, a| {
            args::exactly(vm, "chr", &a, 1)?;
            let i = vm.to_index(&a.pos[0])?;
            match u32::try_from(i).ok().filter(|&c| c < 0x110000) {
                Some(c) => Ok(Value::str(
                    char::from_u32(c).unwrap_or('\u{fffd}').to_string(),
                )),
                None => vm.err(ExcKind::ValueError, "chr() arg not in range(0x110000)"),
            }
        }),
        ("ord", |vm, _, a| {
            args::exactly(vm, "ord", &a, 1)?;
            match &a.pos[0] {
                Value::Str(s) if s.char_len() == 1 => {
                    Ok(Value::Int(s.s.chars().next().map_or(0, |c| c as i64)))
                }
                Value::Str(s) => vm.err(
                    ExcKind::TypeError,
                    format!(
                        "ord() expected a character, but string of length {} found",
                        s.char_len()
                    ),
                ),
                Value::Bytes(b) if b.0.len() == 1 => Ok(Value::Int(i64::from(b.0[0]))),
                other => {
                    let t = vm.types.name_of(other);
                    vm.err(
                        ExcKind::TypeError,
                        format!("ord() expected string of length 1, but {t} found"),
                    )
                }
            }
        }),
        ("dir", dir),
        ("divmod", |vm, _, a| {
            args::exactly(vm, "divmod", &a, 2)?;
            divmod(vm, &a.pos[0], &a.pos[1])
        }),
        ("enumerate", |vm, _, a| {
            let p = args::parse(vm, "enumerate", &a, &["iterable", "start"], 1)?;
            let inner = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
            let start = match &p[1] {
                Some(v) => vm.to_index(v)?,
                None => 0,
            };
            Ok(crate::runtime::iter::new_iter(IterState::Enumerate {
                inner,
                count: start,
            }))
        }),
        ("filter", |vm, _, a| {
            args::exactly(vm, "filter", &a, 2)?;
            let inner = vm.iter(&a.pos[1])?;
            Ok(crate::runtime::iter::new_iter(IterState::Filter {
                func: a.pos[0].clone(),
                inner,
            }))
        }),
        ("map", |vm, _, a| {
            if a.pos.len() < 2 {
                return vm.err(
                    ExcKind::TypeError,
                    "map() must have at least two arguments.",
                );
            }
            let mut inners = Vec::new();
            for it in &a.pos[1..] {
                inners.push(vm.iter(it)?);
            }
            Ok(crate::runtime::iter::new_iter(IterState::Map {
                func: a.pos[0].clone(),
                inners,
            }))
        }),
        ("zip", |vm, _, a| {
            let mut strict = false;
            if a.kw.len() > 1 {
                return vm.err(
                    ExcKind::TypeError,
                    format!(
                        "zip() takes at most 1 keyword argument ({} given)",
                        a.kw.len()
                    ),
                );
            }
            for (k, v) in a.kw {
                if &*k.s == "strict" {
                    strict = ops::truthy(vm, v)?;
                } else {
                    return vm.err(
                        ExcKind::TypeError,
                        format!("zip() got an unexpected keyword argument '{}'", k.s),
                    );
                }
            }
            let mut inners = Vec::new();
            for it in a.pos {
                inners.push(vm.iter(it)?);
            }
            Ok(crate::runtime::iter::new_iter(IterState::Zip {
                inners,
                strict,
            }))
        }),
        ("reversed", |vm, _, a| {
            args::exactly(vm, "reversed", &a, 1)?;
            let v = &a.pos[0];
            let n = match v {
                Value::List(l) => l.0.borrow().len() as i64,
                Value::Tuple(t) => t.0.len() as i64,
                Value::Str(s) => s.char_len() as i64,
                Value::Range(r) => r.len(),
                Value::Instance(_) => {
                    let not_reversible = |vm: &mut Vm| {
                        let t = vm.types.name_of(v);
                        vm.err(
                            ExcKind::TypeError,
                            format!("'{t}' object is not reversible"),
                        )
                    };
                    match vm.special(v, "__reversed__") {
                        Some(Value::None) => return not_reversible(vm),
                        Some(m) => return vm.call(&m, vec![]),
                        None => {}
                    }
                    if vm.special(v, "__getitem__").is_none() {
                        return not_reversible(vm);
                    }
                    let n = vm.instance_len(v)?;
                    return Ok(crate::runtime::iter::new_iter(IterState::Reversed {
                        seq: v.clone(),
                        index: n - 1,
                    }));
                }
                Value::Dict(_) | Value::DictView(_) | Value::Bytes(_) => {
                    let items = vm.collect(v)?;
                    let n = items.len() as i64;
                    return Ok(crate::runtime::iter::new_iter(IterState::Reversed {
                        seq: Value::list(items),
                        index: n - 1,
                    }));
                }
                other => {
                    let t = vm.types.name_of(other);
                    return vm.err(
                        ExcKind::TypeError,
                        format!("'{t}' object is not reversible"),
                    );
                }
            };
            Ok(crate::runtime::iter::new_iter(IterState::Reversed {
                seq: v.clone(),
                index: n - 1,
            }))
        }),
        ("format", |vm, _, a| {
            args::between(vm, "format", &a, 1, 2)?;
            let spec = match a.pos.get(1) {
                Some(Value::Str(s)) => s.s.as_str().to_owned(),
                Some(other) => {
                    let t = vm.types.name_of(other);
                    return vm.err(
                        ExcKind::TypeError,
                        format!("format() argument 2 must be str, not {t}"),
                    );
                }
                None => String::new(),
            };
            vm.format(&a.pos[0], &spec).map(Value::str)
        }),
        ("getattr", |vm, _, a| {
            args::between(vm, "getattr", &a, 2, 3)?;
            let name = attr_name(vm, &a.pos[1], "getattr")?;
            match a.pos.get(2) {
                Some(d) => Ok(vm.getattr_lenient(&a.pos[0], &name)?.unwrap_or(d.clone())),
                None => vm.getattr(&a.pos[0], &name),
            }
        }),
        ("hasattr", |vm, _, a| {
            args::exactly(vm, "hasattr", &a, 2)?;
            let name = attr_name(vm, &a.pos[1], "hasattr")?;
            Ok(Value::Bool(vm.getattr_lenient(&a.pos[0], &name)?.is_some()))
        }),
        ("setattr", |vm, _, a| {
            args::exactly(vm, "setattr", &a, 3)?;
            let name = attr_name(vm, &a.pos[1], "setattr")?;
            vm.setattr(&a.pos[0], &name, a.pos[2].clone())?;
            Ok(Value::None)
        }),
        ("delattr", |vm, _, a| {
            args::exactly(vm, "delattr", &a, 2)?;
            let name = attr_name(vm, &a.pos[1], "delattr")?;
            vm.delattr(&a.pos[0], &name)?;
            Ok(Value::None)
        }),
        ("hash", |vm, _, a| {
            args::exactly(vm, "hash", &a, 1)?;
            Ok(Value::Int(ops::hash(vm, &a.pos[0])?))
        }),
        ("isinstance", |vm, _, a| {
            args::exactly(vm, "isinstance", &a, 2)?;
            check_class(vm, &a.pos[0], &a.pos[1], "isinstance").map(Value::Bool)
        }),
        ("issubclass", |vm, _, a| {
            args::exactly(vm, "issubclass", &a, 2)?;
            if !matches!(a.pos[0], Value::Class(_)) {
                return vm.err(ExcKind::TypeError, "issubclass() arg 1 must be a class");
            }
            check_class(vm, &a.pos[0], &a.pos[1], "issubclass").map(Value::Bool)
        }),
        ("iter", |vm, _, a| {
            args::between(vm, "iter", &a, 1, 2)?;
            match a.pos.get(1) {
                None => vm.iter(&a.pos[0]),
                Some(_) if !is_callable(&a.pos[0]) => {
                    vm.err(ExcKind::TypeError, "iter(v, w): v must be callable")
                }
                Some(sentinel) => Ok(crate::runtime::iter::new_iter(IterState::Callable {
                    func: a.pos[0].clone(),
                    sentinel: sentinel.clone(),
                })),
            }
        }),
        ("next", |vm, _, a| {
            args::between(vm, "next", &a, 1, 2)?;
            if !matches!(
                a.pos[0],
                Value::Iterator(_) | Value::Generator(_) | Value::Instance(_)
            ) {
                let t = vm.types.name_of(&a.pos[0]);
                return vm.err(
                    ExcKind::TypeError,
                    format!("'{t}' object is not an iterator"),
                );
            }
            if let (Value::Instance(_), None) = (&a.pos[0], a.pos.get(1)) {
                // The StopIteration a user `__next__` raises propagates as it is (its value).
                if let Some(r) = vm.call_special(&a.pos[0], "__next__", vec![])? {
                    return Ok(r);
                }
                let t = vm.types.name_of(&a.pos[0]);
                return vm.err(
                    ExcKind::TypeError,
                    format!("'{t}' object is not an iterator"),
                );
            }
            if let Value::Generator(g) = &a.pos[0] {
                let g = g.clone();
                return match (vm.resume(&g, Value::None, None)?, a.pos.get(1)) {
                    (crate::vm::generator::Resumed::Yielded(v), _) => Ok(v),
                    (crate::vm::generator::Resumed::Returned(_), Some(d)) => Ok(d.clone()),
                    (crate::vm::generator::Resumed::Returned(r), None) => Err(vm.stop_iteration(r)),
                };
            }
            match (vm.next(&a.pos[0])?, a.pos.get(1)) {
                (Some(v), _) => Ok(v),
                (None, Some(d)) => Ok(d.clone()),
                (None, None) => Err(vm.stop_iteration(Value::None)),
            }
        }),
        ("vars", |vm, _, a| {
            if a.pos.is_empty() && a.kw.is_empty() {
                // No frame introspection in the sandbox: `vars()` would be `locals()`.
                return vm.err(
                    ExcKind::TypeError,
                    "vars() without an argument is not supported by krait",
                );
            }
            args::exactly(vm, "vars", &a, 1)?;
            match vm.getattr_lenient(&a.pos[0], "__dict__")? {
                Some(d) => Ok(d),
                None => vm.err(
                    ExcKind::TypeError,
                    "vars() argument must have __dict__ attribute",
                ),
            }
        }),
        ("len", |vm, _, a| {
            args::exactly(vm, "len", &a, 1)?;
            len(vm, &a.pos[0]).map(Value::Int)
        }),
        ("max", |vm, _, a| min_max(vm, a, true)),
        ("min", |vm, _, a| min_max(vm, a, false)),
        ("pow", pow),
        ("print", print),
        ("repr", |vm, _, a| {
            args::exactly(vm, "repr", &a, 1)?;
            // CPython checks the recursion limit on this call and again in `PyObject_Repr`
            // (the level `repr` of an object with `__repr__` counts): `__repr__` returning
            // `repr(self)` fails "while calling a Python object" at the default limit.
            vm.enter_native_as(crate::vm::call::Reentry::Call)?;
            let r = repr_value(vm, &a.pos[0]);
            vm.leave_native();
            r
        }),
        ("round", round),
        ("sorted", |vm, _, a| {
            if a.pos.len() != 1 {
                return vm.err(
                    ExcKind::TypeError,
                    format!("sorted expected 1 argument, got {}", a.pos.len()),
                );
            }
            let items = vm.collect(&a.pos[0])?;
            let list = Value::list(items);
            methods::list_sort(vm, &list, a.kw)?;
            Ok(list)
        }),
        ("sum", |vm, _, a| {
            let p = args::parse(vm, "sum", &a, &["iterable/", "start"], 1)?;
            sum(
                vm,
                p[0].as_ref().unwrap_or(&Value::None),
                p[1].clone().unwrap_or(Value::Int(0)),
            )
        }),
    ];
    for (name, f) in fns {
        reg(&d, name, *f);
    }
    d
}

/// `ascii()`: the repr with non-ASCII characters escaped.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

fn attr_name(vm: &mut Vm, v: &Value, fname: &str) -> VmResult<String> {
    use unicode_normalization::UnicodeNormalization;
    match v {
        // Names are NFKC-normalised as identifiers are, so spellings cannot dodge the policy.
        Value::Str(s) => Ok(s.s.nfkc().collect()),
        other => {
            let t = vm.types.name_of(other);
            let _ = fname;
            vm.err(
                ExcKind::TypeError,
                format!("attribute name must be string, not '{t}'"),
            )
        }
    }
}

/// `isinstance(obj, spec)` / `issubclass(obj, spec)`: a metaclass's `__instancecheck__` /
/// `__subclasscheck__` decides for the classes it made.
fn check_class(vm: &mut Vm, obj: &Value, spec: &Value, fname: &str) -> VmResult<bool> {
    let hook = if fname == "isinstance" {
        "__instancecheck__"
    } else {
        "__subclasscheck__"
    };
    match spec {
        Value::Tuple(t) => {
            for item in t.0.iter() {
                if crate::stack::deep(|| check_class(vm, obj, item, fname))? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(k) if k.meta.is_some() => {
            let exact = fname == "isinstance" && Rc::ptr_eq(&vm.types.of(obj), k);
            match vm.special(spec, hook) {
                Some(m) if !exact => {
                    let r = vm.call(&m, vec![obj.clone()])?;
                    ops::truthy(vm, &r)
                }
                _ => check_class_plain(vm, obj, spec, fname),
            }
        }
        _ => check_class_plain(vm, obj, spec, fname),
    }
}

fn check_class_plain(vm: &mut Vm, obj: &Value, spec: &Value, fname: &str) -> VmResult<bool> {
    let c = match obj {
        Value::Class(c) if fname == "issubclass" => c.clone(),
        _ => vm.types.of(obj),
    };
    class_matches(vm, &c, spec, fname)
}

fn class_matches(vm: &mut Vm, c: &Rc<Class>, spec: &Value, fname: &str) -> VmResult<bool> {
    match spec {
        Value::Class(k) => {
            Ok(is_subclass(c, k)
                || (Rc::ptr_eq(k, &vm.types.int) && Rc::ptr_eq(c, &vm.types.bool_)))
        }
        Value::Tuple(t) => {
            for item in t.0.iter() {
                if class_matches(vm, c, item, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            // CPython's two functions word it differently.
            let (one, many) = if fname == "issubclass" {
                ("class", "classes")
            } else {
                ("type", "types")
            };
            let msg = format!("{fname}() arg 2 must be a {one}, a tuple of {many}, or a union");
            vm.err(ExcKind::TypeError, msg)
        }
    }
}

pub fn to_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::PyBool(b) => Some(Int::Small(i64::from(b.get()))),
        Value::BigInt(b) => Some(Int::Big((**b).clone())),
        _ => None,
    }
}

pub fn from_int(i: Int) -> Value {
    match i {
        Int::Small(v) => Value::Int(v),
        Int::Big(b) => Value::bigint(b),
    }
}

pub fn len(vm: &mut Vm, v: &Value) -> VmResult<i64> {
    Ok(match v {
        Value::Str(s) => s.char_len() as i64,
        Value::Bytes(b) => b.0.len() as i64,
        Value::List(l) => l.0.borrow().len() as i64,
        Value::Tuple(t) => t.0.len() as i64,
        Value::Dict(d) => d.len() as i64,
        Value::Set(s) | Value::FrozenSet(s) => s.0.borrow().len() as i64,
        Value::Range(r) => r.len(),
        Value::Instance(_) => return vm.instance_len(v),
        Value::Class(c) if c.meta.is_some() => return vm.instance_len(v),
        Value::DictView(d) => d.dict.len() as i64,
        _ => {
            let t = vm.types.name_of(v);
            return vm.err(
                ExcKind::TypeError,
                format!("object of type '{t}' has no len()"),
            );
        }
    })
}

/// `dir(x)`: the names reachable on `x` (the allow-list for built-in values); `dir()`: the
/// names the program has bound (the scratch layer only, never host or builtin layers).
fn dir(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    args::between(vm, "dir", &a, 0, 1)?;
    let mut names: Vec<String> = match a.pos.first() {
        None => match vm.frames.last() {
            Some(f) => {
                let ns = f
                    .locals_ns
                    .clone()
                    .unwrap_or_else(|| f.globals().scratch.clone());
                let keys: Vec<String> =
                    ns.0.borrow()
                        .iter()
                        .filter_map(|e| e.key.as_str().map(str::to_string))
                        .collect();
                keys
            }
            None => vec![],
        },
        Some(Value::Instance(i)) => {
            let mut n: Vec<String> = i
                .dict
                .0
                .borrow()
                .iter()
                .filter_map(|e| e.key.as_str().map(str::to_string))
                .collect();
            for c in std::iter::once(i.class.clone()).chain(i.class.mro.borrow().iter().cloned()) {
                n.extend(
                    c.dict
                        .0
                        .borrow()
                        .iter()
                        .filter_map(|e| e.key.as_str().map(str::to_string)),
                );
            }
            n
        }
        Some(Value::Class(c)) => c
            .dict
            .0
            .borrow()
            .iter()
            .filter_map(|e| e.key.as_str().map(str::to_string))
            .collect(),
        Some(Value::Module(m)) => m
            .dict
            .0
            .borrow()
            .iter()
            .filter_map(|e| e.key.as_str().map(str::to_string))
            .collect(),
        Some(v) => methods::names(v).into_iter().map(str::to_string).collect(),
    };
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn abs(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "abs", &a, 1)?;
    match &a.pos[0] {
        Value::PyFloat(f) => Ok(Value::Float(f.get().abs())),
        v @ (Value::Int(_) | Value::PyBool(_) | Value::BigInt(_)) => {
            Ok(from_int(num::int_abs(&to_int(v).unwrap_or(Int::Small(0)))))
        }
        v @ Value::Instance(_) => match vm.getattr_opt(v, "__abs__")? {
            Some(m) => vm.call(&m, vec![]),
            None => {
                let t = vm.types.name_of(v);
                vm.err(
                    ExcKind::TypeError,
                    format!("bad operand type for abs(): '{t}'"),
                )
            }
        },
        v => {
            let t = vm.types.name_of(v);
            vm.err(
                ExcKind::TypeError,
                format!("bad operand type for abs(): '{t}'"),
            )
        }
    }
}

fn all(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "all", &a, 1)?;
    let it = vm.iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !ops::truthy(vm, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "any", &a, 1)?;
    let it = vm.iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if ops::truthy(vm, &v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn radix(vm: &mut Vm, a: Args, r: u32, name: &str) -> R {
    args::exactly(vm, name, &a, 1)?;
    let v = match to_int(&a.pos[0]) {
        Some(i) => i,
        None => Int::Small(vm.to_index(&a.pos[0])?),
    };
    num::int_to_str(&v, r)
        .map(Value::str)
        .map_err(|e| vm.raise(e))
}

fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => {
            crate::runtime::attr::class_lookup(&i.class, "__call__").is_some()
                || (i.class.builtin && i.class.name.borrow().as_str() == "staticmethod")
        }
        _ => false,
    }
}

fn divmod(vm: &mut Vm, x: &Value, y: &Value) -> R {
    if let (Some(p), Some(q)) = (to_int(x), to_int(y)) {
        let (d, m) = num::int_divmod(&p, &q).map_err(|e| vm.raise(e))?;
        return Ok(Value::tuple(vec![from_int(d), from_int(m)]));
    }
    // An int too large for a float is an OverflowError, as in float arithmetic.
    let as_f = |v: &Value| match v {
        Value::PyFloat(f) => Some(Ok(f.get())),
        _ => to_int(v).map(|i| num::int_to_f64(&i)),
    };
    match (as_f(x), as_f(y)) {
        (Some(p), Some(q)) => {
            let p = p.map_err(|e| vm.raise(e))?;
            let q = q.map_err(|e| vm.raise(e))?;
            let (d, m) = num::float_divmod(p, q).map_err(|e| vm.raise(e))?;
            Ok(Value::tuple(vec![Value::Float(d), Value::Float(m)]))
        }
        _ => {
            if let Some(r) = vm.binary_dunder(x, y, "__divmod__", "__rdivmod__")? {
                return Ok(r);
            }
            let (ta, tb) = (vm.types.name_of(x), vm.types.name_of(y));
            vm.err(
                ExcKind::TypeError,
                format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"),
            )
        }
    }
}

fn pow(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "pow", &a, &["base", "exp", "mod"], 2)?;
    let (base, exp) = (
        p[0].clone().unwrap_or(Value::None),
        p[1].clone().unwrap_or(Value::None),
    );
    match &p[2] {
        None | Some(Value::None) => ops::binary_op(vm, crate::bytecode::BinOp::Pow, &base, &exp),
        Some(m) => match (to_int(&base), to_int(&exp), to_int(m)) {
            (Some(b), Some(e), Some(m)) => {
                // Square-and-multiply: one product modulo m per bit of the exponent.
                let mb = num::int_bit_length(&m);
                vm.charge_bigint(mb, mb.saturating_mul(num::int_bit_length(&e)))?;
                match num::int_pow(&b, &e, Some(&m)).map_err(|e| vm.raise(e))? {
                    num::Num::Int(i) => Ok(from_int(i)),
                    num::Num::Float(f) => Ok(Value::Float(f)),
                }
            }
            _ if matches!(base, Value::Instance(_)) => {
                // Three-argument pow only asks the base (`__rpow__` is never tried).
                if let Some(r) = vm.call_special(&base, "__pow__", vec![exp.clone(), m.clone()])? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
                ternary_pow_error(vm, &base, &exp, m)
            }
            _ if matches!(exp, Value::Instance(_)) || matches!(m, Value::Instance(_)) => {
                ternary_pow_error(vm, &base, &exp, m)
            }
            _ => vm.err(
                ExcKind::TypeError,
                "pow() 3rd argument not allowed unless all arguments are integers",
            ),
        },
    }
}

fn ternary_pow_error(vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> R {
    let names = [base, exp, m].map(|v| vm.types.name_of(v));
    vm.err(
        ExcKind::TypeError,
        format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            names[0], names[1], names[2]
        ),
    )
}

fn print(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    for (k, v) in a.kw {
        let target = match &*k.s {
            "sep" => &mut sep,
            "end" => &mut end,
            "flush" => continue,
            "file" => {
                if v.is_none() {
                    continue;
                }
                return vm.err(
                    ExcKind::TypeError,
                    "print() file= is not supported by krait (output goes to the host's sink)",
                );
            }
            other => {
                return vm.err(
                    ExcKind::TypeError,
                    format!("'{other}' is an invalid keyword argument for print()"),
                )
            }
        };
        match v {
            Value::None => {}
            Value::Str(s) => *target = s.s.as_str().to_owned(),
            other => {
                let t = vm.types.name_of(other);
                return vm.err(
                    ExcKind::TypeError,
                    format!("{} must be None or a string, not {t}", k.s),
                );
            }
        }
    }
    let mut out = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        // CPython writes each piece as it goes: what a user `__str__` prints (or the error
        // it raises) comes after the pieces before it.
        if matches!(v, Value::Instance(_)) && !out.is_empty() {
            vm.emit(&std::mem::take(&mut out))?;
        }
        out.push_str(&vm.str_of(v)?);
    }
    out.push_str(&end);
    vm.emit(&out)?;
    Ok(Value::None)
}

fn round(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "round", &a, &["number", "ndigits"], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    let nd = match &p[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.to_index(v)?),
    };
    match (&x, nd) {
        (Value::PyFloat(f), None) => num::float_round(f.get())
            .map(from_int)
            .map_err(|e| vm.raise(e)),
        (Value::PyFloat(f), Some(n)) => num::float_round_ndigits(f.get(), n)
            .map(Value::Float)
            .map_err(|e| vm.raise(e)),
        (Value::Int(_) | Value::BigInt(_) | Value::PyBool(_), n) => {
            let i = to_int(&x).unwrap_or(Int::Small(0));
            Ok(from_int(match n {
                Some(n) if n < 0 => num::int_round(&i, n),
                _ => i,
            }))
        }
        (Value::Instance(_), _) => match vm.getattr_opt(&x, "__round__")? {
            Some(m) => vm.call(&m, p[1].iter().cloned().collect()),
            None => {
                let t = vm.types.name_of(&x);
                vm.err(
                    ExcKind::TypeError,
                    format!("type {t} doesn't define __round__ method"),
                )
            }
        },
        _ => {
            let t = vm.types.name_of(&x);
            vm.err(
                ExcKind::TypeError,
                format!("type {t} doesn't define __round__ method"),
            )
        }
    }
}

fn sum(vm: &mut Vm, iterable: &Value, start: Value) -> R {
    if let Value::Str(_) = start {
        return vm.err(
            ExcKind::TypeError,
            "sum() can't sum strings [use ''.join(seq) instead]",
        );
    }
    if let Value::Bytes(_) = start {
        return vm.err(
            ExcKind::TypeError,
            "sum() can't sum bytes [use b''.join(seq) instead]",
        );
    }
    let it = vm.iter(iterable)?;
    let mut acc = start;
    while let Some(v) = vm.next(&it)? {
        acc = ops::binary_op(vm, crate::bytecode::BinOp::Add, &acc, &v)?;
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, a: Args, is_max: bool) -> R {
    let name = if is_max { "max" } else { "min" };
    let mut key = None;
    let mut default = None;
    for (k, v) in a.kw {
        match &*k.s {
            "key" if !v.is_none() => key = Some(v.clone()),
            "key" => {}
            "default" => default = Some(v.clone()),
            other => {
                return vm.err(
                    ExcKind::TypeError,
                    format!("'{other}' is an invalid keyword argument for {name}()"),
                )
            }
        }
    }
    let items = match a.pos.len() {
        0 => {
            return vm.err(
                ExcKind::TypeError,
                format!("{name} expected at least 1 argument, got 0"),
            )
        }
        1 => vm.collect(&a.pos[0])?,
        _ => {
            if default.is_some() {
                return vm.err(
                    ExcKind::TypeError,
                    format!(
                        "Cannot specify a default for {name}() with multiple positional arguments"
                    ),
                );
            }
            a.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![item.clone()])?,
            None => item.clone(),
        };
        best = match best {
            None => Some((item, k)),
            Some((bi, bk)) => {
                let op = if is_max {
                    crate::bytecode::CmpOp::Gt
                } else {
                    crate::bytecode::CmpOp::Lt
                };
                let better = ops::compare(vm, op, &k, &bk)?;
                if ops::truthy(vm, &better)? {
                    Some((item, k))
                } else {
                    Some((bi, bk))
                }
            }
        };
    }
    match (best, default) {
        (Some((v, _)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => vm.err(
            ExcKind::ValueError,
            format!("{name}() arg is an empty sequence"),
        ),
    }
}

/// Calling a built-in class: `int(x)`, `list(it)`, `ValueError("m")`, ...
pub fn construct(vm: &mut Vm, c: &Rc<Class>, a: Args) -> R {
    let t = &vm.types;
    if let TypeTag::Exception(_) = c.tag {
        if !a.kw.is_empty() {
            return vm.err(
                ExcKind::TypeError,
                format!("{}() takes no keyword arguments", c.name.borrow().s),
            );
        }
        return Ok(vm.new_exception_args(c.clone(), a.pos.to_vec()));
    }
    if let (TypeTag::Str, [v], []) = (&c.tag, a.pos, a.kw) {
        // The common `str(x)` first: no argument parsing, no name comparisons, and an int
        // is formatted straight into the (usually inline) string.
        return match v {
            Value::Str(_) => Ok(v.clone()),
            Value::Int(i) => Ok(Value::int_str(*i)),
            _ => vm.str_of(v).map(Value::str),
        };
    }
    if wrappers::WRAPPERS.contains(&c.name.borrow().as_str()) || c.name.borrow().as_str() == "super"
    {
        return methods::construct_wrapper(vm, c, a);
    }
    let _ = t;
    match c.tag {
        // Traceback objects come only from raised exceptions, aliases from `cls[...]`.
        TypeTag::Object
            if !Rc::ptr_eq(c, &vm.types.traceback) && !Rc::ptr_eq(c, &vm.types.generic_alias) =>
        {
            if !a.pos.is_empty() || !a.kw.is_empty() {
                return vm.err(ExcKind::TypeError, "object() takes no arguments");
            }
            Ok(Value::Instance(crate::runtime::gc::new(
                crate::runtime::value::Instance {
                    class: c.clone(),
                    dict: crate::runtime::gc::new(PyDict::new()),
                    exc: None,
                    inner: None,
                },
            )))
        }
        TypeTag::Type => match a.pos.len() {
            1 if a.kw.is_empty() => Ok(Value::Class(vm.types.of(&a.pos[0]))),
            3 => vm.type_construct(a),
            _ => vm.err(ExcKind::TypeError, "type() takes 1 or 3 arguments"),
        },
        TypeTag::Bool => {
            args::between(vm, "bool", &a, 0, 1)?;
            match a.pos.first() {
                Some(v) => ops::truthy(vm, v).map(Value::Bool),
                None => Ok(Value::Bool(false)),
            }
        }
        TypeTag::Int => methods::int_new(vm, a),
        TypeTag::Float => methods::float_new(vm, a),
        TypeTag::Str => {
            let p = args::parse(vm, "str", &a, &["object", "encoding", "errors"], 0)?;
            for (i, what) in [(1, "encoding"), (2, "errors")] {
                if let Some(v) = p[i].as_ref().filter(|v| !matches!(v, Value::Str(_))) {
                    let t = vm.types.name_of(v);
                    let msg = format!("str() argument '{what}' must be str, not {t}");
                    return vm.err(ExcKind::TypeError, msg);
                }
            }
            let decoding = p[1].is_some() || p[2].is_some();
            match (&p[0], &p[1]) {
                (None, _) => Ok(Value::str("")),
                (Some(Value::Str(_)), _) if decoding => {
                    vm.err(ExcKind::TypeError, "decoding str is not supported")
                }
                (Some(v), _) if decoding && !matches!(v, Value::Bytes(_)) => {
                    let t = vm.types.name_of(v);
                    let msg = format!("decoding to str: need a bytes-like object, {t} found");
                    vm.err(ExcKind::TypeError, msg)
                }
                (Some(Value::Bytes(b)), None) if decoding => {
                    let errors = p[2].as_ref().and_then(|e| e.as_str()).unwrap_or("strict");
                    let errors = errors.to_string();
                    crate::runtime::strops::decode(&b.0, "utf-8", &errors)
                        .map(Value::str)
                        .map_err(|e| vm.raise(e))
                }
                (Some(Value::Bytes(b)), Some(enc)) => {
                    let enc = enc.as_str().unwrap_or("utf-8").to_string();
                    let errors = p[2]
                        .as_ref()
                        .and_then(|e| e.as_str())
                        .unwrap_or("strict")
                        .to_string();
                    crate::runtime::strops::decode(&b.0, &enc, &errors)
                        .map(Value::str)
                        .map_err(|e| vm.raise(e))
                }
                (Some(v), _) => vm.str_of(v).map(Value::str),
            }
        }
        TypeTag::Bytes => methods::bytes_new(vm, a),
        TypeTag::List => {
            args::between(vm, "list", &a, 0, 1)?;
            let items = match a.pos.first() {
                Some(v) => vm.collect(v)?,
                None => vec![],
            };
            Ok(Value::list(items))
        }
        TypeTag::Tuple => {
            args::between(vm, "tuple", &a, 0, 1)?;
            match a.pos.first() {
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(vm.collect(v)?)),
                None => Ok(Value::tuple(vec![])),
            }
        }
        TypeTag::Dict => {
            let d = crate::runtime::gc::new(PyDict::new());
            if a.pos.len() > 1 {
                return vm.err(
                    ExcKind::TypeError,
                    format!("dict expected at most 1 argument, got {}", a.pos.len()),
                );
            }
            if let Some(src) = a.pos.first() {
                methods::dict_update_from(vm, &d, src)?;
            }
            for (k, v) in a.kw {
                ops::dict_set(vm, &d, Value::Str(k.clone()), v.clone())?;
            }
            Ok(Value::Dict(d))
        }
        TypeTag::Set | TypeTag::FrozenSet => {
            let frozen = c.tag == TypeTag::FrozenSet;
            args::between(vm, if frozen { "frozenset" } else { "set" }, &a, 0, 1)?;
            let s = crate::runtime::gc::new(PySet::new());
            if let Some(v) = a.pos.first() {
                for item in vm.collect(v)? {
                    ops::set_add(vm, &s, item)?;
                }
            }
            Ok(if frozen {
                Value::FrozenSet(s)
            } else {
                Value::Set(s)
            })
        }
        TypeTag::Range => {
            args::between(vm, "range", &a, 1, 3)?;
            let mut n = Vec::new();
            for v in a.pos {
                n.push(vm.to_index(v)?);
            }
            let (start, stop, step) = match n.len() {
                1 => (0, n[0], 1),
                2 => (n[0], n[1], 1),
                _ => (n[0], n[1], n[2]),
            };
            if step == 0 {
                return vm.err(ExcKind::ValueError, "range() arg 3 must not be zero");
            }
            Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
        }
        TypeTag::Slice => {
            args::between(vm, "slice", &a, 1, 3)?;
            let (start, stop, step) = match a.pos.len() {
                1 => (Value::None, a.pos[0].clone(), Value::None),
                2 => (a.pos[0].clone(), a.pos[1].clone(), Value::None),
                _ => (a.pos[0].clone(), a.pos[1].clone(), a.pos[2].clone()),
            };
            Ok(Value::Slice(crate::runtime::gc::new(PySlice {
                start,
                stop,
                step,
            })))
        }
        _ => vm.err(
            ExcKind::TypeError,
            format!("cannot create '{}' instances", c.name.borrow().s),
        ),
    }
}

#[allow(dead_code)]
fn bigint_value(b: BigInt) -> Value {
    Value::bigint(b)
}

#[allow(dead_code)]
fn bytes_value(b: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes(b.into_boxed_slice())))
}

/// `repr(v)`; a `str` subclass instance returned by `__repr__` is returned as it is.
fn repr_value(vm: &mut Vm, v: &Value) -> R {
    if matches!(v, Value::Instance(_)) {
        let level = crate::vm::call::Reentry::Repr;
        if let Some(r) = vm.call_special_as(v, "__repr__", vec![], level)? {
            if let Value::Instance(_) = &r {
                if let Value::Str(_) = crate::vm::subclass::unwrap(&r) {
                    return Ok(r);
                }
            }
            if let Value::Str(_) = &r {
                return Ok(r);
            }
            let t = vm.types.name_of(&r);
            let msg = format!("__repr__ returned non-string (type {t})");
            return vm.err(ExcKind::TypeError, msg);
        }
    }
    vm.repr(v).map(Value::str)
}
