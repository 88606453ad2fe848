//! A frame: one activation of a code object. Its locals and value stack live in the VM's shared
//! stack from `base` on while it runs; a suspended generator keeps them in `saved`.

use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::Code;
use crate::runtime::namespace::Globals;
use crate::runtime::value::{Cells, CodeValue, PyDict, Value};

pub struct Frame {
    /// The code with its constants and names materialised (one refcount per call, not three).
    pub cv: Rc<CodeValue>,
    pub globals: Rc<Globals>,
    /// The namespace Name instructions use: the module's scratch layer or a class body's dict.
    pub locals_ns: Option<Rc<PyDict>>,
    pub cells: Cells,
    pub pc: u32,
    /// Where this frame's locals start in the VM stack.
    pub base: usize,
    /// The stack height to restore when the frame returns (below the callable and arguments).
    pub return_sp: usize,
    /// Locals and stack of a suspended generator.
    pub saved: Vec<Value>,
    /// True if this frame belongs to a generator (returning ends it with StopIteration).
    pub is_generator: bool,
    /// The exception being handled when the frame was entered (restored on exit).
    pub entry_exc: Option<Value>,
}

impl Frame {
    pub fn code(&self) -> &Arc<Code> {
        &self.cv.code
    }

    pub fn nlocals(&self) -> usize {
        self.cv.code.varnames.len()
    }
}
