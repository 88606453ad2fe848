//! The methods of `str`, on Rust strings, with CPython 3.11 semantics.
