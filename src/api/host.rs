//! Host functions: Rust closures callable from Python, with typed arguments
//! (`|a: i64, b: String| ...`) or raw ones ([`CallArgs`]).

use std::collections::BTreeSet;
use std::rc::Rc;
use std::sync::Mutex;

use super::convert::{FromPy, IntoPy};
use super::error::Error;
use super::object::{in_context, Object};
use crate::runtime::value::{Args, Builtin, HostCell, Value};
use crate::vm::{Vm, VmResult};

/// The arguments of a call to a raw host function.
#[derive(Clone, Debug)]
pub struct CallArgs {
    /// Positional arguments, in order.
    pub args: Vec<Object>,
    /// Keyword arguments, in the order the caller wrote them.
    pub kwargs: Vec<(String, Object)>,
}

impl CallArgs {
    /// The keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&Object> {
        self.kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

/// What a host closure may return: any [`IntoPy`] value, or a `Result` whose error becomes
/// the Python exception the snippet sees.
pub trait HostReturn {
    /// Converts into the call's outcome.
    fn into_host_result(self) -> Result<Object, Error>;
}

impl<T: IntoPy> HostReturn for T {
    fn into_host_result(self) -> Result<Object, Error> {
        Ok(self.into_py())
    }
}

impl<T: IntoPy> HostReturn for Result<T, Error> {
    fn into_host_result(self) -> Result<Object, Error> {
        self.map(IntoPy::into_py)
    }
}

/// The form every host function takes once registered.
type RawFn = dyn Fn(&CallArgs) -> Result<Object, Error>;

/// A Rust closure with typed parameters that can become a host function. `Marker` is the
/// tuple of parameter types; it only guides type inference.
pub trait IntoHostFn<Marker> {
    /// Wraps the closure: arguments are checked and converted, then the closure runs.
    fn into_raw(self, name: &'static str) -> Box<RawFn>;
}

/// CPython's arity message for a native function taking exactly `n` positional arguments.
fn arity_error(name: &str, n: usize, given: usize) -> Error {
    Error::type_error(match n {
        0 => format!("{name}() takes no arguments ({given} given)"),
        1 => format!("{name}() takes exactly one argument ({given} given)"),
        _ => format!("{name} expected {n} arguments, got {given}"),
    })
}

/// Checks the shape of a call to a typed host function.
fn check_call(name: &str, call: &CallArgs, n: usize) -> Result<(), Error> {
    if !call.kwargs.is_empty() {
        return Err(Error::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    if call.args.len() != n {
        return Err(arity_error(name, n, call.args.len()));
    }
    Ok(())
}

/// Converts argument `i` (0-based) for `name`, naming it in the error as CPython does.
fn arg<T: FromPy>(name: &str, call: &CallArgs, i: usize) -> Result<T, Error> {
    T::from_py(&call.args[i]).map_err(|e| in_context(e, &format!("{name}() argument {}", i + 1)))
}

macro_rules! typed_host_fn {
    ($n:literal $(, $t:ident $i:tt)*) => {
        impl<F, R, $($t),*> IntoHostFn<($($t,)*)> for F
        where
            F: Fn($($t),*) -> R + 'static,
            R: HostReturn,
            $($t: FromPy,)*
        {
            #[allow(unused_variables)]
            fn into_raw(self, name: &'static str) -> Box<RawFn> {
                Box::new(move |call: &CallArgs| {
                    check_call(name, call, $n)?;
                    (self)($(arg::<$t>(name, call, $i)?),*).into_host_result()
                })
            }
        }
    };
}

typed_host_fn!(0);
typed_host_fn!(1, A 0);
typed_host_fn!(2, A 0, B 1);
typed_host_fn!(3, A 0, B 1, C 2);
typed_host_fn!(4, A 0, B 1, C 2, D 3);
typed_host_fn!(5, A 0, B 1, C 2, D 3, E 4);
typed_host_fn!(6, A 0, B 1, C 2, D 3, E 4, F6 5);

/// What the native function's `bound` slot carries: the closure to run.
struct HostEntry {
    f: Box<RawFn>,
}

/// A host function with typed parameters, as a Python callable (`builtin_function_or_method`;
/// the snippet can call it and read its `__name__`, nothing else). Wrong arity or argument
/// types raise `TypeError` with CPython's wording; an `Err` returned by the closure raises the
/// exception it names.
///
/// ```
/// let mut ns = krait::Namespace::new();
/// ns.set("add", krait::function("add", |a: i64, b: i64| a + b));
/// assert_eq!(ns.eval_str("add(2, 3)")?.extract::<i64>()?, 5);
/// let err = ns.eval_str("add(2)").unwrap_err();
/// assert_eq!(err.message(), "add expected 2 arguments, got 1");
/// # Ok::<(), krait::Error>(())
/// ```
pub fn function<M>(name: &str, f: impl IntoHostFn<M>) -> Object {
    let name = static_name(name);
    wrap(name, f.into_raw(name))
}

/// A host function receiving its arguments as they come (positional and keyword).
///
/// ```
/// use krait::IntoPy;
/// let mut ns = krait::Namespace::new();
/// ns.set("count", krait::raw_function("count", |call| {
///     Ok((call.args.len() + call.kwargs.len()).into_py())
/// }));
/// assert_eq!(ns.eval_str("count(1, 2, x=3)")?.extract::<usize>()?, 3);
/// # Ok::<(), krait::Error>(())
/// ```
pub fn raw_function(
    name: &str,
    f: impl Fn(&CallArgs) -> Result<Object, Error> + 'static,
) -> Object {
    wrap(static_name(name), Box::new(f))
}

fn wrap(name: &'static str, f: Box<RawFn>) -> Object {
    let cell = HostCell(Box::new(HostEntry { f }));
    Object(Value::Builtin(crate::runtime::gc::new(Builtin {
        name,
        func: trampoline,
        bound: Some(Value::Host(Rc::new(cell))),
        owner: None,
    })))
}

/// Native functions name themselves with `&'static str`; host function names are interned
/// once per distinct name, so registering the same name again costs nothing.
fn static_name(name: &str) -> &'static str {
    static NAMES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut names = match NAMES.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(n) = names.get(name) {
        return n;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}

/// The native entry point shared by every host function: finds the closure in `bound`.
fn trampoline(vm: &mut Vm, bound: &Option<Value>, args: Args) -> VmResult {
    let entry = match bound {
        Some(Value::Host(cell)) => cell.clone(),
        _ => {
            return vm.err(
                crate::runtime::errors::ExcKind::TypeError,
                "host function called without its closure",
            )
        }
    };
    let Some(entry) = entry.0.downcast_ref::<HostEntry>() else {
        return vm.err(
            crate::runtime::errors::ExcKind::TypeError,
            "host data is not a function",
        );
    };
    vm.count_host_call()?;
    let call = CallArgs {
        args: args.pos.iter().cloned().map(Object).collect(),
        kwargs: args
            .kw
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), Object(v.clone())))
            .collect(),
    };
    (entry.f)(&call).map(|o| o.0).map_err(|e| e.into_unwind(vm))
}
