//! Calls: binding arguments to parameters with CPython's TypeError messages, calling functions
//! (a Python frame), native functions, bound methods and classes.

use std::rc::Rc;

use super::frame::Frame;
use super::{Vm, VmResult};
use crate::runtime::errors::ExcKind;
use crate::runtime::value::{Args, Function, GenState, Generator, PyCell, PyStr, Value};

/// "a", "a and b", "a, b, and c" (CPython's list in missing-argument messages).
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// What native code was doing when it recursed: CPython's `Py_EnterRecursiveCall` sites each
/// name themselves, and the message of a `RecursionError` is the name of the level that
/// crossed the limit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reentry {
    /// A native function calling back into Python (a `sorted` key, `map`): no suffix.
    #[default]
    Plain,
    /// A call of a native function that CPython checks (`repr()`, `object.__format__`).
    Call,
    /// `PyObject_Repr`: `repr` of an item or of an object with `__repr__`.
    Repr,
    /// `PyObject_Str`.
    Str,
    /// `PyObject_RichCompare` of container items.
    Compare,
}

impl Reentry {
    pub fn suffix(self) -> &'static str {
        match self {
            Reentry::Plain => "",
            Reentry::Call => " while calling a Python object",
            Reentry::Repr => " while getting the repr of an object",
            Reentry::Str => " while getting the str of an object",
            Reentry::Compare => " in comparison",
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

impl Vm {
    /// Calls `f` with positional arguments (native code calling back into Python).
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> VmResult {
        self.call_kw(f, args, Vec::new())
    }

    pub fn call_kw(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        kw: Vec<(Rc<PyStr>, Value)>,
    ) -> VmResult {
        match f {
            Value::Function(func) => {
                let func = func.clone();
                self.enter_native()?;
                let r = self.call_function(&func, args, &kw);
                self.leave_native();
                r
            }
            Value::Builtin(b) if b.bound.is_none() && b.owner.is_some() => {
                // An unbound method of a built-in type: the first argument is the receiver.
                let b = b.clone();
                let owner = b.owner.unwrap_or("object");
                let Some(receiver) = args.first().cloned() else {
                    return self.err(
                        ExcKind::TypeError,
                        format!("unbound method {owner}.{}() needs an argument", b.name),
                    );
                };
                let t = self.types.name_of(&receiver);
                let fits = t == owner
                    || (owner == "int" && t == "bool")
                    || owner == "object"
                    || self
                        .types
                        .of(&receiver)
                        .mro
                        .borrow()
                        .iter()
                        .any(|c| c.builtin && c.name.borrow().as_str() == owner);
                // Ordinary methods act on the built-in value a subclass instance extends.
                let receiver = if b.name.starts_with("__") {
                    receiver
                } else {
                    crate::vm::subclass::unwrap(&receiver)
                };
                if !fits {
                    return self.err(
                        ExcKind::TypeError,
                        format!(
                            "descriptor '{}' for '{owner}' objects doesn't apply to a '{t}' object",
                            b.name
                        ),
                    );
                }
                (b.func)(
                    self,
                    &Some(receiver),
                    Args {
                        pos: &args[1..],
                        kw: &kw,
                    },
                )
            }
            Value::Builtin(b) => {
                let b = b.clone();
                (b.func)(
                    self,
                    &b.bound,
                    Args {
                        pos: &args,
                        kw: &kw,
                    },
                )
            }
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.receiver.clone());
                full.extend(args);
                let func = m.func.clone();
                self.call_kw(&func, full, kw)
            }
            Value::Class(c) => {
                let c = c.clone();
                self.call_class(&c, args, kw)
            }
            Value::Instance(_) => self.call_instance(f, args, kw),
            _ => {
                let t = self.types.name_of(f);
                self.err(ExcKind::TypeError, format!("'{t}' object is not callable"))
            }
        }
    }

    /// Runs a Python function to completion (for native callers).
    fn call_function(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kw: &[(Rc<PyStr>, Value)],
    ) -> VmResult {
        let frame = self.bind(func, &args, kw)?;
        if func.code.code.is_generator {
            return Ok(self.make_generator(func, frame));
        }
        let depth = self.frames.len();
        self.frames.push(frame);
        // Native code re-entering Python recurses in Rust: grow the stack rather than overflow.
        crate::stack::deep(|| self.run(depth))
    }

