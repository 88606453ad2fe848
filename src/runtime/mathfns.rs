//! The functions of the `math` module, on Rust numbers, with CPython 3.11 results and errors.
//!
//! The VM dispatches on types first: a function taking `f64` expects the VM to have converted
//! an int argument with `num::int_to_f64` (OverflowError "int too large to convert to float",
//! as CPython's `PyFloat_AsDouble`), and an `Int` parameter means CPython calls `__index__`
//! (a float there is the VM's TypeError). Only `log`, `log2` and `log10` take either kind
//! (`Num`), because CPython computes the logarithm of a huge int from its bit length.
//!
//! Bit-for-bit agreement: where CPython calls the platform libm, krait calls the same function
//! through Rust's std (glibc on Linux: sin, exp, log, pow, expm1, log1p, ...). Rust's std has
//! no erf and computes asinh/acosh/atanh/cbrt its own way, so those are written here after
//! glibc's algorithms (fdlibm's, with glibc's evaluation order) on top of std's log/exp/sqrt.
//! gamma, lgamma, hypot, fsum, remainder, pow's special cases and the integer functions follow
//! CPython's own algorithms in `mathmodule.c`.
//!
//! `math.prod` is not here: it is a loop of the VM's ordinary multiplication (CPython's fast
//! paths give the same results as `int_mul` and float `*`).
//!
//! Sandbox rule (as in `num`): an int result estimated beyond `MAX_INT_BITS` (factorial, comb,
//! perm, lcm) is refused with MemoryError before it is computed; CPython would compute it.

use std::cmp::Ordering;
use std::f64::consts::LN_2;

use num_bigint::{BigInt, BigUint};
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::errors::{PyResult, Raise};
use crate::runtime::num::{int_from_f64, int_mul, int_to_f64, Int, Num};

pub const PI: f64 = std::f64::consts::PI;
pub const E: f64 = std::f64::consts::E;
pub const TAU: f64 = std::f64::consts::TAU;
pub const INF: f64 = f64::INFINITY;
pub const NAN: f64 = f64::NAN;

fn domain_error() -> Raise {
    Raise::value_error("math domain error")
}

fn range_error() -> Raise {
    Raise::overflow("math range error")
}

fn memory_error() -> Raise {
    let cap = crate::vm::limits::int_bits_cap();
    crate::vm::limits::exceeded(crate::vm::limits::LimitKind::IntBits, cap)
}

/// CPython's `math_1`: a NaN from a non-NaN argument is invalid (ValueError); an infinity from
/// a finite argument is an overflow when the function can overflow, else a singularity
/// (ValueError). Underflow to zero is never an error.
fn check1(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// CPython's `math_2`: as `check1`, for two arguments; an infinity is always an overflow.
fn check2(x: f64, y: f64, r: f64) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(r)
}

// ---------------------------------------------------------------------------------------------
// Number-theoretic and representation functions on floats

/// `math.ceil(x)` for a float (an int argument is returned unchanged by the VM).
pub fn ceil(x: f64) -> PyResult<Int> {
    int_from_f64(x.ceil())
}

/// `math.floor(x)` for a float.
pub fn floor(x: f64) -> PyResult<Int> {
    int_from_f64(x.floor())
}

/// `math.trunc(x)` for a float: `int(x)`.
pub fn trunc(x: f64) -> PyResult<Int> {
    int_from_f64(x)
}

pub fn fabs(x: f64) -> f64 {
    x.abs()
}

pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.fmod(x, y)`: C's fmod (exact), with `fmod(x, ±inf) == x` for finite x.
pub fn fmod(x: f64, y: f64) -> PyResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    // Rust's `%` on floats is C's fmod: the exact remainder, with x's sign.
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(r)
}

/// `math.remainder(x, y)`: IEEE 754 remainder, `x - n*y` with n the nearest integer to x/y
/// (ties to even). Always exact. CPython's `m_remainder`.
pub fn remainder(x: f64, y: f64) -> PyResult<f64> {
    check2(x, y, ieee_remainder(x, y))
}

fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        // Compare m with absy - m rather than with absy / 2, which may not be representable;
        // absy - m is exact whenever the comparison could go either way.
        let c = absy - m;
        let r = match m.partial_cmp(&c) {
            Some(Ordering::Less) => m,
            Some(Ordering::Greater) => -c,
            // A tie: absx = n*absy + m with m = absy/2, and fmod(0.5 * (absx - m), absy) is m
            // for odd n and 0 for even n, so this picks the even multiple, exactly.
            _ => m - 2.0 * ((0.5 * (absx - m)) % absy),
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x // y is infinite, x finite
}

/// `math.modf(x)`: `(fractional part, integer part)`, both with x's sign.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int_part = x.trunc();
    // x - trunc(x) is exact; copysign gives an integral x the fraction -0.0 like C's modf.
    ((x - int_part).copysign(x), int_part)
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; `(x, 0)` for zeros,
/// infinities and NaN.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (m, e) = frexp_finite(x);
    (m, i64::from(e))
}

/// C's frexp for a finite non-zero x (subnormals included).
fn frexp_finite(x: f64) -> (f64, i32) {
    const TWO_64: f64 = 18_446_744_073_709_551_616.0;
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * TWO_64, -64) // normalise a subnormal first
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (0x3fe << 52));
    (m, biased - 1022 + adjust)
}

/// `math.ldexp(x, i)`: `x * 2**i`, correctly rounded; OverflowError when it overflows.
pub fn ldexp(x: f64, i: &Int) -> PyResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    // CPython clamps a huge exponent to a C long, then anything beyond a C int.
    let exp = i.to_i64_saturating();
    let r = match i32::try_from(exp) {
        Ok(e) => libm::scalbn(x, e),
        Err(_) if exp > 0 => f64::INFINITY,
        Err(_) => 0.0f64.copysign(x),
    };
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `math.nextafter(x, y)`: the next float after x towards y (C's nextafter).
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y; // also gives nextafter(-0.0, 0.0) == 0.0
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    // Stepping the bit pattern moves away from zero when adding one, towards it when
    // subtracting one.
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

/// `math.ulp(x)`: the value of the least significant bit of x.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        // x is the largest finite float: measure the gap below it instead.
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}

pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0)`: Boost's "weak" test, as CPython.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> PyResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(Raise::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true); // catches two infinities of the same sign
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

