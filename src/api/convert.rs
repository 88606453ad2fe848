//! Conversions between Rust values and Python values: `IntoPy` (Rust → Python, infallible)
//! and `FromPy` (Python → Rust, a `TypeError`/`OverflowError` when the value does not fit).

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hash};

use indexmap::IndexMap;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::error::Error;
use super::object::{type_name, Object};
use crate::runtime::value::{PyDict, Value};

/// Converts a Rust value into a Python value.
pub trait IntoPy {
    /// Performs the conversion.
    fn into_py(self) -> Object;
}

/// Converts a Python value into a Rust value.
pub trait FromPy: Sized {
    /// Performs the conversion; errors are Python exceptions (`TypeError` with a message of
    /// the form "must be int, not str", `OverflowError` for out-of-range ints).
    fn from_py(obj: &Object) -> Result<Self, Error>;
}

/// The `TypeError` for a value of the wrong type.
pub(crate) fn mismatch(expected: &str, got: &Value) -> Error {
    Error::type_error(format!("must be {expected}, not {}", type_name(got)))
}

impl IntoPy for Object {
    fn into_py(self) -> Object {
        self
    }
}

impl IntoPy for &Object {
    fn into_py(self) -> Object {
        self.clone()
    }
}

impl FromPy for Object {
    fn from_py(obj: &Object) -> Result<Self, Error> {
        Ok(obj.clone())
    }
}

impl IntoPy for () {
    fn into_py(self) -> Object {
        Object(Value::None)
    }
}

impl FromPy for () {
    fn from_py(obj: &Object) -> Result<Self, Error> {
        match obj.0 {
            Value::None => Ok(()),
            ref v => Err(mismatch("None", v)),
        }
    }
}

impl IntoPy for bool {
    fn into_py(self) -> Object {
        Object(Value::Bool(self))
    }
}

impl FromPy for bool {
    fn from_py(obj: &Object) -> Result<Self, Error> {
        match obj.0 {
            Value::PyBool(b) => Ok(b.get()),
            ref v => Err(mismatch("bool", v)),
        }
    }
}

/// The Python int in `v` (bool counts, as it subclasses int), as a big integer.
fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::PyBool(b) => Some(BigInt::from(u8::from(b.get()))),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

macro_rules! int_conversions {
    ($($t:ty),*) => {$(
        impl IntoPy for $t {
            fn into_py(self) -> Object {
                match i64::try_from(self) {
                    Ok(i) => Object(Value::Int(i)),
                    Err(_) => Object(Value::bigint(BigInt::from(self))),
                }
            }
        }

        impl FromPy for $t {
            fn from_py(obj: &Object) -> Result<Self, Error> {
                // The common case (a small int) converts without building a big integer.
                if let Value::Int(i) = obj.0 {
                    #[allow(irrefutable_let_patterns)]
                    if let Ok(v) = <$t>::try_from(i) {
                        return Ok(v);
                    }
                }
                let Some(b) = as_bigint(&obj.0) else {
                    return Err(mismatch("int", &obj.0));
                };
                <$t>::try_from(&b).map_err(|_| {
                    if b.sign() == num_bigint::Sign::Minus && <$t>::MIN == 0 {
                        Error::exception("OverflowError", "can't convert negative int to unsigned")
                    } else {
                        Error::exception(
                            "OverflowError",
                            format!("int too large to convert to {}", stringify!($t)),
                        )
                    }
                })
            }
        }
    )*};
}

int_conversions!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl IntoPy for BigInt {
    fn into_py(self) -> Object {
        Object(Value::bigint(self))
    }
}

impl FromPy for BigInt {
    fn from_py(obj: &Object) -> Result<Self, Error> {
        as_bigint(&obj.0).ok_or_else(|| mismatch("int", &obj.0))
    }
}

impl IntoPy for f64 {
    fn into_py(self) -> Object {
        Object(Value::Float(self))
    }
}

impl IntoPy for f32 {
    fn into_py(self) -> Object {
        Object(Value::Float(f64::from(self)))
    }
}

impl FromPy for f64 {
    /// Accepts float and int (as Python's `float` parameters do).
    fn from_py(obj: &Object) -> Result<Self, Error> {
        match &obj.0 {
            Value::PyFloat(f) => Ok(f.get()),
            Value::Int(i) => Ok(*i as f64),
            Value::PyBool(b) => Ok(f64::from(u8::from(b.get()))),
            Value::BigInt(b) => b.to_f64().filter(|f| f.is_finite()).ok_or_else(|| {
                Error::exception("OverflowError", "int too large to convert to float")
            }),
            v => Err(mismatch("real number", v)),
        }
    }
}

impl FromPy for f32 {
    fn from_py(obj: &Object) -> Result<Self, Error> {
        f64::from_py(obj).map(|f| f as f32)
    }
}

impl IntoPy for &str {
    fn into_py(self) -> Object {
        Object(Value::str(self))
    }
}

impl IntoPy for String {
    fn into_py(self) -> Object {
        Object(Value::str(self))
    }
}

impl IntoPy for &String {
    fn into_py(self) -> Object {
        Object(Value::str(self.as_str()))
    }
}

impl IntoPy for char {
    fn into_py(self) -> Object {
        Object(Value::str(self.to_string()))
    }
}

