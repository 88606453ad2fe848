//! Expressions, and the constructs that create code objects: functions, lambdas, classes and
//! comprehensions (each comprehension is a function called at once with the outermost iterator,
//! as in CPython 3.11).

use std::sync::Arc;

use super::{Compiler, Ctx, R};
use crate::bytecode::{BinOp, CmpOp, CodeKind, Const, Conv, Instr, UnOp};
use crate::scope::ScopeKind;
use crate::syntax::ast::{self, *};

pub(super) fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt(b) => Const::BigInt(Arc::new(b.0.clone())),
        Constant::Float(f) => Const::Float(*f),
        Constant::Str(s) => Const::Str(Arc::from(&**s)),
        Constant::Bytes(b) => Const::Bytes(Arc::from(&**b)),
    }
}

fn docstring(body: &[Stmt]) -> Option<Arc<str>> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(Arc::from(&**s)),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> R {
        crate::stack::deep(|| self.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        let saved = self.set_span(e.span);
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = if *op == BoolOp::And {
                    Instr::JumpIfFalseOrPop
                } else {
                    Instr::JumpIfTrueOrPop
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.jump(jump, end);
                    }
                }
                self.place(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Dup);
                self.target(target, Ctx::Store)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(binop(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                let op = match op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Instr::UnaryOp(op));
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let otherwise = self.new_label();
                let end = self.new_label();
                self.condition(test, false, otherwise)?;
                self.expr(body)?;
                self.jump(Instr::Jump, end);
                self.place(otherwise);
                self.expr(orelse)?;
                self.place(end);
            }
            ExprKind::Dict(d) => self.dict(&d.keys, &d.values)?,
            ExprKind::Set(elts) => self.sequence(elts, Instr::BuildSet, Instr::SetUpdate, false)?,
            ExprKind::List { elts, .. } => {
                self.sequence(elts, Instr::BuildList, Instr::ListExtend, false)?
            }
            ExprKind::Tuple { elts, .. } => {
                if let Some(c) = self.const_tuple(elts) {
                    self.load_const(c);
                } else {
                    self.sequence(elts, Instr::BuildTuple, Instr::ListExtend, true)?;
                }
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(
                e,
                CodeKind::Comprehension,
                "<listcomp>",
                generators,
                elt,
                None,
            )?,
            ExprKind::SetComp { elt, generators } => self.comprehension(
                e,
                CodeKind::Comprehension,
                "<setcomp>",
                generators,
                elt,
                None,
            )?,
            ExprKind::DictComp(d) => self.comprehension(
                e,
                CodeKind::Comprehension,
                "<dictcomp>",
                &d.generators,
                &d.key,
                Some(&d.value),
            )?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CodeKind::Generator, "<genexpr>", generators, elt, None)?
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::Yield);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Instr::GetIter);
                self.load_const(Const::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare(c) => self.compare(c)?,
            ExprKind::Call(c) => {
                let plain = c.keywords.is_empty()
                    && !c
                        .args
                        .iter()
                        .any(|a| matches!(a.kind, ExprKind::Starred { .. }));
                match &c.func.kind {
                    // `obj.m(args)`: no bound-method object is built for the call.
                    ExprKind::Attribute { value, attr, .. } if plain => {
                        self.expr(value)?;
                        let n = self.attr_idx(attr.name);
                        self.emit(Instr::LoadMethod(n));
                        for a in &c.args {
                            self.expr(a)?;
                        }
                        self.emit(Instr::CallMethod(c.args.len() as u32));
                    }
                    _ => {
                        self.expr(&c.func)?;
                        self.call_args(&c.args, &c.keywords, 0)?;
                    }
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
                let conv = match conversion {
                    Conversion::None => Conv::None,
                    Conversion::Str => Conv::Str,
                    Conversion::Repr => Conv::Repr,
                    Conversion::Ascii => Conv::Ascii,
                };
                self.emit(Instr::FormatValue(conv, format_spec.is_some()));
            }
            ExprKind::JoinedStr(values) => {
                if values.is_empty() {
                    self.load_const(Const::Str("".into()));
                } else {
                    for v in values {
                        self.expr(v)?;
                    }
                    if values.len() > 1 || !matches!(values[0].kind, ExprKind::Constant(_)) {
                        self.emit(Instr::BuildString(values.len() as u32));
                    }
                }
            }
            ExprKind::Constant(c) => self.load_const(constant(c)),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.attr_idx(attr.name);
                self.emit(Instr::LoadAttr(n));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::Subscr);
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, .. } => self.name_op(*id, Ctx::Load),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
        }
        self.set_span(saved);
        Ok(())
    }

    /// A tuple of constants becomes one constant, as CPython folds it.
    fn const_tuple(&self, elts: &[Expr]) -> Option<Const> {
        let mut items = Vec::with_capacity(elts.len());
        for e in elts {
            match &e.kind {
                ExprKind::Constant(c) => items.push(constant(c)),
                _ => return None,
            }
        }
        Some(Const::Tuple(items.into()))
    }

    /// Compiles `e` as a condition: jumps to `target` when its truth equals `when`.
    pub(super) fn condition(&mut self, e: &'a Expr, when: bool, target: super::Label) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Not,
                operand,
            } => self.condition(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                // `a and b` jumps when false as soon as one is false; `a or b` mirrors it.
                let is_and = *op == BoolOp::And;
                if is_and != when {
                    for v in values {
                        self.condition(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, init) = values.split_last().expect("BoolOp has values");
                    for v in init {
                        self.condition(v, !when, skip)?;
                    }
                    self.condition(last, when, target)?;
                    self.place(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                self.jump(
                    if when {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    },
                    target,
                );
                Ok(())
            }
        }
    }

    fn compare(&mut self, c: &'a ast::Compare) -> R {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
                self.compare_op(*op);
                self.jump(Instr::JumpIfFalseOrPop, cleanup);
            } else {
                self.compare_op(*op);
                self.jump(Instr::Jump, end);
            }
        }
        self.place(cleanup);
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        self.place(end);
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        let instr = match op {
            ast::CmpOp::Eq => Instr::CompareOp(CmpOp::Eq),
            ast::CmpOp::NotEq => Instr::CompareOp(CmpOp::Ne),
            ast::CmpOp::Lt => Instr::CompareOp(CmpOp::Lt),
            ast::CmpOp::LtE => Instr::CompareOp(CmpOp::Le),
            ast::CmpOp::Gt => Instr::CompareOp(CmpOp::Gt),
            ast::CmpOp::GtE => Instr::CompareOp(CmpOp::Ge),
            ast::CmpOp::Is => Instr::IsOp(false),
            ast::CmpOp::IsNot => Instr::IsOp(true),
            ast::CmpOp::In => Instr::ContainsOp(false),
            ast::CmpOp::NotIn => Instr::ContainsOp(true),
        };
        self.emit(instr);
    }

    /// Lists, tuples and sets, with `*x` items spliced in.
    fn sequence(
        &mut self,
        elts: &'a [Expr],
        build: fn(u32) -> Instr,
        extend: Instr,
        tuple: bool,
    ) -> R {
        let starred = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !starred {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build(elts.len() as u32));
            return Ok(());
        }
        let build = if tuple { Instr::BuildList } else { build };
        let mut pending = 0;
        let mut built = false;
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    if !built {
                        self.emit(build(pending));
                        built = true;
                    } else if pending > 0 {
                        self.emit(build(pending));
                        self.emit(extend);
                    }
                    pending = 0;
                    self.expr(value)?;
                    self.emit(extend);
                }
                _ => {
                    self.expr(e)?;
                    pending += 1;
                }
            }
        }
        if pending > 0 {
            self.emit(build(pending));
            self.emit(extend);
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let mut pending = 0;
        let mut built = false;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if !built {
                        self.emit(Instr::BuildMap(pending));
                        built = true;
                    } else if pending > 0 {
                        self.emit(Instr::BuildMap(pending));
                        self.emit(Instr::DictUpdate);
                    }
                    pending = 0;
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate);
                }
            }
        }
        if !built {
            self.emit(Instr::BuildMap(pending));
        } else if pending > 0 {
            self.emit(Instr::BuildMap(pending));
            self.emit(Instr::DictUpdate);
        }
        Ok(())
    }

    /// Arguments of a call whose callable (and `extra` leading arguments) are on the stack.
    pub(super) fn call_args(&mut self, args: &'a [Expr], keywords: &'a [Keyword], extra: u32) -> R {
        let dynamic = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if !dynamic {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            let argc = extra + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(argc));
            } else {
                let names: Vec<Const> = keywords
                    .iter()
                    .map(|k| Const::Str(Arc::from(k.arg.map_or("", |a| self.text(a.name)))))
                    .collect();
                self.load_const(Const::Tuple(names.into()));
                self.emit(Instr::CallKw(argc));
            }
            return Ok(());
        }
        // Positional arguments as one tuple (leading `extra` ones already pushed).
        self.emit(Instr::BuildList(extra));
        for a in args {
            match &a.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Instr::CallArgsExtend);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Instr::BuildList(1));
                    self.emit(Instr::ListExtend);
                }
            }
        }
        self.emit(Instr::ListToTuple);
        if keywords.is_empty() {
            self.emit(Instr::CallEx(false));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(Arc::from(self.text(name.name))));
                    self.expr(&k.value)?;
                    self.emit(Instr::BuildMap(1));
                }
                None => self.expr(&k.value)?,
            }
            self.emit(Instr::DictMerge);
        }
        self.emit(Instr::CallEx(true));
        Ok(())
    }

    /// Pushes defaults (tuple) and keyword-only defaults (dict); returns MakeFunction flags.
    fn defaults(&mut self, args: &'a Arguments) -> R<u8> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                self.load_const(Const::Str(Arc::from(self.text(a.arg.name))));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.unit();
        u.posonly = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonly = args.kwonlyargs.len() as u32;
        u.varargs = args.vararg.is_some();
        u.varkw = args.kwarg.is_some();
    }

    /// Finishes a nested unit and pushes the function object built from it.
    fn make_function(&mut self, mut flags: u8) {
        let scope = self.unit().scope;
        let code = self.pop_unit();
        if self.load_closure(&code, scope) {
            flags |= 4;
        }
        self.load_const(Const::Code(code));
        self.emit(Instr::MakeFunction(flags));
    }

    pub(super) fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> R {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let flags = self.defaults(&f.args)?;
        self.annotations(&f.args, f.returns.as_ref())?;
        let scope = self.table.scope_of(s.span).unwrap_or(self.table.module());
        self.push_unit(scope, CodeKind::Function, self.text(f.name.name), s.span);
        self.set_arg_counts(&f.args);
        let doc = docstring(&f.body);
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.unit().docstring = doc;
        self.body(body)?;
        if self.em().is_reachable() {
            self.load_const(Const::None);
            self.emit(Instr::Return);
        }
        self.make_function(flags);
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.name_op(f.name.name, Ctx::Store);
        Ok(())
    }

    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
                self.emit(Instr::Pop);
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
            self.emit(Instr::Pop);
        }
        Ok(())
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        let flags = self.defaults(args)?;
        let scope = self.table.scope_of(e.span).unwrap_or(self.table.module());
        self.push_unit(scope, CodeKind::Lambda, "<lambda>", e.span);
        self.set_arg_counts(args);
        self.expr(body)?;
        if !self.table.scope(scope).is_generator {
            self.emit(Instr::Return);
        } else {
            self.emit(Instr::Pop);
            self.load_const(Const::None);
            self.emit(Instr::Return);
        }
        self.make_function(flags);
        Ok(())
    }

    pub(super) fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> R {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self.table.scope_of(s.span).unwrap_or(self.table.module());
        let name = self.text(c.name.name);
        self.push_unit(scope, CodeKind::Class, name, s.span);
        let qualname = self.unit().qualname.clone();
        self.load_const(Const::Str(qualname));
        let q = self.em().add_name("__qualname__");
        self.emit(Instr::StoreName(q));
        let doc = docstring(&c.body);
        if let Some(d) = &doc {
            self.load_const(Const::Str(d.clone()));
            let n = self.em().add_name("__doc__");
            self.emit(Instr::StoreName(n));
        }
        let body = if doc.is_some() {
            &c.body[1..]
        } else {
            &c.body[..]
        };
        self.setup_annotations(body);
        self.body(body)?;
        if self.table.scope(scope).needs_class_cell {
            if let Some(class_cell) = self.interner.get("__class__") {
                let slot = self.unit().derefs.get(&class_cell).copied().unwrap_or(0);
                self.emit(Instr::LoadClosure(slot));
                let n = self.em().add_name("__classcell__");
                self.emit(Instr::StoreName(n));
            }
        }
        self.load_const(Const::None);
        self.emit(Instr::Return);
        self.make_function(0);
        self.load_const(Const::Str(Arc::from(name)));
        for b in &c.bases {
            let _ = b;
        }
        self.call_args(&c.bases, &c.keywords, 2)?;
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.name_op(c.name.name, Ctx::Store);
        Ok(())
    }

    /// `[elt for ...]` and friends: a nested function over the outermost iterator.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CodeKind,
        name: &str,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let scope = self.table.scope_of(e.span).unwrap_or(self.table.module());
        let scope_kind = self.table.scope(scope).kind;
        self.push_unit(scope, kind, name, e.span);
        self.unit().argcount = 1;
        let depth = match scope_kind {
            ScopeKind::GenExpr => None,
            ScopeKind::DictComp => {
                self.emit(Instr::BuildMap(0));
                Some(())
            }
            ScopeKind::SetComp => {
                self.emit(Instr::BuildSet(0));
                Some(())
            }
            _ => {
                self.emit(Instr::BuildList(0));
                Some(())
            }
        };
        self.emit(Instr::LoadFast(0));
        self.comp_loop(generators, 0, scope_kind, elt, value)?;
        if depth.is_none() {
            self.load_const(Const::None);
        }
        self.emit(Instr::Return);
        self.make_function(0);
        self.expr(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        kind: ScopeKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let g = &gens[i];
        if i > 0 {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        let start = self.new_label();
        let end = self.new_label();
        self.place(start);
        self.jump(Instr::ForIter, end);
        self.target(&g.target, Ctx::Store)?;
        for cond in &g.ifs {
            self.condition(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, elt, value)?;
        } else {
            // The collection sits below one iterator per loop.
            let d = (i + 2) as u32;
            match kind {
                ScopeKind::GenExpr => {
                    self.expr(elt)?;
                    self.emit(Instr::Yield);
                    self.emit(Instr::Pop);
                }
                ScopeKind::DictComp => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Instr::MapAdd(d));
                }
                ScopeKind::SetComp => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(d));
                }
                _ => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(d));
                }
            }
        }
        self.jump(Instr::Jump, start);
        self.place(end);
        Ok(())
    }
}
