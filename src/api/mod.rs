//! The embedding API: compile once, run many times against layered namespaces.
//!
//! Everything here is re-exported from the crate root; see the guide there.
#![deny(missing_docs)]

mod args;
mod code;
mod convert;
mod error;
mod host;
mod json;
mod layer;
mod module;
mod namespace;
mod object;
mod sink;

pub use crate::vm::limits::{CancelHandle, LimitKind, Limits};
pub use args::IntoArgs;
pub use code::{compile, Code, Mode};
pub use convert::{FromPy, IntoPy};
pub use error::{Error, ErrorKind, Exception, Frame, LimitExceeded};
pub use host::{function, raw_function, CallArgs, HostReturn, IntoHostFn};
pub use json::{from_object, to_object, Serde};
pub use layer::Layer;
pub use module::NativeModule;
pub use namespace::Namespace;
pub use object::Object;
pub use sink::PrintSink;

/// Evaluates `code` against `ns` (see [`Namespace::eval`]).
pub fn eval(code: &Code, ns: &mut Namespace) -> Result<Object, Error> {
    ns.eval(code)
}

/// Runs `code` against `ns` (see [`Namespace::exec`]).
pub fn exec(code: &Code, ns: &mut Namespace) -> Result<(), Error> {
    ns.exec(code)
}

/// One-shot: compiles `source` as an expression and evaluates it against `ns`.
pub fn eval_str(source: &str, ns: &mut Namespace) -> Result<Object, Error> {
    ns.eval_str(source)
}

/// One-shot: compiles `source` as statements and runs them against `ns`.
pub fn exec_str(source: &str, ns: &mut Namespace) -> Result<(), Error> {
    ns.exec_str(source)
}
