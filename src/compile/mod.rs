//! The bytecode compiler: AST + symbol table → `Code`. One `Unit` per code object being built;
//! nested functions, lambdas, comprehensions and class bodies push a new unit.

mod emitter;
mod expr;
mod stmt;

use std::collections::HashMap;
use std::sync::Arc;

use emitter::{Emitter, Label};

use crate::bytecode::{Code, CodeKind, Const, Instr, Source};
use crate::intern::{Interner, Name};
use crate::scope::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::syntax::ast::{Expr, ExprKind, Mod, Span};
use crate::syntax::errors::{ParseErr, SyntaxError};
use crate::syntax::{parse, Mode};

/// Compiles source text into a code object, as Python's `compile(source, filename, mode)`.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<Code>, SyntaxError> {
    let source = crate::syntax::source::strip_bom(source);
    let mut interner = Interner::new();
    let tree = parse(source, mode, filename, &mut interner)?;
    let table = crate::scope::analyze(&tree, &mut interner)
        .map_err(|e| e.into_syntax_error(source, filename))?;
    let src = Arc::new(Source {
        filename: filename.into(),
        text: source.into(),
    });
    let mut c = Compiler {
        table: &table,
        interner: &interner,
        source: src,
        units: Vec::new(),
        interactive: mode == Mode::Single,
    };
    c.module(&tree)
        .map_err(|e| e.into_syntax_error(source, filename))
}

type R<T = ()> = Result<T, ParseErr>;

/// Why control is inside a block, for `break`/`continue`/`return` to unwind through it.
enum FBlock<'a> {
    Loop {
        cont: Label,
        brk: Label,
        is_for: bool,
    },
    /// A `finally` body to run on the way out; `handlers` is how many exception handlers
    /// were active before the `try`, so the inlined body is not protected by its own handler.
    Finally {
        body: &'a [crate::syntax::ast::Stmt],
        handlers: usize,
    },
    /// Inside an `except` handler: the previous exception is on the stack; `name` is bound.
    Handler { name: Option<Name> },
    /// Inside a `with` body: the exit method is on the stack.
    With,
    /// Running a `finally` body on the exception path: the exception state is on the stack.
    FinallyExcept,
}

struct Unit<'a> {
    em: Emitter,
    scope: ScopeId,
    kind: CodeKind,
    name: Arc<str>,
    qualname: Arc<str>,
    varnames: Vec<Arc<str>>,
    locals: HashMap<Name, u32>,
    cellvars: Vec<Arc<str>>,
    freevars: Vec<Arc<str>>,
    derefs: HashMap<Name, u32>,
    cell_params: Vec<(u32, u32)>,
    fblocks: Vec<FBlock<'a>>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    varargs: bool,
    varkw: bool,
    docstring: Option<Arc<str>>,
    first_line_span: Span,
    /// The class whose private names are mangled in this unit.
    private: Option<Arc<str>>,
}

pub(crate) struct Compiler<'a> {
    table: &'a SymbolTable,
    interner: &'a Interner,
    source: Arc<Source>,
    units: Vec<Unit<'a>>,
    interactive: bool,
}

/// How a name is read or written in the current unit.
enum Access {
    Fast(u32),
    Deref(u32),
    ClassDeref(u32),
    Global(u32),
    Name(u32),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    fn em(&mut self) -> &mut Emitter {
        &mut self.unit().em
    }

    fn emit(&mut self, i: Instr) {
        self.em().emit(i);
    }

