//! Property tests of the front end: random trees survive unparse → parse unchanged (compared as
//! position-free dumps), and no input, however malformed, panics the lexer or the parser.
//! Case counts follow proptest's default (256) or `PROPTEST_CASES`.

use krait::intern::{Interner, Name};
use krait::syntax::ast::*;
use krait::syntax::dump::dump;
use krait::syntax::unparse::unparse;
use krait::syntax::{dump_tokens, parse, Mode};
use num_bigint::BigInt;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::strategy::Union;
use proptest::test_runner::TestCaseError;

type S<T> = BoxedStrategy<T>;

/// Identifiers of generated trees: ASCII, no keywords or soft keywords.
const NAMES: &[&str] = &["a", "b", "c", "x", "y", "z", "foo", "_bar", "Spam", "k9"];

/// Interns `NAMES` in order. Keys are handed out sequentially, so every interner made here
/// gives the same `Name`s, and strategies can use them before a test's interner exists.
fn interner() -> (Interner, Vec<Name>) {
    let mut i = Interner::new();
    let names = NAMES.iter().map(|n| i.intern(n)).collect();
    (i, names)
}

fn config() -> ProptestConfig {
    // No regression files: they would land in the source tree.
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------- tree builders

fn ex(kind: ExprKind) -> Expr {
    Expr::new(kind, Span::default())
}

fn st(kind: StmtKind) -> Stmt {
    Stmt {
        kind,
        span: Span::default(),
    }
}

fn ident(name: Name) -> Ident {
    Ident {
        name,
        span: Span::default(),
    }
}

fn arg(name: Name, annotation: Option<Expr>) -> Arg {
    Arg {
        arg: ident(name),
        annotation,
        span: Span::default(),
    }
}

fn name_in(ctx: ExprContext) -> S<Expr> {
    select(interner().1)
        .prop_map(move |id| ex(ExprKind::Name { id, ctx }))
        .boxed()
}

fn names() -> S<Name> {
    select(interner().1).boxed()
}

fn starred(value: Expr, ctx: ExprContext) -> Expr {
    ex(ExprKind::Starred {
        value: Box::new(value),
        ctx,
    })
}

fn union(arms: Vec<(u32, S<Expr>)>) -> S<Expr> {
    Union::new_weighted(arms).boxed()
}

/// Joins neighbouring text parts and drops empty ones, as the parser does.
fn joined(parts: Vec<Expr>) -> Expr {
    let mut values: Vec<Expr> = Vec::new();
    for p in parts {
        if let ExprKind::Constant(Constant::Str(s)) = &p.kind {
            if s.is_empty() {
                continue;
            }
            if let Some(Expr {
                kind: ExprKind::Constant(Constant::Str(prev)),
                ..
            }) = values.last_mut()
            {
                *prev = format!("{prev}{s}").into();
                continue;
            }
        }
        values.push(p);
    }
    ex(ExprKind::JoinedStr(values))
}

// ---------------------------------------------------------------- expression strategies

/// Where an expression is generated: how much deeper it may nest, and inside how many
/// f-string fields it sits (there, literals must be writable without backslashes).
#[derive(Debug, Clone, Copy)]
struct Cx {
    depth: u32,
    field: u32,
}

impl Cx {
    fn down(self) -> Cx {
        Cx {
            depth: self.depth.saturating_sub(1),
            ..self
        }
    }

    fn in_field(self) -> Cx {
        Cx {
            depth: self.depth.saturating_sub(1),
            field: self.field + 1,
        }
    }
}

/// Characters a literal inside a field can hold: no quotes, no backslash, no control
/// characters (3.11 cannot write those there).
const SAFE: &str = "abcXYZ019 .,;:!?-+*/=<>()[]@#$%^&|~_é中";

fn safe_text(braces: bool) -> S<String> {
    let mut chars: Vec<char> = SAFE.chars().collect();
    if braces {
        chars.extend(['{', '}']);
    }
    vec(select(chars), 0..6)
        .prop_map(|v| v.into_iter().collect())
        .boxed()
}

fn any_text() -> S<String> {
    prop_oneof![
        vec(any::<char>(), 0..6).prop_map(|v| v.into_iter().collect::<String>()),
        "[ -~]{0,6}",
        "['\"\\\\\n\t{}]{0,4}",
    ]
    .boxed()
}

/// A str literal's value, or f-string text (`braces`: outside a format spec).
fn text(cx: Cx, braces: bool) -> S<String> {
    if cx.field == 0 {
        any_text()
    } else {
        safe_text(braces)
    }
}

fn bytes(cx: Cx) -> S<Vec<u8>> {
    if cx.field == 0 {
        vec(any::<u8>(), 0..6).boxed()
    } else {
        safe_text(false)
            .prop_map(|s| s.bytes().filter(u8::is_ascii).collect())
            .boxed()
    }
}

fn constant(cx: Cx) -> S<Expr> {
    let big = (any::<u64>(), 1u64..u64::MAX).prop_map(|(a, b)| {
        // Always past i64::MAX, where the lexer switches to big integers.
        let v = BigInt::from(a) * BigInt::from(b) + BigInt::from(i64::MAX) + 1;
        Constant::BigInt(Box::new(BigIntLit(v)))
    });
    let float = prop_oneof![
        any::<f64>().prop_map(|f| if f.is_finite() { f.abs() } else { 0.0 }),
        (0u32..4000).prop_map(|n| f64::from(n) / 8.0),
    ];
    let c = prop_oneof![
        select(vec![
            Constant::None,
            Constant::Bool(true),
            Constant::Bool(false),
            Constant::Ellipsis
        ]),
        (0i64..1000).prop_map(Constant::Int),
        (0..=i64::MAX).prop_map(Constant::Int),
        big,
        float.prop_map(Constant::Float),
        text(cx, true).prop_map(|s| Constant::Str(s.into())),
        bytes(cx).prop_map(|b| Constant::Bytes(b.into())),
    ];
    c.prop_map(|c| ex(ExprKind::Constant(c))).boxed()
}

fn leaf(cx: Cx) -> S<Expr> {
    union(vec![(3, name_in(ExprContext::Load)), (2, constant(cx))])
}

/// An element of a display or call: an expression, sometimes starred.
fn elt(sub: &S<Expr>) -> S<Expr> {
    prop_oneof![
        4 => sub.clone(),
        1 => sub.clone().prop_map(|e| starred(e, ExprContext::Load)),
    ]
    .boxed()
}

fn keyword(sub: &S<Expr>) -> S<Keyword> {
    (option::of(names()), sub.clone())
        .prop_map(|(n, value)| Keyword {
            arg: n.map(ident),
            value,
            span: Span::default(),
        })
        .boxed()
}

fn slice(sub: &S<Expr>) -> S<Expr> {
    (
        option::of(sub.clone()),
        option::of(sub.clone()),
        option::of(sub.clone()),
    )
        .prop_map(|(l, u, s)| {
            ex(ExprKind::Slice {
                lower: l.map(Box::new),
                upper: u.map(Box::new),
                step: s.map(Box::new),
            })
        })
        .boxed()
}

/// What goes between a subscript's brackets.
fn subscript_slice(sub: &S<Expr>) -> S<Expr> {
    let item = prop_oneof![
        2 => sub.clone(),
        2 => slice(sub),
        1 => sub.clone().prop_map(|e| starred(e, ExprContext::Load)),
    ];
    let items = vec(item, 1..4).prop_map(|elts| {
        ex(ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        })
    });
    prop_oneof![3 => sub.clone(), 2 => slice(sub), 1 => items].boxed()
}

