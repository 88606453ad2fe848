//! The cycle collector (`runtime::gc`): objects in unreachable cycles are freed, reachable ones
//! are left intact, deep garbage is collected without recursion, collection runs by itself, and
//! programs behave the same when it runs at every safe point.
//!
//! Each test runs on its own thread, and the collector's registry is per thread, so the counts
//! below are not disturbed by other tests.

use std::rc::{Rc, Weak};

use krait::runtime::gc;
use krait::runtime::namespace::Globals;
use krait::runtime::value::{Function, Instance, PyList, Value};
use krait::syntax::Mode;
use krait::vm::{Output, Unwind, Vm};

fn vm() -> Vm {
    let mut vm = Vm::new();
    vm.output = Output::Buffer(String::new());
    vm
}

/// Runs `src` in a fresh namespace; returns the namespace.
fn run(vm: &mut Vm, src: &str) -> Rc<Globals> {
    let code = krait::compile::compile(src, "<test>", Mode::Module).expect("compiles");
    let globals = vm.new_globals();
    match vm.run_module(&code, &globals) {
        Ok(_) => {}
        Err(Unwind::Exc(e)) => panic!("raised: {}", vm.format_exception(&e)),
        Err(Unwind::Limit(m)) => panic!("limit: {m}"),
    }
    globals
}

fn get(g: &Globals, name: &str) -> Value {
    g.scratch.get_str(name).expect("name is bound")
}

fn weak_list(v: &Value) -> Weak<PyList> {
    match v {
        Value::List(l) => Rc::downgrade(l),
        _ => panic!("not a list"),
    }
}

fn weak_function(v: &Value) -> Weak<Function> {
    match v {
        Value::Function(f) => Rc::downgrade(f),
        _ => panic!("not a function"),
    }
}

fn weak_instance(v: &Value) -> Weak<Instance> {
    match v {
        Value::Instance(i) => Rc::downgrade(i),
        _ => panic!("not an instance"),
    }
}

fn output(vm: &mut Vm) -> String {
    match &mut vm.output {
        Output::Buffer(b) => std::mem::take(b),
        _ => String::new(),
    }
}

#[test]
fn self_referencing_list_is_freed() {
    gc::set_enabled(false);
    let mut vm = vm();
    let g = run(&mut vm, "a = []\na.append(a)\nb = [a, 1]\n");
    let a = weak_list(&get(&g, "a"));
    let b = weak_list(&get(&g, "b"));
    let globals = Rc::downgrade(&g);
    drop(g);
    // Reference counting alone frees `b` but not the cycles (a <-> a, globals <-> ...).
    assert!(b.upgrade().is_none());
    assert!(
        a.upgrade().is_some(),
        "the cycle should survive refcounting"
    );
    assert!(vm.collect_garbage() >= 1);
    assert!(a.upgrade().is_none(), "the list cycle was not freed");
    assert!(globals.upgrade().is_none(), "the namespace was not freed");
}

#[test]
fn reachable_cycles_are_left_intact() {
    gc::set_enabled(false);
    let mut vm = vm();
    let g = run(
        &mut vm,
        "a = []\na.append(a)\nd = {}\nd['me'] = d\nclass C:\n    pass\nc = C()\nc.me = c\n",
    );
    assert_eq!(vm.collect_garbage(), 0);
    let Value::List(a) = get(&g, "a") else {
        panic!()
    };
    assert_eq!(a.0.borrow().len(), 1);
    assert!(a.0.borrow()[0].is(&Value::List(a.clone())));
    let code = krait::compile::compile(
        "print(a[0] is a, d['me'] is d, c.me is c, C.__name__)",
        "<t>",
        Mode::Module,
    )
    .unwrap();
    assert!(vm.run_module(&code, &g).is_ok());
    assert_eq!(output(&mut vm), "True True True C\n");
}

#[test]
fn function_globals_and_class_method_cycles_are_freed() {
    gc::set_enabled(false);
    let mut vm = vm();
    let g = run(
        &mut vm,
        "def f(x):\n    return x + 1\nclass C:\n    def m(self):\n        return f(1)\n",
    );
    let f = weak_function(&get(&g, "f"));
    let c = match get(&g, "C") {
        Value::Class(c) => Rc::downgrade(&c),
        _ => panic!("not a class"),
    };
    drop(g);
    assert!(f.upgrade().is_some() && c.upgrade().is_some());
    assert!(vm.collect_garbage() >= 2);
    assert!(
        f.upgrade().is_none(),
        "function <-> globals cycle not freed"
    );
    assert!(c.upgrade().is_none(), "class cycle not freed");
}

