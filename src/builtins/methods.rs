//! Methods and data attributes of the built-in types. `lookup` is the allow-list: an attribute
//! of a built-in value exists exactly when it is listed here.

use std::rc::Rc;

use super::args;
use super::bytes_ops as bo;
use super::bytes_text as bt;
use super::{from_int, to_int};
use crate::runtime::errors::ExcKind;
use crate::runtime::num;
use crate::runtime::ops;
use crate::runtime::strops;
use crate::runtime::value::{
    Args, BoundMethod, Class, DictIterKind, DictView, NativeFn, PyBytes, PyDict, PySet, Value,
};
use crate::vm::{Vm, VmResult};

type R = VmResult;

fn recv(b: &Option<Value>) -> Value {
    b.clone().unwrap_or(Value::None)
}

/// The attribute `name` of a built-in value, if it has one.
pub fn lookup(vm: &mut Vm, obj: &Value, name: &str) -> Option<Value> {
    if name == "__class__" {
        return Some(Value::Class(vm.types.of(obj)));
    }
    let data = match obj {
        Value::Int(_) | Value::PyBool(_) | Value::BigInt(_) => match name {
            "real" | "numerator" => Some(from_int(to_int(obj)?)),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::PyFloat(f) => match name {
            "real" => Some(Value::Float(f.get())),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Range(r) => match name {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        },
        Value::Slice(s) => match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        Value::Generator(g) => match name {
            "__name__" => Some(Value::Str(g.name.clone())),
            "__qualname__" => Some(Value::Str(g.qualname.clone())),
            _ => None,
        },
        _ => None,
    };
    if data.is_some() {
        return data;
    }
    let (static_name, f) = method(obj, name)?;
    Some(vm.native_method(obj, static_name, f))
}

/// Attributes of built-in classes themselves (`dict.fromkeys`, unbound `str.join`...).
pub fn type_attr(vm: &mut Vm, c: &Rc<Class>, name: &str) -> Option<Value> {
    use crate::runtime::value::TypeTag;
    if name == "__init_subclass__" {
        let cls = Value::Class(c.clone());
        return Some(vm.native_method(
            &cls,
            "__init_subclass__",
            crate::vm::metaclass::object_init_subclass,
        ));
    }
    if name.starts_with("__") {
        let base = crate::vm::subclass::builtin_base(c);
        return vm.builtin_class_attr(&base, None, name);
    }
    let sample = match c.tag {
        TypeTag::Str => Value::str(""),
        TypeTag::List => Value::list(vec![]),
        TypeTag::Dict => Value::Dict(crate::runtime::gc::new(PyDict::new())),
        TypeTag::Int => Value::Int(0),
        TypeTag::Float => Value::Float(0.0),
        TypeTag::Tuple => Value::tuple(vec![]),
        TypeTag::Set => Value::Set(crate::runtime::gc::new(PySet::new())),
        TypeTag::Bytes => Value::Bytes(Rc::new(PyBytes(Box::new([])))),
        _ => return None,
    };
    if c.tag == TypeTag::Dict && name == "fromkeys" && !c.builtin {
        return Some(vm.native_method(&Value::Class(c.clone()), "fromkeys", subclass_fromkeys));
    }
    if c.tag == TypeTag::Dict && name == "fromkeys" {
        return Some(Value::Builtin(crate::runtime::gc::new(
            crate::runtime::value::Builtin {
                name: "fromkeys",
                func: dict_fromkeys,
                bound: None,
                owner: None,
            },
        )));
    }
    if c.tag == TypeTag::Int && name == "from_bytes" {
        return Some(Value::Builtin(crate::runtime::gc::new(
            crate::runtime::value::Builtin {
                name: "from_bytes",
                func: int_from_bytes,
                bound: None,
                owner: None,
            },
        )));
    }
    if c.tag == TypeTag::Bytes && (name == "fromhex" || name == "maketrans") {
        let (name, func): (&'static str, NativeFn) = if name == "fromhex" {
            ("fromhex", super::bytes_ops::fromhex)
        } else {
            ("maketrans", super::bytes_ops::maketrans)
        };
        return Some(Value::Builtin(crate::runtime::gc::new(
            crate::runtime::value::Builtin {
                name,
                func,
                bound: None,
                owner: None,
            },
        )));
    }
    let (static_name, f) = method(&sample, name)?;
    let _ = vm;
    // An unbound method (`str.upper`): the VM passes the first argument as the receiver.
    let owner: &'static str = match c.tag {
        TypeTag::Str => "str",
        TypeTag::List => "list",
        TypeTag::Dict => "dict",
        TypeTag::Int => "int",
        TypeTag::Float => "float",
        TypeTag::Tuple => "tuple",
        TypeTag::Set => "set",
        _ => "bytes",
    };
    Some(Value::Builtin(crate::runtime::gc::new(
        crate::runtime::value::Builtin {
            name: static_name,
            func: f,
            bound: None,
            owner: Some(owner),
        },
    )))
}

/// A method table: one row per method, searched by name; the same table answers `dir()`.
macro_rules! methods {
    ($name:expr, { $($n:literal => $f:expr),* $(,)? }) => {{
        const TABLE: &[(&str, NativeFn)] = &[$(($n, $f)),*];
        table_lookup(TABLE, $name)
    }};
}

/// Reserved name under which `method` returns nothing but records the table (for `dir()`).
const ALL_NAMES: &str = "";

thread_local! {
    static LAST_TABLE: std::cell::Cell<&'static [(&'static str, NativeFn)]> = const { std::cell::Cell::new(&[]) };
}

fn table_lookup(
    table: &'static [(&'static str, NativeFn)],
    name: &str,
) -> Option<(&'static str, NativeFn)> {
    if name == ALL_NAMES {
        LAST_TABLE.with(|t| t.set(table));
        return None;
    }
    table.iter().find(|(n, _)| *n == name).copied()
}

/// The attribute names `lookup` would find on `obj` (for `dir()`).
pub fn names(obj: &Value) -> Vec<&'static str> {
    LAST_TABLE.with(|t| t.set(&[]));
    let mut out: Vec<&'static str> = Vec::new();
    let _ = method(obj, ALL_NAMES);
    out.extend(LAST_TABLE.with(|t| t.get()).iter().map(|(n, _)| *n));
    if matches!(obj, Value::Set(_)) {
        // Sets answer from two tables: the shared one and the mutating one.
        LAST_TABLE.with(|t| t.set(&[]));
        let _ = set_method(
            &Value::FrozenSet(crate::runtime::gc::new(PySet::new())),
            ALL_NAMES,
        );
        out.extend(LAST_TABLE.with(|t| t.get()).iter().map(|(n, _)| *n));
    }
    out.push("__class__");
    out.sort_unstable();
    out.dedup();
    out
}

/// The native method `name` of a built-in value's type (for the VM's method calls).
pub fn method_of(obj: &Value, name: &str) -> Option<(&'static str, NativeFn)> {
    if name.is_empty() {
        return None;
    }
    method(obj, name)
}

