//! Arbitrary bytes → source decoding → parse in every mode → dump. Must never panic, hang or
//! overflow the stack; every failure is a SyntaxError.
#![no_main]

use krait::intern::Interner;
use krait::syntax::{dump::dump, parse, source, Mode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = source::decode(data) else { return };
    for mode in [Mode::Module, Mode::Eval, Mode::Single] {
        let mut interner = Interner::new();
        match parse(src, mode, "<fuzz>", &mut interner) {
            Ok(tree) => {
                let _ = dump(&tree, src, &interner, true);
            }
            Err(e) => {
                // Rendering the error walks the source line too.
                let _ = e.to_string();
            }
        }
    }
});
