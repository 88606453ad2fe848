//! Command-line front end: `krait run | eval | timeit | dis | tokens | ast | scope | check`.

mod limits;
mod timeit;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use krait::intern::Interner;
use krait::syntax::{self, Mode};

#[derive(Parser)]
#[command(
    name = "krait",
    version,
    about = "An embeddable, sandboxed interpreter for a subset of Python 3.11"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python program, like `python3 FILE`.
    Run {
        file: String,
        /// A JSON or YAML file (by extension: .yaml/.yml, else JSON) holding an object whose
        /// keys become a read-only host layer of the namespace.
        #[arg(long)]
        context: Option<String>,
        /// Names to keep after the run (comma-separated): printed by `--output json`.
        #[arg(long, value_delimiter = ',')]
        persist: Vec<String>,
        /// Print the persisted bindings (or, without --persist, every JSON-representable
        /// binding the program made) as one JSON object on stdout after the run.
        #[arg(long, value_enum)]
        output: Option<OutputFormat>,
        #[command(flatten)]
        limits: limits::LimitArgs,
    },
    /// Evaluate one expression and print its repr.
    Eval {
        expr: String,
        /// A JSON or YAML object whose keys become a read-only host layer of the namespace.
        #[arg(long)]
        context: Option<String>,
        #[command(flatten)]
        limits: limits::LimitArgs,
    },
    /// Time an expression or statement, like `python -m timeit`: compiled once, run
    /// repeatedly against the context.
    Timeit {
        stmt: String,
        /// A JSON or YAML object whose keys become a read-only host layer of the namespace.
        #[arg(long)]
        context: Option<String>,
        /// How many runs per timing (default: grow until a timing takes 0.2 s).
        #[arg(short = 'n', long)]
        number: Option<u64>,
        /// How many timings to take the best of.
        #[arg(short = 'r', long, default_value_t = 5)]
        repeat: u32,
        #[command(flatten)]
        limits: limits::LimitArgs,
    },
    /// Print the bytecode of FILE, like `python -m dis`.
    Dis { file: String },
    /// Print the token stream of FILE, one token per line with its position.
    Tokens { file: String },
    /// Print the syntax tree of FILE.
    Ast {
        file: String,
        /// Leave out node positions.
        #[arg(long)]
        no_positions: bool,
        /// Parse as a single expression (eval mode).
        #[arg(long)]
        eval: bool,
    },
    /// Print the scopes of FILE and how each name resolves (local, cell, free, global).
    Scope { file: String },
    /// Parse FILE and report syntax errors (exit status 1 on error).
    Check { file: String },
}

/// What `krait run --output` prints after the run.
#[derive(Clone, Copy, clap::ValueEnum)]
enum OutputFormat {
    Json,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            file,
            context,
            persist,
            output,
            limits,
        } => match (load_context(context.as_deref()), parse_limits(&limits)) {
            (Ok(ctx), Ok(limits)) => with_source(&file, |src| {
                let keep = Keep {
                    names: persist,
                    json: output.is_some(),
                };
                run(src, &file, ctx, &keep, limits)
            }),
            (Err(code), _) | (_, Err(code)) => code,
        },
        Command::Timeit {
            stmt,
            context,
            number,
            repeat,
            limits,
        } => match (load_context(context.as_deref()), parse_limits(&limits)) {
            (Ok(ctx), Ok(limits)) => timeit::main(&stmt, ctx, number, repeat.max(1), limits),
            (Err(code), _) | (_, Err(code)) => code,
        },
        Command::Eval {
            expr,
            context,
            limits,
        } => match (load_context(context.as_deref()), parse_limits(&limits)) {
            (Ok(ctx), Ok(limits)) => eval(&expr, ctx, limits),
            (Err(code), _) | (_, Err(code)) => code,
        },
        Command::Dis { file } => with_source(&file, |src| dis(src, &file)),
        Command::Tokens { file } => with_source(&file, |src| tokens(src, &file)),
        Command::Ast {
            file,
            no_positions,
            eval,
        } => with_source(&file, |src| ast(src, &file, !no_positions, eval)),
        Command::Scope { file } => with_source(&file, |src| scope(src, &file)),
        Command::Check { file } => with_source(&file, |src| check(src, &file)),
    }
}

