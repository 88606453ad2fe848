//! `Namespace`: the layered chain of DESIGN §3 (scratch → host layers → builtins) together
//! with the VM that runs code against it.

use std::rc::Rc;
use std::sync::Arc;

use super::args::IntoArgs;
use super::code::{compile, Code, Mode};
use super::convert::{FromPy, IntoPy};
use super::error::Error;
use super::layer::Layer;
use super::module::NativeModule;
use super::object::Object;
use super::sink::PrintSink;
use crate::bytecode;
use crate::runtime::namespace::{Globals, Layer as ChainLayer};
use crate::runtime::value::{CodeValue, PyStr, Value};
use crate::vm::limits::{CancelHandle, Limits};
use crate::vm::{materialize_code, Output, Vm};

/// How many compiled snippets a namespace keeps ready to run (constants materialized).
const CODE_CACHE: usize = 32;

/// Where snippets run: a scratch layer on top (the snippet's stores, imports and
/// temporaries), the host's layers below it, the builtins at the bottom; plus the interpreter
/// state (print sink, imported modules, caches). Build it once and run any number of
/// snippets against it.
///
/// A namespace and its values belong to one thread (`!Send`); [`Code`] is what crosses
/// threads. Each thread builds its own namespace.
///
/// ```
/// use krait::{Layer, Namespace, Mode};
/// let ctx = Layer::new();
/// ctx.set("price", 12.5);
/// let mut ns = Namespace::new().with_layer(&ctx);
/// let code = krait::compile("total = price * 2", "<step>", Mode::Exec)?;
/// ns.exec(&code)?;
/// assert_eq!(ns.get_as::<f64>("total")?, 25.0);
/// assert!(!ctx.contains("total")); // the context is untouched
/// # Ok::<(), krait::Error>(())
/// ```
pub struct Namespace {
    vm: Box<Vm>,
    globals: Rc<Globals>,
    layers: Vec<Layer>,
    /// Code objects with their constants already turned into values, most recent last.
    ready: Vec<(Arc<bytecode::Code>, Rc<CodeValue>)>,
}

impl Default for Namespace {
    fn default() -> Self {
        Namespace::new()
    }
}

impl Namespace {
    /// A namespace with an empty scratch layer, no host layers, and `print` to stdout.
    pub fn new() -> Namespace {
        let vm = Box::new(Vm::new());
        let globals = vm.new_globals();
        Namespace {
            vm,
            globals,
            layers: Vec::new(),
            ready: Vec::new(),
        }
    }

    /// Adds a host layer below the scratch layer and any layers added before (builder form of
    /// [`Namespace::push_layer`]).
    pub fn with_layer(mut self, layer: &Layer) -> Namespace {
        self.push_layer(layer);
        self
    }

    /// Adds a host layer below the scratch layer and any layers added before. Functions the
    /// snippets defined earlier keep the chain they were defined in.
    pub fn push_layer(&mut self, layer: &Layer) {
        self.layers.push(layer.clone());
        self.rebuild_chain();
    }

    /// Removes every host layer (the scratch layer is kept).
    pub fn clear_layers(&mut self) {
        self.layers.clear();
        self.rebuild_chain();
    }

    /// The host layers, top first.
    pub fn layers(&self) -> &[Layer] {
        &self.layers
    }

    fn rebuild_chain(&mut self) {
        self.globals = crate::runtime::gc::new(Globals::new(
            self.globals.scratch.clone(),
            self.layers
                .iter()
                .map(|l| ChainLayer {
                    dict: l.dict.clone(),
                    writable: l.writable,
                })
                .collect(),
            self.globals.builtins.clone(),
        ));
    }

    /// The scratch layer: the names the snippets bound or rebound (a writable handle).
    pub fn scratch(&self) -> Layer {
        Layer {
            dict: self.globals.scratch.clone(),
            writable: true,
        }
    }

    /// Empties the scratch layer (between runs, so one run's names don't leak into the next).
    pub fn clear_scratch(&mut self) {
        empty(&self.globals.scratch);
    }

    /// Binds `name` in the scratch layer.
    pub fn set(&mut self, name: &str, value: impl IntoPy) {
        self.globals.scratch.set_str(name, value.into_py().0);
    }

    /// Looks `name` up as a snippet's global would be, builtins excluded: scratch first, then
    /// the host layers in order.
    pub fn get(&self, name: &str) -> Option<Object> {
        std::iter::once(&self.globals.scratch)
            .chain(self.layers.iter().map(|l| &l.dict))
            .find_map(|d| d.get_str(name))
            .map(Object)
    }

    /// [`Namespace::get`], converted; a missing name is a `NameError`.
    pub fn get_as<T: FromPy>(&self, name: &str) -> Result<T, Error> {
        let obj = self.get(name).ok_or_else(|| not_defined(name))?;
        T::from_py(&obj).map_err(|e| super::object::in_context(e, &format!("'{name}'")))
    }

