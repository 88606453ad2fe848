//! The pipeline-runner scenarios of issue 4, end to end through the public embedding API.
//! Expected values come from running the same snippets under CPython 3.11.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use krait::{compile, ErrorKind, Layer, Mode, Namespace, PrintSink};

type Pairs = Vec<(i64, String)>;

fn pairs_expected() -> Pairs {
    let mut v = Vec::new();
    for x in [1, 2, 3] {
        for y in ["a", "b", "c"] {
            v.push((x, y.to_string()));
        }
    }
    v
}

fn lists_layer() -> Layer {
    let ctx = Layer::new();
    ctx.set("list1", vec![1, 2, 3]);
    ctx.set("list2", vec!["a", "b", "c"]);
    ctx
}

#[test]
fn s01_comprehension_sees_host_layer_in_eval_and_exec() {
    let ctx = lists_layer();
    let mut ns = Namespace::new().with_layer(&ctx);
    let src = "[(x, y) for x in list1 for y in list2]";
    let eval = compile(src, "<s1>", Mode::Eval).unwrap();
    let got: Pairs = ns.eval(&eval).unwrap().extract().unwrap();
    assert_eq!(got, pairs_expected());

    let exec = compile(&format!("pairs = {src}"), "<s1>", Mode::Exec).unwrap();
    ns.exec(&exec).unwrap();
    assert_eq!(ns.get_as::<Pairs>("pairs").unwrap(), pairs_expected());
    assert!(!ctx.contains("pairs"));
}

#[test]
fn s02_imports_and_stores_stay_in_scratch() {
    let ctx = Layer::new();
    ctx.set("keep", 1);
    let mut ns = Namespace::new().with_layer(&ctx);
    ns.exec_str("from math import sqrt\nx = 123").unwrap();
    assert_eq!(ctx.names(), ["keep"]);
    assert!(!ctx.contains("__builtins__"));
    let scratch = ns.scratch();
    assert_eq!(scratch.names(), ["sqrt", "x"]);
    assert_eq!(scratch.get_as::<i64>("x").unwrap(), 123);
}

#[test]
fn s03_rebinding_shadows_but_mutation_reaches_the_host() {
    let ctx = Layer::from_json(&serde_json::json!({"a": "b", "c": {"c1": "123"}})).unwrap();
    let mut ns = Namespace::new().with_layer(&ctx);
    ns.exec_str("a = 'UPDATED'\nc['c2'] = 'NEW'").unwrap();
    assert_eq!(ctx.get_as::<String>("a").unwrap(), "b");
    assert_eq!(ns.get_as::<String>("a").unwrap(), "UPDATED");
    let c: BTreeMap<String, String> = ctx.get_as("c").unwrap();
    assert_eq!(c["c1"], "123");
    assert_eq!(c["c2"], "NEW");
}

#[test]
fn s04_class_body_reads_the_context() {
    let ctx = Layer::new();
    ctx.set("a", 123);
    let mut ns = Namespace::new().with_layer(&ctx);
    ns.exec_str("class MyClass:\n    b = a + 1\n    a = 456")
        .unwrap();
    let class = ns.get("MyClass").unwrap();
    assert_eq!(class.attr("b").unwrap().extract::<i64>().unwrap(), 124);
    assert_eq!(class.attr("a").unwrap().extract::<i64>().unwrap(), 456);
    assert_eq!(ctx.get_as::<i64>("a").unwrap(), 123);
    assert_eq!(
        ns.eval_str("MyClass.b").unwrap().extract::<i64>().unwrap(),
        124
    );
}

#[test]
fn s05_host_calls_a_function_the_snippet_defined() {
    let mut ns = Namespace::new();
    ns.set_print(PrintSink::Buffer);
    ns.exec_str(
        "def dynamic_transform(data):\n    print('transforming', len(data), 'items')\n    \
         return [x * 2.5 for x in data]",
    )
    .unwrap();
    let f = ns.get("dynamic_transform").unwrap();
    let out = ns.call(&f, (vec![1, 2, 3, 4],)).unwrap();
    assert_eq!(out.extract::<Vec<f64>>().unwrap(), [2.5, 5.0, 7.5, 10.0]);
    assert_eq!(ns.take_output(), "transforming 4 items\n");

    // The same through a callback sink.
    let seen = Rc::new(RefCell::new(String::new()));
    let sink = seen.clone();
    ns.set_print(PrintSink::callback(move |s| sink.borrow_mut().push_str(s)));
    ns.call_name("dynamic_transform", (vec![1],)).unwrap();
    assert_eq!(*seen.borrow(), "transforming 1 items\n");
}

