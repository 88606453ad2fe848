//! `Code`: the immutable, thread-shareable output of the compiler and input of the VM —
//! instructions, constants, names, the location of every instruction and the exception table.

use std::sync::Arc;

use num_bigint::BigInt;

use super::opcode::Instr;

/// A constant as stored in code: plain data, `Send + Sync`; the VM turns it into a value once
/// per function object.
#[derive(Debug, Clone)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(Arc<BigInt>),
    Float(f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Const]>),
    Code(Arc<Code>),
}

/// Where an instruction came from: byte offsets into the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Location {
    pub start: u32,
    pub end: u32,
}

/// One row of the exception table: an exception raised by an instruction in `start..end`
/// unwinds the value stack to `depth` entries, pushes the exception and jumps to `target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
    Generator,
}

/// Source text and name of the file, shared by every code object of one compilation; tracebacks
/// print lines from it.
#[derive(Debug)]
pub struct Source {
    pub filename: Arc<str>,
    pub text: Arc<str>,
}

#[derive(Debug)]
pub struct Code {
    pub kind: CodeKind,
    /// `co_name` (function name, `<module>`, `<lambda>`, `<listcomp>` ...).
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub instrs: Box<[Instr]>,
    pub locations: Box<[Location]>,
    pub consts: Box<[Const]>,
    /// Global, attribute and imported names.
    pub names: Box<[Arc<str>]>,
    /// Local slots: parameters first (positional-only, positional, keyword-only, *args, **kw).
    pub varnames: Box<[Arc<str>]>,
    /// Locals captured by inner scopes (their cells come first in the deref slots).
    pub cellvars: Box<[Arc<str>]>,
    /// Variables captured from enclosing scopes (deref slots after the cells).
    pub freevars: Box<[Arc<str>]>,
    /// For each cell variable that is also a parameter: its local slot, copied in on entry.
    pub cell_params: Box<[(u32, u32)]>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub is_generator: bool,
    pub handlers: Box<[Handler]>,
    pub max_stack: u32,
    pub first_line: u32,
    pub source: Arc<Source>,
    pub docstring: Option<Arc<str>>,
}

impl Code {
    /// Number of deref slots (cells then free variables).
    pub fn nderefs(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    /// The handler covering instruction `pc`, innermost first (the table is ordered so).
    pub fn handler_for(&self, pc: u32) -> Option<&Handler> {
        self.handlers.iter().find(|h| h.start <= pc && pc < h.end)
    }

    pub fn filename(&self) -> &str {
        &self.source.filename
    }
}
