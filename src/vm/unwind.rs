//! Exception objects (creation, matching, chaining) and CPython-style traceback text.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::errors::ExcKind;
use crate::runtime::types::is_subclass;
use crate::runtime::value::{Class, ExcState, Instance, PyDict, TracebackEntry, TypeTag, Value};
use crate::syntax::location::LineIndex;

use super::{Vm, VmResult};

/// The exception state of an exception instance.
pub fn exc_state(v: &Value) -> Option<&RefCell<ExcState>> {
    match v {
        Value::Instance(i) => i.exc.as_ref(),
        _ => None,
    }
}

/// Whether instances of `class` are exceptions.
pub fn is_exception_class(class: &Rc<Class>) -> bool {
    matches!(class.tag, TypeTag::Exception(_))
}

impl Vm {
    pub fn new_exception(&mut self, kind: ExcKind, msg: &str) -> Value {
        let class = self.types.exc(kind).clone();
        let args = if msg.is_empty() {
            vec![]
        } else {
            vec![Value::str(msg)]
        };
        self.new_exception_args(class, args)
    }

    pub fn new_exception_args(&mut self, class: Rc<Class>, args: Vec<Value>) -> Value {
        Value::Instance(crate::runtime::gc::new(Instance {
            class,
            dict: crate::runtime::gc::new(PyDict::new()),
            exc: Some(RefCell::new(ExcState {
                args,
                ..ExcState::default()
            })),
            inner: None,
        }))
    }

    /// `isinstance(exc, typ)` for an `except` clause; `typ` may be a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> VmResult<bool> {
        match typ {
            Value::Class(c) if is_exception_class(c) => Ok(is_subclass(&self.types.of(exc), c)),
            Value::Tuple(t) => {
                for item in t.0.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => self.err(
                ExcKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            ),
        }
    }

    /// Records that `exc` passed through instruction `pc` of the frame on top.
    pub fn add_traceback(&mut self, exc: &Value) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        if let Some(st) = exc_state(exc) {
            st.borrow_mut().traceback.push(TracebackEntry {
                code: frame.code().clone(),
                pc: frame.pc.saturating_sub(1),
            });
        }
    }

    /// `str(exc)` as the last line of a traceback shows it.
    pub fn exception_message(&mut self, exc: &Value) -> String {
        let class = self.types.of(exc);
        // traceback prints the qualified name; `__main__` and `builtins` get no module prefix.
        let name = class.qualname.borrow().s.as_str().to_owned();
        match self.str_of(exc) {
            Ok(s) if s.is_empty() => name,
            Ok(s) => format!("{name}: {s}"),
            Err(_) => format!("{name}: <exception str() failed>"),
        }
    }

    /// The whole traceback text of an uncaught exception, chained exceptions first.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut seen: Vec<Value> = Vec::new();
        self.format_chain(exc, &mut seen)
    }

    fn format_chain(&mut self, exc: &Value, seen: &mut Vec<Value>) -> String {
        seen.push(exc.clone());
        let mut out = String::new();
        if let Some(st) = exc_state(exc) {
            let (cause, context, suppress) = {
                let st = st.borrow();
                (st.cause.clone(), st.context.clone(), st.suppress_context)
            };
            if let Some(c) = cause.filter(|c| !seen.iter().any(|s| s.is(c))) {
                out += &self.format_chain(&c, seen);
                out += "\nThe above exception was the direct cause of the following exception:\n\n";
            } else if let Some(c) = context.filter(|c| !suppress && !seen.iter().any(|s| s.is(c))) {
                out += &self.format_chain(&c, seen);
                out += "\nDuring handling of the above exception, another exception occurred:\n\n";
            }
            let tb: Vec<TracebackEntry> = st.borrow().traceback.clone();
            if !tb.is_empty() {
                out += "Traceback (most recent call last):\n";
                for entry in tb.iter().rev() {
                    out += &format_entry(entry);
                }
            }
        }
        out += &self.exception_message(exc);
        out.push('\n');
        out += &self.exception_notes(exc);
        out
    }
}

fn format_entry(entry: &TracebackEntry) -> String {
    let code = &entry.code;
    let loc = entry.location();
    let index = LineIndex::new(&code.source.text);
    let line = index.line_of(loc.start as usize);
    let mut s = format!(
        "  File \"{}\", line {}, in {}\n",
        code.filename(),
        line,
        code.name
    );
    if let Some(text) = index.line_text(&code.source.text, line) {
        let text = text.trim();
        if !text.is_empty() {
            s += &format!("    {text}\n");
        }
    }
    s
}

impl Vm {
    /// For an uncaught SystemExit: the process exit status `python3` would use (printing a
    /// non-integer code to stderr, as it does). `None` for other exceptions.
    pub fn system_exit_code(&mut self, exc: &Value) -> Option<std::process::ExitCode> {
        if !is_subclass(&self.types.of(exc), self.types.exc(ExcKind::SystemExit)) {
            return None;
        }
        let arg = exc_state(exc)
            .and_then(|st| st.borrow().args.first().cloned())
            .unwrap_or(Value::None);
        Some(match arg {
            Value::None => std::process::ExitCode::SUCCESS,
            Value::Int(i) => std::process::ExitCode::from((i & 0xff) as u8),
            Value::PyBool(b) => std::process::ExitCode::from(u8::from(b.get())),
            other => {
                let s = self.str_of(&other).unwrap_or_default();
                eprintln!("{s}");
                std::process::ExitCode::from(1)
            }
        })
    }
}