    fn text(&self, n: Name) -> &'a str {
        self.interner.lookup(n)
    }

    fn set_span(&mut self, span: Span) -> Span {
        std::mem::replace(&mut self.em().span, span)
    }

    fn load_const(&mut self, c: Const) {
        let k = self.em().add_const(c);
        self.emit(Instr::LoadConst(k));
    }

    /// Opens a unit for the scope opened at `span` (module: `None`).
    fn push_unit(&mut self, scope: ScopeId, kind: CodeKind, name: &str, span: Span) {
        let s = self.table.scope(scope);
        let qualname: Arc<str> = match self.units.last() {
            None => name.into(),
            Some(parent) if parent.kind == CodeKind::Module => name.into(),
            Some(parent) if parent.kind == CodeKind::Class => {
                format!("{}.{name}", parent.qualname).into()
            }
            Some(parent) => format!("{}.<locals>.{name}", parent.qualname).into(),
        };
        let function_like = s.kind.is_function_like();
        let mut varnames = Vec::new();
        let mut locals = HashMap::new();
        let mut cells: Vec<(Arc<str>, Name)> = Vec::new();
        let mut frees: Vec<(Arc<str>, Name)> = Vec::new();
        for sym in &s.symbols {
            let text: Arc<str> = self.interner.lookup(sym.name).into();
            match sym.scope {
                SymbolScope::Local if function_like => {
                    locals.insert(sym.name, varnames.len() as u32);
                    varnames.push(text);
                }
                SymbolScope::Cell => {
                    if sym.is_param() {
                        locals.insert(sym.name, varnames.len() as u32);
                        varnames.push(text.clone());
                    }
                    cells.push((text, sym.name));
                }
                SymbolScope::Free => frees.push((text, sym.name)),
                _ if sym.is_param() => {
                    locals.insert(sym.name, varnames.len() as u32);
                    varnames.push(text);
                }
                _ => {}
            }
        }
        if s.kind == ScopeKind::Class && s.needs_class_cell {
            let class_cell = self.interner.get("__class__");
            if let Some(n) = class_cell {
                cells.push(("__class__".into(), n));
            }
        }
        cells.sort_by(|a, b| a.0.cmp(&b.0));
        frees.sort_by(|a, b| a.0.cmp(&b.0));
        let mut derefs = HashMap::new();
        let mut cell_params = Vec::new();
        for (i, (_, n)) in cells.iter().chain(frees.iter()).enumerate() {
            derefs.insert(*n, i as u32);
            if let Some(&slot) = locals.get(n) {
                if i < cells.len() {
                    cell_params.push((slot, i as u32));
                }
            }
        }
        let private = if kind == CodeKind::Class {
            Some(Arc::from(name))
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let mut em = Emitter::new();
        em.span = span;
        self.units.push(Unit {
            em,
            scope,
            kind,
            name: name.into(),
            qualname,
            varnames,
            locals,
            cellvars: cells.into_iter().map(|c| c.0).collect(),
            freevars: frees.into_iter().map(|c| c.0).collect(),
            derefs,
            cell_params,
            fblocks: Vec::new(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
            docstring: None,
            first_line_span: span,
            private,
        });
    }

    fn pop_unit(&mut self) -> Arc<Code> {
        let u = self.units.pop().expect("pop_unit matches push_unit");
        let is_generator = self.table.scope(u.scope).is_generator;
        let first_line = crate::syntax::location::LineIndex::new(&self.source.text)
            .line_of(u.first_line_span.start as usize) as u32;
        let emitter::Assembled {
            instrs,
            locations,
            consts,
            names,
            handlers,
            max_stack,
        } = u.em.finish();
        Arc::new(Code {
            kind: if is_generator && u.kind != CodeKind::Module {
                CodeKind::Generator
            } else {
                u.kind
            },
            name: u.name,
            qualname: u.qualname,
            instrs: instrs.into(),
            locations: locations.into(),
            consts: consts.into(),
            names: names.into(),
            varnames: u.varnames.into(),
            cellvars: u.cellvars.into(),
            freevars: u.freevars.into(),
            cell_params: u.cell_params.into(),
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            has_varargs: u.varargs,
            has_varkw: u.varkw,
            is_generator,
            handlers: handlers.into(),
            max_stack,
            first_line,
            source: self.source.clone(),
            docstring: u.docstring,
        })
    }

    fn module(&mut self, tree: &'a Mod) -> R<Arc<Code>> {
        let module = self.table.module();
        self.push_unit(module, CodeKind::Module, "<module>", Span::default());
        match tree {
            Mod::Module(body) | Mod::Interactive(body) => {
                self.setup_annotations(body);
                self.body(body)?;
                self.load_const(Const::None);
                self.emit(Instr::Return);
            }
            Mod::Expression(e) => {
                self.expr(e)?;
                self.emit(Instr::Return);
            }
        }
        Ok(self.pop_unit())
    }

    /// How `name` is accessed in the current unit.
    fn access(&mut self, name: Name, ctx: Ctx) -> Access {
        let u = self.units.last().expect("unit open");
        let scope = self.table.scope(u.scope);
        let kind = scope.kind;
        let sym_scope = scope.lookup(name).map(|s| s.scope);
        if let Some(&slot) = u.derefs.get(&name) {
            if kind == ScopeKind::Class && ctx == Ctx::Load && sym_scope == Some(SymbolScope::Free)
            {
                return Access::ClassDeref(slot);
            }
            if kind != ScopeKind::Class || sym_scope != Some(SymbolScope::Local) {
                return Access::Deref(slot);
            }
        }
        let text = self.interner.lookup(name);
        match (kind.is_function_like(), sym_scope) {
            (true, Some(SymbolScope::Local)) | (true, None) if u.locals.contains_key(&name) => {
                Access::Fast(u.locals[&name])
            }
            (_, Some(SymbolScope::GlobalExplicit)) => Access::Global(self.em().add_name(text)),
            (true, _) => Access::Global(self.em().add_name(text)),
            (false, _) => Access::Name(self.em().add_name(text)),
        }
    }

    /// True if `e` is a name this function keeps in a fast local slot (which only this
    /// frame can rebind).
    pub(super) fn is_fast_local(&self, e: &Expr) -> bool {
        let ExprKind::Name { id, .. } = &e.kind else {
            return false;
        };
        let name = self.mangle_name(*id);
        let Some(u) = self.units.last() else {
            return false;
        };
        let scope = self.table.scope(u.scope);
        !u.derefs.contains_key(&name)
            && scope.kind.is_function_like()
            && matches!(
                scope.lookup(name).map(|s| s.scope),
                Some(SymbolScope::Local) | None
            )
            && u.locals.contains_key(&name)
    }

    /// A name as the symbol table knows it (private names mangled).
    fn mangle_name(&self, name: Name) -> Name {
        let private = self.units.last().and_then(|u| u.private.clone());
        crate::scope::mangle(private.as_deref(), self.interner.lookup(name))
            .and_then(|m| self.interner.get(&m))
            .unwrap_or(name)
    }

    /// An attribute name as written in the current class (private names mangled).
    fn attr_idx(&mut self, name: Name) -> u32 {
        let private = self.units.last().and_then(|u| u.private.clone());
        let text = self.text(name);
        match crate::scope::mangle(private.as_deref(), text) {
            Some(m) => self.em().add_name(&m),
            None => self.em().add_name(text),
        }
    }

    fn name_op(&mut self, name: Name, ctx: Ctx) {
        let name = self.mangle_name(name);
        let access = self.access(name, ctx);
        let instr = match (access, ctx) {
            (Access::Fast(s), Ctx::Load) => Instr::LoadFast(s),
            (Access::Fast(s), Ctx::Store) => Instr::StoreFast(s),
            (Access::Fast(s), Ctx::Del) => Instr::DeleteFast(s),
            (Access::Deref(s), Ctx::Load) => Instr::LoadDeref(s),
            (Access::Deref(s) | Access::ClassDeref(s), Ctx::Store) => Instr::StoreDeref(s),
            (Access::Deref(s) | Access::ClassDeref(s), Ctx::Del) => Instr::DeleteDeref(s),
            (Access::ClassDeref(s), Ctx::Load) => Instr::LoadClassDeref(s),
            (Access::Global(n), Ctx::Load) => Instr::LoadGlobal(n),
            (Access::Global(n), Ctx::Store) => Instr::StoreGlobal(n),
            (Access::Global(n), Ctx::Del) => Instr::DeleteGlobal(n),
            (Access::Name(n), Ctx::Load) => Instr::LoadName(n),
            (Access::Name(n), Ctx::Store) => Instr::StoreName(n),
            (Access::Name(n), Ctx::Del) => Instr::DeleteName(n),
        };
        self.emit(instr);
    }

    /// Pushes the cells a nested code object closes over, in its `freevars` order.
    fn load_closure(&mut self, child: &Code, child_scope: ScopeId) -> bool {
        if child.freevars.is_empty() {
            return false;
        }
        let child_syms = self.table.scope(child_scope);
        for fv in child.freevars.iter() {
            let name = child_syms
                .symbols
                .iter()
                .map(|s| s.name)
                .find(|n| self.interner.lookup(*n) == &**fv)
                .or_else(|| self.interner.get(fv));
            let slot = name.and_then(|n| self.units.last().and_then(|u| u.derefs.get(&n).copied()));
            self.emit(Instr::LoadClosure(slot.unwrap_or(0)));
        }
        self.emit(Instr::BuildTuple(child.freevars.len() as u32));
        true
    }

    fn name_idx(&mut self, n: Name) -> u32 {
        let text = self.text(n);
        self.em().add_name(text)
    }

    fn new_label(&mut self) -> Label {
        self.em().new_label()
    }

    fn place(&mut self, l: Label) {
        self.em().place(l);
    }

    fn jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.em().jump(make, l);
    }
}
