//! Values across the embedding boundary: every conversion both ways, and the errors of the
//! ones that cannot work. Python-side expectations (reprs, messages) are CPython 3.11's.

use std::collections::{BTreeMap, HashMap};

use indexmap::IndexMap;
use krait::{
    from_object, function, raw_function, to_object, BigInt, ErrorKind, FromPy, IntoPy, Namespace,
    Object, Serde,
};

/// `repr()` of a host value once it is on the Python side.
fn py_repr(v: impl IntoPy) -> String {
    let mut ns = Namespace::new();
    let obj = v.into_py();
    ns.repr(&obj).unwrap()
}

fn round_trip<T: IntoPy + FromPy + Clone + PartialEq + std::fmt::Debug>(v: T) {
    assert_eq!(v.clone().into_py().extract::<T>().unwrap(), v);
}

#[test]
fn scalars_into_python() {
    assert_eq!(py_repr(true), "True");
    assert_eq!(py_repr(-5i8), "-5");
    assert_eq!(py_repr(u64::MAX), "18446744073709551615");
    assert_eq!(
        py_repr(i128::MIN),
        "-170141183460469231731687303715884105728"
    );
    assert_eq!(py_repr(2.5f64), "2.5");
    assert_eq!(py_repr(1e22f64), "1e+22");
    assert_eq!(py_repr("it's"), "\"it's\"");
    assert_eq!(py_repr(String::from("x")), "'x'");
    assert_eq!(py_repr('é'), "'é'");
    assert_eq!(py_repr(()), "None");
    assert_eq!(py_repr(None::<i64>), "None");
    assert_eq!(py_repr(Some(3)), "3");
    assert_eq!(
        py_repr("10".parse::<BigInt>().unwrap().pow(30)),
        format!("1{}", "0".repeat(30))
    );
}

#[test]
fn containers_into_python() {
    assert_eq!(py_repr(vec![1, 2]), "[1, 2]");
    assert_eq!(py_repr(&[1.5, 2.0][..]), "[1.5, 2.0]");
    assert_eq!(py_repr([true, false]), "[True, False]");
    assert_eq!(py_repr((1, "a", 2.0)), "(1, 'a', 2.0)");
    assert_eq!(py_repr((1,)), "(1,)");
    let b: BTreeMap<&str, i32> = [("b", 2), ("a", 1)].into();
    assert_eq!(py_repr(b), "{'a': 1, 'b': 2}");
    let mut im = IndexMap::new();
    im.insert("z".to_string(), vec![1]);
    im.insert("y".to_string(), vec![]);
    assert_eq!(py_repr(im), "{'z': [1], 'y': []}");
    let h: HashMap<String, Option<i64>> = [("k".to_string(), None)].into();
    assert_eq!(py_repr(h), "{'k': None}");
    assert_eq!(
        py_repr(serde_json::json!({"a": [1, 2.5, null, true, "s"], "b": {}})),
        "{'a': [1, 2.5, None, True, 's'], 'b': {}}"
    );
}

#[test]
fn round_trips() {
    round_trip(true);
    round_trip(i64::MIN);
    round_trip(u128::MAX);
    round_trip(-7i16);
    round_trip(0.1f64);
    round_trip(String::from("naïve"));
    round_trip(vec![vec![1u8, 2], vec![]]);
    round_trip(Some(vec![String::from("a")]));
    round_trip(None::<f64>);
    round_trip((1i32, String::from("b"), (2.5f64, false)));
    round_trip(BTreeMap::from([(String::from("k"), 1i64)]));
    round_trip(HashMap::from([(String::from("k"), vec![1i64])]));
    let mut im: IndexMap<String, i64> = IndexMap::new();
    im.insert("second".into(), 2);
    im.insert("first".into(), 1);
    let back: IndexMap<String, i64> = im.clone().into_py().extract().unwrap();
    assert_eq!(back.keys().collect::<Vec<_>>(), ["second", "first"]);
    round_trip(BigInt::from(-3) * BigInt::from(u64::MAX));
    let j = serde_json::json!({"x": [1, {"y": null}], "z": -2.5, "w": "s"});
    round_trip(j);
}

