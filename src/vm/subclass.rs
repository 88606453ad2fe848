//! User subclasses of built-in value types (`class Stack(list)`, `class Name(str)`) and the
//! special methods of built-in types themselves (`int.__add__`, `list.__getitem__`,
//! `object.__setattr__`, `tuple.__new__`...).
//!
//! An instance of such a subclass carries the built-in value it extends in `Instance::inner`:
//! immutable ones get it from the built-in `__new__` (the constructor arguments), mutable ones
//! start empty and are filled by the built-in `__init__`. Every protocol the user class does not
//! override reaches the built-in behaviour through the special methods below, which unwrap their
//! receiver and operands to the built-in values (results are plain built-in values, as in
//! CPython: `MyInt(2) + 1` is an `int`).

use std::rc::Rc;

use super::{Unwind, Vm, VmResult};
use crate::bytecode::{BinOp, CmpOp, UnOp};
use crate::runtime::attr::class_lookup;
use crate::runtime::errors::ExcKind;
use crate::runtime::ops;
use crate::runtime::types::is_subclass;
use crate::runtime::value::{Args, Class, Instance, NativeFn, PyDict, TypeTag, Value};

type R = VmResult;

/// The built-in value an instance of a built-in subclass extends.
pub fn inner_of(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.inner.as_ref(),
        _ => None,
    }
}

/// `v` itself, or the built-in value it extends.
pub fn unwrap(v: &Value) -> Value {
    inner_of(v).unwrap_or(v).clone()
}

/// The str a str subclass instance extends, else `v` itself.
pub fn inner_str(v: &Value) -> &Value {
    match inner_of(v) {
        Some(s @ Value::Str(_)) => s,
        _ => v,
    }
}

/// Built-in types a user class can extend with a value of its own.
pub fn is_value_tag(tag: TypeTag) -> bool {
    matches!(
        tag,
        TypeTag::Int
            | TypeTag::Float
            | TypeTag::Str
            | TypeTag::Bytes
            | TypeTag::List
            | TypeTag::Tuple
            | TypeTag::Dict
            | TypeTag::Set
            | TypeTag::FrozenSet
    )
}

fn is_mutable_tag(tag: TypeTag) -> bool {
    matches!(tag, TypeTag::List | TypeTag::Dict | TypeTag::Set)
}

fn this(b: &Option<Value>) -> Value {
    b.as_ref().map_or(Value::None, unwrap)
}

fn orig(b: &Option<Value>) -> Value {
    b.clone().unwrap_or(Value::None)
}

fn one(vm: &mut Vm, name: &str, a: &Args) -> VmResult<Value> {
    if a.pos.len() != 1 || !a.kw.is_empty() {
        return vm.err(
            ExcKind::TypeError,
            format!("expected 1 argument, got {}", a.pos.len()),
        );
    }
    let _ = name;
    Ok(unwrap(&a.pos[0]))
}

fn none_args(vm: &mut Vm, name: &str, a: &Args) -> VmResult<()> {
    if !a.pos.is_empty() || !a.kw.is_empty() {
        return vm.err(
            ExcKind::TypeError,
            format!("{name}() takes no arguments ({} given)", a.pos.len()),
        );
    }
    Ok(())
}

fn is_type_error(vm: &Vm, e: &Unwind) -> bool {
    matches!(e, Unwind::Exc(v) if is_subclass(&vm.types.of(v), vm.types.exc(ExcKind::TypeError)))
}

/// A binary operation of the receiver's built-in type: NotImplemented for operands it does
/// not know (user objects, or a TypeError from the built-in operation).
fn binary(vm: &mut Vm, b: &Option<Value>, a: &Args, op: BinOp, reflected: bool) -> R {
    let y = one(vm, "op", a)?;
    if matches!(y, Value::Instance(_)) {
        return Ok(Value::NotImplemented);
    }
    let x = this(b);
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    match ops::binary_op(vm, op, &l, &r) {
        Err(e) if is_type_error(vm, &e) => Ok(Value::NotImplemented),
        other => other,
    }
}

fn inplace(vm: &mut Vm, b: &Option<Value>, a: &Args, op: BinOp) -> R {
    let y = one(vm, "op", a)?;
    let x = this(b);
    vm.inplace_op(op, &x, &y)?;
    Ok(orig(b))
}

