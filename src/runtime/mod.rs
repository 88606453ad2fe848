//! The object model and the semantics of every operation, shared by the VM and the builtins.
//! Pure-semantics modules (numbers, strings, formatting) work on plain Rust values and report
//! failures as `Raise`, which the VM turns into Python exception objects.

pub mod attr;
pub mod attrcache;
pub mod dict;
pub mod errors;
pub mod format;
pub mod gc;
pub mod iter;
pub mod json;
pub mod mathfns;
pub mod names;
pub mod namespace;
pub mod num;
pub mod ops;
pub mod percent;
pub mod repr;
pub mod seq;
pub mod strops;
pub mod types;
pub mod value;