// ---------------------------------------------------------------------------------------------
// Powers and logarithms

pub fn sqrt(x: f64) -> PyResult<f64> {
    check1(x, x.sqrt(), false)
}

pub fn cbrt(x: f64) -> PyResult<f64> {
    check1(x, glibc_cbrt(x), false)
}

pub fn exp(x: f64) -> PyResult<f64> {
    check1(x, x.exp(), true)
}

pub fn exp2(x: f64) -> PyResult<f64> {
    check1(x, x.exp2(), true)
}

pub fn expm1(x: f64) -> PyResult<f64> {
    check1(x, x.exp_m1(), true)
}

/// `math.log1p(x)`; CPython passes zeros through unchanged (some libms lose -0.0's sign).
pub fn log1p(x: f64) -> PyResult<f64> {
    let r = if x == 0.0 { x } else { x.ln_1p() };
    check1(x, r, false)
}

/// `math.pow(x, y)`: C99's pow with CPython's special cases and errors (0.0 to a negative
/// power is ValueError here, unlike the `**` operator's ZeroDivisionError).
pub fn pow(x: f64, y: f64) -> PyResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(pow_special(x, y));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error()); // a negative base with a non-integer exponent
    }
    if r.is_infinite() {
        // Either 0.0 to a negative power (a singularity) or an overflow.
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    Ok(r)
}

/// `x ** y` when x or y is infinite or NaN (CPython handles these itself, per C99 Annex F).
fn pow_special(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return if y == 0.0 { 1.0 } else { x };
    }
    if y.is_nan() {
        return if x == 1.0 { 1.0 } else { y };
    }
    if x.is_infinite() {
        let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
        return if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0.0f64.copysign(x)
        } else {
            0.0
        };
    }
    // y is infinite, x finite.
    let ax = x.abs();
    if ax == 1.0 {
        1.0
    } else if (y > 0.0) == (ax > 1.0) {
        f64::INFINITY
    } else {
        0.0
    }
}

