//! The one error type of the embedding API: a syntax error, a Python exception that escaped
//! the snippet (with its traceback), or a limit the run exceeded.

use std::fmt;

use crate::runtime::errors::ExcKind;
use crate::runtime::value::{TracebackEntry, Value};
use crate::syntax::errors::SyntaxError;
use crate::syntax::location::LineIndex;
use crate::vm::limits::{LimitError, LimitKind};
use crate::vm::unwind::exc_state;
use crate::vm::{Unwind, Vm};

/// What went wrong, without the details (see [`Error::kind`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The source did not compile (`SyntaxError`, `IndentationError`, `TabError`).
    Syntax,
    /// A Python exception escaped the run, or a value could not be converted.
    Exception,
    /// The run exceeded one of its [`Limits`](crate::Limits) (or was cancelled); guest code
    /// cannot catch these.
    Limit,
}

/// One line of a traceback, innermost last in [`Exception::frames`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The filename the code was compiled with (`"<string>"`, `"<dynamic_power_calc>"` ...).
    pub filename: String,
    /// 1-based line number.
    pub line: usize,
    /// 1-based character column where the failing expression starts.
    pub column: usize,
    /// The function's name, `<module>` for top-level code.
    pub function: String,
}

/// A Python exception that reached the host.
#[derive(Debug, Clone, PartialEq)]
pub struct Exception {
    /// The exception class's name (`"ZeroDivisionError"`).
    pub type_name: String,
    /// `str(exc)`.
    pub message: String,
    /// The traceback, outermost call first (as CPython prints it).
    pub frames: Vec<Frame>,
    /// The whole traceback text as CPython prints it (chained exceptions included).
    pub rendered: String,
}

/// A limit the run exceeded: which one, its configured value, and the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitExceeded {
    /// Which limit.
    pub kind: LimitKind,
    /// Its configured value (milliseconds for time, bytes for memory and output, elements or
    /// bytes for size, bits for ints; 0 for a cancellation).
    pub limit: u64,
    /// `"time limit exceeded (max_time = 2s)"` ...
    pub message: String,
}

impl From<LimitError> for LimitExceeded {
    fn from(e: LimitError) -> LimitExceeded {
        LimitExceeded {
            kind: e.kind,
            limit: e.limit,
            message: e.to_string(),
        }
    }
}

/// The error type of every fallible call in the embedding API.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The source did not compile.
    Syntax(SyntaxError),
    /// A Python exception (raised by the snippet, by a host function, or by a conversion).
    Exception(Exception),
    /// A limit was exceeded: the run stopped, and guest code could not catch it.
    Limit(LimitExceeded),
}

