//! The virtual machine: runs code objects over the runtime's values. `interp` holds the dispatch
//! loop, `call` argument binding and calls, `frame` the activation record, `unwind` exception
//! objects and tracebacks.

pub mod call;
pub mod format;
pub mod frame;
pub mod generator;
pub mod generic;
pub mod interp;
pub mod limits;
pub mod memory;
pub mod metaclass;
pub mod objects;
pub mod subclass;
pub mod traceback;
pub mod unwind;

use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::{Code, Const};
use crate::runtime::errors::{ExcKind, Raise};
use crate::runtime::namespace::Globals;
use crate::runtime::types::Types;
use crate::runtime::value::{CodeValue, Function, PyBytes, PyDict, Value};
use frame::{Frame, FrameStack};

/// Why execution stopped early: a Python exception (catchable) or a budget (not catchable).
pub enum Unwind {
    Exc(Value),
    Limit(limits::LimitError),
}

pub type VmResult<T = Value> = Result<T, Unwind>;

/// Where `print` writes.
pub enum Output {
    Stdout,
    Buffer(String),
    /// Each piece of text `print` writes, handed to the host as it is produced.
    Callback(Box<dyn FnMut(&str)>),
}

pub struct Vm {
    pub stack: Vec<Value>,
    pub frames: FrameStack,
    /// The exception being handled (`sys.exc_info()`), if any.
    pub current_exc: Option<Value>,
    pub types: Types,
    pub builtins: Rc<PyDict>,
    pub output: Output,
    pub recursion_limit: usize,
    /// Native calls back into Python currently active (they count toward the recursion limit).
    pub native_depth: usize,
    /// What the next native re-entry is (`call::Reentry`), for the RecursionError message.
    pub reentry: call::Reentry,
    pub modules: Vec<(String, Value)>,
    /// Containers whose repr is being built (to print `[...]` for self-reference).
    pub repr_active: Vec<usize>,
    /// Set by instructions that re-raise: the traceback is not extended.
    pub reraising: bool,
    /// Set when a generator frame returned (rather than yielded).
    pub generator_returned: bool,
    /// A generator frame that just yielded, taken by the code that resumed it.
    pub suspended: Option<frame::Frame>,
    /// The value a finished `yield from` delegate returned.
    pub delegate_result: Value,
    /// An exception to raise in the top frame before it runs (generator `throw`).
    pub pending_throw: Option<Value>,
    /// Argument buffers reused by calls to native functions.
    pub arg_pool: Vec<Vec<Value>>,
    /// Native methods of built-in types used through LoadMethod, keyed by function address.
    pub method_cache: hashbrown::HashMap<usize, Rc<crate::runtime::value::Builtin>>,
    /// The empty cell list every frame without cells shares.
    pub no_cells: crate::runtime::value::Cells,
    /// The AttributeError a `__getattr__` raised during the last failed lookup.
    pub getattr_error: Option<Value>,
    /// The sandbox limits (`limits.rs`) and the counters of the current run.
    pub limits: limits::Limits,
    pub budget: limits::Budget,
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    pub fn new() -> Vm {
        let types = Types::new();
        let builtins = crate::builtins::make_builtins(&types);
        let mut vm = Vm {
            stack: Vec::with_capacity(1024),
            frames: FrameStack::new(None),
            current_exc: None,
            types,
            builtins,
            output: Output::Stdout,
            recursion_limit: 1000,
            native_depth: 0,
            reentry: call::Reentry::Plain,
            modules: Vec::new(),
            repr_active: Vec::new(),
            reraising: false,
            generator_returned: false,
            suspended: None,
            delegate_result: Value::None,
            pending_throw: None,
            arg_pool: Vec::new(),
            method_cache: hashbrown::HashMap::new(),
            getattr_error: None,
            no_cells: Rc::from(Vec::new()),
            limits: limits::Limits::default(),
            budget: limits::Budget::new(&limits::Limits::default()),
        };
        // What free call-stack slots hold (`FrameStack`): a function of empty code.
        if let Ok(code) = crate::compile::compile("", "<idle>", crate::syntax::lexer::Mode::Module)
        {
            let cv = Rc::new(materialize_code(&code));
            let idle = Function::for_module(&cv, &vm.new_globals(), &vm.no_cells);
            vm.frames.set_idle(Rc::new(idle));
        }
        vm
    }

