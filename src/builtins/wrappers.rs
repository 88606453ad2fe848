//! `staticmethod`, `classmethod` and `property`: instances of built-in classes whose state (the
//! wrapped functions) lives in their dict; attribute lookup unwraps them.

use std::rc::Rc;

use crate::runtime::errors::ExcKind;
use crate::runtime::value::{BoundMethod, Class, Value};
use crate::vm::{Vm, VmResult};

pub const WRAPPERS: [&str; 3] = ["staticmethod", "classmethod", "property"];

pub fn is_wrapper(class: &Rc<Class>) -> bool {
    class.builtin && WRAPPERS.contains(&class.name.borrow().as_str())
}

pub fn is_property(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class.builtin && i.class.name.borrow().as_str() == "property")
}

/// The value a wrapper stands for when read through an instance (`receiver`) or its class.
pub fn get(vm: &mut Vm, w: &Value, receiver: Option<Value>, class: &Rc<Class>) -> VmResult {
    let Value::Instance(i) = w else {
        return Ok(w.clone());
    };
    let func = i.dict.get_str("__func__").unwrap_or(Value::None);
    match i.class.name.borrow().as_str() {
        "staticmethod" => Ok(func),
        "classmethod" => {
            let owner = match &receiver {
                Some(r) => Value::Class(vm.types.of(r)),
                None => Value::Class(class.clone()),
            };
            Ok(Value::BoundMethod(crate::runtime::gc::new(BoundMethod {
                receiver: owner,
                func,
            })))
        }
        _ => match receiver {
            Some(r) => property_get(vm, w, &r),
            None => Ok(w.clone()),
        },
    }
}

/// Attributes of a property object: its functions and the `getter`/`setter`/`deleter`
/// decorators, which return a copy with one function replaced.
pub fn property_attr(
    vm: &mut Vm,
    p: &Value,
    dict: &Rc<crate::runtime::value::PyDict>,
    name: &str,
) -> Option<Value> {
    match name {
        "fget" | "fset" | "fdel" | "__doc__" => Some(dict.get_str(name).unwrap_or(Value::None)),
        "getter" => {
            Some(vm.native_method(p, "getter", |vm, b, a| replace_accessor(vm, b, a, "fget")))
        }
        "setter" => {
            Some(vm.native_method(p, "setter", |vm, b, a| replace_accessor(vm, b, a, "fset")))
        }
        "deleter" => {
            Some(vm.native_method(p, "deleter", |vm, b, a| replace_accessor(vm, b, a, "fdel")))
        }
        "__get__" => Some(vm.native_method(p, "__get__", property_dunder_get)),
        _ => None,
    }
}

fn replace_accessor(
    vm: &mut Vm,
    bound: &Option<Value>,
    a: crate::runtime::value::Args,
    slot: &str,
) -> VmResult {
    super::args::exactly(vm, slot, &a, 1)?;
    let Some(Value::Instance(old)) = bound else {
        return Ok(Value::None);
    };
    let new = crate::runtime::gc::new(crate::runtime::value::Instance {
        class: old.class.clone(),
        dict: crate::runtime::gc::new(crate::runtime::value::PyDict::new()),
        exc: None,
        inner: None,
    });
    for key in ["fget", "fset", "fdel", "__doc__", "__name__"] {
        new.dict
            .set_str(key, old.dict.get_str(key).unwrap_or(Value::None));
    }
    new.dict.set_str(slot, a.pos[0].clone());
    if slot == "fget" && new.dict.get_str("__doc__").is_none_or(|d| d.is_none()) {
        if let Value::Function(f) = &a.pos[0] {
            new.dict.set_str("__doc__", f.doc.borrow().clone());
        }
    }
    Ok(Value::Instance(new))
}

/// `property.__get__(obj, type=None)`: the property itself when read through a class.
fn property_dunder_get(
    vm: &mut Vm,
    bound: &Option<Value>,
    a: crate::runtime::value::Args,
) -> VmResult {
    if a.pos.is_empty() || a.pos.len() > 2 {
        return vm.err(
            ExcKind::TypeError,
            format!("expected 1 or 2 arguments, got {}", a.pos.len()),
        );
    }
    let Some(p) = bound else {
        return Ok(Value::None);
    };
    match &a.pos[0] {
        Value::None => Ok(p.clone()),
        obj => property_get(vm, p, obj),
    }
}

pub fn property_get(vm: &mut Vm, p: &Value, obj: &Value) -> VmResult {
    let Value::Instance(i) = p else {
        return Ok(Value::None);
    };
    match i.dict.get_str("fget").filter(|f| !f.is_none()) {
        Some(f) => vm.call(&f, vec![obj.clone()]),
        None => missing_accessor(vm, i, obj, "getter"),
    }
}

pub fn property_set(vm: &mut Vm, p: &Value, obj: &Value, value: Value) -> VmResult<()> {
    let Value::Instance(i) = p else { return Ok(()) };
    match i.dict.get_str("fset").filter(|f| !f.is_none()) {
        Some(f) => vm.call(&f, vec![obj.clone(), value]).map(|_| ()),
        None => missing_accessor(vm, i, obj, "setter"),
    }
}

pub fn property_delete(vm: &mut Vm, p: &Value, obj: &Value) -> VmResult<()> {
    let Value::Instance(i) = p else { return Ok(()) };
    match i.dict.get_str("fdel").filter(|f| !f.is_none()) {
        Some(f) => vm.call(&f, vec![obj.clone()]).map(|_| ()),
        None => missing_accessor(vm, i, obj, "deleter"),
    }
}

/// CPython 3.11's message: "property 'area' of 'Rect' object has no setter"; the name is the
/// one `__set_name__` recorded (a property attached after the class was made has none).
fn missing_accessor<T>(
    vm: &mut Vm,
    p: &crate::runtime::value::Instance,
    obj: &Value,
    what: &str,
) -> VmResult<T> {
    let name = match p.dict.get_str("__name__") {
        Some(Value::Str(s)) => Some(s.s.as_str().to_owned()),
        _ => None,
    };
    let owner = vm.types.name_of(obj);
    let msg = match name {
        Some(n) => format!("property '{n}' of '{owner}' object has no {what}"),
        None => format!("property of '{owner}' object has no {what}"),
    };
    vm.err(ExcKind::AttributeError, msg)
}
