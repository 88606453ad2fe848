//! Statements. Control flow leaving a block (`break`, `continue`, `return`) first unwinds the
//! enclosing blocks: it runs `finally` bodies inline, restores the handled exception, calls
//! `__exit__` of `with` blocks (CPython's compiler_unwind_fblock).

use super::{Compiler, Ctx, FBlock, R};
use crate::bytecode::{CodeKind, Const, Instr};
use crate::syntax::ast::*;

impl<'a> Compiler<'a> {
    /// CPython's SETUP_ANNOTATIONS: a module or class body with annotated assignments starts
    /// with an empty `__annotations__` dict.
    pub(super) fn setup_annotations(&mut self, body: &'a [Stmt]) {
        if body.iter().any(has_annotations) {
            self.emit(Instr::BuildMap(0));
            let n = self.em().add_name("__annotations__");
            self.emit(Instr::StoreName(n));
        }
    }

    pub(super) fn body(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        crate::stack::deep(|| self.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        let saved = self.set_span(s.span);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f)?,
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::Return(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.unwind(false, true)?;
                self.emit(Instr::Return);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t, Ctx::Del)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.target(t, Ctx::Store)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target, Ctx::Store)?;
                }
                // Annotations of simple names in functions are not evaluated (as in CPython);
                // in module and class bodies they are stored in `__annotations__`.
                let in_function = matches!(self.unit().kind, CodeKind::Function | CodeKind::Lambda);
                match (&target.kind, *simple, in_function) {
                    (_, true, true) => {}
                    (ExprKind::Name { id, .. }, true, false) => {
                        self.expr(annotation)?;
                        let n = self.em().add_name("__annotations__");
                        self.emit(Instr::LoadName(n));
                        let key = self.mangle_name(*id);
                        let key: std::sync::Arc<str> = self.interner.lookup(key).into();
                        self.load_const(Const::Str(key));
                        self.emit(Instr::StoreSubscr);
                    }
                    _ => {
                        self.expr(annotation)?;
                        self.emit(Instr::Pop);
                    }
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(target, iter, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let otherwise = self.new_label();
                let end = self.new_label();
                self.condition(test, false, otherwise)?;
                self.body(body)?;
                if !orelse.is_empty() {
                    self.jump(Instr::Jump, end);
                }
                self.place(otherwise);
                self.body(orelse)?;
                self.place(end);
            }
            StmtKind::With { items, body } => self.with(items, body)?,
            StmtKind::Raise { exc, cause } => {
                let mut argc = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    argc += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        argc += 1;
                    }
                }
                self.emit(Instr::Raise(argc));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.condition(test, true, end)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                self.emit(Instr::RaiseAssert(msg.is_some()));
                self.place(end);
            }
            StmtKind::Import(names) => {
                for a in names {
                    let full = self.dotted(&a.name);
                    let n = self.em().add_name(&full);
                    self.emit(Instr::ImportName(n));
                    match &a.asname {
                        Some(asname) => {
                            for part in &a.name.parts[1..] {
                                let p = self.name_idx(*part);
                                self.emit(Instr::LoadAttr(p));
                            }
                            self.name_op(asname.name, Ctx::Store);
                        }
                        None => self.name_op(a.name.parts[0], Ctx::Store),
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let mut full = ".".repeat(*level as usize);
                if let Some(m) = module {
                    full.push_str(&self.dotted(m));
                }
                let n = self.em().add_name(&full);
                self.emit(Instr::ImportName(n));
                for a in names {
                    let name = a.name.parts[0];
                    let k = self.name_idx(name);
                    self.emit(Instr::ImportFrom(k));
                    let bound = a.asname.as_ref().map_or(name, |n| n.name);
                    self.name_op(bound, Ctx::Store);
                }
                self.emit(Instr::Pop);
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => {
                self.expr(e)?;
                let top_level = self.units.len() == 1;
                if self.interactive && top_level {
                    self.emit(Instr::PrintExpr);
                } else {
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Break => {
                if let Some((_, brk, is_for)) = self.unwind(true, false)? {
                    if is_for {
                        self.emit(Instr::Pop);
                    }
                    self.jump(Instr::Jump, brk);
                }
            }
            StmtKind::Continue => {
                if let Some((cont, _, _)) = self.unwind(true, false)? {
                    self.jump(Instr::Jump, cont);
                }
            }
        }
        self.set_span(saved);
        Ok(())
    }

    fn dotted(&self, d: &DottedName) -> String {
        let parts: Vec<&str> = d.parts.iter().map(|p| self.text(*p)).collect();
        parts.join(".")
    }

    /// Unwinds enclosing blocks for `break`/`continue` (`to_loop`) or `return`
    /// (`preserve_top`: the return value stays on top). Returns the loop's labels.
    fn unwind(
        &mut self,
        to_loop: bool,
        preserve_top: bool,
    ) -> R<Option<(super::Label, super::Label, bool)>> {
        let mut i = self.unit().fblocks.len();
        while i > 0 {
            i -= 1;
            match &self.unit().fblocks[i] {
                FBlock::Loop { cont, brk, is_for } => {
                    if to_loop {
                        return Ok(Some((*cont, *brk, *is_for)));
                    }
                }
                FBlock::Finally { body, handlers } => {
                    let (body, handlers) = (*body, *handlers);
                    // Run the finally body outside its own protection and without this block.
                    let tail = self.unit().fblocks.split_off(i);
                    let saved = self.em().take_handlers(handlers);
                    self.body(body)?;
                    self.em().restore_handlers(saved);
                    self.unit().fblocks.extend(tail);
                }
                FBlock::Handler { name } => {
                    let name = *name;
                    if preserve_top {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::PopExcept);
                    if let Some(n) = name {
                        self.load_const(Const::None);
                        self.name_op(n, Ctx::Store);
                        self.name_op(n, Ctx::Del);
                    }
                }
                FBlock::With => {
                    if preserve_top {
                        self.emit(Instr::Rot2);
                    }
                    self.load_const(Const::None);
                    self.emit(Instr::Dup);
                    self.emit(Instr::Dup);
                    self.emit(Instr::Call(3));
                    self.emit(Instr::Pop);
                }
                FBlock::FinallyExcept => {
                    if preserve_top {
                        self.emit(Instr::Rot2);
                        self.emit(Instr::Pop);
                        self.emit(Instr::Rot2);
                    } else {
                        self.emit(Instr::Pop);
                    }
                    self.emit(Instr::PopExcept);
                }
            }
        }
        Ok(None)
    }

    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let start = self.new_label();
        let exhausted = self.new_label();
        let brk = self.new_label();
        self.expr(iter)?;
        self.emit(Instr::GetIter);
        self.place(start);
        self.jump(Instr::ForIter, exhausted);
        self.target(target, Ctx::Store)?;
        self.unit().fblocks.push(FBlock::Loop {
            cont: start,
            brk,
            is_for: true,
        });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.jump(Instr::Jump, start);
        self.place(exhausted);
        self.body(orelse)?;
        self.place(brk);
        Ok(())
    }

    fn while_loop(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let start = self.new_label();
        let otherwise = self.new_label();
        let brk = self.new_label();
        self.place(start);
        self.condition(test, false, otherwise)?;
        self.unit().fblocks.push(FBlock::Loop {
            cont: start,
            brk,
            is_for: false,
        });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.jump(Instr::Jump, start);
        self.place(otherwise);
        self.body(orelse)?;
        self.place(brk);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> R {
        let op = super::expr::binop(op);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.name_op(*id, Ctx::Load);
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.name_op(*id, Ctx::Store);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } if self.is_fast_local(obj) => {
                // Nothing else can rebind a fast local while the operation runs, so loading it
                // twice is the same as Dup/Rot2, and both loads fuse with the attribute access.
                let n = self.attr_idx(attr.name);
                self.expr(obj)?;
                self.emit(Instr::LoadAttr(n));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.expr(obj)?;
                self.emit(Instr::StoreAttr(n));
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Instr::Dup);
                let n = self.attr_idx(attr.name);
                self.emit(Instr::LoadAttr(n));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(n));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::DupTwo);
                self.emit(Instr::Subscr);
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            _ => {}
        }
        Ok(())
    }

    /// Stores the value on top of the stack into `t` (or deletes `t`).
    pub(super) fn target(&mut self, t: &'a Expr, ctx: Ctx) -> R {
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(*id, ctx),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.attr_idx(attr.name);
                self.emit(if ctx == Ctx::Del {
                    Instr::DeleteAttr(n)
                } else {
                    Instr::StoreAttr(n)
                });
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(if ctx == Ctx::Del {
                    Instr::DeleteSubscr
                } else {
                    Instr::StoreSubscr
                });
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                if ctx == Ctx::Del {
                    for e in elts {
                        self.target(e, Ctx::Del)?;
                    }
                    return Ok(());
                }
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        self.emit(Instr::UnpackEx(i as u16, after as u16));
                    }
                    None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.target(value, ctx)?,
                        _ => self.target(e, ctx)?,
                    }
                }
            }
            ExprKind::Starred { value, .. } => self.target(value, ctx)?,
            _ => {}
        }
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.emit(Instr::BeforeWith);
        // The exit method stays on the stack; the handler starts above it.
        self.em().depth -= 1;
        self.em().push_handler(handler);
        self.em().depth += 1;
        match &item.optional_vars {
            Some(v) => self.target(v, Ctx::Store)?,
            None => self.emit(Instr::Pop),
        }
        self.unit().fblocks.push(FBlock::With);
        self.with(rest, body)?;
        self.unit().fblocks.pop();
        self.em().pop_handler();
        self.load_const(Const::None);
        self.emit(Instr::Dup);
        self.emit(Instr::Dup);
        self.emit(Instr::Call(3));
        self.emit(Instr::Pop);
        self.jump(Instr::Jump, end);
        // Exception path: [exit, exc] → [exit, prev, exc].
        self.place(handler);
        self.emit(Instr::PushExcInfo);
        self.em().depth -= 1;
        self.em().push_handler(cleanup);
        self.em().depth += 1;
        self.emit(Instr::WithExceptStart);
        self.jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.place(suppress);
        self.em().pop_handler();
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.jump(Instr::Jump, end);
        self.cleanup_handler(cleanup);
        self.place(end);
        Ok(())
    }

    /// `[prev, exc]` after a failure inside a handler: restore `prev`, re-raise.
    fn cleanup_handler(&mut self, label: super::Label) {
        self.place(label);
        self.emit(Instr::Rot2);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.em().push_handler(handler);
        self.body(body)?;
        self.em().pop_handler();
        self.body(orelse)?;
        self.jump(Instr::Jump, end);
        // [exc] → [prev, exc]
        self.place(handler);
        self.emit(Instr::PushExcInfo);
        self.em().depth -= 1;
        self.em().push_handler(cleanup);
        self.em().depth += 1;
        for h in handlers {
            let next = self.new_label();
            let saved = self.set_span(h.span);
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Instr::CheckExcMatch);
                self.jump(Instr::PopJumpIfFalse, next);
            }
            let name = h.name.map(|n| n.name);
            match name {
                Some(n) => self.name_op(n, Ctx::Store),
                None => self.emit(Instr::Pop),
            }
            // [prev]
            let named_cleanup = self.new_label();
            if name.is_some() {
                self.em().push_handler(named_cleanup);
            }
            self.unit().fblocks.push(FBlock::Handler { name });
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            if name.is_some() {
                self.em().pop_handler();
            }
            self.emit(Instr::PopExcept);
            if let Some(n) = name {
                self.load_const(Const::None);
                self.name_op(n, Ctx::Store);
                self.name_op(n, Ctx::Del);
            }
            self.jump(Instr::Jump, end);
            if let Some(n) = name {
                // An exception in a named handler still unbinds the name: [prev, exc2].
                self.place(named_cleanup);
                self.load_const(Const::None);
                self.name_op(n, Ctx::Store);
                self.name_op(n, Ctx::Del);
                self.emit(Instr::Reraise);
            }
            self.place(next);
            self.set_span(saved);
        }
        // No clause matched: [prev, exc]
        self.emit(Instr::Reraise);
        self.em().pop_handler();
        self.cleanup_handler(cleanup);
        self.place(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let before = self.em().handler_count();
        self.em().push_handler(handler);
        self.unit().fblocks.push(FBlock::Finally {
            body: finalbody,
            handlers: before,
        });
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.em().pop_handler();
        self.body(finalbody)?;
        self.jump(Instr::Jump, end);
        // Exception path: [exc] → [prev, exc]; run the body, then re-raise.
        self.place(handler);
        self.emit(Instr::PushExcInfo);
        self.em().depth -= 1;
        self.em().push_handler(cleanup);
        self.em().depth += 1;
        self.unit().fblocks.push(FBlock::FinallyExcept);
        self.body(finalbody)?;
        self.unit().fblocks.pop();
        self.em().pop_handler();
        self.emit(Instr::Rot2);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.cleanup_handler(cleanup);
        self.place(end);
        Ok(())
    }
}

/// Whether `s` is, or contains in a nested block of the same scope, an annotated assignment.
fn has_annotations(s: &Stmt) -> bool {
    let any = |b: &[Stmt]| b.iter().any(has_annotations);
    match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => any(body) || any(orelse),
        StmtKind::With { body, .. } => any(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => any(body) || handlers.iter().any(|h| any(&h.body)) || any(orelse) || any(finalbody),
        _ => false,
    }
}
