//! Grammar actions too long to write inline in `grammar/python.lalrpop`: building nodes,
//! validating assignment targets, parameter lists and call arguments with CPython's messages,
//! and refusing trees nested deeply enough to threaten later recursive passes.

use lalrpop_util::ParseError;

use super::ast::*;
use super::errors::ParseErr;
use super::strings::piece_expr;
use super::token::Tok;
use crate::intern::Name;

pub type R<T> = Result<T, ParseError<usize, Tok, ParseErr>>;

/// Deepest expression tree the parser accepts. Every later pass recurses over expressions;
/// this bound (with the 100-level indentation limit for statements) keeps them safe.
pub const MAX_EXPR_DEPTH: u32 = 1000;

fn fail<T>(msg: impl Into<String>, start: usize, end: usize) -> R<T> {
    Err(ParseError::User {
        error: ParseErr::new(msg, start, end),
    })
}

fn fail_span<T>(msg: impl Into<String>, span: Span) -> R<T> {
    fail(msg, span.start as usize, span.end as usize)
}

pub fn prepend<T>(first: T, mut rest: Vec<T>) -> Vec<T> {
    rest.insert(0, first);
    rest
}

pub fn push<T>(mut v: Vec<T>, e: T) -> Vec<T> {
    v.push(e);
    v
}

pub fn push_opt<T>(mut v: Vec<T>, e: Option<T>) -> Vec<T> {
    v.extend(e);
    v
}

/// Statements travel boxed through the parser: LALRPOP's symbol stack holds a union of every
/// nonterminal's type, and a large `Stmt` in it made every shift and reduce copy ~230 bytes.
pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Box<Stmt> {
    Box::new(Stmt {
        kind,
        span: Span::new(l, r),
    })
}

pub fn unbox<T>(items: Vec<Box<T>>) -> Vec<T> {
    items.into_iter().map(|b| *b).collect()
}

/// Builds an expression node, refusing it if the tree gets too deep.
pub fn node(kind: ExprKind, l: usize, r: usize) -> R<Expr> {
    let e = Expr::new(kind, Span::new(l, r));
    if e.depth > MAX_EXPR_DEPTH {
        return fail("too many nested expressions", l, r);
    }
    Ok(e)
}

fn body_end(body: &[Stmt], fallback: usize) -> usize {
    body.last().map_or(fallback, |s| s.span.end as usize)
}

// ---------------------------------------------------------------- targets

/// What CPython calls an expression that cannot be a target ("cannot assign to %s").
pub fn describe(e: &Expr) -> &'static str {
    use ExprKind::*;
    match &e.kind {
        BoolOp { .. } | BinOp { .. } => "expression",
        UnaryOp { .. } => "expression",
        NamedExpr { .. } => "named expression",
        Lambda { .. } => "lambda",
        IfExp { .. } => "conditional expression",
        Dict(_) => "dict literal",
        Set(_) => "set display",
        ListComp { .. } => "list comprehension",
        SetComp { .. } => "set comprehension",
        DictComp(_) => "dict comprehension",
        GeneratorExp { .. } => "generator expression",
        Yield(_) | YieldFrom(_) => "yield expression",
        Compare(_) => "comparison",
        Call(_) => "function call",
        FormattedValue { .. } | JoinedStr(_) => "f-string expression",
        Constant(self::Constant::None) => "None",
        Constant(self::Constant::Bool(true)) => "True",
        Constant(self::Constant::Bool(false)) => "False",
        Constant(self::Constant::Ellipsis) => "ellipsis",
        Constant(_) => "literal",
        Attribute { .. } => "attribute",
        Subscript { .. } => "subscript",
        Starred { .. } => "starred",
        Name { .. } => "name",
        List { .. } => "list",
        Tuple { .. } => "tuple",
        Slice { .. } => "slice",
    }
}

