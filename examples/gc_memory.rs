//! Resident memory of cycle-heavy workloads (docs/memory.md).
//!
//!     cargo run --release --example gc_memory -- def|defs|list|instance|closure [N] [--no-gc]
//!
//! `defs`: N times (default 100,000) compile and run, in a fresh namespace of one VM, a program
//! that defines a function and a class (function <-> globals and class <-> method cycles);
//! `def`: the same with a function only.
//! `list`, `instance`, `closure`: one program that builds N (default 1,000,000) self-referencing
//! lists / instances / recursive closures in a loop. Prints the resident set size (from
//! /proc/self/statm) at each tenth of the run. `--no-gc` turns automatic collection off, which
//! is krait's behaviour before the collector.

use krait::runtime::gc;
use krait::syntax::Mode;
use krait::vm::{Output, Vm};

fn rss_kb() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4
}

fn run(vm: &mut Vm, src: &str) {
    let code = match krait::compile::compile(src, "<gc_memory>", Mode::Module) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let globals = vm.new_globals();
    if vm.run_module(&code, &globals).is_err() {
        eprintln!("the program raised");
        std::process::exit(1);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let scenario = args.first().map_or("defs", String::as_str).to_string();
    if args.iter().any(|a| a == "--no-gc") {
        gc::set_enabled(false);
    }
    let n: usize = args.iter().skip(1).find_map(|a| a.parse().ok()).unwrap_or(
        if scenario.starts_with("def") {
            100_000
        } else {
            1_000_000
        },
    );
    let mut vm = Vm::new();
    vm.output = Output::Buffer(String::new());
    println!("start: {} KB", rss_kb());
    let t0 = std::time::Instant::now();
    if scenario == "defs" || scenario == "def" {
        let src = if scenario == "def" {
            "def f(x):\n    return x + 1\n"
        } else {
            "def f(x):\n    return x + 1\nclass C:\n    def m(self):\n        return f(1)\n"
        };
        for i in 1..=n {
            run(&mut vm, src);
            if i % (n / 10).max(1) == 0 {
                println!("{i:>9} execs: {} KB", rss_kb());
            }
        }
    } else {
        let body = match scenario.as_str() {
            "list" => "a = []\n    a.append(a)",
            "instance" => "c = C()\n    c.me = c",
            "closure" => "def outer():\n        def rec(k):\n            return rec(k - 1) if k else 0\n        return rec(2)\n    outer()",
            other => {
                eprintln!("unknown scenario {other}");
                std::process::exit(2);
            }
        };
        let step = (n / 10).max(1);
        let src = format!(
            "class C:\n    pass\nfor i in range({n}):\n    {body}\n    if i % {step} == {step} - 1:\n        report(i + 1)\n"
        );
        let code = match krait::compile::compile(&src, "<gc_memory>", Mode::Module) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        let globals = vm.new_globals();
        globals.scratch.set_str(
            "report",
            krait::runtime::value::Value::Builtin(gc::new(krait::runtime::value::Builtin {
                name: "report",
                func: |_, _, args| {
                    if let Some(krait::runtime::value::Value::Int(i)) = args.pos.first() {
                        println!("{i:>9} objects: {} KB", rss_kb());
                    }
                    Ok(krait::runtime::value::Value::None)
                },
                bound: None,
                owner: None,
            })),
        );
        if vm.run_module(&code, &globals).is_err() {
            eprintln!("the program raised");
            std::process::exit(1);
        }
    }
    println!(
        "end: {} KB, {:.2} s, {} tracked objects alive",
        rss_kb(),
        t0.elapsed().as_secs_f64(),
        gc::tracked_alive()
    );
}