    /// Builds the frame of a call: arguments bound to parameter slots, pushed on the VM stack.
    /// On success the locals are on the stack from `frame.base`.
    pub fn bind(
        &mut self,
        func: &Rc<Function>,
        args: &[Value],
        kw: &[(Rc<PyStr>, Value)],
    ) -> VmResult<Frame> {
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return self.err(ExcKind::RecursionError, "maximum recursion depth exceeded");
        }
        self.count_call()?;
        let code = &func.code.code;
        let nargs = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let nlocals = code.varnames.len();
        let base = self.stack.len();
        self.stack.resize(base + nlocals, Value::Null);
        let result = self.bind_into(func, args, kw, base);
        if let Err(e) = result {
            self.stack.truncate(base);
            return Err(e);
        }
        let own_cells: Option<crate::runtime::value::Cells> =
            if code.cellvars.is_empty() && !code.is_generator {
                None
            } else {
                let mut cells: Vec<Rc<PyCell>> = (0..code.cellvars.len())
                    .map(|_| crate::runtime::gc::new(PyCell(std::cell::RefCell::new(None))))
                    .collect();
                for &(slot, cell) in code.cell_params.iter() {
                    let v = std::mem::replace(&mut self.stack[base + slot as usize], Value::Null);
                    *cells[cell as usize].0.borrow_mut() = Some(v);
                }
                cells.extend(func.closure.iter().cloned());
                Some(cells.into())
            };
        let _ = (nargs, nkwonly);
        Ok(Frame {
            func: func.clone(),
            locals_ns: None,
            own_cells,
            pc: 0,
            base,
            return_sp: base,
            saved: Vec::new(),
            is_generator: code.is_generator,
            entry_exc: self.current_exc.clone(),
        })
    }

    fn bind_into(
        &mut self,
        func: &Rc<Function>,
        args: &[Value],
        kw: &[(Rc<PyStr>, Value)],
        base: usize,
    ) -> VmResult<()> {
        let code = func.code.code.clone();
        let qual = func.qualname.borrow().s.as_str().to_owned();
        let nargs = code.argcount as usize;
        let nposonly = code.posonlyargcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let mut slot = nargs + nkwonly;
        let varargs_slot = code.has_varargs.then(|| {
            slot += 1;
            slot - 1
        });
        let varkw_slot = code.has_varkw.then_some(slot);
        // Positional arguments.
        for (i, a) in args.iter().take(nargs).enumerate() {
            self.stack[base + i] = a.clone();
        }
        if args.len() > nargs {
            match varargs_slot {
                Some(s) => self.stack[base + s] = Value::tuple(args[nargs..].to_vec()),
                None => return Err(self.too_many_positional(&qual, func, args.len(), kw)),
            }
        } else if let Some(s) = varargs_slot {
            self.stack[base + s] = Value::tuple(vec![]);
        }
        // Keyword arguments.
        let kwdict =
            varkw_slot.map(|_| crate::runtime::gc::new(crate::runtime::value::PyDict::new()));
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name, value) in kw {
            let found = code.varnames[..nargs + nkwonly]
                .iter()
                .position(|v| **v == *name.s);
            match found {
                Some(i) if i >= nposonly => {
                    if !matches!(self.stack[base + i], Value::Null) {
                        return self.err(
                            ExcKind::TypeError,
                            format!("{qual}() got multiple values for argument '{}'", name.s),
                        );
                    }
                    self.stack[base + i] = value.clone();
                }
                _ => match &kwdict {
                    Some(d) => {
                        if d.get_str(&name.s).is_some() {
                            return self.err(
                                ExcKind::TypeError,
                                format!(
                                    "{qual}() got multiple values for keyword argument '{}'",
                                    name.s
                                ),
                            );
                        }
                        d.set_str(&name.s, value.clone());
                    }
                    None if found.is_some() => posonly_as_kw.push(name.s.as_str().to_owned()),
                    None => {
                        return self.err(
                            ExcKind::TypeError,
                            format!("{qual}() got an unexpected keyword argument '{}'", name.s),
                        );
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            // CPython quotes the whole comma-separated list once.
            let names = posonly_as_kw.join(", ");
            return self.err(
                ExcKind::TypeError,
                format!("{qual}() got some positional-only arguments passed as keyword arguments: '{names}'"),
            );
        }
        if let (Some(s), Some(d)) = (varkw_slot, kwdict) {
            self.stack[base + s] = Value::Dict(d);
        }
        // Defaults for missing positional parameters.
        let ndefaults = func.defaults.len();
        let first_default = nargs - ndefaults.min(nargs);
        let mut missing = Vec::new();
        for i in 0..nargs {
            if matches!(self.stack[base + i], Value::Null) {
                if i >= first_default {
                    self.stack[base + i] = func.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return self.err(
                ExcKind::TypeError,
                format!(
                    "{qual}() missing {} required positional {}: {}",
                    missing.len(),
                    if missing.len() == 1 {
                        "argument"
                    } else {
                        "arguments"
                    },
                    name_list(&missing)
                ),
            );
        }
        for i in nargs..nargs + nkwonly {
            if matches!(self.stack[base + i], Value::Null) {
                let name = &code.varnames[i];
                let default = match &func.kwdefaults {
                    Some(Value::Dict(d)) => d.get_str(name),
                    _ => None,
                };
                match default {
                    Some(v) => self.stack[base + i] = v,
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return self.err(
                ExcKind::TypeError,
                format!(
                    "{qual}() missing {} required keyword-only {}: {}",
                    missing.len(),
                    if missing.len() == 1 {
                        "argument"
                    } else {
                        "arguments"
                    },
                    name_list(&missing)
                ),
            );
        }
        Ok(())
    }

    fn too_many_positional(
        &mut self,
        qual: &str,
        func: &Rc<Function>,
        given: usize,
        kw: &[(Rc<PyStr>, Value)],
    ) -> super::Unwind {
        let code = &func.code.code;
        let nargs = code.argcount as usize;
        let ndefaults = func.defaults.len();
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                nargs - ndefaults.min(nargs),
                nargs
            )
        } else {
            format!(
                "{} positional {}",
                nargs,
                if nargs == 1 { "argument" } else { "arguments" }
            )
        };
        let kwonly_given = kw
            .iter()
            .filter(|(n, _)| {
                code.varnames[nargs..nargs + code.kwonlyargcount as usize]
                    .iter()
                    .any(|v| **v == *n.s)
            })
            .count();
        let msg = if kwonly_given > 0 {
            format!(
                "{qual}() takes {takes} but {} (and {}) were given",
                plural(given, "positional argument"),
                plural(kwonly_given, "keyword-only argument")
            )
        } else {
            let was = if given == 1 { "was" } else { "were" };
            format!("{qual}() takes {takes} but {given} {was} given")
        };
        let exc = self.new_exception(ExcKind::TypeError, &msg);
        super::Unwind::Exc(exc)
    }

    fn make_generator(&mut self, func: &Rc<Function>, mut frame: Frame) -> Value {
        frame.saved = self.stack.split_off(frame.base);
        Value::Generator(crate::runtime::gc::new(Generator {
            state: std::cell::RefCell::new(GenState::Suspended(Box::new(frame))),
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
        }))
    }

    /// Counts a native re-entry into Python toward the recursion limit, named by
    /// `self.reentry` (which it resets): the caller that set it says what the native code was
    /// doing.
    pub fn enter_native(&mut self) -> VmResult<()> {
        let why = std::mem::take(&mut self.reentry);
        self.enter_native_as(why)
    }

    /// Counts one level of native recursion (a container's items, a dunder called from native
    /// code) toward the recursion limit. Past the limit, `RecursionError` with CPython's
    /// message for that kind of level.
    pub fn enter_native_as(&mut self, why: Reentry) -> VmResult<()> {
        if self.frames.len() + self.native_depth >= self.recursion_limit
            || self.native_depth >= super::limits::MAX_NATIVE_DEPTH
        {
            return self.err(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{}", why.suffix()),
            );
        }
        self.count_call()?;
        self.native_depth += 1;
        Ok(())
    }

    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
    }
}

impl Vm {
    /// How CPython names a callable in argument-spreading errors (`__main__.f()`, `len()`).
    pub fn call_name(&self, f: &Value) -> String {
        match f {
            Value::Function(func) => format!("__main__.{}()", func.qualname.borrow().s),
            Value::BoundMethod(m) => self.call_name(&m.func),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Class(c) => format!("{}()", c.name.borrow().s),
            _ => "function".into(),
        }
    }

    /// Prefixes a `**` merge error with the callee, as CPython does.
    pub fn call_error(&mut self, func: &Value, e: super::Unwind) -> super::Unwind {
        let super::Unwind::Exc(exc) = &e else {
            return e;
        };
        let msg = self.str_of(exc).unwrap_or_default();
        let name = self.call_name(func);
        let new = if let Some(rest) = msg.strip_prefix("got multiple values") {
            format!("{name} got multiple values{rest}")
        } else if msg.ends_with("object is not a mapping") {
            let t = msg
                .trim_start_matches('\'')
                .split('\'')
                .next()
                .unwrap_or("")
                .to_string();
            format!("{name} argument after ** must be a mapping, not {t}")
        } else {
            return e;
        };
        let exc = self.new_exception(ExcKind::TypeError, &new);
        super::Unwind::Exc(exc)
    }
}
