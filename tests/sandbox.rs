//! The attack corpus of SANDBOX.md: one test per attack, each asserting the exact outcome (the
//! exception type and message, or which limit ended the run), a time bound, that the host's
//! layer is unchanged, and that the namespace still runs code afterwards. Every snippet runs on
//! a 2 MiB thread with small limits (1e6 steps, 2 s, 64 MiB) so the suite stays fast.

#[path = "sandbox/harness.rs"]
mod harness;

#[path = "sandbox/reflection.rs"]
mod reflection;

#[path = "sandbox/names.rs"]
mod names;

#[path = "sandbox/classes.rs"]
mod classes;

#[path = "sandbox/memory.rs"]
mod memory;

#[path = "sandbox/cpu.rs"]
mod cpu;

#[path = "sandbox/recursion.rs"]
mod recursion;

#[path = "sandbox/parser.rs"]
mod parser;

#[path = "sandbox/host.rs"]
mod host;
