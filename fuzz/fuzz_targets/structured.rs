//! Structure-aware: an `arbitrary` program (see `krait_fuzz::gen`) rendered to valid Python,
//! compiled and run under tight limits, so the fuzzer drives the VM, the object model and the
//! builtins rather than the parser. Same contract as `run`. With `KRAIT_FUZZ_PRINT=1` the
//! rendered source is printed to stderr (to turn a crash into a regression test).
#![no_main]

use krait_fuzz::gen::{render, Program};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|p: Program| {
    let src = render(&p);
    if std::env::var_os("KRAIT_FUZZ_PRINT").is_some() {
        eprintln!("----\n{src}");
    }
    krait_fuzz::run_guarded(&src);
});
