//! The host boundary: host calls are budgeted, limit errors are distinct, the API reports them.

use krait::{Limits, Namespace};

#[test]
fn host_call_storm() {
    let mut ns = Namespace::new();
    ns.set_limits(Limits {
        max_host_calls: Some(1000),
        ..crate::harness::test_limits()
    });
    ns.set("f", krait::function("f", |x: i64| x + 1));
    let err = ns.exec_str("while True:\n    f(1)").unwrap_err();
    let l = err.as_limit().unwrap();
    assert_eq!((l.kind, l.limit), (krait::LimitKind::HostCalls, 1000));
    assert_eq!(err.kind(), krait::ErrorKind::Limit);
    assert_eq!(ns.eval_str("f(1)").unwrap().extract::<i64>().unwrap(), 2);
}

#[test]
fn host_callables_are_opaque() {
    let mut ns = Namespace::new();
    ns.set("f", krait::function("f", |x: i64| x + 1));
    let err = ns.exec_str("f.__closure__").unwrap_err();
    assert_eq!(err.type_name(), "AttributeError");
}

#[test]
fn limit_errors_name_the_limit_and_value() {
    let mut ns = Namespace::new();
    ns.set_limits(crate::harness::test_limits());
    let err = ns.exec_str("'a' * 10**10").unwrap_err();
    assert_eq!(
        err.to_string(),
        "LimitError: size limit exceeded (max_size = 16777216)"
    );
    let err = ns
        .exec_str("keep = []\nwhile True:\n    keep.append([0] * 10**6)")
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "LimitError: memory limit exceeded (max_memory = 64M)"
    );
    ns.exec_str("keep = None").unwrap();
}

#[test]
fn defaults_are_on_and_none_lifts_them() {
    let d = Limits::default();
    assert!(d.max_steps.is_some() && d.max_time.is_some() && d.max_memory.is_some());
    assert!(d.max_size.is_some() && d.max_int_bits.is_some() && d.max_output.is_some());
    assert!(d.max_host_calls.is_some() && d.max_recursion.is_some());
    let mut ns = Namespace::new();
    assert_eq!(ns.limits(), &d);
    ns.set_limits(Limits::none());
    assert_eq!(
        ns.eval_str("len('a' * 10**7)")
            .unwrap()
            .extract::<i64>()
            .unwrap(),
        10_000_000
    );
}

#[test]
fn repr_by_host_runs_under_budget() {
    let mut ns = Namespace::new();
    ns.set_limits(crate::harness::test_limits());
    ns.exec_str("class A:\n    def __repr__(s):\n        while True: pass\na = A()")
        .unwrap();
    let a = ns.get("a").unwrap();
    let err = ns.repr(&a).unwrap_err();
    assert_eq!(err.as_limit().unwrap().kind, krait::LimitKind::Steps);
}

/// A namespace offering one host module, `tools`, under the test limits.
fn with_tools() -> Namespace {
    let mut ns = Namespace::new();
    ns.set_limits(Limits {
        max_host_calls: Some(100),
        ..crate::harness::test_limits()
    });
    let tools = krait::NativeModule::new("tools")
        .function("double", |x: i64| x * 2)
        .value("NAME", "tools")
        .value("TABLE", vec![1, 2, 3]);
    ns.add_module(&tools).unwrap();
    ns
}

fn outcome(ns: &mut Namespace, src: &str) -> String {
    ns.set_print(krait::PrintSink::Buffer);
    let r = ns.exec_str(src);
    let printed = ns.take_output();
    crate::harness::outcome(&r, &printed)
}

#[test]
fn host_module_is_importable() {
    let mut ns = with_tools();
    let src = "import tools\nfrom tools import double as d, TABLE\nprint(tools.double(21), d(2), tools.NAME, TABLE, tools)";
    assert_eq!(
        outcome(&mut ns, src),
        "ok:42 4 tools [1, 2, 3] <module 'tools' (built-in)>\n"
    );
}

#[test]
fn host_module_leaves_other_imports_refused() {
    let mut ns = with_tools();
    for (src, expect) in [
        ("import os", "ModuleNotFoundError: No module named 'os'"),
        (
            "import tools.os",
            "ModuleNotFoundError: No module named 'tools'",
        ),
        (
            "from tools import os",
            "ImportError: cannot import name 'os' from 'tools' (unknown location)",
        ),
        (
            "import tools\ntools.__dict__",
            "AttributeError: module 'tools' has no attribute '__dict__'",
        ),
        (
            "import tools\ntools.double.__self__",
            "AttributeError: 'builtin_function_or_method' object has no attribute '__self__'",
        ),
        (
            "import tools\ntools.double.__closure__",
            "AttributeError: 'builtin_function_or_method' object has no attribute '__closure__'",
        ),
        ("import math\nprint(math.sqrt(4))", "ok:2.0\n"),
    ] {
        assert_eq!(outcome(&mut ns, src), expect, "{src}");
    }
}

#[test]
fn host_module_calls_are_budgeted() {
    let mut ns = with_tools();
    let err = ns
        .exec_str("import tools\nwhile True:\n    tools.double(1)")
        .unwrap_err();
    assert_eq!(err.as_limit().unwrap().kind, krait::LimitKind::HostCalls);
    assert_eq!(
        outcome(&mut ns, "import tools\nprint(tools.double(1))"),
        "ok:2\n"
    );
}

#[test]
fn host_module_can_replace_and_names_are_checked() {
    let mut ns = with_tools();
    let fake_math = krait::NativeModule::new("math").value("pi", 3);
    ns.add_module(&fake_math).unwrap();
    assert_eq!(outcome(&mut ns, "import math\nprint(math.pi)"), "ok:3\n");
    for bad in ["", "a.b", "1x", "os path"] {
        let err = ns.add_module(&krait::NativeModule::new(bad)).unwrap_err();
        assert_eq!(err.type_name(), "ValueError", "{bad:?}");
    }
    // NFKC: a fullwidth spelling in the snippet names the same module.
    assert_eq!(
        outcome(&mut ns, "import ｔｏｏｌｓ\nprint(tools.NAME)"),
        "ok:tools\n"
    );
}

#[test]
fn host_module_is_per_namespace() {
    let mut ns = with_tools();
    let mut other = Namespace::new();
    assert_eq!(
        outcome(&mut other, "import tools"),
        "ModuleNotFoundError: No module named 'tools'"
    );
    assert_eq!(
        outcome(&mut ns, "import tools\nprint(tools.NAME)"),
        "ok:tools\n"
    );
}
