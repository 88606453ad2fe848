//! The `math` module: argument conversion (ints, floats, `__float__`/`__index__` objects) around
//! `runtime::mathfns`, which holds the semantics.

use super::ModuleBuilder;
use crate::builtins::{args, from_int, to_int};
use crate::runtime::errors::{ExcKind, PyResult};
use crate::runtime::mathfns as m;
use crate::runtime::num::{Int, Num};
use crate::runtime::value::{Args, Value};
use crate::vm::{Vm, VmResult};

/// A float argument as `math` functions accept it (ints and objects with `__float__`).
pub fn to_f64(vm: &mut Vm, v: &Value) -> VmResult<f64> {
    match v {
        Value::PyFloat(f) => Ok(f.get()),
        Value::Int(_) | Value::PyBool(_) | Value::BigInt(_) => {
            let i = to_int(v).unwrap_or(Int::Small(0));
            crate::runtime::num::int_to_f64(&i).map_err(|e| vm.raise(e))
        }
        // CPython's PyFloat_AsDouble: `__float__`, then `__index__` (not a str's text).
        Value::Instance(_)
            if vm.special(v, "__float__").is_some() || vm.special(v, "__index__").is_some() =>
        {
            let f = crate::builtins::methods::float_new(
                vm,
                Args {
                    pos: std::slice::from_ref(v),
                    kw: &[],
                },
            )?;
            to_f64(vm, &f)
        }
        other => {
            let t = vm.types.name_of(other);
            vm.err(ExcKind::TypeError, format!("must be real number, not {t}"))
        }
    }
}

/// An integer argument (`__index__`), as the integer functions require.
fn to_integer(vm: &mut Vm, v: &Value) -> VmResult<Int> {
    match to_int(v) {
        Some(i) => Ok(i),
        None => Ok(Int::Small(vm.to_index(v)?)),
    }
}

/// An int or float argument, as `log` accepts (huge ints are handled exactly).
fn to_num(vm: &mut Vm, v: &Value) -> VmResult<Num> {
    match to_int(v) {
        Some(i) => Ok(Num::Int(i)),
        None => Ok(Num::Float(to_f64(vm, v)?)),
    }
}

fn done<T>(vm: &mut Vm, r: PyResult<T>) -> VmResult<T> {
    r.map_err(|e| vm.raise(e))
}

fn one(vm: &mut Vm, a: &Args, name: &str) -> VmResult<f64> {
    args::exactly(vm, &format!("math.{name}"), a, 1)?;
    to_f64(vm, &a.pos[0])
}

fn two(vm: &mut Vm, a: &Args, name: &str) -> VmResult<(f64, f64)> {
    if a.pos.len() != 2 || !a.kw.is_empty() {
        return vm.err(
            ExcKind::TypeError,
            format!("{name} expected 2 arguments, got {}", a.pos.len()),
        );
    }
    Ok((to_f64(vm, &a.pos[0])?, to_f64(vm, &a.pos[1])?))
}

macro_rules! float_fn {
    ($m:expr, $name:literal, $f:path) => {
        $m.func($name, |vm, _, a| {
            let x = one(vm, &a, $name)?;
            done(vm, $f(x)).map(Value::Float)
        })
    };
}

macro_rules! float_fn_total {
    ($m:expr, $name:literal, $f:path) => {
        $m.func($name, |vm, _, a| {
            let x = one(vm, &a, $name)?;
            Ok(Value::Float($f(x)))
        })
    };
}

macro_rules! float2_fn {
    ($m:expr, $name:literal, $f:path) => {
        $m.func($name, |vm, _, a| {
            let (x, y) = two(vm, &a, $name)?;
            done(vm, $f(x, y)).map(Value::Float)
        })
    };
}

/// `ceil`/`floor`/`trunc`: ints pass through, objects may define the dunder.
fn rounding(
    vm: &mut Vm,
    a: Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> PyResult<Int>,
) -> VmResult {
    args::exactly(vm, name, &a, 1)?;
    let v = &a.pos[0];
    if let Some(i) = to_int(v) {
        return Ok(from_int(i));
    }
    if let Value::Instance(_) = v {
        if let Some(method) = vm.getattr_opt(v, dunder)? {
            return vm.call(&method, vec![]);
        }
    }
    if name == "trunc" && !matches!(v, Value::PyFloat(_)) {
        let t = vm.types.name_of(v);
        return vm.err(
            ExcKind::TypeError,
            format!("type {t} doesn't define __trunc__ method"),
        );
    }
    let x = to_f64(vm, v)?;
    done(vm, f(x)).map(from_int)
}

