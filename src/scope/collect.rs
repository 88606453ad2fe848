//! Pass 1: walks the AST, opening a scope for every module, class, function, lambda and
//! comprehension, and records what each name does there (assigned, parameter, used, declared
//! global or nonlocal). Visiting order follows CPython's symtable.c, so scopes are created in
//! the same order and errors are found at the same place.

use super::errors::{self, Late};
use super::table::{flags::*, Scope, ScopeId, ScopeKind, SymbolTable};
use crate::intern::{Interner, Name};
use crate::syntax::ast::*;
use crate::syntax::errors::ParseErr;

/// Names the pass needs to recognise or create.
pub(super) struct Known {
    pub class_cell: Name,
    pub super_: Name,
    pub debug: Name,
    pub dot0: Name,
    top: Name,
    lambda: Name,
    listcomp: Name,
    setcomp: Name,
    dictcomp: Name,
    genexpr: Name,
}

impl Known {
    pub fn new(interner: &mut Interner) -> Known {
        Known {
            class_cell: interner.intern("__class__"),
            super_: interner.intern("super"),
            debug: interner.intern("__debug__"),
            dot0: interner.intern(".0"),
            top: interner.intern("top"),
            lambda: interner.intern("lambda"),
            listcomp: interner.intern("listcomp"),
            setcomp: interner.intern("setcomp"),
            dictcomp: interner.intern("dictcomp"),
            genexpr: interner.intern("genexpr"),
        }
    }
}

struct Collector<'a> {
    table: SymbolTable,
    cur: ScopeId,
    known: Known,
    interner: &'a mut Interner,
    /// The class whose private names (`__x`) are mangled here, innermost first.
    private: Vec<Option<String>>,
    /// Enclosing loops in the current function (break/continue checks).
    loops: u32,
    /// Inside a comprehension's iterable expression (walrus is refused there).
    comp_iter_expr: u32,
    /// Visiting a comprehension's target: names get DEF_COMP_ITER.
    comp_iter_target: bool,
    /// The first error CPython's compiler (not its symbol table) would raise; reported only if
    /// the symbol table itself is error-free, as in CPython.
    deferred: Option<ParseErr>,
}

/// Collects raw facts. Returns the table and any deferred compiler-stage error.
pub(super) fn collect(
    module: &Mod,
    interner: &mut Interner,
) -> Result<(SymbolTable, Option<ParseErr>), ParseErr> {
    let known = Known::new(interner);
    let mut table = SymbolTable::default();
    table.scopes.push(Scope::new(
        ScopeKind::Module,
        known.top,
        Span::default(),
        None,
    ));
    let mut c = Collector {
        table,
        cur: ScopeId(0),
        known,
        interner,
        private: vec![None],
        loops: 0,
        comp_iter_expr: 0,
        comp_iter_target: false,
        deferred: None,
    };
    match module {
        Mod::Module(body) | Mod::Interactive(body) => c.stmts(body)?,
        Mod::Expression(e) => c.expr(e)?,
    }
    Ok((c.table, c.deferred))
}

type R = Result<(), ParseErr>;

/// The enclosing scope's state, restored when a nested scope closes.
struct Saved {
    scope: ScopeId,
    loops: u32,
    comp_iter_expr: u32,
    comp_iter_target: bool,
}

