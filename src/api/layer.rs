//! `Layer`: one host layer of a namespace chain (DESIGN §3) — a handle to a dict the host owns
//! and shares with any number of namespaces without copying.

use std::rc::Rc;

use super::convert::{FromPy, IntoPy};
use super::error::Error;
use super::host::{function, IntoHostFn};
use super::object::{in_context, Object};
use crate::runtime::value::{PyDict, Value};

/// A host layer: names the host hands to snippets. Cloning the handle shares the same dict (no
/// copy); changes made by the host through one handle are seen by every namespace using it.
///
/// Snippets never store into a read-only layer (their stores go to the scratch layer); a
/// layer made with [`Layer::writable`] receives top-level stores instead of scratch.
/// In-place mutation is Python's: `ctx_list.append(1)` changes the host's list either way.
#[derive(Clone)]
pub struct Layer {
    pub(crate) dict: Rc<PyDict>,
    pub(crate) writable: bool,
}

impl Default for Layer {
    fn default() -> Self {
        Layer::new()
    }
}

impl std::fmt::Debug for Layer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Layer")
            .field("names", &self.names())
            .field("writable", &self.writable)
            .finish()
    }
}

impl Layer {
    /// An empty read-only layer.
    pub fn new() -> Layer {
        Layer {
            dict: crate::runtime::gc::new(PyDict::new()),
            writable: false,
        }
    }

    /// An empty layer that receives the snippet's top-level stores.
    pub fn writable() -> Layer {
        Layer {
            dict: crate::runtime::gc::new(PyDict::new()),
            writable: true,
        }
    }

    /// The same dict with the given writability (a second handle, not a copy).
    pub fn with_writable(&self, writable: bool) -> Layer {
        Layer {
            dict: self.dict.clone(),
            writable,
        }
    }

    /// Whether snippets' top-level stores land here.
    pub fn is_writable(&self) -> bool {
        self.writable
    }

    /// A read-only layer holding the keys of a JSON object (nested values converted as
    /// [`IntoPy`] for `serde_json::Value` does). Anything but an object is a `TypeError`.
    pub fn from_json(json: &serde_json::Value) -> Result<Layer, Error> {
        let serde_json::Value::Object(map) = json else {
            return Err(Error::type_error("a context must be a JSON object"));
        };
        let layer = Layer::new();
        for (k, v) in map {
            layer.set(k, v);
        }
        Ok(layer)
    }

    /// Binds `name` (replacing any earlier binding).
    pub fn set(&self, name: &str, value: impl IntoPy) {
        self.dict.set_str(name, value.into_py().0);
    }

    /// Binds `name` to a host function with typed parameters (see [`function`]).
    pub fn set_function<M>(&self, name: &str, f: impl IntoHostFn<M>) {
        self.set(name, function(name, f));
    }

    /// The value bound to `name`.
    pub fn get(&self, name: &str) -> Option<Object> {
        self.dict.get_str(name).map(Object)
    }

    /// The value bound to `name`, converted; a missing name is a `NameError`.
    pub fn get_as<T: FromPy>(&self, name: &str) -> Result<T, Error> {
        let obj = self.get(name).ok_or_else(|| {
            Error::exception("NameError", format!("name '{name}' is not defined"))
        })?;
        T::from_py(&obj).map_err(|e| in_context(e, &format!("'{name}'")))
    }

    /// Whether `name` is bound here.
    pub fn contains(&self, name: &str) -> bool {
        self.dict.get_str(name).is_some()
    }

    /// Unbinds `name`; whether it was bound.
    pub fn remove(&self, name: &str) -> bool {
        self.dict.del_str(name)
    }

    /// Unbinds every name.
    pub fn clear(&self) {
        super::namespace::empty(&self.dict);
    }

    /// How many names are bound.
    pub fn len(&self) -> usize {
        self.dict.len()
    }

    /// Whether no name is bound.
    pub fn is_empty(&self) -> bool {
        self.dict.is_empty()
    }

    /// The bound names, in insertion order.
    pub fn names(&self) -> Vec<String> {
        self.dict
            .items()
            .into_iter()
            .filter_map(|(k, _)| k.as_str().map(str::to_string))
            .collect()
    }

    /// The bindings as a JSON object (a `TypeError` for values JSON cannot hold).
    pub fn to_json(&self) -> Result<serde_json::Value, Error> {
        super::json::to_json(&Value::Dict(self.dict.clone()))
    }

    /// Whether two handles share one dict.
    pub fn same_as(&self, other: &Layer) -> bool {
        Rc::ptr_eq(&self.dict, &other.dict)
    }
}
