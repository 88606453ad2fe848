//! A structure-aware generator: an `arbitrary`-derived program (statements and expressions over
//! a few names, functions, classes, exceptions, generators, comprehensions, f-strings) rendered
//! to Python source. Rendering keeps the program valid — `return`/`yield` only in functions,
//! `break`/`continue` only in loops, nesting capped — so the fuzzer's bytes go to the compiler
//! back end and the VM rather than to SyntaxErrors.

use std::fmt::Write;

use arbitrary::Arbitrary;

/// Expression nesting beyond this renders as a leaf.
const MAX_EXPR_DEPTH: usize = 6;
/// Block nesting beyond this renders as `pass`.
const MAX_BLOCK_DEPTH: usize = 5;

#[derive(Arbitrary, Debug)]
pub struct Program {
    pub body: Vec<Stmt>,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Var {
    A,
    B,
    C,
    X,
    Y,
    Secret,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum FnName {
    F,
    G,
    H,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum ClsName {
    K,
    L,
    M,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum ExcName {
    Exception,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    ZeroDivisionError,
    RecursionError,
    StopIteration,
    ArithmeticError,
    LookupError,
    AttributeError,
    BaseException,
    MemoryError,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Builtin {
    Len,
    Str,
    Int,
    Float,
    List,
    Tuple,
    Dict,
    Set,
    Frozenset,
    Sorted,
    Sum,
    Min,
    Max,
    Abs,
    Repr,
    Range,
    Enumerate,
    Zip,
    Map,
    Filter,
    Isinstance,
    Getattr,
    Hasattr,
    Setattr,
    Iter,
    Next,
    Print,
    Hash,
    Type,
    Bool,
    Chr,
    Ord,
    Divmod,
    Pow,
    Round,
    Any,
    All,
    Reversed,
    Format,
    Callable,
    Bytes,
    Hex,
    Ascii,
    Slice,
    Vars,
    Dir,
    Globals,
    Locals,
    Eval,
    Exec,
    Super,
    Object,
    Property,
    Staticmethod,
    MathSqrt,
    MathFactorial,
    MathGcd,
    MathFloor,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Method {
    Append,
    Pop,
    Sort,
    Keys,
    Items,
    Values,
    Get,
    Join,
    Split,
    Upper,
    Replace,
    Format,
    Index,
    Count,
    Insert,
    Extend,
    Update,
    Add,
    Remove,
    Copy,
    Clear,
    Setdefault,
    Strip,
    Startswith,
    Find,
    Encode,
    Decode,
    Center,
    Zfill,
    Reverse,
    Send,
    Throw,
    Close,
    BitLength,
    IsInteger,
    AsIntegerRatio,
    Discard,
    Union,
    Popitem,
    Fromkeys,
    Translate,
    Expandtabs,
    Partition,
    Rsplit,
    Ljust,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Attr {
    Val,
    Other,
    Dunder(Dunder),
}

/// Dunder names, a few of them outside the allow-list on purpose.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Dunder {
    Class,
    Dict,
    Name,
    Qualname,
    Mro,
    Bases,
    Subclasses,
    Globals,
    Code,
    Closure,
    Self_,
    Func,
    Init,
    Repr,
    Doc,
    Module,
    Builtins,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum UnOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum StrLit {
    Empty,
    Abc,
    Digits,
    Spaces,
    Unicode,
    Format,
    Percent,
    Dunder,
    Newline,
}

#[derive(Arbitrary, Debug)]
pub enum Expr {
    Int(i8),
    Big(i64),
    Huge(u8),
    Float(f32),
    Str(StrLit),
    BytesLit(StrLit),
    None,
    True,
    False,
    Name(Var),
    Func(FnName),
    Class(ClsName),
    Exc(ExcName),
    BuiltinRef(Builtin),
    Bin(Box<Expr>, BinOp, Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Compare(Box<Expr>, CmpOp, Box<Expr>, Option<(CmpOp, Box<Expr>)>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Call(Builtin, Vec<Expr>),
    CallKw(Builtin, Vec<Expr>, Var, Box<Expr>),
    CallFn(FnName, Vec<Expr>),
    CallStar(FnName, Box<Expr>),
    CallValue(Box<Expr>, Vec<Expr>),
    New(ClsName, Vec<Expr>),
    MethodCall(Box<Expr>, Method, Vec<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    SetLit(Vec<Expr>),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(
        Box<Expr>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
    ),
    Attribute(Box<Expr>, Attr),
    Lambda(Vec<Var>, Box<Expr>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    ListComp(Box<Expr>, Var, Box<Expr>, Option<Box<Expr>>),
    DictComp(Box<Expr>, Box<Expr>, Var, Box<Expr>),
    GenExp(Box<Expr>, Var, Box<Expr>),
    FString(Box<Expr>, FSpec, Box<Expr>),
    Walrus(Var, Box<Expr>),
    Star(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum FSpec {
    None,
    Repr,
    Width,
    Float,
    Nested,
    Hex,
    Comma,
}

#[derive(Arbitrary, Debug)]
pub enum Target {
    Name(Var),
    Item(Expr, Expr),
    Attr(Expr, Attr),
    Unpack(Var, Var),
    Starred(Var, Var),
}

#[derive(Arbitrary, Debug)]
pub enum Stmt {
    Assign(Target, Expr),
    AugAssign(Var, BinOp, Expr),
    Expr(Expr),
    Print(Vec<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Var, Expr, Vec<Stmt>, Vec<Stmt>),
    Def(FnName, Vec<Var>, Option<Expr>, Vec<Stmt>),
    Decorated(FnName, Expr, Vec<Stmt>),
    Class(ClsName, Option<ClsName>, Vec<Member>),
    Return(Option<Expr>),
    Try(
        Vec<Stmt>,
        ExcName,
        Option<Var>,
        Vec<Stmt>,
        Vec<Stmt>,
        Vec<Stmt>,
    ),
    Raise(ExcName, Option<Expr>),
    RaiseFrom(ExcName, ExcName),
    Reraise,
    Break,
    Continue,
    Pass,
    Del(Target),
    Global(Var),
    Nonlocal(Var),
    Assert(Expr, Option<Expr>),
    ImportMath,
    Import(ImportName),
    With(Expr, Option<Var>, Vec<Stmt>),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum ImportName {
    Os,
    Sys,
    Math,
    Importlib,
    Builtins,
}

/// A class body entry.
#[derive(Arbitrary, Debug)]
pub enum Member {
    Method(MethodName, Vec<Var>, Vec<Stmt>),
    Field(Var, Expr),
    Prop(Vec<Stmt>),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum MethodName {
    Init,
    Repr,
    Str,
    Eq,
    Lt,
    Hash,
    Len,
    Iter,
    Next,
    GetItem,
    SetItem,
    Contains,
    Add,
    Bool,
    Call,
    GetAttr,
    SetAttr,
    Enter,
    Exit,
    Format,
    Plain,
}

impl Var {
    fn name(self) -> &'static str {
        match self {
            Var::A => "a",
            Var::B => "b",
            Var::C => "c",
            Var::X => "x",
            Var::Y => "y",
            Var::Secret => "secret",
        }
    }
}

impl FnName {
    fn name(self) -> &'static str {
        match self {
            FnName::F => "f",
            FnName::G => "g",
            FnName::H => "h",
        }
    }
}

impl ClsName {
    fn name(self) -> &'static str {
        match self {
            ClsName::K => "K",
            ClsName::L => "L",
            ClsName::M => "M",
        }
    }
}

impl ExcName {
    fn name(self) -> String {
        format!("{self:?}")
    }
}

impl ImportName {
    fn name(self) -> &'static str {
        match self {
            ImportName::Os => "os",
            ImportName::Sys => "sys",
            ImportName::Math => "math",
            ImportName::Importlib => "importlib",
            ImportName::Builtins => "builtins",
        }
    }
}

impl Builtin {
    fn name(self) -> String {
        match self {
            Builtin::MathSqrt => "math.sqrt".into(),
            Builtin::MathFactorial => "math.factorial".into(),
            Builtin::MathGcd => "math.gcd".into(),
            Builtin::MathFloor => "math.floor".into(),
            // The variant name, lowercased, is the builtin's name.
            other => format!("{other:?}").to_lowercase(),
        }
    }
}

impl Method {
    fn name(self) -> String {
        match self {
            Method::BitLength => "bit_length".into(),
            Method::IsInteger => "is_integer".into(),
            Method::AsIntegerRatio => "as_integer_ratio".into(),
            other => format!("{other:?}").to_lowercase(),
        }
    }
}

impl Attr {
    fn name(self) -> String {
        match self {
            Attr::Val => "val".into(),
            Attr::Other => "other".into(),
            Attr::Dunder(Dunder::Self_) => "__self__".into(),
            Attr::Dunder(d) => format!("__{}__", format!("{d:?}").to_lowercase()),
        }
    }
}

impl MethodName {
    fn name(self) -> &'static str {
        match self {
            MethodName::Init => "__init__",
            MethodName::Repr => "__repr__",
            MethodName::Str => "__str__",
            MethodName::Eq => "__eq__",
            MethodName::Lt => "__lt__",
            MethodName::Hash => "__hash__",
            MethodName::Len => "__len__",
            MethodName::Iter => "__iter__",
            MethodName::Next => "__next__",
            MethodName::GetItem => "__getitem__",
            MethodName::SetItem => "__setitem__",
            MethodName::Contains => "__contains__",
            MethodName::Add => "__add__",
            MethodName::Bool => "__bool__",
            MethodName::Call => "__call__",
            MethodName::GetAttr => "__getattr__",
            MethodName::SetAttr => "__setattr__",
            MethodName::Enter => "__enter__",
            MethodName::Exit => "__exit__",
            MethodName::Format => "__format__",
            MethodName::Plain => "method",
        }
    }
}

fn bin_op(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::MatMul => "@",
    }
}

fn cmp_op(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn str_lit(s: StrLit) -> &'static str {
    match s {
        StrLit::Empty => "''",
        StrLit::Abc => "'abc'",
        StrLit::Digits => "'123'",
        StrLit::Spaces => "' a b '",
        StrLit::Unicode => "'\\u00e9\\U0001f600x'",
        StrLit::Format => "'{} {0} {x!r:>5}'",
        StrLit::Percent => "'%s %d %r'",
        StrLit::Dunder => "'__class__'",
        StrLit::Newline => "'a\\nb\\tc'",
    }
}

fn bytes_lit(s: StrLit) -> &'static str {
    match s {
        StrLit::Empty => "b''",
        StrLit::Abc | StrLit::Unicode => "b'abc'",
        StrLit::Digits => "b'123'",
        StrLit::Spaces => "b' a b '",
        StrLit::Format => "b'{}'",
        StrLit::Percent => "b'%s %d'",
        StrLit::Dunder => "b'__class__'",
        StrLit::Newline => "b'a\\nb'",
    }
}

/// Where the renderer is: what the enclosing blocks allow.
#[derive(Clone, Copy, Default)]
struct Ctx {
    in_function: bool,
    in_loop: bool,
    in_except: bool,
    /// A function nested in a function (so `nonlocal` can have a binding).
    nested_function: bool,
    depth: usize,
}

/// Renders a program to Python source.
pub fn render(p: &Program) -> String {
    let mut out = String::new();
    render_block(&mut out, &p.body, Ctx::default(), 0);
    out
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("    ");
    }
}

fn render_block(out: &mut String, body: &[Stmt], ctx: Ctx, level: usize) {
    let mut wrote = false;
    for s in body {
        wrote |= render_stmt(out, s, ctx, level);
    }
    if !wrote {
        indent(out, level);
        out.push_str("pass\n");
    }
}

/// Writes one statement; false when it rendered to nothing.
fn render_stmt(out: &mut String, s: &Stmt, ctx: Ctx, level: usize) -> bool {
    let inner = Ctx {
        depth: ctx.depth + 1,
        ..ctx
    };
    if ctx.depth >= MAX_BLOCK_DEPTH && is_compound(s) {
        return false;
    }
    indent(out, level);
    match s {
        Stmt::Assign(t, e) => {
            let _ = writeln!(out, "{} = {}", target(t, ctx), expr(e, ctx, 0));
        }
        Stmt::AugAssign(v, op, e) => {
            let _ = writeln!(out, "{} {}= {}", v.name(), bin_op(*op), expr(e, ctx, 0));
        }
        Stmt::Expr(e) => {
            let _ = writeln!(out, "{}", expr(e, ctx, 0));
        }
        Stmt::Print(args) => {
            let _ = writeln!(out, "print({})", args_list(args, ctx, 0));
        }
        Stmt::If(c, a, b) => {
            let _ = writeln!(out, "if {}:", expr(c, ctx, 0));
            render_block(out, a, inner, level + 1);
            if !b.is_empty() {
                indent(out, level);
                out.push_str("else:\n");
                render_block(out, b, inner, level + 1);
            }
        }
        Stmt::While(c, body, orelse) => {
            let _ = writeln!(out, "while {}:", expr(c, ctx, 0));
            let looped = Ctx {
                in_loop: true,
                ..inner
            };
            render_block(out, body, looped, level + 1);
            render_else(out, orelse, inner, level);
        }
        Stmt::For(v, it, body, orelse) => {
            let _ = writeln!(out, "for {} in {}:", v.name(), expr(it, ctx, 0));
            let looped = Ctx {
                in_loop: true,
                ..inner
            };
            render_block(out, body, looped, level + 1);
            render_else(out, orelse, inner, level);
        }
        Stmt::Def(name, params, default, body) => {
            render_def(out, name.name(), params, default.as_ref(), body, ctx, level);
        }
        Stmt::Decorated(name, deco, body) => {
            let _ = writeln!(out, "@{}", expr(deco, ctx, 0));
            render_def(out, name.name(), &[], None, body, ctx, level);
        }
        Stmt::Class(name, base, members) => {
            let base = base.map(|b| format!("({})", b.name())).unwrap_or_default();
            let _ = writeln!(out, "class {}{base}:", name.name());
            render_members(out, members, inner, level + 1);
        }
        Stmt::Return(e) if ctx.in_function => {
            let v = e.as_ref().map(|e| expr(e, ctx, 0)).unwrap_or_default();
            let _ = writeln!(out, "return {v}");
        }
        Stmt::Try(body, exc, name, handler, orelse, finally) => {
            out.push_str("try:\n");
            render_block(out, body, inner, level + 1);
            indent(out, level);
            match name {
                Some(v) => {
                    let _ = writeln!(out, "except {} as {}:", exc.name(), v.name());
                }
                None => {
                    let _ = writeln!(out, "except {}:", exc.name());
                }
            }
            let handling = Ctx {
                in_except: true,
                ..inner
            };
            render_block(out, handler, handling, level + 1);
            render_else(out, orelse, inner, level);
            if !finally.is_empty() {
                indent(out, level);
                out.push_str("finally:\n");
                render_block(out, finally, inner, level + 1);
            }
        }
        Stmt::Raise(exc, arg) => {
            let a = arg.as_ref().map(|e| expr(e, ctx, 0)).unwrap_or_default();
            let _ = writeln!(out, "raise {}({a})", exc.name());
        }
        Stmt::RaiseFrom(a, b) => {
            let _ = writeln!(out, "raise {}() from {}()", a.name(), b.name());
        }
        Stmt::Reraise if ctx.in_except => out.push_str("raise\n"),
        Stmt::Break if ctx.in_loop => out.push_str("break\n"),
        Stmt::Continue if ctx.in_loop => out.push_str("continue\n"),
        Stmt::Del(t) => {
            let _ = writeln!(out, "del {}", target(t, ctx));
        }
        Stmt::Global(v) if ctx.in_function => {
            let _ = writeln!(out, "global {}", v.name());
        }
        Stmt::Nonlocal(v) if ctx.nested_function => {
            let _ = writeln!(out, "nonlocal {}", v.name());
        }
        Stmt::Assert(c, msg) => {
            let m = msg
                .as_ref()
                .map(|e| format!(", {}", expr(e, ctx, 0)))
                .unwrap_or_default();
            let _ = writeln!(out, "assert {}{m}", expr(c, ctx, 0));
        }
        Stmt::ImportMath => out.push_str("import math\n"),
        Stmt::Import(m) => {
            let _ = writeln!(out, "import {}", m.name());
        }
        Stmt::With(e, v, body) => {
            let alias = v.map(|v| format!(" as {}", v.name())).unwrap_or_default();
            let _ = writeln!(out, "with {}{alias}:", expr(e, ctx, 0));
            render_block(out, body, inner, level + 1);
        }
        Stmt::Pass
        | Stmt::Return(_)
        | Stmt::Reraise
        | Stmt::Break
        | Stmt::Continue
        | Stmt::Global(_)
        | Stmt::Nonlocal(_) => out.push_str("pass\n"),
    }
    true
}

fn is_compound(s: &Stmt) -> bool {
    matches!(
        s,
        Stmt::If(..)
            | Stmt::While(..)
            | Stmt::For(..)
            | Stmt::Def(..)
            | Stmt::Decorated(..)
            | Stmt::Class(..)
            | Stmt::Try(..)
            | Stmt::With(..)
    )
}

fn render_else(out: &mut String, orelse: &[Stmt], ctx: Ctx, level: usize) {
    if !orelse.is_empty() {
        indent(out, level);
        out.push_str("else:\n");
        render_block(out, orelse, ctx, level + 1);
    }
}

fn render_def(
    out: &mut String,
    name: &str,
    params: &[Var],
    default: Option<&Expr>,
    body: &[Stmt],
    ctx: Ctx,
    level: usize,
) {
    let mut ps: Vec<&str> = Vec::new();
    for p in params.iter().take(4) {
        if !ps.contains(&p.name()) {
            ps.push(p.name());
        }
    }
    let mut sig = ps.join(", ");
    if let Some(d) = default {
        if !ps.contains(&"y") {
            if !sig.is_empty() {
                sig.push_str(", ");
            }
            let _ = write!(sig, "y={}", expr(d, ctx, 0));
        }
    }
    let _ = writeln!(out, "def {name}({sig}):");
    let body_ctx = Ctx {
        in_function: true,
        in_loop: false,
        in_except: false,
        nested_function: ctx.in_function,
        depth: ctx.depth + 1,
    };
    render_block(out, body, body_ctx, level + 1);
}

fn render_members(out: &mut String, members: &[Member], ctx: Ctx, level: usize) {
    if members.is_empty() {
        indent(out, level);
        out.push_str("pass\n");
    }
    for m in members {
        match m {
            Member::Method(name, params, body) => {
                let mut all = vec![Var::C];
                all.extend(params.iter().copied().filter(|p| p.name() != "c"));
                render_def_with_self(out, name.name(), &all, body, ctx, level);
            }
            Member::Field(v, e) => {
                indent(out, level);
                let _ = writeln!(out, "{} = {}", v.name(), expr(e, ctx, 0));
            }
            Member::Prop(body) => {
                indent(out, level);
                out.push_str("@property\n");
                render_def_with_self(out, "val", &[Var::C], body, ctx, level);
            }
        }
    }
}

/// Methods take `c` as `self` (a plain name, so the generated bodies can use it).
fn render_def_with_self(
    out: &mut String,
    name: &str,
    params: &[Var],
    body: &[Stmt],
    ctx: Ctx,
    level: usize,
) {
    indent(out, level);
    render_def(out, name, params, None, body, ctx, level);
}

fn target(t: &Target, ctx: Ctx) -> String {
    match t {
        Target::Name(v) => v.name().into(),
        Target::Item(o, i) => format!("{}[{}]", atom(o, ctx, 0), expr(i, ctx, 0)),
        Target::Attr(o, a) => format!("{}.{}", atom(o, ctx, 0), a.name()),
        Target::Unpack(a, b) => format!("{}, {}", a.name(), b.name()),
        Target::Starred(a, b) if a.name() != b.name() => {
            format!("{}, *{}", a.name(), b.name())
        }
        Target::Starred(a, _) => a.name().into(),
    }
}

fn args_list(args: &[Expr], ctx: Ctx, depth: usize) -> String {
    args.iter()
        .take(5)
        .map(|a| expr(a, ctx, depth + 1))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An expression wrapped in parentheses when it is not already an atom.
fn atom(e: &Expr, ctx: Ctx, depth: usize) -> String {
    format!("({})", expr(e, ctx, depth))
}

fn expr(e: &Expr, ctx: Ctx, depth: usize) -> String {
    if depth >= MAX_EXPR_DEPTH {
        return leaf(e);
    }
    let d = depth + 1;
    match e {
        Expr::Bin(a, op, b) => format!("{} {} {}", atom(a, ctx, d), bin_op(*op), atom(b, ctx, d)),
        Expr::Unary(op, a) => {
            let o = match op {
                UnOp::Neg => "-",
                UnOp::Pos => "+",
                UnOp::Not => "not ",
                UnOp::Invert => "~",
            };
            format!("{o}{}", atom(a, ctx, d))
        }
        Expr::Compare(a, op, b, more) => {
            let mut s = format!("{} {} {}", atom(a, ctx, d), cmp_op(*op), atom(b, ctx, d));
            if let Some((op2, c)) = more {
                let _ = write!(s, " {} {}", cmp_op(*op2), atom(c, ctx, d));
            }
            s
        }
        Expr::And(a, b) => format!("{} and {}", atom(a, ctx, d), atom(b, ctx, d)),
        Expr::Or(a, b) => format!("{} or {}", atom(a, ctx, d), atom(b, ctx, d)),
        Expr::Call(f, args) => format!("{}({})", f.name(), args_list(args, ctx, d)),
        Expr::CallKw(f, args, k, v) => {
            let a = args_list(args, ctx, d);
            let sep = if a.is_empty() { "" } else { ", " };
            format!("{}({a}{sep}{}={})", f.name(), k.name(), expr(v, ctx, d))
        }
        Expr::CallFn(f, args) => format!("{}({})", f.name(), args_list(args, ctx, d)),
        Expr::CallStar(f, a) => format!("{}(*{})", f.name(), atom(a, ctx, d)),
        Expr::CallValue(f, args) => format!("{}({})", atom(f, ctx, d), args_list(args, ctx, d)),
        Expr::New(c, args) => format!("{}({})", c.name(), args_list(args, ctx, d)),
        Expr::MethodCall(o, m, args) => {
            format!(
                "{}.{}({})",
                atom(o, ctx, d),
                m.name(),
                args_list(args, ctx, d)
            )
        }
        Expr::List(items) => format!("[{}]", args_list(items, ctx, d)),
        Expr::Tuple(items) => match items.len() {
            0 => "()".into(),
            1 => format!("({},)", expr(&items[0], ctx, d)),
            _ => format!("({})", args_list(items, ctx, d)),
        },
        Expr::Dict(items) => {
            let body: Vec<String> = items
                .iter()
                .take(4)
                .map(|(k, v)| format!("{}: {}", expr(k, ctx, d), expr(v, ctx, d)))
                .collect();
            format!("{{{}}}", body.join(", "))
        }
        Expr::SetLit(items) if !items.is_empty() => format!("{{{}}}", args_list(items, ctx, d)),
        Expr::SetLit(_) => "set()".into(),
        Expr::Subscript(o, i) => format!("{}[{}]", atom(o, ctx, d), expr(i, ctx, d)),
        Expr::Slice(o, a, b, c) => {
            let part =
                |x: &Option<Box<Expr>>| x.as_ref().map(|e| expr(e, ctx, d)).unwrap_or_default();
            let step = c
                .as_ref()
                .map(|e| format!(":{}", expr(e, ctx, d)))
                .unwrap_or_default();
            format!("{}[{}:{}{step}]", atom(o, ctx, d), part(a), part(b))
        }
        Expr::Attribute(o, a) => format!("{}.{}", atom(o, ctx, d), a.name()),
        Expr::Lambda(params, body) => {
            let mut ps: Vec<&str> = Vec::new();
            for p in params.iter().take(3) {
                if !ps.contains(&p.name()) {
                    ps.push(p.name());
                }
            }
            // A lambda body is a new function scope: no yield there.
            let inner = Ctx {
                in_function: false,
                ..ctx
            };
            format!("(lambda {}: {})", ps.join(", "), expr(body, inner, d))
        }
        Expr::IfExp(a, c, b) => format!(
            "{} if {} else {}",
            atom(a, ctx, d),
            atom(c, ctx, d),
            atom(b, ctx, d)
        ),
        Expr::ListComp(e, v, it, cond) => {
            let inner = Ctx {
                in_function: false,
                ..ctx
            };
            let c = cond
                .as_ref()
                .map(|c| format!(" if {}", atom(c, inner, d)))
                .unwrap_or_default();
            format!(
                "[{} for {} in {}{c}]",
                expr(e, inner, d),
                v.name(),
                atom(it, ctx, d)
            )
        }
        Expr::DictComp(k, val, v, it) => {
            let inner = Ctx {
                in_function: false,
                ..ctx
            };
            format!(
                "{{{}: {} for {} in {}}}",
                atom(k, inner, d),
                atom(val, inner, d),
                v.name(),
                atom(it, ctx, d)
            )
        }
        Expr::GenExp(e, v, it) => {
            let inner = Ctx {
                in_function: false,
                ..ctx
            };
            format!(
                "({} for {} in {})",
                atom(e, inner, d),
                v.name(),
                atom(it, ctx, d)
            )
        }
        Expr::FString(a, spec, b) => {
            let s = match spec {
                FSpec::None => String::new(),
                FSpec::Repr => "!r".into(),
                FSpec::Width => ":>8".into(),
                FSpec::Float => ":.3f".into(),
                FSpec::Nested => format!(":{{{}}}", expr(b, ctx, d)),
                FSpec::Hex => ":#x".into(),
                FSpec::Comma => ":,".into(),
            };
            format!("f\"<{{{}{s}}}>\"", expr(a, ctx, d).replace('"', "'"))
        }
        Expr::Walrus(v, e) => format!("({} := {})", v.name(), expr(e, ctx, d)),
        Expr::Star(e) => format!("[*{}]", atom(e, ctx, d)),
        Expr::Yield(v) if ctx.in_function => {
            let v = v.as_ref().map(|e| atom(e, ctx, d)).unwrap_or_default();
            format!("(yield {v})")
        }
        Expr::YieldFrom(v) if ctx.in_function => format!("(yield from {})", atom(v, ctx, d)),
        other => leaf(other),
    }
}

/// The expressions without sub-expressions; anything else renders as a small constant.
fn leaf(e: &Expr) -> String {
    match e {
        Expr::Int(i) => i.to_string(),
        Expr::Big(i) => format!("({i})"),
        Expr::Huge(n) => format!("(10 ** {})", u32::from(*n) * 4),
        Expr::Float(f) if f.is_finite() => format!("({f:?})"),
        Expr::Float(f) if f.is_nan() => "float('nan')".into(),
        Expr::Float(_) => "float('inf')".into(),
        Expr::Str(s) => str_lit(*s).into(),
        Expr::BytesLit(s) => bytes_lit(*s).into(),
        Expr::None => "None".into(),
        Expr::True => "True".into(),
        Expr::False => "False".into(),
        Expr::Name(v) => v.name().into(),
        Expr::Func(f) => f.name().into(),
        Expr::Class(c) => c.name().into(),
        Expr::Exc(x) => x.name(),
        Expr::BuiltinRef(b) => b.name(),
        _ => "1".into(),
    }
}