#[test]
fn python_values_out() {
    let mut ns = Namespace::new();
    let get = |ns: &mut Namespace, src: &str| ns.eval_str(src).unwrap();
    assert_eq!(
        get(&mut ns, "2**100")
            .extract::<BigInt>()
            .unwrap()
            .to_string(),
        "1267650600228229401496703205376"
    );
    assert_eq!(get(&mut ns, "True").extract::<i64>().unwrap(), 1); // bool is an int
    assert_eq!(get(&mut ns, "7").extract::<f64>().unwrap(), 7.0);
    assert_eq!(
        get(&mut ns, "(1, 2)").extract::<Vec<i64>>().unwrap(),
        [1, 2]
    );
    assert_eq!(
        get(&mut ns, "[1, 'a']").extract::<(i64, String)>().unwrap(),
        (1, "a".into())
    );
    assert_eq!(
        get(&mut ns, "{'a': (1, None), 'b': [2.5, float('inf')]}")
            .extract::<serde_json::Value>()
            .unwrap_err()
            .to_string(),
        "ValueError: Out of range float values are not JSON compliant"
    );
    assert_eq!(
        get(&mut ns, "{1: 'a', None: 2, 1.5: 3, True: 4}")
            .extract::<serde_json::Value>()
            .unwrap()
            .to_string(),
        // python3: json.dumps({1: 'a', None: 2, 1.5: 3, True: 4}) -> {"1": 4, "null": 2, "1.5": 3}
        r#"{"1":4,"null":2,"1.5":3}"#
    );
    assert!(get(&mut ns, "None").is_none());
    assert_eq!(
        get(&mut ns, "len").type_name(),
        "builtin_function_or_method"
    );
    assert!(get(&mut ns, "len").is_callable());
}

#[test]
fn conversion_errors_are_python_exceptions() {
    let mut ns = Namespace::new();
    let err = |src: &str, f: fn(&Object) -> krait::Error| {
        let mut ns = Namespace::new();
        let o = ns.eval_str(src).unwrap();
        f(&o).to_string()
    };
    assert_eq!(
        err("'x'", |o| o.extract::<i64>().unwrap_err()),
        "TypeError: value must be int, not str"
    );
    assert_eq!(
        err("1.5", |o| o.extract::<i32>().unwrap_err()),
        "TypeError: value must be int, not float"
    );
    assert_eq!(
        err("300", |o| o.extract::<u8>().unwrap_err()),
        "OverflowError: int too large to convert to u8"
    );
    assert_eq!(
        err("-1", |o| o.extract::<u32>().unwrap_err()),
        "OverflowError: can't convert negative int to unsigned"
    );
    assert_eq!(
        err("2**64", |o| o.extract::<i64>().unwrap_err()),
        "OverflowError: int too large to convert to i64"
    );
    assert_eq!(
        err("1", |o| o.extract::<String>().unwrap_err()),
        "TypeError: value must be str, not int"
    );
    assert_eq!(
        err("[1, 'a']", |o| o.extract::<Vec<i64>>().unwrap_err()),
        "TypeError: value must be int, not str"
    );
    assert_eq!(
        err("{1: 2}", |o| o
            .extract::<HashMap<String, i64>>()
            .unwrap_err()),
        "TypeError: dict keys must be str, not int"
    );
    assert_eq!(
        err("(1, 2, 3)", |o| o.extract::<(i64, i64)>().unwrap_err()),
        "ValueError: expected a tuple of length 2, got length 3"
    );
    assert_eq!(
        err("{1}", |o| o.extract::<serde_json::Value>().unwrap_err()),
        "TypeError: Object of type set is not JSON serializable"
    );
    assert_eq!(
        err("1", |o| o.extract::<bool>().unwrap_err()),
        "TypeError: value must be bool, not int"
    );
    assert_eq!(
        err("'s'", |o| o.extract::<f64>().unwrap_err()),
        "TypeError: value must be real number, not str"
    );
    let e = ns.eval_str("[]").unwrap().extract::<i64>().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Exception);
    assert!(e.frames().is_empty());
    // A self-containing list cannot become JSON, and does not overflow the stack.
    ns.exec_str("loop = []\nloop.append(loop)").unwrap();
    let e = ns
        .get("loop")
        .unwrap()
        .extract::<serde_json::Value>()
        .unwrap_err();
    assert_eq!(e.type_name(), "RecursionError");
}