fn method(obj: &Value, name: &str) -> Option<(&'static str, NativeFn)> {
    match obj {
        Value::Str(_) => str_method(name),
        Value::List(_) => methods!(name, {
            "append" => list_append, "extend" => list_extend, "insert" => list_insert, "pop" => list_pop,
            "remove" => list_remove, "index" => list_index, "count" => list_count, "sort" => list_sort_method,
            "reverse" => list_reverse, "copy" => list_copy, "clear" => list_clear,
        }),
        Value::Tuple(_) => methods!(name, { "index" => tuple_index, "count" => tuple_count }),
        Value::Dict(_) => methods!(name, {
            "get" => dict_get, "keys" => dict_keys, "values" => dict_values, "items" => dict_items,
            "pop" => dict_pop, "popitem" => dict_popitem, "setdefault" => dict_setdefault,
            "update" => dict_update, "copy" => dict_copy, "clear" => dict_clear, "fromkeys" => dict_fromkeys,
        }),
        Value::Set(_) | Value::FrozenSet(_) => set_method(obj, name),
        Value::Int(_) | Value::PyBool(_) | Value::BigInt(_) => methods!(name, {
            "bit_length" => int_bit_length, "bit_count" => int_bit_count, "conjugate" => int_conjugate,
            "as_integer_ratio" => int_as_integer_ratio, "to_bytes" => int_to_bytes,
        }),
        Value::PyFloat(_) => methods!(name, {
            "is_integer" => float_is_integer, "as_integer_ratio" => float_as_integer_ratio, "conjugate" => float_conjugate,
            "hex" => float_hex,
        }),
        Value::Bytes(_) => methods!(name, {
            "decode" => bytes_decode, "hex" => bo::hex, "count" => bo::count, "find" => bo::find,
            "startswith" => bo::startswith, "endswith" => bo::endswith, "join" => bytes_join,
            "upper" => bytes_upper, "lower" => bytes_lower, "strip" => bytes_strip, "split" => bo::split,
            "rsplit" => bo::rsplit, "translate" => bo::translate, "expandtabs" => bo::expandtabs,
            "lstrip" => bytes_lstrip, "rstrip" => bytes_rstrip, "index" => bo::index, "rfind" => bo::rfind, "rindex" => bo::rindex,
            "replace" => bo::replace,
            "swapcase" => bt::swapcase, "capitalize" => bt::capitalize, "title" => bt::title,
            "isalnum" => bt::isalnum, "isalpha" => bt::isalpha, "isascii" => bt::isascii,
            "isdigit" => bt::isdigit, "islower" => bt::islower, "isupper" => bt::isupper,
            "isspace" => bt::isspace, "ljust" => bt::ljust, "rjust" => bt::rjust,
            "center" => bt::center, "zfill" => bt::zfill, "partition" => bt::partition,
            "rpartition" => bt::rpartition, "removeprefix" => bt::removeprefix,
            "removesuffix" => bt::removesuffix, "splitlines" => bt::splitlines,
        }),
        Value::Generator(_) => methods!(name, {
            "send" => gen_send, "throw" => gen_throw, "close" => gen_close, "__next__" => gen_next,
        }),
        Value::Iterator(_) => methods!(name, { "__next__" => iter_next }),
        Value::DictView(v) if v.kind == DictIterKind::Proxy => methods!(name, {
            "get" => dict_get, "keys" => dict_keys, "values" => dict_values, "items" => dict_items,
            "copy" => dict_copy,
        }),
        Value::DictView(_) => methods!(name, { "isdisjoint" => view_isdisjoint }),
        Value::Range(_) => methods!(name, { "index" => range_index, "count" => range_count }),
        Value::Slice(_) => methods!(name, { "indices" => slice_indices }),
        _ => None,
    }
}

// ---------------------------------------------------------------- str

fn str_method(name: &str) -> Option<(&'static str, NativeFn)> {
    methods!(name, {
        "join" => str_join, "split" => str_split, "rsplit" => str_rsplit, "splitlines" => str_splitlines,
        "strip" => str_strip, "lstrip" => str_lstrip, "rstrip" => str_rstrip, "replace" => str_replace,
        "find" => str_find, "rfind" => str_rfind, "index" => str_index, "rindex" => str_rindex, "count" => str_count,
        "startswith" => str_startswith, "endswith" => str_endswith,
        "upper" => |vm, b, a| str_map(vm, b, a, "upper", strops::upper),
        "lower" => |vm, b, a| str_map(vm, b, a, "lower", strops::lower),
        "title" => |vm, b, a| str_map(vm, b, a, "title", strops::title),
        "capitalize" => |vm, b, a| str_map(vm, b, a, "capitalize", strops::capitalize),
        "swapcase" => |vm, b, a| str_map(vm, b, a, "swapcase", strops::swapcase),
        "casefold" => |vm, b, a| str_map(vm, b, a, "casefold", strops::casefold),
        "isdigit" => |vm, b, a| str_pred(vm, b, a, "isdigit", strops::isdigit),
        "isdecimal" => |vm, b, a| str_pred(vm, b, a, "isdecimal", strops::isdecimal),
        "isnumeric" => |vm, b, a| str_pred(vm, b, a, "isnumeric", strops::isnumeric),
        "isalpha" => |vm, b, a| str_pred(vm, b, a, "isalpha", strops::isalpha),
        "isalnum" => |vm, b, a| str_pred(vm, b, a, "isalnum", strops::isalnum),
        "isspace" => |vm, b, a| str_pred(vm, b, a, "isspace", strops::isspace),
        "isupper" => |vm, b, a| str_pred(vm, b, a, "isupper", strops::isupper),
        "islower" => |vm, b, a| str_pred(vm, b, a, "islower", strops::islower),
        "istitle" => |vm, b, a| str_pred(vm, b, a, "istitle", strops::istitle),
        "isidentifier" => |vm, b, a| str_pred(vm, b, a, "isidentifier", strops::isidentifier),
        "isprintable" => |vm, b, a| str_pred(vm, b, a, "isprintable", strops::isprintable),
        "isascii" => |vm, b, a| str_pred(vm, b, a, "isascii", strops::isascii),
        "partition" => |vm, b, a| str_partition(vm, b, a, false),
        "rpartition" => |vm, b, a| str_partition(vm, b, a, true),
        "zfill" => str_zfill, "center" => |vm, b, a| str_pad(vm, b, a, "center", strops::center),
        "ljust" => |vm, b, a| str_pad(vm, b, a, "ljust", strops::ljust),
        "rjust" => |vm, b, a| str_pad(vm, b, a, "rjust", strops::rjust),
        "expandtabs" => str_expandtabs, "format" => str_format, "format_map" => str_format_map,
        "encode" => str_encode, "removeprefix" => str_removeprefix, "removesuffix" => str_removesuffix,
    })
}

fn s_of(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

fn arg_str(vm: &mut Vm, v: &Value, what: &str) -> VmResult<String> {
    match crate::vm::subclass::inner_str(v) {
        Value::Str(s) => Ok(s.s.as_str().to_owned()),
        other => {
            let t = vm.types.name_of(other);
            vm.err(ExcKind::TypeError, format!("{what} must be str, not {t}"))
        }
    }
}

fn opt_str(vm: &mut Vm, v: &Option<Value>, what: &str) -> VmResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => arg_str(vm, v, what).map(Some),
    }
}

fn opt_index(vm: &mut Vm, v: &Option<Value>) -> VmResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => vm.to_index(v).map(Some),
    }
}

fn raise<T>(vm: &mut Vm, r: Result<T, crate::runtime::errors::Raise>) -> VmResult<T> {
    r.map_err(|e| vm.raise(e))
}

fn str_list(items: Vec<&str>) -> Value {
    Value::list(items.into_iter().map(Value::str).collect())
}

fn str_map(vm: &mut Vm, b: &Option<Value>, a: Args, name: &str, f: fn(&str) -> String) -> R {
    args::exactly(vm, &format!("str.{name}"), &a, 0)?;
    Ok(Value::str(f(s_of(&recv(b)))))
}

fn str_pred(vm: &mut Vm, b: &Option<Value>, a: Args, name: &str, f: fn(&str) -> bool) -> R {
    args::exactly(vm, &format!("str.{name}"), &a, 0)?;
    Ok(Value::Bool(f(s_of(&recv(b)))))
}

fn str_join(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "str.join", &a, 1)?;
    let sep = recv(b);
    // Lists and tuples are joined where they are: no Python code runs while their items are
    // read, so the borrow is safe and the items need not be copied out first.
    match &a.pos[0] {
        Value::List(l) => {
            let items = l.0.borrow();
            return join_items(vm, s_of(&sep), &items);
        }
        Value::Tuple(t) => return join_items(vm, s_of(&sep), &t.0),
        _ => {}
    }
    let not_iterable = matches!(a.pos[0], Value::Instance(_))
        && vm.special(&a.pos[0], "__iter__").is_none()
        && vm.special(&a.pos[0], "__getitem__").is_none();
    let items = match vm.collect(&a.pos[0]) {
        Ok(items) => items,
        Err(_)
            if not_iterable
                || matches!(
                    a.pos[0],
                    Value::Int(_) | Value::PyFloat(_) | Value::None | Value::PyBool(_)
                ) =>
        {
            return vm.err(ExcKind::TypeError, "can only join an iterable");
        }
        Err(e) => return Err(e),
    };
    join_items(vm, s_of(&sep), &items)
}