    /// Copies `names` from the scratch layer into the first host layer: the explicit way for
    /// a run's results to reach the context. Nothing is written unless every name is bound.
    pub fn persist(&mut self, names: &[&str]) -> Result<(), Error> {
        let target = self
            .layers
            .first()
            .cloned()
            .ok_or_else(|| Error::value_error("persist: the namespace has no host layer"))?;
        self.persist_into(names, &target)
    }

    /// Copies `names` from the scratch layer into `target`, all or nothing.
    pub fn persist_into(&mut self, names: &[&str], target: &Layer) -> Result<(), Error> {
        let scratch = &self.globals.scratch;
        let mut values = Vec::with_capacity(names.len());
        for name in names {
            values.push(scratch.get_str(name).ok_or_else(|| not_defined(name))?);
        }
        for (name, v) in names.iter().zip(values) {
            target.dict.set_str(name, v);
        }
        Ok(())
    }

    /// Offers `module` to the snippets run here: `import name` yields it (see
    /// [`NativeModule`]). A module registered under the name of a built-in one (`math`)
    /// replaces it; registering a name again replaces the earlier module, for the imports that
    /// follow. A name that is not one identifier is a `ValueError`.
    ///
    /// ```
    /// use krait::{Namespace, NativeModule};
    /// let mut ns = Namespace::new();
    /// ns.add_module(&NativeModule::new("consts").value("ANSWER", 42))?;
    /// ns.exec_str("import consts\nx = consts.ANSWER")?;
    /// assert_eq!(ns.get_as::<i64>("x")?, 42);
    /// assert!(ns.add_module(&NativeModule::new("a.b")).is_err());
    /// # Ok::<(), krait::Error>(())
    /// ```
    pub fn add_module(&mut self, module: &NativeModule) -> Result<(), Error> {
        module.check_name()?;
        self.vm.add_module(module.name(), module.build());
        Ok(())
    }

    /// Chooses where `print` writes from now on (the previous buffer is discarded).
    pub fn set_print(&mut self, sink: PrintSink) {
        self.vm.output = match sink {
            PrintSink::Stdout => Output::Stdout,
            PrintSink::Buffer => Output::Buffer(String::new()),
            PrintSink::Callback(f) => Output::Callback(f),
        };
    }

    /// The text printed into the buffer sink since the last call (empty for other sinks).
    pub fn take_output(&mut self) -> String {
        match &mut self.vm.output {
            Output::Buffer(b) => std::mem::take(b),
            _ => String::new(),
        }
    }

    /// The recursion limit of Python calls (1,000 by default, as in CPython). Exceeding it
    /// raises `RecursionError`. Shorthand for changing `max_recursion` of the limits.
    pub fn set_recursion_limit(&mut self, limit: usize) {
        let mut limits = self.vm.limits.clone();
        limits.max_recursion = Some(limit);
        self.vm.set_limits(limits);
    }

    /// Sets what each run (each `eval`, `exec`, `call`, `repr`, `str`) may consume. Every
    /// namespace starts with [`Limits::default`]; [`Limits::none`] lifts them.
    ///
    /// A limit error ends the run (guest code cannot catch it) and reaches the host as
    /// [`Error::Limit`]; the namespace stays usable for the next run, which gets a fresh budget.
    ///
    /// ```
    /// use std::time::Duration;
    /// let mut ns = krait::Namespace::new();
    /// ns.set_limits(krait::Limits { max_steps: Some(10_000), ..krait::Limits::default() });
    /// let err = ns.exec_str("while True:\n    pass").unwrap_err();
    /// assert_eq!(err.as_limit().unwrap().kind, krait::LimitKind::Steps);
    /// assert_eq!(ns.eval_str("1 + 1")?.extract::<i64>()?, 2);
    /// # Ok::<(), krait::Error>(())
    /// ```
    pub fn set_limits(&mut self, limits: Limits) {
        self.vm.set_limits(limits);
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.vm.limits
    }

    /// A handle another thread can use to stop the current run (it ends with a
    /// [`LimitKind::Cancelled`](crate::LimitKind::Cancelled) limit error). The flag stays set until
    /// [`CancelHandle::reset`]: while it is set, every run stops at once.
    pub fn cancel_handle(&self) -> CancelHandle {
        self.vm.budget.cancel.clone()
    }

    /// Runs `code`: for [`Mode::Eval`] code, the expression's value; for the other modes
    /// `None` (as Python's `eval` of exec-mode code).
    pub fn eval(&mut self, code: &Code) -> Result<Object, Error> {
        let cv = self.ready(&code.inner);
        let globals = self.globals.clone();
        let r = self.vm.run_materialized(&cv, &globals);
        self.finish(r)
    }

    /// Runs `code` for its effects on the namespace (stores land in the scratch layer, or in
    /// a writable host layer).
    pub fn exec(&mut self, code: &Code) -> Result<(), Error> {
        self.eval(code).map(drop)
    }

    /// Compiles `source` as an expression (filename `<string>`) and evaluates it.
    pub fn eval_str(&mut self, source: &str) -> Result<Object, Error> {
        self.check_source(source)?;
        let code = compile(source, "<string>", Mode::Eval)?;
        self.eval(&code)
    }