#[test]
fn instance_closure_exception_generator_cycles_are_freed() {
    gc::set_enabled(false);
    let mut vm = vm();
    let g = run(
        &mut vm,
        "class Node:\n    def __init__(self):\n        self.me = self\n\
         n = Node()\n\
         def outer():\n    def rec(k):\n        return rec(k - 1) if k else 0\n    return rec\n\
         r = outer()\n\
         holder = []\ntry:\n    raise ValueError(holder)\nexcept ValueError as e:\n    err = e\nholder.append(err)\n\
         def gen():\n    yield 1\n    yield 2\n\
         it = gen()\nnext(it)\n\
         keys = {'k': 1}\nview = keys.keys()\nkeys['v'] = view\n",
    );
    let n = weak_instance(&get(&g, "n"));
    let r = weak_function(&get(&g, "r"));
    let err = weak_instance(&get(&g, "err"));
    let it = match get(&g, "it") {
        Value::Generator(it) => Rc::downgrade(&it),
        _ => panic!("not a generator"),
    };
    let view = match get(&g, "view") {
        Value::DictView(v) => Rc::downgrade(&v),
        _ => panic!("not a view"),
    };
    // Rebinding the names drops the namespace's references: only the cycles keep them alive.
    let code = krait::compile::compile(
        "n = r = err = holder = view = keys = None\nx = [1]\n",
        "<t>",
        Mode::Module,
    )
    .unwrap();
    assert!(vm.run_module(&code, &g).is_ok());
    assert!(
        n.upgrade().is_some(),
        "instance cycle should survive refcounting"
    );
    assert!(
        r.upgrade().is_some(),
        "closure cycle should survive refcounting"
    );
    assert!(
        err.upgrade().is_some(),
        "exception cycle should survive refcounting"
    );
    assert!(
        view.upgrade().is_some(),
        "dict view cycle should survive refcounting"
    );
    vm.collect_garbage();
    assert!(n.upgrade().is_none(), "instance cycle not freed");
    assert!(r.upgrade().is_none(), "closure cycle not freed");
    assert!(err.upgrade().is_none(), "exception cycle not freed");
    assert!(view.upgrade().is_none(), "dict view cycle not freed");
    // The suspended generator's frame refers to the namespace, which refers to it.
    assert!(it.upgrade().is_some());
    drop(g);
    vm.collect_garbage();
    assert!(
        it.upgrade().is_none(),
        "generator <-> globals cycle not freed"
    );
}

/// A namespace built with plain `Rc::new` (as a host might) is found through the functions
/// that refer to it, and its cycles are freed all the same.
#[test]
fn objects_allocated_without_registration_are_found() {
    gc::set_enabled(false);
    let mut vm = vm();
    let g = Rc::new(Globals::new(
        Rc::new(krait::runtime::value::PyDict::new()),
        Vec::new(),
        vm.builtins.clone(),
    ));
    let code = krait::compile::compile("def f():\n    return 1\n", "<t>", Mode::Module).unwrap();
    assert!(vm.run_module(&code, &g).is_ok());
    let f = weak_function(&get(&g, "f"));
    let gw = Rc::downgrade(&g);
    drop(g);
    assert!(f.upgrade().is_some());
    vm.collect_garbage();
    assert!(
        f.upgrade().is_none(),
        "function <-> unregistered namespace cycle not freed"
    );
    assert!(gw.upgrade().is_none());
}

/// Dropping a VM and its namespaces leaves nothing behind once a collection has run.
#[test]
fn dropped_vm_is_freed_entirely() {
    // A thread of its own: the registry is per thread.
    let alive = std::thread::spawn(|| {
        gc::set_enabled(false);
        let mut vm = vm();
        let g = run(
            &mut vm,
            "class A:\n    def m(self):\n        return self\nclass B(A):\n    pass\n\
             b = B()\nb.me = b\nl = [b, A, B.m]\nl.append(l)\n\
             def gen():\n    yield l\nit = gen()\nnext(it)\nimport math\n",
        );
        assert!(gc::tracked_alive() > 100);
        drop(g);
        drop(vm);
        gc::collect();
        gc::tracked_alive()
    })
    .join()
    .expect("thread ran");
    assert_eq!(alive, 0);
}

