//! Subscripted classes, as annotations write them: `list[int]`, `dict[str, int]` (CPython's
//! `types.GenericAlias`, here with `__origin__`, `__args__` and the repr only), and a user
//! class's `__class_getitem__`.

use std::rc::Rc;

use crate::runtime::attr::class_lookup;
use crate::runtime::errors::ExcKind;
use crate::runtime::value::{Class, Instance, PyDict, Value};

use super::{Vm, VmResult};

/// Built-in classes that accept `cls[...]`.
const GENERIC_BUILTINS: &[&str] = &["list", "dict", "tuple", "set", "frozenset", "type"];

impl Vm {
    /// `cls[key]`.
    pub fn class_getitem(&mut self, c: &Rc<Class>, key: &Value) -> VmResult {
        let cls = Value::Class(c.clone());
        if c.builtin {
            if GENERIC_BUILTINS.contains(&c.name.borrow().as_str()) {
                return Ok(self.generic_alias(cls, key));
            }
        } else if let Some(f) = class_lookup(c, "__class_getitem__") {
            // Implicitly a class method, as `type.__new__` makes it.
            if let Value::Function(_) = f {
                return self.call(&f, vec![cls, key.clone()]);
            }
            let bound = self.getattr(&cls, "__class_getitem__")?;
            return self.call(&bound, vec![key.clone()]);
        }
        let msg = format!("type '{}' is not subscriptable", c.name.borrow().s);
        self.err(ExcKind::TypeError, msg)
    }

    fn generic_alias(&mut self, origin: Value, key: &Value) -> Value {
        let args = match key {
            Value::Tuple(_) => key.clone(),
            other => Value::tuple(vec![other.clone()]),
        };
        let dict = crate::runtime::gc::new(PyDict::new());
        dict.set_str("__origin__", origin);
        dict.set_str("__args__", args);
        Value::Instance(crate::runtime::gc::new(Instance {
            class: self.types.generic_alias.clone(),
            dict,
            exc: None,
            inner: None,
        }))
    }

    /// `repr(list[int])` is `list[int]`; `None` when `v` is not a generic alias.
    pub fn generic_alias_repr(&mut self, v: &Value) -> VmResult<Option<String>> {
        let Value::Instance(i) = v else {
            return Ok(None);
        };
        if !Rc::ptr_eq(&i.class, &self.types.generic_alias) {
            return Ok(None);
        }
        let origin = i.dict.get_str("__origin__").unwrap_or(Value::None);
        let mut out = self.alias_item_repr(&origin)?;
        out.push('[');
        if let Some(Value::Tuple(args)) = i.dict.get_str("__args__") {
            for (k, a) in args.0.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                out += &self.alias_item_repr(a)?;
            }
        }
        out.push(']');
        Ok(Some(out))
    }

    /// CPython's `ga_repr_item`: classes by (module-qualified) name, `...` as is.
    fn alias_item_repr(&mut self, v: &Value) -> VmResult<String> {
        Ok(match v {
            Value::Ellipsis => "...".to_string(),
            Value::Class(c) if c.builtin => c.qualname.borrow().s.to_string(),
            Value::Class(c) => format!("__main__.{}", c.qualname.borrow().s),
            other => self.repr(other)?,
        })
    }
}