#[test]
fn s06_compile_once_run_against_many_contexts() {
    let code = compile(
        "result = input_value ** power",
        "<dynamic_power_calc>",
        Mode::Exec,
    )
    .unwrap();
    let mut results = Vec::new();
    for (v, p) in [(5, 2), (3, 3)] {
        let ctx = Layer::new();
        ctx.set("input_value", v);
        ctx.set("power", p);
        let mut ns = Namespace::new().with_layer(&ctx);
        ns.exec(&code).unwrap();
        results.push(ns.get_as::<i64>("result").unwrap());
    }
    assert_eq!(results, [25, 27]);

    let ctx = Layer::new();
    ctx.set("input_value", "x");
    ctx.set("power", 2);
    let err = Namespace::new().with_layer(&ctx).exec(&code).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Exception);
    assert_eq!(err.type_name(), "TypeError");
    assert_eq!(
        err.message(),
        "unsupported operand type(s) for ** or pow(): 'str' and 'int'"
    );
    let frame = &err.frames()[0];
    assert_eq!(
        (frame.filename.as_str(), frame.line),
        ("<dynamic_power_calc>", 1)
    );
    assert_eq!(frame.function, "<module>");
    assert_eq!(
        err.to_string(),
        "Traceback (most recent call last):\n  File \"<dynamic_power_calc>\", line 1, in <module>\n    \
         result = input_value ** power\nTypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'"
    );
}

#[test]
fn s07_module_in_the_context() {
    let mut setup = Namespace::new();
    setup.exec_str("import math").unwrap();
    let ctx = Layer::new();
    ctx.set("math", setup.get("math").unwrap());
    ctx.set("data_point", 10);
    ctx.set("factor", 0.5);
    let mut ns = Namespace::new().with_layer(&ctx);
    let code = compile("math.log(data_point * factor + 1)", "<rule>", Mode::Eval).unwrap();
    assert_eq!(
        ns.eval(&code).unwrap().extract::<f64>().unwrap(),
        1.791759469228055
    );
}

#[test]
fn s08_function_factory_and_three_argument_type() {
    let mut ns = Namespace::new();
    ns.exec_str(
        "def create_polynomial_func(coeffs):\n    def poly(x):\n        \
         return sum(c * x ** i for i, c in enumerate(coeffs))\n    return poly\n\
         quadratic = create_polynomial_func([2, 3, 1])\n\
         DynamicDataHolder = type('DynamicDataHolder', (object,), {\n    \
         '__init__': lambda self, data: setattr(self, 'data', data),\n    \
         'doubled': lambda self: self.data * 2,\n    \
         '__repr__': lambda self: f'DynamicDataHolder(data={self.data})',\n})\n\
         h = DynamicDataHolder(data=100)",
    )
    .unwrap();
    assert_eq!(
        ns.call_name("quadratic", (2,))
            .unwrap()
            .extract::<i64>()
            .unwrap(),
        12
    );
    let h = ns.get("h").unwrap();
    assert_eq!(ns.repr(&h).unwrap(), "DynamicDataHolder(data=100)");
    assert_eq!(h.attr("data").unwrap().extract::<i64>().unwrap(), 100);
    assert_eq!(
        ns.eval_str("h.doubled()")
            .unwrap()
            .extract::<i64>()
            .unwrap(),
        200
    );
    // The factory can also be called from the host.
    let cubic = ns
        .call_name("create_polynomial_func", (vec![0, 0, 0, 1],))
        .unwrap();
    assert_eq!(ns.call(&cubic, (3,)).unwrap().extract::<i64>().unwrap(), 27);
}

#[test]
fn s09_persist_only_what_is_asked() {
    let ctx = Layer::new();
    ctx.set("seed", 1);
    let mut ns = Namespace::new().with_layer(&ctx);
    ns.exec_str("import math\nx = seed + 1\ny = math.floor(2.5)\nz = 'temp'")
        .unwrap();
    ns.persist(&["x", "y"]).unwrap();
    assert_eq!(ctx.names(), ["seed", "x", "y"]);
    assert!(ctx.get_as::<(i64,)>("x").is_err());
    assert_eq!(ctx.get_as::<i64>("x").unwrap(), 2);
    assert_eq!(ctx.get_as::<i64>("y").unwrap(), 2);
    // A missing name persists nothing.
    let err = ns.persist(&["z", "nope"]).unwrap_err();
    assert_eq!(err.to_string(), "NameError: name 'nope' is not defined");
    assert!(!ctx.contains("z"));
    ns.clear_scratch();
    assert!(ns.scratch().is_empty());
    assert_eq!(ns.get_as::<i64>("x").unwrap(), 2); // now read from the context
}