/// Marks `e` as a store (or delete) target, checking it can be one.
pub fn set_context(e: &mut Expr, ctx: ExprContext) -> Result<(), (String, Span)> {
    use ExprKind::*;
    let verb = if ctx == ExprContext::Del {
        "delete"
    } else {
        "assign to"
    };
    match &mut e.kind {
        Name { ctx: c, .. } | Attribute { ctx: c, .. } | Subscript { ctx: c, .. } => *c = ctx,
        Starred { value, ctx: c } if ctx == ExprContext::Store => {
            *c = ctx;
            set_context(value, ctx)?;
        }
        List { elts, ctx: c } | Tuple { elts, ctx: c } => {
            *c = ctx;
            for elt in elts {
                set_context(elt, ctx)?;
            }
        }
        Yield(_) | YieldFrom(_) if ctx == ExprContext::Store => {
            return Err(("assignment to yield expression not possible".into(), e.span))
        }
        _ => return Err((format!("cannot {verb} {}", describe(e)), e.span)),
    }
    Ok(())
}

fn store(mut e: Expr) -> R<Expr> {
    match set_context(&mut e, ExprContext::Store) {
        Ok(()) => Ok(e),
        Err((msg, span)) => fail_span(msg, span),
    }
}

/// The first target of a plain `x = y` gets CPython's "Maybe you meant '=='" hint when it is
/// an operand-level expression (not a comparison, boolean operation or display).
fn hint_eq(e: &Expr) -> bool {
    use ExprKind::*;
    !matches!(
        e.kind,
        Compare(_)
            | BoolOp { .. }
            | UnaryOp {
                op: self::UnaryOp::Not,
                ..
            }
            | IfExp { .. }
            | Lambda { .. }
            | NamedExpr { .. }
            | List { .. }
            | Tuple { .. }
            | GeneratorExp { .. }
            | Yield(_)
            | YieldFrom(_)
            | Constant(self::Constant::None | self::Constant::Bool(_))
            | Starred { .. }
    )
}

pub fn assign(first: Expr, mut rest: Vec<Expr>, l: usize, r: usize) -> R<Box<Stmt>> {
    let value = rest
        .pop()
        .unwrap_or_else(|| Expr::constant(Constant::None, Span::new(r, r)));
    let single = rest.is_empty();
    let mut targets = Vec::with_capacity(rest.len() + 1);
    for (i, t) in std::iter::once(first).chain(rest).enumerate() {
        let mut t = t;
        if let Err((msg, span)) = set_context(&mut t, ExprContext::Store) {
            if i == 0 && single && span == t.span && hint_eq(&t) {
                return fail_span(
                    format!("{msg} here. Maybe you meant '==' instead of '='?"),
                    span,
                );
            }
            return fail_span(msg, span);
        }
        targets.push(t);
    }
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

pub fn aug_assign(target: Expr, op: Operator, value: Expr, l: usize, r: usize) -> R<Box<Stmt>> {
    let mut target = target;
    match target.kind {
        ExprKind::Name { ref mut ctx, .. }
        | ExprKind::Attribute { ref mut ctx, .. }
        | ExprKind::Subscript { ref mut ctx, .. } => *ctx = ExprContext::Store,
        _ => {
            let what = describe(&target);
            return fail_span(
                format!("'{what}' is an illegal expression for augmented assignment"),
                target.span,
            );
        }
    }
    Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
}

pub fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> R<Box<Stmt>> {
    let parenthesized = (target.span.start as usize) > l;
    let simple = matches!(target.kind, ExprKind::Name { .. }) && !parenthesized;
    match &target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple { .. } => {
            return fail_span(
                "only single target (not tuple) can be annotated",
                target.span,
            )
        }
        ExprKind::List { .. } => {
            return fail_span(
                "only single target (not list) can be annotated",
                target.span,
            )
        }
        _ => return fail_span("illegal target for annotation", target.span),
    }
    let target = store(target)?;
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
        l,
        r,
    ))
}

pub fn del_stmt(mut t: Expr, l: usize, r: usize) -> R<Box<Stmt>> {
    // `del a, b` is a tuple of targets in the grammar but a list of targets in the AST.
    let bare_tuple = !source_parenthesized(&t);
    let targets = match t.kind {
        ExprKind::Tuple { ref mut elts, .. } if bare_tuple => std::mem::take(elts),
        _ => vec![t],
    };
    let mut out = Vec::with_capacity(targets.len());
    for mut e in targets {
        if let Err((msg, span)) = set_context(&mut e, ExprContext::Del) {
            return fail_span(msg, span);
        }
        out.push(e);
    }
    Ok(stmt(StmtKind::Delete(out), l, r))
}

