//! Sandbox limits (issue 6): what a run may consume, and the budget that counts it.
//!
//! - `Limits` is the configuration (safe defaults; `Limits::none()` lifts everything).
//! - `Budget` lives in the `Vm` and counts. Steps are calls plus loop back-edges, counted in the
//!   dispatch loop with one decrement and compare of `Budget::fuel`; every `CHUNK` steps the
//!   slow path (`Vm::out_of_fuel`) checks the step total, the clock, the cancellation flag and
//!   the memory estimate. Native loops call `Vm::tick` per element.
//! - Memory is an estimate without a global allocator: allocation sites that can grow big note
//!   their bytes in a thread-local counter (`note_alloc`, callable from runtime code without a
//!   VM); once enough has been noted, the VM measures what its roots reach (`memory.rs`) and
//!   compares that with `max_memory`. Large allocations are checked before they happen
//!   (`Vm::reserve`).
//! - Runtime helpers without a VM (str methods, int arithmetic, formatting) read the caps of the
//!   running VM from thread-locals (`size_cap`, `int_bits_cap`) and report a
//!   cap they hit through `exceeded`; the VM turns the MemoryError they return into the
//!   terminal `Unwind::Limit`. A guest's `raise MemoryError()` stays an ordinary exception.

use std::cell::Cell;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::{Unwind, Vm, VmResult};
use crate::runtime::errors::{ExcKind, Raise};

/// Steps between two checks of the clock, the cancellation flag and the memory estimate.
pub const CHUNK: i64 = 1024;

/// The absolute ceiling on one str/bytes result, whatever the configuration (the runtime's
/// long-standing caps: `strops::MAX_RESULT_CHARS`, `format::MAX_OUTPUT`).
pub const HARD_MAX_SIZE: u64 = 100_000_000;

/// The absolute ceiling on an int's size in bits (`num::MAX_INT_BITS`).
pub const HARD_MAX_INT_BITS: u64 = crate::runtime::num::MAX_INT_BITS;

/// Native re-entries into Python (a `__repr__` calling `repr`, a `sorted` key, `map`) allowed
/// at once whatever the recursion limit: each uses native stack.
pub const MAX_NATIVE_DEPTH: usize = 1000;

/// What one run may consume. `None` lifts a limit. The defaults suit an embedded evaluator:
/// a few seconds, a few hundred MiB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Calls plus loop iterations (back-edges), plus elements visited by native loops.
    pub max_steps: Option<u64>,
    /// Wall-clock time of one run (checked every `CHUNK` steps).
    pub max_time: Option<Duration>,
    /// Estimated bytes reachable from the run (see the module docs), in bytes.
    pub max_memory: Option<u64>,
    /// Depth of Python calls plus native re-entries; exceeding it raises `RecursionError`
    /// (catchable, as in CPython).
    pub max_recursion: Option<usize>,
    /// Size of one str or bytes (bytes) or one list/tuple/dict/set (elements).
    pub max_size: Option<u64>,
    /// Size of one int, in bits.
    pub max_int_bits: Option<u64>,
    /// Bytes written by `print` in one run.
    pub max_output: Option<u64>,
    /// Calls of host functions in one run.
    pub max_host_calls: Option<u64>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_steps: Some(100_000_000),
            max_time: Some(Duration::from_secs(5)),
            max_memory: Some(256 << 20),
            max_recursion: Some(1000),
            max_size: Some(16 << 20),
            max_int_bits: Some(1 << 20),
            max_output: Some(16 << 20),
            max_host_calls: Some(1_000_000),
        }
    }
}

impl Limits {
    /// No limits at all, except the recursion limit's native stack guard and the interpreter's
    /// absolute ceilings (`HARD_MAX_SIZE`, `HARD_MAX_INT_BITS`).
    pub fn none() -> Limits {
        Limits {
            max_steps: None,
            max_time: None,
            max_memory: None,
            max_recursion: None,
            max_size: None,
            max_int_bits: None,
            max_output: None,
            max_host_calls: None,
        }
    }

    /// The recursion limit in force (`None` means the native stack guard only: 100,000
    /// Python frames, `MAX_NATIVE_DEPTH` native re-entries).
    pub fn recursion(&self) -> usize {
        self.max_recursion.unwrap_or(100_000)
    }
}

/// Which limit a run exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitKind {
    Steps,
    Time,
    Memory,
    Size,
    IntBits,
    Output,
    HostCalls,
    /// The host cancelled the run through a `CancelHandle`.
    Cancelled,
}