    /// Compiles `source` as statements (filename `<string>`) and runs them.
    pub fn exec_str(&mut self, source: &str) -> Result<(), Error> {
        self.check_source(source)?;
        let code = compile(source, "<string>", Mode::Exec)?;
        self.exec(&code)
    }

    /// A source is a str: over `max_size` bytes it is refused before parsing (parsing and
    /// compiling are not under the step budget).
    fn check_source(&self, source: &str) -> Result<(), Error> {
        match self.limits().max_size {
            Some(cap) if source.len() as u64 > cap => Err(Error::Limit(
                crate::vm::limits::LimitError::new(crate::vm::limits::LimitKind::Size, cap).into(),
            )),
            _ => Ok(()),
        }
    }

    /// Calls a Python callable (a function the snippet defined, a class, a host function)
    /// with positional arguments.
    pub fn call(&mut self, f: &Object, args: impl IntoArgs) -> Result<Object, Error> {
        self.call_kw(f, args, Vec::<(&str, Object)>::new())
    }

    /// Calls a Python callable with positional and keyword arguments.
    ///
    /// ```
    /// use krait::IntoPy;
    /// let mut ns = krait::Namespace::new();
    /// ns.exec_str("def scale(xs, factor=1):\n    return [x * factor for x in xs]")?;
    /// let f = ns.get("scale").unwrap();
    /// let r = ns.call_kw(&f, (vec![1, 2],), vec![("factor", 3.into_py())])?;
    /// assert_eq!(r.extract::<Vec<i64>>()?, [3, 6]);
    /// # Ok::<(), krait::Error>(())
    /// ```
    pub fn call_kw(
        &mut self,
        f: &Object,
        args: impl IntoArgs,
        kwargs: Vec<(&str, Object)>,
    ) -> Result<Object, Error> {
        let args = args.into_args().into_iter().map(|o| o.0).collect();
        self.vm.begin_run();
        let kw = kwargs
            .into_iter()
            .map(|(k, v)| (Rc::new(PyStr::new(k)), v.0))
            .collect();
        let r = self.vm.call_kw(&f.0, args, kw);
        self.finish(r)
    }

    /// Calls the function bound to `name` (see [`Namespace::get`]); a missing name is a
    /// `NameError`.
    pub fn call_name(&mut self, name: &str, args: impl IntoArgs) -> Result<Object, Error> {
        let f = self.get(name).ok_or_else(|| not_defined(name))?;
        self.call(&f, args)
    }

    /// `repr(obj)`, running `__repr__` of the snippet's classes.
    pub fn repr(&mut self, obj: &Object) -> Result<String, Error> {
        self.vm.begin_run();
        let r = self.vm.repr(&obj.0);
        self.finish(r.map(Value::str))
            .and_then(|o| o.extract::<String>())
    }

    /// `str(obj)`.
    pub fn str(&mut self, obj: &Object) -> Result<String, Error> {
        self.vm.begin_run();
        let r = self.vm.str_of(&obj.0);
        self.finish(r.map(Value::str))
            .and_then(|o| o.extract::<String>())
    }

    /// Turns a VM outcome into the API's, leaving the VM ready for the next run.
    fn finish(&mut self, r: crate::vm::VmResult) -> Result<Object, Error> {
        match r {
            Ok(v) => Ok(Object(v)),
            Err(u) => {
                let e = Error::from_unwind(&mut self.vm, u);
                // An escaped exception leaves nothing behind: no frames, no handled exception.
                self.vm.frames.clear();
                self.vm.stack.clear();
                self.vm.current_exc = None;
                self.vm.native_depth = 0;
                Err(e)
            }
        }
    }

    /// The code object with its constants as values, built once per namespace.
    fn ready(&mut self, code: &Arc<bytecode::Code>) -> Rc<CodeValue> {
        if let Some((_, cv)) = self.ready.iter().rev().find(|(c, _)| Arc::ptr_eq(c, code)) {
            return cv.clone();
        }
        if self.ready.len() >= CODE_CACHE {
            self.ready.remove(0);
        }
        let cv = Rc::new(materialize_code(code));
        self.ready.push((code.clone(), cv.clone()));
        cv
    }
}

impl Drop for Namespace {
    /// Functions a snippet defines hold the chain, whose scratch layer holds them: an `Rc`
    /// cycle. Emptying scratch when the namespace goes breaks it, so running snippets in
    /// fresh namespaces does not leak. (Functions fetched earlier then no longer see the
    /// scratch names: keep the namespace while calling them.)
    fn drop(&mut self) {
        empty(&self.globals.scratch);
    }
}

/// Removes every entry, dropping the values after the dict's borrow has ended.
pub(crate) fn empty(dict: &crate::runtime::value::PyDict) {
    let table = std::mem::take(&mut *dict.0.borrow_mut());
    drop(table);
}

fn not_defined(name: &str) -> Error {
    Error::exception("NameError", format!("name '{name}' is not defined"))
}