fn compare(vm: &mut Vm, b: &Option<Value>, a: &Args, op: CmpOp) -> R {
    let y = one(vm, "cmp", a)?;
    if matches!(y, Value::Instance(_)) {
        return Ok(Value::NotImplemented);
    }
    let x = this(b);
    match ops::compare(vm, op, &x, &y) {
        Err(e) if is_type_error(vm, &e) => Ok(Value::NotImplemented),
        other => other,
    }
}

fn unary(vm: &mut Vm, b: &Option<Value>, a: &Args, op: UnOp) -> R {
    none_args(vm, "op", a)?;
    ops::unary_op(vm, op, &this(b))
}

fn call_builtin(vm: &mut Vm, name: &str, args: Vec<Value>) -> R {
    match vm.builtins.get_str(name) {
        Some(f) => vm.call(&f, args),
        None => vm.err(ExcKind::RuntimeError, format!("{name} is unavailable")),
    }
}

macro_rules! bin {
    ($op:ident, $refl:expr) => {
        |vm, b, a| binary(vm, b, &a, BinOp::$op, $refl)
    };
}
macro_rules! cmp {
    ($op:ident) => {
        |vm, b, a| compare(vm, b, &a, CmpOp::$op)
    };
}
macro_rules! ipl {
    ($op:ident) => {
        |vm, b, a| inplace(vm, b, &a, BinOp::$op)
    };
}

const COMPARE: &[(&str, NativeFn)] = &[
    ("__eq__", cmp!(Eq)),
    ("__ne__", cmp!(Ne)),
    ("__lt__", cmp!(Lt)),
    ("__le__", cmp!(Le)),
    ("__gt__", cmp!(Gt)),
    ("__ge__", cmp!(Ge)),
];

const NUMBER: &[(&str, NativeFn)] = &[
    ("__add__", bin!(Add, false)),
    ("__radd__", bin!(Add, true)),
    ("__sub__", bin!(Sub, false)),
    ("__rsub__", bin!(Sub, true)),
    ("__mul__", bin!(Mul, false)),
    ("__rmul__", bin!(Mul, true)),
    ("__truediv__", bin!(TrueDiv, false)),
    ("__rtruediv__", bin!(TrueDiv, true)),
    ("__floordiv__", bin!(FloorDiv, false)),
    ("__rfloordiv__", bin!(FloorDiv, true)),
    ("__mod__", bin!(Mod, false)),
    ("__rmod__", bin!(Mod, true)),
    ("__pow__", bin!(Pow, false)),
    ("__rpow__", bin!(Pow, true)),
    ("__neg__", |vm, b, a| unary(vm, b, &a, UnOp::Neg)),
    ("__pos__", |vm, b, a| unary(vm, b, &a, UnOp::Pos)),
    ("__abs__", |vm, b, a| {
        none_args(vm, "__abs__", &a)?;
        call_builtin(vm, "abs", vec![this(b)])
    }),
    ("__bool__", |vm, b, a| {
        none_args(vm, "__bool__", &a)?;
        ops::truthy(vm, &this(b)).map(Value::Bool)
    }),
    ("__int__", |vm, b, a| {
        none_args(vm, "__int__", &a)?;
        call_builtin(vm, "int", vec![this(b)])
    }),
    ("__float__", |vm, b, a| {
        none_args(vm, "__float__", &a)?;
        call_builtin(vm, "float", vec![this(b)])
    }),
    ("__round__", |vm, b, a| {
        let mut args = vec![this(b)];
        args.extend(a.pos.iter().map(unwrap));
        call_builtin(vm, "round", args)
    }),
    ("__hash__", hash),
    ("__format__", format),
    ("__repr__", repr),
    ("__divmod__", |vm, b, a| {
        let y = one(vm, "__divmod__", &a)?;
        call_builtin(vm, "divmod", vec![this(b), y])
    }),
];

