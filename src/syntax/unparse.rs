//! Tree → source, after CPython's `ast.unparse`: the text parses back to the same tree (spans
//! aside). Parentheses are added by operator precedence only where the tree needs them.
//!
//! f-strings follow 3.11's rules: a field expression may not contain a backslash nor the quote
//! of any f-string around it, so literals inside fields pick whichever quotes still fit, and an
//! f-string tries each quote style until its fields can be written. A tree that no 3.11 source
//! could produce (a field holding `'\n'`, say) still yields text, which the parser then refuses,
//! where CPython's unparser raises.

use super::ast::*;
use crate::intern::Interner;
use crate::pyrepr::{bytes_repr, float_repr, is_printable, str_repr};

/// Renders a parsed (or built) tree as Python source; statements end with a newline.
pub fn unparse(m: &Mod, interner: &Interner) -> String {
    let mut u = Unparser {
        out: String::new(),
        interner,
        indent: 0,
        quotes: Vec::new(),
        failed: false,
    };
    match m {
        Mod::Module(body) | Mod::Interactive(body) => u.stmts(body),
        Mod::Expression(e) => u.expr(e, Prec::Test),
    }
    u.out
}

/// Binding strength, weakest first. A node is parenthesised when its own precedence is below
/// the one its position requires. Unlike CPython's table, `Yield` sits below `Tuple`: places
/// that take a bare tuple but not a bare `yield` (`for` iterables, `return`) then need no
/// special case, and places that take both (assignment values) ask for `Yield`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    NamedExpr,
    Yield,
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Atom,
}

impl Prec {
    fn next(self) -> Prec {
        use Prec::*;
        match self {
            NamedExpr => Yield,
            Yield => Tuple,
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power | Atom => Atom,
        }
    }
}

fn prec_of(e: &Expr) -> Prec {
    match &e.kind {
        ExprKind::NamedExpr { .. } => Prec::NamedExpr,
        ExprKind::Tuple { elts, .. } if !elts.is_empty() => Prec::Tuple,
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Prec::Yield,
        ExprKind::IfExp { .. } | ExprKind::Lambda { .. } => Prec::Test,
        ExprKind::BoolOp { op: BoolOp::Or, .. } => Prec::Or,
        ExprKind::BoolOp {
            op: BoolOp::And, ..
        } => Prec::And,
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        } => Prec::Not,
        ExprKind::UnaryOp { .. } => Prec::Factor,
        ExprKind::Compare(_) => Prec::Cmp,
        ExprKind::BinOp { op, .. } => binop_prec(*op),
        _ => Prec::Atom,
    }
}

fn binop_prec(op: Operator) -> Prec {
    use Operator::*;
    match op {
        BitOr => Prec::BitOr,
        BitXor => Prec::BitXor,
        BitAnd => Prec::BitAnd,
        LShift | RShift => Prec::Shift,
        Add | Sub => Prec::Arith,
        Mult | MatMult | Div | Mod | FloorDiv => Prec::Term,
        Pow => Prec::Power,
    }
}

fn binop_text(op: Operator) -> &'static str {
    use Operator::*;
    match op {
        Add => "+",
        Sub => "-",
        Mult => "*",
        MatMult => "@",
        Div => "/",
        Mod => "%",
        Pow => "**",
        LShift => "<<",
        RShift => ">>",
        BitOr => "|",
        BitXor => "^",
        BitAnd => "&",
        FloorDiv => "//",
    }
}

fn cmp_text(op: CmpOp) -> &'static str {
    use CmpOp::*;
    match op {
        Eq => "==",
        NotEq => "!=",
        Lt => "<",
        LtE => "<=",
        Gt => ">",
        GtE => ">=",
        Is => "is",
        IsNot => "is not",
        In => "in",
        NotIn => "not in",
    }
}

/// A string literal's quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Quote {
    ch: char,
    triple: bool,
}

/// In order of preference.
const QUOTES: [Quote; 4] = [
    Quote {
        ch: '\'',
        triple: false,
    },
    Quote {
        ch: '"',
        triple: false,
    },
    Quote {
        ch: '\'',
        triple: true,
    },
    Quote {
        ch: '"',
        triple: true,
    },
];