/// `sep.join(items)`: every item must be a str (or a str subclass instance).
fn join_items(vm: &mut Vm, sep: &str, items: &[Value]) -> R {
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match crate::vm::subclass::inner_of(item).unwrap_or(item) {
            Value::Str(s) => total = total.saturating_add(s.s.len()),
            _ => {
                let t = vm.types.name_of(item);
                return vm.err(
                    ExcKind::TypeError,
                    format!("sequence item {i}: expected str instance, {t} found"),
                );
            }
        }
    }
    vm.tick(items.len() as u64)?;
    let cap = crate::vm::limits::size_cap();
    if total as u64 > cap {
        let e = crate::vm::limits::exceeded(crate::vm::limits::LimitKind::Size, cap);
        return Err(vm.raise(e));
    }
    let mut out = String::with_capacity(total);
    let mut nchars = 0;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Value::Str(s) = crate::vm::subclass::inner_of(item).unwrap_or(item) {
            out.push_str(&s.s);
            nchars += s.char_len();
        }
    }
    let sep_chars = sep.chars().count() * items.len().saturating_sub(1);
    Ok(Value::Str(std::rc::Rc::new(
        crate::runtime::value::PyStr::with_char_count(out.into(), nchars + sep_chars),
    )))
}

fn split_args(vm: &mut Vm, a: &Args, name: &str) -> VmResult<(Option<String>, i64)> {
    let p = args::parse(vm, name, a, &["sep", "maxsplit"], 0)?;
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.s.as_str().to_owned()),
        Some(other) => {
            let t = vm.types.name_of(other);
            return vm.err(ExcKind::TypeError, format!("must be str or None, not {t}"));
        }
    };
    let maxsplit = opt_index(vm, &p[1])?.unwrap_or(-1);
    Ok((sep, maxsplit))
}

fn str_split(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (sep, max) = split_args(vm, &a, "split")?;
    let s = recv(b);
    let r = strops::split(s_of(&s), sep.as_deref(), max);
    raise(vm, r).map(str_list)
}

fn str_rsplit(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (sep, max) = split_args(vm, &a, "rsplit")?;
    let s = recv(b);
    let r = strops::rsplit(s_of(&s), sep.as_deref(), max);
    raise(vm, r).map(str_list)
}

fn str_splitlines(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "splitlines", &a, &["keepends"], 0)?;
    let keep = match &p[0] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let s = recv(b);
    Ok(str_list(strops::splitlines(s_of(&s), keep)))
}

fn strip_with(
    vm: &mut Vm,
    b: &Option<Value>,
    a: Args,
    name: &str,
    f: for<'x> fn(&'x str, Option<&str>) -> &'x str,
) -> R {
    args::between(vm, name, &a, 0, 1)?;
    let chars = match a.pos.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.s.as_str().to_owned()),
        Some(_) => {
            return vm.err(
                ExcKind::TypeError,
                format!("{name} arg must be None or str"),
            )
        }
    };
    let s = recv(b);
    Ok(Value::str(f(s_of(&s), chars.as_deref())))
}

fn str_strip(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    strip_with(vm, b, a, "strip", strops::strip)
}

fn str_lstrip(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    strip_with(vm, b, a, "lstrip", strops::lstrip)
}

fn str_rstrip(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    strip_with(vm, b, a, "rstrip", strops::rstrip)
}

fn str_replace(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::between(vm, "replace", &a, 2, 3)?;
    let old = arg_str(vm, &a.pos[0], "replace() argument 1")?;
    let new = arg_str(vm, &a.pos[1], "replace() argument 2")?;
    let count = opt_index(vm, &a.pos.get(2).cloned())?.unwrap_or(-1);
    let s = recv(b);
    let r = strops::replace(s_of(&s), &old, &new, count);
    raise(vm, r).map(Value::str)
}

fn find_args(vm: &mut Vm, a: &Args, name: &str) -> VmResult<(Value, Option<i64>, Option<i64>)> {
    args::between(vm, name, a, 1, 3)?;
    let start = opt_index(vm, &a.pos.get(1).cloned())?;
    let end = opt_index(vm, &a.pos.get(2).cloned())?;
    Ok((a.pos[0].clone(), start, end))
}

fn needle(vm: &mut Vm, v: &Value) -> VmResult<String> {
    match crate::vm::subclass::inner_str(v) {
        Value::Str(s) => Ok(s.s.as_str().to_owned()),
        other => {
            let t = vm.types.name_of(other);
            vm.err(ExcKind::TypeError, format!("must be str, not {t}"))
        }
    }
}

fn str_find(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (n, s0, e0) = find_args(vm, &a, "find")?;
    let n = needle(vm, &n)?;
    Ok(Value::Int(strops::find(s_of(&recv(b)), &n, s0, e0)))
}

fn str_rfind(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (n, s0, e0) = find_args(vm, &a, "rfind")?;
    let n = needle(vm, &n)?;
    Ok(Value::Int(strops::rfind(s_of(&recv(b)), &n, s0, e0)))
}

fn str_index(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (n, s0, e0) = find_args(vm, &a, "index")?;
    let n = needle(vm, &n)?;
    let r = strops::index(s_of(&recv(b)), &n, s0, e0);
    raise(vm, r).map(Value::Int)
}

fn str_rindex(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (n, s0, e0) = find_args(vm, &a, "rindex")?;
    let n = needle(vm, &n)?;
    let r = strops::rindex(s_of(&recv(b)), &n, s0, e0);
    raise(vm, r).map(Value::Int)
}

fn str_count(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let (n, s0, e0) = find_args(vm, &a, "count")?;
    let n = needle(vm, &n)?;
    Ok(Value::Int(strops::count(s_of(&recv(b)), &n, s0, e0)))
}

fn affix(
    vm: &mut Vm,
    b: &Option<Value>,
    a: Args,
    name: &str,
    f: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
) -> R {
    let (n, s0, e0) = find_args(vm, &a, name)?;
    let s = recv(b);
    match crate::vm::subclass::inner_str(&n) {
        Value::Str(x) => Ok(Value::Bool(f(s_of(&s), &x.s, s0, e0))),
        Value::Tuple(t) => {
            // Items are checked as they are tried: CPython stops at the first match.
            for item in t.0.iter() {
                let Value::Str(c) = crate::vm::subclass::inner_str(item) else {
                    let t = vm.types.name_of(item);
                    return vm.err(
                        ExcKind::TypeError,
                        format!("tuple for {name} must only contain str, not {t}"),
                    );
                };
                if f(s_of(&s), &c.s, s0, e0) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let t = vm.types.name_of(other);
            vm.err(
                ExcKind::TypeError,
                format!("{name} first arg must be str or a tuple of str, not {t}"),
            )
        }
    }
}

fn str_startswith(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    affix(vm, b, a, "startswith", strops::startswith)
}

fn str_endswith(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    affix(vm, b, a, "endswith", strops::endswith)
}

fn str_partition(vm: &mut Vm, b: &Option<Value>, a: Args, right: bool) -> R {
    let name = if right {
        "str.rpartition"
    } else {
        "str.partition"
    };
    args::exactly(vm, name, &a, 1)?;
    let sep = needle(vm, &a.pos[0])?;
    let s = recv(b);
    let r = if right {
        strops::rpartition(s_of(&s), &sep)
    } else {
        strops::partition(s_of(&s), &sep)
    };
    let (x, y, z) = raise(vm, r)?;
    Ok(Value::tuple(vec![
        Value::str(x),
        Value::str(y),
        Value::str(z),
    ]))
}

fn str_zfill(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "str.zfill", &a, 1)?;
    let w = vm.to_index(&a.pos[0])?;
    let r = strops::zfill(s_of(&recv(b)), w);
    raise(vm, r).map(Value::str)
}

