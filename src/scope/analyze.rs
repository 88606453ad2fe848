//! Pass 2: resolves every symbol to local, cell, free or global. Bound names flow down from
//! function scopes to their children (never from class scopes), free names flow up; a local
//! that a child uses freely becomes a cell. This is CPython's analyze_block, step for step.

use std::collections::HashSet;

use super::errors;
use super::table::{flags::*, ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::intern::{Interner, Name};
use crate::syntax::errors::ParseErr;

type Names = HashSet<Name>;

pub(super) fn analyze(table: &mut SymbolTable, interner: &mut Interner) -> Result<(), ParseErr> {
    let class_cell = interner.intern("__class__");
    let mut free = Names::new();
    let mut global = Names::new();
    let mut a = Analyzer {
        table,
        interner,
        class_cell,
    };
    a.block(ScopeId(0), None, &mut free, &mut global)
}

struct Analyzer<'a> {
    table: &'a mut SymbolTable,
    interner: &'a Interner,
    class_cell: Name,
}

impl Analyzer<'_> {
    /// `bound` is `None` only for the module (names bound in enclosing function scopes
    /// otherwise); `free` collects this block's free names for the parent; `global` holds the
    /// names declared global above.
    fn block(
        &mut self,
        id: ScopeId,
        bound: Option<&mut Names>,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<(), ParseErr> {
        crate::stack::deep(|| self.block_inner(id, bound, free, global))
    }

    fn block_inner(
        &mut self,
        id: ScopeId,
        mut bound: Option<&mut Names>,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<(), ParseErr> {
        let kind = self.table.scope(id).kind;
        let mut local = Names::new();
        let mut new_global = Names::new();
        let mut new_bound = Names::new();
        let mut new_free = Names::new();
        if kind == ScopeKind::Class {
            // A class namespace is invisible to nested functions: pass down what came in.
            new_global.extend(global.iter().copied());
            if let Some(b) = bound.as_deref() {
                new_bound.extend(b.iter().copied());
            }
        }
        let count = self.table.scope(id).symbols.len();
        for i in 0..count {
            let (name, flags) = {
                let s = &self.table.scope(id).symbols[i];
                (s.name, s.flags)
            };
            let scope = self.name(
                id,
                name,
                flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
            )?;
            self.table.scope_mut(id).symbols[i].scope = scope;
        }
        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                new_bound.extend(local.iter().copied());
            }
            if let Some(b) = bound.as_deref() {
                new_bound.extend(b.iter().copied());
            }
            new_global.extend(global.iter().copied());
        } else {
            new_bound.insert(self.class_cell);
        }
        let children = self.table.scope(id).children.clone();
        let mut all_free = Names::new();
        for child in children {
            let mut child_bound = new_bound.clone();
            let mut child_free = new_free.clone();
            let mut child_global = new_global.clone();
            self.block(
                child,
                Some(&mut child_bound),
                &mut child_free,
                &mut child_global,
            )?;
            all_free.extend(child_free);
        }
        new_free.extend(all_free);
        if kind.is_function_like() {
            self.cells(id, &mut new_free);
        } else if kind == ScopeKind::Class && new_free.remove(&self.class_cell) {
            self.table.scope_mut(id).needs_class_cell = true;
        }
        self.record_free(id, bound.as_deref(), &new_free, kind == ScopeKind::Class);
        free.extend(new_free);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn name(
        &self,
        id: ScopeId,
        name: Name,
        flags: u16,
        bound: Option<&mut Names>,
        local: &mut Names,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<SymbolScope, ParseErr> {
        let text = || self.interner.lookup(name).to_string();
        let directive = || {
            let s = self.table.scope(id);
            s.lookup(name)
                .and_then(|sym| sym.directive)
                .unwrap_or(s.span)
        };
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(errors::nonlocal_and_global(&text(), directive()));
            }
            global.insert(name);
            if let Some(b) = bound {
                b.remove(&name);
            }
            return Ok(SymbolScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            match bound {
                None => return Err(errors::nonlocal_at_module_level(directive())),
                Some(b) if !b.contains(&name) => {
                    return Err(errors::no_binding_for_nonlocal(&text(), directive()))
                }
                Some(_) => {}
            }
            free.insert(name);
            return Ok(SymbolScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name);
            global.remove(&name);
            return Ok(SymbolScope::Local);
        }
        if bound.is_some_and(|b| b.contains(&name)) {
            free.insert(name);
            return Ok(SymbolScope::Free);
        }
        Ok(SymbolScope::GlobalImplicit)
    }

    /// Locals that children use freely become cells; they are no longer free above.
    fn cells(&mut self, id: ScopeId, free: &mut Names) {
        for sym in &mut self.table.scope_mut(id).symbols {
            if sym.scope == SymbolScope::Local && free.remove(&sym.name) {
                sym.scope = SymbolScope::Cell;
            }
        }
    }

    /// Free names of children that this scope does not define pass through it as free
    /// symbols (so a closure can hand them down), unless they are globals.
    fn record_free(&mut self, id: ScopeId, bound: Option<&Names>, free: &Names, class: bool) {
        let mut names: Vec<Name> = free.iter().copied().collect();
        // Deterministic order for the symbols this adds.
        names.sort_by(|a, b| self.interner.lookup(*a).cmp(self.interner.lookup(*b)));
        let span = self.table.scope(id).span;
        for name in names {
            let scope = self.table.scope_mut(id);
            if let Some(&i) = scope.index.get(&name) {
                let sym = &mut scope.symbols[i];
                if class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(&name)) {
                continue;
            }
            scope.add(name, 0, span);
            let i = scope.symbols.len() - 1;
            scope.symbols[i].scope = SymbolScope::Free;
        }
    }
}