const INT: &[(&str, NativeFn)] = &[
    ("__index__", |vm, b, a| {
        none_args(vm, "__index__", &a)?;
        Ok(this(b))
    }),
    ("__invert__", |vm, b, a| unary(vm, b, &a, UnOp::Invert)),
    ("__and__", bin!(And, false)),
    ("__rand__", bin!(And, true)),
    ("__or__", bin!(Or, false)),
    ("__ror__", bin!(Or, true)),
    ("__xor__", bin!(Xor, false)),
    ("__rxor__", bin!(Xor, true)),
    ("__lshift__", bin!(LShift, false)),
    ("__rlshift__", bin!(LShift, true)),
    ("__rshift__", bin!(RShift, false)),
    ("__rrshift__", bin!(RShift, true)),
];

const CONTAINER: &[(&str, NativeFn)] = &[
    ("__len__", |vm, b, a| {
        none_args(vm, "__len__", &a)?;
        crate::builtins::len(vm, &this(b)).map(Value::Int)
    }),
    ("__iter__", |vm, b, a| {
        none_args(vm, "__iter__", &a)?;
        vm.iter(&this(b))
    }),
    ("__contains__", |vm, b, a| {
        let y = one(vm, "__contains__", &a)?;
        ops::contains(vm, &this(b), &y).map(Value::Bool)
    }),
    ("__getitem__", getitem),
    ("__repr__", repr),
    ("__format__", format),
];

const SEQUENCE: &[(&str, NativeFn)] = &[
    ("__add__", bin!(Add, false)),
    ("__mul__", bin!(Mul, false)),
    ("__rmul__", bin!(Mul, true)),
    ("__mod__", bin!(Mod, false)),
    ("__rmod__", bin!(Mod, true)),
    ("__hash__", hash),
];

const MUTABLE: &[(&str, NativeFn)] = &[
    ("__setitem__", |vm, b, a| {
        if a.pos.len() != 2 {
            return vm.err(
                ExcKind::TypeError,
                format!("expected 2 arguments, got {}", a.pos.len()),
            );
        }
        vm.setitem(&this(b), a.pos[0].clone(), a.pos[1].clone())?;
        Ok(Value::None)
    }),
    ("__delitem__", |vm, b, a| {
        let k = one(vm, "__delitem__", &a)?;
        vm.delitem(&this(b), &k)?;
        Ok(Value::None)
    }),
    ("__iadd__", ipl!(Add)),
    ("__imul__", ipl!(Mul)),
    ("__ior__", ipl!(Or)),
    ("__iand__", ipl!(And)),
    ("__isub__", ipl!(Sub)),
    ("__ixor__", ipl!(Xor)),
    ("__reversed__", |vm, b, a| {
        none_args(vm, "__reversed__", &a)?;
        call_builtin(vm, "reversed", vec![this(b)])
    }),
];

const SET: &[(&str, NativeFn)] = &[
    ("__or__", bin!(Or, false)),
    ("__ror__", bin!(Or, true)),
    ("__and__", bin!(And, false)),
    ("__rand__", bin!(And, true)),
    ("__sub__", bin!(Sub, false)),
    ("__rsub__", bin!(Sub, true)),
    ("__xor__", bin!(Xor, false)),
    ("__rxor__", bin!(Xor, true)),
];

