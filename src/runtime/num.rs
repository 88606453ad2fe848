//! Integer and float semantics exactly as CPython 3.11: arithmetic with Python's signs and
//! errors, bigints beyond i64, int <-> str with the 4,300-digit limit, hashing.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A Python int: `Small` whenever the value fits in i64 (always normalised that way), so the
/// fast path needs no allocation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    /// Builds an `Int`, using `Small` when the value fits.
    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => Int::Big(b),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => b.clone(),
        }
    }
}

impl From<i64> for Int {
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}