    /// A fresh global chain (empty scratch layer, no host layers) over this VM's builtins.
    pub fn new_globals(&self) -> Rc<Globals> {
        crate::runtime::gc::new(Globals::new(
            crate::runtime::gc::new(PyDict::new()),
            Vec::new(),
            self.builtins.clone(),
        ))
    }

    /// Runs module-level code against `globals`.
    pub fn run_module(&mut self, code: &Arc<Code>, globals: &Rc<Globals>) -> VmResult {
        self.run_materialized(&Rc::new(materialize_code(code)), globals)
    }

    /// Runs module-level code whose constants are already materialized (hosts that run one
    /// code object many times keep the `CodeValue` instead of rebuilding it per run).
    pub fn run_materialized(&mut self, cv: &Rc<CodeValue>, globals: &Rc<Globals>) -> VmResult {
        if self.frames.is_empty() && self.native_depth == 0 {
            self.begin_run();
        }
        let code = &cv.code;
        let frame = Frame {
            func: Rc::new(Function::for_module(cv, globals, &self.no_cells)),
            locals_ns: Some(globals.store_target().clone()),
            own_cells: None,
            pc: 0,
            base: self.stack.len(),
            return_sp: self.stack.len(),
            saved: Vec::new(),
            is_generator: false,
            entry_exc: self.current_exc.clone(),
        };
        for _ in 0..code.varnames.len() {
            self.stack.push(Value::Null);
        }
        let depth = self.frames.len();
        self.frames.push(frame);
        let result = self.run(depth);
        crate::runtime::gc::maybe_collect();
        result
    }

    /// Runs the cycle collector now (it also runs by itself at safe points); returns the
    /// number of unreachable objects freed. See `runtime::gc`.
    pub fn collect_garbage(&mut self) -> usize {
        crate::runtime::gc::collect()
    }

    pub fn write_output(&mut self, text: &str) {
        match &mut self.output {
            Output::Stdout => {
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(text.as_bytes());
            }
            Output::Buffer(b) => b.push_str(text),
            Output::Callback(f) => f(text),
        }
    }

    /// Turns a native error into a raised exception object.
    pub fn raise(&mut self, r: Raise) -> Unwind {
        if r.kind == ExcKind::MemoryError {
            return self.native_memory_error();
        }
        Unwind::Exc(self.new_exception(r.kind, &r.msg))
    }

    pub fn err<T>(&mut self, kind: ExcKind, msg: impl Into<String>) -> VmResult<T> {
        if kind == ExcKind::MemoryError {
            return Err(self.native_memory_error());
        }
        let msg = msg.into();
        Err(Unwind::Exc(self.new_exception(kind, &msg)))
    }
}

/// Turns compile-time constants into values, once per code object use.
pub fn materialize(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Ellipsis => Value::Ellipsis,
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => Value::bigint((**b).clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Str(s) => Value::str(&**s),
        Const::Bytes(b) => Value::Bytes(Rc::new(PyBytes(b.to_vec().into_boxed_slice()))),
        Const::Tuple(items) => Value::tuple(items.iter().map(materialize).collect()),
        Const::Code(code) => Value::Code(Rc::new(materialize_code(code))),
    }
}

pub fn materialize_code(code: &Arc<Code>) -> CodeValue {
    CodeValue {
        code: code.clone(),
        consts: code.consts.iter().map(materialize).collect(),
        names: code
            .names
            .iter()
            .map(|n| crate::runtime::names::name(n))
            .collect(),
        global_cache: code.names.iter().map(|_| Default::default()).collect(),
        method_cache: code.names.iter().map(|_| Default::default()).collect(),
        attr_cache: code
            .names
            .iter()
            .map(|n| crate::runtime::attrcache::AttrCache::for_name(n))
            .collect(),
        fast_argc: if code.kwonlyargcount == 0
            && !code.has_varargs
            && !code.has_varkw
            && code.cellvars.is_empty()
            && !code.is_generator
        {
            code.argcount
        } else {
            u32::MAX
        },
    }
}