/// CPython's `m_log` (natural log with C99's special values; errors via `check1`).
fn m_log(x: f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        x
    } else if x > 0.0 {
        x.ln()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

/// CPython's `m_log2`.
fn m_log2(x: f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        x
    } else if x > 0.0 {
        x.log2()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

/// CPython's `m_log10`.
fn m_log10(x: f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        x
    } else if x > 0.0 {
        x.log10()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

/// CPython's `loghelper`: an int too large for a float still has a logarithm, computed from
/// its (correctly rounded) mantissa and exponent: `f(m) + f(2.0) * e`.
fn log_helper(x: &Num, f: fn(f64) -> f64) -> PyResult<f64> {
    let a = match x {
        Num::Float(v) => return check1(*v, f(*v), false),
        Num::Int(a) => a,
    };
    if a.is_negative() || a.is_zero() {
        return Err(domain_error());
    }
    match int_to_f64(a) {
        Ok(v) => Ok(f(v)),
        Err(_) => {
            let (m, e) = big_frexp(&a.to_big());
            Ok(f(m) + f(2.0) * e as f64)
        }
    }
}

/// CPython's `_PyLong_Frexp` for a positive int: `(m, e)` with `0.5 <= m < 1`, m the int's
/// value over `2**e` rounded to 53 bits (half to even).
fn big_frexp(a: &BigInt) -> (f64, u64) {
    let mag = a.magnitude();
    let bits = mag.bits();
    if bits <= 53 {
        let v = mag.to_u64().unwrap_or(0) as f64; // exact
        return (libm::scalbn(v, -(bits as i32)), bits);
    }
    let shift = bits - 53;
    let mut top = (mag >> shift).to_u64().unwrap_or(0);
    let half = mag.bit(shift - 1);
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift - 1);
    if half && (sticky || top & 1 == 1) {
        top += 1;
    }
    let mut e = bits;
    if top == 1 << 53 {
        top >>= 1; // rounding carried into a new bit
        e += 1;
    }
    (libm::scalbn(top as f64, -53), e)
}

/// `math.log(x[, base])`: ZeroDivisionError "float division by zero" when `log(base)` is 0.
pub fn log(x: &Num, base: Option<&Num>) -> PyResult<f64> {
    let num = log_helper(x, m_log)?;
    let Some(base) = base else {
        return Ok(num);
    };
    let den = log_helper(base, m_log)?;
    if den == 0.0 {
        return Err(Raise::zero_division("float division by zero"));
    }
    Ok(num / den)
}

pub fn log2(x: &Num) -> PyResult<f64> {
    log_helper(x, m_log2)
}

pub fn log10(x: &Num) -> PyResult<f64> {
    log_helper(x, m_log10)
}

// ---------------------------------------------------------------------------------------------
// Trigonometric and hyperbolic functions

pub fn sin(x: f64) -> PyResult<f64> {
    check1(x, x.sin(), false)
}

pub fn cos(x: f64) -> PyResult<f64> {
    check1(x, x.cos(), false)
}

pub fn tan(x: f64) -> PyResult<f64> {
    check1(x, x.tan(), false)
}

pub fn asin(x: f64) -> PyResult<f64> {
    check1(x, x.asin(), false)
}

pub fn acos(x: f64) -> PyResult<f64> {
    check1(x, x.acos(), false)
}

pub fn atan(x: f64) -> PyResult<f64> {
    check1(x, x.atan(), false)
}

/// `math.atan2(y, x)`: CPython settles the special values itself (`m_atan2`) for consistency
/// across platforms, then calls libm.
pub fn atan2(y: f64, x: f64) -> PyResult<f64> {
    check2(y, x, m_atan2(y, x))
}

fn m_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    let x_positive = x.is_sign_positive();
    if y.is_infinite() {
        let angle = if !x.is_infinite() {
            0.5 * PI
        } else if x_positive {
            0.25 * PI
        } else {
            0.75 * PI
        };
        return angle.copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x_positive { 0.0 } else { PI }.copysign(y);
    }
    y.atan2(x)
}

pub fn sinh(x: f64) -> PyResult<f64> {
    check1(x, x.sinh(), true)
}

pub fn cosh(x: f64) -> PyResult<f64> {
    check1(x, x.cosh(), true)
}

pub fn tanh(x: f64) -> PyResult<f64> {
    check1(x, x.tanh(), false)
}

pub fn asinh(x: f64) -> PyResult<f64> {
    check1(x, glibc_asinh(x), false)
}

pub fn acosh(x: f64) -> PyResult<f64> {
    check1(x, glibc_acosh(x), false)
}

pub fn atanh(x: f64) -> PyResult<f64> {
    check1(x, glibc_atanh(x), false)
}

const RAD_TO_DEG: f64 = 180.0 / PI;
const DEG_TO_RAD: f64 = PI / 180.0;

pub fn degrees(x: f64) -> f64 {
    x * RAD_TO_DEG
}

pub fn radians(x: f64) -> f64 {
    x * DEG_TO_RAD
}

/// The high 32 bits of a double, which fdlibm's range tests compare.
fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

/// glibc's asinh (fdlibm's method): log-based formulas chosen by the size of |x|.
fn glibc_asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        return x; // |x| < 2**-28: asinh(x) == x to double precision
    }
    let xa = x.abs();
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x; // inf or NaN
        }
        xa.ln() + LN_2
    } else if ix > 0x4000_0000 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// glibc's acosh (fdlibm's method).
fn glibc_acosh(x: f64) -> f64 {
    let hx = (x.to_bits() >> 32) as i32; // signed, so negative x compares below 1
    if hx < 0x3ff0_0000 {
        return f64::NAN; // x < 1
    }
    if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return x.ln() + LN_2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// glibc's atanh (Drepper's variant of fdlibm's log1p formulas).
fn glibc_atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x; // |x| < 2**-28
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 || xa.is_nan() {
        return f64::NAN; // |x| > 1, or NaN
    } else {
        return x / 0.0; // ±inf
    };
    t.copysign(x)
}

