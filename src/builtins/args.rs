//! Argument unpacking for native functions: positional and keyword arguments matched to a
//! parameter list, with CPython-style arity and keyword errors.

use crate::runtime::errors::ExcKind;
use crate::runtime::value::{Args, Value};
use crate::vm::{Vm, VmResult};

/// Matches `args` to `params` (names; a leading `*` marks keyword-only ones, a trailing `/`
/// positional-only ones). `required` leading parameters must be present.
pub fn parse(
    vm: &mut Vm,
    fname: &str,
    args: &Args,
    params: &[&str],
    required: usize,
) -> VmResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    let positional = params.iter().take_while(|p| !p.starts_with('*')).count();
    if args.pos.len() > positional {
        let msg = if positional == 0 {
            format!("{fname}() takes no arguments ({} given)", args.pos.len())
        } else if required == positional {
            format!(
                "{fname}() takes exactly {} argument{} ({} given)",
                positional,
                if positional == 1 { "" } else { "s" },
                args.pos.len()
            )
        } else {
            format!(
                "{fname}() takes at most {} argument{} ({} given)",
                positional,
                if positional == 1 { "" } else { "s" },
                args.pos.len()
            )
        };
        return vm.err(ExcKind::TypeError, msg);
    }
    for (i, v) in args.pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (name, v) in args.kw {
        let idx = params.iter().position(|p| {
            p.trim_start_matches('*').trim_end_matches('/') == &*name.s && !p.ends_with('/')
        });
        match idx {
            Some(i) => {
                if out[i].is_some() {
                    return vm.err(
                        ExcKind::TypeError,
                        format!(
                            "argument for {fname}() given by name ('{}') and position ({})",
                            name.s,
                            i + 1
                        ),
                    );
                }
                out[i] = Some(v.clone());
            }
            None => {
                return vm.err(
                    ExcKind::TypeError,
                    format!("{fname}() got an unexpected keyword argument '{}'", name.s),
                )
            }
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            let p = p.trim_start_matches('*').trim_end_matches('/');
            if args.pos.is_empty() && args.kw.is_empty() && required == 1 {
                return vm.err(
                    ExcKind::TypeError,
                    format!("{fname}() takes exactly one argument (0 given)"),
                );
            }
            return vm.err(
                ExcKind::TypeError,
                format!("{fname}() missing required argument '{p}' (pos {})", i + 1),
            );
        }
    }
    Ok(out)
}

/// Refuses keyword arguments (most methods of built-in types take none).
pub fn no_kwargs(vm: &mut Vm, fname: &str, args: &Args) -> VmResult<()> {
    if !args.kw.is_empty() {
        return vm.err(
            ExcKind::TypeError,
            format!("{fname}() takes no keyword arguments"),
        );
    }
    Ok(())
}

/// Exactly `n` positional arguments. Methods of built-in types pass a qualified name
/// (`"list.append"`): CPython's messages for methods taking none or one argument name the
/// type, the others do not.
pub fn exactly(vm: &mut Vm, fname: &str, args: &Args, n: usize) -> VmResult<()> {
    no_kwargs(vm, fname, args)?;
    if args.pos.len() != n {
        let bare = fname.rsplit('.').next().unwrap_or(fname);
        let msg = match n {
            0 => format!("{fname}() takes no arguments ({} given)", args.pos.len()),
            1 => format!(
                "{fname}() takes exactly one argument ({} given)",
                args.pos.len()
            ),
            _ => format!("{bare} expected {n} arguments, got {}", args.pos.len()),
        };
        return vm.err(ExcKind::TypeError, msg);
    }
    Ok(())
}

/// Between `lo` and `hi` positional arguments (CPython's "expected at most" wording).
pub fn between(vm: &mut Vm, fname: &str, args: &Args, lo: usize, hi: usize) -> VmResult<()> {
    no_kwargs(vm, fname, args)?;
    let n = args.pos.len();
    if n < lo {
        return vm.err(
            ExcKind::TypeError,
            format!(
                "{fname} expected at least {lo} argument{}, got {n}",
                if lo == 1 { "" } else { "s" }
            ),
        );
    }
    if n > hi {
        return vm.err(
            ExcKind::TypeError,
            format!(
                "{fname} expected at most {hi} argument{}, got {n}",
                if hi == 1 { "" } else { "s" }
            ),
        );
    }
    Ok(())
}
