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
