//! CPU: every loop, Python or native, runs under the step and time budgets.

use std::time::Duration;

use crate::attack;
use crate::harness::{run_with, test_limits};

attack!(while_true, "while True:\n    pass", "limit:max_steps");
attack!(
    for_huge_range,
    "for i in range(10**18):\n    pass",
    "limit:max_steps"
);
attack!(sum_range, "sum(range(10**18))", "limit:max_steps");
attack!(sorted_big, "sorted(range(10**7, 0, -1))", "limit:max_steps");
attack!(
    list_eq_big,
    "[1] * 10**7 == [1] * 10**7",
    "limit:max_memory"
);
attack!(
    any_generator,
    "any(x < 0 for x in range(10**18))",
    "limit:max_steps"
);
attack!(
    all_map,
    "all(map(abs, range(1, 10**18)))",
    "limit:max_steps"
);
attack!(
    min_filter,
    "min(filter(None, range(1, 10**18)))",
    "limit:max_steps"
);
attack!(
    str_of_huge_int,
    "str(10**100000)",
    "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
);
attack!(
    int_of_long_str,
    "int('9' * 100000)",
    "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 100000 digits; use sys.set_int_max_str_digits() to increase the limit"
);
attack!(
    big_square,
    "x = 10**150000\nwhile True:\n    y = x * x",
    "limit:max_steps"
);
attack!(
    big_modpow,
    "pow(10**100000, 10**100000, 10**100000 + 1)",
    "limit:max_steps"
);
attack!(
    except_base_exception_cannot_catch,
    "try:\n    while True: pass\nexcept BaseException:\n    print('caught')",
    "limit:max_steps"
);
attack!(
    finally_cannot_resume,
    "while True:\n    try:\n        while True: pass\n    finally:\n        print('again')",
    "limit:max_steps"
);

#[test]
fn time_limit_stops_a_loop() {
    let limits = krait::Limits {
        max_steps: None,
        max_time: Some(Duration::from_millis(300)),
        ..test_limits()
    };
    let out = run_with("while True:\n    pass", limits, Duration::from_secs(2));
    assert_eq!(out, "limit:max_time");
}

#[test]
fn time_limit_stops_a_native_loop() {
    let limits = krait::Limits {
        max_steps: None,
        max_time: Some(Duration::from_millis(300)),
        ..test_limits()
    };
    let out = run_with("sum(range(10**18))", limits, Duration::from_secs(2));
    assert_eq!(out, "limit:max_time");
}

#[test]
fn loop_in_function_called_later_by_host() {
    let mut ns = krait::Namespace::new();
    ns.set_limits(test_limits());
    ns.exec_str("def spin():\n    while True:\n        pass")
        .unwrap();
    let f = ns.get("spin").unwrap();
    let err = ns.call(&f, ()).unwrap_err();
    assert_eq!(err.as_limit().unwrap().kind, krait::LimitKind::Steps);
    assert_eq!(err.as_limit().unwrap().limit, 1_000_000);
    assert_eq!(
        err.to_string(),
        "LimitError: step limit exceeded (max_steps = 1000000)"
    );
    assert_eq!(ns.eval_str("2 + 2").unwrap().extract::<i64>().unwrap(), 4);
}

#[test]
fn cancel_from_another_thread() {
    let mut ns = krait::Namespace::new();
    ns.set_limits(krait::Limits {
        max_steps: None,
        max_time: Some(Duration::from_secs(10)),
        ..krait::Limits::default()
    });
    let handle = ns.cancel_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.cancel();
    });
    let start = std::time::Instant::now();
    let err = ns.exec_str("while True:\n    pass").unwrap_err();
    t.join().unwrap();
    assert!(start.elapsed() < Duration::from_secs(2));
    assert_eq!(err.as_limit().unwrap().kind, krait::LimitKind::Cancelled);
    ns.cancel_handle().reset();
    assert_eq!(ns.eval_str("1").unwrap().extract::<i64>().unwrap(), 1);
}