const OBJECT: &[(&str, NativeFn)] = &[
    ("__init__", object_init),
    ("__setattr__", |vm, b, a| {
        let (name, value) = match a.pos {
            [Value::Str(n), v] => (n.clone(), v.clone()),
            _ => return vm.err(ExcKind::TypeError, "expected 2 arguments: name and value"),
        };
        vm.generic_setattr(&orig(b), &name.s, value)?;
        Ok(Value::None)
    }),
    ("__delattr__", |vm, b, a| {
        let name = match a.pos {
            [Value::Str(n)] => n.clone(),
            _ => return vm.err(ExcKind::TypeError, "expected 1 argument: name"),
        };
        vm.generic_delattr(&orig(b), &name.s)?;
        Ok(Value::None)
    }),
    ("__getattribute__", |vm, b, a| {
        let name = match a.pos {
            [Value::Str(n)] => n.clone(),
            _ => return vm.err(ExcKind::TypeError, "expected 1 argument: name"),
        };
        let x = orig(b);
        if !matches!(x, Value::Instance(_)) {
            return vm.getattr(&x, &name.s);
        }
        match vm.instance_getattr(&x, &name.s, false)? {
            Some(v) => Ok(v),
            None => Err(vm.no_attribute(&x, &name.s)),
        }
    }),
    ("__lt__", not_implemented),
    ("__le__", not_implemented),
    ("__gt__", not_implemented),
    ("__ge__", not_implemented),
    ("__eq__", |vm, b, a| {
        let [y] = a.pos else {
            return vm.err(ExcKind::TypeError, "expected 1 argument");
        };
        Ok(if orig(b).is(y) {
            Value::Bool(true)
        } else {
            Value::NotImplemented
        })
    }),
    ("__ne__", |vm, b, a| {
        let [y] = a.pos else {
            return vm.err(ExcKind::TypeError, "expected 1 argument");
        };
        let x = orig(b);
        match vm.call_special(&x, "__eq__", vec![y.clone()])? {
            Some(Value::NotImplemented) | None => Ok(Value::NotImplemented),
            Some(r) => Ok(Value::Bool(!ops::truthy(vm, &r)?)),
        }
    }),
    ("__hash__", |vm, b, a| {
        none_args(vm, "__hash__", &a)?;
        let x = orig(b);
        Ok(Value::Int(match &x {
            Value::Instance(i) => (Rc::as_ptr(i) as usize >> 4) as i64,
            Value::Class(_) => ops::identity_hash(&x),
            other => ops::hash(vm, other)?,
        }))
    }),
    ("__repr__", |vm, b, a| {
        none_args(vm, "__repr__", &a)?;
        let x = orig(b);
        vm.object_repr(&x).map(Value::str)
    }),
    ("__str__", |vm, b, a| {
        none_args(vm, "__str__", &a)?;
        vm.repr(&orig(b)).map(Value::str)
    }),
    ("__format__", |vm, b, a| {
        let [Value::Str(spec)] = a.pos else {
            return vm.err(ExcKind::TypeError, "format expects a str spec");
        };
        let x = orig(b);
        if !spec.s.is_empty() {
            let t = vm.types.name_of(&x);
            return vm.err(
                ExcKind::TypeError,
                format!("unsupported format string passed to {t}.__format__"),
            );
        }
        vm.str_of(&x).map(Value::str)
    }),
];

fn object_init(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    // BaseException.__init__ stores its arguments; object.__init__ ignores them here (the
    // checks against excess arguments happen when the class is called).
    if let Some(st) = b.as_ref().and_then(super::unwind::exc_state) {
        st.borrow_mut().args = a.pos.to_vec();
        return Ok(Value::None);
    }
    if !a.pos.is_empty() || !a.kw.is_empty() {
        let cls = vm.types.of(&orig(b));
        if class_lookup(&cls, "__init__").is_some() {
            return vm.err(
                ExcKind::TypeError,
                "object.__init__() takes exactly one argument (the instance to initialize)",
            );
        }
        if class_lookup(&cls, "__new__").is_none() && !is_value_tag(cls.tag) {
            return vm.err(
                ExcKind::TypeError,
                format!("{}() takes no arguments", cls.name.borrow().s),
            );
        }
    }
    Ok(Value::None)
}

fn not_implemented(vm: &mut Vm, _: &Option<Value>, a: Args) -> R {
    if a.pos.len() != 1 {
        return vm.err(ExcKind::TypeError, "expected 1 argument");
    }
    Ok(Value::NotImplemented)
}

fn repr(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    none_args(vm, "__repr__", &a)?;
    let x = this(b);
    // Sets show the subclass's name: `Tags({'a'})`, `Tags()`.
    if let (Value::Set(t) | Value::FrozenSet(t), Some(Value::Instance(i))) = (&x, b) {
        let name = i.class.name.borrow().s.clone();
        if t.0.borrow().is_empty() {
            return Ok(Value::str(format!("{name}()")));
        }
        let items = vm.repr(&Value::Set(t.clone()))?;
        return Ok(Value::str(format!("{name}({items})")));
    }
    vm.repr(&x).map(Value::str)
}

fn hash(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    none_args(vm, "__hash__", &a)?;
    ops::hash(vm, &this(b)).map(Value::Int)
}

fn format(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let [Value::Str(spec)] = a.pos else {
        return vm.err(ExcKind::TypeError, "format expects a str spec");
    };
    if spec.s.is_empty() {
        // An empty spec is `str(self)`, which may be overridden.
        return vm.str_of(&orig(b)).map(Value::str);
    }
    vm.format(&this(b), &spec.s).map(Value::str)
}

