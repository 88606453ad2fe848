//! `krait ast`: prints a tree in a stable text form, one field per line, with the same node and
//! field names as CPython's `ast` module (so `tests/cpython_ast.py` can print CPython's tree in
//! the same form for comparison). Positions are `@line:col-endline:endcol`, columns in bytes.

use std::fmt::Write;

use super::ast::*;
use super::location::LineIndex;
use crate::intern::{Interner, Name};
use crate::pyrepr::{bytes_repr, float_repr, str_repr};

pub struct Dumper<'a> {
    out: String,
    index: LineIndex,
    interner: &'a Interner,
    positions: bool,
}

/// Dumps a parsed tree. `positions` adds `@l:c-l:c` spans to nodes CPython gives positions to.
pub fn dump(m: &Mod, source: &str, interner: &Interner, positions: bool) -> String {
    let mut d = Dumper {
        out: String::new(),
        index: LineIndex::new(source),
        interner,
        positions,
    };
    match m {
        Mod::Module(body) => {
            d.out.push_str("Module\n");
            d.stmts(1, "body", body);
        }
        Mod::Interactive(body) => {
            d.out.push_str("Interactive\n");
            d.stmts(1, "body", body);
        }
        Mod::Expression(e) => {
            d.out.push_str("Expression\n");
            d.expr_field(1, "body", e);
        }
    }
    d.out
}

