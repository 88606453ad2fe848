//! Parse throughput on a generated 20,000-line program (1,000 functions of 20 lines: loops,
//! branches, calls, arithmetic — the shape of ../shared/bench/gen_c1.py). Criterion reports
//! elements/s, where an element is one source line. Lexing alone is measured beside it to show
//! where the time goes.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use krait::intern::Interner;
use krait::syntax::lexer::Lexer;
use krait::syntax::{parse, Mode};

fn function(k: usize) -> String {
    let call = if k > 0 {
        format!("f{}(x, y, len(acc))", k - 1)
    } else {
        "x - y".to_string()
    };
    format!(
        "def f{k}(a, b, c):
    x = a + b * {m7}
    y = (c - a) // {m5}
    acc = []
    for i in range({m10}):
        if i % 2 == 0:
            x = x + i * y
        elif i % 3 == 0:
            y = y - x % {m11}
        else:
            acc.append(i * {m13})
    if x > y:
        z = {call}
    else:
        z = max(x, y) + min(a, c)
    for v in acc:
        z = z + v
    total = x * 2 + y * 3 - z
    return total % 1000003

",
        m7 = k % 7 + 1,
        m5 = k % 5 + 1,
        m10 = k % 10 + 3,
        m11 = k % 11 + 2,
        m13 = k % 13 + 1,
    )
}

pub fn program() -> String {
    (0..1000).map(function).collect()
}

fn bench_parse(c: &mut Criterion) {
    let src = program();
    let lines = src.lines().count() as u64;
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Elements(lines));
    group.sample_size(30);
    group.bench_function("c1_20k_lines", |b| {
        b.iter(|| {
            let mut interner = Interner::new();
            parse(&src, Mode::Module, "c1.py", &mut interner).expect("the benchmark program parses")
        })
    });
    group.bench_function("c1_20k_lines_lex_only", |b| {
        b.iter(|| {
            let mut interner = Interner::new();
            Lexer::new(&src, Mode::Module, &mut interner).count()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