fn str_pad(
    vm: &mut Vm,
    b: &Option<Value>,
    a: Args,
    name: &str,
    f: fn(&str, i64, &str) -> Result<String, crate::runtime::errors::Raise>,
) -> R {
    args::between(vm, name, &a, 1, 2)?;
    let w = vm.to_index(&a.pos[0])?;
    let fill = match a.pos.get(1).map(crate::vm::subclass::inner_str) {
        Some(Value::Str(s)) => s.s.as_str().to_owned(),
        Some(other) => {
            let t = vm.types.name_of(other);
            return vm.err(
                ExcKind::TypeError,
                format!("{name}() argument 2 must be str, not {t}"),
            );
        }
        None => " ".into(),
    };
    let r = f(s_of(&recv(b)), w, &fill);
    raise(vm, r).map(Value::str)
}

fn str_expandtabs(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "expandtabs", &a, &["tabsize"], 0)?;
    let t = opt_index(vm, &p[0])?.unwrap_or(8);
    let r = strops::expandtabs(s_of(&recv(b)), t);
    raise(vm, r).map(Value::str)
}

fn str_encode(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "encode", &a, &["encoding", "errors"], 0)?;
    let enc = opt_str(vm, &p[0], "encode() argument 'encoding'")?.unwrap_or_else(|| "utf-8".into());
    let errors =
        opt_str(vm, &p[1], "encode() argument 'errors'")?.unwrap_or_else(|| "strict".into());
    let r = strops::encode(s_of(&recv(b)), &enc, &errors);
    let bytes = raise(vm, r)?;
    Ok(Value::Bytes(Rc::new(PyBytes(bytes.into_boxed_slice()))))
}

fn str_removeprefix(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "str.removeprefix", &a, 1)?;
    let x = arg_str(vm, &a.pos[0], "removeprefix() argument")?;
    Ok(Value::str(strops::removeprefix(s_of(&recv(b)), &x)))
}

fn str_removesuffix(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "str.removesuffix", &a, 1)?;
    let x = arg_str(vm, &a.pos[0], "removesuffix() argument")?;
    Ok(Value::str(strops::removesuffix(s_of(&recv(b)), &x)))
}

fn str_format(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let s = recv(b);
    let kw: Vec<(String, Value)> =
        a.kw.iter()
            .map(|(k, v)| (k.s.as_str().to_owned(), v.clone()))
            .collect();
    super::strformat::format(vm, s_of(&s), a.pos, &super::strformat::Kw::List(&kw)).map(Value::str)
}

fn str_format_map(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "str.format_map", &a, 1)?;
    let s = recv(b);
    super::strformat::format(
        vm,
        s_of(&s),
        &[],
        &super::strformat::Kw::Mapping(a.pos[0].clone()),
    )
    .map(Value::str)
}

// ---------------------------------------------------------------- list and tuple

fn list_items(v: &Value) -> Option<&Rc<crate::runtime::value::PyList>> {
    match v {
        Value::List(l) => Some(l),
        _ => None,
    }
}

fn list_append(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "list.append", &a, 1)?;
    if let Some(l) = list_items(&recv(b)) {
        let n = {
            let mut items = l.0.borrow_mut();
            items.push(a.pos[0].clone());
            items.len()
        };
        vm.grew(n, 1)?;
    }
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "list.extend", &a, 1)?;
    let items = vm.collect(&a.pos[0])?;
    if let Some(l) = list_items(&recv(b)) {
        let added = items.len();
        let n = {
            let mut all = l.0.borrow_mut();
            all.extend(items);
            all.len()
        };
        vm.grew(n, added)?;
    }
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "insert", &a, 2)?;
    let i = vm.to_index(&a.pos[0])?;
    if let Some(l) = list_items(&recv(b)) {
        let mut items = l.0.borrow_mut();
        let n = items.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        items.insert(j as usize, a.pos[1].clone());
    }
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::between(vm, "pop", &a, 0, 1)?;
    let i = match a.pos.first() {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let r = recv(b);
    let Some(l) = list_items(&r) else {
        return Ok(Value::None);
    };
    let mut items = l.0.borrow_mut();
    if items.is_empty() {
        drop(items);
        return vm.err(ExcKind::IndexError, "pop from empty list");
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        drop(items);
        return vm.err(ExcKind::IndexError, "pop index out of range");
    }
    Ok(items.remove(j as usize))
}