/// Tuples built from a bare comma list start at their first element; parenthesised ones start
/// at the bracket, before their first element.
fn source_parenthesized(t: &Expr) -> bool {
    match &t.kind {
        ExprKind::Tuple { elts, .. } => elts.first().is_none_or(|e| e.span.start > t.span.start),
        _ => false,
    }
}

pub fn named_expr(target: Expr, value: Expr, l: usize, r: usize) -> R<Expr> {
    let target = match target.kind {
        ExprKind::Name { id, .. } => Expr {
            kind: ExprKind::Name {
                id,
                ctx: ExprContext::Store,
            },
            ..target
        },
        _ => {
            let what = describe(&target);
            return fail_span(
                format!("cannot use assignment expressions with {what}"),
                target.span,
            );
        }
    };
    node(
        ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        },
        l,
        r,
    )
}

// ---------------------------------------------------------------- statements

pub enum ImportNames {
    /// `*`, at this offset; an alias with no name parts stands for it in the AST.
    Star(usize),
    Names(Vec<Alias>),
    TrailingComma(usize),
}

pub fn dotted(first: Name, rest: Vec<Name>, l: usize, r: usize) -> DottedName {
    DottedName {
        parts: prepend(first, rest),
        span: Span::new(l, r),
    }
}

pub fn alias(name: DottedName, asname: Option<Ident>, l: usize, r: usize) -> Alias {
    Alias {
        name,
        asname,
        span: Span::new(l, r),
    }
}

pub fn import_from(
    level: u32,
    module: Option<DottedName>,
    names: ImportNames,
    l: usize,
    r: usize,
) -> R<Box<Stmt>> {
    let names = match names {
        ImportNames::Names(n) => n,
        // Accepted here so every valid program parses; the compiler refuses it.
        ImportNames::Star(at) => vec![Alias {
            name: DottedName {
                parts: vec![],
                span: Span::new(at, at + 1),
            },
            asname: None,
            span: Span::new(at, at + 1),
        }],
        ImportNames::TrailingComma(c) => {
            return fail(
                "trailing comma not allowed without surrounding parentheses",
                c + 1,
                c + 1,
            )
        }
    };
    if level == 0 && module.is_none() {
        return fail("invalid syntax", l, r);
    }
    Ok(stmt(
        StmtKind::ImportFrom {
            module,
            names,
            level,
        },
        l,
        r,
    ))
}

pub fn block(
    make: impl FnOnce(Vec<Stmt>, Vec<Stmt>) -> StmtKind,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
    l: usize,
) -> Box<Stmt> {
    let orelse = orelse.unwrap_or_default();
    let end = body_end(&orelse, body_end(&body, l));
    stmt(make(body, orelse), l, end)
}

pub fn for_stmt(
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
    l: usize,
) -> R<Box<Stmt>> {
    let target = store(target)?;
    Ok(block(
        |body, orelse| StmtKind::For {
            target,
            iter,
            body,
            orelse,
        },
        body,
        orelse,
        l,
    ))
}

pub fn if_stmt(
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<Box<(usize, Expr, Vec<Stmt>)>>,
    orelse: Option<Vec<Stmt>>,
    l: usize,
) -> Box<Stmt> {
    // `elif` chains nest: each elif is an `If` in the previous one's orelse, as in CPython.
    let mut tail = orelse;
    for elif in elifs.into_iter().rev() {
        let (el, etest, ebody) = *elif;
        let s = block(
            |body, orelse| StmtKind::If {
                test: etest,
                body,
                orelse,
            },
            ebody,
            tail,
            el,
        );
        tail = Some(vec![*s]);
    }
    block(
        |body, orelse| StmtKind::If { test, body, orelse },
        body,
        tail,
        l,
    )
}

pub fn except_handler(
    t: Option<(Expr, Option<Ident>)>,
    body: Vec<Stmt>,
    l: usize,
) -> ExceptHandler {
    let (typ, name) = match t {
        Some((e, n)) => (Some(e), n),
        None => (None, None),
    };
    let end = body_end(&body, l);
    ExceptHandler {
        typ,
        name,
        body,
        span: Span::new(l, end),
    }
}

