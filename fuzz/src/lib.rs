//! Shared harness of the `run` and `structured` fuzz targets: run one snippet as a hostile guest
//! under tight limits and assert what the host must see.

pub mod gen;

use std::time::{Duration, Instant};

use krait::{Error, Layer, Limits, Namespace, PrintSink};

/// Small budgets so no input can keep the fuzzer busy: a hang is a limit error here.
pub fn tight_limits() -> Limits {
    Limits {
        max_steps: Some(20_000),
        max_time: Some(Duration::from_millis(200)),
        max_memory: Some(16 << 20),
        max_recursion: Some(150),
        max_size: Some(1 << 16),
        max_int_bits: Some(1 << 16),
        max_output: Some(1 << 16),
        max_host_calls: Some(100),
    }
}

/// The wall-clock bound of one run (twice the time budget, plus slack for compilation, which is
/// not under the step budget, and for the instrumented build).
const BOUND: Duration = Duration::from_secs(2);

/// Compiles and runs `src`; panics (a fuzzer crash) if the sandbox contract is broken.
pub fn run_guarded(src: &str) {
    let ctx = Layer::new();
    ctx.set("secret", 42);
    let mut ns = Namespace::new().with_layer(&ctx);
    ns.set_limits(tight_limits());
    ns.set_print(PrintSink::Buffer);
    let start = Instant::now();
    let r = ns.exec_str(src);
    let took = start.elapsed();
    assert!(took < BOUND, "run took {took:?}: {}", describe(&r));
    // Error rendering (tracebacks, messages) must not panic either.
    if let Err(e) = &r {
        let _ = e.to_string();
    }
    let _ = ns.take_output();
    assert_eq!(
        ctx.get_as::<i64>("secret").ok(),
        Some(42),
        "host layer changed"
    );
    assert_eq!(ctx.len(), 1, "host layer gained names");
    // The namespace is usable for the next run.
    ns.clear_scratch();
    let next = ns.eval_str("secret + 1").and_then(|o| o.extract::<i64>());
    assert_eq!(next.ok(), Some(43), "namespace unusable after the run");
}

fn describe(r: &Result<(), Error>) -> String {
    match r {
        Ok(()) => "ok".into(),
        Err(e) => format!("{}: {}", e.type_name(), e.message()),
    }
}