impl Quote {
    fn text(self) -> &'static str {
        match (self.ch, self.triple) {
            ('"', false) => "\"",
            ('"', true) => "\"\"\"",
            (_, false) => "'",
            (_, true) => "'''",
        }
    }
}

/// A backslash escape for `c` (quotes included, so either quote style can hold the result).
fn push_escape(out: &mut String, c: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\'' | '"' => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

struct Unparser<'a> {
    out: String,
    interner: &'a Interner,
    indent: usize,
    /// Quotes of the f-strings whose fields are being written, outermost first.
    quotes: Vec<Quote>,
    /// Set when a literal inside a field could not be written with the quotes in `quotes`;
    /// the f-string being written then tries its next quote style.
    failed: bool,
}

impl Unparser<'_> {
    fn name(&mut self, n: crate::intern::Name) {
        let interner = self.interner;
        self.out.push_str(interner.lookup(n));
    }

    /// Runs `f` against an empty output and returns what it wrote.
    fn render(&mut self, f: impl FnOnce(&mut Self)) -> String {
        let saved = std::mem::take(&mut self.out);
        f(self);
        std::mem::replace(&mut self.out, saved)
    }

    fn comma_list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            each(self, item);
        }
    }

    // ------------------------------------------------------------ statements

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn fill(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
    }

    fn block(&mut self, body: &[Stmt]) {
        self.out.push_str(":\n");
        self.indent += 1;
        if body.is_empty() {
            // An empty suite has no source form; `pass` keeps the output parseable.
            self.fill("pass\n");
        }
        self.stmts(body);
        self.indent -= 1;
    }

    fn else_block(&mut self, keyword: &str, body: &[Stmt]) {
        if !body.is_empty() {
            self.fill(keyword);
            self.block(body);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        crate::stack::deep(|| self.stmt_inner(s));
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.decorators(&f.decorator_list);
                self.fill("def ");
                self.name(f.name.name);
                self.out.push('(');
                self.arguments(&f.args);
                self.out.push(')');
                if let Some(r) = &f.returns {
                    self.out.push_str(" -> ");
                    self.expr(r, Prec::Test);
                }
                self.block(&f.body);
            }
            StmtKind::ClassDef(c) => {
                self.decorators(&c.decorator_list);
                self.fill("class ");
                self.name(c.name.name);
                if !c.bases.is_empty() || !c.keywords.is_empty() {
                    self.out.push('(');
                    self.call_arguments(&c.bases, &c.keywords);
                    self.out.push(')');
                }
                self.block(&c.body);
            }
            StmtKind::Return(v) => {
                self.fill("return");
                if let Some(v) = v {
                    self.out.push(' ');
                    self.expr(v, Prec::Tuple);
                }
                self.out.push('\n');
            }
            StmtKind::Delete(targets) => {
                self.fill("del ");
                // A tuple target keeps its parentheses: bare, it would be several targets.
                self.comma_list(targets, |u, t| u.expr(t, Prec::Test));
                self.out.push('\n');
            }
            StmtKind::Assign { targets, value } => {
                self.fill("");
                for t in targets {
                    self.expr(t, Prec::Tuple);
                    self.out.push_str(" = ");
                }
                self.expr(value, Prec::Yield);
                self.out.push('\n');
            }
            StmtKind::AugAssign { target, op, value } => {
                self.fill("");
                self.expr(target, Prec::Test);
                self.out.push(' ');
                self.out.push_str(binop_text(*op));
                self.out.push_str("= ");
                self.expr(value, Prec::Yield);
                self.out.push('\n');
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.fill("");
                match &target.kind {
                    // `simple` is false exactly when the name was parenthesised.
                    ExprKind::Name { id, .. } if !simple => {
                        self.out.push('(');
                        self.name(*id);
                        self.out.push(')');
                    }
                    _ => self.expr(target, Prec::Test),
                }
                self.out.push_str(": ");
                self.expr(annotation, Prec::Test);
                if let Some(v) = value {
                    self.out.push_str(" = ");
                    self.expr(v, Prec::Yield);
                }
                self.out.push('\n');
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.fill("for ");
                self.expr(target, Prec::Tuple);
                self.out.push_str(" in ");
                self.expr(iter, Prec::Tuple);
                self.block(body);
                self.else_block("else", orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.fill("while ");
                self.named(test);
                self.block(body);
                self.else_block("else", orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.fill("if ");
                self.named(test);
                self.block(body);
                // An `else` holding just an `if` is how the tree spells `elif`.
                let mut orelse = orelse;
                while let [Stmt {
                    kind:
                        StmtKind::If {
                            test,
                            body,
                            orelse: next,
                        },
                    ..
                }] = orelse.as_slice()
                {
                    self.fill("elif ");
                    self.named(test);
                    self.block(body);
                    orelse = next;
                }
                self.else_block("else", orelse);
            }
            StmtKind::With { items, body } => {
                self.fill("with ");
                self.comma_list(items, |u, item| {
                    // `with (a, b):` is two items since 3.9; a tuple item needs its own pair.
                    let lone_tuple = items.len() == 1
                        && item.optional_vars.is_none()
                        && matches!(&item.context_expr.kind, ExprKind::Tuple { elts, .. } if !elts.is_empty());
                    if lone_tuple {
                        u.out.push('(');
                    }
                    u.expr(&item.context_expr, Prec::Test);
                    if lone_tuple {
                        u.out.push(')');
                    }
                    if let Some(v) = &item.optional_vars {
                        u.out.push_str(" as ");
                        u.expr(v, Prec::Test);
                    }
                });
                self.block(body);
            }
            StmtKind::Raise { exc, cause } => {
                self.fill("raise");
                if let Some(e) = exc {
                    self.out.push(' ');
                    self.expr(e, Prec::Test);
                    if let Some(c) = cause {
                        self.out.push_str(" from ");
                        self.expr(c, Prec::Test);
                    }
                }
                self.out.push('\n');
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.fill("try");
                self.block(body);
                for h in handlers {
                    self.fill("except");
                    if let Some(t) = &h.typ {
                        self.out.push(' ');
                        self.expr(t, Prec::Test);
                        if let Some(n) = &h.name {
                            self.out.push_str(" as ");
                            self.name(n.name);
                        }
                    }
                    self.block(&h.body);
                }
                self.else_block("else", orelse);
                self.else_block("finally", finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.fill("assert ");
                self.expr(test, Prec::Test);
                if let Some(m) = msg {
                    self.out.push_str(", ");
                    self.expr(m, Prec::Test);
                }
                self.out.push('\n');
            }
            StmtKind::Import(names) => {
                self.fill("import ");
                self.aliases(names);
                self.out.push('\n');
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.fill("from ");
                for _ in 0..*level {
                    self.out.push('.');
                }
                if let Some(m) = module {
                    self.dotted(m);
                }
                self.out.push_str(" import ");
                self.aliases(names);
                self.out.push('\n');
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let kw = if matches!(s.kind, StmtKind::Global(_)) {
                    "global "
                } else {
                    "nonlocal "
                };
                self.fill(kw);
                self.comma_list(names, |u, n| u.name(n.name));
                self.out.push('\n');
            }
            StmtKind::Expr(e) => {
                self.fill("");
                self.expr(e, Prec::Yield);
                self.out.push('\n');
            }
            StmtKind::Pass => self.fill("pass\n"),
            StmtKind::Break => self.fill("break\n"),
            StmtKind::Continue => self.fill("continue\n"),
        }
    }

    fn decorators(&mut self, decorators: &[Expr]) {
        for d in decorators {
            self.fill("@");
            self.named(d);
            self.out.push('\n');
        }
    }

    fn dotted(&mut self, d: &DottedName) {
        if d.parts.is_empty() {
            // The alias of `from m import *`.
            self.out.push('*');
        }
        for (i, p) in d.parts.iter().enumerate() {
            if i > 0 {
                self.out.push('.');
            }
            self.name(*p);
        }
    }

    fn aliases(&mut self, names: &[Alias]) {
        self.comma_list(names, |u, a| {
            u.dotted(&a.name);
            if let Some(n) = &a.asname {
                u.out.push_str(" as ");
                u.name(n.name);
            }
        });
    }

    fn arg(&mut self, a: &Arg) {
        self.name(a.arg.name);
        if let Some(ann) = &a.annotation {
            self.out.push_str(": ");
            self.expr(ann, Prec::Test);
        }
    }

    fn default(&mut self, a: &Arg, d: &Expr) {
        self.out
            .push_str(if a.annotation.is_some() { " = " } else { "=" });
        self.expr(d, Prec::Test);
    }

    fn arguments(&mut self, a: &Arguments) {
        let mut first = true;
        let mut comma = |u: &mut Self| {
            if !std::mem::take(&mut first) {
                u.out.push_str(", ");
            }
        };
        let positional: Vec<&Arg> = a.posonlyargs.iter().chain(&a.args).collect();
        // Defaults belong to the last positional parameters.
        let undefaulted = positional.len().saturating_sub(a.defaults.len());
        for (i, arg) in positional.iter().enumerate() {
            comma(self);
            self.arg(arg);
            if let Some(d) = i.checked_sub(undefaulted).and_then(|k| a.defaults.get(k)) {
                self.default(arg, d);
            }
            if i + 1 == a.posonlyargs.len() {
                self.out.push_str(", /");
            }
        }
        if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
            comma(self);
            self.out.push('*');
            if let Some(v) = &a.vararg {
                self.arg(v);
            }
        }
        for (i, arg) in a.kwonlyargs.iter().enumerate() {
            comma(self);
            self.arg(arg);
            if let Some(Some(d)) = a.kw_defaults.get(i) {
                self.default(arg, d);
            }
        }
        if let Some(k) = &a.kwarg {
            comma(self);
            self.out.push_str("**");
            self.arg(k);
        }
    }

    fn call_arguments(&mut self, args: &[Expr], keywords: &[Keyword]) {
        self.comma_list(args, |u, a| u.named(a));
        if !args.is_empty() && !keywords.is_empty() {
            self.out.push_str(", ");
        }
        self.comma_list(keywords, |u, k| {
            match &k.arg {
                Some(n) => {
                    u.name(n.name);
                    u.out.push('=');
                }
                None => u.out.push_str("**"),
            }
            u.expr(&k.value, Prec::Test);
        });
    }

    // ------------------------------------------------------------ expressions

    /// Where the grammar takes a `named_expression` (tests of `if` and `while`, call arguments,
    /// list and set items, subscripts): an assignment expression needs no parentheses, any
    /// other expression is written as a `Test`.
    fn named(&mut self, e: &Expr) {
        let ctx = if matches!(e.kind, ExprKind::NamedExpr { .. }) {
            Prec::NamedExpr
        } else {
            Prec::Test
        };
        self.expr(e, ctx);
    }

    fn expr(&mut self, e: &Expr, ctx: Prec) {
        crate::stack::deep(|| self.expr_inner(e, ctx));
    }

    fn expr_inner(&mut self, e: &Expr, ctx: Prec) {
        let paren = prec_of(e) < ctx;
        if paren {
            self.out.push('(');
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let (p, word) = match op {
                    BoolOp::And => (Prec::And, " and "),
                    BoolOp::Or => (Prec::Or, " or "),
                };
                // Operands one level up: the parser flattens `a or b or c`, so a nested
                // operation of the same kind must keep its parentheses.
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(word);
                    }
                    self.expr(v, p.next());
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(target, Prec::Atom);
                self.out.push_str(" := ");
                self.expr(value, Prec::Test);
            }
            ExprKind::BinOp { left, op, right } => {
                let p = binop_prec(*op);
                // `**` is right-associative and takes a unary operand on its right: `2 ** -1`.
                let (lp, rp) = if *op == Operator::Pow {
                    (Prec::Atom, Prec::Factor)
                } else {
                    (p, p.next())
                };
                self.expr(left, lp);
                self.out.push(' ');
                self.out.push_str(binop_text(*op));
                self.out.push(' ');
                self.expr(right, rp);
            }
            ExprKind::UnaryOp { op, operand } => {
                let p = match op {
                    UnaryOp::Not => {
                        self.out.push_str("not ");
                        Prec::Not
                    }
                    UnaryOp::Invert => {
                        self.out.push('~');
                        Prec::Factor
                    }
                    UnaryOp::UAdd => {
                        self.out.push('+');
                        Prec::Factor
                    }
                    UnaryOp::USub => {
                        self.out.push('-');
                        Prec::Factor
                    }
                };
                self.expr(operand, p);
            }
            ExprKind::Lambda { args, body } => {
                self.out.push_str("lambda");
                let params = self.render(|u| u.arguments(args));
                if !params.is_empty() {
                    self.out.push(' ');
                    self.out.push_str(&params);
                }
                self.out.push_str(": ");
                self.expr(body, Prec::Test);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(body, Prec::Or);
                self.out.push_str(" if ");
                self.expr(test, Prec::Or);
                self.out.push_str(" else ");
                self.expr(orelse, Prec::Test);
            }
            ExprKind::Dict(d) => {
                let Dict { keys, values } = &**d;
                self.out.push('{');
                let pairs: Vec<_> = keys.iter().zip(values).collect();
                self.comma_list(&pairs, |u, (k, v)| match k {
                    Some(k) => {
                        u.expr(k, Prec::Test);
                        u.out.push_str(": ");
                        u.expr(v, Prec::Test);
                    }
                    None => {
                        u.out.push_str("**");
                        u.expr(v, Prec::BitOr);
                    }
                });
                self.out.push('}');
            }
            ExprKind::Set(elts) => {
                if elts.is_empty() {
                    // There is no empty-set display; this is the shortest tree-preserving form.
                    self.out.push_str("{*()}");
                } else {
                    self.out.push('{');
                    self.comma_list(elts, |u, e| u.named(e));
                    self.out.push('}');
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.out.push('[');
                self.named(elt);
                self.comprehensions(generators);
                self.out.push(']');
            }
            ExprKind::SetComp { elt, generators } => {
                self.out.push('{');
                self.named(elt);
                self.comprehensions(generators);
                self.out.push('}');
            }
            ExprKind::DictComp(d) => {
                let DictComp {
                    key,
                    value,
                    generators,
                } = &**d;
                self.out.push('{');
                self.expr(key, Prec::Test);
                self.out.push_str(": ");
                self.expr(value, Prec::Test);
                self.comprehensions(generators);
                self.out.push('}');
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.out.push('(');
                self.named(elt);
                self.comprehensions(generators);
                self.out.push(')');
            }
            ExprKind::Yield(v) => {
                self.out.push_str("yield");
                if let Some(v) = v {
                    self.out.push(' ');
                    self.expr(v, Prec::Tuple);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.out.push_str("yield from ");
                self.expr(v, Prec::Test);
            }
            ExprKind::Compare(c) => {
                let Compare {
                    left,
                    ops,
                    comparators,
                } = &**c;
                self.expr(left, Prec::Cmp.next());
                for (op, c) in ops.iter().zip(comparators) {
                    self.out.push(' ');
                    self.out.push_str(cmp_text(*op));
                    self.out.push(' ');
                    self.expr(c, Prec::Cmp.next());
                }
            }
            ExprKind::Call(c) => {
                let Call {
                    func,
                    args,
                    keywords,
                } = &**c;
                self.expr(func, Prec::Atom);
                self.out.push('(');
                match (args.as_slice(), keywords.is_empty()) {
                    // A lone generator argument shares the call's parentheses.
                    (
                        [Expr {
                            kind: ExprKind::GeneratorExp { elt, generators },
                            ..
                        }],
                        true,
                    ) => {
                        self.named(elt);
                        self.comprehensions(generators);
                    }
                    _ => self.call_arguments(args, keywords),
                }
                self.out.push(')');
            }
            ExprKind::FormattedValue { .. } => self.joined_str(std::slice::from_ref(e)),
            ExprKind::JoinedStr(values) => self.joined_str(values),
            ExprKind::Constant(c) => self.constant(c),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value, Prec::Atom);
                // `1.real` would lex as the float `1.` followed by a name.
                if let ExprKind::Constant(
                    Constant::Int(_)
                    | Constant::BigInt(_)
                    | Constant::Float(_)
                    | Constant::Ellipsis,
                ) = value.kind
                {
                    self.out.push(' ');
                }
                self.out.push('.');
                self.name(attr.name);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value, Prec::Atom);
                self.out.push('[');
                match &slice.kind {
                    // `a[1:2, *b]`: the tuple of a subscript needs no parentheses.
                    ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                        self.tuple_items(elts, true)
                    }
                    _ => self.named(slice),
                }
                self.out.push(']');
            }
            ExprKind::Starred { value, .. } => {
                self.out.push('*');
                self.expr(value, Prec::BitOr);
            }
            ExprKind::Name { id, .. } => self.name(*id),
            ExprKind::List { elts, .. } => {
                self.out.push('[');
                self.comma_list(elts, |u, e| u.named(e));
                self.out.push(']');
            }
            ExprKind::Tuple { elts, .. } => {
                if elts.is_empty() {
                    self.out.push_str("()");
                } else {
                    // Inside its own parentheses a tuple's items may be assignment expressions.
                    self.tuple_items(elts, paren);
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                if let Some(l) = lower {
                    self.expr(l, Prec::Test);
                }
                self.out.push(':');
                if let Some(u) = upper {
                    self.expr(u, Prec::Test);
                }
                if let Some(s) = step {
                    self.out.push(':');
                    self.expr(s, Prec::Test);
                }
            }
        }
        if paren {
            self.out.push(')');
        }
    }

    /// Items of a tuple without its parentheses; one item keeps its trailing comma. `named`:
    /// the items are where the grammar takes assignment expressions.
    fn tuple_items(&mut self, elts: &[Expr], named: bool) {
        self.comma_list(elts, |u, e| {
            if named {
                u.named(e)
            } else {
                u.expr(e, Prec::Test)
            }
        });
        if elts.len() == 1 {
            self.out.push(',');
        }
    }

    fn comprehensions(&mut self, generators: &[Comprehension]) {
        for g in generators {
            self.out.push_str(" for ");
            self.expr(&g.target, Prec::Tuple);
            self.out.push_str(" in ");
            // A conditional expression here would swallow the next `if` clause.
            self.expr(&g.iter, Prec::Or);
            for cond in &g.ifs {
                self.out.push_str(" if ");
                self.expr(cond, Prec::Or);
            }
        }
    }

    fn constant(&mut self, c: &Constant) {
        // Negative numbers are never constants in a parsed tree (`-1` is a unary minus); in a
        // built one they are parenthesised so they at least stay one operand.
        let text = match c {
            Constant::None => "None".to_string(),
            Constant::Bool(true) => "True".to_string(),
            Constant::Bool(false) => "False".to_string(),
            Constant::Ellipsis => "...".to_string(),
            Constant::Int(i) if *i < 0 => format!("({i})"),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(b) if b.0.sign() == num_bigint::Sign::Minus => format!("({})", b.0),
            Constant::BigInt(b) => b.0.to_string(),
            Constant::Float(f) => {
                // Infinity has no literal; an overflowing one evaluates to it (CPython's trick).
                let repr = float_repr(*f)
                    .replace("inf", "1e309")
                    .replace("nan", "(1e309-1e309)");
                if f.is_sign_negative() && !f.is_nan() {
                    format!("({repr})")
                } else {
                    repr
                }
            }
            Constant::Str(s) => return self.str_literal(s),
            Constant::Bytes(b) => return self.bytes_literal(b),
        };
        self.out.push_str(&text);
    }

    // ------------------------------------------------------------ string literals

    /// Whether quotes `q` may open a literal inside the fields being written: not the quote
    /// of a single-quoted f-string around it (it would end that f-string), nor the same
    /// triple quote as one.
    fn quote_fits(&self, q: Quote) -> bool {
        self.quotes.iter().all(|outer| {
            if outer.triple {
                q != *outer
            } else {
                q.ch != outer.ch
            }
        })
    }

    /// Whether `c` can stand unescaped inside a literal quoted by `q` here. Inside a field
    /// nothing can be escaped, and any quote character of an enclosing f-string is refused
    /// (stricter than needed for triple quotes, but never wrong).
    fn plain_char(&self, c: char, q: Quote) -> bool {
        c != '\\' && c != q.ch && is_printable(c) && !self.quotes.iter().any(|outer| outer.ch == c)
    }

    fn str_literal(&mut self, s: &str) {
        if self.quotes.is_empty() {
            self.out.push_str(&str_repr(s));
            return;
        }
        let fit = QUOTES
            .into_iter()
            .find(|q| self.quote_fits(*q) && s.chars().all(|c| self.plain_char(c, *q)));
        match fit {
            Some(q) => {
                self.out.push_str(q.text());
                self.out.push_str(s);
                self.out.push_str(q.text());
            }
            None => {
                self.failed = true;
                self.out.push_str(&str_repr(s));
            }
        }
    }

    fn bytes_literal(&mut self, b: &[u8]) {
        if self.quotes.is_empty() {
            self.out.push_str(&bytes_repr(b));
            return;
        }
        let fit = QUOTES.into_iter().find(|q| {
            self.quote_fits(*q)
                && b.iter()
                    .all(|&c| (0x20..0x7f).contains(&c) && self.plain_char(c as char, *q))
        });
        match fit {
            Some(q) => {
                self.out.push('b');
                self.out.push_str(q.text());
                self.out.extend(b.iter().map(|&c| c as char));
                self.out.push_str(q.text());
            }
            None => {
                self.failed = true;
                self.out.push_str(&bytes_repr(b));
            }
        }
    }

    fn joined_str(&mut self, values: &[Expr]) {
        for q in QUOTES {
            if !self.quote_fits(q) {
                continue;
            }
            let saved = std::mem::replace(&mut self.failed, false);
            let body = self.fstring_body(values, q, false);
            let ok = !self.failed;
            self.failed = saved;
            if let (Some(body), true) = (body, ok) {
                self.out.push('f');
                self.out.push_str(q.text());
                self.out.push_str(&body);
                self.out.push_str(q.text());
                return;
            }
        }
        // Nothing fits (a field needs a backslash, or f-strings nest too deeply for the quote
        // styles left): let an enclosing f-string try other quotes, else emit a best effort.
        self.failed = true;
        let q = QUOTES[0];
        let saved = std::mem::take(&mut self.quotes);
        let body = self.fstring_body(values, q, false).unwrap_or_default();
        self.quotes = saved;
        self.out.push('f');
        self.out.push_str(q.text());
        self.out.push_str(&body);
        self.out.push_str(q.text());
    }

    /// The text between an f-string's quotes `q`, or between a field's `:` and `}` when
    /// `in_spec`. `None` when a text part cannot be written here.
    fn fstring_body(&mut self, values: &[Expr], q: Quote, in_spec: bool) -> Option<String> {
        let mut out = String::new();
        for v in values {
            match &v.kind {
                ExprKind::Constant(Constant::Str(s)) => {
                    out.push_str(&self.fstring_text(s, q, in_spec)?)
                }
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } => {
                    self.field(&mut out, value, *conversion, format_spec.as_deref(), q)?;
                }
                _ => self.field(&mut out, v, Conversion::None, None, q)?,
            }
        }
        Some(out)
    }

    fn field(
        &mut self,
        out: &mut String,
        value: &Expr,
        conversion: Conversion,
        spec: Option<&Expr>,
        q: Quote,
    ) -> Option<()> {
        out.push('{');
        self.quotes.push(q);
        // Above `Test`: a top-level `:` (lambda, walrus) or `!` would end the expression.
        let text = self.render(|u| u.expr(value, Prec::Or));
        self.quotes.pop();
        if text.starts_with('{') {
            // `{{` would be an escaped brace.
            out.push(' ');
        }
        out.push_str(&text);
        out.push_str(match conversion {
            Conversion::None => "",
            Conversion::Str => "!s",
            Conversion::Repr => "!r",
            Conversion::Ascii => "!a",
        });
        if let Some(spec) = spec {
            out.push(':');
            match &spec.kind {
                ExprKind::JoinedStr(parts) => out.push_str(&self.fstring_body(parts, q, true)?),
                _ => out.push_str(&self.fstring_body(std::slice::from_ref(spec), q, true)?),
            }
        }
        out.push('}');
        Some(())
    }

    /// A text part. Braces double outside a format spec; inside one `{` always opens a field,
    /// so a literal brace there can only be an escape.
    fn fstring_text(&self, s: &str, q: Quote, in_spec: bool) -> Option<String> {
        let escapes = self.quotes.is_empty();
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '{' | '}' if !in_spec => {
                    out.push(c);
                    out.push(c);
                }
                '{' if escapes => out.push_str("\\x7b"),
                '}' if escapes => out.push_str("\\x7d"),
                '{' | '}' => return None,
                c if self.plain_char(c, q) => out.push(c),
                c if escapes => push_escape(&mut out, c),
                _ => return None,
            }
        }
        Some(out)
    }
}