pub fn try_stmt(
    body: Vec<Stmt>,
    handlers: Vec<Box<ExceptHandler>>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
    l: usize,
) -> Box<Stmt> {
    let handlers = unbox(handlers);
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let mut end = body_end(&body, l);
    if let Some(h) = handlers.last() {
        end = h.span.end as usize;
    }
    end = body_end(&finalbody, body_end(&orelse, end));
    stmt(
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
        l,
        end,
    )
}

pub fn with_item(e: Expr, v: Option<Expr>) -> R<WithItem> {
    let optional_vars = v.map(store).transpose()?;
    Ok(WithItem {
        context_expr: e,
        optional_vars,
    })
}

pub fn with_stmt(items: Vec<Box<WithItem>>, body: Vec<Stmt>, l: usize) -> Box<Stmt> {
    let items = unbox(items);
    let end = body_end(&body, l);
    stmt(StmtKind::With { items, body }, l, end)
}

pub enum WithParenContents {
    Items(
        Vec<Box<(Expr, Option<Expr>)>>,
        Option<Box<(Expr, Option<Expr>)>>,
    ),
    Single(Expr),
    Generator(Expr),
}

/// `with (...):` — a list of items when every element is a plain with-item, otherwise a single
/// parenthesised expression (a walrus, a starred element, a generator), as CPython decides.
pub fn with_paren(contents: WithParenContents, lp: usize, rp: usize) -> R<Vec<Box<WithItem>>> {
    let single = |e: Expr| {
        Ok(vec![Box::new(WithItem {
            context_expr: e,
            optional_vars: None,
        })])
    };
    let (items, last) = match contents {
        WithParenContents::Single(e) => return single(e),
        WithParenContents::Generator(mut e) => {
            // Like any parenthesised generator, its span includes the parentheses.
            e.span = Span::new(lp, rp);
            return single(e);
        }
        WithParenContents::Items(items, last) => (items, last),
    };
    let trailing_comma = last.is_none() && !items.is_empty();
    let all: Vec<(Expr, Option<Expr>)> = items.into_iter().chain(last).map(|b| *b).collect();
    if all.is_empty() {
        return single(tuple(vec![], lp, rp)?);
    }
    let odd = |e: &Expr| {
        matches!(
            e.kind,
            ExprKind::NamedExpr { .. } | ExprKind::Starred { .. }
        )
    };
    if let Some((e, _)) = all.iter().find(|(e, _)| odd(e)) {
        if all.iter().any(|(_, v)| v.is_some()) {
            return fail_span("invalid syntax", e.span);
        }
        let mut exprs: Vec<Expr> = all.into_iter().map(|(e, _)| e).collect();
        if exprs.len() == 1 && !trailing_comma {
            let e = exprs.remove(0);
            return match e.kind {
                ExprKind::Starred { .. } => fail_span("cannot use starred expression here", e.span),
                _ => single(e),
            };
        }
        return single(tuple(exprs, lp, rp)?);
    }
    all.into_iter()
        .map(|(e, v)| with_item(e, v).map(Box::new))
        .collect()
}

pub fn decorate(decorators: Vec<Expr>, mut s: Box<Stmt>) -> Box<Stmt> {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    s
}

// ---------------------------------------------------------------- definitions

pub enum ParamItem {
    /// A named parameter and its default.
    Plain(Arg, Option<Expr>),
    /// `*` or `*args` (offset of the star), with the span of a (forbidden) default.
    Star(usize, Option<Arg>, Option<Span>),
    DoubleStar(Arg, Option<Span>),
    Slash(usize),
}

pub fn param(name: Ident, annotation: Option<Expr>, l: usize, r: usize) -> Arg {
    Arg {
        arg: name,
        annotation,
        span: Span::new(l, r),
    }
}

