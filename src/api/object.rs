//! `Object`: a Python value held by the host.

use std::rc::Rc;

use super::convert::FromPy;
use super::error::Error;
use crate::runtime::value::{PyDict, Value};

/// A Python value on the host side: what `eval` returns, what a host function receives, what a
/// layer holds. Cloning is cheap (a reference count). Like every runtime value it belongs to
/// one thread (`!Send`); convert to Rust types with [`Object::extract`].
#[derive(Clone)]
pub struct Object(pub(crate) Value);

impl Object {
    /// Wraps a runtime value (low-level: for code that drives the VM directly).
    pub fn from_value(v: Value) -> Object {
        Object(v)
    }

    /// The runtime value (low-level: for code that drives the VM directly).
    pub fn into_value(self) -> Value {
        self.0
    }

    /// Python's `None`.
    pub fn none() -> Object {
        Object(Value::None)
    }

    /// Converts to a Rust type; a mismatch is a `TypeError` ("value must be int, not str").
    ///
    /// ```
    /// use krait::IntoPy;
    /// let v = vec![1, 2, 3].into_py();
    /// assert_eq!(v.extract::<Vec<i64>>()?, [1, 2, 3]);
    /// assert!(v.extract::<String>().is_err());
    /// # Ok::<(), krait::Error>(())
    /// ```
    pub fn extract<T: FromPy>(&self) -> Result<T, Error> {
        T::from_py(self).map_err(|e| in_context(e, "value"))
    }

    /// The name of the value's type, as `type(x).__name__` gives it.
    pub fn type_name(&self) -> String {
        type_name(&self.0)
    }

    /// Whether this is `None`.
    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }

    /// Whether calling this can work (functions, classes, host functions, bound methods).
    pub fn is_callable(&self) -> bool {
        matches!(
            self.0,
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_)
        )
    }

    /// Python identity (`a is b`).
    pub fn is(&self, other: &Object) -> bool {
        self.0.is(&other.0)
    }

    /// An attribute stored on an instance, class or module (`obj.__dict__[name]`). Computed
    /// attributes (properties, methods of built-in types) are not looked up.
    pub fn attr(&self, name: &str) -> Option<Object> {
        let dict: &Rc<PyDict> = match &self.0 {
            Value::Instance(i) => &i.dict,
            Value::Class(c) => &c.dict,
            Value::Module(m) => &m.dict,
            _ => return None,
        };
        match dict.get_str(name) {
            Some(v) => Some(Object(v)),
            None => match &self.0 {
                // Class attributes are visible on instances and on subclasses.
                Value::Instance(i) => class_attr(&i.class, name),
                Value::Class(c) => class_attr(c, name),
                _ => None,
            },
        }
    }
}

fn class_attr(c: &Rc<crate::runtime::value::Class>, name: &str) -> Option<Object> {
    let mro = c.mro.borrow();
    std::iter::once(c)
        .chain(mro.iter())
        .find_map(|k| k.dict.get_str(name))
        .map(Object)
}

impl std::fmt::Debug for Object {
    /// JSON-like data prints as JSON; anything else as `<type object>`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match super::json::to_json(&self.0) {
            Ok(j) => write!(f, "{j}"),
            Err(_) => write!(f, "<{} object>", self.type_name()),
        }
    }
}

/// `type(v).__name__` without a VM (built-in types have fixed names).
pub(crate) fn type_name(v: &Value) -> String {
    match v {
        Value::Instance(i) => i.class.name.borrow().as_str().to_string(),
        Value::DictView(d) => match d.kind {
            crate::runtime::value::DictIterKind::Keys => "dict_keys".into(),
            crate::runtime::value::DictIterKind::Values => "dict_values".into(),
            crate::runtime::value::DictIterKind::Items => "dict_items".into(),
            crate::runtime::value::DictIterKind::Proxy => "mappingproxy".into(),
        },
        _ => crate::runtime::ops::simple_type_name(v).to_string(),
    }
}

/// Prefixes a conversion's "must be X, not Y" message with what was being converted.
pub(crate) fn in_context(e: Error, what: &str) -> Error {
    match &e {
        Error::Exception(x) if x.type_name == "TypeError" && x.message.starts_with("must be") => {
            Error::type_error(format!("{what} {}", x.message))
        }
        _ => e,
    }
}
