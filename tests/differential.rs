//! Differential property test: random small Python programs run by krait and by CPython 3.11
//! must print the same lines.
//!
//! A proptest strategy builds each program from typed expression layers (int, float, str, bool,
//! list of int, tuple of int, dict str→int, list of str) over a fixed set of variables whose
//! types never change (`i0 i1 f0 s0 s1 l0 t0 d0`), so most generated code is well typed; type
//! errors, zero divisions, bad indices and the like still occur and are compared by exception
//! class. Programs also define a function with defaults, `*args`, a keyword-only parameter and
//! `**kw` (`g0`), closures (`c0`, `c1`) and a generator (`gen0`), and run statements (assignment,
//! augmented assignment, `if`/`elif`/`else`, bounded `for`/`while`, `try`/`except`/`else`/
//! `finally`, `raise`, `assert`, `break`/`continue`/`return`). Every observation goes through
//! `show(lambda: EXPR)`, which prints `repr` of the value or the exception's class name, and every
//! top-level statement is guarded the same way, so one error never hides the rest.
//!
//! Not generated, because the output legitimately differs: iteration order of sets (always
//! consumed by `sorted`, `len`, `sum`, `min`, `max` or `in`), `id`/`hash`, error message texts
//! (only class names are compared), complex results (`float ** float`), recursion. Values stay
//! bounded: int assignments are reduced modulo a constant, str/list assignments are sliced,
//! loops run at most a few times, `show` truncates long reprs. Constructs on which krait is
//! known to diverge from CPython are left out where marked `// krait bug: <repro>`.
//!
//! All programs of one run go to ONE python3 process (a small server that `exec`s each source in
//! a fresh dict with stdout captured by `io.StringIO`, one JSON string per line each way), so
//! shrinking a failure costs no extra processes; a program CPython does not finish within
//! `ORACLE_TIMEOUT_SECS` is skipped and counted. `PROPTEST_CASES` sets the number of programs
//! (default 200); `KRAIT_DIFF_ALL=1` keeps going after a mismatch and prints every one (no
//! shrinking), for surveying divergences; `KRAIT_DIFF_DUMP=FILE` writes every program and
//! CPython's output to FILE.

use std::cell::{Cell, RefCell};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use krait::compile::compile;
use krait::syntax::Mode;
use krait::vm::{Output, Unwind, Vm};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::strategy::Union;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

// ---------------------------------------------------------------------------------------------
// Running a program on both sides
// ---------------------------------------------------------------------------------------------

/// Runs `src` in krait; returns what it printed, plus a last line for an uncaught exception, a
/// limit or a syntax error.
fn run_krait(src: &str) -> String {
    let code = match compile(src, "<diff>", Mode::Module) {
        Ok(c) => c,
        Err(e) => return format!("SYNTAX {}\n", e.kind.name()),
    };
    let mut vm = Vm::new();
    vm.output = Output::Buffer(String::new());
    let globals = vm.new_globals();
    let r = vm.run_module(&code, &globals);
    let mut out = match &vm.output {
        Output::Buffer(b) => b.clone(),
        _ => String::new(),
    };
    match r {
        Ok(_) => {}
        Err(Unwind::Exc(e)) => out += &format!("UNCAUGHT {}\n", vm.types.name_of(&e)),
        Err(Unwind::Limit(m)) => out += &format!("LIMIT {m}\n"),
    }
    out
}

/// The CPython side: reads one JSON-encoded source per line, answers with one JSON-encoded
/// output per line, in the same format as `run_krait`.
const ORACLE: &str = r#"
import io, json, sys, contextlib, signal
class OracleTimeout(BaseException):
    pass
def on_alarm(signum, frame):
    raise OracleTimeout()
signal.signal(signal.SIGALRM, on_alarm)
out = sys.stdout
for line in sys.stdin:
    src = json.loads(line)
    buf = io.StringIO()
    try:
        code = compile(src, "<diff>", "exec")
    except SyntaxError as e:
        buf.write("SYNTAX " + type(e).__name__ + "\n")
    else:
        with contextlib.redirect_stdout(buf):
            signal.alarm(ORACLE_TIMEOUT_SECS)
            try:
                exec(code, {"__name__": "__main__"})
            except OracleTimeout:
                print("ORACLE TIMEOUT")
            except BaseException as e:
                print("UNCAUGHT", type(e).__name__)
            finally:
                signal.alarm(0)
    out.write(json.dumps(buf.getvalue()) + "\n")
    out.flush()
"#;

/// Seconds CPython may spend on one program: some generated programs are slow in CPython (big
/// int arithmetic without krait's limits). Such programs are skipped, and counted.
const ORACLE_TIMEOUT_SECS: u32 = 10;

/// What the oracle prints for a program it gave up on.
const ORACLE_TIMEOUT: &str = "ORACLE TIMEOUT";

/// One python3 process serving every program of the test run.
struct Oracle {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Oracle {
    fn spawn() -> Option<Oracle> {
        let server = ORACLE.replace("ORACLE_TIMEOUT_SECS", &ORACLE_TIMEOUT_SECS.to_string());
        let mut child = Command::new("python3")
            .args(["-S", "-E", "-c", &server])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let stdin = child.stdin.take()?;
        let stdout = BufReader::new(child.stdout.take()?);
        Some(Oracle {
            child,
            stdin,
            stdout,
        })
    }

