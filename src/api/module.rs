//! `NativeModule`: a module the host defines (names → host functions and values) that
//! snippets reach with `import`, next to the built-in allow-list (`modules::ALLOWED`).

use std::rc::Rc;

use unicode_normalization::UnicodeNormalization;

use super::convert::IntoPy;
use super::error::Error;
use super::host::{function, raw_function, CallArgs, IntoHostFn};
use super::object::Object;
use crate::runtime::value::{Module, PyDict, PyStr, Value};

/// A native module offered by the host: `import name` (or `from name import f`) in a snippet
/// yields it. Registering one is the only way a snippet gains a module beyond the built-in
/// allow-list; anything not registered stays a `ModuleNotFoundError` (`import os` included).
///
/// The module is a capability like a host function: its functions are opaque callables
/// (counted against the host-call budget), and its namespace is not walkable (`__dict__`
/// does not exist). Values are converted once, at [`Namespace::add_module`]; the snippets of one
/// namespace share the module, so a mutable value (a list) changed by one run is seen by the
/// next.
///
/// ```
/// use krait::{Namespace, NativeModule};
/// let pricing = NativeModule::new("pricing")
///     .function("net", |gross: f64, rate: f64| gross / (1.0 + rate))
///     .value("VAT", 0.2);
/// let mut ns = Namespace::new();
/// ns.add_module(&pricing)?;
/// ns.exec_str("import pricing\nfrom pricing import VAT\nx = round(pricing.net(120.0, VAT), 2)")?;
/// assert_eq!(ns.get_as::<f64>("x")?, 100.0);
/// // Modules that are neither built in nor registered do not exist.
/// let err = ns.exec_str("import os").unwrap_err();
/// assert_eq!(err.type_name(), "ModuleNotFoundError");
/// assert_eq!(err.message(), "No module named 'os'");
/// # Ok::<(), krait::Error>(())
/// ```
///
/// [`Namespace::add_module`]: crate::Namespace::add_module
#[derive(Clone, Debug)]
pub struct NativeModule {
    name: String,
    entries: Vec<(String, Object)>,
}

impl NativeModule {
    /// An empty module named `name` (a Python identifier; no dots: packages are not
    /// supported). The name is NFKC-normalised, as the identifiers of an `import` are.
    pub fn new(name: &str) -> NativeModule {
        NativeModule {
            name: name.nfkc().collect(),
            entries: Vec::new(),
        }
    }

    /// The module's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Adds a host function with typed parameters (see [`function`]); it is named
    /// `attr` in Python.
    pub fn function<M>(mut self, attr: &str, f: impl IntoHostFn<M>) -> NativeModule {
        self.set(attr, function(attr, f));
        self
    }

    /// Adds a host function receiving its arguments as they come (see [`raw_function`]).
    pub fn raw_function(
        mut self,
        attr: &str,
        f: impl Fn(&CallArgs) -> Result<Object, Error> + 'static,
    ) -> NativeModule {
        self.set(attr, raw_function(attr, f));
        self
    }

    /// Adds a value (a constant, a table...) converted with [`IntoPy`].
    pub fn value(mut self, attr: &str, v: impl IntoPy) -> NativeModule {
        self.set(attr, v.into_py());
        self
    }

    /// Binds `attr`, replacing an earlier binding of the same name.
    pub fn set(&mut self, attr: &str, v: Object) {
        match self.entries.iter_mut().find(|(k, _)| k == attr) {
            Some(entry) => entry.1 = v,
            None => self.entries.push((attr.to_string(), v)),
        }
    }

    /// The names bound in the module, in the order they were added.
    pub fn names(&self) -> Vec<&str> {
        self.entries.iter().map(|(k, _)| k.as_str()).collect()
    }

    /// A module name must be one identifier: `import a.b` would need a package `a`.
    pub(crate) fn check_name(&self) -> Result<(), Error> {
        let mut chars = self.name.chars();
        let ok = chars
            .next()
            .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
            && chars.all(unicode_ident::is_xid_continue);
        if ok {
            Ok(())
        } else {
            Err(Error::value_error(format!(
                "invalid module name {:?}: a module name is one Python identifier",
                self.name
            )))
        }
    }

    /// The module object a snippet's `import` returns (a fresh dict per call, so two
    /// namespaces never share one module's namespace).
    pub(crate) fn build(&self) -> Value {
        let dict = crate::runtime::gc::new(PyDict::new());
        for (k, v) in &self.entries {
            dict.set_str(k, v.0.clone());
        }
        Value::Module(crate::runtime::gc::new(Module {
            name: Rc::new(PyStr::new(self.name.as_str())),
            dict,
        }))
    }
}