fn position(vm: &mut Vm, items: &[Value], x: &Value) -> VmResult<Option<usize>> {
    for (i, v) in items.iter().enumerate() {
        if v.is(x) || ops::eq(vm, v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "list.remove", &a, 1)?;
    let r = recv(b);
    let Some(l) = list_items(&r) else {
        return Ok(Value::None);
    };
    let items = l.0.borrow().clone();
    match position(vm, &items, &a.pos[0])? {
        Some(i) => {
            l.0.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => vm.err(ExcKind::ValueError, "list.remove(x): x not in list"),
    }
}

fn seq_index(vm: &mut Vm, items: &[Value], a: &Args, what: &str) -> R {
    args::between(vm, "index", a, 1, 3)?;
    let n = items.len() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let start = norm(opt_index(vm, &a.pos.get(1).cloned())?.unwrap_or(0)) as usize;
    let end = norm(opt_index(vm, &a.pos.get(2).cloned())?.unwrap_or(n)) as usize;
    if start < end {
        if let Some(i) = position(vm, &items[start..end], &a.pos[0])? {
            return Ok(Value::Int((start + i) as i64));
        }
    }
    if what == "list" {
        let r = vm.repr(&a.pos[0])?;
        return vm.err(ExcKind::ValueError, format!("{r} is not in list"));
    }
    vm.err(ExcKind::ValueError, "tuple.index(x): x not in tuple")
}

fn seq_count(vm: &mut Vm, items: &[Value], x: &Value) -> R {
    let mut n = 0;
    for v in items {
        if v.is(x) || ops::eq(vm, v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_index(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let items = list_items(&recv(b))
        .map(|l| l.0.borrow().clone())
        .unwrap_or_default();
    seq_index(vm, &items, &a, "list")
}

fn list_count(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "list.count", &a, 1)?;
    let items = list_items(&recv(b))
        .map(|l| l.0.borrow().clone())
        .unwrap_or_default();
    seq_count(vm, &items, &a.pos[0])
}

fn tuple_index(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let items = match recv(b) {
        Value::Tuple(t) => t.0.to_vec(),
        _ => vec![],
    };
    seq_index(vm, &items, &a, "tuple")
}

fn tuple_count(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "tuple.count", &a, 1)?;
    let items = match recv(b) {
        Value::Tuple(t) => t.0.to_vec(),
        _ => vec![],
    };
    seq_count(vm, &items, &a.pos[0])
}

fn list_reverse(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "list.reverse", &a, 0)?;
    if let Some(l) = list_items(&recv(b)) {
        l.0.borrow_mut().reverse();
    }
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "list.copy", &a, 0)?;
    Ok(Value::list(
        list_items(&recv(b))
            .map(|l| l.0.borrow().clone())
            .unwrap_or_default(),
    ))
}

fn list_clear(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "list.clear", &a, 0)?;
    if let Some(l) = list_items(&recv(b)) {
        l.0.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn list_sort_method(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    if !a.pos.is_empty() {
        return vm.err(ExcKind::TypeError, "sort() takes no positional arguments");
    }
    list_sort(vm, &recv(b), a.kw)?;
    Ok(Value::None)
}

/// `list.sort(key=, reverse=)`: a stable merge sort whose comparisons may run Python code;
/// the list is emptied while sorting so mutation from a key function is detected.
pub fn list_sort(
    vm: &mut Vm,
    list: &Value,
    kw: &[(Rc<crate::runtime::value::PyStr>, Value)],
) -> VmResult<()> {
    let Value::List(l) = list else { return Ok(()) };
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kw {
        match &*k.s {
            "key" => key = (!v.is_none()).then(|| v.clone()),
            "reverse" => reverse = ops::truthy(vm, v)?,
            other => {
                return vm.err(
                    ExcKind::TypeError,
                    format!("'{other}' is an invalid keyword argument for sort()"),
                )
            }
        }
    }
    let items = std::mem::take(&mut *l.0.borrow_mut());
    // Kept so that a failing key or comparison leaves the list whole, as CPython does.
    let original = items.clone();
    let result = sort_values(vm, items, key.as_ref(), reverse);
    let modified = !l.0.borrow().is_empty();
    match result {
        Ok(sorted) => {
            *l.0.borrow_mut() = sorted;
            if modified {
                return vm.err(ExcKind::ValueError, "list modified during sort");
            }
            Ok(())
        }
        Err(e) => {
            *l.0.borrow_mut() = original;
            Err(e)
        }
    }
}

fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> VmResult<Vec<Value>> {
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for item in items {
        let k = match key {
            Some(f) => vm.call(f, vec![item.clone()])?,
            None => item.clone(),
        };
        keyed.push((k, item));
    }
    if reverse {
        keyed.reverse();
    }
    let sorted = if keyed.len() < 64 {
        small_sort(vm, keyed)?
    } else {
        merge_sort(vm, keyed)?
    };
    let mut out: Vec<Value> = sorted.into_iter().map(|(_, v)| v).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> VmResult<bool> {
    vm.tick(1)?;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x.s < y.s),
        (Value::PyFloat(x), Value::PyFloat(y)) => Ok(x.get() < y.get()),
        _ => {
            let r = ops::compare(vm, crate::bytecode::CmpOp::Lt, a, b)?;
            ops::truthy(vm, &r)
        }
    }
}

/// CPython's sort for short lists (a run, then binary insertion), comparison for comparison,
/// so errors and side effects of `__lt__` appear in the same order.
fn small_sort(vm: &mut Vm, mut v: Vec<(Value, Value)>) -> VmResult<Vec<(Value, Value)>> {
    let n = v.len();
    if n < 2 {
        return Ok(v);
    }
    let mut run = 2;
    if less(vm, &v[1].0, &v[0].0)? {
        while run < n && less(vm, &v[run].0, &v[run - 1].0)? {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !less(vm, &v[run].0, &v[run - 1].0)? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = v[start].clone();
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if less(vm, &pivot.0, &v[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=start].rotate_right(1);
    }
    Ok(v)
}

fn merge_sort(vm: &mut Vm, v: Vec<(Value, Value)>) -> VmResult<Vec<(Value, Value)>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    let mut v = v;
    let right = v.split_off(v.len() / 2);
    let left = merge_sort(vm, v)?;
    let right = merge_sort(vm, right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        // Take from the right only when strictly less: equal keys keep their order.
        if less(vm, &right[j].0, &left[i].0)? {
            out.push(right[j].clone());
            j += 1;
        } else {
            out.push(left[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    Ok(out)
}

// ---------------------------------------------------------------- dict

fn the_dict(v: &Value) -> Rc<PyDict> {
    match v {
        Value::Dict(d) => d.clone(),
        Value::DictView(p) if p.kind == DictIterKind::Proxy => p.dict.clone(),
        _ => crate::runtime::gc::new(PyDict::new()),
    }
}

fn dict_get(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::between(vm, "get", &a, 1, 2)?;
    let d = the_dict(&recv(b));
    Ok(ops::dict_get(vm, &d, &a.pos[0])?
        .unwrap_or_else(|| a.pos.get(1).cloned().unwrap_or(Value::None)))
}

fn view(b: &Option<Value>, kind: DictIterKind) -> Value {
    Value::DictView(crate::runtime::gc::new(DictView {
        dict: the_dict(&recv(b)),
        kind,
    }))
}

fn dict_keys(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "dict.keys", &a, 0)?;
    Ok(view(b, DictIterKind::Keys))
}

fn dict_values(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "dict.values", &a, 0)?;
    Ok(view(b, DictIterKind::Values))
}

fn dict_items(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "dict.items", &a, 0)?;
    Ok(view(b, DictIterKind::Items))
}

fn dict_pop(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::between(vm, "pop", &a, 1, 2)?;
    let d = the_dict(&recv(b));
    match (ops::dict_del(vm, &d, &a.pos[0])?, a.pos.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => {
            let class = vm.types.exc(ExcKind::KeyError).clone();
            let e = vm.new_exception_args(class, vec![a.pos[0].clone()]);
            Err(crate::vm::Unwind::Exc(e))
        }
    }
}

fn dict_popitem(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "dict.popitem", &a, 0)?;
    let d = the_dict(&recv(b));
    let e = d.0.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => vm.err(ExcKind::KeyError, "popitem(): dictionary is empty"),
    }
}

fn dict_setdefault(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::between(vm, "setdefault", &a, 1, 2)?;
    let d = the_dict(&recv(b));
    if let Some(v) = ops::dict_get(vm, &d, &a.pos[0])? {
        return Ok(v);
    }
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    ops::dict_set(vm, &d, a.pos[0].clone(), v.clone())?;
    Ok(v)
}

/// `dict(x)` / `d.update(x)`: from a mapping or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &Rc<PyDict>, src: &Value) -> VmResult<()> {
    if let Value::DictView(p) = src {
        if p.kind == DictIterKind::Proxy {
            return vm.dict_merge(d, &Value::Dict(p.dict.clone()), false);
        }
    }
    if matches!(src, Value::Dict(_))
        || (matches!(src, Value::Instance(_)) && vm.getattr_opt(src, "keys")?.is_some())
    {
        return vm.dict_merge(d, src, false);
    }
    let it = vm.iter(src)?;
    let mut i = 0;
    while let Some(pair) = vm.next(&it)? {
        let items = match &pair {
            Value::Tuple(_) | Value::List(_) => vm.collect(&pair)?,
            other => {
                let _ = other;
                return vm.err(
                    ExcKind::TypeError,
                    format!("cannot convert dictionary update sequence element #{i} to a sequence"),
                );
            }
        };
        if items.len() != 2 {
            return vm.err(
                ExcKind::ValueError,
                format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    items.len()
                ),
            );
        }
        let mut items = items.into_iter();
        let (k, v) = (
            items.next().unwrap_or(Value::None),
            items.next().unwrap_or(Value::None),
        );
        ops::dict_set(vm, d, k, v)?;
        i += 1;
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    if a.pos.len() > 1 {
        return vm.err(
            ExcKind::TypeError,
            format!("update expected at most 1 argument, got {}", a.pos.len()),
        );
    }
    let d = the_dict(&recv(b));
    if let Some(src) = a.pos.first() {
        dict_update_from(vm, &d, src)?;
    }
    for (k, v) in a.kw {
        ops::dict_set(vm, &d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "dict.copy", &a, 0)?;
    let d = the_dict(&recv(b));
    let t = d.0.borrow().clone();
    Ok(Value::Dict(crate::runtime::gc::new(PyDict(
        std::cell::RefCell::new(t),
    ))))
}

fn dict_clear(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "dict.clear", &a, 0)?;
    the_dict(&recv(b)).0.borrow_mut().clear();
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    args::between(vm, "fromkeys", &a, 1, 2)?;
    let d = crate::runtime::gc::new(PyDict::new());
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    for k in vm.collect(&a.pos[0])? {
        ops::dict_set(vm, &d, k, v.clone())?;
    }
    Ok(Value::Dict(d))
}

