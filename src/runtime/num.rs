//! Integer and float semantics exactly as CPython 3.11: arithmetic with Python's signs and
//! errors, bigints beyond i64, int <-> str with the 4,300-digit limit, hashing.
//!
//! Every function works on plain Rust values after the VM has dispatched on types. Mixed
//! int/float arithmetic is the VM's job: convert the int with `int_to_f64` (which raises
//! "int too large to convert to float", as CPython does) and call the float function.
//! Comparisons between an int and a float must not convert: use `int_float_cmp`.
//!
//! Sandbox rule: an int result larger than `MAX_INT_BITS` is refused with MemoryError before
//! anything is allocated (CPython would try, and take minutes or all memory).

use std::borrow::Cow;
use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

use crate::pyrepr::{bytes_repr, str_repr};
use crate::runtime::errors::{PyResult, Raise};

/// The largest int krait builds, in bits (about 2.5 million decimal digits, 1 MiB).
pub const MAX_INT_BITS: u64 = 1 << 23;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const MAX_STR_DIGITS: usize = 4300;

/// A Python int: `Small` whenever the value fits in i64 (always normalised that way), so the
/// fast path needs no allocation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

/// The result of an operation whose type depends on its operands (`2 ** -1` is a float).
#[derive(Debug, Clone, PartialEq)]
pub enum Num {
    Int(Int),
    Float(f64),
}

impl Int {
    /// Builds an `Int`, using `Small` when the value fits.
    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => {
                crate::vm::limits::note_alloc((b.bits() / 8) as usize);
                Int::Big(b)
            }
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => b.clone(),
        }
    }

    /// Borrows a `Big`, widens a `Small`: only the slow paths call this.
    fn big(&self) -> Cow<'_, BigInt> {
        match self {
            Int::Small(v) => Cow::Owned(BigInt::from(*v)),
            Int::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    /// Clamped to i64, as CPython's `PyNumber_AsSsize_t(x, NULL)` clamps (`round`'s ndigits).
    pub fn to_i64_saturating(&self) -> i64 {
        match self {
            Int::Small(v) => *v,
            Int::Big(b) if b.is_negative() => i64::MIN,
            Int::Big(_) => i64::MAX,
        }
    }

    fn to_u64(&self) -> Option<u64> {
        match self {
            Int::Small(v) => u64::try_from(*v).ok(),
            Int::Big(b) => b.to_u64(),
        }
    }

    fn is_odd(&self) -> bool {
        match self {
            Int::Small(v) => v & 1 != 0,
            Int::Big(b) => b.magnitude().bit(0),
        }
    }
}

impl From<i64> for Int {
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<i128> for Int {
    fn from(v: i128) -> Int {
        match i64::try_from(v) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(BigInt::from(v)),
        }
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        // A Big lies outside i64, so its sign alone orders it against any Small.
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
            (Int::Big(a), Int::Small(_)) => big_side(a),
            (Int::Small(_), Int::Big(b)) => big_side(b).reverse(),
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn big_side(b: &BigInt) -> Ordering {
    if b.is_negative() {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

/// The int size limit was hit (a terminal limit error once it reaches the VM).
fn memory_error() -> Raise {
    let cap = crate::vm::limits::int_bits_cap();
    crate::vm::limits::exceeded(crate::vm::limits::LimitKind::IntBits, cap)
}

fn check_bits(bits: u64) -> PyResult<()> {
    crate::vm::limits::check_int_bits(bits)
}

// ---------------------------------------------------------------------------------------------
// Int arithmetic

pub fn int_add(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Int::Small(r);
        }
    }
    Int::from_big(&*a.big() + &*b.big())
}

pub fn int_sub(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Int::Small(r);
        }
    }
    Int::from_big(&*a.big() - &*b.big())
}

/// `a * b`; MemoryError when the product would exceed `MAX_INT_BITS`.
pub fn int_mul(a: &Int, b: &Int) -> PyResult<Int> {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Ok(Int::Small(r));
        }
    }
    check_bits(int_bit_length(a) + int_bit_length(b))?;
    Ok(Int::from_big(&*a.big() * &*b.big()))
}

pub fn int_neg(a: &Int) -> Int {
    match a {
        Int::Small(v) => match v.checked_neg() {
            Some(r) => Int::Small(r),
            None => Int::Big(-BigInt::from(*v)),
        },
        Int::Big(b) => Int::from_big(-b),
    }
}

pub fn int_pos(a: &Int) -> Int {
    a.clone()
}

pub fn int_abs(a: &Int) -> Int {
    if a.is_negative() {
        int_neg(a)
    } else {
        a.clone()
    }
}