/// Assignment targets (Store), with starred items inside lists and tuples.
fn target(cx: Cx) -> S<Expr> {
    let store = ExprContext::Store;
    if cx.depth == 0 {
        return name_in(store);
    }
    let sub = expr(cx.down());
    let inner = target(cx.down());
    let item = prop_oneof![
        3 => inner.clone(),
        1 => inner.prop_map(move |t| starred(t, store)),
    ];
    union(vec![
        (4, name_in(store)),
        (
            1,
            (sub.clone(), names())
                .prop_map(move |(v, a)| {
                    ex(ExprKind::Attribute {
                        value: Box::new(v),
                        attr: ident(a),
                        ctx: store,
                    })
                })
                .boxed(),
        ),
        (
            1,
            (sub.clone(), subscript_slice(&sub))
                .prop_map(move |(v, s)| {
                    ex(ExprKind::Subscript {
                        value: Box::new(v),
                        slice: Box::new(s),
                        ctx: store,
                    })
                })
                .boxed(),
        ),
        (
            1,
            vec(item.clone(), 0..3)
                .prop_map(move |elts| ex(ExprKind::List { elts, ctx: store }))
                .boxed(),
        ),
        (
            1,
            vec(item, 0..3)
                .prop_map(move |elts| ex(ExprKind::Tuple { elts, ctx: store }))
                .boxed(),
        ),
    ])
}

