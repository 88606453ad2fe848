//! The `math` module: argument conversion around `runtime::mathfns`.

use super::ModuleBuilder;
use crate::builtins::args;
use crate::runtime::errors::ExcKind;
use crate::runtime::value::{Args, Value};
use crate::vm::{Vm, VmResult};

/// A float argument as `math` functions accept it (ints and objects with `__float__`).
pub fn to_f64(vm: &mut Vm, v: &Value) -> VmResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = crate::builtins::to_int(v).unwrap_or(crate::runtime::num::Int::Small(0));
            crate::runtime::num::int_to_f64(&i).map_err(|e| vm.raise(e))
        }
        Value::Instance(_) => {
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

fn unary(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> f64) -> VmResult {
    args::exactly(vm, name, a, 1)?;
    let x = to_f64(vm, &a.pos[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return vm.err(ExcKind::ValueError, "math domain error");
    }
    if r.is_infinite() && x.is_finite() {
        return vm.err(ExcKind::OverflowError, "math range error");
    }
    Ok(Value::Float(r))
}

pub fn register(m: &ModuleBuilder) {
    m.value("pi", Value::Float(std::f64::consts::PI));
    m.value("e", Value::Float(std::f64::consts::E));
    m.value("tau", Value::Float(std::f64::consts::TAU));
    m.value("inf", Value::Float(f64::INFINITY));
    m.value("nan", Value::Float(f64::NAN));
    m.func("sqrt", |vm, _, a| unary(vm, &a, "sqrt", f64::sqrt));
    m.func("exp", |vm, _, a| unary(vm, &a, "exp", f64::exp));
    m.func("sin", |vm, _, a| unary(vm, &a, "sin", f64::sin));
    m.func("cos", |vm, _, a| unary(vm, &a, "cos", f64::cos));
    m.func("tan", |vm, _, a| unary(vm, &a, "tan", f64::tan));
}