fn view_isdisjoint(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "isdisjoint", &a, 1)?;
    let this = recv(b);
    for item in vm.collect(&a.pos[0])? {
        if ops::contains(vm, &this, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// ---------------------------------------------------------------- set

fn set_method(obj: &Value, name: &str) -> Option<(&'static str, NativeFn)> {
    let common = methods!(name, {
        "copy" => set_copy, "union" => |vm, b, a| set_multi(vm, b, a, crate::bytecode::BinOp::Or),
        "intersection" => |vm, b, a| set_multi(vm, b, a, crate::bytecode::BinOp::And),
        "difference" => |vm, b, a| set_multi(vm, b, a, crate::bytecode::BinOp::Sub),
        "symmetric_difference" => |vm, b, a| set_multi(vm, b, a, crate::bytecode::BinOp::Xor),
        "issubset" => |vm, b, a| set_rel(vm, b, a, crate::bytecode::CmpOp::Le),
        "issuperset" => |vm, b, a| set_rel(vm, b, a, crate::bytecode::CmpOp::Ge),
        "isdisjoint" => set_isdisjoint,
    });
    if common.is_some() || matches!(obj, Value::FrozenSet(_)) {
        return common;
    }
    methods!(name, {
        "add" => set_add_m, "discard" => set_discard_m, "remove" => set_remove, "pop" => set_pop, "clear" => set_clear,
        "update" => |vm, b, a| set_update(vm, b, a, crate::bytecode::BinOp::Or),
        "intersection_update" => |vm, b, a| set_update(vm, b, a, crate::bytecode::BinOp::And),
        "difference_update" => |vm, b, a| set_update(vm, b, a, crate::bytecode::BinOp::Sub),
        "symmetric_difference_update" => |vm, b, a| set_update(vm, b, a, crate::bytecode::BinOp::Xor),
    })
}

fn the_set(v: &Value) -> Rc<PySet> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => s.clone(),
        _ => crate::runtime::gc::new(PySet::new()),
    }
}

fn as_set(vm: &mut Vm, v: &Value) -> R {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        _ => {
            let s = crate::runtime::gc::new(PySet::new());
            for item in vm.collect(v)? {
                ops::set_add(vm, &s, item)?;
            }
            Ok(Value::Set(s))
        }
    }
}

fn set_copy(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "set.copy", &a, 0)?;
    let r = recv(b);
    let t = the_set(&r).0.borrow().clone();
    let s = crate::runtime::gc::new(PySet(std::cell::RefCell::new(t)));
    Ok(if matches!(r, Value::FrozenSet(_)) {
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    })
}

fn set_multi(vm: &mut Vm, b: &Option<Value>, a: Args, op: crate::bytecode::BinOp) -> R {
    args::no_kwargs(vm, "set method", &a)?;
    let mut acc = recv(b);
    let frozen = matches!(acc, Value::FrozenSet(_));
    acc = match acc {
        Value::FrozenSet(s) => Value::Set(s),
        other => other,
    };
    // Always return a new set, even with no arguments.
    let copy = the_set(&acc).0.borrow().clone();
    acc = Value::Set(crate::runtime::gc::new(PySet(std::cell::RefCell::new(
        copy,
    ))));
    for other in a.pos {
        let o = as_set(vm, other)?;
        acc = ops::binary_op(vm, op, &acc, &o)?;
    }
    Ok(match (frozen, acc) {
        (true, Value::Set(s)) => Value::FrozenSet(s),
        (_, v) => v,
    })
}

fn set_update(vm: &mut Vm, b: &Option<Value>, a: Args, op: crate::bytecode::BinOp) -> R {
    let this = recv(b);
    for other in a.pos {
        let o = as_set(vm, other)?;
        vm.inplace_op(op, &this, &o)?;
    }
    Ok(Value::None)
}

fn set_rel(vm: &mut Vm, b: &Option<Value>, a: Args, op: crate::bytecode::CmpOp) -> R {
    let name = if op == crate::bytecode::CmpOp::Le {
        "set.issubset"
    } else {
        "set.issuperset"
    };
    args::exactly(vm, name, &a, 1)?;
    let o = as_set(vm, &a.pos[0])?;
    ops::compare(vm, op, &recv(b), &o)
}

fn set_isdisjoint(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "set.isdisjoint", &a, 1)?;
    let s = the_set(&recv(b));
    for item in vm.collect(&a.pos[0])? {
        if ops::set_contains(vm, &s, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_add_m(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "set.add", &a, 1)?;
    ops::set_add(vm, &the_set(&recv(b)), a.pos[0].clone())?;
    Ok(Value::None)
}

fn set_discard_m(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "set.discard", &a, 1)?;
    ops::set_discard(vm, &the_set(&recv(b)), &a.pos[0])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "set.remove", &a, 1)?;
    if !ops::set_discard(vm, &the_set(&recv(b)), &a.pos[0])? {
        let class = vm.types.exc(ExcKind::KeyError).clone();
        let e = vm.new_exception_args(class, vec![a.pos[0].clone()]);
        return Err(crate::vm::Unwind::Exc(e));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "set.pop", &a, 0)?;
    let s = the_set(&recv(b));
    let first = s.0.borrow().iter().next().map(|e| e.key.clone());
    match first {
        Some(k) => {
            ops::set_discard(vm, &s, &k)?;
            Ok(k)
        }
        None => vm.err(ExcKind::KeyError, "pop from an empty set"),
    }
}

fn set_clear(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "set.clear", &a, 0)?;
    the_set(&recv(b)).0.borrow_mut().clear();
    Ok(Value::None)
}

// ---------------------------------------------------------------- numbers

fn the_int(v: &Value) -> num::Int {
    to_int(v).unwrap_or(num::Int::Small(0))
}

fn int_bit_length(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "int.bit_length", &a, 0)?;
    Ok(Value::Int(num::int_bit_length(&the_int(&recv(b))) as i64))
}

fn int_bit_count(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "int.bit_count", &a, 0)?;
    Ok(Value::Int(num::int_bit_count(&the_int(&recv(b))) as i64))
}

fn int_conjugate(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "int.conjugate", &a, 0)?;
    Ok(from_int(the_int(&recv(b))))
}

fn int_as_integer_ratio(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "int.as_integer_ratio", &a, 0)?;
    Ok(Value::tuple(vec![
        from_int(the_int(&recv(b))),
        Value::Int(1),
    ]))
}

fn byteorder(vm: &mut Vm, v: &Option<Value>) -> VmResult<bool> {
    match v.as_ref().and_then(Value::as_str) {
        None | Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => vm.err(
            ExcKind::ValueError,
            "byteorder must be either 'little' or 'big'",
        ),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "to_bytes", &a, &["length", "byteorder", "*signed"], 0)?;
    let length = opt_index(vm, &p[0])?.unwrap_or(1);
    let big_endian = byteorder(vm, &p[1])?;
    let signed = match &p[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if length < 0 {
        return vm.err(ExcKind::ValueError, "length argument must be non-negative");
    }
    let n = the_int(&recv(b)).to_big();
    let negative = n.sign() == num_bigint::Sign::Minus;
    if negative && !signed {
        return vm.err(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        );
    }
    let mut bytes = if n.sign() == num_bigint::Sign::NoSign {
        vec![]
    } else {
        n.to_signed_bytes_be()
    };
    if !signed && bytes.len() > 1 && bytes[0] == 0 {
        bytes.remove(0);
    }
    if bytes.len() > length as usize {
        return vm.err(ExcKind::OverflowError, "int too big to convert");
    }
    let fill = if negative { 0xff } else { 0 };
    let mut out = vec![fill; length as usize - bytes.len()];
    out.extend(bytes);
    if !big_endian {
        out.reverse();
    }
    Ok(bytes_value(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(vm: &mut Vm, _b: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "from_bytes", &a, &["bytes", "byteorder", "*signed"], 1)?;
    let data = match &p[0] {
        Some(Value::Bytes(b)) => b.0.to_vec(),
        Some(other) => {
            let mut out = Vec::new();
            for i in vm.collect(other)? {
                match i {
                    Value::Int(x) if (0..256).contains(&x) => out.push(x as u8),
                    _ => return vm.err(ExcKind::ValueError, "bytes must be in range(0, 256)"),
                }
            }
            out
        }
        None => vec![],
    };
    let big_endian = byteorder(vm, &p[1])?;
    let signed = match &p[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    use num_bigint::{BigInt, Sign};
    let n = match (big_endian, signed) {
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &data),
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
    };
    Ok(Value::bigint(n))
}

fn the_float(v: &Value) -> f64 {
    match v {
        Value::PyFloat(f) => f.get(),
        _ => 0.0,
    }
}

fn float_is_integer(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "float.is_integer", &a, 0)?;
    Ok(Value::Bool(num::float_is_integer(the_float(&recv(b)))))
}

fn float_as_integer_ratio(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "float.as_integer_ratio", &a, 0)?;
    let r = num::float_as_integer_ratio(the_float(&recv(b)));
    let (n, d) = raise(vm, r)?;
    Ok(Value::tuple(vec![from_int(n), from_int(d)]))
}

fn float_conjugate(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "float.conjugate", &a, 0)?;
    Ok(recv(b))
}