/// A single target: what augmented and annotated assignments accept.
fn single_target(cx: Cx, ctx: ExprContext) -> S<Expr> {
    let sub = expr(cx.down());
    prop_oneof![
        2 => name_in(ctx),
        1 => (sub.clone(), names()).prop_map(move |(v, a)| ex(ExprKind::Attribute {
            value: Box::new(v),
            attr: ident(a),
            ctx,
        })),
        1 => (sub.clone(), subscript_slice(&sub)).prop_map(move |(v, s)| ex(ExprKind::Subscript {
            value: Box::new(v),
            slice: Box::new(s),
            ctx,
        })),
    ]
    .boxed()
}

fn del_target(cx: Cx) -> S<Expr> {
    let del = ExprContext::Del;
    if cx.depth == 0 {
        return name_in(del);
    }
    let inner = del_target(cx.down());
    prop_oneof![
        3 => single_target(cx, del),
        1 => vec(inner.clone(), 0..3).prop_map(move |elts| ex(ExprKind::List { elts, ctx: del })),
        1 => vec(inner, 0..3).prop_map(move |elts| ex(ExprKind::Tuple { elts, ctx: del })),
    ]
    .boxed()
}

fn comprehensions(cx: Cx) -> S<Vec<Comprehension>> {
    let sub = expr(cx.down());
    let one = (target(cx.down()), sub.clone(), vec(sub, 0..2))
        .prop_map(|(target, iter, ifs)| Comprehension { target, iter, ifs });
    vec(one, 1..3).boxed()
}

/// Parameter lists with every form; names are distinct, as the parser demands.
fn arguments(sub: &S<Expr>, annotated: bool) -> S<Arguments> {
    let annotation = if annotated {
        option::of(sub.clone()).boxed()
    } else {
        Just(None).boxed()
    };
    let shape = (
        0..3usize,
        0..3usize,
        any::<bool>(),
        0..3usize,
        any::<bool>(),
    );
    (
        Just(interner().1).prop_shuffle(),
        shape,
        vec(sub.clone(), 0..4),
        vec(option::of(sub.clone()), 2),
        vec(annotation, 8),
    )
        .prop_map(
            |(names, (n_pos, n_args, star, n_kw, kwarg), defaults, kw_defaults, anns)| {
                let mut params = names.into_iter().zip(anns).map(|(n, a)| arg(n, a));
                let posonlyargs: Vec<Arg> = params.by_ref().take(n_pos).collect();
                let args: Vec<Arg> = params.by_ref().take(n_args).collect();
                let vararg = if star { params.next() } else { None };
                let kwonlyargs: Vec<Arg> = params.by_ref().take(n_kw).collect();
                let kwarg = if kwarg { params.next() } else { None };
                let mut defaults = defaults;
                defaults.truncate(posonlyargs.len() + args.len());
                let kw_defaults = kw_defaults.into_iter().take(kwonlyargs.len()).collect();
                Arguments {
                    posonlyargs,
                    args,
                    vararg,
                    kwonlyargs,
                    kw_defaults,
                    kwarg,
                    defaults,
                }
            },
        )
        .boxed()
}

fn conversion() -> S<Conversion> {
    select(vec![
        Conversion::None,
        Conversion::Str,
        Conversion::Repr,
        Conversion::Ascii,
    ])
    .boxed()
}

fn formatted(value: S<Expr>, spec: S<Option<Expr>>) -> S<Expr> {
    (value, conversion(), spec)
        .prop_map(|(v, conversion, spec)| {
            ex(ExprKind::FormattedValue {
                value: Box::new(v),
                conversion,
                format_spec: spec.map(Box::new),
            })
        })
        .boxed()
}

fn text_part(t: S<String>) -> S<Expr> {
    t.prop_map(|s| ex(ExprKind::Constant(Constant::Str(s.into()))))
        .boxed()
}

/// An f-string: text and fields, fields with conversions and format specs, specs with fields
/// of their own (whose specs are plain text: 3.11 nests no deeper).
fn fstring(cx: Cx) -> S<Expr> {
    let value = expr(cx.in_field());
    let spec_text = text_part(text(cx, false));
    let plain_spec = vec(spec_text.clone(), 0..2).prop_map(joined);
    let spec_field = formatted(value.clone(), option::of(plain_spec).boxed());
    let spec = vec(prop_oneof![spec_text, spec_field], 0..3).prop_map(joined);
    let field = formatted(value, option::of(spec).boxed());
    vec(prop_oneof![text_part(text(cx, true)), field], 0..4)
        .prop_map(joined)
        .boxed()
}