impl LimitKind {
    /// The configuration field (and CLI flag) name.
    pub fn name(self) -> &'static str {
        match self {
            LimitKind::Steps => "max_steps",
            LimitKind::Time => "max_time",
            LimitKind::Memory => "max_memory",
            LimitKind::Size => "max_size",
            LimitKind::IntBits => "max_int_bits",
            LimitKind::Output => "max_output",
            LimitKind::HostCalls => "max_host_calls",
            LimitKind::Cancelled => "cancelled",
        }
    }
}

/// A terminal limit error: which limit, and its configured value (milliseconds for time,
/// bytes for memory and output, elements/bytes for size, bits for ints).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LimitError {
    pub kind: LimitKind,
    pub limit: u64,
}

impl LimitError {
    pub fn new(kind: LimitKind, limit: u64) -> LimitError {
        LimitError { kind, limit }
    }
}

impl fmt::Display for LimitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.limit;
        match self.kind {
            LimitKind::Steps => write!(f, "step limit exceeded (max_steps = {n})"),
            LimitKind::Time => write!(f, "time limit exceeded (max_time = {})", show_ms(n)),
            LimitKind::Memory => {
                write!(f, "memory limit exceeded (max_memory = {})", show_bytes(n))
            }
            LimitKind::Size => write!(f, "size limit exceeded (max_size = {n})"),
            LimitKind::IntBits => write!(f, "int size limit exceeded (max_int_bits = {n})"),
            LimitKind::Output => {
                write!(f, "output limit exceeded (max_output = {})", show_bytes(n))
            }
            LimitKind::HostCalls => {
                write!(f, "host call limit exceeded (max_host_calls = {n})")
            }
            LimitKind::Cancelled => f.write_str("run cancelled by the host"),
        }
    }
}

fn show_ms(ms: u64) -> String {
    if ms % 1000 == 0 {
        format!("{}s", ms / 1000)
    } else {
        format!("{ms}ms")
    }
}

fn show_bytes(n: u64) -> String {
    for (unit, shift) in [("G", 30), ("M", 20), ("K", 10)] {
        if n >= 1 << shift && n % (1 << shift) == 0 {
            return format!("{}{unit}", n >> shift);
        }
    }
    n.to_string()
}

/// Stops a run from another thread: `cancel()` makes the running (or next) run end with a
/// `Cancelled` limit error within `CHUNK` steps. Cheap to clone; `Send + Sync`.
#[derive(Debug, Clone, Default)]
pub struct CancelHandle(Arc<AtomicBool>);

impl CancelHandle {
    pub fn new() -> CancelHandle {
        CancelHandle::default()
    }

    /// Asks the run to stop.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether `cancel` was called since the last `reset`.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// Clears the flag so the namespace can run again.
    pub fn reset(&self) {
        self.0.store(false, Ordering::Relaxed);
    }
}

/// The counters of the current run.
pub struct Budget {
    /// Steps left before the next slow-path check (the dispatch loop's one counter).
    pub fuel: i64,
    /// Fuel granted at the last refill.
    granted: i64,
    /// Steps consumed before the current grant.
    steps: u64,
    started: Instant,
    deadline: Option<Instant>,
    pub cancel: CancelHandle,
    output: u64,
    host_calls: u64,
    /// The last measurement of reachable bytes.
    measured: u64,
}

impl Budget {
    pub fn new(limits: &Limits) -> Budget {
        let mut b = Budget {
            fuel: 0,
            granted: 0,
            steps: 0,
            started: Instant::now(),
            deadline: None,
            cancel: CancelHandle::new(),
            output: 0,
            host_calls: 0,
            measured: 0,
        };
        b.reset(limits);
        b
    }

    /// Starts counting a new run.
    pub fn reset(&mut self, limits: &Limits) {
        self.steps = 0;
        self.started = Instant::now();
        self.deadline = limits.max_time.and_then(|d| self.started.checked_add(d));
        self.output = 0;
        self.host_calls = 0;
        self.measured = 0;
        self.grant(limits);
    }

    fn grant(&mut self, limits: &Limits) {
        let left = limits
            .max_steps
            .map_or(CHUNK as u64, |m| m.saturating_sub(self.steps));
        self.granted = left.min(CHUNK as u64) as i64;
        self.fuel = self.granted;
    }

    /// Steps consumed so far in this run.
    pub fn steps(&self) -> u64 {
        self.steps + (self.granted - self.fuel).max(0) as u64
    }

    /// Time since the run started.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }
}

