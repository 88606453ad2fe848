//! The functions of the `math` module, on Rust numbers, with CPython 3.11 results and errors.