#[test]
fn s10_writable_layer_receives_stores_read_only_never_does() {
    let ro = Layer::new();
    ro.set("a", 1);
    let rw = Layer::writable();
    let mut ns = Namespace::new().with_layer(&ro).with_layer(&rw);
    ns.exec_str("a = 10\nb = a + 1\ndef f():\n    global c\n    c = 3\nf()\nimport math")
        .unwrap();
    assert_eq!(ro.names(), ["a"]);
    assert_eq!(ro.get_as::<i64>("a").unwrap(), 1);
    assert_eq!(rw.names(), ["a", "b", "f", "c", "math"]);
    assert_eq!(rw.get_as::<i64>("b").unwrap(), 11);
    assert!(ns.scratch().is_empty());
    ns.exec_str("del b").unwrap();
    assert!(!rw.contains("b"));

    let mut ns2 = Namespace::new().with_layer(&ro);
    ns2.exec_str("a = 5").unwrap();
    assert_eq!(ro.get_as::<i64>("a").unwrap(), 1);
}

#[test]
fn s11_one_code_many_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<krait::Code>();
    shareable::<krait::Error>();
    let code = compile(
        "total = sum(x * factor for x in values)\nlabel = f'{name}:{total}'",
        "<threaded>",
        Mode::Exec,
    )
    .unwrap();
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let code = code.clone();
            std::thread::spawn(move || {
                let mut out = Vec::new();
                for i in 0..200 {
                    let ctx = Layer::new();
                    ctx.set("values", vec![1, 2, 3, i]);
                    ctx.set("factor", t);
                    ctx.set("name", format!("t{t}"));
                    let mut ns = Namespace::new().with_layer(&ctx);
                    ns.exec(&code).unwrap();
                    out.push(ns.get_as::<String>("label").unwrap());
                }
                out
            })
        })
        .collect();
    for (t, h) in handles.into_iter().enumerate() {
        let out = h.join().unwrap();
        for (i, label) in out.iter().enumerate() {
            assert_eq!(*label, format!("t{t}:{}", (6 + i) * t));
        }
    }
}

#[test]
fn s12_host_function_saves_into_the_host_store() {
    let store: Rc<RefCell<BTreeMap<String, serde_json::Value>>> = Rc::default();
    let target = store.clone();
    let ctx = Layer::new();
    ctx.set_function("save", move |key: String, value: serde_json::Value| {
        target.borrow_mut().insert(key, value);
    });
    let mut ns = Namespace::new().with_layer(&ctx);
    ns.exec_str("total = 6 * 7\nsave('answer', total)\nsave('meta', {'ok': True, 'tags': ['a']})\nscratch_only = 1")
        .unwrap();
    let store = store.borrow();
    assert_eq!(store.len(), 2);
    assert_eq!(store["answer"], serde_json::json!(42));
    assert_eq!(
        store["meta"],
        serde_json::json!({"ok": true, "tags": ["a"]})
    );
    assert_eq!(ctx.names(), ["save"]);
    // Wrong use raises TypeError inside the snippet, which can catch it.
    let err = ns.exec_str("save('x')").unwrap_err();
    assert_eq!(
        err.to_string().lines().last().unwrap(),
        "TypeError: save expected 2 arguments, got 1"
    );
    let err = ns.exec_str("save(1, 2)").unwrap_err();
    assert_eq!(err.message(), "save() argument 1 must be str, not int");
    ns.exec_str("try:\n    save(1, 2)\nexcept TypeError as e:\n    caught = str(e)")
        .unwrap();
    assert_eq!(
        ns.get_as::<String>("caught").unwrap(),
        "save() argument 1 must be str, not int"
    );
}

#[test]
fn dropping_a_namespace_frees_what_its_functions_kept_alive() {
    // `def f` makes a cycle (f -> its global chain -> scratch -> f); the token's count shows
    // whether the scratch layer, and with it the cycle, was freed.
    let token = Rc::new(());
    for _ in 0..1000 {
        let held = token.clone();
        let mut ns = Namespace::new();
        ns.set(
            "keep",
            krait::function("keep", move || Rc::strong_count(&held) as i64),
        );
        ns.exec_str("def f():\n    return keep()\nx = f()").unwrap();
        assert!(ns.get_as::<i64>("x").unwrap() >= 2);
    }
    assert_eq!(Rc::strong_count(&token), 1);
}