fn float_hex(vm: &mut Vm, _b: &Option<Value>, _a: Args) -> R {
    vm.err(
        ExcKind::NotImplementedError,
        "float.hex is not supported by krait yet",
    )
}

/// `int(x)`, `int(s, base)`.
pub fn int_new(vm: &mut Vm, a: Args) -> R {
    let p = args::parse(vm, "int", &a, &["x/", "base"], 0)?;
    let base = match &p[1] {
        Some(b) => Some(vm.to_index(b)?),
        None => None,
    };
    match (&p[0], base) {
        (None, None) => Ok(Value::Int(0)),
        (None, Some(_)) => vm.err(ExcKind::TypeError, "int() missing string argument"),
        (Some(Value::Str(s)), b) => {
            let r = num::parse_int(&s.s, b.unwrap_or(10));
            raise(vm, r).map(from_int)
        }
        (Some(Value::Bytes(s)), b) => {
            let r = num::parse_int_bytes(&s.0, b.unwrap_or(10));
            raise(vm, r).map(from_int)
        }
        (Some(_), Some(_)) => vm.err(
            ExcKind::TypeError,
            "int() can't convert non-string with explicit base",
        ),
        (Some(v @ (Value::Int(_) | Value::BigInt(_))), None) => Ok(v.clone()),
        (Some(Value::PyBool(b)), None) => Ok(Value::Int(i64::from(b.get()))),
        (Some(Value::PyFloat(f)), None) => {
            let r = num::int_from_f64(f.get());
            raise(vm, r).map(from_int)
        }
        (Some(v @ Value::Instance(_)), None) => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(m) = vm.getattr_opt(v, name)? {
                    let r = vm.call(&m, vec![])?;
                    if to_int(&r).is_none() {
                        let t = vm.types.name_of(&r);
                        return vm.err(
                            ExcKind::TypeError,
                            format!("__int__ returned non-int (type {t})"),
                        );
                    }
                    return Ok(r);
                }
            }
            let t = vm.types.name_of(v);
            vm.err(ExcKind::TypeError, format!("int() argument must be a string, a bytes-like object or a real number, not '{t}'"))
        }
        (Some(v), None) => {
            let t = vm.types.name_of(v);
            vm.err(ExcKind::TypeError, format!("int() argument must be a string, a bytes-like object or a real number, not '{t}'"))
        }
    }
}

/// `float(x)`.
pub fn float_new(vm: &mut Vm, a: Args) -> R {
    args::between(vm, "float", &a, 0, 1)?;
    match a.pos.first() {
        None => Ok(Value::Float(0.0)),
        Some(Value::PyFloat(f)) => Ok(Value::Float(f.get())),
        Some(Value::Str(s)) => {
            let r = num::float_from_str(&s.s);
            raise(vm, r).map(Value::Float)
        }
        Some(v @ (Value::Int(_) | Value::PyBool(_) | Value::BigInt(_))) => {
            let r = num::int_to_f64(&the_int(v));
            raise(vm, r).map(Value::Float)
        }
        Some(v @ Value::Instance(_)) => {
            for name in ["__float__", "__index__"] {
                if let Some(m) = vm.getattr_opt(v, name)? {
                    let r = vm.call(&m, vec![])?;
                    return match r {
                        Value::PyFloat(f) => Ok(Value::Float(f.get())),
                        ref i @ (Value::Int(_) | Value::BigInt(_)) if name == "__index__" => {
                            let r = num::int_to_f64(&the_int(i));
                            raise(vm, r).map(Value::Float)
                        }
                        other => {
                            let (c, t) = (vm.types.name_of(v), vm.types.name_of(&other));
                            vm.err(
                                ExcKind::TypeError,
                                format!("{c}.__float__ returned non-float (type {t})"),
                            )
                        }
                    };
                }
            }
            let t = vm.types.name_of(v);
            vm.err(
                ExcKind::TypeError,
                format!("float() argument must be a string or a real number, not '{t}'"),
            )
        }
        Some(v) => {
            let t = vm.types.name_of(v);
            vm.err(
                ExcKind::TypeError,
                format!("float() argument must be a string or a real number, not '{t}'"),
            )
        }
    }
}

// ---------------------------------------------------------------- bytes

pub(super) fn the_bytes(v: &Value) -> Vec<u8> {
    match v {
        Value::Bytes(b) => b.0.to_vec(),
        _ => vec![],
    }
}

pub(super) fn bytes_value(b: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes(b.into_boxed_slice())))
}

pub fn bytes_new(vm: &mut Vm, a: Args) -> R {
    let p = args::parse(vm, "bytes", &a, &["source", "encoding", "errors"], 0)?;
    match (&p[0], &p[1]) {
        (None, _) => Ok(bytes_value(vec![])),
        (Some(Value::Str(s)), Some(enc)) => {
            let enc = enc.as_str().unwrap_or("utf-8").to_string();
            let errors = p[2]
                .as_ref()
                .and_then(|e| e.as_str())
                .unwrap_or("strict")
                .to_string();
            let r = strops::encode(&s.s, &enc, &errors);
            raise(vm, r).map(bytes_value)
        }
        (Some(Value::Str(_)), None) => {
            vm.err(ExcKind::TypeError, "string argument without an encoding")
        }
        (Some(Value::Int(n)), _) => {
            if *n < 0 {
                return vm.err(ExcKind::ValueError, "negative count");
            }
            if *n > 1 << 28 {
                return vm.err(ExcKind::MemoryError, "");
            }
            Ok(bytes_value(vec![0; *n as usize]))
        }
        (Some(v), _) => {
            if let Value::PyBool(b) = v {
                return Ok(bytes_value(vec![0; usize::from(b.get())]));
            }
            if matches!(v, Value::PyFloat(_) | Value::None) {
                let t = vm.types.name_of(v);
                return vm.err(
                    ExcKind::TypeError,
                    format!("cannot convert '{t}' object to bytes"),
                );
            }
            let items = vm.collect(v)?;
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                match item {
                    Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                    Value::Int(_) => {
                        return vm.err(ExcKind::ValueError, "bytes must be in range(0, 256)")
                    }
                    other => {
                        let t = vm.types.name_of(&other);
                        return vm.err(
                            ExcKind::TypeError,
                            format!("'{t}' object cannot be interpreted as an integer"),
                        );
                    }
                }
            }
            Ok(bytes_value(out))
        }
    }
}

fn bytes_decode(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let p = args::parse(vm, "decode", &a, &["encoding", "errors"], 0)?;
    let enc = opt_str(vm, &p[0], "decode() argument 'encoding'")?.unwrap_or_else(|| "utf-8".into());
    let errors =
        opt_str(vm, &p[1], "decode() argument 'errors'")?.unwrap_or_else(|| "strict".into());
    let r = strops::decode(&the_bytes(&recv(b)), &enc, &errors);
    raise(vm, r).map(Value::str)
}

pub(super) fn bytes_arg(vm: &mut Vm, v: &Value) -> VmResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.0.to_vec()),
        other => {
            let t = vm.types.name_of(other);
            vm.err(
                ExcKind::TypeError,
                format!("a bytes-like object is required, not '{t}'"),
            )
        }
    }
}

fn bytes_join(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.join", &a, 1)?;
    let sep = the_bytes(&recv(b));
    let mut out = Vec::new();
    for (i, item) in vm.collect(&a.pos[0])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match crate::vm::subclass::inner_of(item).unwrap_or(item) {
            Value::Bytes(x) => out.extend_from_slice(&x.0),
            _ => {
                let t = vm.types.name_of(item);
                return vm.err(
                    ExcKind::TypeError,
                    format!("sequence item {i}: expected a bytes-like object, {t} found"),
                );
            }
        }
    }
    Ok(bytes_value(out))
}