/// glibc's cbrt (Alboth and Drepper): a polynomial guess for the mantissa's cube root, one
/// Halley step, then the exponent's third and a table for its remainder.
fn glibc_cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    const CBRT2: f64 = 1.2599210498948732; // 2**(1/3)
    const SQR_CBRT2: f64 = 1.5874010519681996; // 2**(2/3)
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp_finite(x.abs());
    let u = 0.35489576504391984
        + (1.508191937815849
            + (-2.114994941673713
                + (2.4469312256353444
                    + (-1.8346927748361308
                        + (0.7849323449766392 - 0.14526389938548637 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    // C's `/` and `%` truncate like Rust's, so xe % 3 lies in -2..=2.
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    libm::scalbn(if x > 0.0 { ym } else { -ym }, xe / 3)
}

// ---------------------------------------------------------------------------------------------
// Special functions

/// `math.erf(x)`. Never raises.
pub fn erf(x: f64) -> f64 {
    glibc_erf(x)
}

/// `math.erfc(x)`. Never raises (underflow to 0.0 is not an error).
pub fn erfc(x: f64) -> f64 {
    glibc_erfc(x)
}

// fdlibm's erf coefficients (as in glibc's s_erf.c).
const ERX: f64 = 0.8450629115104675;
const EFX: f64 = 0.1283791670955126;
const PP: [f64; 5] = [
    0.12837916709551256,
    -0.3250421072470015,
    -0.02848174957559851,
    -0.005770270296489442,
    -2.3763016656650163e-05,
];
const QQ: [f64; 6] = [
    0.0,
    0.39791722395915535,
    0.0650222499887673,
    0.005081306281875766,
    0.00013249473800432164,
    -3.960228278775368e-06,
];
const PA: [f64; 7] = [
    -0.0023621185607526594,
    0.41485611868374833,
    -0.3722078760357013,
    0.31834661990116175,
    -0.11089469428239668,
    0.035478304325618236,
    -0.002166375594868791,
];
const QA: [f64; 7] = [
    0.0,
    0.10642088040084423,
    0.540397917702171,
    0.07182865441419627,
    0.12617121980876164,
    0.01363708391202905,
    0.011984499846799107,
];
const RA: [f64; 8] = [
    -0.009864944034847148,
    -0.6938585727071818,
    -10.558626225323291,
    -62.375332450326006,
    -162.39666946257347,
    -184.60509290671104,
    -81.2874355063066,
    -9.814329344169145,
];
const SA: [f64; 9] = [
    0.0,
    19.651271667439257,
    137.65775414351904,
    434.56587747522923,
    645.3872717332679,
    429.00814002756783,
    108.63500554177944,
    6.570249770319282,
    -0.0604244152148581,
];
const RB: [f64; 7] = [
    -0.0098649429247001,
    -0.799283237680523,
    -17.757954917754752,
    -160.63638485582192,
    -637.5664433683896,
    -1025.0951316110772,
    -483.5191916086514,
];
const SB: [f64; 8] = [
    0.0,
    30.33806074348246,
    325.7925129965739,
    1536.729586084437,
    3199.8582195085955,
    2553.0504064331644,
    474.52854120695537,
    -22.44095244658582,
];

/// `x + x*R(x^2)` on [0, 0.84375): the ratio R, evaluated in glibc's order (pairs of terms
/// combined with z^2 and z^4, for pipelined processors).
fn erf_small_ratio(x: f64) -> f64 {
    let z = x * x;
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// `erf(1 + s) - ERX` on [0.84375, 1.25), as `P/Q` with `s = |x| - 1`.
fn erf_near_one(ax: f64) -> f64 {
    let s = ax - 1.0;
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    p / q
}

/// `erfc(ax)` for 1.25 <= ax < 28: `exp(-ax*ax - 0.5625 + R/S) / ax`, with `-ax*ax` split
/// through a truncated copy of ax so that the exponent is accurate. `rb_cut` is the high word
/// where the second rational approximation takes over (erf and erfc use slightly different
/// ones, as in glibc).
fn erfc_tail(ax: f64, ix: u32, rb_cut: u32) -> f64 {
    let s = 1.0 / (ax * ax);
    let (r, q) = if ix < rb_cut {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let q1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let q2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let q3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let q4 = SA[6] + s * SA[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * r4,
            q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA[8],
        )
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let q1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let q2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let q3 = SB[4] + s * SB[5];
        let q4 = SB[6] + s * SB[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * RB[6],
            q1 + s2 * q2 + s4 * q3 + s6 * q4,
        )
    };
    let z = f64::from_bits(ax.to_bits() & 0xffff_ffff_0000_0000);
    let e = (-z * z - 0.5625).exp() * ((z - ax) * (z + ax) + r / q).exp();
    e / ax
}

fn glibc_erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let negative = hx >> 31 == 1;
    if ix >= 0x7ff0_0000 {
        return if x.is_nan() { x } else { 1.0f64.copysign(x) };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                // Scaled so that the product does not underflow spuriously.
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * erf_small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        let r = erf_near_one(x.abs());
        return if negative { -ERX - r } else { ERX + r };
    }
    if ix >= 0x4018_0000 {
        // |x| >= 6: 1 - tiny, which rounds to 1.
        return if negative { -1.0 } else { 1.0 };
    }
    let r = erfc_tail(x.abs(), ix, 0x4006_db6e);
    if negative {
        r - 1.0
    } else {
        1.0 - r
    }
}

fn glibc_erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let negative = hx >> 31 == 1;
    if ix >= 0x7ff0_0000 {
        if x.is_nan() {
            return x;
        }
        return if negative { 2.0 } else { 0.0 };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x; // |x| < 2**-56
        }
        let y = erf_small_ratio(x);
        if (hx as i32) < 0x3fd0_0000 {
            return 1.0 - (x + x * y); // x < 1/4, negative x included (a signed compare)
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let r = erf_near_one(x.abs());
        return if negative {
            1.0 + (ERX + r)
        } else {
            (1.0 - ERX) - r
        };
    }
    if ix < 0x403c_0000 {
        if negative && ix >= 0x4018_0000 {
            return 2.0; // x <= -6: 2 - tiny
        }
        let r = erfc_tail(x.abs(), ix, 0x4006_db6d);
        return if negative { 2.0 - r } else { r };
    }
    if negative {
        2.0
    } else {
        0.0 // underflow, not an error
    }
}

// CPython's gamma and lgamma: the Lanczos approximation with N = 13 and g = 6.0246800407767296
// (Boost's parameters), written as a rational function; the reflection formula below zero.
const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
/// The denominator x(x+1)...(x+11), expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];
const LOG_PI: f64 = 1.1447298858494002;

/// Lanczos' sum for positive x. Beyond 5 the rational function is evaluated in 1/x, which
/// avoids overflow and is more accurate.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x) for finite x, exact at integers (CPython's `m_sinpi`, for the reflection).
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    // C's round: halves away from zero.
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(), // not -sin(pi*(y-1)), which gives -0.0 at y == 1
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Gamma(k) for k = 1..=23, exact as doubles.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362_880.0,
    3_628_800.0,
    39_916_800.0,
    479_001_600.0,
    6_227_020_800.0,
    87_178_291_200.0,
    1_307_674_368_000.0,
    20_922_789_888_000.0,
    355_687_428_096_000.0,
    6_402_373_705_728_000.0,
    1.21645100408832e+17,
    2.43290200817664e+18,
    5.109094217170944e+19,
    1.1240007277776077e+21,
];

/// `math.gamma(x)` (CPython's `m_tgamma`): ValueError at poles and -inf, OverflowError when
/// the result is too large.
pub fn gamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain_error()); // gamma(-inf)
    }
    if x == 0.0 {
        return Err(domain_error()); // a pole, +-inf
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain_error()); // poles at the negative integers
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        // gamma(x) ~ 1/x near zero.
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(range_error())
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        // Overflows above 200; underflows to a signed zero below -200.
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(range_error())
        };
    }
    let r = lanczos_gamma(x, absx);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// The Lanczos formula for 1e-20 <= |x| <= 200, with CPython's correction for the rounding
