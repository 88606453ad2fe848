//! Recursion and deep structures at run time: RecursionError at the limit (catchable, as in
//! CPython), never a native stack overflow — checked on a 2 MiB thread, which a debug build's
//! large frames would overflow without the VM's guards — and deep containers drop iteratively.

use krait::compile::compile;
use krait::syntax::Mode;
use krait::vm::{Output, Unwind, Vm};

/// Runs `src` on a 2 MiB thread; returns what it printed, or the uncaught exception's last line.
fn run_small_stack(src: &'static str) -> Result<String, String> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let code = compile(src, "<limits>", Mode::Module).map_err(|e| e.msg)?;
            let mut vm = Vm::new();
            vm.output = Output::Buffer(String::new());
            // These programs build million-element structures: the wall-clock budget would make
            // the outcome depend on how loaded the machine is (steps still bound them).
            vm.limits.max_time = None;
            let globals = vm.new_globals();
            let r = vm.run_module(&code, &globals);
            let out = match &vm.output {
                Output::Buffer(b) => b.clone(),
                _ => String::new(),
            };
            match r {
                Ok(_) => Ok(out),
                Err(Unwind::Exc(e)) => Err(vm
                    .format_exception(&e)
                    .lines()
                    .last()
                    .unwrap_or("")
                    .to_string()),
                Err(Unwind::Limit(m)) => Err(m.to_string()),
            }
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

#[test]
fn python_recursion_raises_recursion_error() {
    let out = run_small_stack("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__, e)\n");
    assert_eq!(
        out.as_deref(),
        Ok("RecursionError maximum recursion depth exceeded\n")
    );
    let out = run_small_stack("(lambda f: f(f))(lambda f: f(f))\n");
    assert_eq!(
        out,
        Err("RecursionError: maximum recursion depth exceeded".into())
    );
}

#[test]
fn recursion_through_native_code_is_capped() {
    let out = run_small_stack("class A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(A())\nexcept RecursionError:\n    print('caught')\n");
    assert_eq!(out.as_deref(), Ok("caught\n"));
    let out = run_small_stack("def g(n):\n    return sorted([1, 2], key=lambda x: g(n + 1))\ntry:\n    g(0)\nexcept RecursionError:\n    print('caught')\n");
    assert_eq!(out.as_deref(), Ok("caught\n"));
    let out = run_small_stack("class A:\n    def __init__(s):\n        A()\nA()\n");
    assert_eq!(
        out,
        Err("RecursionError: maximum recursion depth exceeded".into())
    );
}

#[test]
fn deep_structures_repr_and_drop_safely() {
    let out = run_small_stack(
        "x = []\nfor i in range(1000000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError:\n    print('repr capped')\ny = []\nfor i in range(1000000):\n    y = (y, {1: y})\nx = None\ny = None\nprint('dropped')\n",
    );
    assert_eq!(out.as_deref(), Ok("repr capped\ndropped\n"));
    let out =
        run_small_stack("a = []\na.append(a)\nprint(repr(a))\nd = {}\nd['k'] = d\nprint(d)\n");
    assert_eq!(out.as_deref(), Ok("[[...]]\n{'k': {...}}\n"));
}
