//! krait: an embeddable, sandboxed interpreter for a subset of Python 3.11.
//!
//! # Guide
//!
//! A host compiles each snippet once into a [`Code`] (immutable, `Send + Sync`, cacheable) and
//! runs it any number of times against a [`Namespace`]: a chain of layers, top first —
//! the **scratch** layer (the snippet's stores, imports, temporaries), the host's
//! [`Layer`]s (the context; read-only unless made [`Layer::writable`]), and the builtins.
//! The context is shared, never copied: evaluating against 100,000 context names costs the
//! same as against ten.
//!
//! ```
//! use krait::{compile, Layer, Mode, Namespace};
//!
//! // Build the context once.
//! let ctx = Layer::new();
//! ctx.set("list1", vec![1, 2, 3]);
//! ctx.set("list2", vec!["a", "b"]);
//!
//! // Compile once, run many times.
//! let code = compile("[(x, y) for x in list1 for y in list2]", "<pairs>", Mode::Eval)?;
//! let mut ns = Namespace::new().with_layer(&ctx);
//! let pairs: Vec<(i64, String)> = ns.eval(&code)?.extract()?;
//! assert_eq!(pairs.len(), 6);
//! assert_eq!(pairs[1], (1, "b".to_string()));
//! # Ok::<(), krait::Error>(())
//! ```
//!
//! ## Reading results and persisting them
//!
//! After [`Namespace::exec`], the names the snippet bound are in the scratch layer. Nothing
//! reaches the context unless the host asks: [`Namespace::persist`] copies chosen names into
//! the first host layer, [`Namespace::clear_scratch`] forgets the rest.
//!
//! ```
//! use krait::{Layer, Namespace};
//! let ctx = Layer::new();
//! let mut ns = Namespace::new().with_layer(&ctx);
//! ns.exec_str("import math\nx = 1\ny = math.sqrt(16)\nz = 3")?;
//! ns.persist(&["x", "y"])?;
//! ns.clear_scratch();
//! assert_eq!(ctx.names(), ["x", "y"]);
//! assert_eq!(ctx.get_as::<f64>("y")?, 4.0);
//! # Ok::<(), krait::Error>(())
//! ```
//!
//! ## Host functions, calling back into Python, print sinks
//!
//! ```
//! use krait::{function, Namespace, PrintSink};
//! let mut ns = Namespace::new();
//! ns.set("clamp", function("clamp", |x: f64, lo: f64, hi: f64| x.max(lo).min(hi)));
//! ns.set_print(PrintSink::Buffer);
//! ns.exec_str("def step(v):\n    print('step', v)\n    return clamp(v * 2, 0, 10)")?;
//! let r: f64 = ns.call_name("step", (7,))?.extract()?;
//! assert_eq!(r, 10.0);
//! assert_eq!(ns.take_output(), "step 7\n");
//! # Ok::<(), krait::Error>(())
//! ```
//!
//! ## Errors
//!
//! Every failure is an [`Error`] of one of three kinds ([`ErrorKind`]): a syntax error, a
//! Python exception (type name, message, structured [`Frame`]s; `Display` prints CPython's
//! traceback), or a limit error.
//!
//! ```
//! let code = krait::compile("x = 1\ny = x / 0", "<calc>", krait::Mode::Exec)?;
//! let err = krait::Namespace::new().exec(&code).unwrap_err();
//! assert_eq!(err.kind(), krait::ErrorKind::Exception);
//! assert_eq!(err.type_name(), "ZeroDivisionError");
//! assert_eq!(err.frames()[0].filename, "<calc>");
//! assert_eq!(err.frames()[0].line, 2);
//! assert!(err.to_string().ends_with("ZeroDivisionError: division by zero"));
//! # Ok::<(), krait::Error>(())
//! ```
//!
//! ## Threads
//!
//! [`Code`] is `Send + Sync`: share it (or an `Arc` of it) between threads. Runtime values are
//! reference-counted without atomics, so a [`Namespace`], its [`Layer`]s and [`Object`]s stay
//! on the thread that made them; each thread builds its own.
#![forbid(unsafe_code)]

pub mod api;
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

pub use api::{
    compile, eval, eval_str, exec, exec_str, from_object, function, raw_function, to_object,
    CallArgs, CancelHandle, Code, Error, ErrorKind, Exception, Frame, FromPy, HostReturn, IntoArgs,
    IntoHostFn, IntoPy, Layer, LimitExceeded, LimitKind, Limits, Mode, Namespace, NativeModule,
    Object, PrintSink, Serde,
};
pub use num_bigint::BigInt;