/// The limits the flags ask for; a bad value is a usage error (exit status 2).
fn parse_limits(args: &limits::LimitArgs) -> Result<krait::Limits, ExitCode> {
    args.limits().map_err(|msg| {
        eprintln!("krait: {msg}");
        ExitCode::from(2)
    })
}

/// Reads FILE as CPython would: UTF-8, an optional BOM; undecodable bytes are a SyntaxError.
fn with_source(file: &str, run: impl FnOnce(&str) -> ExitCode) -> ExitCode {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("krait: can't open file '{file}': {e}");
            return ExitCode::from(2);
        }
    };
    match krait::syntax::source::decode(&bytes) {
        Ok(src) => run(src),
        Err(msg) => {
            eprintln!("  File \"{file}\", line 0\nSyntaxError: {msg}");
            ExitCode::from(1)
        }
    }
}

fn tokens(src: &str, file: &str) -> ExitCode {
    let mut interner = Interner::new();
    match syntax::dump_tokens(src, &mut interner) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let e = e.into_syntax_error(src, file);
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn ast(src: &str, file: &str, positions: bool, eval: bool) -> ExitCode {
    let mut interner = Interner::new();
    let mode = if eval { Mode::Eval } else { Mode::Module };
    match syntax::parse(src, mode, file, &mut interner) {
        Ok(tree) => {
            print!("{}", syntax::dump::dump(&tree, src, &interner, positions));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn scope(src: &str, file: &str) -> ExitCode {
    let mut interner = Interner::new();
    let analyzed = syntax::parse(src, Mode::Module, file, &mut interner).and_then(|tree| {
        krait::scope::analyze(&tree, &mut interner).map_err(|e| e.into_syntax_error(src, file))
    });
    match analyzed {
        Ok(table) => {
            print!("{}", krait::scope::dump::dump(&table, src, &interner));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

/// Parses and analyses scopes, so every compile-time error CPython reports is reported.
fn check(src: &str, file: &str) -> ExitCode {
    let mut interner = Interner::new();
    let checked = syntax::parse(src, Mode::Module, file, &mut interner).and_then(|tree| {
        krait::scope::analyze(&tree, &mut interner).map_err(|e| e.into_syntax_error(src, file))
    });
    match checked {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

/// Reads `--context FILE`: an object in YAML (`.yaml`, `.yml`) or JSON (anything else).
fn load_context(path: Option<&str>) -> Result<Option<serde_json::Value>, ExitCode> {
    let Some(path) = path else { return Ok(None) };
    let text = std::fs::read_to_string(path).map_err(|e| {
        eprintln!("krait: can't read context '{path}': {e}");
        ExitCode::from(2)
    })?;
    let yaml = path.ends_with(".yaml") || path.ends_with(".yml");
    let parsed = if yaml {
        serde_norway::from_str::<serde_json::Value>(&text).map_err(|e| ("YAML", e.to_string()))
    } else {
        serde_json::from_str::<serde_json::Value>(&text).map_err(|e| ("JSON", e.to_string()))
    };
    let format = if yaml { "YAML" } else { "JSON" };
    match parsed {
        Ok(v @ serde_json::Value::Object(_)) => Ok(Some(v)),
        Ok(_) => {
            eprintln!("krait: context '{path}' must be a {format} object (a mapping)");
            Err(ExitCode::from(2))
        }
        Err((format, e)) => {
            eprintln!("krait: context '{path}' is not valid {format}: {e}");
            Err(ExitCode::from(2))
        }
    }
}

/// A fresh namespace chain, with the context (if any) as a read-only host layer.
fn globals_with(
    vm: &krait::vm::Vm,
    ctx: Option<serde_json::Value>,
) -> std::rc::Rc<krait::runtime::namespace::Globals> {
    let mut g = krait::runtime::namespace::Globals::new(
        krait::runtime::gc::new(krait::runtime::value::PyDict::new()),
        Vec::new(),
        vm.builtins.clone(),
    );
    if let Some(serde_json::Value::Object(o)) = ctx {
        let layer = krait::runtime::gc::new(krait::runtime::value::PyDict::new());
        for (k, v) in &o {
            layer.set_str(k, krait::runtime::json::from_json(v));
        }
        g.push_layer(krait::runtime::namespace::Layer {
            dict: layer,
            writable: false,
        });
    }
    krait::runtime::gc::new(g)
}

/// What `krait run` reports after a successful run.
struct Keep {
    /// `--persist`: the names to keep.
    names: Vec<String>,
    /// `--output json`.
    json: bool,
}

/// The bindings `keep` asks for, as a JSON object: the named ones (each must be bound and
/// JSON-representable), or without names every representable binding except `__name__`.
fn kept_bindings(
    store: &krait::runtime::value::PyDict,
    keep: &Keep,
) -> Result<serde_json::Value, String> {
    let mut out = serde_json::Map::new();
    if keep.names.is_empty() {
        for (k, v) in store.items() {
            let Some(name) = k.as_str().filter(|n| *n != "__name__") else {
                continue;
            };
            if let Ok(j) = krait::Object::from_value(v).extract::<serde_json::Value>() {
                out.insert(name.to_string(), j);
            }
        }
    } else {
        for name in &keep.names {
            let v = store
                .get_str(name)
                .ok_or_else(|| format!("NameError: name '{name}' is not defined"))?;
            let j = krait::Object::from_value(v)
                .extract::<serde_json::Value>()
                .map_err(|e| format!("'{name}': {e}"))?;
            out.insert(name.clone(), j);
        }
    }
    Ok(serde_json::Value::Object(out))
}

fn run(
    src: &str,
    file: &str,
    ctx: Option<serde_json::Value>,
    keep: &Keep,
    limits: krait::Limits,
) -> ExitCode {
    let code = match krait::compile::compile(src, file, Mode::Module) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let mut vm = krait::vm::Vm::new();
    vm.set_limits(limits);
    let globals = globals_with(&vm, ctx);
    globals
        .scratch
        .set_str("__name__", krait::runtime::value::Value::str("__main__"));
    match vm.run_module(&code, &globals) {
        Ok(_) if keep.json => match kept_bindings(globals.store_target(), keep) {
            Ok(j) => {
                println!("{j}");
                ExitCode::SUCCESS
            }
            Err(msg) => {
                eprintln!("krait: can't output bindings: {msg}");
                ExitCode::from(1)
            }
        },
        Ok(_) => ExitCode::SUCCESS,
        Err(krait::vm::Unwind::Exc(e)) => {
            use std::io::Write;
            let _ = std::io::stdout().flush();
            if let Some(code) = vm.system_exit_code(&e) {
                return code;
            }
            eprint!("{}", vm.format_exception(&e));
            ExitCode::from(1)
        }
        Err(krait::vm::Unwind::Limit(msg)) => {
            eprintln!("krait: limit exceeded: {msg}");
            ExitCode::from(2)
        }
    }
}

fn eval(expr: &str, ctx: Option<serde_json::Value>, limits: krait::Limits) -> ExitCode {
    let expr = expr.trim_start_matches([' ', '\t']);
    let code = match krait::compile::compile(expr, "<string>", Mode::Eval) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let mut vm = krait::vm::Vm::new();
    vm.set_limits(limits);
    let globals = globals_with(&vm, ctx);
    match vm.run_module(&code, &globals) {
        Ok(v) => match vm.repr(&v) {
            Ok(s) => {
                println!("{s}");
                ExitCode::SUCCESS
            }
            Err(_) => ExitCode::from(1),
        },
        Err(krait::vm::Unwind::Exc(e)) => {
            eprint!("{}", vm.format_exception(&e));
            ExitCode::from(1)
        }
        Err(krait::vm::Unwind::Limit(msg)) => {
            eprintln!("krait: limit exceeded: {msg}");
            ExitCode::from(2)
        }
    }
}

fn dis(src: &str, file: &str) -> ExitCode {
    match krait::compile::compile(src, file, Mode::Module) {
        Ok(code) => {
            print!("{}", krait::bytecode::dis::dis(&code));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
