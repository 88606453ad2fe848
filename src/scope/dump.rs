//! `krait scope`: each scope with its symbols, in the same text form as
//! `tests/tools/cpython_symtable.py` prints for CPython's `symtable` module.

use std::fmt::Write;

use super::table::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::intern::Interner;
use crate::syntax::location::LineIndex;

pub fn dump(table: &SymbolTable, source: &str, interner: &Interner) -> String {
    let mut out = String::new();
    let index = LineIndex::new(source);
    scope(&mut out, table, ScopeId(0), 0, &index, interner);
    out
}

fn scope(
    out: &mut String,
    table: &SymbolTable,
    id: ScopeId,
    level: usize,
    index: &LineIndex,
    interner: &Interner,
) {
    let s = table.scope(id);
    let kind = match s.kind {
        ScopeKind::Module => "module",
        ScopeKind::Class => "class",
        _ => "function",
    };
    let pad = "  ".repeat(level);
    let line = if s.kind == ScopeKind::Module {
        0
    } else {
        index.line_of(s.span.start as usize)
    };
    let _ = writeln!(out, "{pad}{kind} {} line {line}", interner.lookup(s.name));
    let mut symbols: Vec<_> = s.symbols.iter().collect();
    symbols.sort_by(|a, b| interner.lookup(a.name).cmp(interner.lookup(b.name)));
    for sym in symbols {
        let scope = match sym.scope {
            SymbolScope::Local => "local",
            SymbolScope::Cell => "cell",
            SymbolScope::Free => "free",
            SymbolScope::GlobalExplicit => "global_explicit",
            SymbolScope::GlobalImplicit => "global_implicit",
        };
        let param = if sym.is_param() { " param" } else { "" };
        let _ = writeln!(out, "{pad}  {}: {scope}{param}", interner.lookup(sym.name));
    }
    for &child in &s.children {
        scope(out, table, child, level + 1, index, interner);
    }
}
