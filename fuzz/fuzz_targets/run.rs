//! Arbitrary bytes → source → compile → execute in exec mode under tight limits. Must never
//! panic, hang or overflow the stack: every run ends in a value, a Python exception, a
//! SyntaxError or a limit error, within about twice its time budget; afterwards the namespace
//! still evaluates code and the host's layer is unchanged.
#![no_main]

use krait::syntax::source;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = source::decode(data) else {
        return;
    };
    krait_fuzz::run_guarded(src);
});