// --- Thread-local state shared with runtime helpers that have no VM ---------------------------

#[derive(Clone, Copy)]
struct Caps {
    size: u64,
    int_bits: u64,
}

thread_local! {
    static CAPS: Cell<Caps> = const {
        Cell::new(Caps { size: HARD_MAX_SIZE, int_bits: HARD_MAX_INT_BITS })
    };
    static NOTED: Cell<u64> = const { Cell::new(0) };
    static HIT: Cell<Option<LimitError>> = const { Cell::new(None) };
}

/// Records `bytes` of new allocation (a trigger for the next memory measurement).
#[inline]
pub fn note_alloc(bytes: usize) {
    NOTED.with(|n| n.set(n.get().wrapping_add(bytes as u64)));
}

fn noted() -> u64 {
    NOTED.with(Cell::get)
}

fn clear_noted() {
    NOTED.with(|n| n.set(0));
}

/// The size cap of one str/bytes (bytes) or collection (elements) for the running VM.
pub fn size_cap() -> u64 {
    CAPS.with(|c| c.get().size)
}

/// The int size cap (bits) for the running VM.
pub fn int_bits_cap() -> u64 {
    CAPS.with(|c| c.get().int_bits)
}

/// Records that a cap was hit and returns the MemoryError that carries it to the VM, which
/// turns it into the terminal limit error.
pub fn exceeded(kind: LimitKind, limit: u64) -> Raise {
    HIT.with(|h| h.set(Some(LimitError::new(kind, limit))));
    Raise::new(ExcKind::MemoryError, "")
}

/// Refuses a str/bytes/collection of `n` bytes or elements over the size cap.
pub fn check_size(n: u64) -> Result<(), Raise> {
    let cap = size_cap();
    if n > cap {
        Err(exceeded(LimitKind::Size, cap))
    } else {
        Ok(())
    }
}

/// Refuses an int of `bits` bits over the int cap.
pub fn check_int_bits(bits: u64) -> Result<(), Raise> {
    let cap = int_bits_cap();
    if bits > cap {
        Err(exceeded(LimitKind::IntBits, cap))
    } else {
        Ok(())
    }
}

impl Vm {
    /// Replaces the limits; they apply from the next run on (and to the run in progress for
    /// the caps).
    pub fn set_limits(&mut self, limits: Limits) {
        self.recursion_limit = limits.recursion();
        self.limits = limits;
        self.install_caps();
        self.budget.grant(&self.limits);
    }

    /// Starts the budget of a new run (hosts call this at each entry; `Namespace` does).
    pub fn begin_run(&mut self) {
        self.budget.reset(&self.limits);
        self.install_caps();
        clear_noted();
        HIT.with(|h| h.set(None));
    }

    fn install_caps(&self) {
        let l = &self.limits;
        let caps = Caps {
            size: l.max_size.unwrap_or(u64::MAX).min(HARD_MAX_SIZE),
            int_bits: l.max_int_bits.unwrap_or(u64::MAX).min(HARD_MAX_INT_BITS),
        };
        CAPS.with(|c| c.set(caps));
    }

    /// Counts `n` steps of native work (elements visited by a native loop).
    #[inline]
    pub fn tick(&mut self, n: u64) -> VmResult<()> {
        self.budget.fuel = self
            .budget
            .fuel
            .saturating_sub(n.min(i64::MAX as u64) as i64);
        if self.budget.fuel < 0 {
            return self.out_of_fuel();
        }
        Ok(())
    }

    /// The slow path of step counting: totals, clock, cancellation, memory; then a new grant.
    #[cold]
    #[inline(never)]
    pub fn out_of_fuel(&mut self) -> VmResult<()> {
        let b = &mut self.budget;
        b.steps = b.steps.saturating_add((b.granted - b.fuel).max(0) as u64);
        b.fuel = 0;
        b.granted = 0;
        if b.cancel.is_cancelled() {
            return Err(limit(LimitKind::Cancelled, 0));
        }
        if let Some(max) = self.limits.max_steps {
            if b.steps > max {
                return Err(limit(LimitKind::Steps, max));
            }
        }
        if let Some(deadline) = b.deadline {
            if Instant::now() >= deadline {
                let ms = self.limits.max_time.map_or(0, |d| d.as_millis() as u64);
                return Err(limit(LimitKind::Time, ms));
            }
        }
        self.reserve_bytes(0)?;
        self.budget.grant(&self.limits);
        Ok(())
    }