impl Error {
    /// Which of the three kinds this is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Syntax(_) => ErrorKind::Syntax,
            Error::Exception(_) => ErrorKind::Exception,
            Error::Limit(_) => ErrorKind::Limit,
        }
    }

    /// A Python exception to raise from a host function: `type_name` is a built-in exception
    /// class (`"ValueError"`, `"KeyError"` ...); an unknown name raises `RuntimeError`.
    pub fn exception(type_name: &str, message: impl Into<String>) -> Error {
        let type_name = exc_kind(type_name).unwrap_or(ExcKind::RuntimeError).name();
        let message = message.into();
        let rendered = render_message(type_name, &message);
        Error::Exception(Exception {
            type_name: type_name.to_string(),
            message,
            frames: Vec::new(),
            rendered,
        })
    }

    /// Shorthand for `Error::exception("TypeError", message)`.
    pub fn type_error(message: impl Into<String>) -> Error {
        Error::exception("TypeError", message)
    }

    /// Shorthand for `Error::exception("ValueError", message)`.
    pub fn value_error(message: impl Into<String>) -> Error {
        Error::exception("ValueError", message)
    }

    /// The limit details, if a limit ended the run.
    pub fn as_limit(&self) -> Option<&LimitExceeded> {
        match self {
            Error::Limit(l) => Some(l),
            _ => None,
        }
    }

    /// The exception details, if this is a Python exception.
    pub fn as_exception(&self) -> Option<&Exception> {
        match self {
            Error::Exception(e) => Some(e),
            _ => None,
        }
    }

    /// The exception class name for exceptions, `"SyntaxError"` (or its subclass) for syntax
    /// errors, `"LimitError"` for limits.
    pub fn type_name(&self) -> &str {
        match self {
            Error::Syntax(e) => e.kind.name(),
            Error::Exception(e) => &e.type_name,
            Error::Limit(_) => "LimitError",
        }
    }

    /// The message without location: `str(exc)` for exceptions.
    pub fn message(&self) -> &str {
        match self {
            Error::Syntax(e) => &e.msg,
            Error::Exception(e) => &e.message,
            Error::Limit(l) => &l.message,
        }
    }

    /// The traceback frames (empty for syntax and limit errors).
    pub fn frames(&self) -> &[Frame] {
        match self {
            Error::Exception(e) => &e.frames,
            _ => &[],
        }
    }

    /// Turns this error into what the VM raises when a host function fails.
    pub(crate) fn into_unwind(self, vm: &mut Vm) -> Unwind {
        match self {
            Error::Limit(l) => Unwind::Limit(LimitError::new(l.kind, l.limit)),
            Error::Syntax(e) => Unwind::Exc(vm.new_exception(ExcKind::SyntaxError, &e.msg)),
            Error::Exception(e) => {
                let kind = exc_kind(&e.type_name).unwrap_or(ExcKind::RuntimeError);
                Unwind::Exc(vm.new_exception(kind, &e.message))
            }
        }
    }

    /// Captures what the VM reported when a run stopped.
    pub(crate) fn from_unwind(vm: &mut Vm, u: Unwind) -> Error {
        match u {
            Unwind::Limit(l) => Error::Limit(l.into()),
            Unwind::Exc(exc) => Error::Exception(capture(vm, &exc)),
        }
    }
}

/// The built-in exception class called `name`.
fn exc_kind(name: &str) -> Option<ExcKind> {
    ExcKind::ALL.iter().copied().find(|k| k.name() == name)
}

fn render_message(type_name: &str, message: &str) -> String {
    if message.is_empty() {
        type_name.to_string()
    } else {
        format!("{type_name}: {message}")
    }
}

fn capture(vm: &mut Vm, exc: &Value) -> Exception {
    let type_name = vm.types.of(exc).qualname.borrow().s.as_str().to_owned();
    let message = vm.str_of(exc).unwrap_or_default();
    let entries: Vec<TracebackEntry> = exc_state(exc)
        .map(|st| st.borrow().traceback.clone())
        .unwrap_or_default();
    // The VM records entries innermost first; CPython prints (and we list) outermost first.
    let frames = entries.iter().rev().map(frame_of).collect();
    let rendered = vm.format_exception(exc).trim_end().to_string();
    Exception {
        type_name,
        message,
        frames,
        rendered,
    }
}

fn frame_of(entry: &TracebackEntry) -> Frame {
    let code = &entry.code;
    let loc = entry.location();
    let text = &code.source.text;
    let index = LineIndex::new(text);
    let (line, column) = index.char_position(text, (loc.start as usize).min(text.len()));
    Frame {
        filename: code.filename().to_string(),
        line,
        column,
        function: code.name.to_string(),
    }
}

impl fmt::Display for Error {
    /// Prints as CPython would: the traceback and the last line, the syntax error with its
    /// caret, or `LimitError: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Syntax(e) => write!(f, "{e}"),
            Error::Exception(e) => f.write_str(&e.rendered),
            Error::Limit(l) => write!(f, "LimitError: {}", l.message),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Syntax(e) => Some(e),
            _ => None,
        }
    }
}

impl From<SyntaxError> for Error {
    fn from(e: SyntaxError) -> Error {
        Error::Syntax(e)
    }
}
