//! The only attribute path: `getattr`, `setattr`, `delattr` for every value. Built-in types
//! expose exactly the methods registered in `builtins::methods` and the few data attributes
//! listed here — registered means reachable, nothing else exists (the sandbox's allow-list).

use std::rc::Rc;

use super::errors::ExcKind;
use super::value::{BoundMethod, Builtin, Class, PyDict, Value};
use crate::vm::unwind::exc_state;
use crate::vm::{Vm, VmResult};

/// Looks `name` up in a class and its bases, in resolution order.
pub fn class_lookup(c: &Rc<Class>, name: &str) -> Option<Value> {
    if let Some(v) = c.dict.get_str(name) {
        return Some(v);
    }
    c.mro.borrow().iter().find_map(|b| b.dict.get_str(name))
}

/// A user descriptor (an instance whose class defines `__get__`, `__set__` or `__delete__`):
/// its `__get__`, and whether it is a data descriptor.
pub(crate) fn descriptor(v: &Value) -> Option<(Option<Value>, bool)> {
    let Value::Instance(d) = v else { return None };
    if d.class.builtin {
        return None;
    }
    let get = class_lookup(&d.class, "__get__");
    let data = class_lookup(&d.class, "__set__").is_some()
        || class_lookup(&d.class, "__delete__").is_some();
    (get.is_some() || data).then_some((get, data))
}