fn expr(cx: Cx) -> S<Expr> {
    if cx.depth == 0 {
        return leaf(cx);
    }
    let sub = expr(cx.down());
    let item = elt(&sub);
    let s = || sub.clone();
    let b = |e: Expr| Box::new(e);
    let mut arms: Vec<(u32, S<Expr>)> = vec![
        (8, leaf(cx)),
        (
            1,
            (select(vec![BoolOp::And, BoolOp::Or]), vec(s(), 2..4))
                .prop_map(|(op, values)| ex(ExprKind::BoolOp { op, values }))
                .boxed(),
        ),
        (
            1,
            (name_in(ExprContext::Store), s())
                .prop_map(move |(t, v)| {
                    ex(ExprKind::NamedExpr {
                        target: b(t),
                        value: b(v),
                    })
                })
                .boxed(),
        ),
        (
            3,
            (s(), select(all_operators()), s())
                .prop_map(move |(l, op, r)| {
                    ex(ExprKind::BinOp {
                        left: b(l),
                        op,
                        right: b(r),
                    })
                })
                .boxed(),
        ),
        (
            2,
            (
                select(vec![
                    UnaryOp::Not,
                    UnaryOp::Invert,
                    UnaryOp::UAdd,
                    UnaryOp::USub,
                ]),
                s(),
            )
                .prop_map(move |(op, o)| ex(ExprKind::UnaryOp { op, operand: b(o) }))
                .boxed(),
        ),
        (
            1,
            (arguments(&sub, false), s())
                .prop_map(move |(a, body)| {
                    ex(ExprKind::Lambda {
                        args: Box::new(a),
                        body: b(body),
                    })
                })
                .boxed(),
        ),
        (
            1,
            (s(), s(), s())
                .prop_map(move |(t, bo, o)| {
                    ex(ExprKind::IfExp {
                        test: b(t),
                        body: b(bo),
                        orelse: b(o),
                    })
                })
                .boxed(),
        ),
        (
            1,
            vec((option::of(s()), s()), 0..3)
                .prop_map(|kv| {
                    let (keys, values) = kv.into_iter().unzip();
                    ex(ExprKind::Dict(Box::new(Dict { keys, values })))
                })
                .boxed(),
        ),
        (
            1,
            vec(item.clone(), 1..3)
                .prop_map(|e| ex(ExprKind::Set(e)))
                .boxed(),
        ),
        (1, comprehension(cx, &sub)),
        (
            1,
            option::of(s())
                .prop_map(|v| ex(ExprKind::Yield(v.map(Box::new))))
                .boxed(),
        ),
        (
            1,
            s().prop_map(move |v| ex(ExprKind::YieldFrom(b(v)))).boxed(),
        ),
        (
            2,
            (s(), vec((select(all_cmp_ops()), s()), 1..3))
                .prop_map(move |(l, rest)| {
                    let (ops, comparators) = rest.into_iter().unzip();
                    ex(ExprKind::Compare(Box::new(Compare {
                        left: l,
                        ops,
                        comparators,
                    })))
                })
                .boxed(),
        ),
        (
            2,
            (s(), vec(item.clone(), 0..3), vec(keyword(&sub), 0..3))
                .prop_map(move |(f, args, keywords)| {
                    ex(ExprKind::Call(Box::new(Call {
                        func: f,
                        args,
                        keywords,
                    })))
                })
                .boxed(),
        ),
        (
            2,
            (s(), names())
                .prop_map(move |(v, a)| {
                    ex(ExprKind::Attribute {
                        value: b(v),
                        attr: ident(a),
                        ctx: ExprContext::Load,
                    })
                })
                .boxed(),
        ),
        (
            2,
            (s(), subscript_slice(&sub))
                .prop_map(move |(v, sl)| {
                    ex(ExprKind::Subscript {
                        value: b(v),
                        slice: b(sl),
                        ctx: ExprContext::Load,
                    })
                })
                .boxed(),
        ),
        (
            1,
            vec(item.clone(), 0..3)
                .prop_map(|elts| {
                    ex(ExprKind::List {
                        elts,
                        ctx: ExprContext::Load,
                    })
                })
                .boxed(),
        ),
        (
            2,
            vec(item, 0..3)
                .prop_map(|elts| {
                    ex(ExprKind::Tuple {
                        elts,
                        ctx: ExprContext::Load,
                    })
                })
                .boxed(),
        ),
    ];
    // Two levels of fields need three quote styles; deeper nesting may not be writable.
    if cx.field < 2 {
        arms.push((2, fstring(cx)));
    }
    union(arms)
}