fn bytes_upper(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.upper", &a, 0)?;
    Ok(bytes_value(the_bytes(&recv(b)).to_ascii_uppercase()))
}

fn bytes_lower(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "bytes.lower", &a, 0)?;
    Ok(bytes_value(the_bytes(&recv(b)).to_ascii_lowercase()))
}

/// `bytes.strip/lstrip/rstrip([chars])`: ASCII whitespace, or the bytes in `chars`.
fn bytes_strip_with(
    vm: &mut Vm,
    b: &Option<Value>,
    a: Args,
    name: &str,
    left: bool,
    right: bool,
) -> R {
    args::between(vm, name, &a, 0, 1)?;
    let v = the_bytes(&recv(b));
    let chars: Option<Vec<u8>> = match a.pos.first() {
        None | Some(Value::None) => None,
        Some(c) => Some(bytes_arg(vm, c)?),
    };
    let strip = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => c.is_ascii_whitespace(),
    };
    let s = if left {
        v.iter().position(|c| !strip(c)).unwrap_or(v.len())
    } else {
        0
    };
    let e = if right {
        v.iter().rposition(|c| !strip(c)).map_or(s, |e| e + 1)
    } else {
        v.len()
    };
    Ok(bytes_value(v[s..e.max(s)].to_vec()))
}

fn bytes_strip(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    bytes_strip_with(vm, b, a, "strip", true, true)
}

fn bytes_lstrip(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    bytes_strip_with(vm, b, a, "lstrip", true, false)
}

fn bytes_rstrip(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    bytes_strip_with(vm, b, a, "rstrip", false, true)
}

fn range_index(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "range.index", &a, 1)?;
    let r = recv(b);
    if let (Value::Range(rg), true) = (&r, ops::contains(vm, &r, &a.pos[0])?) {
        if let Some(x) = to_int(&a.pos[0]).and_then(|i| i.to_i64()) {
            return Ok(Value::Int((x - rg.start) / rg.step));
        }
    }
    let s = vm.repr(&a.pos[0])?;
    vm.err(ExcKind::ValueError, format!("{s} is not in range"))
}

fn range_count(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "range.count", &a, 1)?;
    let r = recv(b);
    Ok(Value::Int(i64::from(ops::contains(vm, &r, &a.pos[0])?)))
}

fn slice_indices(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "slice.indices", &a, 1)?;
    let n = vm.to_index(&a.pos[0])?;
    if n < 0 {
        return vm.err(ExcKind::ValueError, "length should not be negative");
    }
    let Value::Slice(s) = recv(b) else {
        return Ok(Value::None);
    };
    let (start, stop, step, _) = vm.slice_bounds(&s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

// ---------------------------------------------------------------- generators and iterators

fn the_gen(v: &Value) -> Option<Rc<crate::runtime::value::Generator>> {
    match v {
        Value::Generator(g) => Some(g.clone()),
        _ => None,
    }
}

fn gen_send(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "send", &a, 1)?;
    let Some(g) = the_gen(&recv(b)) else {
        return Ok(Value::None);
    };
    match vm.resume(&g, a.pos[0].clone(), None)? {
        crate::vm::generator::Resumed::Yielded(v) => Ok(v),
        crate::vm::generator::Resumed::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_next(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "__next__", &a, 0)?;
    let Some(g) = the_gen(&recv(b)) else {
        return Ok(Value::None);
    };
    match vm.resume(&g, Value::None, None)? {
        crate::vm::generator::Resumed::Yielded(v) => Ok(v),
        crate::vm::generator::Resumed::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_throw(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::between(vm, "throw", &a, 1, 3)?;
    let Some(g) = the_gen(&recv(b)) else {
        return Ok(Value::None);
    };
    let exc = match &a.pos[0] {
        Value::Class(c) => {
            let c = c.clone();
            let args = a.pos.get(1).map(|v| vec![v.clone()]).unwrap_or_default();
            vm.call_class(&c, args, vec![])?
        }
        v => v.clone(),
    };
    vm.generator_throw(&g, exc)
}

fn gen_close(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "close", &a, 0)?;
    let Some(g) = the_gen(&recv(b)) else {
        return Ok(Value::None);
    };
    vm.generator_close(&g)
}

fn iter_next(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::exactly(vm, "__next__", &a, 0)?;
    match vm.next(&recv(b))? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

// ---------------------------------------------------------------- wrappers and super

/// `staticmethod(f)`, `classmethod(f)`, `property(fget, fset, fdel, doc)`, `super(...)`.
pub fn construct_wrapper(vm: &mut Vm, c: &Rc<Class>, a: Args) -> R {
    let inst = crate::runtime::gc::new(crate::runtime::value::Instance {
        class: c.clone(),
        dict: crate::runtime::gc::new(PyDict::new()),
        exc: None,
        inner: None,
    });
    match c.name.borrow().as_str() {
        "staticmethod" | "classmethod" => {
            args::exactly(vm, c.name.borrow().as_str(), &a, 1)?;
            inst.dict.set_str("__func__", a.pos[0].clone());
        }
        "property" => {
            let p = args::parse(vm, "property", &a, &["fget", "fset", "fdel", "doc"], 0)?;
            for (name, v) in ["fget", "fset", "fdel", "__doc__"].iter().zip(p) {
                inst.dict.set_str(name, v.unwrap_or(Value::None));
            }
            // Without an explicit doc, a property documents itself with its getter's docstring.
            if inst.dict.get_str("__doc__").is_none_or(|d| d.is_none()) {
                if let Some(Value::Function(f)) = inst.dict.get_str("fget") {
                    inst.dict.set_str("__doc__", f.doc.borrow().clone());
                }
            }
        }
        _ => return vm.make_super(a),
    }
    Ok(Value::Instance(inst))
}

/// An attribute found by `super()`: looked up in `start`'s MRO after `this`. Descriptors are
/// bound to `obj` unless `obj` is `start` itself (`super()` in a classmethod, or a
/// metaclass's `__new__`), as CPython's `super.__getattribute__` does.
pub fn super_lookup(
    vm: &mut Vm,
    this: &Rc<Class>,
    start: &Rc<Class>,
    obj: &Value,
    name: &str,
) -> Option<Value> {
    let bind = !matches!(obj, Value::Class(c) if Rc::ptr_eq(c, start));
    let mro: Vec<Rc<Class>> = std::iter::once(start.clone())
        .chain(start.mro.borrow().iter().cloned())
        .collect();
    let pos = mro.iter().position(|c| Rc::ptr_eq(c, this))?;
    for c in &mro[pos + 1..] {
        if let Some(v) = c.dict.get_str(name) {
            return Some(match v {
                Value::Function(_) if bind => {
                    Value::BoundMethod(crate::runtime::gc::new(BoundMethod {
                        receiver: obj.clone(),
                        func: v,
                    }))
                }
                Value::Instance(ref i) if super::wrappers::is_wrapper(&i.class) => {
                    super::wrappers::get(vm, &v, bind.then(|| obj.clone()), start).unwrap_or(v)
                }
                other => other,
            });
        }
        if c.builtin {
            if name == "__init_subclass__" {
                // `object.__init_subclass__` is a classmethod: bound to the class.
                let cls = Value::Class(start.clone());
                return Some(vm.native_method(
                    &cls,
                    "__init_subclass__",
                    crate::vm::metaclass::object_init_subclass,
                ));
            }
            let receiver = bind.then_some(obj);
            if let Some(v) = vm.builtin_class_attr(c, receiver, name) {
                return Some(v);
            }
        }
    }
    None
}

/// `Sub.fromkeys(keys, value)` for a dict subclass: `Sub()` filled through `__setitem__`.
fn subclass_fromkeys(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    args::between(vm, "fromkeys", &a, 1, 2)?;
    let cls = b.clone().unwrap_or(Value::None);
    let d = vm.call(&cls, vec![])?;
    let value = a.pos.get(1).cloned().unwrap_or(Value::None);
    for k in vm.collect(&a.pos[0])? {
        vm.setitem(&d, k, value.clone())?;
    }
    Ok(d)
}
