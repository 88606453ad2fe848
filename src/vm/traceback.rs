//! What exception objects expose beyond their state: `__traceback__` as read-only traceback
//! objects (line numbers only: no frames or code objects exist in the sandbox, SANDBOX.md), and
//! the methods of `BaseException` (`with_traceback`, `add_note`).

use crate::runtime::errors::ExcKind;
use crate::runtime::value::{Args, Instance, PyDict, TracebackEntry, Value};

use super::unwind::exc_state;
use super::{Vm, VmResult};

impl Vm {
    /// `exc.__traceback__`: `None` before the exception was raised, else a chain of traceback
    /// objects from the outermost frame it passed through to the one that raised it. The
    /// objects are made on first read and kept: frames the exception passes through later
    /// get new objects in front of the existing chain, as in CPython.
    pub fn traceback_of(&mut self, exc: &Value) -> Value {
        let Some(st) = exc_state(exc) else {
            return Value::None;
        };
        let (entries, mut made) = {
            let st = st.borrow();
            let made = st.tb_objects.clone();
            (
                st.traceback[made.len().min(st.traceback.len())..].to_vec(),
                made,
            )
        };
        // Entries are recorded innermost first; the chain starts at the outermost.
        for entry in &entries {
            let next = made.last().cloned().unwrap_or(Value::None);
            let tb = self.traceback_object(entry, next);
            made.push(tb);
        }
        let head = made.last().cloned().unwrap_or(Value::None);
        st.borrow_mut().tb_objects = made;
        head
    }

    /// One traceback object: `tb_lineno`, `tb_next`. Its class is built-in, so the program
    /// can neither write its attributes nor reach a `__dict__`.
    fn traceback_object(&mut self, entry: &TracebackEntry, next: Value) -> Value {
        let dict = crate::runtime::gc::new(PyDict::new());
        dict.set_str("tb_lineno", Value::Int(line_of(entry)));
        dict.set_str("tb_next", next);
        Value::Instance(crate::runtime::gc::new(Instance {
            class: self.types.traceback.clone(),
            dict,
            exc: None,
            inner: None,
        }))
    }

    /// Methods every exception has (looked up after the instance dict and the class).
    pub fn exception_method(&mut self, obj: &Value, name: &str) -> Option<Value> {
        exc_state(obj)?;
        Some(match name {
            "with_traceback" => self.native_method(obj, "with_traceback", with_traceback),
            "add_note" => self.native_method(obj, "add_note", add_note),
            _ => return None,
        })
    }

    /// The lines `add_note` added, as the traceback printout shows them after the message.
    pub fn exception_notes(&mut self, exc: &Value) -> String {
        let Value::Instance(i) = exc else {
            return String::new();
        };
        let Some(Value::List(notes)) = i.dict.get_str("__notes__") else {
            return String::new();
        };
        let notes = notes.0.borrow().clone();
        let mut out = String::new();
        for n in notes {
            if let Value::Str(s) = &n {
                out += &s.s;
            } else {
                out += &self.str_of(&n).unwrap_or_default();
            }
            out.push('\n');
        }
        out
    }
}

fn line_of(entry: &TracebackEntry) -> i64 {
    let loc = entry.location();
    let text = &entry.code.source.text;
    crate::syntax::location::LineIndex::new(text).line_of(loc.start as usize) as i64
}

/// `exc.with_traceback(tb)`: returns the exception. `None` forgets the frames recorded so far;
/// a traceback object leaves them as they are (traceback objects cannot be spliced in krait).
fn with_traceback(vm: &mut Vm, bound: &Option<Value>, a: Args) -> VmResult {
    crate::builtins::args::exactly(vm, "with_traceback", &a, 1)?;
    let exc = bound.clone().unwrap_or(Value::None);
    match &a.pos[0] {
        Value::None => {
            if let Some(st) = exc_state(&exc) {
                let mut st = st.borrow_mut();
                st.traceback.clear();
                st.tb_objects.clear();
            }
        }
        Value::Instance(i) if std::rc::Rc::ptr_eq(&i.class, &vm.types.traceback) => {}
        _ => {
            return vm.err(
                ExcKind::TypeError,
                "__traceback__ must be a traceback or None",
            )
        }
    }
    Ok(exc)
}

/// `exc.add_note(note)`: appends to `exc.__notes__` (created on first use), as CPython 3.11.
fn add_note(vm: &mut Vm, bound: &Option<Value>, a: Args) -> VmResult {
    crate::builtins::args::exactly(vm, "add_note", &a, 1)?;
    let Some(Value::Instance(exc)) = bound else {
        return Ok(Value::None);
    };
    let note = a.pos[0].clone();
    if !matches!(crate::vm::subclass::unwrap(&note), Value::Str(_)) {
        let t = vm.types.name_of(&note);
        return vm.err(ExcKind::TypeError, format!("note must be a str, not '{t}'"));
    }
    match exc.dict.get_str("__notes__") {
        Some(Value::List(l)) => l.0.borrow_mut().push(note),
        Some(_) => {
            return vm.err(
                ExcKind::TypeError,
                "Cannot add note: __notes__ is not a list",
            )
        }
        None => exc.dict.set_str("__notes__", Value::list(vec![note])),
    }
    Ok(Value::None)
}