/// Turns the flat parameter list into `Arguments`, with CPython's ordering errors.
pub fn arguments(items: Vec<Box<ParamItem>>) -> R<Arguments> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut star: Option<usize> = None; // offset of `*` once seen
    let mut seen_kwarg = false;
    let mut bare_star_needs_name = false;
    for item in unbox(items) {
        if seen_kwarg {
            let at = match &item {
                ParamItem::Plain(arg, _) | ParamItem::DoubleStar(arg, _) => arg.span.start as usize,
                ParamItem::Star(l, ..) | ParamItem::Slash(l) => *l,
            };
            return fail("arguments cannot follow var-keyword argument", at, at + 1);
        }
        match item {
            ParamItem::Plain(arg, default) => {
                bare_star_needs_name = false;
                if star.is_some() {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => a.defaults.push(d),
                        None if !a.defaults.is_empty() => {
                            return fail_span(
                                "non-default argument follows default argument",
                                arg.span,
                            )
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            ParamItem::Star(at, arg, default) => {
                if star.is_some() {
                    return fail("* argument may appear only once", at, at + 1);
                }
                if let Some(d) = default {
                    return fail_span("var-positional argument cannot have default value", d);
                }
                star = Some(at);
                match arg {
                    Some(arg) => {
                        a.vararg = Some(arg);
                    }
                    None => bare_star_needs_name = true,
                }
            }
            ParamItem::DoubleStar(arg, default) => {
                if let Some(d) = default {
                    return fail_span("var-keyword argument cannot have default value", d);
                }
                if bare_star_needs_name {
                    let at = star.unwrap_or(0);
                    return fail("named arguments must follow bare *", at, at + 1);
                }
                a.kwarg = Some(arg);
                seen_kwarg = true;
            }
            ParamItem::Slash(at) => {
                if seen_slash {
                    return fail("/ may appear only once", at, at + 1);
                }
                if star.is_some() {
                    return fail("/ must be ahead of *", at, at + 1);
                }
                if a.args.is_empty() {
                    return fail("at least one argument must precede /", at, at + 1);
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
        }
    }
    if bare_star_needs_name {
        let at = star.unwrap_or(0);
        return fail("named arguments must follow bare *", at, at + 1);
    }
    Ok(a)
}

pub fn func_def(
    name: Ident,
    params: Vec<Box<ParamItem>>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
    l: usize,
) -> R<Box<Stmt>> {
    let args = arguments(params)?;
    let end = body_end(&body, l);
    let f = FunctionDef {
        name,
        args,
        body,
        decorator_list: vec![],
        returns,
    };
    Ok(stmt(StmtKind::FunctionDef(Box::new(f)), l, end))
}

pub fn class_def(
    name: Ident,
    args: Option<Vec<ArgItem>>,
    body: Vec<Stmt>,
    l: usize,
) -> R<Box<Stmt>> {
    let items = args.unwrap_or_default();
    if let Some(ArgItem::Generator(e)) = items.iter().find(|i| matches!(i, ArgItem::Generator(_))) {
        return fail_span("invalid syntax", e.span);
    }
    let (bases, keywords) = call_arguments(items)?;
    let end = body_end(&body, l);
    let c = ClassDef {
        name,
        bases,
        keywords,
        body,
        decorator_list: vec![],
    };
    Ok(stmt(StmtKind::ClassDef(Box::new(c)), l, end))
}

pub fn lambda(params: Vec<Box<ParamItem>>, body: Expr, l: usize, r: usize) -> R<Expr> {
    let args = arguments(params)?;
    node(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
        l,
        r,
    )
}

// ---------------------------------------------------------------- expressions

pub fn tuple(items: Vec<Expr>, l: usize, r: usize) -> R<Expr> {
    node(
        ExprKind::Tuple {
            elts: items,
            ctx: ExprContext::Load,
        },
        l,
        r,
    )
}

/// `a[*b]` subscripts with a one-element tuple, as CPython's AST has it.
pub fn subscript(s: Expr, l: usize, r: usize) -> R<Expr> {
    match s.kind {
        ExprKind::Starred { .. } => tuple(vec![s], l, r),
        _ => Ok(s),
    }
}

pub fn parenthesized(e: Expr, l: usize, r: usize) -> R<Expr> {
    if let ExprKind::Starred { .. } = e.kind {
        return fail_span("cannot use starred expression here", e.span);
    }
    // Parentheses add no node, but they still count towards nesting depth.
    let _ = (l, r);
    Ok(e)
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> R<Expr> {
    node(
        ExprKind::BoolOp {
            op,
            values: prepend(first, rest),
        },
        l,
        r,
    )
}

pub fn unary(op: UnaryOp, operand: Expr, l: usize, r: usize) -> R<Expr> {
    node(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        l,
        r,
    )
}

pub fn bin_op(left: Expr, op: Operator, right: Expr, l: usize, r: usize) -> R<Expr> {
    node(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        l,
        r,
    )
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> R<Expr> {
    let (ops, comparators) = rest.into_iter().unzip();
    node(
        ExprKind::Compare(Box::new(Compare {
            left,
            ops,
            comparators,
        })),
        l,
        r,
    )
}

pub fn slice(
    lower: Option<Expr>,
    upper: Option<Expr>,
    step: Option<Expr>,
    l: usize,
    r: usize,
) -> R<Expr> {
    node(
        ExprKind::Slice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.map(Box::new),
        },
        l,
        r,
    )
}

pub fn dict(items: Vec<Box<(Option<Expr>, Expr)>>, l: usize, r: usize) -> R<Expr> {
    let (keys, values): (Vec<_>, Vec<_>) = items.into_iter().map(|b| *b).unzip();
    for v in &values {
        if let ExprKind::Starred { .. } = v.kind {
            return fail_span(
                "cannot use a starred expression in a dictionary value",
                v.span,
            );
        }
    }
    node(ExprKind::Dict(Box::new(Dict { keys, values })), l, r)
}

pub fn unsupported<T>(what: &str, l: usize, r: usize) -> R<T> {
    fail(format!("{what} not supported by krait"), l, r)
}

#[derive(Clone, Copy)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

pub fn comp_clause(target: Expr, iter: Expr, ifs: Vec<Expr>) -> R<Comprehension> {
    Ok(Comprehension {
        target: store(target)?,
        iter,
        ifs,
    })
}

pub fn comprehension(
    kind: CompKind,
    elt: Expr,
    value: Option<Expr>,
    generators: Vec<Comprehension>,
    l: usize,
    r: usize,
) -> R<Expr> {
    if let ExprKind::Starred { .. } = elt.kind {
        return fail_span(
            "iterable unpacking cannot be used in comprehension",
            elt.span,
        );
    }
    let elt = Box::new(elt);
    let kind = match (kind, value) {
        (CompKind::List, _) => ExprKind::ListComp { elt, generators },
        (CompKind::Set, _) => ExprKind::SetComp { elt, generators },
        (CompKind::Generator, _) => ExprKind::GeneratorExp { elt, generators },
        (CompKind::Dict, v) => ExprKind::DictComp(Box::new(DictComp {
            key: *elt,
            value: v.unwrap_or_else(|| Expr::constant(Constant::None, Span::new(r, r))),
            generators,
        })),
    };
    node(kind, l, r)
}

pub enum ArgItem {
    Positional(Expr),
    /// An unparenthesised generator expression argument.
    Generator(Expr),
    /// The key expression, where its `=` ends, the value, and the whole span (boxed: see `stmt`).
    Keyword(Box<(Expr, usize, Expr, Span)>),
    Star(Expr),
    DoubleStar(Expr, Span),
}

/// Splits call arguments into positional and keyword lists with CPython's ordering rules.
pub fn call_arguments(items: Vec<ArgItem>) -> R<(Vec<Expr>, Vec<Keyword>)> {
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            ArgItem::Positional(e) | ArgItem::Generator(e) => {
                if seen_double_star {
                    return fail_span(
                        "positional argument follows keyword argument unpacking",
                        e.span,
                    );
                }
                if seen_keyword {
                    return fail_span("positional argument follows keyword argument", e.span);
                }
                args.push(e);
            }
            ArgItem::Star(e) => {
                if seen_double_star {
                    let at = e.span.start as usize;
                    return fail(
                        "iterable argument unpacking follows keyword argument unpacking",
                        at,
                        at + 1,
                    );
                }
                args.push(e);
            }
            ArgItem::Keyword(kw) => {
                let (k, eq_end, value, span) = *kw;
                let arg = match k.kind {
                    ExprKind::Name { id, .. } => Ident {
                        name: id,
                        span: k.span,
                    },
                    ExprKind::Constant(Constant::None | Constant::Bool(_)) => {
                        return fail(
                            format!("cannot assign to {}", describe(&k)),
                            k.span.start as usize,
                            eq_end,
                        )
                    }
                    _ => {
                        return fail(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            k.span.start as usize,
                            eq_end,
                        )
                    }
                };
                seen_keyword = true;
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    span,
                });
            }
            ArgItem::DoubleStar(value, span) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
            }
        }
    }
    Ok((args, keywords))
}

