//! Scope analysis (CPython's symtable): classifies every name of every scope — module, class,
//! function, lambda, comprehension — as local, cell, free or global, honouring `global` and
//! `nonlocal`, and raises the compile-time errors CPython raises while doing so.
//!
//! Pass 1 (`collect.rs`) walks the AST and records raw facts per scope (assigned, parameter,
//! used, declared global/nonlocal). Pass 2 (`analyze.rs`) passes bound names down and free names
//! up, turning locals used by inner functions into cells.

mod analyze;
mod collect;
pub mod dump;
mod errors;
mod table;

pub use table::{Scope, ScopeId, ScopeKind, Symbol, SymbolScope, SymbolTable};

/// Private name mangling: inside class `C`, `__x` (not ending in `__`) means `_C__x`
/// (CPython's `_Py_Mangle`). `None` when the name is left alone.
pub fn mangle(class: Option<&str>, name: &str) -> Option<String> {
    let class = class?;
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{stripped}{name}"))
}

use crate::intern::Interner;
use crate::syntax::ast::Mod;
use crate::syntax::errors::ParseErr;

/// Builds the symbol table of a parsed module (or expression).
pub fn analyze(module: &Mod, interner: &mut Interner) -> Result<SymbolTable, ParseErr> {
    let (mut table, deferred) = collect::collect(module, interner)?;
    analyze::analyze(&mut table, interner)?;
    // Errors CPython's compiler raises come after every symbol-table error.
    match deferred {
        Some(e) => Err(e),
        None => Ok(table),
    }
}