impl Dumper<'_> {
    fn pad(&mut self, level: usize) {
        for _ in 0..level {
            self.out.push_str("  ");
        }
    }

    fn name(&self, n: Name) -> String {
        str_repr(self.interner.lookup(n))
    }

    fn span(&self, s: Span) -> String {
        if !self.positions {
            return String::new();
        }
        let (l1, c1) = self.index.byte_position(s.start as usize);
        let (l2, c2) = self.index.byte_position(s.end as usize);
        format!(" @{l1}:{c1}-{l2}:{c2}")
    }

    /// Starts a node: `Name @pos` after a `field: ` or `- ` prefix already written.
    fn head(&mut self, name: &str, span: Option<Span>) {
        let pos = span.map(|s| self.span(s)).unwrap_or_default();
        let _ = writeln!(self.out, "{name}{pos}");
    }

    fn scalar(&mut self, level: usize, field: &str, value: &str) {
        self.pad(level);
        let _ = writeln!(self.out, "{field}: {value}");
    }

    fn list<T>(
        &mut self,
        level: usize,
        field: &str,
        items: &[T],
        mut each: impl FnMut(&mut Self, usize, &T),
    ) {
        self.pad(level);
        if items.is_empty() {
            let _ = writeln!(self.out, "{field}: []");
            return;
        }
        let _ = writeln!(self.out, "{field}:");
        for item in items {
            self.pad(level + 1);
            self.out.push_str("- ");
            each(self, level + 2, item);
        }
    }

    fn stmts(&mut self, level: usize, field: &str, body: &[Stmt]) {
        self.list(level, field, body, |d, l, s| d.stmt(l, s));
    }

    fn exprs(&mut self, level: usize, field: &str, items: &[Expr]) {
        self.list(level, field, items, |d, l, e| d.expr(l, e));
    }

    fn expr_field(&mut self, level: usize, field: &str, e: &Expr) {
        self.pad(level);
        let _ = write!(self.out, "{field}: ");
        self.expr(level + 1, e);
    }

    fn opt_expr(&mut self, level: usize, field: &str, e: Option<&Expr>) {
        match e {
            Some(e) => self.expr_field(level, field, e),
            None => self.scalar(level, field, "None"),
        }
    }

    fn ident(&mut self, level: usize, field: &str, i: Option<&Ident>) {
        let v = i.map_or("None".to_string(), |i| self.name(i.name));
        self.scalar(level, field, &v);
    }

    fn stmt(&mut self, level: usize, s: &Stmt) {
        crate::stack::deep(|| self.stmt_inner(level, s));
    }

    fn stmt_inner(&mut self, level: usize, s: &Stmt) {
        let l = level;
        let head = |d: &mut Self, name: &str| d.head(name, Some(s.span));
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                head(self, "FunctionDef");
                self.ident(l, "name", Some(&f.name));
                self.arguments(l, &f.args);
                self.stmts(l, "body", &f.body);
                self.exprs(l, "decorator_list", &f.decorator_list);
                self.opt_expr(l, "returns", f.returns.as_ref());
            }
            StmtKind::ClassDef(c) => {
                head(self, "ClassDef");
                self.ident(l, "name", Some(&c.name));
                self.exprs(l, "bases", &c.bases);
                self.keywords(l, &c.keywords);
                self.stmts(l, "body", &c.body);
                self.exprs(l, "decorator_list", &c.decorator_list);
            }
            StmtKind::Return(v) => {
                head(self, "Return");
                self.opt_expr(l, "value", v.as_ref());
            }
            StmtKind::Delete(t) => {
                head(self, "Delete");
                self.exprs(l, "targets", t);
            }
            StmtKind::Assign { targets, value } => {
                head(self, "Assign");
                self.exprs(l, "targets", targets);
                self.expr_field(l, "value", value);
            }
            StmtKind::AugAssign { target, op, value } => {
                head(self, "AugAssign");
                self.expr_field(l, "target", target);
                self.scalar(l, "op", &format!("{op:?}"));
                self.expr_field(l, "value", value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                head(self, "AnnAssign");
                self.expr_field(l, "target", target);
                self.expr_field(l, "annotation", annotation);
                self.opt_expr(l, "value", value.as_ref());
                self.scalar(l, "simple", if *simple { "1" } else { "0" });
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                head(self, "For");
                self.expr_field(l, "target", target);
                self.expr_field(l, "iter", iter);
                self.stmts(l, "body", body);
                self.stmts(l, "orelse", orelse);
            }
            StmtKind::While { test, body, orelse } => {
                head(self, "While");
                self.expr_field(l, "test", test);
                self.stmts(l, "body", body);
                self.stmts(l, "orelse", orelse);
            }
            StmtKind::If { test, body, orelse } => {
                head(self, "If");
                self.expr_field(l, "test", test);
                self.stmts(l, "body", body);
                self.stmts(l, "orelse", orelse);
            }
            StmtKind::With { items, body } => {
                head(self, "With");
                self.list(l, "items", items, |d, l, w| {
                    d.head("withitem", None);
                    d.expr_field(l, "context_expr", &w.context_expr);
                    d.opt_expr(l, "optional_vars", w.optional_vars.as_ref());
                });
                self.stmts(l, "body", body);
            }
            StmtKind::Raise { exc, cause } => {
                head(self, "Raise");
                self.opt_expr(l, "exc", exc.as_ref());
                self.opt_expr(l, "cause", cause.as_ref());
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                head(self, "Try");
                self.stmts(l, "body", body);
                self.list(l, "handlers", handlers, |d, l, h| {
                    d.head("ExceptHandler", Some(h.span));
                    d.opt_expr(l, "type", h.typ.as_ref());
                    d.ident(l, "name", h.name.as_ref());
                    d.stmts(l, "body", &h.body);
                });
                self.stmts(l, "orelse", orelse);
                self.stmts(l, "finalbody", finalbody);
            }
            StmtKind::Assert { test, msg } => {
                head(self, "Assert");
                self.expr_field(l, "test", test);
                self.opt_expr(l, "msg", msg.as_ref());
            }
            StmtKind::Import(names) => {
                head(self, "Import");
                self.aliases(l, names);
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                head(self, "ImportFrom");
                let m = module
                    .as_ref()
                    .map_or("None".to_string(), |m| self.dotted(m));
                self.scalar(l, "module", &m);
                self.aliases(l, names);
                self.scalar(l, "level", &level.to_string());
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                head(
                    self,
                    if matches!(s.kind, StmtKind::Global(_)) {
                        "Global"
                    } else {
                        "Nonlocal"
                    },
                );
                self.list(l, "names", names, |d, _, n| {
                    let v = d.name(n.name);
                    let _ = writeln!(d.out, "{v}");
                });
            }
            StmtKind::Expr(e) => {
                head(self, "Expr");
                self.expr_field(l, "value", e);
            }
            StmtKind::Pass => head(self, "Pass"),
            StmtKind::Break => head(self, "Break"),
            StmtKind::Continue => head(self, "Continue"),
        }
    }

    fn dotted(&self, d: &DottedName) -> String {
        if d.parts.is_empty() {
            return "'*'".into();
        }
        let parts: Vec<&str> = d.parts.iter().map(|p| self.interner.lookup(*p)).collect();
        str_repr(&parts.join("."))
    }

    fn aliases(&mut self, level: usize, names: &[Alias]) {
        self.list(level, "names", names, |d, l, a| {
            d.head("alias", Some(a.span));
            let n = d.dotted(&a.name);
            d.scalar(l, "name", &n);
            d.ident(l, "asname", a.asname.as_ref());
        });
    }

    fn keywords(&mut self, level: usize, kws: &[Keyword]) {
        self.list(level, "keywords", kws, |d, l, k| {
            d.head("keyword", Some(k.span));
            d.ident(l, "arg", k.arg.as_ref());
            d.expr_field(l, "value", &k.value);
        });
    }

    fn arg(&mut self, level: usize, a: &Arg) {
        self.head("arg", Some(a.span));
        self.ident(level, "arg", Some(&a.arg));
        self.opt_expr(level, "annotation", a.annotation.as_ref());
    }

    fn opt_arg(&mut self, level: usize, field: &str, a: Option<&Arg>) {
        match a {
            Some(a) => {
                self.pad(level);
                let _ = write!(self.out, "{field}: ");
                self.arg(level + 1, a);
            }
            None => self.scalar(level, field, "None"),
        }
    }

    fn arguments(&mut self, level: usize, a: &Arguments) {
        self.pad(level);
        self.out.push_str("args: ");
        self.head("arguments", None);
        let l = level + 1;
        self.list(l, "posonlyargs", &a.posonlyargs, |d, l, a| d.arg(l, a));
        self.list(l, "args", &a.args, |d, l, a| d.arg(l, a));
        self.opt_arg(l, "vararg", a.vararg.as_ref());
        self.list(l, "kwonlyargs", &a.kwonlyargs, |d, l, a| d.arg(l, a));
        self.list(l, "kw_defaults", &a.kw_defaults, |d, l, e| match e {
            Some(e) => d.expr(l, e),
            None => d.out.push_str("None\n"),
        });
        self.opt_arg(l, "kwarg", a.kwarg.as_ref());
        self.exprs(l, "defaults", &a.defaults);
    }

    fn comprehensions(&mut self, level: usize, gens: &[Comprehension]) {
        self.list(level, "generators", gens, |d, l, g| {
            d.head("comprehension", None);
            d.expr_field(l, "target", &g.target);
            d.expr_field(l, "iter", &g.iter);
            d.exprs(l, "ifs", &g.ifs);
            d.scalar(l, "is_async", "0");
        });
    }

    fn constant(&self, c: &Constant) -> String {
        match c {
            Constant::None => "None".into(),
            Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(b) => b.0.to_string(),
            Constant::Float(f) => float_repr(*f),
            Constant::Str(s) => str_repr(s),
            Constant::Bytes(b) => bytes_repr(b),
        }
    }

    fn expr(&mut self, level: usize, e: &Expr) {
        crate::stack::deep(|| self.expr_inner(level, e));
    }

    fn expr_inner(&mut self, level: usize, e: &Expr) {
        let l = level;
        let head = |d: &mut Self, name: &str| d.head(name, Some(e.span));
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                head(self, "BoolOp");
                self.scalar(l, "op", &format!("{op:?}"));
                self.exprs(l, "values", values);
            }
            ExprKind::NamedExpr { target, value } => {
                head(self, "NamedExpr");
                self.expr_field(l, "target", target);
                self.expr_field(l, "value", value);
            }
            ExprKind::BinOp { left, op, right } => {
                head(self, "BinOp");
                self.expr_field(l, "left", left);
                self.scalar(l, "op", &format!("{op:?}"));
                self.expr_field(l, "right", right);
            }
            ExprKind::UnaryOp { op, operand } => {
                head(self, "UnaryOp");
                self.scalar(l, "op", &format!("{op:?}"));
                self.expr_field(l, "operand", operand);
            }
            ExprKind::Lambda { args, body } => {
                head(self, "Lambda");
                self.arguments(l, args);
                self.expr_field(l, "body", body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                head(self, "IfExp");
                self.expr_field(l, "test", test);
                self.expr_field(l, "body", body);
                self.expr_field(l, "orelse", orelse);
            }
            ExprKind::Dict(d) => {
                let Dict { keys, values } = &**d;
                head(self, "Dict");
                self.list(l, "keys", keys, |d, l, k| match k {
                    Some(k) => d.expr(l, k),
                    None => d.out.push_str("None\n"),
                });
                self.exprs(l, "values", values);
            }
            ExprKind::Set(elts) => {
                head(self, "Set");
                self.exprs(l, "elts", elts);
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let name = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                head(self, name);
                self.expr_field(l, "elt", elt);
                self.comprehensions(l, generators);
            }
            ExprKind::DictComp(d) => {
                let DictComp {
                    key,
                    value,
                    generators,
                } = &**d;
                head(self, "DictComp");
                self.expr_field(l, "key", key);
                self.expr_field(l, "value", value);
                self.comprehensions(l, generators);
            }
            ExprKind::Yield(v) => {
                head(self, "Yield");
                self.opt_expr(l, "value", v.as_deref());
            }
            ExprKind::YieldFrom(v) => {
                head(self, "YieldFrom");
                self.expr_field(l, "value", v);
            }
            ExprKind::Compare(c) => {
                let Compare {
                    left,
                    ops,
                    comparators,
                } = &**c;
                head(self, "Compare");
                self.expr_field(l, "left", left);
                self.list(l, "ops", ops, |d, _, op| {
                    let _ = writeln!(d.out, "{op:?}");
                });
                self.exprs(l, "comparators", comparators);
            }
            ExprKind::Call(c) => {
                let Call {
                    func,
                    args,
                    keywords,
                } = &**c;
                head(self, "Call");
                self.expr_field(l, "func", func);
                self.exprs(l, "args", args);
                self.keywords(l, keywords);
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                head(self, "FormattedValue");
                self.expr_field(l, "value", value);
                let c = match conversion {
                    Conversion::None => -1,
                    Conversion::Str => 115,
                    Conversion::Repr => 114,
                    Conversion::Ascii => 97,
                };
                self.scalar(l, "conversion", &c.to_string());
                self.opt_expr(l, "format_spec", format_spec.as_deref());
            }
            ExprKind::JoinedStr(values) => {
                head(self, "JoinedStr");
                self.exprs(l, "values", values);
            }
            ExprKind::Constant(c) => {
                head(self, "Constant");
                let v = self.constant(c);
                self.scalar(l, "value", &v);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                head(self, "Attribute");
                self.expr_field(l, "value", value);
                self.ident(l, "attr", Some(attr));
                self.scalar(l, "ctx", &format!("{ctx:?}"));
            }
            ExprKind::Subscript { value, slice, ctx } => {
                head(self, "Subscript");
                self.expr_field(l, "value", value);
                self.expr_field(l, "slice", slice);
                self.scalar(l, "ctx", &format!("{ctx:?}"));
            }
            ExprKind::Starred { value, ctx } => {
                head(self, "Starred");
                self.expr_field(l, "value", value);
                self.scalar(l, "ctx", &format!("{ctx:?}"));
            }
            ExprKind::Name { id, ctx } => {
                head(self, "Name");
                let n = self.name(*id);
                self.scalar(l, "id", &n);
                self.scalar(l, "ctx", &format!("{ctx:?}"));
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                head(
                    self,
                    if matches!(e.kind, ExprKind::List { .. }) {
                        "List"
                    } else {
                        "Tuple"
                    },
                );
                self.exprs(l, "elts", elts);
                self.scalar(l, "ctx", &format!("{ctx:?}"));
            }
            ExprKind::Slice { lower, upper, step } => {
                head(self, "Slice");
                self.opt_expr(l, "lower", lower.as_deref());
                self.opt_expr(l, "upper", upper.as_deref());
                self.opt_expr(l, "step", step.as_deref());
            }
        }
    }
}