fn comprehension(cx: Cx, sub: &S<Expr>) -> S<Expr> {
    let gens = comprehensions(cx);
    let b = |e: Expr| Box::new(e);
    prop_oneof![
        (sub.clone(), gens.clone()).prop_map(move |(e, generators)| ex(ExprKind::ListComp {
            elt: b(e),
            generators
        })),
        (sub.clone(), gens.clone()).prop_map(move |(e, generators)| ex(ExprKind::SetComp {
            elt: b(e),
            generators
        })),
        (sub.clone(), sub.clone(), gens.clone()).prop_map(move |(k, v, generators)| ex(
            ExprKind::DictComp(Box::new(DictComp {
                key: k,
                value: v,
                generators
            }))
        )),
        (sub.clone(), gens.clone()).prop_map(move |(e, generators)| ex(ExprKind::GeneratorExp {
            elt: b(e),
            generators
        })),
        // The sole-argument form `f(x for x in y)`.
        (sub.clone(), sub.clone(), gens).prop_map(move |(f, e, generators)| ex(ExprKind::Call(
            Box::new(Call {
                func: f,
                args: vec![ex(ExprKind::GeneratorExp {
                    elt: b(e),
                    generators
                })],
                keywords: vec![],
            })
        ))),
    ]
    .boxed()
}

fn all_operators() -> Vec<Operator> {
    use Operator::*;
    vec![
        Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
    ]
}

fn all_cmp_ops() -> Vec<CmpOp> {
    use CmpOp::*;
    vec![Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn]
}

// ---------------------------------------------------------------- statement strategies

fn dotted(max_parts: usize) -> S<DottedName> {
    vec(names(), 1..=max_parts)
        .prop_map(|parts| DottedName {
            parts,
            span: Span::default(),
        })
        .boxed()
}

fn alias(max_parts: usize) -> S<Alias> {
    (dotted(max_parts), option::of(names()))
        .prop_map(|(name, asname)| Alias {
            name,
            asname: asname.map(ident),
            span: Span::default(),
        })
        .boxed()
}

fn simple_stmt(cx: Cx) -> S<Stmt> {
    let e = expr(cx);
    let store = ExprContext::Store;
    let star_import = Alias {
        name: DottedName {
            parts: vec![],
            span: Span::default(),
        },
        asname: None,
        span: Span::default(),
    };
    let import_names = prop_oneof![
        1 => Just(vec![star_import]),
        3 => vec(alias(1), 1..3),
    ];
    let arms: Vec<(u32, S<StmtKind>)> = vec![
        (2, e.clone().prop_map(StmtKind::Expr).boxed()),
        (
            3,
            (vec(target(cx), 1..3), e.clone())
                .prop_map(|(targets, value)| StmtKind::Assign { targets, value })
                .boxed(),
        ),
        (
            1,
            (single_target(cx, store), select(all_operators()), e.clone())
                .prop_map(|(target, op, value)| StmtKind::AugAssign { target, op, value })
                .boxed(),
        ),
        (
            1,
            (
                prop_oneof![
                    names().prop_map(move |id| (ex(ExprKind::Name { id, ctx: store }), true)),
                    names().prop_map(move |id| (ex(ExprKind::Name { id, ctx: store }), false)),
                    single_target(cx, store).prop_map(|t| (t, false)),
                ],
                e.clone(),
                option::of(e.clone()),
            )
                .prop_map(
                    |((target, simple), annotation, value)| StmtKind::AnnAssign {
                        simple: simple && matches!(target.kind, ExprKind::Name { .. }),
                        target,
                        annotation,
                        value,
                    },
                )
                .boxed(),
        ),
        (1, option::of(e.clone()).prop_map(StmtKind::Return).boxed()),
        (
            1,
            vec(del_target(cx), 1..3).prop_map(StmtKind::Delete).boxed(),
        ),
        (
            1,
            prop_oneof![
                Just((None, None)),
                e.clone().prop_map(|x| (Some(x), None)),
                (e.clone(), e.clone()).prop_map(|(x, c)| (Some(x), Some(c))),
            ]
            .prop_map(|(exc, cause)| StmtKind::Raise { exc, cause })
            .boxed(),
        ),
        (
            1,
            (e.clone(), option::of(e.clone()))
                .prop_map(|(test, msg)| StmtKind::Assert { test, msg })
                .boxed(),
        ),
        (1, vec(alias(3), 1..3).prop_map(StmtKind::Import).boxed()),
        (
            1,
            (0u32..5, option::of(dotted(3)), import_names)
                .prop_map(|(level, module, names)| {
                    // `from import x` is not Python: no dots needs a module.
                    let level = if module.is_none() {
                        level.max(1)
                    } else {
                        level
                    };
                    StmtKind::ImportFrom {
                        module,
                        names,
                        level,
                    }
                })
                .boxed(),
        ),
        (
            1,
            vec(names().prop_map(ident), 1..3)
                .prop_map(StmtKind::Global)
                .boxed(),
        ),
        (
            1,
            vec(names().prop_map(ident), 1..3)
                .prop_map(StmtKind::Nonlocal)
                .boxed(),
        ),
        (
            1,
            select(vec![StmtKind::Pass, StmtKind::Break, StmtKind::Continue]).boxed(),
        ),
    ];
    Union::new_weighted(arms).prop_map(st).boxed()
}