#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq, Clone)]
struct Config {
    name: String,
    retries: u32,
    tags: Vec<String>,
    limit: Option<f64>,
}

#[test]
fn serde_bridge() {
    let cfg = Config {
        name: "job".into(),
        retries: 3,
        tags: vec!["a".into()],
        limit: None,
    };
    let obj = to_object(&cfg).unwrap();
    let mut ns = Namespace::new();
    assert_eq!(
        ns.repr(&obj).unwrap(),
        "{'name': 'job', 'retries': 3, 'tags': ['a'], 'limit': None}"
    );
    assert_eq!(from_object::<Config>(&obj).unwrap(), cfg);
    ns.set(
        "describe",
        function("describe", |c: Serde<Config>| {
            format!("{}x{}", c.0.name, c.0.retries)
        }),
    );
    ns.set("cfg", obj);
    assert_eq!(
        ns.eval_str("describe(cfg)")
            .unwrap()
            .extract::<String>()
            .unwrap(),
        "jobx3"
    );
    let e = ns.eval_str("describe({'name': 1})").unwrap_err();
    assert_eq!(e.type_name(), "ValueError");
    assert!(
        e.message()
            .contains("invalid type: integer `1`, expected a string"),
        "{}",
        e.message()
    );
}

#[test]
fn host_function_arity_and_type_errors() {
    let mut ns = Namespace::new();
    ns.set("zero", function("zero", || 0));
    ns.set("one", function("one", |x: i64| x));
    ns.set(
        "two",
        function("two", |a: i64, b: String| format!("{b}{a}")),
    );
    ns.set(
        "fail",
        function("fail", |x: i64| -> Result<i64, krait::Error> {
            Err(krait::Error::exception("KeyError", format!("no key {x}")))
        }),
    );
    let msg = |ns: &mut Namespace, src: &str| {
        ns.eval_str(src)
            .unwrap_err()
            .to_string()
            .lines()
            .last()
            .unwrap()
            .to_string()
    };
    // Messages as CPython's native functions word them (e.g. `len()`, `divmod(1)`, `len(x=1)`).
    assert_eq!(
        msg(&mut ns, "zero(1)"),
        "TypeError: zero() takes no arguments (1 given)"
    );
    assert_eq!(
        msg(&mut ns, "one()"),
        "TypeError: one() takes exactly one argument (0 given)"
    );
    assert_eq!(
        msg(&mut ns, "two(1)"),
        "TypeError: two expected 2 arguments, got 1"
    );
    assert_eq!(
        msg(&mut ns, "two(1, b='x')"),
        "TypeError: two() takes no keyword arguments"
    );
    assert_eq!(
        msg(&mut ns, "two('1', 'x')"),
        "TypeError: two() argument 1 must be int, not str"
    );
    assert_eq!(msg(&mut ns, "fail(3)"), "KeyError: 'no key 3'");
    assert_eq!(
        ns.eval_str("two(4, 'n')")
            .unwrap()
            .extract::<String>()
            .unwrap(),
        "n4"
    );
    // Host callables are opaque: callable, named, nothing else.
    assert_eq!(
        ns.eval_str("repr(two)")
            .unwrap()
            .extract::<String>()
            .unwrap(),
        "<built-in function two>"
    );
    assert_eq!(
        ns.eval_str("two.__name__")
            .unwrap()
            .extract::<String>()
            .unwrap(),
        "two"
    );
    assert_eq!(
        msg(&mut ns, "two.__self__"),
        "AttributeError: 'builtin_function_or_method' object has no attribute '__self__'"
    );
    assert_eq!(
        msg(&mut ns, "two.__dict__"),
        "AttributeError: 'builtin_function_or_method' object has no attribute '__dict__'"
    );
    assert!(ns
        .eval_str("callable(two)")
        .unwrap()
        .extract::<bool>()
        .unwrap());
    // A snippet catches a host function's exception like any other.
    ns.exec_str("try:\n    fail(1)\nexcept KeyError as e:\n    got = e.args[0]")
        .unwrap();
    assert_eq!(ns.get_as::<String>("got").unwrap(), "no key 1");
}

