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
