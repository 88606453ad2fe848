//! `staticmethod`, `classmethod` and `property`: instances of built-in classes whose state (the
//! wrapped functions) lives in their dict; attribute lookup unwraps them.

use std::rc::Rc;

use crate::runtime::errors::ExcKind;
use crate::runtime::value::{BoundMethod, Class, Value};
use crate::vm::{Vm, VmResult};

pub const WRAPPERS: [&str; 3] = ["staticmethod", "classmethod", "property"];

pub fn is_wrapper(class: &Rc<Class>) -> bool {
    class.builtin && WRAPPERS.contains(&class.name.as_str())
}

pub fn is_property(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class.builtin && i.class.name.as_str() == "property")
}

/// The value a wrapper stands for when read through an instance (`receiver`) or its class.
pub fn get(vm: &mut Vm, w: &Value, receiver: Option<Value>, class: &Rc<Class>) -> VmResult {
    let Value::Instance(i) = w else {
        return Ok(w.clone());
    };
    let func = i.dict.get_str("__func__").unwrap_or(Value::None);
    match i.class.name.as_str() {
        "staticmethod" => Ok(func),
        "classmethod" => {
            let owner = match &receiver {
                Some(r) => Value::Class(vm.types.of(r)),
                None => Value::Class(class.clone()),
            };
            Ok(Value::BoundMethod(Rc::new(BoundMethod {
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
    let new = Rc::new(crate::runtime::value::Instance {
        class: old.class.clone(),
        dict: Rc::new(crate::runtime::value::PyDict::new()),
        exc: None,
    });
    for key in ["fget", "fset", "fdel", "__doc__"] {
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

pub fn property_get(vm: &mut Vm, p: &Value, obj: &Value) -> VmResult {
    let Value::Instance(i) = p else {
        return Ok(Value::None);
    };
    match i.dict.get_str("fget").filter(|f| !f.is_none()) {
        Some(f) => vm.call(&f, vec![obj.clone()]),
        None => vm.err(ExcKind::AttributeError, "property has no getter"),
    }
}

pub fn property_set(vm: &mut Vm, p: &Value, obj: &Value, value: Value) -> VmResult<()> {
    let Value::Instance(i) = p else { return Ok(()) };
    match i.dict.get_str("fset").filter(|f| !f.is_none()) {
        Some(f) => vm.call(&f, vec![obj.clone(), value]).map(|_| ()),
        None => vm.err(ExcKind::AttributeError, "can't set attribute"),
    }
}

pub fn property_delete(vm: &mut Vm, p: &Value, obj: &Value) -> VmResult<()> {
    let Value::Instance(i) = p else { return Ok(()) };
    match i.dict.get_str("fdel").filter(|f| !f.is_none()) {
        Some(f) => vm.call(&f, vec![obj.clone()]).map(|_| ()),
        None => vm.err(ExcKind::AttributeError, "can't delete attribute"),
    }
}
