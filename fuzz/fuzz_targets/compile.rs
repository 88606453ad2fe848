//! Arbitrary bytes → source decoding → scope analysis and bytecode compilation in every mode →
//! disassembly. Must never panic, hang or overflow the stack; every failure is a SyntaxError
//! (including the compile-time ones: `return` outside a function, bad `nonlocal`...).
#![no_main]

use krait::bytecode::dis::dis;
use krait::compile::compile;
use krait::syntax::{source, Mode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = source::decode(data) else { return };
    for mode in [Mode::Module, Mode::Eval, Mode::Single] {
        match compile(src, "<fuzz>", mode) {
            Ok(code) => {
                let _ = dis(&code);
            }
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
});
