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

/// The call stack. Slots are kept when frames return and reused by later calls, so a call
/// writes its frame's fields in place: building a whole `Frame` and moving it into a vector
/// copied it through memory in wide loads that missed store forwarding, on every call.
pub struct FrameStack {
    slots: Vec<Frame>,
    len: usize,
    /// What a free slot holds instead of a function (a function of no code, shared). Without
    /// one, slots are not kept: the stack is a plain vector.
    idle: Option<Rc<Function>>,
}

impl FrameStack {
    pub fn new(idle: Option<Rc<Function>>) -> FrameStack {
        FrameStack {
            slots: Vec::new(),
            len: 0,
            idle,
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn idle_frame(idle: &Rc<Function>) -> Frame {
        Frame {
            func: idle.clone(),
            locals_ns: None,
            own_cells: None,
            pc: 0,
            base: 0,
            return_sp: 0,
            saved: Vec::new(),
            is_generator: false,
            entry_exc: None,
        }
    }

    pub fn push(&mut self, frame: Frame) {
        match self.slots.get_mut(self.len) {
            Some(slot) => *slot = frame,
            None => self.slots.push(frame),
        }
        self.len += 1;
    }

    /// Sets the idle function; only while no frame runs (slots are then all free).
    pub fn set_idle(&mut self, idle: Rc<Function>) {
        if self.len == 0 {
            self.slots.clear();
            self.idle = Some(idle);
        }
    }

    /// Pushes the frame of a plain call (no namespace, no cells of its own, not a generator),
    /// writing into a free slot when there is one.
    #[inline(always)]
    pub fn push_call(
        &mut self,
        func: Rc<Function>,
        base: usize,
        return_sp: usize,
        entry_exc: Option<Value>,
    ) {
        match self.slots.get_mut(self.len) {
            // A free slot holds only the idle function (see `pop_call`).
            Some(slot) if self.idle.is_some() => {
                let idle = std::mem::replace(&mut slot.func, func);
                slot.pc = 0;
                slot.base = base;
                slot.return_sp = return_sp;
                slot.entry_exc = entry_exc;
                drop(idle);
            }
            _ => self.slots.push(Frame {
                func,
                locals_ns: None,
                own_cells: None,
                pc: 0,
                base,
                return_sp,
                saved: Vec::new(),
                is_generator: false,
                entry_exc,
            }),
        }
        self.len += 1;
    }

    /// Removes the top frame, leaving its slot free: gives what the caller must drop or
    /// restore (the frame's function and its other references go with `Popped`).
    #[inline(always)]
    pub fn pop_call(&mut self) -> Option<Popped> {
        let n = self.len.checked_sub(1)?;
        let Some(idle) = &self.idle else {
            let f = self.slots.pop()?;
            self.len = n;
            return Some(Popped {
                sp: f.return_sp.min(f.base),
                is_generator: f.is_generator,
                entry_exc: f.entry_exc,
                func: f.func,
                rest: Some((f.locals_ns, f.own_cells, f.saved)),
            });
        };
        let slot = self.slots.get_mut(n)?;
        self.len = n;
        let func = std::mem::replace(&mut slot.func, idle.clone());
        let popped = Popped {
            sp: slot.return_sp.min(slot.base),
            is_generator: std::mem::take(&mut slot.is_generator),
            entry_exc: slot.entry_exc.take(),
            func,
            rest: if slot.locals_ns.is_some()
                || slot.own_cells.is_some()
                || slot.saved.capacity() > 0
            {
                Some((
                    slot.locals_ns.take(),
                    slot.own_cells.take(),
                    std::mem::take(&mut slot.saved),
                ))
            } else {
                None
            },
        };
        Some(popped)
    }

    /// Moves the top frame out (a generator suspending).
    pub fn pop(&mut self) -> Option<Frame> {
        let n = self.len.checked_sub(1)?;
        let Some(idle) = &self.idle else {
            self.len = n;
            return self.slots.pop();
        };
        let idle = Self::idle_frame(idle);
        let frame = std::mem::replace(self.slots.get_mut(n)?, idle);
        self.len = n;
        Some(frame)
    }

    pub fn truncate(&mut self, n: usize) {
        while self.len > n {
            drop(self.pop());
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    pub fn last(&self) -> Option<&Frame> {
        self.slots[..self.len].last()
    }

    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        self.slots[..self.len].last_mut()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Frame> {
        self.slots[..self.len].iter()
    }
}

impl std::ops::Index<usize> for FrameStack {
    type Output = Frame;

    #[inline(always)]
    fn index(&self, i: usize) -> &Frame {
        &self.slots[..self.len][i]
    }
}

impl std::ops::IndexMut<usize> for FrameStack {
    #[inline(always)]
    fn index_mut(&mut self, i: usize) -> &mut Frame {
        &mut self.slots[..self.len][i]
    }
}

impl<'a> IntoIterator for &'a FrameStack {
    type Item = &'a Frame;
    type IntoIter = std::slice::Iter<'a, Frame>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// What `FrameStack::pop_call` hands back.
pub struct Popped {
    /// The stack height to cut back to.
    pub sp: usize,
    pub is_generator: bool,
    pub entry_exc: Option<Value>,
    pub func: Rc<Function>,
    /// The frame's namespace, own cells and saved stack, when it had any.
    pub rest: Option<FrameRest>,
}

/// A returning frame's namespace, own cells and saved stack.
pub type FrameRest = (Option<Rc<PyDict>>, Option<Cells>, Vec<Value>);
