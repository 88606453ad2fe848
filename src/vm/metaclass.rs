//! Metaclasses: user subclasses of `type`. A class remembers its metaclass in `Class::meta`
//! (`None` is `type` itself), so `type(C)` is the metaclass and the metaclass's attributes and
//! special methods apply to the class. This module holds the class statement
//! (`__build_class__`: choosing the metaclass, `__prepare__`, calling it), `type.__new__`,
//! `type.__call__`, `type.__init__`, and attribute access through the metaclass.
//!
//! Sandbox: a metaclass is sandbox code and sees classes through the same attribute gate as
//! any other code; `type`'s natives here expose nothing beyond what `type(...)` already does.

use std::rc::Rc;

use super::{Vm, VmResult};
use crate::runtime::attr::{class_lookup, descriptor};
use crate::runtime::errors::ExcKind;
use crate::runtime::types::is_subclass;
use crate::runtime::value::{Args, Builtin, Class, NativeFn, PyDict, PyStr, Value};

/// How many metaclasses may stand above a class (`M2 = M1('M2', (type,), {})`, ...). Real
/// programs use one or two; the cap keeps every walk (and drop) over the chain shallow.
const MAX_META_DEPTH: usize = 64;

/// Refuses a class whose metaclass chain would be deeper than `MAX_META_DEPTH`.
pub fn check_meta_depth(vm: &mut Vm, meta: Option<&Rc<Class>>) -> VmResult<()> {
    let mut depth = 0;
    let mut m = meta.cloned();
    while let Some(c) = m {
        depth += 1;
        if depth > MAX_META_DEPTH {
            let msg = "metaclass chain too deep (krait allows 64 levels)";
            return vm.err(ExcKind::RecursionError, msg);
        }
        m = c.meta.clone();
    }
    Ok(())
}

/// A special method a class gets from its metaclass (`repr(C)` runs `type(C).__repr__`),
/// bound to the class; `None` for classes of `type`.
pub fn meta_special(obj: &Value, name: &str) -> Option<Value> {
    let Value::Class(c) = obj else { return None };
    let f = class_lookup(c.meta.as_ref()?, name)?;
    Some(match f {
        Value::Function(_) => Value::BoundMethod(crate::runtime::gc::new(
            crate::runtime::value::BoundMethod {
                receiver: obj.clone(),
                func: f,
            },
        )),
        other => other,
    })
}

/// `object.__init_subclass__`, bound to the new class: does nothing, takes nothing.
pub fn object_init_subclass(vm: &mut Vm, b: &Option<Value>, a: Args) -> VmResult {
    let name = match b {
        Some(Value::Class(c)) => c.name.borrow().s.to_string(),
        _ => "object".to_string(),
    };
    if !a.kw.is_empty() {
        let msg = format!("{name}.__init_subclass__() takes no keyword arguments");
        return vm.err(ExcKind::TypeError, msg);
    }
    if !a.pos.is_empty() {
        let msg = format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            a.pos.len()
        );
        return vm.err(ExcKind::TypeError, msg);
    }
    Ok(Value::None)
}

thread_local! {
    /// `type.__new__`, a static method: the metaclass is its first argument. One object per
    /// thread, so that `M.__new__ is type.__new__`.
    static TYPE_NEW: Value = Value::Builtin(Rc::new(Builtin {
        name: "__new__",
        func: type_new_native,
        bound: None,
        owner: None,
    }));
}

/// The special methods of `type` itself, as `super()` in a metaclass and `type.__x__` see
/// them; bound to `receiver` (a class) when given.
pub fn type_dunder(vm: &mut Vm, receiver: Option<&Value>, name: &str) -> Option<Value> {
    let (name, func): (&'static str, NativeFn) = match name {
        "__new__" => return Some(TYPE_NEW.with(Value::clone)),
        "__init__" => ("__init__", type_init_native),
        "__call__" => ("__call__", type_call_native),
        "__repr__" => ("__repr__", type_repr_native),
        "__setattr__" => ("__setattr__", type_setattr_native),
        "__delattr__" => ("__delattr__", type_delattr_native),
        _ => return None,
    };
    Some(match receiver {
        Some(r) => vm.native_method(r, name, func),
        None => super::subclass::unbound(name, func, "type"),
    })
}

/// The class a native of `type` is bound to.
fn receiver_class(vm: &mut Vm, b: &Option<Value>, what: &str) -> VmResult<Rc<Class>> {
    match b {
        Some(Value::Class(c)) => Ok(c.clone()),
        other => {
            let t = other
                .as_ref()
                .map_or("NoneType".to_string(), |v| vm.types.name_of(v));
            let msg = format!("descriptor '{what}' requires a 'type' object but received a '{t}'");
            vm.err(ExcKind::TypeError, msg)
        }
    }
}