/// error of `absx + g - 0.5`, which pow and exp would magnify.
fn lanczos_gamma(x: f64, absx: f64) -> f64 {
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z is the error in y (computed so that it is exact), scaled for the correction factor
    // 1 + z: pow(y - e, a) / exp(y - e) ~ pow(y, a) / exp(y) * (1 + e*g/y).
    let err = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = err * LANCZOS_G / y;
    if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            // Two half powers, so that an intermediate does not overflow.
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    }
}

/// `math.lgamma(x)`: log|Gamma(x)| (CPython's `m_lgamma`).
pub fn lgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain_error()); // poles at 0 and the negative integers
        }
        return Ok(0.0); // lgamma(1) == lgamma(2) == 0
    }
    let r = lgamma_finite(x);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

fn lgamma_finite(x: f64) -> f64 {
    let absx = x.abs();
    if absx < 1e-20 {
        return -absx.ln();
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    r
}

// ---------------------------------------------------------------------------------------------
// Sums and norms

/// `math.fsum`: an exact sum of floats, correctly rounded (Shewchuk's partials, as CPython's
/// `math_fsum`). The VM converts each item and calls `add` in order, then `finish`.
#[derive(Debug, Clone, Default)]
pub struct Fsum {
    /// Non-overlapping partial sums, increasing in magnitude, all finite and non-zero.
    partials: Vec<f64>,
    /// The sum of the infinities and NaNs seen, which decides the result if non-zero.
    special_sum: f64,
    /// The sum of the infinities alone: NaN means both signs were seen.
    inf_sum: f64,
}

impl Fsum {
    pub fn new() -> Fsum {
        Fsum::default()
    }

    /// Adds one value; OverflowError if a finite value makes a partial sum overflow.
    pub fn add(&mut self, value: f64) -> PyResult<()> {
        let mut x = value;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x); // x + y == hi + lo exactly
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x == 0.0 {
            return Ok(());
        }
        if x.is_finite() {
            self.partials.push(x);
            return Ok(());
        }
        // A non-finite sum comes from an overflow or from an inf or NaN among the values.
        if value.is_finite() {
            return Err(Raise::overflow("intermediate overflow in fsum"));
        }
        if value.is_infinite() {
            self.inf_sum += value;
        }
        self.special_sum += value;
        self.partials.clear();
        Ok(())
    }

    /// The correctly rounded sum; ValueError if both infinities were added.
    pub fn finish(&self) -> PyResult<f64> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(Raise::value_error("-inf + inf in fsum"));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        // Add the partials from the top while the sum stays exact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: if the next partial pushes the same way as the
        // rounding error lo, the exact sum lies beyond the halfway point, so round up.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// `math.fsum` over values already converted to floats.
pub fn fsum(values: &[f64]) -> PyResult<f64> {
    let mut acc = Fsum::new();
    for &v in values {
        acc.add(v)?;
    }
    acc.finish()
}

/// `math.hypot(*coordinates)`: never raises (an overflow gives inf, as in CPython).
pub fn hypot(coordinates: &[f64]) -> f64 {
    let mut vec: Vec<f64> = coordinates.iter().map(|x| x.abs()).collect();
    norm(&mut vec)
}

/// `math.dist(p, q)`: the Euclidean distance between two points of the same dimension.
pub fn dist(p: &[f64], q: &[f64]) -> PyResult<f64> {
    if p.len() != q.len() {
        return Err(Raise::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut vec: Vec<f64> = p.iter().zip(q).map(|(a, b)| (a - b).abs()).collect();
    Ok(norm(&mut vec))
}

/// The norm of non-negative values: any infinity wins over NaN, as C99's hypot.
fn norm(vec: &mut [f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in vec.iter() {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    vector_norm(vec, max)
}

/// An exact product `hi + lo == x * y` (Dekker's mul12; the fma gives the error exactly).
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// An exact sum `hi + lo == a + b`, for |a| >= |b|.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// CPython's `vector_norm` for finite non-negative values with maximum `max`: scale by a
/// power of two so the largest is in [0.5, 1), square exactly, add with compensation (the sum
/// starts at 1.0 so that it always dominates), take the root, then correct it once by the
/// first-order term of sqrt(h*h + x). Almost always correctly rounded.
fn vector_norm(vec: &mut [f64], max: f64) -> f64 {
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_finite(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead (3.11 does this with a plain
        // compensated sum; later versions rescale and recurse, with different roundings).
        let (mut csum, mut frac) = (1.0, 0.0);
        for &v in vec.iter() {
            let x = v / max;
            let x = x * x;
            let old = csum;
            csum += x;
            frac += (old - csum) + x;
        }
        return max * (csum - 1.0 + frac).sqrt();
    }
    let scale = libm::scalbn(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for &v in vec.iter() {
        let x = v * scale; // exact
        let (sq_hi, sq_lo) = dl_mul(x, x);
        let (sum_hi, sum_lo) = dl_fast_sum(csum, sq_hi);
        csum = sum_hi;
        frac1 += sq_lo;
        frac2 += sum_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (sq_hi, sq_lo) = dl_mul(-h, h);
    let (sum_hi, sum_lo) = dl_fast_sum(csum, sq_hi);
    csum = sum_hi;
    frac1 += sq_lo;
    frac2 += sum_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h); // the differential correction
    h / scale
}

// ---------------------------------------------------------------------------------------------
// Integer functions

/// `math.isqrt(n)`: the floor of the exact square root.
pub fn isqrt(n: &Int) -> PyResult<Int> {
    if n.is_negative() {
        return Err(Raise::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(match n {
        Int::Small(v) => Int::Small(Roots::sqrt(v)),
        Int::Big(b) => Int::from_big(BigInt::from(isqrt_big(b.magnitude()))),
    })
}

/// CPython's adaptive-precision Newton iteration: each step doubles the number of correct
/// bits of `a`, an approximation to the root of `n >> 2*(c - d)` always within 1 of it, so
/// the divisions grow with the precision and the last is the only full-size one. A final
/// check picks `a` or `a - 1`.
fn isqrt_big(n: &BigUint) -> BigUint {
    let c = (n.bits() - 1) / 2;
    let mut a = BigUint::one();
    let mut d = 0u64;
    for s in (0..64 - c.leading_zeros()).rev() {
        let e = d;
        d = c >> s;
        let q = (n >> (2 * c - e - d + 1)) / &a;
        a = (a << (d - e - 1)) + q;
    }
    if &a * &a > *n {
        a -= 1u8;
    }
    a
}

/// gcd of two magnitudes, i64::MIN included (its magnitude does not fit in i64).
fn gcd2(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => {
            Int::from(i128::from(x.unsigned_abs().gcd(&y.unsigned_abs())))
        }
        _ => Int::from_big(BigInt::from(lehmer_gcd(
            a.to_big().magnitude().clone(),
            b.to_big().magnitude().clone(),
        ))),
    }
}

/// Lehmer's gcd (Knuth's Algorithm L): simulate Euclid's steps on the leading 64 bits, then
/// apply the combined steps to the full numbers at once. Each round removes about 30 bits,
/// where the binary gcd removes one or two (too slow for ints of a million bits).
fn lehmer_gcd(mut u: BigUint, mut v: BigUint) -> BigUint {
    if u < v {
        std::mem::swap(&mut u, &mut v);
    }
    while v.bits() > 64 {
        let shift = u.bits() - 64;
        let uh = (&u >> shift).to_u64().unwrap_or(0);
        let vh = (&v >> shift).to_u64().unwrap_or(0);
        let (a, b, c, d) = lehmer_cofactors(uh, vh);
        if b == 0 {
            // No step could be simulated: one full Euclid step.
            let r = &u % &v;
            u = std::mem::replace(&mut v, r);
            continue;
        }
        let (bu, bv) = (BigInt::from(u.clone()), BigInt::from(v.clone()));
        let t = BigInt::from(a) * &bu + BigInt::from(b) * &bv;
        let w = BigInt::from(c) * bu + BigInt::from(d) * bv;
        match (t.to_biguint(), w.to_biguint()) {
            (Some(t), Some(w)) => (u, v) = (t, w),
            // Knuth proves both are non-negative; fall back to a plain step regardless.
            _ => {
                let r = &u % &v;
                u = std::mem::replace(&mut v, r);
            }
        }
    }
    if v.is_zero() {
        return u;
    }
    // v < 2**64: one division brings u there too.
    let small_v = v.to_u64().unwrap_or(0);
    let small_u = (&u % small_v).to_u64().unwrap_or(0);
    BigUint::from(small_u.gcd(&small_v))
}

/// The cofactors of Euclid's steps that the leading digits determine: while the quotients
/// of `(uh + a) / (vh + c)` and `(uh + b) / (vh + d)` agree, the true quotient is known.
fn lehmer_cofactors(uh: u64, vh: u64) -> (i128, i128, i128, i128) {
    let (mut a, mut b, mut c, mut d) = (1i128, 0i128, 0i128, 1i128);
    let (mut x, mut y) = (i128::from(uh), i128::from(vh));
    while y + c != 0 && y + d != 0 {
        let q = (x + a) / (y + c);
        if q != (x + b) / (y + d) {
            break;
        }
        (a, c) = (c, a - q * c);
        (b, d) = (d, b - q * d);
        (x, y) = (y, x - q * y);
    }
    (a, b, c, d)
}

fn abs_int(a: &Int) -> Int {
    match a {
        Int::Small(v) => Int::from(i128::from(*v).abs()),
        Int::Big(b) => Int::from_big(b.abs()),
    }
}

/// `math.gcd(*integers)`: 0 for no arguments; always non-negative.
pub fn gcd(args: &[Int]) -> Int {
    let Some((first, rest)) = args.split_first() else {
        return Int::Small(0);
    };
    rest.iter().fold(abs_int(first), |acc, x| {
        // gcd(1, anything) is 1: CPython only checks the remaining arguments.
        if acc == Int::Small(1) {
            acc
        } else {
            gcd2(&acc, x)
        }
    })
}

/// `math.lcm(*integers)`: 1 for no arguments, 0 if any is 0; always non-negative.
pub fn lcm(args: &[Int]) -> PyResult<Int> {
    let Some((first, rest)) = args.split_first() else {
        return Ok(Int::Small(1));
    };
    let mut acc = abs_int(first);
    for x in rest {
        if acc.is_zero() {
            continue; // stays 0
        }
        if x.is_zero() {
            acc = Int::Small(0);
            continue;
        }
        let g = gcd2(&acc, x);
        // acc / g is exact; the product's size is checked before it is built.
        let quotient = Int::from_big(acc.to_big() / g.to_big());
        acc = abs_int(&int_mul(&quotient, x)?);
    }
    Ok(acc)
}

/// The product of `lo..=hi` (lo <= hi), by splitting the range in halves so that the big
/// multiplications are balanced.
fn range_product(lo: u64, hi: u64) -> BigUint {
    if hi - lo < 8 {
        // At most 8 factors: accumulate in u128 while they fit.
        let mut acc = BigUint::one();
        let mut small: u128 = 1;
        for v in lo..=hi {
            match small.checked_mul(u128::from(v)) {
                Some(p) => small = p,
                None => {
                    acc *= small;
                    small = u128::from(v);
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// ln(k!) for k >= 0, to estimate result sizes (exact enough: errors of a few units in huge
/// values, far below the margin that matters).
fn ln_factorial(k: f64) -> f64 {
    if k < 2.0 {
        return 0.0;
    }
    lgamma_finite(k + 1.0)
}

/// Refuses a result of more than `MAX_INT_BITS` bits, given an estimate of its log2.
fn check_result_bits(log2_estimate: f64) -> PyResult<()> {
    if log2_estimate > crate::vm::limits::int_bits_cap() as f64 {
        Err(memory_error())
    } else {
        Ok(())
    }
}

/// `math.factorial(n)`.
pub fn factorial(n: &Int) -> PyResult<Int> {
    let n = match n {
        Int::Small(v) if *v >= 0 => *v as u64,
        Int::Big(b) if b.is_positive() => {
            return Err(Raise::overflow(format!(
                "factorial() argument should not exceed {}",
                i64::MAX
            )))
        }
        _ => {
            return Err(Raise::value_error(
                "factorial() not defined for negative values",
            ))
        }
    };
    if n <= 20 {
        return Ok(Int::Small((1..=n as i64).product()));
    }
    check_result_bits(ln_factorial(n as f64) / LN_2)?;
    Ok(Int::from_big(BigInt::from(range_product(1, n))))
}

/// A non-negative integer argument of comb/perm, or CPython's ValueError naming it.
fn check_nonnegative(v: &Int, name: &str) -> PyResult<()> {
    if v.is_negative() {
        return Err(Raise::value_error(format!(
            "{name} must be a non-negative integer"
        )));
    }
    Ok(())
}

/// log2 of n! / (n - k)!, estimated, for 0 <= k <= n.
fn log2_falling_factorial(n: &BigUint, k: u64) -> f64 {
    match n.to_u64() {
        Some(n) if n < 1 << 53 => (ln_factorial(n as f64) - ln_factorial((n - k) as f64)) / LN_2,
        // n >= 2**53: every factor has about n's size (or the product is astronomic anyway).
        _ => k as f64 * n.bits() as f64,
    }
}

/// n * (n - 1) * ... * (n - k + 1), for k <= n, as a balanced product tree.
fn falling_factorial(n: &BigUint, k: u64) -> BigUint {
    if k == 0 {
        return BigUint::one();
    }
    if let Some(n) = n.to_u64() {
        return range_product(n - k + 1, n);
    }
    if k == 1 {
        return n.clone();
    }
    let half = k / 2;
    falling_factorial(n, half) * falling_factorial(&(n - half), k - half)
}

/// C(n, k) for k <= n/2 or so, by CPython's recursion C(n, k) = C(n, j) * C(n - j, k - j) /
/// C(k, j) with j = k/2, which keeps every intermediate near the size of the result.
fn binomial(n: &BigUint, k: u64) -> BigUint {
    if k <= 16 {
        if k == 0 {
            return BigUint::one();
        }
        return falling_factorial(n, k) / range_product(1, k);
    }
    let j = k / 2;
    let a = binomial(n, j) * binomial(&(n - j), k - j);
    a / binomial(&BigUint::from(k), j)
}

/// `math.perm(n, k)`; `k = None` gives `factorial(n)`.
pub fn perm(n: &Int, k: Option<&Int>) -> PyResult<Int> {
    let Some(k) = k else {
        return factorial(n);
    };
    check_nonnegative(n, "n")?;
    check_nonnegative(k, "k")?;
    if n < k {
        return Ok(Int::Small(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(Raise::overflow(format!("k must not exceed {}", i64::MAX)));
    };
    let n = n.to_big().into_parts().1;
    let k = k as u64;
    check_result_bits(log2_falling_factorial(&n, k))?;
    Ok(Int::from_big(BigInt::from(falling_factorial(&n, k))))
}

/// `math.comb(n, k)`.
pub fn comb(n: &Int, k: &Int) -> PyResult<Int> {
    check_nonnegative(n, "n")?;
    check_nonnegative(k, "k")?;
    if n < k {
        return Ok(Int::Small(0));
    }
    // Use the smaller of k and n - k (CPython refuses it beyond i64 only when n is big).
    let n_minus_k = Int::from_big(n.to_big() - k.to_big());
    let k = std::cmp::min(k, &n_minus_k);
    let Some(k) = k.to_i64() else {
        return Err(Raise::overflow(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    let n = n.to_big().into_parts().1;
    let k = k as u64;
    check_result_bits(log2_falling_factorial(&n, k) - ln_factorial(k as f64) / LN_2)?;
    Ok(Int::from_big(BigInt::from(binomial(&n, k))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_frexp_rounds_half_even() {
        // 2**60 + 2**7 is halfway between two 53-bit mantissas: rounds to even (down).
        let a = (BigInt::one() << 60) + (BigInt::one() << 7);
        assert_eq!(big_frexp(&a), (0.5, 61));
        let b = (BigInt::one() << 60) + (BigInt::from(3) << 7);
        assert_eq!(big_frexp(&b), (0.5 + 2f64.powi(-52), 61));
        let all_ones = (BigInt::one() << 70) - 1;
        assert_eq!(big_frexp(&all_ones), (0.5, 71));
    }

    #[test]
    fn zero_is_not_small_in_comb() {
        assert_eq!(comb(&Int::Small(0), &Int::Small(0)), Ok(Int::Small(1)));
        assert_eq!(
            perm(&Int::Small(0), Some(&Int::Small(0))),
            Ok(Int::Small(1))
        );
    }
}