impl FromPy for String {
    fn from_py(obj: &Object) -> Result<Self, Error> {
        match &obj.0 {
            Value::Str(s) => Ok(s.as_str().to_string()),
            v => Err(mismatch("str", v)),
        }
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self) -> Object {
        match self {
            Some(v) => v.into_py(),
            None => Object(Value::None),
        }
    }
}

impl<T: FromPy> FromPy for Option<T> {
    /// `None` becomes `None`; anything else must convert to `T`.
    fn from_py(obj: &Object) -> Result<Self, Error> {
        match obj.0 {
            Value::None => Ok(None),
            _ => T::from_py(obj).map(Some),
        }
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self) -> Object {
        Object(Value::list(
            self.into_iter().map(|v| v.into_py().0).collect(),
        ))
    }
}

impl<T: IntoPy + Clone> IntoPy for &[T] {
    fn into_py(self) -> Object {
        Object(Value::list(
            self.iter().map(|v| v.clone().into_py().0).collect(),
        ))
    }
}

impl<T: IntoPy, const N: usize> IntoPy for [T; N] {
    fn into_py(self) -> Object {
        Object(Value::list(
            self.into_iter().map(|v| v.into_py().0).collect(),
        ))
    }
}

/// The items of a list or tuple (a snapshot).
fn sequence_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.0.borrow().clone()),
        Value::Tuple(t) => Some(t.0.to_vec()),
        _ => None,
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    /// Accepts a list or a tuple.
    fn from_py(obj: &Object) -> Result<Self, Error> {
        let items = sequence_items(&obj.0).ok_or_else(|| mismatch("list", &obj.0))?;
        items.into_iter().map(|v| T::from_py(&Object(v))).collect()
    }
}

/// A dict built from string-keyed pairs.
fn dict_from<K: AsRef<str>, V: IntoPy>(pairs: impl IntoIterator<Item = (K, V)>) -> Object {
    let d = PyDict::new();
    for (k, v) in pairs {
        d.set_str(k.as_ref(), v.into_py().0);
    }
    Object(Value::Dict(crate::runtime::gc::new(d)))
}

/// The entries of a dict whose keys are all str.
fn dict_entries<V: FromPy>(obj: &Object) -> Result<Vec<(String, V)>, Error> {
    let Value::Dict(d) = &obj.0 else {
        return Err(mismatch("dict", &obj.0));
    };
    d.items()
        .into_iter()
        .map(|(k, v)| match &k {
            Value::Str(s) => Ok((s.as_str().to_string(), V::from_py(&Object(v))?)),
            other => Err(Error::type_error(format!(
                "dict keys must be str, not {}",
                type_name(other)
            ))),
        })
        .collect()
}

impl<K: AsRef<str>, V: IntoPy, S> IntoPy for HashMap<K, V, S> {
    fn into_py(self) -> Object {
        dict_from(self)
    }
}

impl<V: FromPy, S: BuildHasher + Default> FromPy for HashMap<String, V, S> {
    fn from_py(obj: &Object) -> Result<Self, Error> {
        Ok(dict_entries(obj)?.into_iter().collect())
    }
}

impl<K: AsRef<str>, V: IntoPy> IntoPy for BTreeMap<K, V> {
    fn into_py(self) -> Object {
        dict_from(self)
    }
}

impl<V: FromPy> FromPy for BTreeMap<String, V> {
    fn from_py(obj: &Object) -> Result<Self, Error> {
        Ok(dict_entries(obj)?.into_iter().collect())
    }
}

impl<K: AsRef<str> + Hash + Eq, V: IntoPy, S> IntoPy for IndexMap<K, V, S> {
    fn into_py(self) -> Object {
        dict_from(self)
    }
}

impl<V: FromPy, S: BuildHasher + Default> FromPy for IndexMap<String, V, S> {
    /// Keeps the dict's insertion order.
    fn from_py(obj: &Object) -> Result<Self, Error> {
        Ok(dict_entries(obj)?.into_iter().collect())
    }
}

macro_rules! tuple_conversions {
    ($len:literal: $($t:ident $i:tt),+) => {
        impl<$($t: IntoPy),+> IntoPy for ($($t,)+) {
            fn into_py(self) -> Object {
                Object(Value::tuple(vec![$(self.$i.into_py().0),+]))
            }
        }

        impl<$($t: FromPy),+> FromPy for ($($t,)+) {
            /// Accepts a tuple or a list of exactly this length.
            fn from_py(obj: &Object) -> Result<Self, Error> {
                let items = sequence_items(&obj.0).ok_or_else(|| mismatch("tuple", &obj.0))?;
                if items.len() != $len {
                    return Err(Error::value_error(format!(
                        "expected a tuple of length {}, got length {}",
                        $len,
                        items.len()
                    )));
                }
                Ok(($($t::from_py(&Object(items[$i].clone()))?,)+))
            }
        }
    };
}

tuple_conversions!(1: A 0);
tuple_conversions!(2: A 0, B 1);
tuple_conversions!(3: A 0, B 1, C 2);
tuple_conversions!(4: A 0, B 1, C 2, D 3);
tuple_conversions!(5: A 0, B 1, C 2, D 3, E 4);
tuple_conversions!(6: A 0, B 1, C 2, D 3, E 4, F 5);