impl Vm {
    pub fn getattr(&mut self, obj: &Value, name: &str) -> VmResult {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => match self.getattr_error.take() {
                // `__getattr__` raised AttributeError: that exception is the one to propagate.
                Some(e) => Err(crate::vm::Unwind::Exc(e)),
                None => Err(self.no_attribute(obj, name)),
            },
        }
    }

    pub fn no_attribute(&mut self, obj: &Value, name: &str) -> crate::vm::Unwind {
        let msg = match obj {
            Value::Class(c) => format!(
                "type object '{}' has no attribute '{name}'",
                c.name.borrow().s
            ),
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name.s),
            _ => format!(
                "'{}' object has no attribute '{name}'",
                self.types.name_of(obj)
            ),
        };
        let exc = self.new_exception(ExcKind::AttributeError, &msg);
        crate::vm::Unwind::Exc(exc)
    }

    /// `hasattr`/`getattr(obj, name, default)`: `Ok(None)` when the lookup fails with an
    /// AttributeError, even one raised by a property getter or `__getattr__`.
    pub fn getattr_lenient(&mut self, obj: &Value, name: &str) -> VmResult<Option<Value>> {
        match self.getattr_opt(obj, name) {
            Err(crate::vm::Unwind::Exc(e)) => {
                let attr_error = Value::Class(self.types.exc(ExcKind::AttributeError).clone());
                if self.exception_matches(&e, &attr_error)? {
                    Ok(None)
                } else {
                    Err(crate::vm::Unwind::Exc(e))
                }
            }
            other => other,
        }
    }

    /// `getattr(obj, name, None)`-like: `Ok(None)` when the attribute does not exist.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> VmResult<Option<Value>> {
        self.getattr_error = None;
        match obj {
            Value::Instance(inst)
                if inst.class.builtin && inst.class.name.borrow().as_str() == "super" =>
            {
                let (Some(Value::Class(this)), Some(target), Some(Value::Class(start))) = (
                    inst.dict.get_str("__thisclass__"),
                    inst.dict.get_str("__self__"),
                    inst.dict.get_str("__self_class__"),
                ) else {
                    return Ok(None);
                };
                match name {
                    "__thisclass__" => return Ok(Some(Value::Class(this))),
                    "__self__" => return Ok(Some(target)),
                    "__self_class__" => return Ok(Some(Value::Class(start))),
                    "__class__" => return Ok(Some(Value::Class(inst.class.clone()))),
                    _ => {}
                }
                Ok(crate::builtins::methods::super_lookup(
                    self, &this, &start, &target, name,
                ))
            }
            Value::Instance(inst) if crate::builtins::wrappers::is_property(obj) => Ok(
                crate::builtins::wrappers::property_attr(self, obj, &inst.dict, name),
            ),
            Value::Instance(inst) if inst.class.uses_getattribute() => {
                let class = inst.class.clone();
                let Some(hook) = class_lookup(&class, "__getattribute__") else {
                    return self.instance_getattr(obj, name, true);
                };
                match self.call(&hook, vec![obj.clone(), Value::str(name)]) {
                    Ok(v) => Ok(Some(v)),
                    Err(crate::vm::Unwind::Exc(e)) if self.is_kind(&e, ExcKind::AttributeError) => {
                        match class_lookup(&class, "__getattr__") {
                            Some(ga) => self.call_getattr_hook(&ga, obj, name),
                            None => {
                                self.getattr_error = Some(e);
                                Ok(None)
                            }
                        }
                    }
                    Err(e) => Err(e),
                }
            }
            Value::Instance(_) => self.instance_getattr(obj, name, true),
            Value::Class(c) => Ok(match name {
                "__name__" => Some(Value::Str(c.name.borrow().clone())),
                "__qualname__" => Some(Value::Str(c.qualname.borrow().clone())),
                "__class__" => Some(Value::Class(self.types.of(obj))),
                "__mro__" => {
                    let mut items = vec![obj.clone()];
                    items.extend(c.mro.borrow().iter().map(|k| Value::Class(k.clone())));
                    Some(Value::tuple(items))
                }
                "__bases__" => Some(Value::tuple(
                    c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
                )),
                "__base__" => Some(
                    c.bases
                        .first()
                        .map_or(Value::None, |b| Value::Class(b.clone())),
                ),
                "__module__" if c.builtin => Some(Value::str("builtins")),
                "mro" => Some(self.native_method(obj, "mro", |_, bound, _| {
                    let Some(Value::Class(c)) = bound else {
                        return Ok(Value::None);
                    };
                    let mut items = vec![Value::Class(c.clone())];
                    items.extend(c.mro.borrow().iter().map(|k| Value::Class(k.clone())));
                    Ok(Value::list(items))
                })),
                // A read-only view: writes go through setattr, which keeps the class's caches
                // and flags (`__getattribute__`) right.
                // A class's own annotations (not inherited), created empty on first read.
                "__annotations__" if !c.builtin => Some(match c.dict.get_str(name) {
                    Some(v) => v,
                    None => {
                        let d = Value::Dict(crate::runtime::gc::new(PyDict::new()));
                        c.dict.set_str(name, d.clone());
                        d
                    }
                }),
                "__dict__" if !c.builtin => Some(Value::DictView(crate::runtime::gc::new(
                    super::value::DictView {
                        dict: c.dict.clone(),
                        kind: super::value::DictIterKind::Proxy,
                    },
                ))),
                "__doc__" => Some(class_lookup(c, "__doc__").unwrap_or(Value::None)),
                "__module__" if !c.builtin && c.dict.get_str(name).is_none() => {
                    Some(Value::str("__main__"))
                }
                _ => return self.class_getattr(obj, c, name),
            }),
            Value::Module(m) => Ok(match name {
                "__name__" => Some(Value::Str(m.name.clone())),
                _ => m.dict.get_str(name),
            }),
            Value::Function(f) => Ok(match name {
                "__name__" => Some(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(Value::str("__main__")),
                "__dict__" => Some(Value::Dict(
                    f.dict
                        .borrow_mut()
                        .get_or_insert_with(Default::default)
                        .clone(),
                )),
                _ => f.dict.borrow().as_ref().and_then(|d| d.get_str(name)),
            }),
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(Some(m.receiver.clone())),
                "__func__" => Ok(Some(m.func.clone())),
                // Everything else reads through to the function, as CPython's method type does.
                _ => {
                    let f = m.func.clone();
                    self.getattr_opt(&f, name)
                }
            },
            Value::Builtin(b) => Ok(match name {
                "__name__" | "__qualname__" => Some(Value::str(b.name)),
                "__doc__" => Some(Value::None),
                _ => None,
            }),
            _ => Ok(crate::builtins::methods::lookup(self, obj, name)),
        }
    }

    /// `object.__getattribute__` (and `__getattr__` after it when `hooks`).
    pub fn instance_getattr(
        &mut self,
        obj: &Value,
        name: &str,
        hooks: bool,
    ) -> VmResult<Option<Value>> {
        let Value::Instance(inst) = obj else {
            return Ok(None);
        };
        let class = inst.class.clone();
        if hooks {
            if let Some(ga) = class_lookup(&class, "__getattr__") {
                // `__getattr__` runs when the generic lookup fails with AttributeError.
                return match self.instance_getattr(obj, name, false) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => self.call_getattr_hook(&ga, obj, name),
                    Err(crate::vm::Unwind::Exc(e)) if self.is_kind(&e, ExcKind::AttributeError) => {
                        self.call_getattr_hook(&ga, obj, name)
                    }
                    Err(e) => Err(e),
                };
            }
        }
        let class_attr = class_lookup(&class, name);
        // A property (a data descriptor) wins over the instance dict.
        if let Some(p) = class_attr
            .as_ref()
            .filter(|p| crate::builtins::wrappers::is_property(p))
        {
            return crate::builtins::wrappers::property_get(self, p, obj).map(Some);
        }
        // So does a user data descriptor (`__get__` with `__set__` or `__delete__`).
        if let Some(d) = &class_attr {
            if let Some((Some(get), true)) = descriptor(d) {
                let owner = Value::Class(class.clone());
                return self
                    .call(&get, vec![d.clone(), obj.clone(), owner])
                    .map(Some);
            }
        }
        if let Some(v) = inst.dict.get_str(name) {
            return Ok(Some(v));
        }
        if let Some(v) = self.exception_attr(obj, name) {
            return Ok(Some(v));
        }
        if name == "__traceback__" && inst.exc.is_some() {
            return Ok(Some(self.traceback_of(obj)));
        }
        if let Some(v) = class_attr {
            return self.bind_class_attr(v, obj.clone(), &class).map(Some);
        }
        match name {
            "__class__" => return Ok(Some(Value::Class(class))),
            "__dict__" if !class.builtin || inst.exc.is_some() => {
                return Ok(Some(Value::Dict(inst.dict.clone())))
            }
            _ => {}
        }
        if let Some(m) = self.exception_method(obj, name) {
            return Ok(Some(m));
        }
        // Methods of the built-in type a subclass extends, then `object`'s.
        if let Some(inner) = &inst.inner {
            if !name.starts_with("__") {
                if let Some(v) = crate::builtins::methods::lookup(self, inner, name) {
                    return Ok(Some(v));
                }
            }
        }
        if name.starts_with("__") {
            let base = crate::vm::subclass::builtin_base(&class);
            if let Some(v) = self.builtin_class_attr(&base, Some(obj), name) {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    pub(crate) fn call_getattr_hook(
        &mut self,
        ga: &Value,
        obj: &Value,
        name: &str,
    ) -> VmResult<Option<Value>> {
        match self.call(ga, vec![obj.clone(), Value::str(name)]) {
            Ok(v) => Ok(Some(v)),
            Err(crate::vm::Unwind::Exc(e)) if self.is_kind(&e, ExcKind::AttributeError) => {
                self.getattr_error = Some(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn is_kind(&self, exc: &Value, kind: ExcKind) -> bool {
        super::types::is_subclass(&self.types.of(exc), self.types.exc(kind))
    }

    /// Exception attributes kept in the exception state.
    fn exception_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let st = exc_state(obj)?;
        let st = st.borrow();
        Some(match name {
            "args" => Value::tuple(st.args.clone()),
            "__cause__" => st.cause.clone().unwrap_or(Value::None),
            "__context__" => st.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(st.suppress_context),
            "value" if self.is_kind(obj, ExcKind::StopIteration) => {
                st.args.first().cloned().unwrap_or(Value::None)
            }
            "code" if self.is_kind(obj, ExcKind::SystemExit) => {
                st.args.first().cloned().unwrap_or(Value::None)
            }
            _ => return None,
        })
    }

    /// A class attribute seen through an instance: functions become bound methods.
    pub(crate) fn bind_class_attr(
        &mut self,
        v: Value,
        receiver: Value,
        class: &Rc<Class>,
    ) -> VmResult {
        if let Some((Some(get), _)) = descriptor(&v) {
            let owner = Value::Class(class.clone());
            return self.call(&get, vec![v, receiver, owner]);
        }
        Ok(match v {
            Value::Function(_) => {
                Value::BoundMethod(crate::runtime::gc::new(BoundMethod { receiver, func: v }))
            }
            Value::Instance(ref i) if crate::builtins::wrappers::is_wrapper(&i.class) => {
                crate::builtins::wrappers::get(self, &v, Some(receiver), class)?
            }
            other => other,
        })
    }

    /// A class attribute seen through the class: staticmethod/classmethod unwrap, user
    /// descriptors' `__get__(None, cls)` runs.
    pub(crate) fn unwrap_class_attr(&mut self, v: Value, class: &Rc<Class>) -> VmResult {
        if let Some((Some(get), _)) = descriptor(&v) {
            let owner = Value::Class(class.clone());
            return self.call(&get, vec![v, Value::None, owner]);
        }
        Ok(match &v {
            Value::Instance(i) if crate::builtins::wrappers::is_wrapper(&i.class) => {
                crate::builtins::wrappers::get(self, &v, None, class).unwrap_or(v)
            }
            _ => v,
        })
    }

    pub fn setattr(&mut self, obj: &Value, name: &str, value: Value) -> VmResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(st) = exc_state(obj) {
                    let mut st = st.borrow_mut();
                    match name {
                        "__cause__" => {
                            st.cause = if value.is_none() { None } else { Some(value) };
                            st.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            st.context = if value.is_none() { None } else { Some(value) };
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            st.suppress_context = matches!(value, Value::PyBool(b) if b.get());
                            return Ok(());
                        }
                        "args" => {
                            drop(st);
                            let items = self.collect(&value)?;
                            if let Some(st) = exc_state(obj) {
                                st.borrow_mut().args = items;
                            }
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                if name == "__class__" {
                    // SANDBOX.md: an object's class is fixed (docs/divergences/sandbox.md).
                    return self.err(ExcKind::TypeError, "__class__ assignment is not supported");
                }
                let class = inst.class.clone();
                if let Some(sa) = class_lookup(&class, "__setattr__") {
                    self.call(&sa, vec![obj.clone(), Value::str(name), value])?;
                    return Ok(());
                }
                self.generic_setattr(obj, name, value)
            }
            _ => self.setattr_other(obj, name, value),
        }
    }

    /// `object.__setattr__`: descriptors of the class, then the instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &str, value: Value) -> VmResult<()> {
        match obj {
            Value::Instance(inst) => {
                let class = inst.class.clone();
                if let Some(prop) = class_lookup(&class, name) {
                    if crate::builtins::wrappers::is_property(&prop) {
                        return crate::builtins::wrappers::property_set(self, &prop, obj, value);
                    }
                    if let Value::Instance(d) = &prop {
                        if !d.class.builtin {
                            if let Some(set) = class_lookup(&d.class, "__set__") {
                                self.call(&set, vec![prop.clone(), obj.clone(), value])?;
                                return Ok(());
                            }
                            if class_lookup(&d.class, "__delete__").is_some() {
                                let e = self.new_exception(ExcKind::AttributeError, "__set__");
                                return Err(crate::vm::Unwind::Exc(e));
                            }
                        }
                    }
                }
                if Rc::ptr_eq(&class, &self.types.traceback) {
                    let msg = format!("attribute '{name}' of 'traceback' objects is not writable");
                    return self.err(ExcKind::AttributeError, msg);
                }
                if class.builtin && inst.exc.is_none() {
                    // `object()` instances have no __dict__.
                    return Err(self.no_attribute(obj, name));
                }
                if name == "__dict__" {
                    return self.replace_instance_dict(&inst.dict, value);
                }
                inst.dict.set_str(name, value);
                Ok(())
            }
            _ => self.setattr_other(obj, name, value),
        }
    }

    /// `obj.__dict__ = d`: the instance keeps its own dict and takes `d`'s entries (krait's
    /// instance dict is fixed at creation; docs/divergences/objects.md).
    fn replace_instance_dict(&mut self, dict: &Rc<PyDict>, value: Value) -> VmResult<()> {
        let Value::Dict(src) = &value else {
            let msg = format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                self.types.name_of(&value)
            );
            return self.err(ExcKind::TypeError, msg);
        };
        let entries = src.items();
        dict.0.borrow_mut().clear();
        for (k, v) in entries {
            super::ops::dict_set(self, dict, k, v)?;
        }
        Ok(())
    }

    fn setattr_other(&mut self, obj: &Value, name: &str, value: Value) -> VmResult<()> {
        match obj {
            Value::Function(f) => {
                match name {
                    "__name__" | "__qualname__" => {
                        let Value::Str(s) = value else {
                            return self.err(
                                ExcKind::TypeError,
                                format!("{name} must be set to a string object"),
                            );
                        };
                        if name == "__name__" {
                            *f.name.borrow_mut() = s;
                        } else {
                            *f.qualname.borrow_mut() = s;
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__globals__" | "__code__" | "__closure__" | "__defaults__"
                    | "__kwdefaults__" | "__builtins__" | "__dict__" => {
                        return Err(self.no_attribute(obj, name));
                    }
                    _ => f
                        .dict
                        .borrow_mut()
                        .get_or_insert_with(Default::default)
                        .set_str(name, value),
                }
                Ok(())
            }
            Value::Class(c) if !c.builtin => {
                let c = c.clone();
                self.class_setattr(obj, &c, name, value)
            }
            Value::Class(c) => self.err(
                ExcKind::TypeError,
                format!(
                    "cannot set '{name}' attribute of immutable type '{}'",
                    c.name.borrow().s
                ),
            ),
            _ => Err(self.read_only(obj, name)),
        }
    }

    /// `type.__setattr__` on a sandbox class: its special attributes, else its namespace.
    pub fn set_class_attr(&mut self, c: &Rc<Class>, name: &str, value: Value) -> VmResult<()> {
        match name {
            "__name__" | "__qualname__" => return self.set_class_name(c, name, value),
            "__getattribute__" => c.set_getattribute_late(),
            "__mro__" | "__base__" => {
                return self.err(ExcKind::AttributeError, "readonly attribute")
            }
            "__dict__" => {
                let msg = "attribute '__dict__' of 'type' objects is not writable";
                return self.err(ExcKind::AttributeError, msg);
            }
            "__class__" => {
                let msg = "__class__ assignment only supported for mutable types or \
                           ModuleType subclasses";
                return self.err(ExcKind::TypeError, msg);
            }
            // SANDBOX.md: a class's bases are fixed once created (objects.md).
            "__bases__" => {
                let msg = "__bases__ assignment is not supported by krait";
                return self.err(ExcKind::TypeError, msg);
            }
            _ => {}
        }
        c.dict.set_str(name, value);
        Ok(())
    }

    /// Writing an attribute of a built-in value: CPython's messages for methods and data
    /// attributes that exist, AttributeError otherwise.
    fn read_only(&mut self, obj: &Value, name: &str) -> crate::vm::Unwind {
        let t = self.types.name_of(obj);
        let msg = match crate::builtins::methods::lookup(self, obj, name) {
            Some(Value::Builtin(_)) => format!("'{t}' object attribute '{name}' is read-only"),
            // Member descriptors (range, slice) word it so.
            Some(_) if matches!(obj, Value::Range(_) | Value::Slice(_)) => {
                "readonly attribute".to_string()
            }
            Some(_) => format!("attribute '{name}' of '{t}' objects is not writable"),
            None => return self.no_attribute(obj, name),
        };
        let exc = self.new_exception(ExcKind::AttributeError, &msg);
        crate::vm::Unwind::Exc(exc)
    }

    /// `C.__name__ = ...` / `C.__qualname__ = ...` with `type`'s check.
    fn set_class_name(&mut self, c: &Rc<Class>, name: &str, value: Value) -> VmResult<()> {
        let Value::Str(s) = value else {
            let msg = format!(
                "can only assign string to {}.{name}, not '{}'",
                c.name.borrow().s,
                self.types.name_of(&value)
            );
            return self.err(ExcKind::TypeError, msg);
        };
        if name == "__name__" {
            *c.name.borrow_mut() = s;
        } else {
            *c.qualname.borrow_mut() = s;
        }
        Ok(())
    }

    pub fn delattr(&mut self, obj: &Value, name: &str) -> VmResult<()> {
        match obj {
            Value::Instance(inst) => {
                let class = inst.class.clone();
                if let Some(da) = class_lookup(&class, "__delattr__") {
                    self.call(&da, vec![obj.clone(), Value::str(name)])?;
                    return Ok(());
                }
                self.generic_delattr(obj, name)
            }
            _ => self.delattr_other(obj, name),
        }
    }

    /// `object.__delattr__`: descriptors of the class, then the instance dict.
    pub fn generic_delattr(&mut self, obj: &Value, name: &str) -> VmResult<()> {
        match obj {
            Value::Instance(inst) => {
                let class = inst.class.clone();
                if let Some(prop) = class_lookup(&class, name) {
                    if crate::builtins::wrappers::is_property(&prop) {
                        return crate::builtins::wrappers::property_delete(self, &prop, obj);
                    }
                    if let Value::Instance(d) = &prop {
                        if !d.class.builtin {
                            if let Some(del) = class_lookup(&d.class, "__delete__") {
                                self.call(&del, vec![prop.clone(), obj.clone()])?;
                                return Ok(());
                            }
                            if class_lookup(&d.class, "__set__").is_some() {
                                let e = self.new_exception(ExcKind::AttributeError, "__delete__");
                                return Err(crate::vm::Unwind::Exc(e));
                            }
                        }
                    }
                }
                if inst.dict.del_str(name) {
                    Ok(())
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
            _ => self.delattr_other(obj, name),
        }
    }

    fn delattr_other(&mut self, obj: &Value, name: &str) -> VmResult<()> {
        match obj {
            Value::Class(c) if !c.builtin => {
                // A metaclass's `__delattr__` decides for its classes.
                if let Some(hook) = c.meta.as_ref().and_then(|m| class_lookup(m, "__delattr__")) {
                    return self
                        .call(&hook, vec![obj.clone(), Value::str(name)])
                        .map(drop);
                }
                if c.dict.del_str(name) {
                    Ok(())
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
            Value::Function(f) => {
                let removed = f.dict.borrow().as_ref().is_some_and(|d| d.del_str(name));
                if removed {
                    Ok(())
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    /// A native method bound to `receiver`.
    pub fn native_method(
        &self,
        receiver: &Value,
        name: &'static str,
        func: super::value::NativeFn,
    ) -> Value {
        Value::Builtin(crate::runtime::gc::new(Builtin {
            name,
            func,
            bound: Some(receiver.clone()),
            owner: None,
        }))
    }
}
