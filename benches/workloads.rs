//! In-process run time of the six reference workloads of ../shared/bench (W1 fib … W6 closure;
//! see its README) and krait's own W7 (method calls) and W8 (attribute access) in
//! bench/workloads. Each program is compiled once, outside the measurement; an iteration is one
//! run on a fresh `Vm` with `print` going to a buffer, and the printed checksum is checked
//! against CPython's before measuring. The whole-process comparison with CPython is
//! `bench/compare.py`. Flat sampling, 10 samples and short warm-up/measurement times keep the
//! bench under a minute.

use std::sync::Arc;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use krait::bytecode::Code;
use krait::compile::compile;
use krait::syntax::Mode;
use krait::vm::{Output, Unwind, Vm};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench");

/// The workloads with the checksum CPython 3.11 prints for each.
const WORKLOADS: &[(&str, &str)] = &[
    ("w1_fib", "75025"),
    ("w2_loop", "8999997"),
    ("w3_listcomp", "333334"),
    ("w4_strings", "3542640"),
    ("w5_dict", "1000001000"),
    ("w6_closure", "3000000"),
];

/// krait's own workloads (bench/workloads), with CPython 3.11's checksums.
const OWN_WORKLOADS: &[(&str, &str)] =
    &[("w7_methods", "125000250000"), ("w8_attrs", "250000000000")];

/// Runs the program on a fresh VM; returns what it printed.
fn run(code: &Arc<Code>) -> String {
    let mut vm = Vm::new();
    vm.output = Output::Buffer(String::new());
    let globals = vm.new_globals();
    match vm.run_module(code, &globals) {
        Ok(_) => {}
        Err(Unwind::Exc(e)) => panic!("workload raised:\n{}", vm.format_exception(&e)),
        Err(Unwind::Limit(m)) => panic!("workload hit a limit: {m}"),
    }
    match vm.output {
        Output::Buffer(b) => b,
        _ => String::new(),
    }
}

fn bench_workloads(c: &mut Criterion) {
    let mut group = c.benchmark_group("workloads");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(4));
    let own = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/workloads");
    let all = WORKLOADS
        .iter()
        .map(|w| (DIR, w))
        .chain(OWN_WORKLOADS.iter().map(|w| (own, w)));
    for (dir, (name, checksum)) in all {
        let path = format!("{dir}/{name}.py");
        let Ok(src) = std::fs::read_to_string(&path) else {
            eprintln!("{path} not found: skipping");
            continue;
        };
        let code = compile(&src, &path, Mode::Module).expect("the workload compiles");
        assert_eq!(run(&code).trim(), *checksum, "{name}: wrong checksum");
        group.bench_function(*name, |b| b.iter(|| run(&code)));
    }
    group.finish();
}

criterion_group!(benches, bench_workloads);
criterion_main!(benches);