/// `type.__new__(metatype, name, bases, ns, **kw)`.
fn type_new_native(vm: &mut Vm, _: &Option<Value>, a: Args) -> VmResult {
    let Some(first) = a.pos.first() else {
        return vm.err(ExcKind::TypeError, "type.__new__(): not enough arguments");
    };
    let Value::Class(metatype) = first else {
        let t = vm.types.name_of(first);
        let msg = format!("type.__new__(X): X is not a type object ({t})");
        return vm.err(ExcKind::TypeError, msg);
    };
    if !is_subclass(metatype, &vm.types.type_) {
        let n = metatype.name.borrow().s.to_string();
        let msg = format!("type.__new__({n}): {n} is not a subtype of type");
        return vm.err(ExcKind::TypeError, msg);
    }
    let metatype = metatype.clone();
    vm.type_new(
        &metatype,
        Args {
            pos: &a.pos[1..],
            kw: a.kw,
        },
    )
}

/// `type.__init__`: checks the argument count, does nothing else.
fn type_init_native(vm: &mut Vm, _: &Option<Value>, a: Args) -> VmResult {
    if a.pos.len() == 1 && !a.kw.is_empty() {
        return vm.err(
            ExcKind::TypeError,
            "type.__init__() takes no keyword arguments",
        );
    }
    if a.pos.len() != 1 && a.pos.len() != 3 {
        return vm.err(ExcKind::TypeError, "type.__init__() takes 1 or 3 arguments");
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`, without the metaclass's
/// own `__call__` (which is usually what called this through `super()`).
fn type_call_native(vm: &mut Vm, b: &Option<Value>, a: Args) -> VmResult {
    let c = receiver_class(vm, b, "__call__")?;
    vm.type_call(&c, a.pos.to_vec(), a.kw.to_vec())
}

fn type_repr_native(vm: &mut Vm, b: &Option<Value>, a: Args) -> VmResult {
    crate::builtins::args::exactly(vm, "__repr__", &a, 0)?;
    let c = receiver_class(vm, b, "__repr__")?;
    Ok(Value::str(crate::runtime::repr::class_repr(&c)))
}

/// `type.__setattr__(cls, name, value)`: the metaclass's data descriptors, else the class
/// namespace; never the metaclass's own `__setattr__`.
fn type_setattr_native(vm: &mut Vm, b: &Option<Value>, a: Args) -> VmResult {
    let c = receiver_class(vm, b, "__setattr__")?;
    let [Value::Str(name), value] = a.pos else {
        return vm.err(ExcKind::TypeError, "expected 2 arguments: name and value");
    };
    if c.builtin {
        let msg = format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.s,
            c.name.borrow().s
        );
        return vm.err(ExcKind::TypeError, msg);
    }
    vm.class_setattr_plain(&c, &name.s, value.clone())?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`: removes the name from a sandbox class's namespace.
fn type_delattr_native(vm: &mut Vm, b: &Option<Value>, a: Args) -> VmResult {
    let c = receiver_class(vm, b, "__delattr__")?;
    let [Value::Str(name)] = a.pos else {
        return vm.err(ExcKind::TypeError, "expected 1 argument: name");
    };
    if c.builtin {
        let msg = format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.s,
            c.name.borrow().s
        );
        return vm.err(ExcKind::TypeError, msg);
    }
    if c.dict.del_str(&name.s) {
        return Ok(Value::None);
    }
    Err(vm.no_attribute(&Value::Class(c.clone()), &name.s))
}

/// `static` wrappers around a class body's `__new__` are unwrapped before calling.
fn unwrap_static(f: Value) -> Value {
    match &f {
        Value::Instance(w) if crate::builtins::wrappers::is_wrapper(&w.class) => {
            w.dict.get_str("__func__").unwrap_or(Value::None)
        }
        _ => f,
    }
}

impl Vm {
    /// `__build_class__(func, name, *bases, **kw)`: picks the metaclass, prepares the
    /// namespace, runs the body in it, and calls the metaclass.
    pub fn build_class(&mut self, args: Args) -> VmResult {
        let (Some(Value::Function(body)), Some(Value::Str(name))) =
            (args.pos.first(), args.pos.get(1))
        else {
            return self.err(
                ExcKind::TypeError,
                "__build_class__: func must be a function",
            );
        };
        let bases = &args.pos[2..];
        let mut kw = args.kw.to_vec();
        let explicit = kw
            .iter()
            .position(|(k, _)| k.as_str() == "metaclass")
            .map(|i| kw.remove(i).1);
        let meta = match explicit {
            // Without `metaclass=`, CPython starts from the first base's type.
            None => {
                let first = match bases.first() {
                    Some(b) => self.types.of(b),
                    None => self.types.type_.clone(),
                };
                Value::Class(self.calculate_meta(&first, bases)?)
            }
            Some(Value::Class(m)) => Value::Class(self.calculate_meta(&m, bases)?),
            // Any callable may stand in for the metaclass; no calculation then.
            Some(other) => other,
        };
        let plain = matches!(&meta, Value::Class(m) if Rc::ptr_eq(m, &self.types.type_));
        // Every base's type derives from the metaclass: with `type`, they are all classes.
        let class_bases: Vec<Rc<Class>> = bases
            .iter()
            .filter_map(|b| match b {
                Value::Class(c) => Some(c.clone()),
                _ => None,
            })
            .collect();
        let ns = if plain {
            crate::runtime::gc::new(PyDict::new())
        } else {
            self.prepare_namespace(&meta, name, bases, &kw)?
        };
        // What the compiler emits first in a CPython class body.
        ns.set_str("__module__", Value::str("__main__"));
        let mut frame = self.bind(body, &[], &[])?;
        frame.locals_ns = Some(ns.clone());
        let depth = self.frames.len();
        self.frames.push(frame);
        crate::stack::deep(|| self.run(depth))?;
        if plain {
            return self.make_class(name.clone(), class_bases, ns, None, &kw);
        }
        let bases = Value::tuple(bases.to_vec());
        let pos = vec![Value::Str(name.clone()), bases, Value::Dict(ns)];
        self.call_kw(&meta, pos, kw)
    }

    /// The most derived of `meta` and the metaclasses of `bases`, or CPython's conflict error.
    pub fn calculate_meta(&mut self, meta: &Rc<Class>, bases: &[Value]) -> VmResult<Rc<Class>> {
        let mut winner = meta.clone();
        for b in bases {
            let t = self.types.of(b);
            if is_subclass(&winner, &t) {
                continue;
            }
            if is_subclass(&t, &winner) {
                winner = t;
                continue;
            }
            return self.err(
                ExcKind::TypeError,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            );
        }
        Ok(winner)
    }

    /// The class body's namespace: `meta.__prepare__(name, bases, **kw)` when the metaclass
    /// has one. It must be a dict (or a dict subclass, whose dict is used directly: its
    /// overridden methods are not called; docs/divergences/objects.md).
    fn prepare_namespace(
        &mut self,
        meta: &Value,
        name: &Rc<PyStr>,
        bases: &[Value],
        kw: &[(Rc<PyStr>, Value)],
    ) -> VmResult<Rc<PyDict>> {
        let Some(prepare) = self.getattr_opt(meta, "__prepare__")? else {
            return Ok(crate::runtime::gc::new(PyDict::new()));
        };
        let bases = Value::tuple(bases.to_vec());
        let r = self.call_kw(&prepare, vec![Value::Str(name.clone()), bases], kw.to_vec())?;
        match &r {
            Value::Dict(d) => return Ok(d.clone()),
            Value::Instance(i) => {
                if let Some(Value::Dict(d)) = &i.inner {
                    return Ok(d.clone());
                }
            }
            _ => {}
        }
        let who = match meta {
            Value::Class(m) => m.name.borrow().s.to_string(),
            _ => "<metaclass>".to_string(),
        };
        let t = self.types.name_of(&r);
        let msg = format!("{who}.__prepare__() must return a mapping, not {t}");
        self.err(ExcKind::TypeError, msg)
    }

    /// `type.__new__(metatype, name, bases, ns, **kw)`: checks the arguments, copies `ns`,
    /// and makes the class with the most derived metaclass (handing over to that metaclass's
    /// own `__new__` when it has one, as CPython does).
    pub fn type_new(&mut self, metatype: &Rc<Class>, a: Args) -> VmResult {
        if a.pos.len() != 3 {
            let msg = format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                a.pos.len()
            );
            return self.err(ExcKind::TypeError, msg);
        }
        let Value::Str(name) = &a.pos[0] else {
            let t = self.types.name_of(&a.pos[0]);
            let msg = format!("type.__new__() argument 1 must be str, not {t}");
            return self.err(ExcKind::TypeError, msg);
        };
        let Value::Tuple(items) = &a.pos[1] else {
            let t = self.types.name_of(&a.pos[1]);
            let msg = format!("type.__new__() argument 2 must be tuple, not {t}");
            return self.err(ExcKind::TypeError, msg);
        };
        let Value::Dict(src) = &a.pos[2] else {
            let t = self.types.name_of(&a.pos[2]);
            let msg = format!("type.__new__() argument 3 must be dict, not {t}");
            return self.err(ExcKind::TypeError, msg);
        };
        let winner = self.calculate_meta(metatype, &items.0)?;
        let mut bases = Vec::new();
        for b in items.0.iter() {
            match b {
                Value::Class(c) => bases.push(c.clone()),
                _ => return self.err(ExcKind::TypeError, "bases must be types"),
            }
        }
        if !Rc::ptr_eq(&winner, metatype) {
            if let Some(new) = class_lookup(&winner, "__new__") {
                let pos = std::iter::once(Value::Class(winner.clone()))
                    .chain(a.pos.iter().cloned())
                    .collect();
                return self.call_kw(&unwrap_static(new), pos, a.kw.to_vec());
            }
        }
        let ns = crate::runtime::gc::new(PyDict::new());
        self.dict_merge(&ns, &Value::Dict(src.clone()), false)?;
        let meta = (!winner.builtin).then_some(winner);
        self.make_class(name.clone(), bases, ns, meta, a.kw)
    }

    /// `type(name, bases, ns, **kw)`: `type.__new__`, then the `__init__` of the new class's
    /// metaclass when it is a sandbox one.
    pub fn type_construct(&mut self, a: Args) -> VmResult {
        let type_ = self.types.type_.clone();
        let made = self.type_new(
            &type_,
            Args {
                pos: a.pos,
                kw: a.kw,
            },
        )?;
        let init = match &made {
            Value::Class(c) => c.meta.as_ref().and_then(|m| class_lookup(m, "__init__")),
            _ => None,
        };
        if let Some(init) = init {
            let pos = std::iter::once(made.clone())
                .chain(a.pos.iter().cloned())
                .collect();
            self.call_kw(&init, pos, a.kw.to_vec())?;
        }
        Ok(made)
    }

    /// The metaclass's `__call__` bound to class `c`, if a sandbox metaclass defines one.
    pub fn meta_call_hook(&mut self, c: &Rc<Class>) -> VmResult<Option<Value>> {
        let Some(meta) = &c.meta else {
            return Ok(None);
        };
        let Some(f) = class_lookup(meta, "__call__") else {
            return Ok(None);
        };
        let meta = meta.clone();
        self.bind_class_attr(f, Value::Class(c.clone()), &meta)
            .map(Some)
    }

    /// `type.__getattribute__` for the ordinary names of class `c`: the metaclass's data
    /// descriptors, then the class and its bases, then the metaclass's other attributes
    /// (methods bound to the class), then the metaclass's `__getattr__`.
    pub fn class_getattr(
        &mut self,
        obj: &Value,
        c: &Rc<Class>,
        name: &str,
    ) -> VmResult<Option<Value>> {
        let meta = c.meta.clone();
        let meta_attr = meta
            .as_ref()
            .and_then(|m| class_lookup(m, name).map(|v| (m.clone(), v)));
        if let Some((m, v)) = &meta_attr {
            if crate::builtins::wrappers::is_property(v) {
                return crate::builtins::wrappers::property_get(self, v, obj).map(Some);
            }
            if let Some((Some(get), true)) = descriptor(v) {
                let args = vec![v.clone(), obj.clone(), Value::Class(m.clone())];
                return self.call(&get, args).map(Some);
            }
        }
        if let Some(v) = class_lookup(c, name) {
            return self.unwrap_class_attr(v, c).map(Some);
        }
        if let Some(v) = crate::builtins::methods::type_attr(self, c, name) {
            return Ok(Some(v));
        }
        if let Some((m, v)) = meta_attr {
            return self.bind_class_attr(v, obj.clone(), &m).map(Some);
        }
        if let Some(ga) = meta.as_ref().and_then(|m| class_lookup(m, "__getattr__")) {
            return self.call_getattr_hook(&ga, obj, name);
        }
        Ok(None)
    }

    /// `C.name = value` on a sandbox class: the metaclass's `__setattr__` if it has one.
    pub fn class_setattr(
        &mut self,
        obj: &Value,
        c: &Rc<Class>,
        name: &str,
        value: Value,
    ) -> VmResult<()> {
        if let Some(hook) = c.meta.as_ref().and_then(|m| class_lookup(m, "__setattr__")) {
            let args = vec![obj.clone(), Value::str(name), value];
            return self.call(&hook, args).map(drop);
        }
        self.class_setattr_plain(c, name, value)
    }

    /// `type.__setattr__`: a data descriptor of the metaclass (a property with a setter),
    /// else the class namespace.
    pub fn class_setattr_plain(&mut self, c: &Rc<Class>, name: &str, value: Value) -> VmResult<()> {
        if let Some(meta) = &c.meta {
            if let Some(d) = class_lookup(meta, name) {
                let obj = Value::Class(c.clone());
                if crate::builtins::wrappers::is_property(&d) {
                    return crate::builtins::wrappers::property_set(self, &d, &obj, value);
                }
                if let Value::Instance(i) = &d {
                    if !i.class.builtin {
                        if let Some(set) = class_lookup(&i.class, "__set__") {
                            return self.call(&set, vec![d.clone(), obj, value]).map(drop);
                        }
                    }
                }
            }
        }
        self.set_class_attr(c, name, value)
    }
}