    /// Checks, before allocating, that `bytes` more fit the memory budget (measuring what is
    /// reachable when enough was allocated since the last measurement).
    pub fn reserve_bytes(&mut self, bytes: u64) -> VmResult<()> {
        let Some(max) = self.limits.max_memory else {
            clear_noted();
            return Ok(());
        };
        let noted = noted().saturating_add(bytes);
        let measured = self.budget.measured;
        // Measure when the estimate may pass the limit, but not more often than every
        // max/16 bytes, nor before half of the last measurement was allocated again (so a
        // heap near the limit is not walked for each small allocation).
        let trigger = max.saturating_sub(measured).max(measured / 2).max(max / 16);
        if noted < trigger {
            if bytes > 0 {
                note_alloc(bytes as usize);
            }
            return Ok(());
        }
        let now = self.measure_heap();
        self.budget.measured = now;
        clear_noted();
        if now.saturating_add(bytes) > max {
            return Err(limit(LimitKind::Memory, max));
        }
        note_alloc(bytes as usize);
        Ok(())
    }

    /// Checks a new str/bytes of `bytes` bytes, or a collection of `elems` elements of
    /// `elem_bytes` each, against the size and memory limits before it is built.
    #[inline]
    pub fn reserve(&mut self, elems: u64, elem_bytes: u64) -> VmResult<()> {
        let cap = self.limits.max_size.unwrap_or(u64::MAX).min(HARD_MAX_SIZE);
        if elems > cap {
            return Err(limit(LimitKind::Size, cap));
        }
        self.reserve_bytes(elems.saturating_mul(elem_bytes))
    }

    /// A collection grew to `len` elements by `added`: checks the size cap, notes the bytes.
    #[inline]
    pub fn grew(&mut self, len: usize, added: usize) -> VmResult<()> {
        note_alloc(added * 16);
        let cap = self.limits.max_size.unwrap_or(u64::MAX).min(HARD_MAX_SIZE);
        if len as u64 > cap {
            return Err(limit(LimitKind::Size, cap));
        }
        Ok(())
    }

    /// A str being built reached `len` bytes: checks the size cap.
    #[inline]
    pub fn check_text(&mut self, len: usize) -> VmResult<()> {
        let cap = self.limits.max_size.unwrap_or(u64::MAX).min(HARD_MAX_SIZE);
        if len as u64 > cap {
            return Err(limit(LimitKind::Size, cap));
        }
        Ok(())
    }

    /// Charges the estimated cost of a big-int operation on operands of `a` and `b` bits
    /// (limb products, schoolbook bound, scaled to about one step per microsecond of work).
    pub fn charge_bigint(&mut self, a: u64, b: u64) -> VmResult<()> {
        let cost = (a / 64 + 1).saturating_mul(b / 64 + 1) / 256;
        if cost > 0 {
            self.tick(cost)?;
        }
        Ok(())
    }

    /// Counts a host-function call.
    pub fn count_host_call(&mut self) -> VmResult<()> {
        self.budget.host_calls += 1;
        match self.limits.max_host_calls {
            Some(max) if self.budget.host_calls > max => Err(limit(LimitKind::HostCalls, max)),
            _ => Ok(()),
        }
    }

    /// Writes guest output under the output budget.
    pub fn emit(&mut self, text: &str) -> VmResult<()> {
        self.budget.output = self.budget.output.saturating_add(text.len() as u64);
        if let Some(max) = self.limits.max_output {
            if self.budget.output > max {
                return Err(limit(LimitKind::Output, max));
            }
        }
        self.write_output(text);
        Ok(())
    }

    /// How a MemoryError raised by native code reaches the guest: always as the terminal
    /// limit error (the cap recorded by `exceeded`, else the size cap).
    pub(crate) fn native_memory_error(&mut self) -> Unwind {
        let hit = HIT.with(Cell::take).unwrap_or_else(|| {
            LimitError::new(
                LimitKind::Size,
                self.limits.max_size.unwrap_or(u64::MAX).min(HARD_MAX_SIZE),
            )
        });
        Unwind::Limit(hit)
    }

    /// Counts a Python call (a new frame or a native re-entry) as a step.
    #[inline(always)]
    pub fn count_call(&mut self) -> VmResult<()> {
        self.budget.fuel -= 1;
        if self.budget.fuel < 0 {
            return self.out_of_fuel();
        }
        Ok(())
    }
}

fn limit(kind: LimitKind, value: u64) -> Unwind {
    Unwind::Limit(LimitError::new(kind, value))
}
