//! `krait timeit`: `python -m timeit` for krait, through the embedding API (compile once, run
//! the same `Code` against one namespace many times).

use std::process::ExitCode;
use std::time::{Duration, Instant};

use krait::{compile, Code, Layer, Mode, Namespace};

/// A timing that takes at least this long ends the automatic choice of loop count (CPython's
/// `Timer.autorange` threshold).
const AUTORANGE_TARGET: Duration = Duration::from_millis(200);

pub fn main(
    stmt: &str,
    ctx: Option<serde_json::Value>,
    number: Option<u64>,
    repeat: u32,
    limits: krait::Limits,
) -> ExitCode {
    // An expression is evaluated; anything else runs as statements (as timeit's stmt).
    let code = match compile(stmt, "<timeit-src>", Mode::Eval)
        .or_else(|_| compile(stmt, "<timeit-src>", Mode::Exec))
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let mut ns = Namespace::new();
    ns.set_limits(limits);
    if let Some(ctx) = ctx {
        match Layer::from_json(&ctx) {
            Ok(layer) => ns.push_layer(&layer),
            Err(e) => {
                eprintln!("krait: {e}");
                return ExitCode::from(2);
            }
        }
    }
    match measure(&mut ns, &code, number, repeat) {
        Ok((n, best)) => {
            let per_loop = best.as_secs_f64() / n as f64;
            let plural = if n == 1 { "" } else { "s" };
            println!(
                "{n} loop{plural}, best of {repeat}: {} per loop",
                format_time(per_loop)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

/// The loop count and the best of `repeat` timings of that many runs.
fn measure(
    ns: &mut Namespace,
    code: &Code,
    number: Option<u64>,
    repeat: u32,
) -> Result<(u64, Duration), krait::Error> {
    let n = match number {
        Some(n) => n.max(1),
        None => autorange(ns, code)?,
    };
    let mut best = Duration::MAX;
    for _ in 0..repeat {
        best = best.min(time_loops(ns, code, n)?);
    }
    Ok((n, best))
}

/// CPython's `Timer.autorange`: 1, 2, 5, 10, 20, 50 ... runs until a timing reaches 0.2 s.
fn autorange(ns: &mut Namespace, code: &Code) -> Result<u64, krait::Error> {
    let mut i: u64 = 1;
    loop {
        for j in [1, 2, 5] {
            let n = i.saturating_mul(j);
            if time_loops(ns, code, n)? >= AUTORANGE_TARGET || n == u64::MAX {
                return Ok(n);
            }
        }
        i = i.saturating_mul(10);
    }
}

fn time_loops(ns: &mut Namespace, code: &Code, n: u64) -> Result<Duration, krait::Error> {
    let start = Instant::now();
    for _ in 0..n {
        ns.eval(code)?;
    }
    Ok(start.elapsed())
}

/// CPython's `timeit.format_time`: the largest unit the time reaches, 3 significant digits.
fn format_time(secs: f64) -> String {
    let units = [("sec", 1.0), ("msec", 1e-3), ("usec", 1e-6), ("nsec", 1e-9)];
    let (unit, scale) = units
        .iter()
        .copied()
        .find(|&(_, scale)| secs >= scale)
        .unwrap_or(("nsec", 1e-9));
    format!("{} {unit}", three_significant(secs / scale))
}

/// `'%.3g' % x` (for the non-negative finite values timings produce).
fn three_significant(x: f64) -> String {
    // `{:.2e}` rounds to three significant digits; its exponent picks the notation as %g does.
    let sci = format!("{x:.2e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..3).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{}e{sign}{:02}", strip_zeros(mantissa), exp.abs());
    }
    let decimals = (2 - exp).max(0) as usize;
    strip_zeros(&format!("{x:.decimals$}"))
}

/// Drops trailing zeros after a decimal point, and the point itself if nothing follows.
fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_cpython() {
        // Values from python3: timeit.format_time(x, 3)-style '%.3g %s'.
        assert_eq!(format_time(95.3e-9), "95.3 nsec");
        assert_eq!(format_time(1.5e-6), "1.5 usec");
        assert_eq!(format_time(0.1234), "123 msec");
        assert_eq!(format_time(2.0), "2 sec");
        assert_eq!(format_time(9.9996e-7), "1e+03 nsec");
        assert_eq!(format_time(0.0), "0 nsec");
    }
}