/// `~a`, which is `-a - 1`.
pub fn int_invert(a: &Int) -> Int {
    match a {
        Int::Small(v) => Int::Small(!v),
        Int::Big(b) => Int::from_big(!b),
    }
}

// BigInt's bit operators already follow two's complement with infinite sign extension,
// which is Python's meaning for negative operands.
pub fn int_and(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x & y),
        _ => Int::from_big(&*a.big() & &*b.big()),
    }
}

pub fn int_or(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x | y),
        _ => Int::from_big(&*a.big() | &*b.big()),
    }
}

pub fn int_xor(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x ^ y),
        _ => Int::from_big(&*a.big() ^ &*b.big()),
    }
}

/// A shift count: ValueError when negative, `None` when it does not even fit in u64.
fn shift_count(n: &Int) -> PyResult<Option<u64>> {
    if n.is_negative() {
        return Err(Raise::value_error("negative shift count"));
    }
    Ok(n.to_u64())
}

/// `a << n`, refused beyond `MAX_INT_BITS` with the error CPython gives when its allocation
/// fails (see `huge_shift_error`).
pub fn int_lshift(a: &Int, count: &Int) -> PyResult<Int> {
    let n = shift_count(count)?;
    if a.is_zero() {
        return Ok(Int::Small(0));
    }
    let n = n
        .filter(|&n| n <= crate::vm::limits::int_bits_cap())
        .ok_or_else(|| huge_shift_error(a, count))?;
    if let Int::Small(x) = a {
        if n < 64 && (x << n) >> n == *x {
            return Ok(Int::Small(x << n));
        }
    }
    if int_bit_length(a) + n > crate::vm::limits::int_bits_cap() {
        return Err(huge_shift_error(a, count));
    }
    Ok(Int::from_big(&*a.big() << n as usize))
}

/// CPython sizes `a << n` in 30-bit digits: past `MAX_LONG_DIGITS` it raises OverflowError
/// "too many digits in integer" (`1 << 2**70`), below that its allocation fails with a bare
/// MemoryError (`1 << 2**62`).
fn huge_shift_error(a: &Int, count: &Int) -> Raise {
    const MAX_LONG_DIGITS: u128 = (i64::MAX as u128 - 24) / 4;
    let n = count.big().to_u128().unwrap_or(u128::MAX);
    let size = u128::from(int_bit_length(a).div_ceil(30)) + n / 30 + u128::from(n % 30 != 0);
    if size > MAX_LONG_DIGITS {
        Raise::overflow("too many digits in integer")
    } else {
        memory_error()
    }
}

/// `a >> n`: an arithmetic shift, so it rounds towards negative infinity.
pub fn int_rshift(a: &Int, n: &Int) -> PyResult<Int> {
    let n = shift_count(n)?.unwrap_or(u64::MAX);
    let sign_fill = Int::Small(if a.is_negative() { -1 } else { 0 });
    Ok(match a {
        Int::Small(_) if n >= 64 => sign_fill,
        Int::Small(x) => Int::Small(x >> n),
        Int::Big(b) if n >= b.bits() => sign_fill,
        Int::Big(b) => Int::from_big(b >> n as usize),
    })
}

/// Python's divmod on i64: the remainder takes the divisor's sign. `None` for `MIN / -1`.
fn small_divmod(x: i64, y: i64) -> Option<(i64, i64)> {
    let (q, r) = (x.checked_div(y)?, x % y);
    if r != 0 && (r < 0) != (y < 0) {
        Some((q - 1, r + y))
    } else {
        Some((q, r))
    }
}

fn big_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let q = a / b;
    let r = a - &q * b;
    if !r.is_zero() && r.is_negative() != b.is_negative() {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

/// Floor division and modulo for a non-zero divisor.
fn divmod_nonzero(a: &Int, b: &Int) -> (Int, Int) {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some((q, r)) = small_divmod(*x, *y) {
            return (Int::Small(q), Int::Small(r));
        }
    }
    let (q, r) = big_divmod(&a.big(), &b.big());
    (Int::from_big(q), Int::from_big(r))
}

fn int_zero_division() -> Raise {
    Raise::zero_division("integer division or modulo by zero")
}

pub fn int_floordiv(a: &Int, b: &Int) -> PyResult<Int> {
    if b.is_zero() {
        return Err(int_zero_division());
    }
    Ok(divmod_nonzero(a, b).0)
}