    fn run(&mut self, src: &str) -> String {
        let line = serde_json::to_string(src).expect("a str encodes");
        writeln!(self.stdin, "{line}").expect("python3 oracle accepts input");
        self.stdin.flush().expect("python3 oracle accepts input");
        let mut answer = String::new();
        self.stdout
            .read_line(&mut answer)
            .expect("python3 oracle answers");
        serde_json::from_str(&answer).expect("python3 oracle answers with a JSON string")
    }
}

impl Drop for Oracle {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------------
// Strategy helpers
// ---------------------------------------------------------------------------------------------

type S = BoxedStrategy<String>;
type Lines = BoxedStrategy<Vec<String>>;

fn one(arms: Vec<(u32, S)>) -> S {
    Union::new_weighted(arms).boxed()
}

fn pick(xs: &[&'static str]) -> S {
    prop::sample::select(xs.to_vec())
        .prop_map(String::from)
        .boxed()
}

fn lit(s: &'static str) -> S {
    Just(s.to_string()).boxed()
}

fn m1(a: &S, f: impl Fn(String) -> String + 'static) -> S {
    a.clone().prop_map(f).boxed()
}

fn m2(a: &S, b: &S, f: impl Fn(String, String) -> String + 'static) -> S {
    (a.clone(), b.clone())
        .prop_map(move |(x, y)| f(x, y))
        .boxed()
}

fn m3(a: &S, b: &S, c: &S, f: impl Fn(String, String, String) -> String + 'static) -> S {
    (a.clone(), b.clone(), c.clone())
        .prop_map(move |(x, y, z)| f(x, y, z))
        .boxed()
}

fn m4(
    a: &S,
    b: &S,
    c: &S,
    d: &S,
    f: impl Fn(String, String, String, String) -> String + 'static,
) -> S {
    (a.clone(), b.clone(), c.clone(), d.clone())
        .prop_map(move |(w, x, y, z)| f(w, x, y, z))
        .boxed()
}

/// A Python int literal, parenthesised when negative.
fn int_src(n: i64) -> String {
    if n < 0 {
        format!("({n})")
    } else {
        n.to_string()
    }
}

fn small(lo: i64, hi: i64) -> S {
    (lo..=hi).prop_map(int_src).boxed()
}

fn float_src(x: f64) -> String {
    let s = format!("{x:?}");
    if x.is_sign_negative() {
        format!("({s})")
    } else {
        s
    }
}

// ---------------------------------------------------------------------------------------------
// Literals
// ---------------------------------------------------------------------------------------------

fn lit_int() -> S {
    let big = (any::<u64>(), any::<u64>(), any::<bool>()).prop_map(|(a, b, neg)| {
        let digits = format!("{a}{b:020}");
        if neg {
            format!("(-{digits})")
        } else {
            digits
        }
    });
    one(vec![
        (6, small(-10, 10)),
        (
            3,
            pick(&[
                "0",
                "1",
                "7",
                "255",
                "1000",
                "(-1)",
                "(-128)",
                "65537",
                "2147483647",
                "(-2147483648)",
                "9223372036854775807",
                "9223372036854775808",
                "(-9223372036854775809)",
                "18446744073709551616",
                "123456789012345678901234567890",
                "(-98765432109876543210)",
                "0x7f",
                "0b101",
                "0o17",
                "1_000_000",
                "True",
                "False",
            ]),
        ),
        (2, any::<i64>().prop_map(int_src).boxed()),
        (1, big.boxed()),
    ])
}

// Floats come from arithmetic as well as literals: `2.0**53 / 10` once printed the wrong
// neighbour of a half-way tie (CPython rounds half to even); keep magnitudes varied.
fn lit_float() -> S {
    one(vec![
        (
            6,
            pick(&[
                "0.0",
                "(-0.0)",
                "0.1",
                "0.2",
                "0.3",
                "0.5",
                "1.5",
                "2.5",
                "(-2.5)",
                "3.14159",
                "1e10",
                "1e-07",
                "1e16",
                "1e22",
                "1e300",
                "(-1e300)",
                "123456.789",
                "2.675",
                "1.005",
                "9007199254740993.0",
                "5e-324",
                "float('inf')",
                "(-float('inf'))",
            ]),
        ),
        (
            2,
            (-1000.0f64..1000.0)
                .prop_map(|x| float_src((x * 100.0).round() / 100.0))
                .boxed(),
        ),
        (
            1,
            any::<f64>()
                .prop_filter("finite", |x| x.is_finite())
                .prop_map(float_src)
                .boxed(),
        ),
    ])
}

const STRS: &[&str] = &[
    r#""""#,
    r#""a""#,
    r#""b""#,
    r#""k""#,
    r#""ab""#,
    r#""abc""#,
    r#""Hello World""#,
    r#""  pad me  ""#,
    r#""a,b,,c""#,
    r#""x y  z""#,
    r#""A1 b2""#,
    r#""42""#,
    r#""-7""#,
    r#""3.5""#,
    r#""héllo""#,
    r#""straße""#,
    r#""日本語""#,
    r#""ΟΔΟΣ""#,
    r#""ﬁx""#,
    r#""İi""#,
    r#""😀!""#,
    r#""it's""#,
    r#"'say "hi"'"#,
    r#""tab\tsep""#,
    r#""line\nbreak""#,
    r#""\u00e9\x41""#,
];

fn lit_str() -> S {
    pick(STRS)
}

/// Strings that `int()`/`float()` may or may not accept.
fn num_str() -> S {
    pick(&[
        r#""42""#,
        r#"" -7 ""#,
        r#""+3""#,
        r#""1_000""#,
        r#""007""#,
        r#""٣""#,
        r#""3.5""#,
        r#""1e3""#,
        r#""-0.0""#,
        r#""inf""#,
        r#""-Infinity""#,
        r#"" 2.5e-3 ""#,
        r#""0x1f""#,
        r#""abc""#,
        r#""""#,
        r#""1__0""#,
        r#""12 3""#,
        r#"".5""#,
    ])
}

// ---------------------------------------------------------------------------------------------
// Typed expression layers
// ---------------------------------------------------------------------------------------------

/// One strategy per static type; every generated expression is a primary or parenthesised.
#[derive(Clone)]
struct Ex {
    /// int (may be a bool)
    i: S,
    f: S,
    s: S,
    b: S,
    /// list of int
    l: S,
    /// tuple of int
    t: S,
    /// dict str → int
    d: S,
    /// list of str
    w: S,
}

/// A list display of 1–3 int literals (never a variable: `l0 += l0` in a loop would double).
fn list_lit() -> S {
    vec(lit_int(), 1..4)
        .prop_map(|v| format!("[{}]", v.join(", ")))
        .boxed()
}

fn leaves() -> Ex {
    let list_lit = list_lit();
    let tuple_lit = vec(lit_int(), 1..4).prop_map(|v| format!("({},)", v.join(", ")));
    let dict_lit = vec((lit_str(), lit_int()), 1..4).prop_map(|v| {
        let items: Vec<String> = v.into_iter().map(|(k, v)| format!("{k}: {v}")).collect();
        format!("{{{}}}", items.join(", "))
    });
    let strs_lit = vec(lit_str(), 0..4).prop_map(|v| format!("[{}]", v.join(", ")));
    Ex {
        i: one(vec![(2, lit_int()), (3, pick(&["i0", "i1"]))]),
        f: one(vec![(2, lit_float()), (1, lit("f0"))]),
        s: one(vec![(2, lit_str()), (2, pick(&["s0", "s1"]))]),
        b: pick(&["True", "False"]),
        l: one(vec![(3, lit("l0")), (1, lit("[]")), (2, list_lit)]),
        t: one(vec![(3, lit("t0")), (1, lit("()")), (2, tuple_lit.boxed())]),
        d: one(vec![(3, lit("d0")), (1, lit("{}")), (2, dict_lit.boxed())]),
        w: one(vec![
            (2, strs_lit.boxed()),
            (1, lit("list(d0)")),
            (1, lit("s0.split()")),
        ]),
    }
}

/// A slice suffix `[a:b]` / `[a:b:c]`.
fn slice(p: &Ex) -> S {
    let bound = one(vec![(4, small(-6, 6)), (2, lit("")), (1, p.i.clone())]);
    let step = pick(&["1", "2", "3", "(-1)", "(-2)", "(-3)", "0"]);
    one(vec![
        (3, m2(&bound, &bound, |a, b| format!("[{a}:{b}]"))),
        (
            2,
            m3(&bound, &bound, &step, |a, b, c| format!("[{a}:{b}:{c}]")),
        ),
        (1, lit("[::-1]")),
    ])
}

fn index(p: &Ex) -> S {
    one(vec![(3, small(-5, 5)), (1, p.i.clone())])
}

/// A short iterable of ints.
fn src_i(p: &Ex) -> S {
    let step = pick(&["1", "2", "3", "(-1)", "(-2)"]);
    one(vec![
        (3, small(0, 5).prop_map(|n| format!("range({n})")).boxed()),
        (
            1,
            m3(&small(-4, 4), &small(-4, 8), &step, |a, b, c| {
                format!("range({a}, {b}, {c})")
            }),
        ),
        (3, m1(&p.l, |l| format!("{l}[:5]"))),
        (1, m1(&p.t, |t| format!("{t}[:4]"))),
    ])
}

/// A short iterable of strs.
fn src_s(p: &Ex) -> S {
    one(vec![
        (2, m1(&p.w, |w| format!("{w}[:4]"))),
        (1, m1(&p.s, |s| format!("{s}[:4]"))),
        (1, m1(&p.d, |d| format!("list({d})[:4]"))),
    ])
}

const INT_SPECS: &[&str] = &[
    "", "d", "5d", "<6", ">6", "^7", "*^9", "05", "+d", " d", ",", "_", "x", "X", "#x", "o", "#o",
    "b", "#b", "08b", "=+8", "e", ".2f", "%", "c",
];
const FLOAT_SPECS: &[&str] = &[
    "", ".0f", ".2f", ".3e", ".2E", "g", ".3g", "10.4f", "<10.2f", "+.1f", ",.2f", "_.3f", ".1%",
    "%", "e", ".10g", "#.0f", "010.3f", " .2f", "=+10.2f", ".12g", "G", "x",
];
const STR_SPECS: &[&str] = &["", ">6", "<6", "^6", "*^8", ".2", ">8.3", "s", "d"];

/// An f-string field expression: no quotes or backslashes (not allowed there in 3.11).
fn fexpr(s: &S) -> S {
    s.clone()
        .prop_filter("f-string field", |e| !e.contains('\'') && !e.contains('\\'))
        .boxed()
}

fn fstring(p: &Ex) -> S {
    let text = pick(&["", "x=", " | ", "{{", "}}", "é", "a b"]);
    let field = one(vec![
        (
            3,
            m2(&fexpr(&p.i), &pick(INT_SPECS), |e, s| {
                format!("{{ {e}:{s}}}")
            }),
        ),
        (
            3,
            m2(&fexpr(&p.f), &pick(FLOAT_SPECS), |e, s| {
                format!("{{ {e}:{s}}}")
            }),
        ),
        (
            2,
            m2(&fexpr(&p.s), &pick(STR_SPECS), |e, s| {
                format!("{{ {e}:{s}}}")
            }),
        ),
        (1, m1(&fexpr(&p.s), |e| format!("{{ {e}!r}}"))),
        (1, m1(&fexpr(&p.l), |e| format!("{{ {e}}}"))),
        (1, m1(&fexpr(&p.f), |e| format!("{{ {e}!r:>12}}"))),
    ]);
    (text.clone(), field.clone(), text.clone(), option::of(field))
        .prop_map(|(a, f1, b, f2)| format!("f'{a}{f1}{b}{}'", f2.unwrap_or_default()))
        .boxed()
}

fn formatted(p: &Ex) -> S {
    one(vec![
        (3, fstring(p)),
        (
            1,
            m2(&p.i, &pick(INT_SPECS), |e, s| {
                format!("format({e}, \"{s}\")")
            }),
        ),
        (
            1,
            m2(&p.f, &pick(FLOAT_SPECS), |e, s| {
                format!("format({e}, \"{s}\")")
            }),
        ),
        (
            1,
            m2(&p.s, &pick(STR_SPECS), |e, s| {
                format!("format({e}, \"{s}\")")
            }),
        ),
        (
            1,
            m3(&p.i, &p.s, &p.f, |a, b, c| {
                format!("\"{{}}|{{!r}}|{{:.3}}\".format({a}, {b}, {c})")
            }),
        ),
        (
            1,
            m2(&p.i, &p.s, |a, b| {
                format!("\"{{1}}-{{0:>4}}\".format({a}, {b})")
            }),
        ),
        (
            1,
            m2(&p.f, &p.s, |a, b| {
                format!("\"{{x:.2f}} {{y}}\".format(x={a}, y={b})")
            }),
        ),
        (
            1,
            m2(&p.s, &p.i, |a, b| format!("(\"%s|%d\" % ({a}, {b}))")),
        ),
        (
            1,
            m2(&p.f, &p.i, |a, b| {
                format!("(\"%5.2f|%+05d|%x\" % ({a}, {b}, {b}))")
            }),
        ),
        (1, m1(&p.f, |a| format!("(\"%e %g %r\" % ({a}, {a}, {a}))"))),
        (1, m1(&p.s, |a| format!("(\"%-6s|%r\" % ({a}, {a}))"))),
        (1, m1(&p.t, |a| format!("(\"%s\" % {a})"))),
    ])
}

/// Calls of the program's own functions (only outside function bodies, so nothing recurses).
struct Calls {
    int: S,
    any: S,
}

fn calls(p: &Ex) -> Calls {
    Calls {
        int: one(vec![
            (2, m1(&p.i, |a| format!("g0({a})[0]"))),
            (
                1,
                m3(&p.i, &p.i, &p.i, |a, b, c| format!("g0({a}, {b}, {c})[0]")),
            ),
            (2, m1(&p.i, |a| format!("c0({a})"))),
            (1, lit("c0()")),
            (2, m1(&p.i, |a| format!("c1({a})"))),
            (1, m1(&p.i, |a| format!("sum(gen0({a}))"))),
        ]),
        any: one(vec![
            (2, m1(&p.i, |a| format!("g0({a})"))),
            (1, m2(&p.i, &p.i, |a, b| format!("g0({a}, {b}, {a}, {b})"))),
            (1, m2(&p.i, &p.i, |a, b| format!("g0({a}, k={b})"))),
            (
                1,
                m3(&p.i, &p.i, &p.s, |a, b, c| format!("g0({a}, x={b}, y={c})")),
            ),
            (1, m1(&p.l, |a| format!("g0(*{a})"))),
            (1, m2(&p.t, &p.d, |a, b| format!("g0(*{a}, **{b})"))),
            (1, m2(&p.i, &p.i, |a, b| format!("g0(i1={a}, i0={b})"))),
            (1, m2(&p.i, &p.i, |a, b| format!("g0({a}, i0={b})"))),
            (1, m1(&p.i, |a| format!("g0(**{{\"i0\": {a}}})"))),
            (1, lit("g0()")),
            (1, m1(&p.i, |a| format!("list(gen0({a}))"))),
        ]),
    }
}

/// The next layer: every construct over the previous layer `p` (and the leaves `z`).
fn grow(p: &Ex, z: &Ex, with_calls: bool) -> Layer {
    let arith = pick(&["+", "-", "*"]);
    let divs = pick(&["//", "%"]);
    let bits = pick(&["&", "|", "^"]);
    let cmp = pick(&["<", "<=", ">", ">=", "==", "!="]);
    let num = one(vec![(2, p.i.clone()), (1, p.f.clone())]);
    let exps = small(0, 6);
    let neg_exps = pick(&["(-1)", "(-2)", "(-3)"]);
    let sl = slice(p);
    let ix = index(p);
    let si = src_i(p);
    let ss = src_s(p);
    let k03 = small(-1, 3);
    let ndigits = small(-2, 4);

    let mut int_arms: Vec<(u32, S)> = vec![
        (8, p.i.clone()),
        (
            4,
            m3(&p.i, &arith, &p.i, |a, o, b| format!("({a} {o} {b})")),
        ),
        (3, m3(&p.i, &divs, &p.i, |a, o, b| format!("({a} {o} {b})"))),
        (2, m2(&z.i, &exps, |a, k| format!("({a} ** {k})"))),
        (1, m2(&z.i, &exps, |a, k| format!("pow({a}, {k})"))),
        (
            1,
            m3(&z.i, &exps, &p.i, |a, k, m| format!("pow({a}, {k}, {m})")),
        ),
        (1, m2(&z.i, &p.i, |a, m| format!("pow({a}, -1, {m})"))),
        (1, m2(&p.i, &small(-1, 12), |a, k| format!("({a} << {k})"))),
        (1, m2(&p.i, &small(0, 80), |a, k| format!("({a} >> {k})"))),
        (2, m3(&p.i, &bits, &p.i, |a, o, b| format!("({a} {o} {b})"))),
        (
            2,
            m2(&pick(&["-", "+", "~"]), &p.i, |o, a| format!("({o}{a})")),
        ),
        (1, m1(&p.s, |a| format!("len({a})"))),
        (1, m1(&p.l, |a| format!("len({a})"))),
        (1, m1(&p.d, |a| format!("len({a})"))),
        (1, m1(&p.w, |a| format!("len({a})"))),
        (1, m1(&p.i, |a| format!("abs({a})"))),
        (1, m2(&p.i, &p.i, |a, b| format!("min({a}, {b})"))),
        (
            1,
            m3(&p.i, &p.i, &p.i, |a, b, c| format!("max({a}, {b}, {c})")),
        ),
        (1, m1(&p.l, |a| format!("min({a})"))),
        (1, m2(&p.l, &p.i, |a, d| format!("max({a}, default={d})"))),
        (1, m1(&p.l, |a| format!("sum({a})"))),
        (1, m2(&p.l, &p.i, |a, b| format!("sum({a}, {b})"))),
        (1, m1(&p.f, |a| format!("int({a})"))),
        (1, m1(&num_str(), |a| format!("int({a})"))),
        (
            1,
            pick(&[
                r#"int("ff", 16)"#,
                r#"int("0x1f", 16)"#,
                r#"int("z", 36)"#,
                r#"int("101", 2)"#,
                r#"int("12", 2)"#,
                r#"int("0b11", 0)"#,
                r#"int(" 7 ", 8)"#,
            ]),
        ),
        (1, m1(&p.f, |a| format!("round({a})"))),
        (
            1,
            m2(&p.i, &small(-3, 1), |a, n| format!("round({a}, {n})")),
        ),
        (
            2,
            m3(&p.i, &p.b, &p.i, |a, c, b| format!("({a} if {c} else {b})")),
        ),
        (2, m2(&p.l, &ix, |a, i| format!("{a}[{i}]"))),
        (1, m2(&p.t, &ix, |a, i| format!("{a}[{i}]"))),
        (2, m2(&p.d, &p.s, |a, k| format!("{a}[{k}]"))),
        (
            1,
            m3(&p.d, &p.s, &p.i, |a, k, d| format!("{a}.get({k}, {d})")),
        ),
        (1, m2(&p.s, &p.s, |a, b| format!("{a}.find({b})"))),
        (1, m2(&p.s, &p.s, |a, b| format!("{a}.count({b})"))),
        (1, m2(&p.s, &p.s, |a, b| format!("{a}.index({b})"))),
        (1, m2(&p.l, &p.i, |a, b| format!("{a}.index({b})"))),
        (1, m2(&p.l, &p.i, |a, b| format!("{a}.count({b})"))),
        (
            1,
            m3(&p.i, &p.i, &small(0, 1), |a, b, k| {
                format!("divmod({a}, {b})[{k}]")
            }),
        ),
        (1, m2(&p.i, &p.i, |a, b| format!("({a} and {b})"))),
        (1, m2(&p.i, &p.i, |a, b| format!("({a} or {b})"))),
        (1, m2(&p.b, &p.i, |a, b| format!("({a} + {b})"))),
        (1, m2(&p.s, &ix, |s, i| format!("ord({s}[{i}])"))),
        (
            2,
            m3(&p.i, &si, &p.b, |e, s, c| {
                format!("sum({e} for i0 in {s} if {c})")
            }),
        ),
        (
            1,
            m2(&p.i, &si, |e, s| format!("len({{{e} for i0 in {s}}})")),
        ),
        (
            1,
            m2(&p.i, &si, |e, s| format!("sum({{{e} for i0 in {s}}})")),
        ),
        (1, m1(&p.l, |a| format!("len(set({a}))"))),
        (
            1,
            m2(&p.l, &p.l, |a, b| {
                format!("max(set({a}) | set({b}), default=-1)")
            }),
        ),
        (
            1,
            m2(&p.l, &p.i, |a, b| {
                format!("min(({b} for i0 in {a}), default=0)")
            }),
        ),
        (
            1,
            m3(&p.i, &p.l, &p.i, |e, l, a| {
                format!("(lambda i0, i1={a}: {e})({l}[0])")
            }),
        ),
        (
            1,
            m2(&p.i, &p.i, |e, a| format!("(lambda i0, i1=3: {e})({a})")),
        ),
        (1, m1(&p.l, |a| format!("sorted({a})[0]"))),
    ];
    let mut any_calls = None;
    if with_calls {
        let c = calls(p);
        int_arms.push((3, c.int));
        any_calls = Some(c.any);
    }
    let i = one(int_arms);

    let f = one(vec![
        (8, p.f.clone()),
        (
            3,
            m3(&p.f, &pick(&["+", "-", "*", "/"]), &p.f, |a, o, b| {
                format!("({a} {o} {b})")
            }),
        ),
        (
            2,
            m3(&p.f, &pick(&["+", "-", "*", "/"]), &p.i, |a, o, b| {
                format!("({a} {o} {b})")
            }),
        ),
        (
            2,
            m3(&p.i, &pick(&["+", "-", "*", "/"]), &p.f, |a, o, b| {
                format!("({a} {o} {b})")
            }),
        ),
        (2, m2(&p.i, &p.i, |a, b| format!("({a} / {b})"))),
        (2, m3(&p.f, &divs, &num, |a, o, b| format!("({a} {o} {b})"))),
        (1, m2(&p.f, &small(-3, 4), |a, k| format!("({a} ** {k})"))),
        (1, m2(&z.i, &neg_exps, |a, k| format!("({a} ** {k})"))),
        (1, m2(&p.f, &small(-2, 3), |a, k| format!("pow({a}, {k})"))),
        (1, m1(&p.f, |a| format!("(-{a})"))),
        (1, m1(&p.f, |a| format!("abs({a})"))),
        (1, m1(&p.i, |a| format!("float({a})"))),
        (1, m1(&num_str(), |a| format!("float({a})"))),
        (2, m2(&p.f, &ndigits, |a, n| format!("round({a}, {n})"))),
        (1, m2(&p.f, &p.f, |a, b| format!("min({a}, {b})"))),
        (1, m2(&p.f, &p.i, |a, b| format!("max({a}, {b}, 0.5)"))),
        (
            1,
            m3(&p.f, &p.f, &p.f, |a, b, c| format!("sum([{a}, {b}, {c}])")),
        ),
        (1, m2(&p.l, &p.f, |a, b| format!("sum({a}, {b})"))),
        (
            2,
            m3(&p.f, &p.b, &p.f, |a, c, b| format!("({a} if {c} else {b})")),
        ),
        (
            1,
            m3(&p.f, &num, &small(0, 1), |a, b, k| {
                format!("divmod({a}, {b})[{k}]")
            }),
        ),
        (1, m2(&p.f, &p.i, |a, b| format!("({a} or {b})"))),
    ]);

    let s = one(vec![
        (8, p.s.clone()),
        (3, m2(&p.s, &p.s, |a, b| format!("({a} + {b})"))),
        (1, m2(&p.s, &k03, |a, k| format!("({a} * {k})"))),
        (2, m2(&p.s, &ix, |a, i| format!("{a}[{i}]"))),
        (2, m2(&p.s, &sl, |a, x| format!("{a}{x}"))),
        (
            3,
            m2(
                &p.s,
                &pick(&[
                    "upper",
                    "lower",
                    "strip",
                    "lstrip",
                    "rstrip",
                    "title",
                    "capitalize",
                    "swapcase",
                    "casefold",
                ]),
                |a, m| format!("{a}.{m}()"),
            ),
        ),
        (1, m2(&p.s, &lit_str(), |a, c| format!("{a}.strip({c})"))),
        (
            2,
            m3(&p.s, &lit_str(), &lit_str(), |a, o, n| {
                format!("{a}.replace({o}, {n})")
            }),
        ),
        (2, m2(&lit_str(), &p.w, |a, w| format!("{a}.join({w})"))),
        (1, m2(&p.s, &p.w, |a, w| format!("{a}[:3].join({w})"))),
        (1, m1(&p.i, |a| format!("str({a})"))),
        (1, m1(&p.f, |a| format!("str({a})"))),
        (1, m1(&p.s, |a| format!("repr({a})"))),
        (1, m1(&p.f, |a| format!("repr({a})"))),
        (1, m1(&p.l, |a| format!("repr({a})"))),
        (1, m1(&p.d, |a| format!("str({a})"))),
        (1, m1(&p.t, |a| format!("str({a})"))),
        (3, formatted(p)),
        (
            1,
            m3(
                &p.s,
                &small(0, 12),
                &pick(&[r#""*""#, r#""é""#]),
                |a, k, c| format!("{a}.center({k}, {c})"),
            ),
        ),
        (1, m2(&p.s, &small(0, 8), |a, k| format!("{a}.zfill({k})"))),
        (1, m2(&p.s, &small(0, 8), |a, k| format!("{a}.ljust({k})"))),
        (
            1,
            m2(&p.s, &small(0, 8), |a, k| format!("{a}.rjust({k}, \".\")")),
        ),
        (
            2,
            m3(&p.s, &p.b, &p.s, |a, c, b| format!("({a} if {c} else {b})")),
        ),
        (1, m2(&p.s, &p.s, |a, b| format!("({a} or {b})"))),
        (1, m1(&p.s, |a| format!("\"\".join(sorted({a}))"))),
        (1, m1(&p.s, |a| format!("\"\".join(reversed({a}))"))),
        (1, m2(&p.s, &p.s, |a, b| format!("min({a}, {b})"))),
        (1, m1(&p.w, |a| format!("max({a}, default=\"\")"))),
        (1, m1(&p.w, |a| format!("min({a}, key=len, default=\"-\")"))),
        (
            1,
            pick(&[
                "chr(65)",
                "chr(233)",
                "chr(945)",
                "chr(128512)",
                "chr(10)",
                "chr(127)",
                "chr(173)",
                "chr(8232)",
                "chr(1114112)",
                "chr(-1)",
            ]),
        ),
        (
            1,
            m3(&p.s, &ss, &p.b, |e, s, c| {
                format!("\"\".join({e} for s0 in {s} if {c})")
            }),
        ),
    ]);

    let b = one(vec![
        (4, p.b.clone()),
        (3, m3(&num, &cmp, &num, |a, o, b| format!("({a} {o} {b})"))),
        (
            2,
            m4(
                &num,
                &cmp,
                &num,
                &(cmp.clone(), num.clone())
                    .prop_map(|(o, c)| format!("{o} {c}"))
                    .boxed(),
                |a, o, b, rest| format!("({a} {o} {b} {rest})"),
            ),
        ),
        (2, m3(&p.s, &cmp, &p.s, |a, o, b| format!("({a} {o} {b})"))),
        (
            1,
            m4(&p.s, &cmp, &p.s, &p.s, |a, o, b, c| {
                format!("({a} {o} {b} < {c})")
            }),
        ),
        (1, m3(&p.l, &cmp, &p.l, |a, o, b| format!("({a} {o} {b})"))),
        (1, m3(&p.t, &cmp, &p.t, |a, o, b| format!("({a} {o} {b})"))),
        (1, m2(&p.d, &p.d, |a, b| format!("({a} == {b})"))),
        (1, m2(&p.i, &p.s, |a, b| format!("({a} != {b})"))),
        (1, m2(&p.l, &p.t, |a, b| format!("({a} == {b})"))),
        (2, m2(&p.b, &p.b, |a, b| format!("({a} and {b})"))),
        (2, m2(&p.b, &p.b, |a, b| format!("({a} or {b})"))),
        (1, m1(&p.b, |a| format!("(not {a})"))),
        (1, m1(&p.i, |a| format!("(not {a})"))),
        (1, m1(&p.s, |a| format!("bool({a})"))),
        (2, m2(&p.i, &p.l, |a, b| format!("({a} in {b})"))),
        (1, m2(&p.i, &p.t, |a, b| format!("({a} not in {b})"))),
        (1, m2(&p.s, &p.s, |a, b| format!("({a} in {b})"))),
        (1, m2(&p.s, &p.d, |a, b| format!("({a} in {b})"))),
        (1, m2(&p.s, &p.w, |a, b| format!("({a} not in {b})"))),
        (1, m2(&p.i, &p.l, |a, b| format!("({a} in set({b}))"))),
        (
            2,
            m3(&p.s, &pick(&["startswith", "endswith"]), &p.s, |a, m, b| {
                format!("{a}.{m}({b})")
            }),
        ),
        (
            1,
            m2(
                &p.s,
                &pick(&[
                    "isdigit", "isalpha", "isupper", "islower", "isspace", "isalnum",
                ]),
                |a, m| format!("{a}.{m}()"),
            ),
        ),
        (1, m2(&p.b, &si, |e, s| format!("any({e} for i0 in {s})"))),
        (1, m2(&p.b, &si, |e, s| format!("all({e} for i0 in {s})"))),
        (1, m1(&p.l, |a| format!("any({a})"))),
        (1, m1(&p.l, |a| format!("all({a})"))),
        (1, m1(&p.i, |a| format!("isinstance({a}, int)"))),
        (1, m1(&p.f, |a| format!("isinstance({a}, (str, float))"))),
        (
            1,
            m3(&p.b, &p.b, &p.b, |a, c, b| format!("({a} if {c} else {b})")),
        ),
    ]);

    let l = one(vec![
        (6, p.l.clone()),
        (2, m2(&p.i, &p.i, |a, b| format!("[{a}, {b}]"))),
        (
            1,
            m3(&p.i, &p.i, &p.i, |a, b, c| format!("[{a}, {b}, {c}]")),
        ),
        (2, m2(&p.l, &p.l, |a, b| format!("({a} + {b})"))),
        (1, m2(&p.l, &k03, |a, k| format!("({a} * {k})"))),
        (2, m2(&p.l, &sl, |a, x| format!("{a}{x}"))),
        (2, m1(&p.l, |a| format!("sorted({a})"))),
        (1, m1(&p.l, |a| format!("sorted({a}, reverse=True)"))),
        (
            1,
            m2(&p.l, &p.i, |a, k| {
                format!("sorted({a}, key=lambda i0: {k})")
            }),
        ),
        (1, m1(&p.l, |a| format!("list(reversed({a}))"))),
        (
            1,
            m3(
                &small(-4, 4),
                &small(-4, 9),
                &pick(&["1", "2", "3", "(-1)", "(-3)"]),
                |a, b, c| format!("list(range({a}, {b}, {c}))"),
            ),
        ),
        (
            3,
            m3(&p.i, &si, &p.b, |e, s, c| {
                format!("[{e} for i0 in {s} if {c}]")
            }),
        ),
        (
            1,
            m3(&p.i, &si, &si, |e, s, t| {
                format!("[{e} for i0 in {s} for i1 in {t}]")
            }),
        ),
        (
            1,
            m2(&p.i, &si, |e, s| format!("sorted({{{e} for i0 in {s}}})")),
        ),
        (
            1,
            m3(&p.l, &pick(&["|", "&", "-", "^"]), &p.l, |a, o, b| {
                format!("sorted(set({a}) {o} set({b}))")
            }),
        ),
        (
            1,
            m2(&p.i, &p.l, |e, a| format!("list(map(lambda i0: {e}, {a}))")),
        ),
        (
            1,
            m2(&p.b, &p.l, |e, a| {
                format!("list(filter(lambda i0: {e}, {a}))")
            }),
        ),
        (1, m1(&p.t, |a| format!("list({a})"))),
        (1, m1(&p.d, |a| format!("list({a}.values())"))),
        (1, m1(&p.w, |a| format!("list(map(len, {a}))"))),
        (1, m1(&p.w, |a| format!("[len(s0) for s0 in {a}]"))),
        (1, m2(&p.i, &p.i, |a, b| format!("list(divmod({a}, {b}))"))),
        (
            2,
            m3(&p.l, &p.b, &p.l, |a, c, b| format!("({a} if {c} else {b})")),
        ),
        (1, m2(&p.i, &si, |e, s| format!("list({e} for i0 in {s})"))),
        (
            1,
            m2(&p.i, &si, |e, s| {
                format!("sorted(({e} for i0 in {s}), reverse=True)")
            }),
        ),
        (1, m1(&p.s, |a| format!("[ord(s0) for s0 in {a}[:4]]"))),
        (1, m2(&p.l, &p.t, |a, b| format!("[*{a}, *{b}]"))),
        (
            1,
            m2(&p.i, &si, |e, s| {
                format!("[(lambda i1=i0: {e})() for i0 in {s}]")
            }),
        ),
        (
            1,
            m3(
                &small(-4, 4),
                &small(-4, 9),
                &pick(&["1", "2", "(-1)", "(-3)"]),
                |a, b, c| format!("list(reversed(range({a}, {b}, {c})))"),
            ),
        ),
    ]);

    let t = one(vec![
        (6, p.t.clone()),
        (2, m2(&p.i, &p.i, |a, b| format!("({a}, {b})"))),
        (1, m1(&p.i, |a| format!("({a},)"))),
        (1, m1(&p.l, |a| format!("tuple({a})"))),
        (1, m2(&p.t, &sl, |a, x| format!("{a}{x}"))),
        (1, m2(&p.t, &p.t, |a, b| format!("({a} + {b})"))),
        (1, m2(&p.t, &k03, |a, k| format!("({a} * {k})"))),
        (1, m2(&p.i, &p.i, |a, b| format!("divmod({a}, {b})"))),
        (1, m1(&p.t, |a| format!("tuple(sorted({a}))"))),
        (1, m1(&p.t, |a| format!("tuple(reversed({a}))"))),
        (1, m2(&p.l, &p.i, |a, b| format!("(*{a}, {b})"))),
        (1, m2(&p.i, &si, |e, s| format!("tuple({e} for i0 in {s})"))),
        (
            1,
            m3(&p.t, &p.b, &p.t, |a, c, b| format!("({a} if {c} else {b})")),
        ),
    ]);

    let d = one(vec![
        (6, p.d.clone()),
        (2, m2(&p.s, &p.i, |k, v| format!("{{{k}: {v}}}"))),
        (
            1,
            m4(&p.s, &p.i, &p.s, &p.i, |k, v, k2, v2| {
                format!("{{{k}: {v}, {k2}: {v2}}}")
            }),
        ),
        (
            2,
            m2(&p.i, &ss, |e, s| format!("{{s0: {e} for s0 in {s}}}")),
        ),
        (
            1,
            m3(&p.i, &p.w, &p.l, |e, w, l| {
                format!("{{s0: {e} for s0, i0 in zip({w}, {l})}}")
            }),
        ),
        (1, m2(&p.w, &p.l, |w, l| format!("dict(zip({w}, {l}))"))),
        (1, m2(&p.d, &p.d, |a, b| format!("({a} | {b})"))),
        (
            1,
            m3(&p.d, &p.s, &p.i, |a, k, v| format!("{{**{a}, {k}: {v}}}")),
        ),
        (1, m2(&p.d, &p.i, |a, v| format!("dict({a}, k={v})"))),
        (1, m1(&p.d, |a| format!("dict(sorted({a}.items()))"))),
        (
            1,
            m3(&p.s, &p.d, &p.b, |k, a, c| {
                format!("{{{k}: i0 for s0, i0 in {a}.items() if {c}}}")
            }),
        ),
        (
            1,
            m3(&p.d, &p.b, &p.d, |a, c, b| format!("({a} if {c} else {b})")),
        ),
    ]);

    let w = one(vec![
        (5, p.w.clone()),
        (1, m2(&p.s, &p.s, |a, b| format!("[{a}, {b}]"))),
        (2, m1(&p.s, |a| format!("{a}.split()"))),
        (
            2,
            m2(
                &p.s,
                &pick(&[r#"",""#, r#"" ""#, r#""a""#, r#""""#, r#""ab""#]),
                |a, sep| format!("{a}.split({sep})"),
            ),
        ),
        (
            1,
            m2(&p.s, &small(-1, 2), |a, k| format!("{a}.split(None, {k})")),
        ),
        (1, m1(&p.s, |a| format!("list({a})"))),
        (1, m1(&p.w, |a| format!("sorted({a})"))),
        (1, m1(&p.w, |a| format!("sorted({a}, key=len)"))),
        (
            1,
            m1(&p.w, |a| format!("sorted({a}, key=lambda s0: s0[::-1])")),
        ),
        (1, m1(&p.d, |a| format!("list({a})"))),
        (1, m1(&p.d, |a| format!("sorted({a}, key={a}.get)"))),
        (1, m2(&p.i, &si, |e, s| format!("[str({e}) for i0 in {s}]"))),
        (1, m2(&p.s, &ss, |e, s| format!("[{e} for s0 in {s}]"))),
        (1, m2(&p.w, &sl, |a, x| format!("{a}{x}"))),
        (1, m2(&p.w, &p.w, |a, b| format!("({a} + {b})"))),
        (1, m1(&p.s, |a| format!("sorted(set({a}))"))),
        (1, m1(&p.l, |a| format!("list(map(str, {a}))"))),
    ]);

    let ex = Ex {
        i,
        f,
        s,
        b,
        l,
        t,
        d,
        w,
    };
    let mut misc: Vec<(u32, S)> = vec![
        (1, m1(&ex.w, |a| format!("list(enumerate({a}))"))),
        (
            1,
            m2(&ex.w, &small(-2, 3), |a, k| {
                format!("list(enumerate({a}, {k}))")
            }),
        ),
        (
            1,
            m3(&ex.l, &ex.w, &ex.s, |a, b, c| {
                format!("list(zip({a}, {b}, {c}))")
            }),
        ),
        (1, m1(&ex.w, |a| format!("max({a}, key=len)"))),
        (1, m2(&ex.f, &si, |e, s| format!("sum({e} for i0 in {s})"))),
        (1, m2(&ex.l, &ex.w, |a, b| format!("list(zip({a}, {b}))"))),
        (1, m1(&ex.d, |a| format!("list({a}.items())"))),
        (1, m2(&ex.f, &num, |a, b| format!("divmod({a}, {b})"))),
        (
            1,
            m3(&ex.i, &ex.s, &ex.f, |a, b, c| format!("({a}, {b}, {c})")),
        ),
        (1, m2(&ex.i, &ex.s, |a, b| format!("[{a}, {b}, None]"))),
        (1, m2(&ex.i, &ex.s, |a, b| format!("({a} or {b})"))),
        (1, m2(&ex.s, &ex.l, |a, b| format!("({a} and {b})"))),
        (1, m2(&ex.i, &ex.f, |a, b| format!("min({a}, {b})"))),
        (1, m2(&ex.i, &ex.s, |a, b| format!("({a} + {b})"))),
        (1, m2(&ex.l, &ex.t, |a, b| format!("({a} + {b})"))),
        // krait bug: `"ab" * 2**62` raises MemoryError, CPython OverflowError (the length would
        // pass sys.maxsize; lists and tuples give MemoryError on both). A "float" expression can
        // be a big int (`max(f, i, 0.5)`), so the float operand here is a literal.
        (1, m2(&ex.s, &lit_float(), |a, b| format!("({a} * {b})"))),
        (1, m2(&ex.d, &ex.i, |a, b| format!("{a}[{b}]"))),
        (1, m2(&ex.l, &ex.w, |a, b| format!("sorted({a} + {b})"))),
        (1, m2(&ex.d, &ex.d, |a, b| format!("({a} < {b})"))),
        (1, m2(&ex.s, &ex.l, |a, b| format!("{{{a}: {b}}}"))),
        (1, m2(&ex.s, &ex.s, |a, b| format!("list(zip({a}, {b}))"))),
        (1, m1(&ex.f, |a| format!("type({a}).__name__"))),
        (
            1,
            m1(&ex.l, |a| {
                format!("(lambda *args, **kw: (args, sorted(kw)))(1, *{a}, a=2)")
            }),
        ),
        (1, lit("None")),
    ];
    if let Some(c) = any_calls {
        misc.push((6, c));
    }
    let any = one(vec![
        (3, ex.i.clone()),
        (2, ex.f.clone()),
        (3, ex.s.clone()),
        (2, ex.b.clone()),
        (2, ex.l.clone()),
        (1, ex.t.clone()),
        (1, ex.d.clone()),
        (1, ex.w.clone()),
        (2, one(misc)),
    ]);
    Layer { ex, any }
}

/// A layer: one strategy per type, plus "anything printable" (which adds mixed-type and
/// ill-typed expressions, shown but never stored).
struct Layer {
    ex: Ex,
    any: S,
}

/// Layers 1..=depth built on the leaves.
fn layers(depth: usize, with_calls: bool) -> Vec<Layer> {
    let z = leaves();
    let mut out: Vec<Layer> = Vec::new();
    for _ in 0..depth {
        let layer = grow(out.last().map_or(&z, |l| &l.ex), &z, with_calls);
        out.push(layer);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Ctx {
    /// Inside `g0` (only its parameters `i0`, `i1` may be rebound; `return` allowed).
    func: bool,
    in_loop: bool,
}

fn indent(lines: Vec<String>) -> Vec<String> {
    lines.into_iter().map(|l| format!("    {l}")).collect()
}

fn line(s: S) -> Lines {
    s.prop_map(|l| vec![l]).boxed()
}

fn one_l(arms: Vec<(u32, Lines)>) -> Lines {
    Union::new_weighted(arms).boxed()
}

/// Assignments and mutations allowed in `ctx`.
fn assignments(e: &Ex, ctx: Ctx) -> Vec<(u32, Lines)> {
    let int_t = pick(&["i0", "i1"]);
    let modulus = pick(&["7", "1000", "(-97)", "10 ** 20", "18446744073709551617"]);
    let int_atom = one(vec![(2, lit_int()), (1, pick(&["i0", "i1"]))]);
    let nz = one(vec![
        (3, small(1, 9)),
        (1, small(-9, 0)),
        (1, pick(&["i0", "i1"])),
    ]);
    let float_atom = one(vec![
        (2, lit_float()),
        (1, lit("f0")),
        (1, int_atom.clone()),
    ]);
    let mut arms: Vec<(u32, Lines)> = vec![
        (
            3,
            line(m3(&int_t, &e.i, &modulus, |v, x, m| {
                format!("{v} = {x} % {m}")
            })),
        ),
        (1, line(m2(&int_t, &int_atom, |v, x| format!("{v} = {x}")))),
        (
            3,
            line(m3(
                &int_t,
                &pick(&["+=", "-=", "&=", "|=", "^="]),
                &int_atom,
                |v, o, x| format!("{v} {o} {x}"),
            )),
        ),
        (
            1,
            line(m2(&int_t, &small(-9, 9), |v, x| format!("{v} *= {x}"))),
        ),
        (
            1,
            line(m3(&int_t, &pick(&["//=", "%="]), &nz, |v, o, x| {
                format!("{v} {o} {x}")
            })),
        ),
        (
            1,
            line(m3(
                &int_t,
                &pick(&["<<=", ">>="]),
                &small(0, 5),
                |v, o, x| format!("{v} {o} {x}"),
            )),
        ),
        (1, line(m1(&e.i, |x| format!("l0.append({x})")))),
        // krait bug: `[1].insert(2**70, 0)` raises IndexError, CPython OverflowError (same for
        // `[1].pop(2**70)`), so the positions of insert/pop are small.
        (
            1,
            line(m2(&small(-12, 12), &e.i, |a, x| {
                format!("l0.insert({a}, {x})")
            })),
        ),
        (
            1,
            line(pick(&[
                "l0.pop()",
                "l0.reverse()",
                "l0.sort()",
                "l0.sort(reverse=True)",
                "l0.clear()",
                "l0.extend([3, 1])",
            ])),
        ),
        (1, line(m1(&small(-12, 12), |x| format!("l0.pop({x})")))),
        (1, line(m1(&e.i, |x| format!("l0.remove({x})")))),
        // The third key raises KeyError: the list must come out whole, as in CPython.
        (
            1,
            line(pick(&[
                "l0.sort(key=lambda i0: i0 % 3)",
                "l0.sort(key=abs, reverse=True)",
                "l0.sort(key=lambda i0: {0: 1}[i0])",
            ])),
        ),
        (
            1,
            line(m2(&index(e), &e.i, |a, x| format!("l0[{a}] = {x}"))),
        ),
        (
            1,
            line(m2(&slice(e), &list_lit(), |a, x| format!("l0{a} = {x}"))),
        ),
        (1, line(m1(&index(e), |a| format!("del l0[{a}]")))),
        (1, line(m1(&slice(e), |a| format!("del l0{a}")))),
        (2, line(m2(&e.s, &e.i, |k, x| format!("d0[{k}] = {x}")))),
        (
            1,
            line(m2(&e.s, &e.i, |k, x| format!("d0.update({{{k}: {x}}})"))),
        ),
        (1, line(m1(&e.s, |k| format!("d0.pop({k})")))),
        (1, line(m2(&e.s, &e.i, |k, x| format!("d0.pop({k}, {x})")))),
        (
            1,
            line(m2(&e.s, &e.i, |k, x| format!("d0.setdefault({k}, {x})"))),
        ),
        (1, line(m1(&e.s, |k| format!("del d0[{k}]")))),
        (
            1,
            line(m2(&int_t, &int_t, |a, b| format!("{a}, {b} = {b}, {a}"))),
        ),
        (
            1,
            line(m2(&e.i, &nz, |a, b| format!("i0, i1 = divmod({a}, {b})"))),
        ),
    ];
    if !ctx.func {
        let str_t = pick(&["s0", "s1"]);
        arms.extend([
            (2, line(m1(&e.f, |x| format!("f0 = {x}")))),
            (
                2,
                line(m2(
                    &pick(&["+=", "-=", "*=", "/=", "//=", "%="]),
                    &float_atom,
                    |o, x| format!("f0 {o} {x}"),
                )),
            ),
            (1, line(lit("f0 **= 2"))),
            (
                2,
                line(m3(&str_t, &e.s, &small(0, 20), |v, x, k| {
                    format!("{v} = {x}[:{k}]")
                })),
            ),
            (
                1,
                line(m2(&str_t, &lit_str(), |v, x| format!("{v} += {x}"))),
            ),
            (
                2,
                line(m2(&e.l, &small(0, 8), |x, k| format!("l0 = {x}[:{k}]"))),
            ),
            (1, line(m1(&list_lit(), |x| format!("l0 += {x}")))),
            (1, line(m1(&e.t, |x| format!("t0 = {x}[-6:]")))),
            (1, line(m1(&e.i, |x| format!("t0 += ({x},)")))),
            (1, line(m1(&e.d, |x| format!("d0 = {x}")))),
            (
                1,
                line(m2(&e.s, &e.i, |k, x| format!("d0 |= {{{k}: {x}}}"))),
            ),
            (1, line(m1(&e.l, |x| format!("i0, *l0 = {x}[:6]")))),
            (1, line(m1(&e.l, |x| format!("*l0, i1 = {x}[:6]")))),
            (
                1,
                line(m2(&e.i, &e.s, |a, b| {
                    format!("(i0, s1), f0 = ({a}, {b}[:9]), 1.5")
                })),
            ),
        ]);
    }
    arms
}

/// Statements that need no nested block.
fn simple(l: &Layer, ctx: Ctx) -> Vec<(u32, Lines)> {
    let e = &l.ex;
    let exc = pick(&[
        "ValueError",
        "KeyError",
        "IndexError",
        "TypeError",
        "ZeroDivisionError",
        "RuntimeError",
        "ArithmeticError",
        "LookupError",
        "OverflowError",
        "Exception",
    ]);
    let mut arms = vec![
        (8, line(m1(&l.any, |x| format!("show(lambda: {x})")))),
        (1, line(m1(&e.s, |x| format!("print({x})")))),
        (
            1,
            line(m2(&e.i, &e.f, |a, b| format!("print({a}, {b}, sep=', ')"))),
        ),
        (
            1,
            line(m1(&e.l, |a| format!("print(*{a}, sep='-', end='|\\n')"))),
        ),
        (
            1,
            line(m3(&e.b, &exc, &lit_str(), |c, x, m| {
                format!("if {c}: raise {x}({m})")
            })),
        ),
        (1, line(m1(&exc, |x| format!("raise {x}")))),
        (1, line(m1(&e.b, |c| format!("assert {c}")))),
        (1, line(m1(&e.b, |c| format!("assert {c}, 'failed'")))),
        (1, line(lit("pass"))),
    ];
    arms.extend(assignments(e, ctx));
    if ctx.in_loop {
        arms.push((
            2,
            line(m2(&e.b, &pick(&["break", "continue"]), |c, k| {
                format!("if {c}: {k}")
            })),
        ));
        arms.push((1, line(pick(&["break", "continue"]))));
    }
    if ctx.func {
        let ret = m1(&e.i, |x| format!("return ({x}, k, len(args), sorted(kw))"));
        arms.push((1, line(m2(&e.b, &ret, |c, r| format!("if {c}: {r}")))));
        arms.push((1, line(ret)));
    }
    arms
}

struct StmtGen<'a> {
    layer: &'a Layer,
    memo: std::collections::HashMap<(Ctx, u32), Lines>,
}

impl StmtGen<'_> {
    /// A block of 1–3 statements, nesting at most `depth` more levels.
    fn block(&mut self, ctx: Ctx, depth: u32) -> Lines {
        if let Some(b) = self.memo.get(&(ctx, depth)) {
            return b.clone();
        }
        let stmt = self.stmt(ctx, depth);
        let b = vec(stmt, 1..=3).prop_map(|v| v.concat()).boxed();
        self.memo.insert((ctx, depth), b.clone());
        b
    }

    fn stmt(&mut self, ctx: Ctx, depth: u32) -> Lines {
        let l = self.layer;
        let e = &l.ex;
        let mut arms = simple(l, ctx);
        if depth == 0 {
            return one_l(arms);
        }
        let body = self.block(ctx, depth - 1);
        let looped = Ctx {
            in_loop: true,
            ..ctx
        };
        let loop_body = self.block(looped, depth - 1);

        // if / elif / else
        arms.push((
            3,
            (
                e.b.clone(),
                body.clone(),
                option::of((e.b.clone(), body.clone())),
                option::of(body.clone()),
            )
                .prop_map(|(c, b, elif, els)| {
                    let mut out = vec![format!("if {c}:")];
                    out.extend(indent(b));
                    if let Some((c2, b2)) = elif {
                        out.push(format!("elif {c2}:"));
                        out.extend(indent(b2));
                    }
                    if let Some(b3) = els {
                        out.push("else:".into());
                        out.extend(indent(b3));
                    }
                    out
                })
                .boxed(),
        ));

        // for over ints (and strs at module level), with an optional else
        let mut targets: Vec<(u32, S)> = vec![(
            3,
            m2(&pick(&["i0", "i1"]), &src_i(e), |t, s| {
                format!("for {t} in {s}:")
            }),
        )];
        if !ctx.func {
            targets.push((
                1,
                m2(&pick(&["s0", "s1"]), &src_s(e), |t, s| {
                    format!("for {t} in {s}:")
                }),
            ));
            targets.push((
                1,
                m1(&e.w, |w| format!("for i1, s1 in enumerate({w}[:3]):")),
            ));
            targets.push((
                1,
                m2(&e.l, &e.s, |l, s| {
                    format!("for i0, s0 in zip({l}, {s}[:4]):")
                }),
            ));
        }
        arms.push((
            3,
            (one(targets), loop_body.clone(), option::of(body.clone()))
                .prop_map(|(head, b, els)| {
                    let mut out = vec![head];
                    out.extend(indent(b));
                    if let Some(b2) = els {
                        out.push("else:".into());
                        out.extend(indent(b2));
                    }
                    out
                })
                .boxed(),
        ));

        // bounded while; the counter is incremented first so `continue` cannot spin
        let w = format!("w{depth}");
        arms.push((
            2,
            (
                small(0, 4),
                e.b.clone(),
                loop_body.clone(),
                option::of(body.clone()),
            )
                .prop_map(move |(k, c, b, els)| {
                    let mut out = vec![
                        format!("{w} = 0"),
                        format!("while {w} < {k} and {c}:"),
                        format!("    {w} += 1"),
                    ];
                    out.extend(indent(b));
                    if let Some(b2) = els {
                        out.push("else:".into());
                        out.extend(indent(b2));
                    }
                    out
                })
                .boxed(),
        ));

        // try / except / else / finally
        let spec = pick(&[
            "ZeroDivisionError",
            "ArithmeticError",
            "LookupError",
            "(KeyError, IndexError)",
            "ValueError",
            "TypeError",
            "(TypeError, ValueError)",
            "Exception",
            "OverflowError",
            "NameError",
        ]);
        let handler_tail = one_l(vec![
            (3, Just(vec![]).boxed()),
            (1, Just(vec!["raise".to_string()]).boxed()),
            (
                1,
                Just(vec!["raise RuntimeError('again') from e".to_string()]).boxed(),
            ),
            (2, body.clone()),
        ]);
        let handler = (spec, handler_tail)
            .prop_map(|(s, tail)| {
                let mut out = vec![
                    format!("except {s} as e:"),
                    "    print('caught', type(e).__name__)".to_string(),
                ];
                out.extend(indent(tail));
                out
            })
            .boxed();
        arms.push((
            3,
            (
                body.clone(),
                vec(handler, 0..=2),
                option::of(body.clone()),
                option::of(option::of(body.clone())),
            )
                .prop_map(|(b, handlers, els, fin)| {
                    let mut out = vec!["try:".to_string()];
                    out.extend(indent(b));
                    let no_handlers = handlers.is_empty();
                    for h in handlers {
                        out.extend(h);
                    }
                    if let (false, Some(e)) = (no_handlers, els) {
                        out.push("else:".into());
                        out.extend(indent(e));
                    }
                    let fin = match fin {
                        Some(f) => Some(f),
                        None if no_handlers => Some(None),
                        None => None,
                    };
                    if let Some(f) = fin {
                        out.push("finally:".into());
                        out.push("    print('finally')".into());
                        out.extend(indent(f.unwrap_or_default()));
                    }
                    out
                })
                .boxed(),
        ));
        one_l(arms)
    }
}

// ---------------------------------------------------------------------------------------------
// Whole programs
// ---------------------------------------------------------------------------------------------

const PRELUDE: &str = "\
def show(f):
    try:
        r = repr(f())
    except Exception as e:
        print(type(e).__name__)
    else:
        print(r if len(r) <= 2000 else r[:2000] + '...')
";

/// Classes every program defines: dunder protocols, inheritance with `super()`, a property,
/// a classmethod, a user exception and a context manager. Method bodies use generated int
/// expressions over the method's parameters (`i0`, `i1`) and the module's variables.
fn classes(fi: &S) -> S {
    (fi.clone(), fi.clone(), fi.clone(), small(2, 6))
        .prop_map(|(m_e, add_e, exc_e, flavour)| {
            format!(
                r#"class K0:
    count = 0
    def __init__(self, i0, s=''):
        self.a = i0 % 97
        self.s = str(s)[:5]
        K0.count += 1
    def m(self, i0, i1=2):
        self.a = ({m_e}) % 1009
        return self.a
    def __repr__(self):
        return f'K0({{self.a!r}}, {{self.s!r}})'
    def __eq__(self, other):
        return isinstance(other, K0) and self.a == other.a
    def __hash__(self):
        return hash(self.a)
    def __lt__(self, other):
        if not isinstance(other, K0):
            return NotImplemented
        return (self.a, self.s) < (other.a, other.s)
    def __add__(self, other):
        if isinstance(other, int):
            return K0(self.a + other, self.s)
        if isinstance(other, K0):
            return K0(self.a + other.a, self.s + other.s)
        return NotImplemented
    def __len__(self):
        return abs(self.a) % 7
    def __iter__(self):
        return iter(range(len(self)))
    def __contains__(self, x):
        return x == self.a
    def __bool__(self):
        return self.a % {modulus} != 0
    @property
    def p(self):
        return self.a * 2
    @p.setter
    def p(self, v):
        self.a = v // 2
    @classmethod
    def make(cls, i0):
        return cls(i0, cls.__name__)
class K1(K0):
    def m(self, i0, i1=2):
        return super().m(i0, i1) + 1
    def __radd__(self, other):
        return K1(({add_e}) % 1009 + (other if isinstance(other, int) else 0), 'r')
    def __repr__(self):
        return 'K1:' + super().__repr__()
class E0(ValueError):
    def __init__(self, code):
        super().__init__('e0', code)
        self.code = code
    def __str__(self):
        return f'E0<{{self.code}}>'
def raiser(i0, i1=0):
    if ({exc_e}) % 3 == 0:
        raise E0(i0 % 10)
    return i0
class Ctx:
    def __init__(self, swallow):
        self.swallow = swallow
        self.log = []
    def __enter__(self):
        self.log.append('enter')
        return self
    def __exit__(self, t, v, tb):
        self.log.append('exit ' + (t.__name__ if t else 'None'))
        return self.swallow
"#,
                modulus = flavour
            )
        })
        .boxed()
}

/// Statements exercising the classes with generated int and str arguments.
fn class_stmt(p: &Ex) -> Lines {
    let templates: Vec<(u32, S)> = vec![
        (
            2,
            m2(&p.i, &p.i, |a, b| format!("show(lambda: K0({a}).m({b}))")),
        ),
        (
            2,
            m2(&p.i, &p.i, |a, b| {
                format!("show(lambda: K1({a}, 'x').m({b}, 3))")
            }),
        ),
        (
            2,
            m3(&p.i, &p.s, &p.i, |a, b, c| {
                format!("show(lambda: K0({a}, {b}) + K1({c}))")
            }),
        ),
        (
            2,
            m2(&p.i, &p.i, |a, b| format!("show(lambda: {b} + K1({a}))")),
        ),
        (
            2,
            m2(&p.i, &p.i, |a, b| format!("show(lambda: K0({a}) + {b})")),
        ),
        (
            1,
            m2(&p.i, &p.s, |a, b| format!("show(lambda: K0({a}) + {b})")),
        ),
        (
            2,
            m3(&p.i, &p.i, &p.i, |a, b, c| {
                format!("show(lambda: sorted([K0({a}, 'a'), K1({b}, 'b'), K0({c}, 'c')]))")
            }),
        ),
        (
            1,
            m2(&p.i, &p.i, |a, b| {
                format!("show(lambda: max(K0({a}), K1({b})))")
            }),
        ),
        (
            2,
            m2(&p.i, &p.i, |a, b| {
                format!("show(lambda: (K0({a}) == K1({b}), K0({a}) != K0({b})))")
            }),
        ),
        (
            1,
            m2(&p.i, &p.i, |a, b| format!("show(lambda: K0({a}) < {b})")),
        ),
        (
            2,
            m2(&p.i, &p.i, |a, b| {
                format!("show(lambda: {{K0({a}): 1, K1({b}): 2}})")
            }),
        ),
        (
            2,
            m1(&p.i, |a| {
                format!("show(lambda: (len(K0({a})), list(K1({a})), bool(K0({a}))))")
            }),
        ),
        (
            1,
            m2(&p.i, &p.i, |a, b| {
                format!("show(lambda: ({b} in K0({a}), {b} % 97 in K1({a})))")
            }),
        ),
        (
            1,
            m1(&p.i, |a| {
                format!("show(lambda: [x * 2 for x in K0({a}) if x])")
            }),
        ),
        (
            2,
            m2(&p.i, &p.i, |a, b| {
                format!("o = K1({a})\no.p = {b}\nshow(lambda: (o.p, o.a, o))")
            }),
        ),
        (
            1,
            m1(&p.i, |a| {
                format!("show(lambda: (K1.make({a}), K0.make({a}).s, K0.count > 0))")
            }),
        ),
        (
            1,
            m1(&p.i, |a| {
                format!("show(lambda: (type(K1({a})).__name__, isinstance(K1({a}), K0), issubclass(K0, K1)))")
            }),
        ),
        (
            2,
            m2(&p.i, &p.i, |a, b| format!("show(lambda: raiser({a}, {b}))")),
        ),
        (
            2,
            m2(&p.i, &p.i, |a, b| {
                format!(
                "try:\n    raiser({a}, {b})\nexcept E0 as e:\n    print('E0', e.code, str(e), e.args, isinstance(e, ValueError))\nelse:\n    print('no E0')"
            )
            }),
        ),
        (
            2,
            m2(&p.i, &p.i, |a, b| {
                format!(
                "c = Ctx({b} % 2 == 0)\ntry:\n    with c as cc:\n        print(cc is c)\n        raiser({a}, {b})\n        print('body done')\nexcept E0 as e:\n    print('escaped', e.code)\nprint(c.log)"
            )
            }),
        ),
        (
            1,
            m1(&p.i, |a| {
                format!("show(lambda: [str(K0({a})), repr(K1({a})), f'{{K0({a})!r:>20}}', '%s' % K0({a})])")
            }),
        ),
    ];
    one(templates)
        .prop_map(|l| l.lines().map(String::from).collect())
        .boxed()
}

fn program() -> S {
    let mod_layers = layers(3, true);
    let fn_layers = layers(2, false);
    let z = leaves();
    let mut module_gen = StmtGen {
        layer: &mod_layers[1],
        memo: Default::default(),
    };
    let top = module_gen.block(
        Ctx {
            func: false,
            in_loop: false,
        },
        2,
    );
    // Show the deepest layer at the top level only.
    let top_show = line(m1(&mod_layers[2].any, |x| format!("show(lambda: {x})")));
    let top_stmt = one_l(vec![
        (3, top),
        (2, top_show),
        (2, class_stmt(&mod_layers[1].ex)),
    ]);
    let mut fn_gen = StmtGen {
        layer: &fn_layers[1],
        memo: Default::default(),
    };
    let g0_body = fn_gen.block(
        Ctx {
            func: true,
            in_loop: false,
        },
        1,
    );
    let fi = fn_layers[1].ex.i.clone();
    let init = (
        (lit_int(), lit_int(), lit_float(), lit_str(), lit_str()),
        (z.l.clone(), z.t.clone(), z.d.clone()),
    )
        .prop_map(|((i0, i1, f0, s0, s1), (l0, t0, d0))| {
            // The container leaves may be the variables themselves; not as initial values.
            let fix = |x: String, var: &str, dflt: &str| if x == var { dflt.into() } else { x };
            format!(
                "i0 = {i0}\ni1 = {i1}\nf0 = {f0}\ns0 = {s0}\ns1 = {s1}\nl0 = {}\nt0 = {}\nd0 = {}\n",
                fix(l0, "l0", "[5, 2, 8]"),
                fix(t0, "t0", "(1, 2)"),
                fix(d0, "d0", "{'a': 1, 'b': 2}"),
            )
        });
    let funcs = (
        (small(-3, 5), g0_body, fi.clone(), small(0, 3)),
        (fi.clone(), fi.clone(), small(-5, 5), small(-5, 5)),
        (fi.clone(), fi.clone()),
    )
        .prop_map(|((dflt, body, ret, kdflt), (c0a, c0b, c0init, c1init), (c1e, gen_e))| {
            let mut out = format!("def g0(i0, i1={dflt}, *args, k={kdflt}, **kw):\n");
            for l in indent(body) {
                out += &l;
                out.push('\n');
            }
            out += &format!("    return ({ret}, k, len(args), sorted(kw))\n");
            out += &format!(
                "def mk0(i0):\n    def inner(i1=2):\n        nonlocal i0\n        i0 = {c0a} % 1009\n        return {c0b}\n    return inner\nc0 = mk0({c0init})\n"
            );
            out += &format!("c1 = (lambda i0: lambda i1: {c1e})({c1init})\n");
            out += &format!("def gen0(i0):\n    for i1 in range(i0 % 5):\n        yield {gen_e}\n");
            out
        });
    (init, funcs, classes(&fi), vec(top_stmt, 1..=8))
        .prop_map(|(init, funcs, classes, stmts)| {
            let mut src = String::from(PRELUDE);
            src += &init;
            src += &funcs;
            src += &classes;
            for s in stmts {
                src += "try:\n";
                for l in indent(s) {
                    src += &l;
                    src.push('\n');
                }
                src += "except Exception as e:\n    print('!', type(e).__name__)\n";
            }
            for v in ["i0", "i1", "f0", "s0", "s1", "l0", "t0", "d0"] {
                src += &format!("show(lambda: {v})\n");
            }
            src
        })
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------------------------

fn mismatch_report(src: &str, krait: &str, cpython: &str) -> String {
    let first = krait
        .lines()
        .zip(cpython.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| krait.lines().count().min(cpython.lines().count()));
    let mut numbered = String::new();
    for (n, l) in src.lines().enumerate() {
        numbered += &format!("{:>3} | {l}\n", n + 1);
    }
    format!(
        "krait and CPython disagree (first difference at output line {}):\n\
         --- program ---\n{numbered}--- krait ---\n{krait}--- CPython ---\n{cpython}---",
        first + 1
    )
}

#[test]
fn krait_matches_cpython_on_random_programs() {
    let Some(oracle) = Oracle::spawn() else {
        eprintln!("python3 not found: skipping");
        return;
    };
    let oracle = RefCell::new(oracle);
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let keep_going = std::env::var_os("KRAIT_DIFF_ALL").is_some();
    let dump = std::env::var_os("KRAIT_DIFF_DUMP").map(|p| {
        RefCell::new(std::fs::File::create(p).expect("KRAIT_DIFF_DUMP names a writable file"))
    });
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_time: 120_000,
        max_shrink_iters: 4096,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let programs = Cell::new(0usize);
    let skipped = Cell::new(0usize);
    let lines = Cell::new(0usize);
    let failures: RefCell<Vec<String>> = RefCell::new(Vec::new());
    let result = runner.run(&program(), |src| {
        if let Some(f) = &dump {
            let mut f = f.borrow_mut();
            let _ = write!(f, "{src}");
            let _ = f.flush();
        }
        let p = oracle.borrow_mut().run(&src);
        if p.contains(ORACLE_TIMEOUT) {
            skipped.set(skipped.get() + 1);
            return Ok(());
        }
        let k = run_krait(&src);
        programs.set(programs.get() + 1);
        lines.set(lines.get() + p.lines().count());
        if let Some(f) = &dump {
            let _ = write!(f.borrow_mut(), "# --- CPython printed:\n{p}# ===\n");
        }
        if k == p {
            return Ok(());
        }
        let report = mismatch_report(&src, &k, &p);
        if keep_going {
            failures.borrow_mut().push(report);
            Ok(())
        } else {
            Err(TestCaseError::fail(report))
        }
    });
    eprintln!(
        "differential: {} programs run, {} output lines compared, {} skipped (CPython over {}s)",
        programs.get(),
        lines.get(),
        skipped.get(),
        ORACLE_TIMEOUT_SECS
    );
    let failures = failures.into_inner();
    if !failures.is_empty() {
        for f in &failures {
            eprintln!("{f}\n");
        }
        panic!("{} of {cases} programs disagree", failures.len());
    }
    match result {
        Ok(()) => {}
        Err(TestError::Fail(reason, _)) => panic!("{reason}"),
        Err(TestError::Abort(reason)) => panic!("aborted: {reason}"),
    }
}
