//! krait: an embeddable, sandboxed interpreter for a subset of Python 3.11.
#![forbid(unsafe_code)]

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod intern;
pub mod modules;
pub mod pyrepr;
pub mod runtime;
pub mod scope;
pub mod stack;
pub mod syntax;
pub mod vm;