pub fn int_mod(a: &Int, b: &Int) -> PyResult<Int> {
    if b.is_zero() {
        return Err(Raise::zero_division("integer modulo by zero"));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        // MIN % -1 overflows in Rust; the answer is 0.
        let r = x.checked_rem(*y).unwrap_or(0);
        let r = if r != 0 && (r < 0) != (*y < 0) {
            r + y
        } else {
            r
        };
        return Ok(Int::Small(r));
    }
    let (a, b) = (a.big(), b.big());
    let r = &*a % &*b;
    let r = if !r.is_zero() && r.is_negative() != b.is_negative() {
        r + &*b
    } else {
        r
    };
    Ok(Int::from_big(r))
}

pub fn int_divmod(a: &Int, b: &Int) -> PyResult<(Int, Int)> {
    if b.is_zero() {
        return Err(int_zero_division());
    }
    Ok(divmod_nonzero(a, b))
}

/// `a / b` for ints: correctly rounded however large the operands (CPython's guarantee).
pub fn int_truediv(a: &Int, b: &Int) -> PyResult<f64> {
    if b.is_zero() {
        return Err(Raise::zero_division("division by zero"));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        // Both exact as doubles, so one IEEE division rounds correctly.
        if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
            return Ok(*x as f64 / *y as f64);
        }
    }
    big_truediv(&a.big(), &b.big())
}

fn big_truediv(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let too_large = || Raise::overflow("integer division result too large for a float");
    // The sign follows the operands even for a zero result (`0 / -5` is -0.0), as in CPython.
    let negate = a.is_negative() != b.is_negative();
    let (na, nb) = (a.magnitude(), b.magnitude());
    // a/b lies in [2**(e-1), 2**(e+1)).
    let e = na.bits() as i64 - nb.bits() as i64;
    if e > 1025 {
        return Err(too_large());
    }
    let x = if na.is_zero() || e < -1077 {
        0.0 // below half the smallest subnormal
    } else {
        // Scale so the quotient has at least 55 bits (two beyond the 53 kept), or so that its
        // bit 2 is the smallest subnormal, 2**-1074; the remainder becomes a sticky bit.
        let k = (e - 55).max(-1076);
        let (num, den) = if k >= 0 {
            (Cow::Borrowed(na), Cow::Owned(nb << k as usize))
        } else {
            (Cow::Owned(na << (-k) as usize), Cow::Borrowed(nb))
        };
        let q = &*num / &*den;
        let sticky = &q * &*den != *num;
        scaled_to_f64(&q, sticky, k)
    };
    if x.is_infinite() {
        return Err(too_large());
    }
    Ok(if negate { -x } else { x })
}

/// Rounds `q * 2**k` to the nearest double, ties to even, subnormals included; infinity when
/// it overflows. `sticky` says the exact value is a little above `q * 2**k` (less than one unit
/// of q's last bit), which must lie below the rounding point: callers keep at least one spare
/// bit whenever they pass it.
fn scaled_to_f64(q: &BigUint, sticky: bool, k: i64) -> f64 {
    let bits = q.bits() as i64;
    // Keep 53 significant bits, or fewer when the last kept bit would fall below 2**-1074.
    let drop = (bits - 53).max(-1074 - k).max(0);
    let top = (q >> drop as usize).to_u64().unwrap_or(0);
    let round_up = drop > 0 && q.bit(drop as u64 - 1) && {
        let below_half = q.trailing_zeros().is_some_and(|tz| (tz as i64) < drop - 1);
        sticky || below_half || top & 1 == 1
    };
    let exp = (k + drop).clamp(-2000, 2000) as i32;
    libm::scalbn((top + u64::from(round_up)) as f64, exp)
}

/// `float(a)`: correctly rounded; OverflowError when it would round to infinity.
pub fn int_to_f64(a: &Int) -> PyResult<f64> {
    let b = match a {
        // Rust's i64 -> f64 cast rounds to nearest, ties to even.
        Int::Small(v) => return Ok(*v as f64),
        Int::Big(b) => b,
    };
    let too_large = || Raise::overflow("int too large to convert to float");
    if b.bits() > 1024 {
        return Err(too_large());
    }
    let x = scaled_to_f64(b.magnitude(), false, 0);
    if x.is_infinite() {
        return Err(too_large());
    }
    Ok(if b.is_negative() { -x } else { x })
}

/// Splits a finite double into `(m, e)` with `|x| == m * 2**e`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp - 1075)
    }
}

