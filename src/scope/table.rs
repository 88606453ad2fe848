//! The symbol table's types: one `Scope` per block, symbols with their raw flags and resolved
//! scope, looked up by the span start of the node that opened the scope.

use std::collections::HashMap;

use crate::intern::Name;
use crate::syntax::ast::Span;

/// Index of a scope in `SymbolTable::scopes`; the module is always `ScopeId(0)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    ListComp,
    SetComp,
    DictComp,
    GenExpr,
}

impl ScopeKind {
    /// Comprehensions are function scopes in 3.11.
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }

    pub fn is_comprehension(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp | ScopeKind::SetComp | ScopeKind::DictComp | ScopeKind::GenExpr
        )
    }
}

/// Raw facts about a name in one scope (CPython's DEF_* flags).
pub mod flags {
    pub const DEF_GLOBAL: u16 = 1;
    pub const DEF_LOCAL: u16 = 1 << 1;
    pub const DEF_PARAM: u16 = 1 << 2;
    pub const DEF_NONLOCAL: u16 = 1 << 3;
    pub const USE: u16 = 1 << 4;
    pub const DEF_FREE_CLASS: u16 = 1 << 5;
    pub const DEF_IMPORT: u16 = 1 << 6;
    pub const DEF_ANNOT: u16 = 1 << 7;
    pub const DEF_COMP_ITER: u16 = 1 << 8;
    pub const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

/// Where a name lives at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolScope {
    /// A local of this scope (for module and class scopes: a name in their namespace).
    Local,
    /// A local that inner scopes capture.
    Cell,
    /// Captured from an enclosing function scope.
    Free,
    /// Declared `global`: resolved through the global chain.
    GlobalExplicit,
    /// Not bound anywhere enclosing: resolved through the global chain.
    GlobalImplicit,
}

#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: Name,
    pub flags: u16,
    pub scope: SymbolScope,
    /// Where the name was first seen (for error messages).
    pub span: Span,
    /// The first `global`/`nonlocal` statement naming it (CPython reports some errors there).
    pub directive: Option<Span>,
}

impl Symbol {
    pub fn is_param(&self) -> bool {
        self.flags & flags::DEF_PARAM != 0
    }
}

#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: Name,
    /// Span of the node that opened the scope (`def`, `class`, `lambda`, comprehension).
    pub span: Span,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Symbols in the order first seen; parameters first, in declaration order.
    pub symbols: Vec<Symbol>,
    pub(crate) index: HashMap<Name, usize>,
    /// Number of leading parameter symbols.
    pub param_count: usize,
    pub is_generator: bool,
    /// For a class: some method uses `super()` or `__class__`, so the class needs the implicit
    /// `__class__` cell.
    pub needs_class_cell: bool,
}

impl Scope {
    pub(crate) fn new(kind: ScopeKind, name: Name, span: Span, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name,
            span,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            param_count: 0,
            is_generator: false,
            needs_class_cell: false,
        }
    }

    pub fn lookup(&self, name: Name) -> Option<&Symbol> {
        self.index.get(&name).map(|&i| &self.symbols[i])
    }

    pub(crate) fn flags(&self, name: Name) -> u16 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// Adds `flag` to `name`, creating the symbol if needed.
    pub(crate) fn add(&mut self, name: Name, flag: u16, span: Span) {
        match self.index.get(&name) {
            Some(&i) => self.symbols[i].flags |= flag,
            None => {
                self.index.insert(name, self.symbols.len());
                self.symbols.push(Symbol {
                    name,
                    flags: flag,
                    scope: SymbolScope::GlobalImplicit,
                    span,
                    directive: None,
                });
            }
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub(crate) by_start: HashMap<(u32, u32), ScopeId>,
}

impl SymbolTable {
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    pub(crate) fn scope_mut(&mut self, id: ScopeId) -> &mut Scope {
        &mut self.scopes[id.0 as usize]
    }

    /// The scope opened by the node with this span (function, class, lambda, comprehension).
    pub fn scope_of(&self, span: Span) -> Option<ScopeId> {
        self.by_start.get(&(span.start, span.end)).copied()
    }

    pub fn module(&self) -> ScopeId {
        ScopeId(0)
    }
}