#[test]
fn raw_host_functions_see_keywords() {
    let mut ns = Namespace::new();
    ns.set(
        "kw",
        raw_function("kw", |call| {
            let names: Vec<String> = call.kwargs.iter().map(|(k, _)| k.clone()).collect();
            let scale = call
                .kwarg("scale")
                .map(|o| o.extract::<i64>())
                .transpose()?
                .unwrap_or(1);
            Ok((call.args.len() as i64 * scale, names).into_py())
        }),
    );
    let (n, names): (i64, Vec<String>) = ns
        .eval_str("kw(1, 2, scale=10, z=0)")
        .unwrap()
        .extract()
        .unwrap();
    assert_eq!((n, names), (20, vec!["scale".to_string(), "z".to_string()]));
    ns.exec_str("def call_it(f):\n    return f(*[1, 2, 3], **{'scale': 2})")
        .unwrap();
    let f = ns.get("kw").unwrap();
    assert_eq!(
        ns.call_name("call_it", (f,))
            .unwrap()
            .extract::<(i64, Vec<String>)>()
            .unwrap()
            .0,
        6
    );
}

#[test]
fn errors_render_like_cpython() {
    let mut ns = Namespace::new();
    let e = krait::compile("x = (1,", "<cfg>", krait::Mode::Exec).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Syntax);
    assert_eq!(
        e.to_string(),
        "  File \"<cfg>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed"
    );
    ns.exec_str("def inner():\n    return {}['k']\ndef outer():\n    return inner()")
        .unwrap();
    let e = ns.call_name("outer", ()).unwrap_err();
    assert_eq!(e.type_name(), "KeyError");
    assert_eq!(e.message(), "'k'");
    let fns: Vec<(&str, usize)> = e
        .frames()
        .iter()
        .map(|f| (f.function.as_str(), f.line))
        .collect();
    assert_eq!(fns, [("outer", 4), ("inner", 2)]);
    assert_eq!(e.frames()[1].column, 12);
    let e = ns.exec_str("def r(): r()\nr()").unwrap_err();
    assert_eq!(e.type_name(), "RecursionError");
    // The namespace stays usable after errors.
    assert_eq!(ns.eval_str("1 + 1").unwrap().extract::<i64>().unwrap(), 2);
    let std_err: &dyn std::error::Error = &e;
    assert!(std_err
        .to_string()
        .contains("maximum recursion depth exceeded"));
}

#[test]
fn single_mode_echoes_to_the_sink_and_eval_of_exec_code_is_none() {
    let mut ns = Namespace::new();
    ns.set_print(krait::PrintSink::Buffer);
    let echo = krait::compile("[1, 'a'] * 2\n", "<stdin>", krait::Mode::Single).unwrap();
    assert!(ns.eval(&echo).unwrap().is_none());
    let silent = krait::compile("None\n", "<stdin>", krait::Mode::Single).unwrap();
    ns.eval(&silent).unwrap();
    // python3 -i: `[1, 'a'] * 2` echoes its repr, `None` echoes nothing.
    assert_eq!(ns.take_output(), "[1, 'a', 1, 'a']\n");
    let exec = krait::compile("y = 2", "<s>", krait::Mode::Exec).unwrap();
    assert_eq!(exec.mode(), krait::Mode::Exec);
    assert!(krait::eval(&exec, &mut ns).unwrap().is_none());
    assert_eq!(ns.get_as::<i64>("y").unwrap(), 2);
}