/// `int(x)` for a float: truncates towards zero.
pub fn int_from_f64(x: f64) -> PyResult<Int> {
    if x.is_nan() {
        return Err(Raise::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Raise::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 2f64.powi(63) {
        return Ok(Int::Small(t as i64));
    }
    let (m, e) = decompose(t);
    let mag = BigInt::from(m) << e as usize; // |t| >= 2**63, so e > 0
    Ok(Int::from_big(if t < 0.0 { -mag } else { mag }))
}

/// Compares an int with a float exactly, whatever their sizes (`2**1000 + 1 > 2.0**1000`);
/// `None` when `x` is NaN.
pub fn int_float_cmp(a: &Int, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if let Int::Small(v) = a {
        if v.unsigned_abs() <= 1 << 53 {
            return (*v as f64).partial_cmp(&x);
        }
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let whole = x.trunc();
    let t = int_from_f64(whole).ok()?;
    match a.cmp(&t) {
        // Same integer part: the float's fractional part decides.
        Ordering::Equal => 0.0f64.partial_cmp(&(x - whole)),
        o => Some(o),
    }
}

/// `a == x` for an int and a float, exact for any size.
pub fn int_float_eq(a: &Int, x: f64) -> bool {
    int_float_cmp(a, x) == Some(Ordering::Equal)
}

// ---------------------------------------------------------------------------------------------
// Powers

/// `base ** exp` or `pow(base, exp, modulus)`. A negative exponent without a modulus gives a
/// float (CPython hands it to float pow); with a modulus it takes the modular inverse.
pub fn int_pow(base: &Int, exp: &Int, modulus: Option<&Int>) -> PyResult<Num> {
    if let Some(m) = modulus {
        return int_modpow(base, exp, m).map(Num::Int);
    }
    if exp.is_negative() {
        return float_pow(int_to_f64(base)?, int_to_f64(exp)?).map(Num::Float);
    }
    int_pow_nonneg(base, exp).map(Num::Int)
}

fn int_pow_nonneg(base: &Int, exp: &Int) -> PyResult<Int> {
    // Bases whose powers never grow: any exponent, however large, is fine.
    match base {
        Int::Small(0) => return Ok(Int::Small(i64::from(exp.is_zero()))),
        Int::Small(1) => return Ok(Int::Small(1)),
        Int::Small(-1) => return Ok(Int::Small(if exp.is_odd() { -1 } else { 1 })),
        _ => {}
    }
    let e = exp
        .to_u64()
        .filter(|&e| e <= u64::from(u32::MAX))
        .ok_or_else(memory_error)?;
    // |base| >= 2**(bits-1), so the power has more than (bits-1)*e bits.
    check_bits((int_bit_length(base) - 1).saturating_mul(e))?;
    if let Int::Small(x) = base {
        if let Some(r) = x.checked_pow(e as u32) {
            return Ok(Int::Small(r));
        }
    }
    Ok(Int::from_big(base.big().pow(e as u32)))
}

fn int_modpow(base: &Int, exp: &Int, modulus: &Int) -> PyResult<Int> {
    if modulus.is_zero() {
        return Err(Raise::value_error("pow() 3rd argument cannot be 0"));
    }
    if let (Int::Small(b), Int::Small(e), Int::Small(m)) = (base, exp, modulus) {
        if *e >= 0 {
            return Ok(small_modpow(*b, *e as u64, *m));
        }
    }
    // CPython: work modulo |m|, then move a non-zero result into (m, 0] when m < 0.
    let m = modulus.big();
    let mm = m.abs();
    if mm.is_one() {
        return Ok(Int::Small(0));
    }
    let mut b = floor_mod(&base.big(), &mm);
    let mut e = exp.big().into_owned();
    if e.is_negative() {
        b = b
            .modinv(&mm)
            .ok_or_else(|| Raise::value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let r = b.modpow(&e, &mm);
    Ok(Int::from_big(if m.is_negative() && !r.is_zero() {
        r - mm
    } else {
        r
    }))
}

/// `a mod m` in `[0, m)` for a positive `m`.
fn floor_mod(a: &BigInt, m: &BigInt) -> BigInt {
    let r = a % m;
    if r.is_negative() {
        r + m
    } else {
        r
    }
}

/// Modular power without allocation: u128 products never overflow for a u64 modulus.
fn small_modpow(b: i64, mut e: u64, m: i64) -> Int {
    let mm = m.unsigned_abs();
    let mulmod = |x: u64, y: u64| (u128::from(x) * u128::from(y) % u128::from(mm)) as u64;
    let mut b = (i128::from(b).rem_euclid(i128::from(mm))) as u64;
    let mut r = 1 % mm;
    while e > 0 {
        if e & 1 == 1 {
            r = mulmod(r, b);
        }
        b = mulmod(b, b);
        e >>= 1;
    }
    if m < 0 && r != 0 {
        Int::from(i128::from(r) - i128::from(mm))
    } else {
        Int::from(i128::from(r))
    }
}

// ---------------------------------------------------------------------------------------------
// Bits, rounding, text

pub fn int_bit_length(a: &Int) -> u64 {
    match a {
        Int::Small(v) => u64::from(64 - v.unsigned_abs().leading_zeros()),
        Int::Big(b) => b.bits(),
    }
}

/// `int.bit_count()`: ones in the absolute value.
pub fn int_bit_count(a: &Int) -> u64 {
    match a {
        Int::Small(v) => u64::from(v.unsigned_abs().count_ones()),
        Int::Big(b) => b.magnitude().count_ones(),
    }
}

/// `round(a, ndigits)` for an int: unchanged for `ndigits >= 0`, else to a multiple of
/// `10**-ndigits`, ties to even. (The VM clamps a huge ndigits with `to_i64_saturating`.)
pub fn int_round(a: &Int, ndigits: i64) -> Int {
    if ndigits >= 0 {
        return a.clone();
    }
    let k = ndigits.unsigned_abs();
    if let (Int::Small(x), true) = (a, k <= 36) {
        let p = 10i128.pow(k as u32);
        let (q, r) = (i128::from(*x).div_euclid(p), i128::from(*x).rem_euclid(p));
        let up = match (2 * r).cmp(&p) {
            Ordering::Greater => true,
            Ordering::Equal => q & 1 == 1,
            Ordering::Less => false,
        };
        return Int::from((q + i128::from(up)) * p);
    }
    // |a| < 10**(0.31 * bits) <= 10**(k-1) < 10**k / 2: the result is 0, and 10**k (maybe
    // astronomically large) is never built.
    let bits = int_bit_length(a);
    if (k - 1).saturating_mul(100) >= bits.saturating_mul(31) {
        return Int::Small(0);
    }
    let p = BigInt::from(10).pow(k as u32);
    let (q, r) = big_divmod(&a.big(), &p);
    let up = match (r << 1u8).cmp(&p) {
        Ordering::Greater => true,
        Ordering::Equal => q.magnitude().bit(0),
        Ordering::Less => false,
    };
    Int::from_big((q + u8::from(up)) * p)
}

fn str_limit_error() -> Raise {
    Raise::value_error(
        "Exceeds the limit (4300 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
    )
}

/// `str(a)` for radix 10 (ValueError beyond 4,300 digits, like CPython 3.11), and `bin`,
/// `oct`, `hex` for radix 2, 8, 16 (`-0x1f`: sign, prefix, lowercase digits, no limit). Any
/// other radix in 2..=36 gives bare lowercase digits with a sign.
pub fn int_to_str(a: &Int, radix: u32) -> PyResult<String> {
    if radix == 10 {
        return int_to_decimal(a);
    }
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = match a {
        Int::Small(v) => match radix {
            2 => format!("{:b}", v.unsigned_abs()),
            8 => format!("{:o}", v.unsigned_abs()),
            16 => format!("{:x}", v.unsigned_abs()),
            _ => BigUint::from(v.unsigned_abs()).to_str_radix(radix),
        },
        Int::Big(b) => b.magnitude().to_str_radix(radix),
    };
    let sign = if a.is_negative() { "-" } else { "" };
    Ok(format!("{sign}{prefix}{digits}"))
}

fn int_to_decimal(a: &Int) -> PyResult<String> {
    let b = match a {
        Int::Small(v) => return Ok(v.to_string()),
        Int::Big(b) => b,
    };
    // 4,300 digits stay below 10**4300 < 2**14285: anything longer is refused unconverted.
    if b.bits() > 14286 {
        return Err(str_limit_error());
    }
    let s = b.to_string();
    if s.len() - usize::from(b.is_negative()) > MAX_STR_DIGITS {
        return Err(str_limit_error());
    }
    Ok(s)
}

/// Why an ASCII int literal was refused: the generic message, or a specific error.
enum IntErr {
    Invalid,
    Raise(Raise),
}

/// `int(text, base)`: CPython's rules (Unicode digits and spaces, sign, underscores between
/// digits, `0x`/`0o`/`0b` prefixes, base 0 guessing from the prefix and refusing leading
/// zeros, the 4,300-digit limit for bases that are not powers of two).
pub fn parse_int(text: &str, base: i64) -> PyResult<Int> {
    let shown = || str_repr(text);
    check_int_base(base)?;
    let ascii = to_ascii_number(text).ok_or_else(|| invalid_int(base, shown()))?;
    parse_int_ascii(ascii.as_bytes(), base as u32).map_err(|e| match e {
        IntErr::Invalid => invalid_int(base, shown()),
        IntErr::Raise(r) => r,
    })
}

/// `int(b'...', base)`: ASCII only, the message shows the bytes' repr.
pub fn parse_int_bytes(bytes: &[u8], base: i64) -> PyResult<Int> {
    check_int_base(base)?;
    parse_int_ascii(bytes, base as u32).map_err(|e| match e {
        IntErr::Invalid => invalid_int(base, bytes_repr(bytes)),
        IntErr::Raise(r) => r,
    })
}

fn check_int_base(base: i64) -> PyResult<()> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(Raise::value_error(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    Ok(())
}

/// CPython formats the literal with `%.200R`: its repr cut to 200 characters.
fn invalid_int(base: i64, repr: String) -> Raise {
    let cut: String = repr.chars().take(200).collect();
    Raise::value_error(format!("invalid literal for int() with base {base}: {cut}"))
}

fn parse_int_ascii(s: &[u8], base: u32) -> Result<Int, IntErr> {
    let s = trim_ascii_space(s);
    let (negative, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (base, s, zero_only) = strip_int_prefix(s, base);
    let digits = scan_int_digits(s, base)?;
    let value = digits_to_int(&digits, base, negative).map_err(IntErr::Raise)?;
    if zero_only && !value.is_zero() {
        return Err(IntErr::Invalid); // "010" with base 0: C-style octal is gone
    }
    Ok(value)
}

/// Resolves base 0 and skips a prefix matching the base (plus one underscore after it).
/// The flag marks base 0 with a leading zero and no prefix: only zero is then valid.
fn strip_int_prefix(s: &[u8], base: u32) -> (u32, &[u8], bool) {
    let prefix_base = match s {
        [b'0', c, ..] => match c.to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        },
        _ => 0,
    };
    let (base, zero_only) = match base {
        0 if s.first() != Some(&b'0') => (10, false),
        0 if prefix_base == 0 => (10, true),
        0 => (prefix_base, false),
        b => (b, false),
    };
    if prefix_base != 0 && prefix_base == base {
        let rest = &s[2..];
        return (base, rest.strip_prefix(b"_").unwrap_or(rest), false);
    }
    (base, s, zero_only)
}

/// Reads digit values with single underscores between digits. CPython checks the digit
/// limit after reading the run of digits and before looking at what follows, so
/// `'9' * 5000 + 'x'` reports the limit, not the 'x'.
fn scan_int_digits(s: &[u8], base: u32) -> Result<Vec<u8>, IntErr> {
    let mut digits = Vec::with_capacity(s.len());
    let mut prev_underscore = true; // no underscore before the first digit either
    let mut end = s.len();
    for (i, &c) in s.iter().enumerate() {
        if c == b'_' {
            if prev_underscore {
                return Err(IntErr::Invalid);
            }
            prev_underscore = true;
        } else if let Some(d) = (c as char).to_digit(base) {
            digits.push(d as u8);
            prev_underscore = false;
        } else {
            end = i;
            break;
        }
    }
    if prev_underscore {
        return Err(IntErr::Invalid); // empty, or a trailing underscore
    }
    if !base.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(IntErr::Raise(Raise::value_error(format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {} \
             digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        ))));
    }
    if end != s.len() {
        return Err(IntErr::Invalid);
    }
    Ok(digits)
}

fn digits_to_int(digits: &[u8], base: u32, negative: bool) -> PyResult<Int> {
    let mut acc: i64 = 0;
    let fits = digits.iter().all(|&d| {
        acc.checked_mul(i64::from(base))
            .and_then(|v| v.checked_add(i64::from(d)))
            .map(|v| acc = v)
            .is_some()
    });
    if fits {
        return Ok(Int::Small(if negative { -acc } else { acc }));
    }
    let significant = digits.iter().skip_while(|&&d| d == 0).count() as u64;
    // The leading digit is non-zero, so the value has at least floor(log2 base) bits per
    // further digit.
    check_bits((significant - 1) * u64::from(31 - base.leading_zeros()))?;
    let mag = BigUint::from_radix_be(digits, base).unwrap_or_default();
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(Int::from_big(BigInt::from_biguint(sign, mag)))
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces become ' ', Unicode
/// decimal digits their ASCII digit; any other non-ASCII character makes the text invalid.
fn to_ascii_number(text: &str) -> Option<Cow<'_, str>> {
    if text.is_ascii() {
        return Some(Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if c.is_whitespace() {
            // Beyond ASCII, Unicode's White_Space is exactly what str.isspace accepts.
            out.push(' ');
        } else {
            out.push(char::from(b'0' + decimal_value(c)?));
        }
    }
    Some(Cow::Owned(out))
}

/// The value of a Unicode decimal digit (category Nd). Unicode guarantees that these come in
/// contiguous runs of ten, 0 to 9, so the distance from the start of the run gives the value.
fn decimal_value(c: char) -> Option<u8> {
    let is_nd = |c: char| c.general_category() == GeneralCategory::DecimalNumber;
    if !is_nd(c) {
        return None;
    }
    let mut start = c as u32;
    while let Some(p) = start.checked_sub(1).and_then(char::from_u32) {
        if !is_nd(p) {
            break;
        }
        start -= 1;
    }
    Some(((c as u32 - start) % 10) as u8)
}

/// Strips CPython's `Py_ISSPACE` characters (ASCII only; `\x1c`..`\x1f` are not among them).
fn trim_ascii_space(s: &[u8]) -> &[u8] {
    let space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let start = s.iter().position(|c| !space(c)).unwrap_or(s.len());
    let end = s.iter().rposition(|c| !space(c)).map_or(start, |i| i + 1);
    &s[start..end]
}

// ---------------------------------------------------------------------------------------------
// Floats

pub fn float_truediv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(Raise::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod`: floor semantics on top of C's fmod, careful with signed zeros.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        // (vx - m) / wx is an integer up to rounding: snap to the nearest one.
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(Raise::zero_division("float floor division by zero"));
    }
    Ok(float_div_mod(a, b).0)
}

pub fn float_mod(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(Raise::zero_division("float modulo"));
    }
    Ok(float_div_mod(a, b).1)
}

pub fn float_divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(Raise::zero_division("float divmod()"));
    }
    Ok(float_div_mod(a, b))
}

fn is_odd_integer(w: f64) -> bool {
    w.abs() % 2.0 == 1.0
}

/// `v ** w` for floats, following CPython's `float_pow` case by case. A negative base with a
/// non-integer exponent gives a complex number in CPython; krait has none and raises.
pub fn float_pow(v: f64, w: f64) -> PyResult<f64> {
    if w == 0.0 {
        return Ok(1.0); // even nan ** 0
    }
    if v.is_nan() {
        return Ok(v);
    }
    if w.is_nan() {
        return Ok(if v == 1.0 { 1.0 } else { w });
    }
    if w.is_infinite() {
        let av = v.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (w > 0.0) == (av > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if v.is_infinite() {
        return Ok(match (w > 0.0, is_odd_integer(w)) {
            (true, true) => v,
            (true, false) => v.abs(),
            (false, true) => 0.0f64.copysign(v),
            (false, false) => 0.0,
        });
    }
    if v == 0.0 {
        if w < 0.0 {
            return Err(Raise::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(w) { v } else { 0.0 });
    }
    let negate = v < 0.0 && is_odd_integer(w);
    if v < 0.0 && w != w.floor() {
        return Err(Raise::value_error(
            "complex numbers are not supported by krait",
        ));
    }
    let av = v.abs();
    let r = if av == 1.0 { 1.0 } else { av.powf(w) };
    if r.is_infinite() {
        return Err(Raise::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// `float(text)`: CPython's rules (Unicode digits and spaces, surrounding whitespace, one
/// underscore between digits, `inf`/`infinity`/`nan` in any case with a sign; no hex).
pub fn float_from_str(text: &str) -> PyResult<f64> {
    let err = || {
        Raise::value_error(format!(
            "could not convert string to float: {}",
            str_repr(text)
        ))
    };
    let ascii = to_ascii_number(text).ok_or_else(err)?;
    parse_float_ascii(ascii.as_bytes()).ok_or_else(err)
}

/// `float(b'...')`.
pub fn float_from_bytes(bytes: &[u8]) -> PyResult<f64> {
    parse_float_ascii(bytes).ok_or_else(|| {
        Raise::value_error(format!(
            "could not convert string to float: {}",
            bytes_repr(bytes)
        ))
    })
}

fn parse_float_ascii(s: &[u8]) -> Option<f64> {
    let s = strip_underscores(trim_ascii_space(s))?;
    let (negative, body) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, &s[..]),
    };
    let x = match body.to_ascii_lowercase().as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        // Validated first: Rust's parser alone would also take "infinity" spellings we handle
        // above, but its decimal grammar is the same as CPython's and correctly rounded.
        _ if is_decimal_float(body) => std::str::from_utf8(body).ok()?.parse().ok()?,
        _ => return None,
    };
    Some(if negative { -x } else { x })
}

/// `digits [. digits] [e [sign] digits]` with at least one mantissa digit.
fn is_decimal_float(s: &[u8]) -> bool {
    let digits = |s: &[u8]| s.iter().take_while(|c| c.is_ascii_digit()).count();
    let int_len = digits(s);
    let mut i = int_len;
    let mut frac_len = 0;
    if s.get(i) == Some(&b'.') {
        frac_len = digits(&s[i + 1..]);
        i += 1 + frac_len;
    }
    if int_len + frac_len == 0 {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_len = digits(&s[i..]);
        if exp_len == 0 {
            return false;
        }
        i += exp_len;
    }
    i == s.len()
}

/// Removes underscores, each of which must sit between two digits; `None` otherwise.
fn strip_underscores(s: &[u8]) -> Option<Cow<'_, [u8]>> {
    if !s.contains(&b'_') {
        return Some(Cow::Borrowed(s));
    }
    let digit_at = |i: Option<usize>| i.and_then(|i| s.get(i)).is_some_and(u8::is_ascii_digit);
    let mut out = Vec::with_capacity(s.len());
    for (i, &c) in s.iter().enumerate() {
        if c != b'_' {
            out.push(c);
        } else if !digit_at(i.checked_sub(1)) || !digit_at(Some(i + 1)) {
            return None;
        }
    }
    Some(Cow::Owned(out))
}

pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.floor()
}

/// `x.as_integer_ratio()`: the exact value as a fraction in lowest terms.
pub fn float_as_integer_ratio(x: f64) -> PyResult<(Int, Int)> {
    if x.is_infinite() {
        return Err(Raise::overflow("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(Raise::value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((Int::Small(0), Int::Small(1)));
    }
    let (m, e) = decompose(x);
    let tz = m.trailing_zeros();
    let (m, e) = (BigInt::from(m >> tz), e + i64::from(tz));
    let m = if x < 0.0 { -m } else { m };
    Ok(if e >= 0 {
        (Int::from_big(m << e as usize), Int::Small(1))
    } else {
        (
            Int::from_big(m),
            Int::from_big(BigInt::one() << (-e) as usize),
        )
    })
}

/// `round(x)`: the nearest int, ties to even.
pub fn float_round(x: f64) -> PyResult<Int> {
    int_from_f64(x.round_ties_even())
}

/// `round(x, ndigits)`: CPython rounds the exact binary value to `ndigits` decimal places
/// (ties to even, so `round(2.675, 2)` is 2.67) and reads the decimal result back.
pub fn float_round_ndigits(x: f64, ndigits: i64) -> PyResult<f64> {
    // CPython's NDIGITS_MAX and NDIGITS_MIN: beyond them x is already exact, or rounds to 0.
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    if e >= 0 && ndigits >= 0 {
        return Ok(x); // an integer already
    }
    // |x| * 10**ndigits == num / den exactly.
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let p = BigUint::from(10u8).pow(ndigits.unsigned_abs() as u32);
    if ndigits >= 0 {
        num *= p;
    } else {
        den *= p;
    }
    let q = div_round_half_even(&num, &den);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let r: f64 = format!("{sign}{q}e{}", -ndigits)
        .parse()
        .unwrap_or(f64::NAN);
    if r.is_infinite() {
        return Err(Raise::overflow("rounded value too large to represent"));
    }
    Ok(r)
}

fn div_round_half_even(n: &BigUint, d: &BigUint) -> BigUint {
    let q = n / d;
    let twice_r = (n - &q * d) << 1u8;
    match twice_r.cmp(d) {
        Ordering::Greater => q + 1u8,
        Ordering::Equal if q.bit(0) => q + 1u8,
        _ => q,
    }
}

// ---------------------------------------------------------------------------------------------
// Hashing (CPython's numeric hash for 64-bit builds: reduction modulo the prime 2**61 - 1, so
// that equal numbers of any type hash alike)

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
const HASH_INF: i64 = 314_159;

/// -1 is CPython's error marker for hash functions, so a hash of -1 becomes -2.
fn fix_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(a)`: `|a| mod (2**61 - 1)` with a's sign.
pub fn hash_int(a: &Int) -> i64 {
    match a {
        Int::Small(v) => signed_hash(*v < 0, v.unsigned_abs() % HASH_MODULUS),
        Int::Big(b) => hash_big(b),
    }
}

/// `hash()` of a big integer, without copying it.
pub fn hash_big(b: &BigInt) -> i64 {
    let r = (b.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0);
    signed_hash(b.is_negative(), r)
}

fn signed_hash(negative: bool, r: u64) -> i64 {
    let h = r as i64; // r < 2**61
    fix_hash(if negative { -h } else { h })
}

/// `hash(x)`, a port of `_Py_HashDouble`. NaN hashes to 0: CPython 3.10+ hashes each NaN
/// object by identity instead, which has no meaning for a plain f64.
pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = libm::frexp(v);
    let sign: i64 = if m < 0.0 { -1 } else { 1 };
    m = m.abs();
    let mut x: u64 = 0;
    // Take the mantissa 28 bits at a time, rotating the accumulator within 61 bits.
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    // Multiplying by 2**e modulo 2**61 - 1 is a rotation by e mod 61.
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    fix_hash(x as i64 * sign)
}