fn getitem(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let k = one(vm, "__getitem__", &a)?;
    let x = this(b);
    if let Value::Dict(d) = &x {
        if let Some(v) = ops::dict_get(vm, d, &k)? {
            return Ok(v);
        }
        let me = orig(b);
        if let Some(m) = vm.special(&me, "__missing__") {
            return vm.call(&m, vec![a.pos[0].clone()]);
        }
    }
    vm.getitem(&x, &k)
}

fn str_str(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    none_args(vm, "__str__", &a)?;
    Ok(this(b))
}

/// `list.__init__`, `dict.__init__`, `set.__init__`: (re)fill the built-in value.
fn container_init(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let x = this(b);
    match &x {
        Value::List(l) => {
            crate::builtins::args::between(vm, "list", &a, 0, 1)?;
            let items = match a.pos.first() {
                Some(v) => vm.collect(v)?,
                None => vec![],
            };
            *l.0.borrow_mut() = items;
        }
        Value::Dict(d) => {
            if a.pos.len() > 1 {
                return vm.err(
                    ExcKind::TypeError,
                    format!("dict expected at most 1 argument, got {}", a.pos.len()),
                );
            }
            if let Some(src) = a.pos.first() {
                crate::builtins::methods::dict_update_from(vm, d, src)?;
            }
            for (k, v) in a.kw {
                ops::dict_set(vm, d, Value::Str(k.clone()), v.clone())?;
            }
        }
        Value::Set(s) => {
            crate::builtins::args::between(vm, "set", &a, 0, 1)?;
            let items = match a.pos.first() {
                Some(v) => vm.collect(v)?,
                None => vec![],
            };
            *s.0.borrow_mut() = Default::default();
            for it in items {
                ops::set_add(vm, s, it)?;
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

fn find(table: &[(&'static str, NativeFn)], name: &str) -> Option<(&'static str, NativeFn)> {
    table.iter().find(|(n, _)| *n == name).copied()
}

/// The special method `name` of the built-in type with tag `tag` (not `__new__`), including
/// the ones inherited from `object`.
pub fn dunder(tag: TypeTag, name: &str) -> Option<(&'static str, NativeFn)> {
    if name == "__hash__" && is_mutable_tag(tag) {
        return None;
    }
    own_dunder(tag, name).or_else(|| find(OBJECT, name))
}

/// The special methods a value type defines itself (what the protocols of a subclass fall
/// back to; `object`'s defaults are the protocols' own fallbacks).
pub fn own_dunder(tag: TypeTag, name: &str) -> Option<(&'static str, NativeFn)> {
    if !name.starts_with("__") {
        return None;
    }
    match tag {
        TypeTag::Int | TypeTag::Bool => find(COMPARE, name)
            .or_else(|| find(INT, name))
            .or_else(|| find(NUMBER, name)),
        TypeTag::Float => find(COMPARE, name).or_else(|| find(NUMBER, name)),
        TypeTag::Str => match name {
            "__str__" => Some(("__str__", str_str as NativeFn)),
            _ => find(COMPARE, name)
                .or_else(|| find(CONTAINER, name))
                .or_else(|| find(SEQUENCE, name)),
        },
        TypeTag::Bytes | TypeTag::Tuple => find(COMPARE, name)
            .or_else(|| find(CONTAINER, name))
            .or_else(|| find(SEQUENCE, name)),
        TypeTag::List => match name {
            "__init__" => Some(("__init__", container_init as NativeFn)),
            "__hash__" => None,
            _ => find(COMPARE, name)
                .or_else(|| find(CONTAINER, name))
                .or_else(|| find(SEQUENCE, name))
                .or_else(|| find(MUTABLE, name)),
        },
        TypeTag::Dict => match name {
            "__init__" => Some(("__init__", container_init as NativeFn)),
            "__or__" => Some(("__or__", bin!(Or, false))),
            "__ror__" => Some(("__ror__", bin!(Or, true))),
            "__iadd__" | "__imul__" | "__iand__" | "__isub__" | "__ixor__" => None,
            _ => find(COMPARE, name)
                .or_else(|| find(CONTAINER, name))
                .or_else(|| find(MUTABLE, name)),
        },
        TypeTag::Set => match name {
            "__init__" => Some(("__init__", container_init as NativeFn)),
            "__setitem__" | "__delitem__" | "__getitem__" | "__reversed__" | "__iadd__"
            | "__imul__" => None,
            _ => find(COMPARE, name)
                .or_else(|| find(CONTAINER, name).filter(|(n, _)| *n != "__getitem__"))
                .or_else(|| find(SET, name))
                .or_else(|| find(MUTABLE, name)),
        },
        TypeTag::FrozenSet => find(COMPARE, name)
            .or_else(|| find(CONTAINER, name).filter(|(n, _)| *n != "__getitem__"))
            .or_else(|| find(SET, name))
            .or_else(|| (name == "__hash__").then_some(("__hash__", hash as NativeFn))),
        _ => None,
    }
}

/// `cls.__new__` of a built-in class: `bound` is the built-in class, the first argument the
/// class to instantiate.
fn builtin_new(vm: &mut Vm, b: &Option<Value>, a: Args) -> R {
    let Some(Value::Class(base)) = b else {
        return vm.err(ExcKind::TypeError, "__new__ without a type");
    };
    let base = base.clone();
    let Some(first) = a.pos.first() else {
        return vm.err(
            ExcKind::TypeError,
            format!("{}.__new__(): not enough arguments", base.name.borrow().s),
        );
    };
    let Value::Class(cls) = first else {
        let t = vm.types.name_of(first);
        return vm.err(
            ExcKind::TypeError,
            format!(
                "{}.__new__(X): X is not a type object ({t})",
                base.name.borrow().s
            ),
        );
    };
    let cls = cls.clone();
    if !is_subclass(&cls, &base) {
        return vm.err(
            ExcKind::TypeError,
            format!(
                "{}.__new__({}): {} is not a subtype of {}",
                base.name.borrow().s,
                cls.name.borrow().s,
                cls.name.borrow().s,
                base.name.borrow().s
            ),
        );
    }
    if base.tag == TypeTag::Object && is_value_tag(cls.tag) {
        let nearest = builtin_base(&cls);
        return vm.err(
            ExcKind::TypeError,
            format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                cls.name.borrow().s,
                nearest.name.borrow().s
            ),
        );
    }
    let args = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    if base.tag == TypeTag::Object && (!args.pos.is_empty() || !args.kw.is_empty()) {
        // object.__new__ accepts extra arguments only when __init__ is overridden and
        // __new__ is not.
        let new_overridden = class_lookup(&cls, "__new__").is_some();
        if new_overridden || class_lookup(&cls, "__init__").is_none() {
            let msg = if new_overridden {
                "object.__new__() takes exactly one argument (the type to instantiate)".to_string()
            } else {
                format!("{}() takes no arguments", cls.name.borrow().s)
            };
            return vm.err(ExcKind::TypeError, msg);
        }
    }
    vm.new_instance(&cls, args)
}

/// The nearest built-in class in `c`'s resolution order.
pub fn builtin_base(c: &Rc<Class>) -> Rc<Class> {
    if c.builtin {
        return c.clone();
    }
    let mro = c.mro.borrow();
    mro.iter()
        .find(|k| k.builtin && k.tag == c.tag)
        .or_else(|| mro.iter().find(|k| k.builtin))
        .cloned()
        .unwrap_or_else(|| c.clone())
}

impl Vm {
    /// A new instance of user class `cls` as the built-in `__new__` makes it (no `__init__`).
    pub fn new_instance(&mut self, cls: &Rc<Class>, a: Args) -> R {
        if cls.builtin {
            return crate::builtins::construct(self, cls, a);
        }
        if cls.tag == TypeTag::Type {
            // A metaclass without its own `__new__`: `type.__new__(cls, ...)`.
            return self.type_new(cls, a);
        }
        let inner = if is_value_tag(cls.tag) {
            let base = builtin_base(cls);
            let init_overridden = class_lookup(cls, "__init__").is_some();
            let v = if is_mutable_tag(cls.tag) {
                crate::builtins::construct(self, &base, Args { pos: &[], kw: &[] })?
            } else if init_overridden && cls.tag != TypeTag::Int && cls.tag != TypeTag::Float {
                // tuple.__new__ ignores keywords meant for an overridden __init__.
                crate::builtins::construct(
                    self,
                    &base,
                    Args {
                        pos: a.pos,
                        kw: &[],
                    },
                )?
            } else {
                crate::builtins::construct(
                    self,
                    &base,
                    Args {
                        pos: a.pos,
                        kw: a.kw,
                    },
                )?
            };
            Some(v)
        } else {
            None
        };
        let exc = matches!(cls.tag, TypeTag::Exception(_)).then(|| {
            std::cell::RefCell::new(crate::runtime::value::ExcState {
                args: a.pos.to_vec(),
                ..Default::default()
            })
        });
        Ok(Value::Instance(crate::runtime::gc::new(Instance {
            class: cls.clone(),
            dict: crate::runtime::gc::new(PyDict::new()),
            exc,
            inner,
        })))
    }

    /// A special method of the built-in type of `obj`'s inner value, bound to `obj`.
    pub fn inner_special(&self, obj: &Value, name: &str) -> Option<Value> {
        let Value::Instance(i) = obj else { return None };
        i.inner.as_ref()?;
        let (n, f) = own_dunder(i.class.tag, name)?;
        Some(self.native_method(obj, n, f))
    }

    /// An attribute of built-in class `c` seen from a subclass (`super()`) or through the
    /// class (`list.__repr__`): bound to `receiver` when given.
    pub fn builtin_class_attr(
        &mut self,
        c: &Rc<Class>,
        receiver: Option<&Value>,
        name: &str,
    ) -> Option<Value> {
        if c.tag == TypeTag::Type {
            if let Some(v) = super::metaclass::type_dunder(self, receiver, name) {
                return Some(v);
            }
        }
        if name == "__new__" {
            let builtin = is_value_tag(c.tag) || c.tag == TypeTag::Object;
            return builtin.then(|| {
                Value::Builtin(Rc::new(crate::runtime::value::Builtin {
                    name: "__new__",
                    func: builtin_new,
                    bound: Some(Value::Class(c.clone())),
                    owner: None,
                }))
            });
        }
        if matches!(c.tag, TypeTag::Exception(_)) && name == "__init__" {
            return Some(match receiver {
                Some(r) => self.native_method(r, "__init__", object_init),
                None => unbound("__init__", object_init, "object"),
            });
        }
        let tag = if is_value_tag(c.tag) {
            c.tag
        } else if matches!(
            c.tag,
            TypeTag::Object | TypeTag::Type | TypeTag::Exception(_)
        ) {
            TypeTag::Object
        } else {
            return None;
        };
        if let Some((n, f)) = dunder(tag, name) {
            return Some(match receiver {
                Some(r) => self.native_method(r, n, f),
                None => unbound(n, f, static_name(c)),
            });
        }
        // Ordinary methods (`super().append(x)`) act on the inner value.
        let r = receiver?;
        let inner = inner_of(r)?.clone();
        if !is_value_tag(tag) {
            return None;
        }
        let (n, f) = crate::builtins::methods::method_of(&inner, name)?;
        Some(self.native_method(&inner, n, f))
    }
}

thread_local! {
    /// Unbound special methods are created once, so that `A.__eq__ is object.__eq__`.
    static UNBOUND: std::cell::RefCell<std::collections::HashMap<(&'static str, &'static str), Value>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

pub(crate) fn unbound(name: &'static str, func: NativeFn, owner: &'static str) -> Value {
    let make = || {
        Value::Builtin(Rc::new(crate::runtime::value::Builtin {
            name,
            func,
            bound: None,
            owner: Some(owner),
        }))
    };
    UNBOUND
        .try_with(|m| match m.try_borrow_mut() {
            Ok(mut m) => m.entry((owner, name)).or_insert_with(make).clone(),
            Err(_) => make(),
        })
        .unwrap_or_else(|_| make())
}

pub fn static_name(c: &Class) -> &'static str {
    match c.tag {
        TypeTag::Int => "int",
        TypeTag::Bool => "bool",
        TypeTag::Float => "float",
        TypeTag::Str => "str",
        TypeTag::Bytes => "bytes",
        TypeTag::List => "list",
        TypeTag::Tuple => "tuple",
        TypeTag::Dict => "dict",
        TypeTag::Set => "set",
        TypeTag::FrozenSet => "frozenset",
        _ => "object",
    }
}
