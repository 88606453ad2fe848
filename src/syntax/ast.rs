//! The abstract syntax tree. Node and field names follow CPython's `ast` module so that
//! `krait ast` output can be compared with CPython's own tree; every node carries a byte span.

use num_bigint::BigInt;

use crate::intern::Name;

/// Byte offsets `[start, end)` into the source given to the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        // Sources are capped below 4 GiB by the parser entry points, so offsets fit.
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: other.end,
        }
    }
}

/// An identifier with the place it was written (CPython keeps positions only on some of these;
/// we keep them everywhere so scope errors can point at the name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ident {
    pub name: Name,
    pub span: Span,
}

/// What a parse produces, by compile mode.
#[derive(Debug, Clone, PartialEq)]
pub enum Mod {
    Module(Vec<Stmt>),
    Expression(Box<Expr>),
    Interactive(Vec<Stmt>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: Operator,
        value: Expr,
    },
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Option<DottedName>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

/// `a.b.c` in an import: kept as parts so no stage needs to intern a joined string.
#[derive(Debug, Clone, PartialEq)]
pub struct DottedName {
    pub parts: Vec<Name>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: DottedName,
    pub asname: Option<Ident>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only argument; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults of the last positional (and positional-only) arguments.
    pub defaults: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub arg: Ident,
    pub annotation: Option<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub arg: Option<Ident>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    /// Nesting depth of this subtree, kept so the parser can refuse trees deep enough to
    /// threaten the native stack of later recursive passes.
    pub depth: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `!s`, `!r`, `!a` in an f-string field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BigIntLit(pub BigInt);

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(Box<BigIntLit>),
    Float(f64),
    Str(Box<str>),
    Bytes(Box<[u8]>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Dict(Box<Dict>),
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp(Box<DictComp>),
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Compare(Box<Compare>),
    Call(Box<Call>),
    FormattedValue {
        value: Box<Expr>,
        conversion: Conversion,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Name,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

// The four largest expression kinds are boxed so that `Expr` stays small (56 bytes): the
// parser's symbol stack and every tree walk move expressions around by value.

#[derive(Debug, Clone, PartialEq)]
pub struct Dict {
    /// `None` marks a `**mapping` entry.
    pub keys: Vec<Option<Expr>>,
    pub values: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DictComp {
    pub key: Expr,
    pub value: Expr,
    pub generators: Vec<Comprehension>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Compare {
    pub left: Expr,
    pub ops: Vec<CmpOp>,
    pub comparators: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub func: Expr,
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

/// One piece of a string literal token: text, bytes, or an f-string replacement field.
#[derive(Debug, Clone, PartialEq)]
pub enum StrPiece {
    Text(String),
    Bytes(Vec<u8>),
    /// A `FormattedValue` expression.
    Field(Expr),
}

/// A lexed string literal (one token; adjacent tokens are joined by the grammar).
#[derive(Debug, Clone, PartialEq)]
pub struct StrLit {
    pub is_bytes: bool,
    pub is_fstring: bool,
    pub pieces: Vec<StrPiece>,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        let depth = kind.child_depth() + 1;
        Expr { kind, span, depth }
    }

    pub fn name(id: Name, span: Span) -> Expr {
        Expr {
            kind: ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            },
            span,
            depth: 1,
        }
    }

    pub fn constant(c: Constant, span: Span) -> Expr {
        Expr {
            kind: ExprKind::Constant(c),
            span,
            depth: 1,
        }
    }
}

fn max_depth<'a>(exprs: impl IntoIterator<Item = &'a Expr>) -> u32 {
    exprs.into_iter().map(|e| e.depth).max().unwrap_or(0)
}

fn opt_depth(e: &Option<Box<Expr>>) -> u32 {
    e.as_ref().map_or(0, |e| e.depth)
}

fn comp_depth(gens: &[Comprehension]) -> u32 {
    gens.iter()
        .map(|g| g.target.depth.max(g.iter.depth).max(max_depth(&g.ifs)))
        .max()
        .unwrap_or(0)
}

fn args_depth(a: &Arguments) -> u32 {
    let annotations = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.kwonlyargs)
        .chain(&a.vararg)
        .chain(&a.kwarg)
        .filter_map(|p| p.annotation.as_ref());
    max_depth(annotations)
        .max(max_depth(&a.defaults))
        .max(max_depth(a.kw_defaults.iter().flatten()))
}

impl ExprKind {
    /// The deepest immediate child (children already know their own depth).
    fn child_depth(&self) -> u32 {
        use ExprKind::*;
        match self {
            BoolOp { values, .. } => max_depth(values),
            NamedExpr { target, value } => target.depth.max(value.depth),
            BinOp { left, right, .. } => left.depth.max(right.depth),
            UnaryOp { operand, .. } => operand.depth,
            Lambda { args, body } => args_depth(args).max(body.depth),
            IfExp { test, body, orelse } => test.depth.max(body.depth).max(orelse.depth),
            Dict(d) => max_depth(d.keys.iter().flatten()).max(max_depth(&d.values)),
            Set(elts) | JoinedStr(elts) => max_depth(elts),
            List { elts, .. } | Tuple { elts, .. } => max_depth(elts),
            ListComp { elt, generators }
            | SetComp { elt, generators }
            | GeneratorExp { elt, generators } => elt.depth.max(comp_depth(generators)),
            DictComp(d) => d
                .key
                .depth
                .max(d.value.depth)
                .max(comp_depth(&d.generators)),
            Yield(v) => opt_depth(v),
            YieldFrom(v) => v.depth,
            Compare(c) => c.left.depth.max(max_depth(&c.comparators)),
            Call(c) => c
                .func
                .depth
                .max(max_depth(&c.args))
                .max(max_depth(c.keywords.iter().map(|k| &k.value))),
            FormattedValue {
                value, format_spec, ..
            } => value.depth.max(opt_depth(format_spec)),
            Constant(_) | Name { .. } => 0,
            Attribute { value, .. } | Starred { value, .. } => value.depth,
            Subscript { value, slice, .. } => value.depth.max(slice.depth),
            Slice { lower, upper, step } => {
                opt_depth(lower).max(opt_depth(upper)).max(opt_depth(step))
            }
        }
    }
}
