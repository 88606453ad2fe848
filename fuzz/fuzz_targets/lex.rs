//! Arbitrary bytes → the token stream. Must never panic.
#![no_main]

use krait::intern::Interner;
use krait::syntax::{dump_tokens, source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = source::decode(data) else { return };
    let mut interner = Interner::new();
    let _ = dump_tokens(src, &mut interner);
});