/// Statements nested up to `depth` blocks deep, with expressions as `cx` allows.
fn stmt(depth: u32, cx: Cx) -> S<Stmt> {
    if depth == 0 {
        return simple_stmt(cx);
    }
    let inner = stmt(depth - 1, cx);
    let body = vec(inner.clone(), 1..3);
    let orelse = vec(inner, 0..2);
    let e = expr(cx);
    let handler =
        (option::of((e.clone(), option::of(names()))), body.clone()).prop_map(|(t, body)| {
            let (typ, name) = match t {
                Some((typ, name)) => (Some(typ), name.map(ident)),
                None => (None, None),
            };
            ExceptHandler {
                typ,
                name,
                body,
                span: Span::default(),
            }
        });
    let with_item =
        (e.clone(), option::of(target(cx))).prop_map(|(context_expr, optional_vars)| WithItem {
            context_expr,
            optional_vars,
        });
    let arms: Vec<(u32, S<StmtKind>)> = vec![
        (
            1,
            (
                names(),
                arguments(&e, true),
                body.clone(),
                vec(e.clone(), 0..2),
                option::of(e.clone()),
            )
                .prop_map(|(name, args, body, decorator_list, returns)| {
                    StmtKind::FunctionDef(Box::new(FunctionDef {
                        name: ident(name),
                        args,
                        body,
                        decorator_list,
                        returns,
                    }))
                })
                .boxed(),
        ),
        (
            1,
            (
                names(),
                vec(elt(&e), 0..3),
                vec(keyword(&e), 0..2),
                body.clone(),
                vec(e.clone(), 0..2),
            )
                .prop_map(|(name, bases, keywords, body, decorator_list)| {
                    StmtKind::ClassDef(Box::new(ClassDef {
                        name: ident(name),
                        bases,
                        keywords,
                        body,
                        decorator_list,
                    }))
                })
                .boxed(),
        ),
        (
            1,
            (target(cx), e.clone(), body.clone(), orelse.clone())
                .prop_map(|(target, iter, body, orelse)| StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                })
                .boxed(),
        ),
        (
            1,
            (e.clone(), body.clone(), orelse.clone())
                .prop_map(|(test, body, orelse)| StmtKind::While { test, body, orelse })
                .boxed(),
        ),
        (
            2,
            (e.clone(), body.clone(), orelse.clone())
                .prop_map(|(test, body, orelse)| StmtKind::If { test, body, orelse })
                .boxed(),
        ),
        (
            1,
            (vec(with_item, 1..3), body.clone())
                .prop_map(|(items, body)| StmtKind::With { items, body })
                .boxed(),
        ),
        (
            1,
            (
                body.clone(),
                vec(handler, 0..3),
                orelse.clone(),
                orelse,
                body,
            )
                .prop_map(|(body, mut handlers, orelse, finalbody, fallback)| {
                    // A bare `except:` goes last; `else` needs a handler; no handler needs
                    // a `finally`.
                    let bare = handlers.iter().position(|h| h.typ.is_none());
                    if let Some(i) = bare {
                        handlers.truncate(i + 1);
                    }
                    let orelse = if handlers.is_empty() { vec![] } else { orelse };
                    let finalbody = if handlers.is_empty() && finalbody.is_empty() {
                        fallback
                    } else {
                        finalbody
                    };
                    StmtKind::Try {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    }
                })
                .boxed(),
        ),
    ];
    prop_oneof![
        2 => simple_stmt(cx),
        1 => Union::new_weighted(arms).prop_map(st),
    ]
    .boxed()
}