fn float_list(vm: &mut Vm, v: &Value) -> VmResult<Vec<f64>> {
    let items = vm.collect(v)?;
    items.iter().map(|x| to_f64(vm, x)).collect()
}

fn int_list(vm: &mut Vm, a: &Args) -> VmResult<Vec<Int>> {
    a.pos.iter().map(|x| to_integer(vm, x)).collect()
}

pub fn register(b: &ModuleBuilder) {
    b.value("pi", Value::Float(m::PI));
    b.value("e", Value::Float(m::E));
    b.value("tau", Value::Float(m::TAU));
    b.value("inf", Value::Float(m::INF));
    b.value("nan", Value::Float(m::NAN));
    b.func("ceil", |vm, _, a| {
        rounding(vm, a, "ceil", "__ceil__", m::ceil)
    });
    b.func("floor", |vm, _, a| {
        rounding(vm, a, "floor", "__floor__", m::floor)
    });
    b.func("trunc", |vm, _, a| {
        rounding(vm, a, "trunc", "__trunc__", m::trunc)
    });
    float_fn_total!(b, "fabs", m::fabs);
    float_fn_total!(b, "erf", m::erf);
    float_fn_total!(b, "erfc", m::erfc);
    float_fn_total!(b, "degrees", m::degrees);
    float_fn_total!(b, "radians", m::radians);
    float_fn_total!(b, "ulp", m::ulp);
    float_fn!(b, "sqrt", m::sqrt);
    float_fn!(b, "cbrt", m::cbrt);
    float_fn!(b, "exp", m::exp);
    float_fn!(b, "exp2", m::exp2);
    float_fn!(b, "expm1", m::expm1);
    float_fn!(b, "log1p", m::log1p);
    float_fn!(b, "sin", m::sin);
    float_fn!(b, "cos", m::cos);
    float_fn!(b, "tan", m::tan);
    float_fn!(b, "asin", m::asin);
    float_fn!(b, "acos", m::acos);
    float_fn!(b, "atan", m::atan);
    float_fn!(b, "sinh", m::sinh);
    float_fn!(b, "cosh", m::cosh);
    float_fn!(b, "tanh", m::tanh);
    float_fn!(b, "asinh", m::asinh);
    float_fn!(b, "acosh", m::acosh);
    float_fn!(b, "atanh", m::atanh);
    float_fn!(b, "gamma", m::gamma);
    float_fn!(b, "lgamma", m::lgamma);
    float2_fn!(b, "fmod", m::fmod);
    float2_fn!(b, "remainder", m::remainder);
    float2_fn!(b, "pow", m::pow);
    float2_fn!(b, "atan2", m::atan2);
    b.func("copysign", |vm, _, a| {
        let (x, y) = two(vm, &a, "copysign")?;
        Ok(Value::Float(m::copysign(x, y)))
    });
    b.func("nextafter", |vm, _, a| {
        let (x, y) = two(vm, &a, "nextafter")?;
        Ok(Value::Float(m::nextafter(x, y)))
    });
    b.func("isfinite", |vm, _, a| {
        Ok(Value::Bool(m::isfinite(one(vm, &a, "isfinite")?)))
    });
    b.func("isinf", |vm, _, a| {
        Ok(Value::Bool(m::isinf(one(vm, &a, "isinf")?)))
    });
    b.func("isnan", |vm, _, a| {
        Ok(Value::Bool(m::isnan(one(vm, &a, "isnan")?)))
    });
    b.func("modf", |vm, _, a| {
        let (f, i) = m::modf(one(vm, &a, "modf")?);
        Ok(Value::tuple(vec![Value::Float(f), Value::Float(i)]))
    });
    b.func("frexp", |vm, _, a| {
        let (f, e) = m::frexp(one(vm, &a, "frexp")?);
        Ok(Value::tuple(vec![Value::Float(f), Value::Int(e)]))
    });
    b.func("ldexp", |vm, _, a| {
        if a.pos.len() != 2 {
            return vm.err(
                ExcKind::TypeError,
                format!("ldexp expected 2 arguments, got {}", a.pos.len()),
            );
        }
        let x = to_f64(vm, &a.pos[0])?;
        let Some(i) = to_int(&a.pos[1]) else {
            return vm.err(
                ExcKind::TypeError,
                "Expected an int as second argument to ldexp.",
            );
        };
        done(vm, m::ldexp(x, &i)).map(Value::Float)
    });
    b.func("isclose", |vm, _, a| {
        if a.pos.len() > 2 {
            return vm.err(
                ExcKind::TypeError,
                format!(
                    "isclose() takes exactly 2 positional arguments ({} given)",
                    a.pos.len()
                ),
            );
        }
        let p = args::parse(vm, "isclose", &a, &["a", "b", "*rel_tol", "*abs_tol"], 2)?;
        let x = to_f64(vm, p[0].as_ref().unwrap_or(&Value::None))?;
        let y = to_f64(vm, p[1].as_ref().unwrap_or(&Value::None))?;
        let rel = match &p[2] {
            Some(v) => to_f64(vm, v)?,
            None => 1e-9,
        };
        let abs = match &p[3] {
            Some(v) => to_f64(vm, v)?,
            None => 0.0,
        };
        done(vm, m::isclose(x, y, rel, abs)).map(Value::Bool)
    });
    b.func("log", |vm, _, a| {
        if !a.kw.is_empty() {
            return vm.err(ExcKind::TypeError, "log() takes no keyword arguments");
        }
        if a.pos.is_empty() || a.pos.len() > 2 {
            return vm.err(ExcKind::TypeError, "math.log requires 1 to 2 arguments");
        }
        let x = to_num(vm, &a.pos[0])?;
        let base = match a.pos.get(1) {
            Some(v) => Some(to_num(vm, v)?),
            None => None,
        };
        done(vm, m::log(&x, base.as_ref())).map(Value::Float)
    });
    b.func("log2", |vm, _, a| {
        args::exactly(vm, "log2", &a, 1)?;
        let x = to_num(vm, &a.pos[0])?;
        done(vm, m::log2(&x)).map(Value::Float)
    });
    b.func("log10", |vm, _, a| {
        args::exactly(vm, "log10", &a, 1)?;
        let x = to_num(vm, &a.pos[0])?;
        done(vm, m::log10(&x)).map(Value::Float)
    });
    b.func("fsum", |vm, _, a| {
        args::exactly(vm, "fsum", &a, 1)?;
        let it = vm.iter(&a.pos[0])?;
        let mut acc = m::Fsum::new();
        while let Some(v) = vm.next(&it)? {
            let x = to_f64(vm, &v)?;
            done(vm, acc.add(x))?;
        }
        done(vm, acc.finish()).map(Value::Float)
    });
    b.func("hypot", |vm, _, a| {
        let xs: Vec<f64> = a
            .pos
            .iter()
            .map(|v| to_f64(vm, v))
            .collect::<VmResult<_>>()?;
        Ok(Value::Float(m::hypot(&xs)))
    });
    b.func("dist", |vm, _, a| {
        args::exactly(vm, "dist", &a, 2)?;
        let p = float_list(vm, &a.pos[0])?;
        let q = float_list(vm, &a.pos[1])?;
        done(vm, m::dist(&p, &q)).map(Value::Float)
    });
    b.func("prod", |vm, _, a| {
        let p = args::parse(vm, "prod", &a, &["iterable/", "*start"], 1)?;
        let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
        let mut acc = p[1].clone().unwrap_or(Value::Int(1));
        while let Some(v) = vm.next(&it)? {
            acc = crate::runtime::ops::binary_op(vm, crate::bytecode::BinOp::Mul, &acc, &v)?;
        }
        Ok(acc)
    });
    b.func("isqrt", |vm, _, a| {
        args::exactly(vm, "isqrt", &a, 1)?;
        let n = to_integer(vm, &a.pos[0])?;
        done(vm, m::isqrt(&n)).map(from_int)
    });
    b.func("factorial", |vm, _, a| {
        args::exactly(vm, "factorial", &a, 1)?;
        let n = to_integer(vm, &a.pos[0])?;
        done(vm, m::factorial(&n)).map(from_int)
    });
    b.func("comb", |vm, _, a| {
        args::exactly(vm, "comb", &a, 2)?;
        let (n, k) = (to_integer(vm, &a.pos[0])?, to_integer(vm, &a.pos[1])?);
        done(vm, m::comb(&n, &k)).map(from_int)
    });
    b.func("perm", |vm, _, a| {
        args::between(vm, "perm", &a, 1, 2)?;
        let n = to_integer(vm, &a.pos[0])?;
        let k = match a.pos.get(1) {
            Some(v) if !v.is_none() => Some(to_integer(vm, v)?),
            _ => None,
        };
        done(vm, m::perm(&n, k.as_ref())).map(from_int)
    });
    b.func("gcd", |vm, _, a| {
        args::no_kwargs(vm, "gcd", &a)?;
        let xs = int_list(vm, &a)?;
        Ok(from_int(m::gcd(&xs)))
    });
    b.func("lcm", |vm, _, a| {
        args::no_kwargs(vm, "lcm", &a)?;
        let xs = int_list(vm, &a)?;
        done(vm, m::lcm(&xs)).map(from_int)
    });
}