impl Collector<'_> {
    fn scope(&mut self) -> &mut Scope {
        self.table.scope_mut(self.cur)
    }

    fn text(&self, name: Name) -> String {
        self.interner.lookup(name).to_string()
    }

    fn defer(&mut self, e: ParseErr) {
        if self.deferred.is_none() {
            self.deferred = Some(e);
        }
    }

    fn add(&mut self, name: Name, flag: u16, span: Span) {
        let name = self.mangled(name);
        self.scope().add(name, flag, span);
    }

    /// The name as the symbol table records it (private names mangled).
    fn mangled(&mut self, name: Name) -> Name {
        let class = self.private.last().cloned().flatten();
        match super::mangle(class.as_deref(), self.interner.lookup(name)) {
            Some(m) => self.interner.intern(&m),
            None => name,
        }
    }

    /// Opens a scope; per-scope state (loop depth, comprehension flags) starts afresh.
    fn enter(&mut self, kind: ScopeKind, name: Name, span: Span) -> Saved {
        let id = ScopeId(self.table.scopes.len() as u32);
        self.table
            .scopes
            .push(Scope::new(kind, name, span, Some(self.cur)));
        self.table.scope_mut(self.cur).children.push(id);
        self.table.by_start.insert((span.start, span.end), id);
        let private = if kind == ScopeKind::Class {
            Some(self.interner.lookup(name).to_string())
        } else {
            self.private.last().cloned().flatten()
        };
        self.private.push(private);
        let saved = Saved {
            scope: self.cur,
            loops: self.loops,
            comp_iter_expr: self.comp_iter_expr,
            comp_iter_target: self.comp_iter_target,
        };
        self.cur = id;
        self.loops = 0;
        self.comp_iter_expr = 0;
        self.comp_iter_target = false;
        saved
    }

    /// Runs `body` in a new scope, leaving it on every path: an error returned from inside
    /// must not leave the enclosing scope's counters (`loops`) behind.
    fn scoped(
        &mut self,
        kind: ScopeKind,
        name: Name,
        span: Span,
        body: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let saved = self.enter(kind, name, span);
        let r = body(self);
        self.exit(saved);
        r
    }

    fn exit(&mut self, saved: Saved) {
        self.private.pop();
        self.cur = saved.scope;
        self.loops = saved.loops;
        self.comp_iter_expr = saved.comp_iter_expr;
        self.comp_iter_target = saved.comp_iter_target;
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        crate::stack::deep(|| self.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add(f.name.name, DEF_LOCAL, f.name.span);
                self.exprs(&f.args.defaults)?;
                self.opt_exprs(&f.args.kw_defaults)?;
                self.annotations(&f.args, f.returns.as_ref())?;
                self.exprs(&f.decorator_list)?;
                self.scoped(ScopeKind::Function, f.name.name, s.span, |this| {
                    this.params(&f.args, s.span)?;
                    this.stmts(&f.body)
                })?;
            }
            StmtKind::ClassDef(c) => {
                self.add(c.name.name, DEF_LOCAL, c.name.span);
                self.exprs_allow_star(&c.bases)?;
                self.keywords(&c.keywords)?;
                self.exprs(&c.decorator_list)?;
                self.scoped(ScopeKind::Class, c.name.name, s.span, |this| {
                    this.stmts(&c.body)
                })?;
            }
            StmtKind::Return(v) => {
                if !self.scope().kind.is_function_like() {
                    self.defer(errors::outside_function("return", s.span));
                }
                if let Some(v) = v {
                    self.value(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.check_target(t);
                    self.expr(t)?;
                }
                self.value(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.value(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = target.kind {
                    let cur = self.scope().flags(id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur != ScopeId(0) && *simple {
                        let directive = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        let name = self.text(id).to_string();
                        return Err(errors::declared_late(
                            &name,
                            directive,
                            Late::Annotated,
                            s.span,
                        ));
                    }
                    if *simple {
                        self.add(id, DEF_ANNOT | DEF_LOCAL, target.span);
                    } else if value.is_some() {
                        self.add(id, DEF_LOCAL, target.span);
                    }
                    self.check_debug(target, false);
                } else {
                    self.expr(target)?;
                }
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.value(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.check_target(target);
                self.expr(target)?;
                self.value(iter)?;
                self.loop_body(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.loop_body(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.check_target(v);
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc.as_ref())?;
                self.opt_expr(cause.as_ref())?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for (i, h) in handlers.iter().enumerate() {
                    if h.typ.is_none() && i + 1 < handlers.len() {
                        self.defer(errors::default_except_not_last(h.span));
                    }
                    self.opt_expr(h.typ.as_ref())?;
                    if let Some(n) = &h.name {
                        self.add(n.name, DEF_LOCAL, n.span);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt_expr(msg.as_ref())?;
            }
            StmtKind::Import(names) => {
                for a in names {
                    let (name, span) = match &a.asname {
                        Some(n) => (n.name, n.span),
                        None => (a.name.parts[0], a.span),
                    };
                    self.add(name, DEF_IMPORT, span);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name.parts.is_empty() {
                        return Err(errors::star_import(s.span));
                    }
                    let (name, span) = match &a.asname {
                        Some(n) => (n.name, n.span),
                        None => (a.name.parts[0], a.span),
                    };
                    self.add(name, DEF_IMPORT, span);
                }
            }
            StmtKind::Global(names) => self.directive(names, DEF_GLOBAL, s.span)?,
            StmtKind::Nonlocal(names) => {
                if self.cur == ScopeId(0) {
                    return Err(errors::nonlocal_at_module_level(s.span));
                }
                self.directive(names, DEF_NONLOCAL, s.span)?;
            }
            StmtKind::Expr(e) => self.value(e)?,
            StmtKind::Pass => {}
            StmtKind::Break => {
                if self.loops == 0 {
                    self.defer(errors::break_outside_loop(s.span));
                }
            }
            StmtKind::Continue => {
                if self.loops == 0 {
                    self.defer(errors::continue_outside_loop(s.span));
                }
            }
        }
        Ok(())
    }

    fn loop_body(&mut self, body: &[Stmt]) -> R {
        self.loops += 1;
        let r = self.stmts(body);
        self.loops -= 1;
        r
    }

    /// `global` / `nonlocal`: refuses names already used, assigned or bound as parameters.
    fn directive(&mut self, names: &[Ident], flag: u16, span: Span) -> R {
        let directive = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for n in names {
            let mangled = self.mangled(n.name);
            let cur = self.scope().flags(mangled);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let why = if cur & DEF_PARAM != 0 {
                    Late::Param
                } else if cur & USE != 0 {
                    Late::Used
                } else if cur & DEF_ANNOT != 0 {
                    Late::Annotated
                } else {
                    Late::Assigned
                };
                let name = self.text(n.name).to_string();
                return Err(errors::declared_late(&name, directive, why, span));
            }
            self.add(n.name, flag, n.span);
            if flag == DEF_GLOBAL {
                // CPython records every `global x` on the module's own symbol too.
                self.table
                    .scope_mut(ScopeId(0))
                    .add(n.name, DEF_GLOBAL, n.span);
            }
            let scope = self.scope();
            if let Some(&i) = scope.index.get(&n.name) {
                scope.symbols[i].directive.get_or_insert(span);
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments, def_span: Span) -> R {
        let ordered = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for a in ordered {
            let mangled = self.mangled(a.arg.name);
            if self.scope().flags(mangled) & DEF_PARAM != 0 {
                let name = self.text(a.arg.name).to_string();
                return Err(errors::duplicate_argument(&name, a.arg.span));
            }
            if a.arg.name == self.known.debug {
                self.defer(errors::debug_target(false, def_span));
            }
            self.add(a.arg.name, DEF_PARAM, a.arg.span);
            self.scope().param_count += 1;
        }
        Ok(())
    }

    /// Annotations are evaluated in the enclosing scope (no `from __future__ import annotations`).
    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            self.opt_expr(a.annotation.as_ref())?;
        }
        self.opt_expr(returns)
    }

    fn keywords(&mut self, kws: &[Keyword]) -> R {
        let mut seen: Vec<Name> = Vec::new();
        for k in kws {
            if let Some(arg) = &k.arg {
                if seen.contains(&arg.name) {
                    let name = self.text(arg.name).to_string();
                    self.defer(errors::keyword_repeated(&name, k.span));
                }
                seen.push(arg.name);
            }
            self.expr(&k.value)?;
        }
        Ok(())
    }

    /// Starred-target rules CPython's compiler enforces on assignment targets.
    fn check_target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Starred { .. } => self.defer(errors::starred_target_alone(t.span)),
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                let stars = elts
                    .iter()
                    .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                    .count();
                if stars > 1 {
                    self.defer(errors::multiple_starred(t.span));
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.check_target(value),
                        _ => self.check_target(e),
                    }
                }
            }
            _ => {}
        }
    }

    fn check_debug(&mut self, e: &Expr, delete: bool) {
        if let ExprKind::Name { id, .. } = e.kind {
            if id == self.known.debug {
                self.defer(errors::debug_target(delete, e.span));
            }
        }
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn opt_exprs(&mut self, es: &[Option<Expr>]) -> R {
        es.iter().flatten().try_for_each(|e| self.expr(e))
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> R {
        e.map_or(Ok(()), |e| self.expr(e))
    }

    /// Elements of displays and call arguments, where `*x` is allowed.
    fn exprs_allow_star(&mut self, es: &[Expr]) -> R {
        for e in es {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(e)?,
            }
        }
        Ok(())
    }

    /// A value position: a bare `*x` is refused, a tuple may hold starred items.
    fn value(&mut self, e: &Expr) -> R {
        self.expr(e)
    }

    fn expr(&mut self, e: &Expr) -> R {
        crate::stack::deep(|| self.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Name { id, ctx } => match ctx {
                ExprContext::Load => {
                    self.add(*id, USE, e.span);
                    if *id == self.known.super_ && self.scope().kind.is_function_like() {
                        let class_cell = self.known.class_cell;
                        self.add(class_cell, USE, e.span);
                    }
                }
                ExprContext::Store | ExprContext::Del => {
                    let mut flag = DEF_LOCAL;
                    if self.comp_iter_target {
                        flag |= DEF_COMP_ITER;
                    }
                    self.add(*id, flag, e.span);
                    self.check_debug(e, *ctx == ExprContext::Del);
                }
            },
            ExprKind::NamedExpr { target, value } => {
                if self.comp_iter_expr > 0 {
                    return Err(errors::walrus_in_comprehension_iterable(e.span));
                }
                self.expr(value)?;
                self.named_expr_target(target)?;
            }
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                self.opt_exprs(&args.kw_defaults)?;
                let lambda = self.known.lambda;
                self.scoped(ScopeKind::Lambda, lambda, e.span, |this| {
                    this.params(args, e.span)?;
                    this.expr(body)
                })?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(ScopeKind::ListComp, e.span, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(ScopeKind::SetComp, e.span, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(ScopeKind::GenExpr, e.span, generators, elt, None)?
            }
            ExprKind::DictComp(d) => self.comprehension(
                ScopeKind::DictComp,
                e.span,
                &d.generators,
                &d.key,
                Some(&d.value),
            )?,
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.yield_here(e.span)?;
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.yield_here(e.span)?;
            }
            ExprKind::Call(call) => {
                let Call {
                    func,
                    args,
                    keywords,
                } = &**call;
                self.expr(func)?;
                self.exprs_allow_star(args)?;
                self.keywords(keywords)?;
            }
            ExprKind::Starred { value, ctx } => {
                if *ctx == ExprContext::Load {
                    self.defer(errors::starred_here(e.span));
                }
                self.expr(value)?;
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } | ExprKind::Set(elts) => {
                self.exprs_allow_star(elts)?
            }
            ExprKind::Dict(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    self.opt_expr(k.as_ref())?;
                    self.expr(v)?;
                }
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Compare(c) => {
                let Compare {
                    left, comparators, ..
                } = &**c;
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt_expr(format_spec.as_deref())?;
            }
            ExprKind::JoinedStr(values) => self.exprs(values)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                match &slice.kind {
                    ExprKind::Tuple { elts, .. } => self.exprs_allow_star(elts)?,
                    _ => self.expr(slice)?,
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower.as_deref())?;
                self.opt_expr(upper.as_deref())?;
                self.opt_expr(step.as_deref())?;
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, span: Span) -> R {
        let kind = self.scope().kind;
        let what = match kind {
            ScopeKind::ListComp => Some("list comprehension"),
            ScopeKind::SetComp => Some("set comprehension"),
            ScopeKind::DictComp => Some("dict comprehension"),
            ScopeKind::GenExpr => Some("generator expression"),
            _ => None,
        };
        if let Some(what) = what {
            return Err(errors::yield_in_comprehension(what, span));
        }
        if !kind.is_function_like() {
            self.defer(errors::outside_function("yield", span));
        }
        self.scope().is_generator = true;
        Ok(())
    }

    /// `(x := v)` inside a comprehension binds `x` in the nearest enclosing function (or the
    /// module), as PEP 572 specifies; CPython 3.11's checks are reproduced.
    fn named_expr_target(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = target.kind else {
            return self.expr(target);
        };
        if !self.scope().kind.is_comprehension() {
            return self.expr(target);
        }
        let id = self.mangled(id);
        let mut id_scope = self.cur;
        loop {
            let scope = self.table.scope(id_scope);
            if scope.kind.is_comprehension() {
                if scope.flags(id) & DEF_COMP_ITER != 0 {
                    let name = self.text(id).to_string();
                    return Err(errors::walrus_rebinds_iteration_variable(
                        &name,
                        target.span,
                    ));
                }
                match scope.parent {
                    Some(p) => id_scope = p,
                    None => break,
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Class => return Err(errors::walrus_in_class_comprehension(target.span)),
                ScopeKind::Module => {
                    self.table
                        .scope_mut(id_scope)
                        .add(id, DEF_GLOBAL, target.span);
                    self.add(id, DEF_GLOBAL, target.span);
                }
                _ => {
                    self.table
                        .scope_mut(id_scope)
                        .add(id, DEF_LOCAL, target.span);
                    self.add(id, DEF_NONLOCAL, target.span);
                }
            }
            break;
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        kind: ScopeKind,
        span: Span,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.comp_iter_expr += 1;
        let r = self.expr(&first.iter);
        self.comp_iter_expr -= 1;
        r?;
        let name = match kind {
            ScopeKind::ListComp => self.known.listcomp,
            ScopeKind::SetComp => self.known.setcomp,
            ScopeKind::DictComp => self.known.dictcomp,
            _ => self.known.genexpr,
        };
        self.scoped(kind, name, span, |this| {
            if kind == ScopeKind::GenExpr {
                this.scope().is_generator = true;
            }
            let dot0 = this.known.dot0;
            this.add(dot0, DEF_PARAM, span);
            this.scope().param_count = 1;
            this.comp_target(&first.target)?;
            this.exprs(&first.ifs)?;
            for g in &generators[1..] {
                this.comp_target(&g.target)?;
                this.comp_iter_expr += 1;
                let r = this.expr(&g.iter);
                this.comp_iter_expr -= 1;
                r?;
                this.exprs(&g.ifs)?;
            }
            if let Some(v) = value {
                this.expr(v)?;
            }
            this.expr(elt)
        })
    }

    fn comp_target(&mut self, target: &Expr) -> R {
        self.check_target(target);
        self.comp_iter_target = true;
        let r = self.expr(target);
        self.comp_iter_target = false;
        r
    }
}
