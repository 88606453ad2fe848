//! Embedding figures (DESIGN §8): eval of a precompiled expression against host layers of 10
//! and 100,000 keys (the context must not be copied, so both should cost the same), and
//! compile + run of a small step against running the precompiled step.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use krait::{compile, Layer, Mode, Namespace};

const EXPR: &str = r#"a + b * 2 > c and name.startswith("x")"#;

const STEP: &str = "\
total = 0
for item in items:
    if item % 3 == 0:
        total += item * factor
    else:
        total -= 1
label = f'{name}: {total}'
ok = total > 10 and label.startswith('s')
count = len(items)
mean = total / count
";

/// A context holding the expression's names plus filler keys up to `size`.
fn context(size: usize) -> Layer {
    let ctx = Layer::new();
    ctx.set("a", 1);
    ctx.set("b", 2);
    ctx.set("c", 3);
    ctx.set("name", "xyz");
    ctx.set("items", (0..20).collect::<Vec<i64>>());
    ctx.set("factor", 2);
    for i in ctx.len()..size {
        ctx.set(&format!("key{i}"), i);
    }
    ctx
}

fn eval_expr(c: &mut Criterion) {
    let code = compile(EXPR, "<bench>", Mode::Eval).expect("compiles");
    let mut group = c.benchmark_group("eval_precompiled");
    for size in [10, 100_000] {
        let ctx = context(size);
        let mut ns = Namespace::new().with_layer(&ctx);
        assert!(ns
            .eval(&code)
            .expect("runs")
            .extract::<bool>()
            .expect("bool"));
        group.bench_with_input(BenchmarkId::from_parameter(size), &size, |b, _| {
            b.iter(|| black_box(ns.eval(&code).expect("runs")))
        });
    }
    group.finish();
}

fn step(c: &mut Criterion) {
    let ctx = context(10);
    let mut group = c.benchmark_group("step_10_lines");
    let mut ns = Namespace::new().with_layer(&ctx);
    group.bench_function("compile_and_run", |b| {
        b.iter(|| {
            let code = compile(black_box(STEP), "<step>", Mode::Exec).expect("compiles");
            ns.exec(&code).expect("runs");
        })
    });
    let code = compile(STEP, "<step>", Mode::Exec).expect("compiles");
    group.bench_function("run_precompiled", |b| {
        b.iter(|| ns.exec(&code).expect("runs"))
    });
    group.finish();
}

criterion_group!(benches, eval_expr, step);
criterion_main!(benches);
