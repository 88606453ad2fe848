//! Recursion: RecursionError (catchable) at the configured depth, never a native overflow.

use std::time::Duration;

use crate::attack;
use crate::harness::{run_with, test_limits};

attack!(
    plain_recursion,
    "def f():\n    return f()\nf()",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    lambda_omega,
    "(lambda f: f(f))(lambda f: f(f))",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    recursion_is_catchable,
    "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('caught')",
    "ok:caught\n"
);
attack!(
    repr_calls_repr,
    "class A:\n    def __repr__(s):\n        return repr(s)\nrepr(A())",
    "RecursionError: maximum recursion depth exceeded while calling a Python object"
);
attack!(
    repr_of_list_of_self,
    "class A:\n    def __repr__(s):\n        return repr([s])\nrepr(A())",
    "RecursionError: maximum recursion depth exceeded while calling a Python object"
);
attack!(
    str_calls_str,
    "class A:\n    def __str__(s):\n        return str(s)\nstr(A())",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    eq_calls_eq,
    "class A:\n    def __eq__(s, o):\n        return s == o\nA() == 1",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    sorted_key_recursion,
    "def g(n):\n    return sorted([1, 2], key=lambda x: g(n + 1))\ng(0)",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    map_recursion,
    "def g(n):\n    return list(map(lambda x: g(n + 1), [1]))\ng(0)",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    generator_recursion,
    "def g():\n    yield from g()\nlist(g())",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    recursion_retried_in_loop,
    "def f():\n    return f()\nwhile True:\n    try:\n        f()\n    except RecursionError:\n        pass",
    "limit:max_steps"
);

#[test]
fn configured_depth_is_honoured() {
    let limits = krait::Limits {
        max_recursion: Some(50),
        ..test_limits()
    };
    let src = "def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(0))";
    let out = run_with(src, limits, Duration::from_secs(4));
    assert_eq!(out, "ok:48\n");
}

#[test]
fn high_recursion_limit_native_reentry_is_still_safe() {
    let limits = krait::Limits {
        max_recursion: Some(100_000),
        ..test_limits()
    };
    let out = run_with(
        "class A:\n    def __repr__(s):\n        return repr(s)\ntry:\n    repr(A())\nexcept RecursionError:\n    print('caught')",
        limits,
        Duration::from_secs(4),
    );
    assert_eq!(out, "ok:caught\n");
}

/// CPython names the level that crossed the limit; `__repr__` returning `repr(self)` cycles
/// through three (the call of `repr`, `PyObject_Repr`, the frame), so the message depends on
/// the limit modulo 3. Expected values recorded from python3.11 with `sys.setrecursionlimit`.
#[test]
fn repr_recursion_message_follows_the_limit() {
    let src = "class A:\n    def __repr__(s):\n        return repr(s)\ntry:\n    repr(A())\nexcept RecursionError as e:\n    print(e)";
    for (limit, suffix) in [
        (50, " while getting the repr of an object"),
        (51, ""),
        (52, " while calling a Python object"),
        (53, " while getting the repr of an object"),
        (1001, " while getting the repr of an object"),
        (1002, ""),
    ] {
        let limits = krait::Limits {
            max_recursion: Some(limit),
            ..test_limits()
        };
        let out = run_with(src, limits, Duration::from_secs(4));
        assert_eq!(
            out,
            format!("ok:maximum recursion depth exceeded{suffix}\n"),
            "limit {limit}"
        );
    }
}