#[test]
fn million_deep_nested_list_cycle_is_collected() {
    gc::set_enabled(false);
    let mut vm = vm();
    let g = run(
        &mut vm,
        "a = []\ncur = a\nfor i in range(1000000):\n    nxt = []\n    cur.append(nxt)\n    cur = nxt\n\
         cur.append(a)\ndel cur, nxt\n",
    );
    let a = weak_list(&get(&g, "a"));
    drop(g);
    assert!(a.upgrade().is_some());
    let stats = gc::collect_stats();
    assert!(stats.collected > 1_000_000, "{stats:?}");
    assert!(a.upgrade().is_none());
}

#[test]
fn borrowed_objects_count_as_reachable() {
    gc::set_enabled(false);
    let _vm = vm();
    let a = Value::list(Vec::new());
    let Value::List(l) = &a else { panic!() };
    l.0.borrow_mut().push(a.clone());
    {
        // A mutably borrowed list cannot be walked: the collector must neither panic nor clear
        // it (nor what it refers to).
        let _guard = l.0.borrow_mut();
        gc::collect();
    }
    {
        let _guard = l.0.borrow();
        gc::collect();
    }
    assert_eq!(l.0.borrow().len(), 1);
    let w = Rc::downgrade(l);
    drop(a);
    gc::collect();
    assert!(w.upgrade().is_none());
}

#[test]
fn collection_runs_by_itself_in_loops_and_between_runs() {
    gc::set_enabled(true);
    gc::set_threshold(None);
    let mut vm = vm();
    let g = run(
        &mut vm,
        "class C:\n    pass\nfor i in range(200000):\n    a = []\n    a.append(a)\n    c = C()\n    c.me = c\n",
    );
    drop(g);
    assert!(
        gc::tracked_alive() < 10_000,
        "{} tracked objects alive after a loop of cycles",
        gc::tracked_alive()
    );
    // Many runs, each leaving a function <-> namespace cycle behind.
    for _ in 0..20_000 {
        run(&mut vm, "def f():\n    return 1\n");
    }
    assert!(
        gc::tracked_alive() < 10_000,
        "{} tracked objects alive after 20,000 runs",
        gc::tracked_alive()
    );
}

#[test]
fn recursion_without_loops_reaches_safe_points() {
    gc::set_enabled(true);
    gc::set_threshold(None);
    let mut vm = vm();
    let g = run(
        &mut vm,
        "import math\ndef make(k):\n    a = [k]\n    a.append(a)\n    return make(k - 1) if k else 0\n\
         def many(n):\n    return [make(500) for _ in range(n)]\nmany(100)\n",
    );
    drop(g);
    assert!(gc::tracked_alive() < 10_000, "{}", gc::tracked_alive());
}

/// Every program of tests/lang/ prints the same with a collection at (nearly) every safe point
/// as without collection.
#[test]
fn lang_programs_behave_the_same_under_constant_collection() {
    let mut names: Vec<String> = std::fs::read_dir("tests/lang")
        .expect("tests/lang exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py") && n != "regen.py")
        .collect();
    names.sort();
    let mut checked = 0;
    let before = gc::totals();
    for name in &names {
        let src = std::fs::read_to_string(format!("tests/lang/{name}")).unwrap();
        let Ok(code) = krait::compile::compile(&src, name, Mode::Module) else {
            continue;
        };
        let mut outs = Vec::new();
        // No collection; young collections at nearly every safe point; full ones.
        for mode in 0..3 {
            let stress = mode > 0;
            gc::set_enabled(stress);
            gc::set_threshold(if stress { Some(1) } else { None });
            gc::set_always_full(mode == 2);
            let mut vm = vm();
            let g = vm.new_globals();
            g.scratch.set_str("__name__", Value::str("__main__"));
            let r = vm.run_module(&code, &g);
            let mut out = output(&mut vm);
            match r {
                Ok(_) => {}
                Err(Unwind::Exc(e)) => out.push_str(&vm.format_exception(&e)),
                Err(Unwind::Limit(m)) => out.push_str(&m.to_string()),
            }
            drop(g);
            drop(vm);
            gc::collect();
            outs.push(without_addresses(&out));
        }
        assert_eq!(outs[0], outs[1], "{name} differs under young collections");
        assert_eq!(outs[0], outs[2], "{name} differs under full collections");
        checked += 1;
    }
    gc::set_threshold(None);
    gc::set_always_full(false);
    assert!(checked > 100, "only {checked} programs ran");
    let after = gc::totals();
    assert!(
        after.collections - before.collections > 20 * checked,
        "{before:?} {after:?}"
    );
    eprintln!("{checked} programs; collections: {after:?}");
}

/// Object reprs carry ids (`at 0x...`) that differ from run to run.
fn without_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push('_');
    }
    out.push_str(rest);
    out
}