pub fn call(func: Expr, items: Vec<ArgItem>, l: usize, r: usize) -> R<Expr> {
    let sole_generator = items.len() == 1 && matches!(items[0], ArgItem::Generator(_));
    let items = if sole_generator {
        // `f(x for x in y)`: the generator's span includes the call's parentheses in CPython.
        items
            .into_iter()
            .map(|i| match i {
                ArgItem::Generator(mut e) => {
                    e.span = Span::new(func.span.end as usize, r);
                    ArgItem::Positional(e)
                }
                other => other,
            })
            .collect()
    } else {
        let mut out = Vec::with_capacity(items.len());
        for i in items {
            match i {
                ArgItem::Generator(e) => {
                    return fail_span("Generator expression must be parenthesized", e.span);
                }
                ArgItem::Positional(e) => out.push(ArgItem::Positional(e)),
                other => out.push(other),
            }
        }
        out
    };
    let (args, keywords) = call_arguments(items)?;
    node(
        ExprKind::Call(Box::new(Call {
            func,
            args,
            keywords,
        })),
        l,
        r,
    )
}

/// Joins adjacent string literal tokens into one constant or f-string.
pub fn strings(parts: Vec<(usize, Box<StrLit>, usize)>, l: usize, r: usize) -> R<Expr> {
    let is_bytes = parts[0].1.is_bytes;
    if let Some((pl, _, _)) = parts.iter().find(|(_, p, _)| p.is_bytes != is_bytes) {
        let at = *pl;
        return fail("cannot mix bytes and nonbytes literals", at, at);
    }
    let span = Span::new(l, r);
    if is_bytes {
        let mut out = Vec::new();
        for (_, p, _) in parts {
            for piece in p.pieces {
                if let StrPiece::Bytes(b) = piece {
                    out.extend(b);
                }
            }
        }
        return Ok(Expr::constant(Constant::Bytes(out.into()), span));
    }
    let any_f = parts.iter().any(|(_, p, _)| p.is_fstring);
    if !any_f {
        let mut out = String::new();
        for (_, p, _) in parts {
            for piece in p.pieces {
                if let StrPiece::Text(t) = piece {
                    out.push_str(&t);
                }
            }
        }
        return Ok(Expr::constant(Constant::Str(out.into()), span));
    }
    // Merge neighbouring text pieces so the JoinedStr looks like CPython's.
    let mut values: Vec<Expr> = Vec::new();
    let mut text = String::new();
    for (tl, p, tr) in parts {
        for piece in p.pieces {
            match piece {
                StrPiece::Text(t) => text.push_str(&t),
                other => {
                    if !text.is_empty() {
                        values.push(piece_expr(StrPiece::Text(std::mem::take(&mut text)), span));
                    }
                    let mut field = piece_expr(other, span);
                    respan_format_spec(&mut field, Span::new(tl, tr), span);
                    values.push(field);
                }
            }
        }
    }
    if !text.is_empty() {
        values.push(piece_expr(StrPiece::Text(text), span));
    }
    // CPython 3.11 gives the top-level parts the position of the whole literal.
    for v in &mut values {
        v.span = span;
    }
    node(ExprKind::JoinedStr(values), l, r)
}

/// CPython 3.11 positions a format spec at the string token that holds it; a trailing text part
/// of the spec gets that token's position too, every other part the whole literal's.
fn respan_format_spec(e: &mut Expr, token: Span, whole: Span) {
    if let ExprKind::FormattedValue {
        format_spec: Some(spec),
        ..
    } = &mut e.kind
    {
        spec.span = token;
        if let ExprKind::JoinedStr(values) = &mut spec.kind {
            let n = values.len();
            for (i, v) in values.iter_mut().enumerate() {
                let trailing_text = i + 1 == n && matches!(v.kind, ExprKind::Constant(_));
                v.span = if trailing_text { token } else { whole };
                respan_format_spec(v, token, whole);
            }
        }
    }
}
