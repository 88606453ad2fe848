//! Compiled snippets: `Mode`, `Code` and `compile`.

use std::sync::Arc;

use super::error::Error;
use crate::bytecode;

/// How source text is compiled, as the `mode` argument of Python's `compile()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// One expression; running it produces its value.
    Eval,
    /// A sequence of statements (a module body); running it produces `None`.
    Exec,
    /// One interactive statement: expression statements print their repr, as the REPL does.
    Single,
}

/// A compiled snippet. Immutable, cheap to clone (an `Arc`), `Send + Sync`: compile once,
/// cache it, and run it from any thread against any [`Namespace`](super::Namespace).
#[derive(Clone)]
pub struct Code {
    pub(crate) inner: Arc<bytecode::Code>,
    mode: Mode,
}

impl Code {
    /// The mode this code was compiled in.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The filename given to [`compile`]; tracebacks name it.
    pub fn filename(&self) -> &str {
        self.inner.filename()
    }

    /// The bytecode, as `krait dis` prints it.
    pub fn disassemble(&self) -> String {
        bytecode::dis::dis(&self.inner)
    }
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<code object <module>, file \"{}\">", self.filename())
    }
}

/// Compiles `source` as Python's `compile(source, filename, mode)` does. Fails only with an
/// error of kind [`ErrorKind::Syntax`](super::ErrorKind::Syntax).
///
/// ```
/// let code = krait::compile("1 + 2", "<expr>", krait::Mode::Eval)?;
/// let mut ns = krait::Namespace::new();
/// assert_eq!(krait::eval(&code, &mut ns)?.extract::<i64>()?, 3);
/// # Ok::<(), krait::Error>(())
/// ```
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Code, Error> {
    let syntax_mode = match mode {
        Mode::Eval => crate::syntax::Mode::Eval,
        Mode::Exec => crate::syntax::Mode::Module,
        Mode::Single => crate::syntax::Mode::Single,
    };
    // `eval()` of CPython ignores leading blanks of an expression; so do we.
    let source = match mode {
        Mode::Eval => source.trim_start_matches([' ', '\t']),
        _ => source,
    };
    let inner = crate::compile::compile(source, filename, syntax_mode)?;
    Ok(Code { inner, mode })
}
