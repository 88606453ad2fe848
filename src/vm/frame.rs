//! A frame: one activation of a code object. Its locals and value stack live in the VM's shared
//! stack from `base` on while it runs; a suspended generator keeps them in `saved`.

use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::Code;
use crate::runtime::namespace::Globals;
use crate::runtime::value::{Cells, CodeValue, Function, PyDict, Value};

pub struct Frame {
    /// The function running, which gives the code, the globals and the closure: one reference
    /// per call. A call moves it here from the callee's stack slot. Module code runs in a
    /// function made for the run (`Function::for_module`).
    pub func: Rc<Function>,
    /// The namespace Name instructions use: the module's scratch layer or a class body's dict.
    pub locals_ns: Option<Rc<PyDict>>,
    /// The frame's own cell list (its cell variables, then the closure) when it has cell
    /// variables or is a generator; otherwise the function's closure serves.
    pub own_cells: Option<Cells>,
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
    #[inline(always)]
    pub fn cv(&self) -> &Rc<CodeValue> {
        &self.func.code
    }

    pub fn code(&self) -> &Arc<Code> {
        &self.func.code.code
    }

    #[inline(always)]
    pub fn globals(&self) -> &Rc<Globals> {
        &self.func.globals
    }

    #[inline(always)]
    pub fn cells(&self) -> &Cells {
        self.own_cells.as_ref().unwrap_or(&self.func.closure)
    }

    pub fn nlocals(&self) -> usize {
        self.func.code.code.varnames.len()
    }
}
