//! The sandbox-limit flags shared by `run`, `eval` and `timeit`: the defaults of
//! `krait::Limits`, changed or lifted one by one, or all lifted with `--no-limits`.

use std::time::Duration;

use krait::Limits;

/// Limit flags (`--max-time 30s`, `--max-memory 1G`, `--no-limits` ...); `none` lifts one.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct LimitArgs {
    /// Lift every limit (the recursion limit keeps its native-stack guard).
    #[arg(long)]
    no_limits: bool,
    /// Steps (calls, loop iterations, elements of native loops) per run [default: 100000000].
    #[arg(long, value_name = "N|none")]
    max_steps: Option<String>,
    /// Wall-clock time per run: 30s, 500ms, 2m [default: 5s].
    #[arg(long, value_name = "TIME|none")]
    max_time: Option<String>,
    /// Estimated memory reachable from the run: 64M, 1G [default: 256M].
    #[arg(long, value_name = "BYTES|none")]
    max_memory: Option<String>,
    /// Depth of Python calls (RecursionError beyond) [default: 1000].
    #[arg(long, value_name = "N|none")]
    max_recursion: Option<String>,
    /// Size of one str/bytes (bytes) or collection (elements): 16M [default: 16M].
    #[arg(long, value_name = "N|none")]
    max_size: Option<String>,
    /// Size of one int in bits [default: 1M (1048576)].
    #[arg(long, value_name = "BITS|none")]
    max_int_bits: Option<String>,
    /// Bytes printed per run: 10M [default: 16M].
    #[arg(long, value_name = "BYTES|none")]
    max_output: Option<String>,
    /// Host-function calls per run [default: 1000000].
    #[arg(long, value_name = "N|none")]
    max_host_calls: Option<String>,
}

impl LimitArgs {
    /// The limits the flags ask for, or a message naming the bad flag.
    pub fn limits(&self) -> Result<Limits, String> {
        let mut l = if self.no_limits {
            Limits::none()
        } else {
            Limits::default()
        };
        set(&mut l.max_steps, &self.max_steps, "--max-steps", count)?;
        set(&mut l.max_time, &self.max_time, "--max-time", duration)?;
        set(&mut l.max_memory, &self.max_memory, "--max-memory", size)?;
        set(
            &mut l.max_recursion,
            &self.max_recursion,
            "--max-recursion",
            |s| count(s).map(|n| n.min(usize::MAX as u64) as usize),
        )?;
        set(&mut l.max_size, &self.max_size, "--max-size", size)?;
        set(
            &mut l.max_int_bits,
            &self.max_int_bits,
            "--max-int-bits",
            size,
        )?;
        set(&mut l.max_output, &self.max_output, "--max-output", size)?;
        set(
            &mut l.max_host_calls,
            &self.max_host_calls,
            "--max-host-calls",
            count,
        )?;
        Ok(l)
    }
}

fn set<T>(
    slot: &mut Option<T>,
    arg: &Option<String>,
    flag: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<(), String> {
    let Some(text) = arg else { return Ok(()) };
    let text = text.trim();
    if matches!(text, "none" | "off" | "unlimited") {
        *slot = None;
        return Ok(());
    }
    *slot = Some(parse(text).ok_or_else(|| format!("invalid value '{text}' for {flag}"))?);
    Ok(())
}

fn count(s: &str) -> Option<u64> {
    let s = s.replace('_', "");
    if let Some((m, e)) = s.split_once(['e', 'E']) {
        let m: u64 = m.parse().ok()?;
        let e: u32 = e.parse().ok()?;
        return m.checked_mul(10u64.checked_pow(e)?);
    }
    s.parse().ok()
}

/// `1024`, `64K`, `16M`, `1G` (binary units; a trailing `B`/`iB` is accepted).
pub fn size(s: &str) -> Option<u64> {
    let t = s.trim_end_matches(['B', 'b']).trim_end_matches('i');
    let (num, shift) = match t.chars().last()? {
        'k' | 'K' => (&t[..t.len() - 1], 10),
        'm' | 'M' => (&t[..t.len() - 1], 20),
        'g' | 'G' => (&t[..t.len() - 1], 30),
        't' | 'T' => (&t[..t.len() - 1], 40),
        _ => (t, 0),
    };
    let n: f64 = num.parse().ok().filter(|n: &f64| *n >= 0.0)?;
    let v = n * (1u64 << shift) as f64;
    (v < u64::MAX as f64).then_some(v as u64)
}

/// `30s`, `500ms`, `2m`, `1h`, or plain seconds (`2.5`).
pub fn duration(s: &str) -> Option<Duration> {
    let (num, unit) = if let Some(n) = s.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = s.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = s.strip_suffix('m') {
        (n, 60.0)
    } else if let Some(n) = s.strip_suffix('h') {
        (n, 3600.0)
    } else {
        (s, 1.0)
    };
    let n: f64 = num.trim().parse().ok().filter(|n: &f64| *n >= 0.0)?;
    Duration::try_from_secs_f64(n * unit).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_units() {
        assert_eq!(size("1G"), Some(1 << 30));
        assert_eq!(size("64MiB"), Some(64 << 20));
        assert_eq!(size("10M"), Some(10 << 20));
        assert_eq!(size("1000"), Some(1000));
        assert_eq!(size("x"), None);
        assert_eq!(duration("30s"), Some(Duration::from_secs(30)));
        assert_eq!(duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(duration("2m"), Some(Duration::from_secs(120)));
        assert_eq!(count("1e6"), Some(1_000_000));
        assert_eq!(count("1_000"), Some(1000));
    }
}
