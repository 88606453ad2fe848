//! Runs one snippet as a hostile guest and reports what the host saw.

use std::time::{Duration, Instant};

use krait::{Error, Layer, Limits, Namespace, PrintSink};

/// The limits every attack runs under.
pub fn test_limits() -> Limits {
    Limits {
        max_steps: Some(1_000_000),
        max_time: Some(Duration::from_secs(2)),
        max_memory: Some(64 << 20),
        ..Limits::default()
    }
}

/// What the host saw: `ok:<printed text>`, `<ExcType>: <message>`, `SyntaxError: <msg>` or
/// `limit:<field>` (e.g. `limit:max_steps`).
pub fn outcome(r: &Result<(), Error>, printed: &str) -> String {
    match r {
        Ok(()) => format!("ok:{printed}"),
        Err(Error::Limit(l)) => format!("limit:{}", l.kind.name()),
        Err(e) if e.message().is_empty() => e.type_name().to_string(),
        Err(e) => format!("{}: {}", e.type_name(), e.message()),
    }
}

/// Runs `src` on a 2 MiB thread with `limits`; checks the host layer is untouched and the
/// namespace usable afterwards, and the time bound. Returns the outcome.
pub fn run_with(src: &str, limits: Limits, bound: Duration) -> String {
    let src = src.to_string();
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let ctx = Layer::new();
            ctx.set("secret", 42);
            ctx.set("items", vec![1, 2, 3]);
            let mut ns = Namespace::new().with_layer(&ctx);
            ns.set_limits(limits);
            ns.set_print(PrintSink::Buffer);
            let start = Instant::now();
            let r = ns.exec_str(&src);
            let took = start.elapsed();
            let printed = ns.take_output();
            let out = outcome(&r, &printed);
            assert!(took < bound, "{src:?} took {took:?} ({out})");
            // The host's data is intact.
            assert_eq!(ctx.get_as::<i64>("secret").unwrap(), 42, "{src:?}");
            assert_eq!(
                ctx.get_as::<Vec<i64>>("items").unwrap(),
                [1, 2, 3],
                "{src:?}"
            );
            assert_eq!(ctx.len(), 2, "{src:?}");
            // The namespace is usable for the next run.
            ns.clear_scratch();
            let next = ns
                .eval_str("secret + 1")
                .map(|o| o.extract::<i64>().unwrap());
            assert_eq!(next.ok(), Some(43), "namespace unusable after {src:?}");
            check_peak_memory();
            out
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

/// `run_with` under the test limits and a 4 s bound (twice the time limit).
pub fn run(src: &str) -> String {
    run_with(src, test_limits(), Duration::from_secs(4))
}

/// The whole test process never peaked above 2 GiB (each attack is capped at 64 MiB).
fn check_peak_memory() {
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        if let Some(line) = status.lines().find(|l| l.starts_with("VmHWM:")) {
            let kb: u64 = line
                .split_whitespace()
                .nth(1)
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            assert!(kb < 2 << 20, "peak RSS {kb} kB");
        }
    }
}

/// One test per attack: `attack!(name, "snippet", "expected outcome")`; with `ignore = "why"`
/// first, a known gap (run with `--ignored`).
#[macro_export]
macro_rules! attack {
    ($name:ident, $src:expr, $expect:expr) => {
        #[test]
        fn $name() {
            assert_eq!($crate::harness::run($src), $expect);
        }
    };
    (ignore = $why:literal, $name:ident, $src:expr, $expect:expr) => {
        #[test]
        #[ignore = $why]
        fn $name() {
            assert_eq!($crate::harness::run($src), $expect);
        }
    };
}