fn module_body() -> S<Vec<Stmt>> {
    vec(stmt(2, Cx { depth: 3, field: 0 }), 0..4).boxed()
}

fn module() -> S<Mod> {
    module_body().prop_map(Mod::Module).boxed()
}

// ---------------------------------------------------------------- round trip

fn round_trip(m: &Mod, mode: Mode) -> Result<(), TestCaseError> {
    let (mut interner, _) = interner();
    let text = unparse(m, &interner);
    let parsed = match parse(&text, mode, "<unparse>", &mut interner) {
        Ok(p) => p,
        Err(e) => {
            return Err(TestCaseError::fail(format!(
                "unparsed text does not parse:\n{text}\n{e}"
            )))
        }
    };
    let want = dump(m, "", &interner, false);
    let got = dump(&parsed, &text, &interner, false);
    prop_assert_eq!(want, got, "tree changed; source:\n{}", text);
    let again = unparse(&parsed, &interner);
    prop_assert_eq!(&text, &again, "unparse is not stable");
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn modules_round_trip(m in module()) {
        round_trip(&m, Mode::Module)?;
    }

    #[test]
    fn interactive_round_trip(body in module_body()) {
        round_trip(&Mod::Interactive(body), Mode::Single)?;
    }

    #[test]
    fn expressions_round_trip(e in expr(Cx { depth: 4, field: 0 })) {
        round_trip(&Mod::Expression(Box::new(e)), Mode::Eval)?;
    }

    #[test]
    fn fstrings_round_trip(e in fstring(Cx { depth: 3, field: 0 })) {
        round_trip(&Mod::Expression(Box::new(e)), Mode::Eval)?;
    }
}

/// Hand-picked sources whose unparse must parse back to the same tree: the awkward corners
/// a random tree seldom reaches.
#[test]
fn tricky_sources_round_trip() {
    let sources = [
        "a ** -b\n",
        "(-a) ** b\n",
        "-a ** b\n",
        "a ** b ** c\n",
        "(a ** b) ** c\n",
        "not a == b\n",
        "(not a) == b\n",
        "a < b < c\n",
        "(a < b) < c\n",
        "a or (b or c)\n",
        "(a and b) or c\n",
        "a if b else c if d else e\n",
        "(a if b else c) if d else e\n",
        "lambda: (yield)\n",
        "lambda x=lambda: 1: x\n",
        "f(x for x in y)\n",
        "f((x for x in y), z)\n",
        "a[1:2, ::3, *b]\n",
        "a[*b]\n",
        "a[()]\n",
        "a[(x := 1)]\n",
        "a[b:c:d]\n",
        "1 .real\n",
        "1.5 .real\n",
        "... .x\n",
        "{**a, 'b': 1}\n",
        "{*a, *b}\n",
        "x = yield\n",
        "x = *a, b\n",
        "for x in *a, b:\n    pass\n",
        "return *a, b\n",
        "(x): int = 1\n",
        "a.b: int\n",
        "del (a, b), c\n",
        "del (a, b)\n",
        "del a, b\n",
        "with (a, b) as c, d:\n    pass\n",
        "with a as (b, c):\n    pass\n",
        "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
        "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1\n",
        "try:\n    pass\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
        "def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    pass\n",
        "def f(a: int = 1, *, b: str):\n    pass\n",
        "lambda a, /, b=1, *c, d, e=2, **f: 0\n",
        "@a.b(c)\n@(x := d)\nclass C(B, *bs, metaclass=M, **kw):\n    pass\n",
        "from ....a.b import (c as d, e)\n",
        "from . import *\n",
        "import a.b.c as d, e\n",
        "global a, b\nnonlocal c\n",
        "raise a from b\n",
        "assert a, b\n",
        "x += yield a\n",
        "x = y = z = 1, 2\n",
        "(yield)\n",
        "f'{a!r:>{w}.{p}f} {b=} {{}} {c:{d}x}'\n",
        "f'{ {a: b}[a]}'\n",
        "f'''{f\"{'a'}\"}'''\n",
        "f'{\"a\" if b else \"c\"}' 'tail\\n'\n",
        "f'{x:\\x7b}'\n",
        "f'{(lambda: 1)()}' f\"{(x := 2)}\"\n",
        "b'\\x00\\'\"' + '\\u2028'\n",
        "1e309, 10 ** 30, 0.1, 5e-324\n",
    ];
    for src in sources {
        let mut interner = Interner::new();
        let tree = parse(src, Mode::Module, "<src>", &mut interner)
            .unwrap_or_else(|e| panic!("{src:?}: {e}"));
        let text = unparse(&tree, &interner);
        let back = parse(&text, Mode::Module, "<unparse>", &mut interner)
            .unwrap_or_else(|e| panic!("{src:?} unparsed as {text:?}, which fails: {e}"));
        assert_eq!(
            dump(&tree, src, &interner, false),
            dump(&back, &text, &interner, false),
            "{src:?} unparsed as {text:?}"
        );
    }
}

// ---------------------------------------------------------------- no panics

fn never_panics(src: &str) {
    for mode in [Mode::Module, Mode::Eval, Mode::Single] {
        let mut interner = Interner::new();
        let _ = parse(src, mode, "<fuzz>", &mut interner);
    }
    let mut interner = Interner::new();
    let _ = dump_tokens(src, &mut interner);
}

/// Pieces of Python text, valid and not: keywords, operators, brackets, quotes and string
/// prefixes, f-string fields, layout characters, numbers, non-ASCII.
const TOKENS: &[&str] = &[
    "if ",
    "elif ",
    "else",
    "for ",
    "in ",
    "while ",
    "def ",
    "class ",
    "lambda",
    "return ",
    "yield",
    " from ",
    "import ",
    "as ",
    "with ",
    "try",
    "except",
    "finally",
    "raise ",
    "del ",
    "pass",
    "global ",
    "nonlocal ",
    "not ",
    "and ",
    "or ",
    "is ",
    "async ",
    "await ",
    "match ",
    "case ",
    "print ",
    "None",
    "True",
    "False",
    "x",
    "_",
    "foo",
    "é",
    "ñ",
    "中",
    "\u{feff}",
    "\u{200b}",
    "Ω",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "|",
    "&",
    "^",
    "~",
    "<<",
    ">>",
    "<",
    ">",
    "==",
    "!=",
    "<>",
    "<=",
    "=",
    "+=",
    "**=",
    ":=",
    "->",
    ".",
    "...",
    ",",
    ";",
    ":",
    "!",
    "$",
    "?",
    "`",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f'",
    "f\"",
    "rb'",
    "Rb\"",
    "fr'",
    "b'",
    "u'",
    "br'",
    "F'''",
    "{x}",
    "{x!r}",
    "{x=}",
    "{x:>{w}}",
    "{{",
    "}}",
    "!r",
    ":>10",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "    ",
    "\x0c",
    "\\",
    "\\\n",
    "#",
    "# c\n",
    "0",
    "1",
    "7",
    "0x",
    "0xfg",
    "1e",
    "1e5",
    "1_000",
    "1__0",
    "0o7",
    "0b2",
    "1.5j",
    "09",
    "1.",
    ".5",
    "\0",
    "\\N{DASH}",
    "\\x4",
    "\\u12",
    "\x7f",
    "\u{85}",
];

fn token_soup() -> S<String> {
    vec(select(TOKENS), 0..40).prop_map(|v| v.concat()).boxed()
}

/// A valid program with one stretch replaced by a token: errors just past valid prefixes.
fn mangled_program() -> S<String> {
    (module(), any::<Index>(), any::<Index>(), select(TOKENS))
        .prop_map(|(m, at, len, tok)| {
            let (interner, _) = interner();
            let text = unparse(&m, &interner);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let start = at.index(bounds.len());
            let end = (start + len.index(4)).min(bounds.len() - 1);
            format!("{}{tok}{}", &text[..bounds[start]], &text[bounds[end]..])
        })
        .boxed()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_text_never_panics(src in "(?s).{0,80}") {
        never_panics(&src);
    }

    #[test]
    fn token_soup_never_panics(src in token_soup()) {
        never_panics(&src);
    }

    #[test]
    fn mangled_programs_never_panic(src in mangled_program()) {
        never_panics(&src);
    }
}
